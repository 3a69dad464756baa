"""p928-5: Báo Khánh Hòa (Party paper), green mussel farmers of Nha Phu lagoon (Ninh Hòa): price fall, flood loss, targets."""
from lib import F, P, I, C, write

TEXT = """Người nuôi vẹm xanh đầm Nha Phu lo giá giảm

Những ngày này, người nuôi vẹm xanh ở xã Ninh Ích (thị xã Ninh Hòa) đang tất bật thu hoạch. Ông Nguyễn Văn Bảy ở thôn Tân Đảo cho biết, gia đình ông thả 120 dây vẹm trên 3 bè, mỗi dây dài 4 m; sau 7 tháng nuôi, mỗi dây cho khoảng 25 kg vẹm thương phẩm. "Giá vẹm tại bè hiện chỉ 12.000-14.000 đồng/kg, giảm khoảng 4.000 đồng/kg so với cùng kỳ năm trước. Trừ chi phí giống, công lao động, mỗi dây chỉ lãi chừng 100.000 đồng", ông Bảy nói.

Theo Phòng Kinh tế thị xã Ninh Hòa, toàn thị xã hiện có khoảng 190 hộ nuôi vẹm xanh với gần 38.000 dây, tập trung tại đầm Nha Phu. Năm 2024, sản lượng vẹm xanh của thị xã đạt 920 tấn, tăng 1,3 lần so với năm 2023. Theo Sở Nông nghiệp và Phát triển nông thôn Khánh Hòa, sản lượng vẹm xanh toàn tỉnh năm 2024 đạt khoảng 1.350 tấn, trong đó Ninh Hòa chiếm 68%. Vẹm được thương lái chở theo Quốc lộ 26 lên Tây Nguyên tiêu thụ.

Không chỉ giá giảm, người nuôi còn chịu thiệt hại do thời tiết. Đợt mưa lớn kéo dài trong tháng 11/2024 khiến khoảng 30% số vẹm nuôi ở khu vực gần cửa sông Dinh bị chết, nhiều hộ mất trắng. Ước tính thiệt hại toàn thị xã khoảng 2,3 tỷ đồng.

Ông Trần Văn Năm, Trưởng phòng Kinh tế thị xã cho biết, thị xã đặt mục tiêu đến năm 2025 ổn định 200 hộ nuôi, sản lượng vẹm đạt 1.100 tấn; đồng thời phối hợp với cơ quan chuyên môn quan trắc môi trường 2 lần/tháng tại đầm Nha Phu để cảnh báo sớm cho người nuôi.

MINH THÙY
18/4/2025
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
M11 = P("trong tháng 11/2024", "2024-11-01", "2024-11-30")
Y25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("thả 120 dây", "120", 120, "count", "dây", "dây vẹm gia đình ông Bảy thả nuôi"),
    F("trên 3 bè", "3", 3, "count", "bè", "bè nuôi vẹm của gia đình ông Bảy"),
    F("dài 4 m", "4", 4, "measure", "m", "chiều dài mỗi dây", optional=True),
    F("sau 7 tháng", "7", 7, "measure", "tháng", "thời gian nuôi", optional=True),
    F("khoảng 25 kg", "25", 25, "measure", "kg/dây", "vẹm thương phẩm thu hoạch mỗi dây", approx="about"),
    F("12.000-14.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", "giá vẹm tại bè", value_max=14000,
      change=C("decrease", 4000, "đồng/kg", "cùng kỳ năm trước", approx="about")),
    F("chừng 100.000 đồng", "100.000", 100000, "money", "đồng/dây", "lãi mỗi dây vẹm", approx="about"),
    F("khoảng 190 hộ", "190", 190, "count", "hộ", "hộ nuôi vẹm xanh", approx="about"),
    F("gần 38.000 dây", "38.000", 38000, "count", "dây", "dây vẹm xanh nuôi", approx="nearly"),
    F("đạt 920 tấn", "920", 920, "measure", "tấn", "sản lượng vẹm xanh của thị xã",
      change=C("increase", 1.3, "lần", "năm 2023"), period=Y24),
    F("khoảng 1.350 tấn", "1.350", 1350, "measure", "tấn", "sản lượng vẹm xanh toàn tỉnh", approx="about",
      period=P("năm 2024", "2024-01-01", "2024-12-31"), location="Khánh Hòa"),
    F("chiếm 68%", "68", 68, "percent", "%", "tỷ trọng sản lượng vẹm xanh của Ninh Hòa trong toàn tỉnh",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 30%", "30", 30, "percent", "%", "số vẹm nuôi gần cửa sông Dinh bị chết", approx="about", period=M11),
    F("khoảng 2,3 tỷ đồng", "2,3", 2.3e9, "money", "đồng", "thiệt hại toàn thị xã", approx="about",
      status="estimate", period=I(M11)),
    F("ổn định 200 hộ", "200", 200, "count", "hộ", "hộ nuôi vẹm", status="target", period=Y25),
    F("đạt 1.100 tấn", "1.100", 1100, "measure", "tấn", "sản lượng vẹm", status="target", period=Y25),
    F("2 lần/tháng", "2", 2, "measure", "lần/tháng", "tần suất quan trắc môi trường tại đầm Nha Phu",
      status="target", period=Y25, optional=True),
]

NOTES = [
    "Báo Khánh Hòa (Party paper): vẹm xanh ở đầm Nha Phu, thị xã Ninh Hòa; byline MINH THÙY and bare date 18/4/2025 at the end.",
    "Location: thị xã Ninh Hòa (district level; xã Ninh Ích lies in it); the provincial total 1.350 tấn is Khánh Hòa.",
    "The household example (120 dây, 3 bè, 25 kg/dây, lãi 100.000 đồng/dây) states facts: required; its specification 'dài 4 m',",
    "'sau 7 tháng' is optional. 'tăng 1,3 lần so với năm 2023' is the change of 920 tấn (unit lần). 'Ninh Hòa chiếm 68%' has no base",
    "amount before it in its clause, so it is a percent figure. 'Ước tính thiệt hại' → estimate + 'khoảng' → about.",
    "'2 lần/tháng' (monitoring frequency in the target clause) is optional. Names with number words (Nguyễn Văn Bảy, Trần Văn Năm),",
    "Quốc lộ 26 and the bare date are distractors.",
]

write(5, TEXT, FIGS, NOTES, published="2025-04-18", location="Ninh Hòa")
