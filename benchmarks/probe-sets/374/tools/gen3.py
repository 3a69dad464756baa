from lib import F, P, build

text = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ ĐÀ NẴNG
Đà Nẵng: Xe buýt có trợ giá phục vụ gần 2,9 triệu lượt khách năm 2023
Ngày đăng: 18/01/2024 | Lượt xem: 1.046

Theo Sở Giao thông vận tải thành phố Đà Nẵng, năm 2023, 9 tuyến xe buýt có trợ giá trên địa bàn đã thực hiện 168.420 chuyến, vận chuyển gần 2,9 triệu lượt hành khách, tăng 23,5% so với năm 2022. Số khách bình quân đạt 17,2 hành khách/chuyến, hệ số sử dụng ghế đạt khoảng 42%.
Tổng kinh phí trợ giá năm 2023 là 71,6 tỷ đồng, giảm 4,1 tỷ đồng so với năm trước do sản lượng tăng; mức trợ giá bình quân khoảng 24.700 đồng/lượt khách.
Giá vé lượt dao động từ 5.000 đến 20.000 đồng tùy cự ly; vé tháng ưu tiên cho học sinh, sinh viên, người cao tuổi có giá 100.000 đồng/tháng. Năm 2023, thành phố đã phát hành 14.380 thẻ vé tháng, trong đó 9.215 thẻ cho học sinh, sinh viên. Người khuyết tật, trẻ em dưới 6 tuổi được miễn vé.
Thời gian giãn cách giữa các chuyến từ 15 đến 20 phút vào giờ cao điểm và 30 phút vào giờ bình thường. Các tuyến hoạt động từ 5 giờ 30 đến 21 giờ hằng ngày; hành khách tra cứu lộ trình qua ứng dụng DanaBus hoặc tổng đài 0236.3822.555.
Theo Đề án phát triển vận tải hành khách công cộng giai đoạn 2021-2025, Đà Nẵng phấn đấu đến năm 2025 nâng số tuyến có trợ giá lên 16 tuyến, vận tải công cộng đáp ứng 8-10% nhu cầu đi lại. Năm 2024, thành phố dự kiến mở mới 3 tuyến, kinh phí trợ giá dự kiến khoảng 95 tỷ đồng.
Người dân có thể góp ý tại Trung tâm Hành chính thành phố, số 24 Trần Phú, quận Hải Châu.
Minh Tâm"""

p23 = P("năm 2023", "2023-01-01", "2023-12-31")
p23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
p24 = P("Năm 2024", "2024-01-01", "2024-12-31")
p25 = P("đến năm 2025", None, "2025-12-31")

figs = [
    F("gần 2,9 triệu lượt khách", "2,9", 2.9e6, "count", "lượt khách", "lượt khách xe buýt có trợ giá phục vụ",
      approx="nearly", period=p23),
    F("9 tuyến xe buýt", "9", 9, "count", "tuyến", "tuyến xe buýt có trợ giá", period=p23),
    F("168.420 chuyến", "168.420", 168420, "count", "chuyến", "chuyến xe buýt có trợ giá thực hiện", period=p23),
    F("gần 2,9 triệu lượt hành khách", "2,9", 2.9e6, "count", "lượt hành khách", "lượt hành khách xe buýt có trợ giá vận chuyển",
      approx="nearly", change=dict(direction="increase", value=23.5, unit="%", baseline="năm 2022"), period=p23),
    F("17,2 hành khách/chuyến", "17,2", 17.2, "measure", "hành khách/chuyến", "hành khách bình quân mỗi chuyến", period=p23i),
    F("khoảng 42%", "42", 42, "percent", "%", "hệ số sử dụng ghế", approx="about", period=p23i),
    F("71,6 tỷ đồng", "71,6", 71.6e9, "money", "đồng", "tổng kinh phí trợ giá",
      change=dict(direction="decrease", value=4.1e9, unit="đồng", baseline="năm trước"), period=p23),
    F("khoảng 24.700 đồng/lượt khách", "24.700", 24700, "money", "đồng/lượt khách", "mức trợ giá bình quân",
      approx="about", period=p23),
    F("từ 5.000 đến 20.000 đồng", "5.000", 5000, "money", "đồng", "giá vé lượt", value_max=20000),
    F("100.000 đồng/tháng", "100.000", 100000, "money", "đồng/tháng", "giá vé tháng ưu tiên cho học sinh, sinh viên, người cao tuổi"),
    F("14.380 thẻ", "14.380", 14380, "count", "thẻ vé tháng", "thẻ vé tháng phát hành", period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("9.215 thẻ", "9.215", 9215, "count", "thẻ", "thẻ vé tháng cho học sinh, sinh viên", total=14380,
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("dưới 6 tuổi", "6", 6, "measure", "tuổi", "độ tuổi trẻ em được miễn vé", approx="under", optional=True),
    F("từ 15 đến 20 phút", "15", 15, "measure", "phút", "thời gian giãn cách giữa các chuyến vào giờ cao điểm", value_max=20),
    F("và 30 phút", "30", 30, "measure", "phút", "thời gian giãn cách giữa các chuyến vào giờ bình thường"),
    F("lên 16 tuyến", "16", 16, "count", "tuyến", "số tuyến có trợ giá", status="target", period=p25),
    F("8-10%", "8", 8, "percent", "%", "vận tải công cộng đáp ứng nhu cầu đi lại", value_max=10, status="target", period=p25),
    F("mở mới 3 tuyến", "3", 3, "count", "tuyến", "tuyến xe buýt mở mới", status="forecast", period=p24),
    F("khoảng 95 tỷ đồng", "95", 95e9, "money", "đồng", "kinh phí trợ giá", approx="about", status="forecast", period=p24),
]

build("p374-3", text, figs, [
    "Cổng TTĐT thành phố Đà Nẵng: xe buýt có trợ giá năm 2023 (lượt khách, chuyến, trợ giá, giá vé, vé tháng, giãn cách, đề án 2021-2025).",
    "'Ngày đăng: 18/01/2024 | Lượt xem: 1.046'. '17,2 hành khách/chuyến' is a rate (measure). 'giảm 4,1 tỷ đồng so với năm trước' is the",
    "change of 71,6 tỷ (money change in đồng). 9.215 thẻ after 'trong đó' is part of 14.380. 'dưới 6 tuổi' (criterion) optional.",
    "Distractors: 'giai đoạn 2021-2025', 'từ 5 giờ 30 đến 21 giờ', hotline 0236.3822.555, address 'số 24 Trần Phú', app name, view counter.",
    "'dự kiến' → forecast for 2024; 'phấn đấu đến năm 2025' → target.",
], published="2024-01-18", location="Đà Nẵng")
