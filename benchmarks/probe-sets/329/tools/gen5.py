from lib import F, P, C, T, write

TEXT = """Thời sự › Giao thông
Thứ ba, 5/3/2024, 10:12 (GMT+7)

Hơn 1.200 tỷ đồng nạo vét duy tu luồng hàng hải năm 2024

Bộ Giao thông vận tải đã bố trí 1.655 tỷ đồng cho công tác bảo trì công trình hàng hải năm 2024, trong đó kinh phí nạo vét duy tu các tuyến luồng hàng hải công cộng hơn 1.200 tỷ đồng, chiếm khoảng 73%.

Theo Quyết định số 263/QĐ-BGTVT ngày 4/3/2024, kinh phí nạo vét năm nay tăng khoảng 18% so với năm 2023. Năm ngoái, tổng khối lượng nạo vét duy tu đạt 11,2 triệu m3 với kinh phí 1.017 tỷ đồng.

Đại diện Cục Hàng hải Việt Nam cho biết, năm 2024 dự kiến nạo vét duy tu 27 tuyến luồng với tổng khối lượng khoảng 13,5 triệu m3. Trong đó, luồng Soài Rạp có khối lượng lớn nhất, khoảng 2,8 triệu m3; luồng Lạch Huyện khoảng 2,1 triệu m3; các tuyến luồng còn lại mỗi tuyến từ 0,1 đến 0,9 triệu m3.

Riêng dự án nâng cấp luồng Soài Rạp giai đoạn 2024-2025 có tổng mức đầu tư 1.460 tỷ đồng từ ngân sách nhà nước. Luồng dài 54 km; sau khi hoàn thành, dự kiến chiều rộng đáy luồng đạt 150 m, độ sâu 9,5 m, cho phép tàu trọng tải 50.000 DWT giảm tải hành trình thuận lợi.

Ngoài ra, 9 tuyến luồng được nạo vét theo hình thức xã hội hóa, kết hợp thu hồi sản phẩm, giúp tiết kiệm khoảng 250 tỷ đồng cho ngân sách. Vật liệu nạo vét được đổ tại 12 vị trí đổ thải trên biển, cách bờ từ 10 đến 25 km, theo quy định tại Nghị định số 159/2018/NĐ-CP.

Theo Quy hoạch tổng thể phát triển hệ thống cảng biển Việt Nam thời kỳ 2021-2030, tầm nhìn đến năm 2050, mục tiêu huy động vốn đầu tư cho kết cấu hạ tầng hàng hải công cộng giai đoạn 2021-2030 khoảng 72.800 tỷ đồng.

Đoàn Loan
36 bình luận
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y23i = P("Năm ngoái", "2023-01-01", "2023-12-31", inh=True)
VOL = 13500000
FIGS = [
    F("Hơn 1.200 tỷ đồng nạo", "1.200", "money", "đồng", "nạo vét duy tu luồng hàng hải", "tỷ", approx="over", period=Y24),
    F("bố trí 1.655 tỷ đồng", "1.655", "money", "đồng", "kinh phí bảo trì công trình hàng hải", "tỷ", period=Y24),
    F("công cộng hơn 1.200 tỷ đồng", "1.200", "money", "đồng", "kinh phí nạo vét duy tu các tuyến luồng hàng hải công cộng", "tỷ",
      approx="over", total=1655000000000, percent=73, period=Y24),
    F("tăng khoảng 18%", "18", "percent", "%", "kinh phí nạo vét", approx="about",
      period=P("năm nay", "2024-01-01", "2024-12-31", inh=True)),
    F("đạt 11,2 triệu m3", "11,2", "measure", "m3", "tổng khối lượng nạo vét duy tu", "triệu", period=Y23i),
    F("kinh phí 1.017 tỷ đồng", "1.017", "money", "đồng", "kinh phí nạo vét duy tu", "tỷ", period=Y23i),
    F("duy tu 27 tuyến luồng", "27", "count", "tuyến luồng", "tuyến luồng nạo vét duy tu", status="forecast", period=Y24),
    F("khoảng 13,5 triệu m3", "13,5", "measure", "m3", "tổng khối lượng nạo vét duy tu", "triệu",
      approx="about", status="forecast", period=Y24),
    F("khoảng 2,8 triệu m3", "2,8", "measure", "m3", "khối lượng nạo vét luồng Soài Rạp", "triệu",
      approx="about", total=VOL, status="forecast", period=Y24i),
    F("khoảng 2,1 triệu m3", "2,1", "measure", "m3", "khối lượng nạo vét luồng Lạch Huyện", "triệu",
      approx="about", total=VOL, status="forecast", period=Y24i),
    F("từ 0,1 đến 0,9 triệu m3", "0,1", "measure", "m3", "khối lượng nạo vét các tuyến luồng còn lại mỗi tuyến",
      value=100000, value_max=900000, status="forecast", period=Y24i),
    F("tư 1.460 tỷ đồng", "1.460", "money", "đồng", "tổng mức đầu tư dự án nâng cấp luồng Soài Rạp", "tỷ",
      period=P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")),
    F("dài 54 km", "54", "measure", "km", "chiều dài luồng Soài Rạp"),
    F("đạt 150 m", "150", "measure", "m", "chiều rộng đáy luồng", status="forecast"),
    F("độ sâu 9,5 m", "9,5", "measure", "m", "độ sâu luồng", status="forecast"),
    F("trọng tải 50.000 DWT", "50.000", "measure", "DWT", "trọng tải tàu", optional=True),
    F("9 tuyến luồng", "9", "count", "tuyến luồng", "tuyến luồng nạo vét theo hình thức xã hội hóa"),
    F("khoảng 250 tỷ đồng", "250", "money", "đồng", "tiết kiệm cho ngân sách", "tỷ", approx="about"),
    F("tại 12 vị trí", "12", "count", "vị trí", "vị trí đổ thải trên biển"),
    F("từ 10 đến 25 km", "10", "measure", "km", "khoảng cách vị trí đổ thải cách bờ", value_max=25),
    F("khoảng 72.800 tỷ đồng", "72.800", "money", "đồng", "vốn đầu tư cho kết cấu hạ tầng hàng hải công cộng", "tỷ",
      approx="about", status="target", period=P("giai đoạn 2021-2030", "2021-01-01", "2030-12-31")),
]

COMMENTS = [
    "National press (VnExpress style): maintenance dredging of public maritime channels, 2024. Dateline 'Thứ ba, 5/3/2024, 10:12 (GMT+7)'; byline and '36 bình luận' at the end.",
    "Distractors: 'Quyết định số 263/QĐ-BGTVT ngày 4/3/2024', 'Nghị định số 159/2018/NĐ-CP', 'thời kỳ 2021-2030, tầm nhìn đến năm 2050', '(GMT+7)',",
    "'36 bình luận' (page furniture), 'giai đoạn 2024-2025' (period only), the '3' glued in 'm3' (unit). Channel names are not places: location Việt Nam.",
    "Title 'Hơn 1.200 tỷ đồng' is a figure. '1.655 tỷ …, trong đó … hơn 1.200 tỷ đồng, chiếm khoảng 73%' → total + percent.",
    "'kinh phí nạo vét năm nay tăng khoảng 18%' stands in its own sentence, away from its base amount: a percent figure ('năm nay' inherited).",
    "'Năm ngoái' = 2023 (inherited). 'năm 2024 dự kiến nạo vét 27 tuyến … khoảng 13,5 triệu m3' forecast; the 'Trong đó' parts continue it (forecast,",
    "total 13,5 triệu m3); the per-channel range 'mỗi tuyến từ 0,1 đến 0,9 triệu m3' is no part (no total). 'dự kiến chiều rộng … 150 m, độ sâu 9,5 m' forecast.",
    "'tàu trọng tải 50.000 DWT' is a design-ship class (optional). 'mục tiêu huy động vốn … khoảng 72.800 tỷ đồng' target, giai đoạn 2021-2030.",
]

write(5, TEXT, COMMENTS, FIGS, published="2024-03-05", location="Việt Nam")
