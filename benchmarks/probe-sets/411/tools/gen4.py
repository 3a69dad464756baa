from lib import F, P, emit

TEXT = """BỘ XÂY DỰNG - CỤC HẠ TẦNG KỸ THUẬT
Tin hoạt động | Hạ tầng kỹ thuật đô thị

Nâng cao hiệu quả cấp nước an toàn, chống thất thoát, thất thu nước sạch

Theo Cục Hạ tầng kỹ thuật (Bộ Xây dựng), đến hết năm 2023, cả nước có khoảng 720 đơn vị cấp nước với hơn 1.200 nhà máy nước đô thị, tổng công suất thiết kế đạt khoảng 12,8 triệu m3/ngày đêm. Tỷ lệ dân số đô thị được cung cấp nước sạch qua hệ thống cấp nước tập trung bình quân đạt 93,5%, tăng 1,5% so với năm 2020; lượng nước cấp bình quân đạt 113 lít/người/ngày đêm.

Tỷ lệ thất thoát, thất thu nước sạch bình quân toàn quốc năm 2023 là 16,8%, giảm 0,7% so với năm 2022. Nhiều đơn vị đã đưa tỷ lệ thất thoát xuống dưới 15%, tiêu biểu như Bình Dương (5,6%), Bắc Ninh (8,9%), Hải Phòng (12,7%). Tuy nhiên, vẫn còn 9 tỉnh có tỷ lệ thất thoát trên 25%, cao nhất là Kon Tum với 31,2%.

Theo Chương trình quốc gia bảo đảm cấp nước an toàn và chống thất thoát, thất thu nước sạch giai đoạn 2016-2025 (Quyết định số 1566/QĐ-TTg), đến năm 2025 tỷ lệ thất thoát, thất thu nước sạch bình quân phải giảm xuống dưới 15%; 100% đô thị loại IV trở lên có hệ thống cấp nước tập trung. Định hướng đến năm 2030, tỷ lệ dân số đô thị được cấp nước sạch đạt 95-100% với tiêu chuẩn cấp nước 120 lít/người/ngày đêm.

Nhu cầu vốn đầu tư cho lĩnh vực cấp nước đô thị giai đoạn 2021-2030 ước khoảng 180.000 tỷ đồng, trong đó vốn ngân sách chỉ đáp ứng được khoảng 20%. Cục Hạ tầng kỹ thuật kiến nghị các địa phương đẩy mạnh xã hội hóa, rà soát giá nước theo Thông tư số 44/2021/TT-BTC, bảo đảm tính đúng, tính đủ chi phí.
"""

A23 = P("đến hết năm 2023", None, "2023-12-31")
A23I = P("đến hết năm 2023", None, "2023-12-31", inherited=True)
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23I = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
LOSS = "tỷ lệ thất thoát"

FIGS = [
    F("khoảng 720 đơn vị", "720", 720, "count", "đơn vị cấp nước", "đơn vị cấp nước", approx="about", period=A23),
    F("hơn 1.200 nhà máy", "1.200", 1200, "count", "nhà máy nước", "nhà máy nước đô thị", approx="over", period=A23),
    F("khoảng 12,8 triệu", "12,8", 12800000, "measure", "m3/ngày đêm", "tổng công suất thiết kế", approx="about", period=A23),
    F("đạt 93,5%", "93,5", 93.5, "percent", "%", "Tỷ lệ dân số đô thị được cung cấp nước sạch qua hệ thống cấp nước tập trung",
      change={"direction": "increase", "value": 1.5, "unit": "%", "baseline": "năm 2020"}, period=A23I),
    F("đạt 113 lít", "113", 113, "measure", "lít/người/ngày đêm", "lượng nước cấp bình quân", period=A23I),
    F("là 16,8%", "16,8", 16.8, "percent", "%", "Tỷ lệ thất thoát, thất thu nước sạch bình quân toàn quốc",
      change={"direction": "decrease", "value": 0.7, "unit": "%", "baseline": "năm 2022"}, period=Y23),
    F("xuống dưới 15%, tiêu", "15", 15, "percent", "%", LOSS, approx="under", period=Y23I),
    F("Bình Dương (5,6%)", "5,6", 5.6, "percent", "%", LOSS, location="Bình Dương", period=Y23I),
    F("Bắc Ninh (8,9%)", "8,9", 8.9, "percent", "%", LOSS, location="Bắc Ninh", period=Y23I),
    F("Hải Phòng (12,7%)", "12,7", 12.7, "percent", "%", LOSS, location="Hải Phòng", period=Y23I),
    F("còn 9 tỉnh", "9", 9, "count", "tỉnh", "tỉnh có tỷ lệ thất thoát trên 25%", period=Y23I),
    F("trên 25%", "25", 25, "percent", "%", LOSS, approx="over", optional=True),
    F("Kon Tum với 31,2%", "31,2", 31.2, "percent", "%", LOSS, location="Kon Tum", period=Y23I),
    F("xuống dưới 15%;", "15", 15, "percent", "%", "tỷ lệ thất thoát, thất thu nước sạch bình quân", approx="under", status="target", period=T25),
    F("100% đô thị", "100", 100, "percent", "%", "đô thị loại IV trở lên có hệ thống cấp nước tập trung", status="target", period=T25),
    F("đạt 95-100%", "95", 95, "percent", "%", "tỷ lệ dân số đô thị được cấp nước sạch", value_max=100, status="target", period=T30),
    F("nước 120 lít", "120", 120, "measure", "lít/người/ngày đêm", "tiêu chuẩn cấp nước", status="target", period=T30),
    F("khoảng 180.000 tỷ đồng", "180.000", 180000000000000, "money", "đồng", "Nhu cầu vốn đầu tư cho lĩnh vực cấp nước đô thị",
      approx="about", status="estimate", period=P("giai đoạn 2021-2030", "2021-01-01", "2030-12-31")),
    F("khoảng 20%", "20", 20, "percent", "%", "vốn ngân sách đáp ứng nhu cầu vốn đầu tư", approx="about", status="estimate",
      period=P("giai đoạn 2021-2030", "2021-01-01", "2030-12-31")),
]

emit(4, TEXT, [
    "Ministry site (Bộ Xây dựng, Cục Hạ tầng kỹ thuật): national urban water supply 2023, loss rates by province, targets 2025/2030.",
    "No date anywhere (no published). Location Việt Nam by default; list items Bình Dương, Bắc Ninh, Hải Phòng, Kon Tum take their own location.",
    "Distractors: 'Quyết định số 1566/QĐ-TTg', 'giai đoạn 2016-2025' (programme name), 'đô thị loại IV', 'Thông tư số 44/2021/TT-BTC'.",
    "'xuống dưới 15%' (many units) is a figure with approx under (as shared h01 'đạt tỷ lệ dưới 50%'); 'trên 25%' in '9 tỉnh có tỷ lệ thất thoát trên 25%' is a threshold inside the count's defining clause: optional.",
    "113 and 120 lít/người/ngày đêm: rate units keep their denominator. Targets: 'đến năm 2025' and 'Định hướng đến năm 2030' give status target.",
    "'ước khoảng 180.000 tỷ đồng': estimate, about. 'trong đó vốn ngân sách chỉ đáp ứng được khoảng 20%' is a percent figure of its own (no total for a percent), still under the 'ước' of its sentence: estimate.",
], FIGS, location="Việt Nam")
