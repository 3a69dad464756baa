from lib import F, P, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH AN GIANG

An Giang: Vụ lúa Đông Xuân 2023-2024 được mùa, được giá

Cập nhật: 28/03/2024 08:15

Theo Sở Nông nghiệp và Phát triển nông thôn, vụ lúa Đông Xuân 2023-2024 toàn tỉnh xuống giống 231.400 ha, đạt 101,2% kế hoạch. Tính đến ngày 25/3/2024, nông dân đã thu hoạch hơn 225.000 ha, chiếm 97,2% diện tích gieo trồng, năng suất bình quân ước đạt 7,12 tấn/ha, tăng 0,15 tấn/ha so với vụ Đông Xuân năm trước.

Sản lượng lúa cả vụ đạt trên 1,64 triệu tấn. Trong đó, lúa chất lượng cao chiếm khoảng 85% sản lượng, chủ yếu là các giống OM 18, OM 5451 và Đài Thơm 8.

Các huyện có năng suất cao là Thoại Sơn (7,65 tấn/ha), Châu Thành (7,48 tấn/ha) và Tri Tôn (7,3 tấn/ha); thấp nhất là huyện An Phú với 6,52 tấn/ha do ảnh hưởng của rầy nâu cuối vụ.

Với giá lúa tươi tại ruộng dao động từ 7.200 đến 7.800 đồng/kg, sau khi trừ chi phí, nông dân lãi từ 25 đến 32 triệu đồng/ha, cao hơn 6 triệu đồng/ha so với vụ trước. Giá thành sản xuất bình quân khoảng 4.100 đồng/kg lúa.

Ông Nguyễn Sĩ Lâm, Giám đốc Sở Nông nghiệp và Phát triển nông thôn cho biết, thực hiện Công văn số 1235/SNNPTNT-TT, vụ Hè Thu 2024 tỉnh dự kiến xuống giống khoảng 220.000 ha, lịch thời vụ bắt đầu từ ngày 1/4. Năm 2024, tỉnh phấn đấu tổng sản lượng lúa cả năm đạt 4,1 triệu tấn; diện tích lúa sản xuất theo hướng hữu cơ đạt 5.000 ha.

Người dân cần hỗ trợ kỹ thuật liên hệ Trung tâm Khuyến nông tỉnh, số 11 Tôn Đức Thắng, TP Long Xuyên, điện thoại 0296.3852.345.

Thanh Hà (Sở NN&PTNT)
Lượt xem: 1.287
"""

AG = "An Giang"
ASOF = P("Tính đến ngày 25/3/2024", None, "2024-03-25")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("xuống giống 231.400 ha", "231.400", 231400, "measure", "ha",
      "diện tích lúa xuống giống vụ Đông Xuân 2023-2024", percent=101.2, location=AG),
    F("hơn 225.000 ha", "225.000", 225000, "measure", "ha", "diện tích lúa thu hoạch",
      approx="over", percent=97.2, period=ASOF, location=AG),
    F("ước đạt 7,12 tấn/ha", "7,12", 7.12, "measure", "tấn/ha", "năng suất bình quân",
      change={"direction": "increase", "value": 0.15, "unit": "tấn/ha", "baseline": "vụ Đông Xuân năm trước"},
      status="estimate", period=ASOF, location=AG),
    F("trên 1,64 triệu tấn", "1,64", 1640000, "measure", "tấn", "sản lượng lúa cả vụ",
      approx="over", location=AG),
    F("chiếm khoảng 85%", "85", 85, "percent", "%", "tỷ lệ lúa chất lượng cao trong sản lượng",
      approx="about", location=AG),
    F("Thoại Sơn (7,65 tấn/ha)", "7,65", 7.65, "measure", "tấn/ha", "năng suất lúa", location="Thoại Sơn"),
    F("Châu Thành (7,48 tấn/ha)", "7,48", 7.48, "measure", "tấn/ha", "năng suất lúa", location="Châu Thành"),
    F("Tri Tôn (7,3 tấn/ha)", "7,3", 7.3, "measure", "tấn/ha", "năng suất lúa", location="Tri Tôn"),
    F("với 6,52 tấn/ha", "6,52", 6.52, "measure", "tấn/ha", "năng suất lúa", location="An Phú"),
    F("từ 7.200 đến 7.800 đồng/kg", "7.200", 7200, "money", "đồng/kg", "giá lúa tươi tại ruộng",
      value_max=7800, location=AG),
    F("lãi từ 25 đến 32 triệu đồng/ha", "25", 25000000, "money", "đồng/ha", "lãi của nông dân",
      value_max=32000000,
      change={"direction": "increase", "value": 6000000, "unit": "đồng/ha", "baseline": "vụ trước"},
      location=AG),
    F("khoảng 4.100 đồng/kg", "4.100", 4100, "money", "đồng/kg", "giá thành sản xuất bình quân",
      approx="about", location=AG),
    F("khoảng 220.000 ha", "220.000", 220000, "measure", "ha", "diện tích xuống giống vụ Hè Thu 2024",
      approx="about", status="forecast", location=AG),
    F("đạt 4,1 triệu tấn", "4,1", 4100000, "measure", "tấn", "tổng sản lượng lúa cả năm",
      status="target", period=Y24, location=AG),
    F("đạt 5.000 ha", "5.000", 5000, "measure", "ha", "diện tích lúa sản xuất theo hướng hữu cơ",
      status="target", period=Y24, location=AG),
]

COMMENTS = [
    "Provincial portal of An Giang: Đông Xuân 2023-2024 rice crop (area, harvest, yield, output), district yields, prices, profit, plans.",
    "Crop seasons (vụ Đông Xuân 2023-2024, vụ Hè Thu 2024) are not calendar periods in FIGURES.md: figures dated only by a season get no",
    "period (unscored), as shared h19 does for 'vụ xuân'. 'Tính đến ngày 25/3/2024' gives an as-of period to its sentence.",
    "'đạt 101,2% kế hoạch' / 'chiếm 97,2% diện tích' are percent attributes (as h14 'đạt 70% so kế hoạch'); no total (no part-of cue).",
    "'chiếm khoảng 85% sản lượng' after 'Trong đó' is a share of a different thing (quality rice): a percent figure (cf. h01).",
    "District list: location = district, subject = list indicator. 'cao hơn 6 triệu đồng/ha so với vụ trước' is the change of the profit range.",
    "Distractors: variety names OM 18, OM 5451, Đài Thơm 8; Công văn số 1235/SNNPTNT-TT; 'từ ngày 1/4'; address số 11; phone; Lượt xem: 1.287.",
]

build("p437-2", TEXT, FIGS, COMMENTS, published="2024-03-28")
