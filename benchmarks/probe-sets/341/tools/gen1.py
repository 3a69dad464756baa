from lib import *

text = """Quảng Ninh: Thay thế hơn 12.400 bộ đèn LED trong 9 tháng năm 2024
Cập nhật: 14/10/2024 09:35 | Lượt xem: 2.341

Theo Sở Xây dựng, 9 tháng năm 2024, các địa phương trong tỉnh đã thay thế 12.468 bộ đèn chiếu sáng công cộng sử dụng bóng cao áp natri bằng đèn LED, đạt 83,1% kế hoạch năm, tăng 27,5% so với cùng kỳ năm 2023. Trong đó, TP Hạ Long thay thế 4.215 bộ, TP Cẩm Phả 2.870 bộ, TP Uông Bí 1.934 bộ, TP Móng Cái 1.102 bộ; các địa phương còn lại 2.347 bộ.

Nhờ chuyển đổi sang đèn LED, tổng điện năng tiêu thụ cho chiếu sáng công cộng toàn tỉnh 9 tháng ước đạt 21,7 triệu kWh, giảm 17,6% so với cùng kỳ; lượng điện tiết kiệm được ước khoảng 4,6 triệu kWh, tương đương gần 9,2 tỷ đồng tiền điện. Công suất trung bình mỗi bộ đèn giảm từ 150 W xuống còn 80-100 W.

Tính đến 30/9/2024, toàn tỉnh có 68.520 bộ đèn chiếu sáng công cộng, trong đó đèn LED chiếm 61,4%, tăng 14,2 điểm phần trăm so với cuối năm 2023. Có 11/13 địa phương đã lắp đặt hệ thống điều khiển chiếu sáng thông minh, cho phép tắt giảm 50% số đèn sau 23 giờ.

Giai đoạn 2021-2025, tỉnh đặt mục tiêu thay thế 100% đèn cao áp trên các tuyến đường trục chính bằng đèn LED với tổng kinh phí khoảng 185 tỷ đồng từ ngân sách tỉnh và xã hội hóa. Năm 2024, kế hoạch thay thế là 15.000 bộ; dự kiến đến hết quý IV/2024, các địa phương hoàn thành trên 14.800 bộ.

Mọi phản ánh về sự cố chiếu sáng, người dân liên hệ đường dây nóng 0203.3835.888.

Thu Hà"""

Y9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", True)
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
AS = P("Tính đến 30/9/2024", None, "2024-09-30")
ASi = P("Tính đến 30/9/2024", None, "2024-09-30", True)
G = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
S = "đèn chiếu sáng công cộng thay thế bằng đèn LED"

figs = [
    F("hơn 12.400 bộ đèn LED", "12.400", 12400, "count", "bộ đèn", "bộ đèn LED thay thế", approx="over", period=Y9),
    F("thay thế 12.468 bộ đèn", "12.468", 12468, "count", "bộ đèn", S, percent=83.1,
      change=C("increase", 27.5, "%", "cùng kỳ năm 2023"), period=Y9),
    F("thay thế 4.215 bộ", "4.215", 4215, "count", "bộ đèn", S, total=12468, period=Y9i, location="Hạ Long"),
    F("Cẩm Phả 2.870 bộ", "2.870", 2870, "count", "bộ đèn", S, total=12468, period=Y9i, location="Cẩm Phả"),
    F("Uông Bí 1.934 bộ", "1.934", 1934, "count", "bộ đèn", S, total=12468, period=Y9i, location="Uông Bí"),
    F("Móng Cái 1.102 bộ", "1.102", 1102, "count", "bộ đèn", S, total=12468, period=Y9i, location="Móng Cái"),
    F("còn lại 2.347 bộ", "2.347", 2347, "count", "bộ đèn", S + " tại các địa phương còn lại", total=12468, period=Y9i),
    F("ước đạt 21,7 triệu kWh", "21,7", 21700000, "measure", "kWh", "tổng điện năng tiêu thụ cho chiếu sáng công cộng",
      status="estimate", change=C("decrease", 17.6, "%", "cùng kỳ"), period=M9),
    F("ước khoảng 4,6 triệu kWh", "4,6", 4600000, "measure", "kWh", "lượng điện tiết kiệm được", approx="about",
      status="estimate", period=M9),
    F("gần 9,2 tỷ đồng", "9,2", 9200000000, "money", "đồng", "tiền điện tiết kiệm được", approx="nearly",
      status="estimate", period=M9),
    F("từ 150 W", "150", 150, "measure", "W", "công suất trung bình mỗi bộ đèn trước khi thay thế"),
    F("còn 80-100 W", "80", 80, "measure", "W", "công suất trung bình mỗi bộ đèn LED", value_max=100),
    F("có 68.520 bộ đèn", "68.520", 68520, "count", "bộ đèn", "bộ đèn chiếu sáng công cộng", period=AS),
    F("chiếm 61,4%", "61,4", 61.4, "percent", "%", "tỷ lệ đèn LED",
      change=C("increase", 14.2, "điểm phần trăm", "cuối năm 2023"), period=AS),
    F("Có 11/13 địa phương", "11", 11, "count", "địa phương", "địa phương lắp đặt hệ thống điều khiển chiếu sáng thông minh",
      total=13, period=ASi),
    F("tắt giảm 50% số đèn", "50", 50, "percent", "%", "số đèn tắt giảm sau 23 giờ", optional=True),
    F("thay thế 100% đèn cao áp", "100", 100, "percent", "%", "đèn cao áp trên các tuyến đường trục chính thay thế bằng đèn LED",
      status="target", period=G),
    F("khoảng 185 tỷ đồng", "185", 185000000000, "money", "đồng", "tổng kinh phí thay thế đèn LED", approx="about",
      status="target", period=G),
    F("là 15.000 bộ", "15.000", 15000, "count", "bộ đèn", "kế hoạch thay thế đèn LED", status="target",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("trên 14.800 bộ", "14.800", 14800, "count", "bộ đèn", "bộ đèn LED thay thế hoàn thành", approx="over",
      status="forecast", period=P("đến hết quý IV/2024", None, "2024-12-31")),
]

emit(1, text, [
    "Cổng TTĐT tỉnh Quảng Ninh (province portal): LED replacement in public lighting, 9 months of 2024. Dateline 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 2.341'; byline at the end.",
    "Distractors: view counter 2.341, hotline 0203.3835.888, 'sau 23 giờ' (time of day), 'quý IV/2024', 'cuối năm 2023' (baseline).",
    "'Trong đó' list of cities: each a part of 12.468 (total), location = the city, period inherited from the first sentence; 'các địa phương còn lại' stays Quảng Ninh.",
    "'ước khoảng 4,6 triệu kWh' is an estimate with approx about; 'tương đương gần 9,2 tỷ đồng' is a money figure of its own (not a share), same estimate clause.",
    "'giảm từ 150 W xuống còn 80-100 W': both levels are figures (no stated change amount); 80-100 is a range.",
    "'đèn LED chiếm 61,4%' has no count of its own: a percent figure, with the change in 'điểm phần trăm'. '50% số đèn sau 23 giờ' is an operating rule: optional.",
    "'đến hết quý IV/2024' is an as-of phrase (start null, end 2024-12-31); 'dự kiến' makes 14.800 a forecast.",
    "revised after the first run: 61,4% subject shortened to 'tỷ lệ đèn LED' (the sentence names only 'đèn LED'; the rest was my paraphrase).",
], figs, published="2024-10-14", location="Quảng Ninh")
