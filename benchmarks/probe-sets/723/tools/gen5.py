"""p723-5: Báo Cà Mau (Party newspaper), the Sông Đốc storm anchorage; byline and date at the end."""
from lib import F, P, I, CH, emit

TEXT = """BÁO CÀ MAU - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH CÀ MAU
Kinh tế

Khu neo đậu tránh trú bão Sông Đốc: Sức chứa 1.200 tàu vẫn chưa đủ chỗ

Là một trong 4 khu neo đậu tránh trú bão cấp vùng của cả nước, khu neo đậu Sông Đốc được đầu tư hơn 780 tỷ đồng, trong đó giai đoạn 1 (2010-2016) là 428 tỷ đồng, giai đoạn 2 là 352 tỷ đồng. Đến nay, giai đoạn 2 đã giải ngân 265 tỷ đồng, đạt 75,3% kế hoạch vốn.

Ông Nguyễn Văn Hòa, Trưởng Ban Quản lý cảng cá Cà Mau, cho biết khu neo đậu được thiết kế cho 1.200 tàu có công suất đến 1.000 CV. Tuy nhiên, mỗi khi có bão, số tàu vào trú thường lên tới 1.800-2.000 chiếc, cao hơn khoảng 60% so với sức chứa. Trong đợt ảnh hưởng của bão số 9 cuối năm 2023, có tới 1.964 tàu cá cùng hơn 11.000 lao động vào neo đậu tại đây.

Theo thống kê, Cà Mau hiện có 4.512 tàu cá, trong đó 1.148 tàu dài từ 15 m trở lên hoạt động vùng khơi. Năm 2023, các cảng cá trong tỉnh tiếp nhận 19.760 lượt tàu, sản lượng hàng qua cảng đạt 126.300 tấn, lần lượt tăng 8% và 11,4% so với năm trước.

Do luồng vào khu neo đậu bồi lắng nhanh, mỗi năm cần nạo vét khoảng 150.000-200.000 m3. Tỉnh đã đề nghị Trung ương hỗ trợ 120 tỷ đồng để nạo vét luồng và xây kè chống sạt lở; phấn đấu đến năm 2025 nâng tổng sức chứa của khu neo đậu lên 2.000 tàu.

TRẦN NGUYÊN
18/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("Sức chứa 1.200 tàu", "1.200", 1200, "count", "tàu", "sức chứa khu neo đậu tránh trú bão Sông Đốc"),
    F("trong 4 khu neo đậu", "4", 4, "count", "khu neo đậu", "khu neo đậu tránh trú bão cấp vùng",
      location="Việt Nam"),
    F("hơn 780 tỷ đồng", "780", 780e9, "money", "đồng", "vốn đầu tư khu neo đậu Sông Đốc", approx="over"),
    F("là 428 tỷ đồng", "428", 428e9, "money", "đồng", "vốn đầu tư giai đoạn 1",
      P("2010-2016", "2010-01-01", "2016-12-31"), total=780e9),
    F("là 352 tỷ đồng", "352", 352e9, "money", "đồng", "vốn đầu tư giai đoạn 2", total=780e9),
    F("giải ngân 265 tỷ đồng", "265", 265e9, "money", "đồng", "vốn giai đoạn 2 đã giải ngân",
      P("Đến nay", None, "2024-01-18"), percent=75.3),
    F("cho 1.200 tàu", "1.200", 1200, "count", "tàu", "sức chứa thiết kế khu neo đậu"),
    F("đến 1.000 CV", "1.000", 1000, "measure", "CV", "công suất tàu", approx="at_most", optional=True),
    F("1.800-2.000 chiếc", "1.800", 1800, "count", "chiếc", "tàu vào trú mỗi khi có bão", value_max=2000,
      change=CH("increase", 60, baseline="sức chứa", approx="about")),
    F("có tới 1.964 tàu cá", "1.964", 1964, "count", "tàu cá", "tàu cá vào neo đậu trong đợt bão số 9"),
    F("hơn 11.000 lao động", "11.000", 11000, "count", "lao động", "lao động vào neo đậu trong đợt bão số 9",
      approx="over"),
    F("có 4.512 tàu cá", "4.512", 4512, "count", "tàu cá", "tàu cá"),
    F("1.148 tàu", "1.148", 1148, "count", "tàu", "tàu dài từ 15 m trở lên hoạt động vùng khơi", total=4512),
    F("từ 15 m", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    F("tiếp nhận 19.760 lượt", "19.760", 19760, "count", "lượt tàu", "lượt tàu các cảng cá tiếp nhận", Y23,
      change=CH("increase", 8, baseline="năm trước")),
    F("đạt 126.300 tấn", "126.300", 126300, "measure", "tấn", "sản lượng hàng qua cảng", Y23,
      change=CH("increase", 11.4, baseline="năm trước")),
    F("khoảng 150.000-200.000 m3", "150.000", 150000, "measure", "m3",
      "khối lượng cần nạo vét luồng vào khu neo đậu mỗi năm", value_max=200000, approx="about"),
    F("hỗ trợ 120 tỷ đồng", "120", 120e9, "money", "đồng",
      "vốn đề nghị Trung ương hỗ trợ nạo vét luồng và xây kè chống sạt lở"),
    F("lên 2.000 tàu", "2.000", 2000, "count", "tàu", "tổng sức chứa của khu neo đậu",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Báo Cà Mau (Party newspaper): the Sông Đốc regional storm anchorage; byline 'TRẦN NGUYÊN' and bare date at the end (published).",
    "Location Cà Mau (Sông Đốc is a thị trấn); '4 khu neo đậu ... cấp vùng của cả nước' is a national count: Việt Nam.",
    "'trong đó giai đoạn 1 (2010-2016) là 428 tỷ đồng' takes the bracketed years as its period; 'Đến nay' ends at the dateline.",
    "'cao hơn khoảng 60% so với sức chứa' is the change of the 1.800-2.000 range. 'bão số 9', 'giai đoạn 1/2' are names;",
    "'cuối năm 2023' gives no period (not a defined span). Thresholds (đến 1.000 CV, từ 15 m) optional.",
]

if __name__ == "__main__":
    emit("p723-5", TEXT, COMMENTS, FIGS, published="2024-01-18", location="Cà Mau")
