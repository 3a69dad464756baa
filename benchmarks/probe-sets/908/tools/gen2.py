"""p908-2: district portal (huyện Vân Đồn, Quảng Ninh), cá song / cá giò cages, 9 months 2023."""
from lib import F, period, inherit, change, target, write

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VÂN ĐỒN
Tin tức - Sự kiện » Kinh tế
Vân Đồn: Nuôi cá song, cá giò lồng bè 9 tháng đạt 1.860 tấn
25/10/2023 | 15:20
9 tháng năm 2023, tổng sản lượng nuôi trồng thủy sản của huyện đạt 14.250 tấn, bằng 76% kế hoạch năm; trong đó sản lượng cá biển nuôi lồng bè đạt 1.860 tấn, tăng 21% so với cùng kỳ. Cá song và cá giò là hai đối tượng chủ lực, lần lượt chiếm 42% và 35% sản lượng cá lồng.
Toàn huyện hiện có 186 cơ sở nuôi cá lồng bè với 4.930 ô lồng, tập trung ở các xã Hạ Long (1.520 ô lồng), Đông Xá (980 ô lồng), Bản Sen (760 ô lồng) và Thắng Lợi (640 ô lồng). Trong số này có 38 cơ sở đã chuyển sang lồng nhựa HDPE đạt Quy chuẩn QCVN 02-41:2020/BNNPTNT, tăng gấp đôi so với năm 2022.
Giá cá song vằn tại bè hiện ở mức 230.000-250.000 đồng/kg, cá giò 130.000-145.000 đồng/kg; cá song chuột có giá cao nhất, trên 600.000 đồng/kg.
Cơn bão số 1 (Talim) hồi tháng 7 đã làm hư hỏng 112 ô lồng, thiệt hại ước khoảng 3,5 tỷ đồng. Huyện đã hỗ trợ 45 hộ nuôi khôi phục sản xuất, mỗi hộ 10 triệu đồng.
Năm 2024, huyện phấn đấu sản lượng cá lồng đạt 2.700 tấn, giá trị sản xuất thủy sản đạt 1.200 tỷ đồng. Huyện cũng dự kiến quy hoạch thêm 350 ha mặt nước tại vịnh Bái Tử Long cho nuôi biển công nghệ cao trong giai đoạn 2024-2025, đồng thời giới thiệu sản phẩm cá song, cá giò tại Lễ hội Hải sản Vân Đồn lần thứ 3.
Minh Hà (Trung tâm Truyền thông và Văn hóa huyện)
"""

H9 = period("9 tháng", "2023-01-01", "2023-09-30")
P9 = period("9 tháng năm 2023", "2023-01-01", "2023-09-30")
JUL = period("tháng 7", "2023-07-01", "2023-07-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("9 tháng đạt 1.860 tấn", "1.860", 1860, "measure", "tấn",
      "sản lượng nuôi cá song, cá giò lồng bè", period=H9),
    F("đạt 14.250 tấn", "14.250", 14250, "measure", "tấn",
      "tổng sản lượng nuôi trồng thủy sản", percent=76, period=P9),
    F("lồng bè đạt 1.860 tấn", "1.860", 1860, "measure", "tấn",
      "sản lượng cá biển nuôi lồng bè", total=14250,
      change=change("increase", 21, "%", "cùng kỳ"), period=P9),
    F("chiếm 42%", "42", 42, "percent", "%", "tỷ trọng cá song trong sản lượng cá lồng",
      period=inherit(P9)),
    F("và 35% sản lượng", "35", 35, "percent", "%", "tỷ trọng cá giò trong sản lượng cá lồng",
      period=inherit(P9)),
    F("là hai đối tượng", "hai", 2, "count", "đối tượng", "đối tượng nuôi chủ lực",
      optional=True),
    F("có 186 cơ sở", "186", 186, "count", "cơ sở", "cơ sở nuôi cá lồng bè"),
    F("với 4.930 ô lồng", "4.930", 4930, "count", "ô lồng", "ô lồng nuôi cá lồng bè"),
    F("Hạ Long (1.520 ô lồng)", "1.520", 1520, "count", "ô lồng", "ô lồng nuôi cá lồng bè"),
    F("Đông Xá (980 ô lồng)", "980", 980, "count", "ô lồng", "ô lồng nuôi cá lồng bè"),
    F("Bản Sen (760 ô lồng)", "760", 760, "count", "ô lồng", "ô lồng nuôi cá lồng bè"),
    F("Thắng Lợi (640 ô lồng)", "640", 640, "count", "ô lồng", "ô lồng nuôi cá lồng bè"),
    F("có 38 cơ sở", "38", 38, "count", "cơ sở", "cơ sở chuyển sang lồng nhựa HDPE",
      total=186, change=change("increase", 2, "lần", "năm 2022")),
    F("mức 230.000-250.000 đồng/kg", "230.000", 230000, "money", "đồng/kg",
      "giá cá song vằn tại bè", value_max=250000),
    F("130.000-145.000 đồng/kg", "130.000", 130000, "money", "đồng/kg",
      "giá cá giò tại bè", value_max=145000),
    F("trên 600.000 đồng/kg", "600.000", 600000, "money", "đồng/kg",
      "giá cá song chuột", approx="over"),
    F("hư hỏng 112 ô lồng", "112", 112, "count", "ô lồng", "ô lồng hư hỏng do bão",
      period=JUL),
    F("ước khoảng 3,5 tỷ đồng", "3,5", 3_500_000_000, "money", "đồng", "thiệt hại do bão",
      approx="about", status="estimate", period=JUL),
    F("hỗ trợ 45 hộ", "45", 45, "count", "hộ", "hộ nuôi được hỗ trợ khôi phục sản xuất"),
    F("mỗi hộ 10 triệu đồng", "10", 10_000_000, "money", "đồng/hộ", "mức hỗ trợ mỗi hộ"),
    F("đạt 2.700 tấn", "2.700", 2700, "measure", "tấn", "sản lượng cá lồng",
      status="target", period=Y24),
    F("đạt 1.200 tỷ đồng", "1.200", 1_200_000_000_000, "money", "đồng",
      "giá trị sản xuất thủy sản", status="target", period=Y24),
    F("thêm 350 ha", "350", 350, "measure", "ha",
      "diện tích mặt nước quy hoạch thêm cho nuôi biển công nghệ cao", status="forecast",
      period=period("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")),
]

NOTES = [
    "District portal (huyện Vân Đồn, Quảng Ninh): cá song (grouper) and cá giò (cobia) cages, 9 months of 2023.",
    "Location: the district, Vân Đồn, for all figures, including the communes' items (xã Hạ Long is a commune of Vân Đồn, not the city of Hạ Long).",
    "The commune list (1.520 + 980 + 760 + 640 = 3.900) does not add up to 4.930 ô lồng: no total. 'Trong số này có 38 cơ sở' -> total 186 cơ sở (the whole it counts), not the list item before it.",
    "'tăng gấp đôi so với năm 2022' is the change of 38 cơ sở (increase 2 lần). 'lần lượt chiếm 42% và 35%' are percent figures (shares with no base amount); period inherited from the previous sentence.",
    "'hồi tháng 7' takes 2023 from '9 tháng năm 2023'. 'thiệt hại ước khoảng' -> estimate, about.",
    "Distractors: '25/10/2023 | 15:20', 'QCVN 02-41:2020/BNNPTNT', 'bão số 1', 'lần thứ 3'.",
]

if __name__ == "__main__":
    write(2, TEXT, FIGS, NOTES, published="2023-10-25", location="Vân Đồn")
