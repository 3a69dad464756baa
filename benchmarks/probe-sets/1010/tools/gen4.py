"""p1010-4: ministry site (Bộ Tài nguyên và Môi trường), national EPR collection of e-waste, year 2023."""
from lib import F, write, period, inherit, change, target

TEXT = """Bộ Tài nguyên và Môi trường > Tin tức > Hoạt động của Bộ
Năm 2023, cả nước thu gom hơn 1.260 tấn chất thải điện tử qua kênh chính thức
Ngày đăng: 05/03/2024 | Lượt xem: 1.204

Ngày 02/3/2024, tại Hà Nội, Bộ Tài nguyên và Môi trường tổ chức Hội nghị tổng kết lần thứ 2 việc thực hiện trách nhiệm mở rộng của nhà sản xuất (EPR) theo Nghị định số 08/2022/NĐ-CP.

Theo Cục Kiểm soát ô nhiễm môi trường, năm 2023, hệ thống thu hồi do các nhà sản xuất, nhập khẩu tổ chức đã thu gom hơn 1.260 tấn chất thải điện tử, tăng 18,6% so với năm 2022. Trong đó, pin và ắc quy xách tay chiếm 22,4%, thiết bị điện, điện tử gia dụng chiếm 61,5%, còn lại là máy tính và điện thoại.

Mạng lưới hiện có 2.150 điểm thu gom cố định tại 38/63 tỉnh, thành phố, gấp 1,7 lần so với cuối năm 2022. Các địa phương có lượng thu gom lớn nhất lần lượt là Hà Nội (312 tấn), TP. Hồ Chí Minh (285 tấn) và Đà Nẵng (96 tấn).

Năm 2023, có 147 doanh nghiệp tự tổ chức thu hồi và 412 doanh nghiệp lựa chọn đóng góp tài chính vào Quỹ Bảo vệ môi trường Việt Nam với tổng số tiền hơn 6,8 tỷ đồng; mức đóng góp bình quân khoảng 3.700 đồng/kg sản phẩm.

Theo ước tính của Bộ, mỗi năm Việt Nam phát sinh khoảng 250.000 tấn chất thải điện tử, tỷ lệ được thu gom, tái chế chính thức mới đạt khoảng 1,5%. Việt Nam hiện đứng thứ 3 khu vực Đông Nam Á về lượng chất thải điện tử phát sinh.

Mục tiêu đến năm 2025, ít nhất 50% số tỉnh, thành phố có điểm thu gom pin thải cố định; đến năm 2030, tỷ lệ chất thải điện tử được thu gom, xử lý đạt 30%.

Cổng thông tin điện tử Bộ Tài nguyên và Môi trường
Địa chỉ: số 10 Tôn Thất Thuyết, Cầu Giấy, Hà Nội. Điện thoại: 024.3795.6612
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("thu gom hơn 1.260 tấn chất thải điện tử qua", "1.260", 1260, "measure", "tấn",
      "chất thải điện tử thu gom qua kênh chính thức", approx="over",
      period=period("Năm 2023", "2023-01-01", "2023-12-31")),
    F("đã thu gom hơn 1.260 tấn", "1.260", 1260, "measure", "tấn", "chất thải điện tử thu gom qua hệ thống thu hồi",
      approx="over", change=change("increase", 18.6, baseline="năm 2022"), period=Y23),
    F("chiếm 22,4%", "22,4", 22.4, "percent", "%", "pin và ắc quy xách tay trong chất thải điện tử thu gom",
      period=inherit(Y23)),
    F("chiếm 61,5%", "61,5", 61.5, "percent", "%", "thiết bị điện, điện tử gia dụng trong chất thải điện tử thu gom",
      period=inherit(Y23)),
    F("có 2.150 điểm", "2.150", 2150, "count", "điểm thu gom", "điểm thu gom cố định",
      change=change("increase", 1.7, "lần", "cuối năm 2022")),
    F("38/63 tỉnh", "38", 38, "count", "tỉnh, thành phố", "tỉnh, thành phố có điểm thu gom cố định", total=63),
    F("Hà Nội (312 tấn)", "312", 312, "measure", "tấn", "lượng chất thải điện tử thu gom", location="Hà Nội",
      period=inherit(Y23)),
    F("Hồ Chí Minh (285 tấn)", "285", 285, "measure", "tấn", "lượng chất thải điện tử thu gom",
      location="Hồ Chí Minh", period=inherit(Y23)),
    F("Đà Nẵng (96 tấn)", "96", 96, "measure", "tấn", "lượng chất thải điện tử thu gom", location="Đà Nẵng",
      period=inherit(Y23)),
    F("có 147 doanh nghiệp", "147", 147, "count", "doanh nghiệp", "doanh nghiệp tự tổ chức thu hồi", period=Y23),
    F("412 doanh nghiệp", "412", 412, "count", "doanh nghiệp",
      "doanh nghiệp lựa chọn đóng góp tài chính vào Quỹ Bảo vệ môi trường Việt Nam", period=Y23),
    F("hơn 6,8 tỷ đồng", "6,8", 6.8e9, "money", "đồng", "tổng số tiền đóng góp vào Quỹ Bảo vệ môi trường Việt Nam",
      approx="over", period=Y23),
    F("khoảng 3.700 đồng/kg", "3.700", 3700, "money", "đồng/kg", "mức đóng góp bình quân", approx="about",
      period=Y23),
    F("khoảng 250.000 tấn", "250.000", 250000, "measure", "tấn/năm", "chất thải điện tử phát sinh mỗi năm",
      approx="about", status="estimate"),
    F("khoảng 1,5%", "1,5", 1.5, "percent", "%", "tỷ lệ chất thải điện tử được thu gom, tái chế chính thức",
      approx="about", status="estimate"),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "lượng chất thải điện tử phát sinh khu vực Đông Nam Á"),
    F("ít nhất 50% số tỉnh", "50", 50, "percent", "%", "tỉnh, thành phố có điểm thu gom pin thải cố định",
      approx="at_least", status="target", period=period("đến năm 2025", None, "2025-12-31")),
    F("đạt 30%", "30", 30, "percent", "%", "tỷ lệ chất thải điện tử được thu gom, xử lý", status="target",
      period=period("đến năm 2030", None, "2030-12-31")),
]

NOTES = [
    "Ministry site (Bộ TN&MT): national EPR take-back results for 2023, published 05/03/2024. Location Việt Nam;",
    "the list items Hà Nội, TP. Hồ Chí Minh, Đà Nẵng take their own location; 38/63 tỉnh is a national count.",
    "Distractors: 'Ngày 02/3/2024, tại Hà Nội'; 'lần thứ 2'; 'Nghị định số 08/2022/NĐ-CP'; 'Lượt xem: 1.204';",
    "footer address 'số 10 Tôn Thất Thuyết' and phone '024.3795.6612'.",
    "Shares after 'Trong đó … chiếm' have no base amount in their clause: percent figures (no percent attribute on 1.260 tấn).",
    "'hiện có 2.150 điểm' has no period (cf. shared gold 'hiện có 145/151 xã'); 'gấp 1,7 lần so với cuối năm 2022'",
    "follows the count and compares it with a baseline: a change of 1.7 lần (not a multiple figure of its own).",
    "'Theo ước tính của Bộ' governs both clauses (250.000 tấn and 1,5%): estimate. 'mỗi năm' puts the rate in the unit (tấn/năm).",
    "'Mục tiêu đến năm 2025 …; đến năm 2030 …': both targets; target periods end at the target year.",
]

write(4, TEXT, FIGS, NOTES, published="2024-03-05", location="Việt Nam")
