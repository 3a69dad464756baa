from lib import F, P, build

text = """BÁO KHÁNH HÒA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH KHÁNH HÒA
Cập nhật lúc 10:25, Thứ Tư, 16/10/2024 (GMT+7)

Xe buýt: Sản lượng tăng, trợ giá giảm

Theo Sở Giao thông vận tải, 9 tháng năm 2024, 11 tuyến xe buýt trên địa bàn tỉnh ước vận chuyển 2,46 triệu lượt hành khách, tăng 14,7% so với cùng kỳ năm 2023; riêng quý III/2024 đạt 905.000 lượt, cao nhất từ trước đến nay. Trong số 11 tuyến, có 6 tuyến nội thành Nha Trang và 5 tuyến liên huyện kết nối Cam Ranh, Ninh Hòa, Diên Khánh, Vạn Ninh.
Kinh phí trợ giá 9 tháng là 8,7 tỷ đồng, giảm 1,2 tỷ đồng so với cùng kỳ. Năm 2024, UBND tỉnh bố trí 12,5 tỷ đồng cho hoạt động trợ giá xe buýt.
Giá vé lượt từ 7.000 đến 35.000 đồng; vé tháng phổ thông 280.000 đồng/tháng, vé tháng ưu tiên cho học sinh, sinh viên, công nhân là 140.000 đồng/tháng, bằng 50% giá vé phổ thông. Tính đến 30/9, đã có khoảng 3.150 khách sử dụng vé tháng, trong đó gần 2.000 là học sinh, sinh viên.
Tháng 8/2024, tuyến xe buýt điện đầu tiên của tỉnh (tuyến số 4, Bến xe phía Nam - Sân bay Cam Ranh) với 20 xe đã đi vào hoạt động, mỗi ngày thực hiện 64 chuyến.
Theo Đề án phát triển vận tải hành khách công cộng bằng xe buýt tỉnh Khánh Hòa giai đoạn 2021-2025, tỉnh phấn đấu đến năm 2025 có 15 tuyến, sản lượng vận chuyển đạt 4 triệu lượt khách, đáp ứng từ 3% đến 5% nhu cầu đi lại của người dân. Hiện tỷ lệ này mới đạt khoảng 1,8%.
Ông Trần Văn Hòa, Phó Giám đốc Sở GTVT cho biết, thời gian tới sẽ bố trí thêm các điểm dừng đỗ tại đường 2/4 và đường 23/10 (TP Nha Trang).
HẢI LĂNG"""

p9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
p25 = P("đến năm 2025", None, "2025-12-31")

figs = [
    F("11 tuyến xe buýt", "11", 11, "count", "tuyến", "tuyến xe buýt", period=p9),
    F("2,46 triệu", "2,46", 2.46e6, "count", "lượt hành khách", "lượt hành khách vận chuyển bằng xe buýt", status="estimate",
      change=dict(direction="increase", value=14.7, unit="%", baseline="cùng kỳ năm 2023"), period=p9),
    F("905.000 lượt", "905.000", 905000, "count", "lượt", "lượt hành khách vận chuyển bằng xe buýt",
      period=P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("Trong số 11 tuyến", "11", 11, "count", "tuyến", "tuyến xe buýt", optional=True),
    F("có 6 tuyến", "6", 6, "count", "tuyến", "tuyến nội thành Nha Trang", total=11, location="Nha Trang"),
    F("và 5 tuyến", "5", 5, "count", "tuyến", "tuyến liên huyện", total=11),
    F("là 8,7 tỷ đồng", "8,7", 8.7e9, "money", "đồng", "kinh phí trợ giá",
      change=dict(direction="decrease", value=1.2e9, unit="đồng", baseline="cùng kỳ"),
      period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("bố trí 12,5 tỷ đồng", "12,5", 12.5e9, "money", "đồng", "kinh phí trợ giá xe buýt bố trí",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("từ 7.000 đến 35.000 đồng", "7.000", 7000, "money", "đồng", "giá vé lượt", value_max=35000),
    F("280.000 đồng/tháng", "280.000", 280000, "money", "đồng/tháng", "giá vé tháng phổ thông"),
    F("là 140.000 đồng/tháng", "140.000", 140000, "money", "đồng/tháng", "giá vé tháng ưu tiên cho học sinh, sinh viên, công nhân",
      percent=50),
    F("khoảng 3.150 khách", "3.150", 3150, "count", "khách", "khách sử dụng vé tháng", approx="about",
      period=P("Tính đến 30/9", None, "2024-09-30")),
    F("gần 2.000 là", "2.000", 2000, "count", "khách", "khách sử dụng vé tháng là học sinh, sinh viên", approx="nearly",
      total=3150, period=P("Tính đến 30/9", None, "2024-09-30")),
    F("với 20 xe", "20", 20, "count", "xe", "xe buýt điện tuyến đầu tiên", period=P("Tháng 8/2024", "2024-08-01", "2024-08-31")),
    F("64 chuyến", "64", 64, "count", "chuyến", "chuyến xe buýt điện thực hiện mỗi ngày",
      period=P("Tháng 8/2024", "2024-08-01", "2024-08-31")),
    F("có 15 tuyến", "15", 15, "count", "tuyến", "tuyến xe buýt", status="target", period=p25),
    F("đạt 4 triệu", "4", 4e6, "count", "lượt khách", "sản lượng vận chuyển", status="target", period=p25),
    F("từ 3% đến 5%", "3", 3, "percent", "%", "tỷ lệ đáp ứng nhu cầu đi lại của người dân", value_max=5,
      status="target", period=p25),
    F("khoảng 1,8%", "1,8", 1.8, "percent", "%", "tỷ lệ đáp ứng nhu cầu đi lại của người dân", approx="about"),
]

build("p374-8", text, figs, [
    "Báo Khánh Hòa (Party newspaper): xe buýt 9 tháng năm 2024, trợ giá, giá vé, vé tháng, first electric-bus route, đề án 2021-2025 targets.",
    "Dateline 'Cập nhật lúc 10:25, Thứ Tư, 16/10/2024 (GMT+7)'. '9 tháng', 'Tính đến 30/9' without year → 2024.",
    "'ước vận chuyển' → estimate; 'riêng quý III/2024 đạt 905.000 lượt' has its own verb: actual, and 'riêng' is no part-of cue (no total).",
    "'Trong số 11 tuyến, có 6 … và 5 …' → total 11; 6 routes inside Nha Trang take location Nha Trang; the restated 11 is optional.",
    "'giảm 1,2 tỷ đồng so với cùng kỳ' is the change of 8,7 tỷ; '12,5 tỷ đồng' budget stands in its own sentence (actual allocation).",
    "'bằng 50% giá vé phổ thông' is the percent of 140.000 đồng/tháng. 'Hiện tỷ lệ này mới đạt khoảng 1,8%' has no period.",
    "Distractors: street names 'đường 2/4', 'đường 23/10', 'tuyến số 4', 'giai đoạn 2021-2025', GMT+7, time 10:25, byline.",
], published="2024-10-16", location="Khánh Hòa")
