from lib import F, emit, period, year, inherit, change

TEXT = """Nghiên cứu tuyến đường sắt nhẹ nối sân bay Đà Nẵng với Hội An

Thành phố đang phối hợp với tư vấn quốc tế nghiên cứu tiền khả thi tuyến đường sắt đô thị (LRT) từ sân bay quốc tế Đà Nẵng đến Hội An. Đây là lần thứ 3 thành phố đề xuất một tuyến đường sắt đô thị. Tuyến dài khoảng 37 km, trong đó đoạn qua địa bàn tỉnh Quảng Nam dài 12,6 km; dự kiến có 19 nhà ga, tốc độ thiết kế 80 km/h.

Theo báo cáo của Sở Giao thông vận tải, tổng vốn đầu tư sơ bộ ước tính 25.000-30.000 tỷ đồng. Khi đi vào vận hành, thời gian di chuyển từ sân bay đến phố cổ Hội An dự kiến chỉ còn khoảng 40 phút, thay vì 55-60 phút bằng ô tô như hiện nay. Nhu cầu hành khách dự báo đạt 40.000 lượt/ngày vào năm 2035 và 75.000 lượt/ngày vào năm 2045.

Hiện Đà Nẵng có dân số khoảng 1,25 triệu người; năm 2023, thành phố đón hơn 8,2 triệu lượt khách du lịch. Theo các chuyên gia, đô thị trên 1 triệu dân cần sớm phát triển đường sắt đô thị để tránh ùn tắc.

6 tháng đầu năm 2024, xe buýt có trợ giá của thành phố vận chuyển khoảng 1,35 triệu lượt khách, tăng 18% so với cùng kỳ, đạt 52% kế hoạch năm. Thành phố hiện có 13 tuyến xe buýt có trợ giá, kinh phí trợ giá bố trí năm 2024 khoảng 95 tỷ đồng.

Ông Lê Văn Năm, Giám đốc Sở Giao thông vận tải cho biết, thành phố phấn đấu trình phê duyệt chủ trương đầu tư trong năm 2025, khởi công trước năm 2030. Mục tiêu đến năm 2030, tỷ lệ đảm nhận vận tải hành khách công cộng của Đà Nẵng đạt 15-20%, hiện nay mới khoảng 1,8%. Dự án được đề xuất áp dụng cơ chế đặc thù theo Nghị quyết số 136/2024/QH15, cho phép HĐND thành phố quyết định các dự án nhóm A.

HOÀNG HIỆP
15/07/2024
"""

NOTES = [
    "Báo Đà Nẵng (Party newspaper), byline 'HOÀNG HIỆP' and bare date '15/07/2024' at the end: nghiên cứu tuyến LRT sân bay Đà Nẵng - Hội An; xe buýt 6 tháng 2024.",
    "'lần thứ 3' (ordinal), 'Lê Văn Năm', Nghị quyết số 136/2024/QH15, 'nhóm A', 'năm 2025', 'trước năm 2030' are not figures. 'trên 1 triệu dân' is a category threshold: optional.",
    "37 km and 12,6 km stand before 'dự kiến' (next clause): actual; 19 nhà ga and 80 km/h follow 'dự kiến': forecast. '55-60 phút bằng ô tô như hiện nay' is the present (actual).",
    "The 12,6 km section in Quảng Nam is part of the 37 km ('trong đó') and located Quảng Nam.",
]
FIGS = [
    F("dài khoảng 37 km", "37", 37, "measure", "km", "chiều dài tuyến đường sắt nhẹ sân bay Đà Nẵng - Hội An", approx="about"),
    F("dài 12,6 km", "12,6", 12.6, "measure", "km", "chiều dài đoạn tuyến qua địa bàn tỉnh Quảng Nam", total=37, location="Quảng Nam"),
    F("dự kiến có 19 nhà ga", "19", 19, "count", "nhà ga", "nhà ga tuyến đường sắt nhẹ", status="forecast"),
    F("80 km/h", "80", 80, "measure", "km/h", "tốc độ thiết kế", status="forecast"),
    F("ước tính 25.000-30.000", "25.000", 25000e9, "money", "đồng", "tổng vốn đầu tư sơ bộ", value_max=30000e9, status="estimate"),
    F("khoảng 40 phút", "40", 40, "measure", "phút", "thời gian di chuyển từ sân bay đến phố cổ Hội An bằng tàu", approx="about", status="forecast"),
    F("55-60 phút", "55", 55, "measure", "phút", "thời gian di chuyển từ sân bay đến Hội An bằng ô tô", value_max=60),
    F("đạt 40.000 lượt/ngày", "40.000", 40000, "measure", "lượt/ngày", "nhu cầu hành khách dự báo", status="forecast", period=year(2035)),
    F("75.000 lượt/ngày", "75.000", 75000, "measure", "lượt/ngày", "nhu cầu hành khách dự báo", status="forecast", period=year(2045)),
    F("khoảng 1,25 triệu người", "1,25", 1.25e6, "count", "người", "dân số Đà Nẵng", approx="about"),
    F("hơn 8,2 triệu", "8,2", 8.2e6, "count", "lượt khách du lịch", "lượt khách du lịch thành phố đón", approx="over", period=year(2023)),
    F("trên 1 triệu dân", "1", 1e6, "count", "dân", "ngưỡng dân số đô thị cần phát triển đường sắt đô thị", approx="over", optional=True),
    F("khoảng 1,35 triệu", "1,35", 1.35e6, "count", "lượt khách", "lượt khách xe buýt có trợ giá vận chuyển", approx="about",
      change=change("increase", 18, baseline="cùng kỳ"), percent=52,
      period=period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")),
    F("có 13 tuyến", "13", 13, "count", "tuyến xe buýt", "tuyến xe buýt có trợ giá"),
    F("khoảng 95 tỷ", "95", 95e9, "money", "đồng", "kinh phí trợ giá xe buýt", approx="about", period=year(2024)),
    F("đạt 15-20%", "15", 15, "percent", "%", "tỷ lệ đảm nhận vận tải hành khách công cộng", value_max=20, status="target",
      period=period("đến năm 2030", None, "2030-12-31")),
    F("khoảng 1,8%", "1,8", 1.8, "percent", "%", "tỷ lệ đảm nhận vận tải hành khách công cộng hiện nay", approx="about"),
]
emit("p882-5", TEXT, NOTES, FIGS, published="2024-07-15", location="Đà Nẵng")
