"""p1000-6: national newspaper — rain gauges after typhoon Yagi's circulation (September 2024)."""
from lib import F, P, I, C, write

TEXT = """Thời sự

Thứ năm, 12/9/2024, 06:30 (GMT+7)

Hơn 80 trạm đo mưa vượt 400 mm sau hoàn lưu bão Yagi

Trong 5 ngày, lượng mưa tại nhiều trạm ở vùng núi phía Bắc vượt 400 mm, có nơi trên 650 mm, gây lũ lớn trên các sông Thao, Lô, Cầu và sạt lở nghiêm trọng.

Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, từ 19h ngày 6/9 đến 7h ngày 11/9, Bắc Bộ có mưa to đến rất to, lượng mưa phổ biến 200-350 mm. Tổng lượng mưa lớn nhất ghi nhận tại trạm Tả Củ Tỷ (Lào Cai) 662 mm, Nậm Khắt (Yên Bái) 598 mm, Minh Ngọc (Hà Giang) 543 mm.

Trong số gần 1.200 trạm đo mưa tự động ở khu vực, có 84 trạm ghi nhận lượng mưa trên 400 mm; 17 trạm bị mất tín hiệu do mất điện, gãy cột, phải cử người đọc số liệu thủ công.

Mực nước sông Thao tại trạm Yên Bái lúc 21h ngày 10/9 đạt 35,02 m, cao hơn mức lũ lịch sử năm 1968 (34,18 m) là 0,84 m. Trên sông Cầu, trạm Đáp Cầu (Bắc Ninh) đạt đỉnh 7,11 m, vượt báo động 3 là 1,81 m.

Ông Đỗ Minh Khôi, Phó trưởng phòng Dự báo thời tiết, cho biết trong đợt mưa lũ, trung tâm đã phát hành 52 bản tin dự báo, cảnh báo, trung bình 3 giờ một bản. "Số liệu từ mạng lưới trạm tự động là cơ sở để chúng tôi đưa ra cảnh báo lũ quét đến từng huyện", ông nói.

Theo Bộ Nông nghiệp và Phát triển nông thôn, tính đến 17h ngày 11/9, mưa lũ sau bão đã làm 182 người chết, 141 người mất tích tại 17 tỉnh, thành phố.

Gia Minh
"""

RAIN = P("từ 19h ngày 6/9 đến 7h ngày 11/9", "2024-09-06", "2024-09-11")
ASOF = P("tính đến 17h ngày 11/9", None, "2024-09-11")
ST = "trạm đo mưa tự động"

FIGS = [
    F("Hơn 80 trạm", "80", 80, "count", "trạm", "trạm đo mưa vượt 400 mm", approx="over"),
    F("mưa vượt 400 mm", "400", 400, "measure", "mm", "lượng mưa", approx="over", optional=True),
    F("phía Bắc vượt 400 mm", "400", 400, "measure", "mm", "lượng mưa tại nhiều trạm", approx="over", optional=True),
    F("trên 650 mm", "650", 650, "measure", "mm", "lượng mưa có nơi", approx="over"),
    F("phổ biến 200-350 mm", "200", 200, "measure", "mm", "lượng mưa phổ biến ở Bắc Bộ", RAIN, value_max=350),
    F("(Lào Cai) 662 mm", "662", 662, "measure", "mm", "tổng lượng mưa lớn nhất tại trạm Tả Củ Tỷ", I(RAIN), location="Lào Cai"),
    F("(Yên Bái) 598 mm", "598", 598, "measure", "mm", "tổng lượng mưa lớn nhất tại trạm Nậm Khắt", I(RAIN), location="Yên Bái"),
    F("(Hà Giang) 543 mm", "543", 543, "measure", "mm", "tổng lượng mưa lớn nhất tại trạm Minh Ngọc", I(RAIN), location="Hà Giang"),
    F("gần 1.200 trạm", "1.200", 1200, "count", "trạm", "trạm đo mưa tự động ở khu vực", approx="nearly"),
    F("có 84 trạm", "84", 84, "count", "trạm", "trạm ghi nhận lượng mưa trên 400 mm", total=1200),
    F("mưa trên 400 mm;", "400", 400, "measure", "mm", "lượng mưa", approx="over", optional=True),
    F("; 17 trạm", "17", 17, "count", "trạm", "trạm bị mất tín hiệu", total=1200),
    F("đạt 35,02 m", "35,02", 35.02, "measure", "m", "mực nước sông Thao tại trạm Yên Bái",
      P("lúc 21h ngày 10/9", "2024-09-10", "2024-09-10"), location="Yên Bái",
      change=C("increase", 0.84, "m", "mức lũ lịch sử năm 1968")),
    F("(34,18 m)", "34,18", 34.18, "measure", "m", "mức lũ lịch sử sông Thao tại trạm Yên Bái",
      P("năm 1968", "1968-01-01", "1968-12-31"), location="Yên Bái"),
    F("đỉnh 7,11 m", "7,11", 7.11, "measure", "m", "đỉnh lũ sông Cầu tại trạm Đáp Cầu", location="Bắc Ninh",
      change=C("increase", 1.81, "m", "báo động 3")),
    F("phát hành 52 bản tin", "52", 52, "count", "bản tin", "bản tin dự báo, cảnh báo trung tâm phát hành trong đợt mưa lũ"),
    F("trung bình 3 giờ một bản", "3", 3, "measure", "giờ", "thời gian trung bình giữa hai bản tin"),
    F("làm 182 người chết", "182", 182, "count", "người", "người chết do mưa lũ sau bão", ASOF),
    F("141 người mất tích", "141", 141, "count", "người", "người mất tích do mưa lũ sau bão", ASOF),
    F("tại 17 tỉnh", "17", 17, "count", "tỉnh, thành phố", "tỉnh, thành phố có người chết, mất tích do mưa lũ", ASOF),
]

COMMENTS = [
    "National newspaper (VnExpress style), 'Thứ năm, 12/9/2024, 06:30 (GMT+7)': rainfall at automatic gauges after typhoon Yagi, byline at the end.",
    "Not figures: 'Trong 5 ngày' (a duration locating the rain), times '19h', '7h', '21h', '17h', 'báo động 3' (alarm level), 'năm 1968' as a year.",
    "Region figures (vùng núi phía Bắc, Bắc Bộ, 'ở khu vực') and national ones (the centre's bulletins, casualties in 17 provinces) take Việt Nam;",
    "stations named with a province in brackets take that province. '400 mm' thresholds are optional; 'có nơi trên 650 mm' is a stated maximum (required).",
    "'Trong số gần 1.200 trạm ..., có 84 trạm ...; 17 trạm ...' -> total 1200 for both parts.",
    "'cao hơn mức lũ lịch sử năm 1968 (34,18 m) là 0,84 m' -> change of 35,02 m; the bracketed 34,18 m is a figure of its own (period 1968).",
    "'vượt báo động 3 là 1,81 m' -> change of the 7,11 m peak. 'trung bình 3 giờ một bản' is a measure (interval between bulletins).",
]

write("p1000-6", TEXT, FIGS, COMMENTS, published="2024-09-12", location="Việt Nam")
