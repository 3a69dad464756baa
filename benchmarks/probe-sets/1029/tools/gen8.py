from lib import F, P, I, C, T, build

TEXT = """Bù Đăng: Hỗ trợ gần 480 triệu đồng cho hộ dân bị voi phá cây trồng

Thứ ba, 14/01/2025 | 10:35

(BP) - Năm 2024, UBND huyện Bù Đăng đã hỗ trợ gần 480 triệu đồng cho 58 hộ dân tại các xã Đường 10, Đắk Nhau và Thống Nhất có cây trồng bị voi rừng phá hoại. Tổng kinh phí hỗ trợ năm 2024 bằng 1,6 lần năm 2023.

Theo Hạt Kiểm lâm huyện, năm 2024 đàn voi khoảng 5 con từ Vườn quốc gia Cát Tiên đã nhiều lần di chuyển ra vùng sản xuất dọc đường ĐT760, phá hoại tổng cộng 36,4 ha cây trồng, tăng 8,1 ha so với năm 2023. Trong đó, cây điều 17,2 ha, cao su 11,5 ha, còn lại là cây ăn trái và hoa màu. Xã Đắk Nhau bị thiệt hại nặng nhất với 15,8 ha, chiếm 43,4% tổng diện tích bị phá. Hiện 5/16 xã, thị trấn của huyện đã có voi xuất hiện.

Theo Quyết định số 08/2023/QĐ-UBND của UBND tỉnh, mức hỗ trợ từ 6 đến 12 triệu đồng/ha tùy mức độ thiệt hại (thiệt hại từ 30-70% và trên 70%). Ông Điểu Bảy, thôn 3, xã Đắk Nhau có 2 ha điều bị voi phá trụi, được hỗ trợ 24 triệu đồng. "Số tiền không nhiều nhưng giúp gia đình có vốn trồng lại", ông Bảy chia sẻ.

Năm 2025, huyện phấn đấu xây dựng 12 km hàng rào điện dọc ranh giới Vườn quốc gia Cát Tiên, kinh phí dự kiến 4,5 tỷ đồng; đồng thời duy trì tổ đồng quản lý gồm 25 người tại xã Đắk Nhau.

Người dân phát hiện voi báo về Hạt Kiểm lâm Bù Đăng, khu phố Đức Thọ, thị trấn Đức Phong, điện thoại 0271.3960.217.

MINH LUÂN
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
NOTES = [
    "Báo Bình Phước online, headline figure, 'Thứ ba, 14/01/2025 | 10:35', tag '(BP) -': voi phá cây trồng ở huyện Bù Đăng.",
    "Default location Bù Đăng (communes lie in it); the provincial support decision (UBND tỉnh, BP tag) → Bình Phước.",
    "'Trong đó, cây điều 17,2 ha, cao su 11,5 ha' after a sentence break: parts of 36,4 ha. '15,8 ha, chiếm 43,4% tổng diện tích': percent only",
    "(no a/b or trong đó cue). 'bằng 1,6 lần năm 2023' is its own sentence: a multiple. '5/16 xã, thị trấn' → total 16.",
    "Damage thresholds '30-70%', 'trên 70%' are category bounds: optional. 'đồng thời duy trì … 25 người' continues 'phấn đấu' (target).",
    "Distractors: xã Đường 10, đường ĐT760, thôn 3, Điểu Bảy, Quyết định số 08/2023/QĐ-UBND, phone, time 10:35.",
]
FIGS = [
    F("Hỗ trợ gần 480 triệu đồng", "480", 480e6, "money", "đồng", "kinh phí hỗ trợ hộ dân bị voi phá cây trồng", I(Y24),
      approx="nearly"),
    F("đã hỗ trợ gần 480 triệu đồng", "480", 480e6, "money", "đồng", "kinh phí hỗ trợ hộ dân có cây trồng bị voi phá hoại",
      Y24, approx="nearly"),
    F("cho 58 hộ dân", "58", 58, "count", "hộ", "hộ dân có cây trồng bị voi rừng phá hoại được hỗ trợ", Y24),
    F("bằng 1,6 lần", "1,6", 1.6, "multiple", "lần", "tổng kinh phí hỗ trợ năm 2024 so với năm 2023", Y24),
    F("khoảng 5 con", "5", 5, "count", "con", "voi trong đàn", Y24, approx="about"),
    F("tổng cộng 36,4 ha", "36,4", 36.4, "measure", "ha", "diện tích cây trồng bị voi phá hoại", Y24,
      change=C("increase", 8.1, "ha", "năm 2023")),
    F("cây điều 17,2 ha", "17,2", 17.2, "measure", "ha", "diện tích cây điều bị voi phá hoại", I(Y24), total=36.4),
    F("cao su 11,5 ha", "11,5", 11.5, "measure", "ha", "diện tích cao su bị voi phá hoại", I(Y24), total=36.4),
    F("với 15,8 ha", "15,8", 15.8, "measure", "ha", "diện tích bị thiệt hại xã Đắk Nhau", I(Y24), percent=43.4),
    F("Hiện 5/16 xã", "5", 5, "count", "xã, thị trấn", "xã, thị trấn của huyện đã có voi xuất hiện", total=16),
    F("từ 6 đến 12 triệu đồng/ha", "6", 6e6, "money", "đồng/ha", "mức hỗ trợ thiệt hại do voi", value_max=12e6,
      location="Bình Phước"),
    F("từ 30-70%", "30", 30, "percent", "%", "mức độ thiệt hại", value_max=70, location="Bình Phước", optional=True),
    F("trên 70%", "70", 70, "percent", "%", "mức độ thiệt hại", approx="over", location="Bình Phước", optional=True),
    F("có 2 ha điều", "2", 2, "measure", "ha", "diện tích điều của ông Điểu Bảy bị voi phá trụi"),
    F("hỗ trợ 24 triệu đồng", "24", 24e6, "money", "đồng", "tiền hỗ trợ ông Điểu Bảy được nhận"),
    F("xây dựng 12 km", "12", 12, "measure", "km", "hàng rào điện xây dựng", Y25, status="target"),
    F("dự kiến 4,5 tỷ đồng", "4,5", 4.5e9, "money", "đồng", "kinh phí xây dựng hàng rào điện", Y25, status="forecast"),
    F("gồm 25 người", "25", 25, "count", "người", "người trong tổ đồng quản lý", Y25, status="target"),
]
build("p1029-8", TEXT, NOTES, FIGS, published="2025-01-14", location="Bù Đăng")
