from lib import F, P, I, CH, T, emit

TEXT = """Kinh doanh › Vĩ mô
Thứ hai, 8/7/2024, 07:00 (GMT+7)
Tiêu thụ điện nửa đầu năm tăng hơn 11%, EVN giải ngân gần 40.000 tỷ đồng

Sản lượng điện thương phẩm 6 tháng đầu năm 2024 của Tập đoàn Điện lực Việt Nam (EVN) ước đạt 135,6 tỷ kWh, tăng 11,3% so với cùng kỳ năm 2023.

Theo báo cáo EVN công bố ngày 5/7, sản lượng điện sản xuất và nhập khẩu toàn hệ thống 6 tháng đạt 150,8 tỷ kWh, tăng 11,6%. Trong cơ cấu nguồn, thủy điện chiếm 23,4%, nhiệt điện than 57,1%, năng lượng tái tạo 13,2%, còn lại là tua bin khí và điện nhập khẩu.

Công suất tiêu thụ cực đại toàn hệ thống lập kỷ lục 49.533 MW trong tháng 5, cao hơn khoảng 4.000 MW so với đỉnh năm 2023. Miền Bắc chiếm khoảng 48% công suất đỉnh này.

Về đầu tư, 6 tháng EVN giải ngân gần 40.000 tỷ đồng vốn đầu tư xây dựng, đạt 41% kế hoạch năm (97.000 tỷ đồng). Đường dây 500 kV mạch 3 từ Quảng Trạch (Quảng Bình) đến Phố Nối (Hưng Yên) dài 519 km, tổng vốn khoảng 23.000 tỷ đồng, dự kiến đóng điện cuối tháng 8.

Giá bán lẻ điện bình quân hiện là 2.006,79 đồng/kWh (chưa gồm VAT), sau lần điều chỉnh tăng 4,5% hồi tháng 11/2023. Theo EVN, giá thành sản xuất, kinh doanh điện năm 2023 là 2.088,90 đồng/kWh, cao hơn giá bán bình quân, khiến tập đoàn lỗ hơn 21.800 tỷ đồng.

Ông Nguyễn Quốc Trung, Phó Giám đốc Trung tâm Điều độ hệ thống điện quốc gia (A0), dự báo phụ tải cả năm 2024 tăng khoảng 9-10%, nên cần vận hành linh hoạt các nguồn, đặc biệt trong quý III.

Phương Dung
"""

HALF = P("nửa đầu năm", "2024-01-01", "2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("tăng hơn 11%", "11", 11, "percent", "%", "Tiêu thụ điện nửa đầu năm", HALF, approx="over"),
    F("giải ngân gần 40.000 tỷ đồng\n", "40.000", 40000e9, "money", "đồng", "EVN giải ngân", I(HALF), approx="nearly"),
    F("ước đạt 135,6 tỷ kWh", "135,6", 135.6e9, "measure", "kWh", "Sản lượng điện thương phẩm của Tập đoàn Điện lực Việt Nam (EVN)",
      H1, status="estimate", change=CH("increase", 11.3, "%", "cùng kỳ năm 2023")),
    F("đạt 150,8 tỷ kWh", "150,8", 150.8e9, "measure", "kWh", "sản lượng điện sản xuất và nhập khẩu toàn hệ thống",
      P("6 tháng", "2024-01-01", "2024-06-30"), change=CH("increase", 11.6, "%")),
    F("chiếm 23,4%", "23,4", 23.4, "percent", "%", "tỷ trọng thủy điện trong cơ cấu nguồn", I(H1)),
    F("than 57,1%", "57,1", 57.1, "percent", "%", "tỷ trọng nhiệt điện than trong cơ cấu nguồn", I(H1)),
    F("tái tạo 13,2%", "13,2", 13.2, "percent", "%", "tỷ trọng năng lượng tái tạo trong cơ cấu nguồn", I(H1)),
    F("kỷ lục 49.533 MW", "49.533", 49533, "measure", "MW", "Công suất tiêu thụ cực đại toàn hệ thống",
      P("trong tháng 5", "2024-05-01", "2024-05-31"),
      change=CH("increase", 4000, "MW", "đỉnh năm 2023", approx="about")),
    F("khoảng 48%", "48", 48, "percent", "%", "tỷ trọng của miền Bắc trong công suất đỉnh",
      I(P("trong tháng 5", "2024-05-01", "2024-05-31")), approx="about"),
    F("giải ngân gần 40.000 tỷ đồng vốn", "40.000", 40000e9, "money", "đồng", "vốn đầu tư xây dựng EVN giải ngân",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="nearly", percent=41, target=T(97000e9, "đồng")),
    F("dài 519 km", "519", 519, "measure", "km", "chiều dài Đường dây 500 kV mạch 3"),
    F("khoảng 23.000 tỷ đồng", "23.000", 23000e9, "money", "đồng", "tổng vốn Đường dây 500 kV mạch 3", approx="about"),
    F("là 2.006,79 đồng/kWh", "2.006,79", 2006.79, "money", "đồng/kWh", "Giá bán lẻ điện bình quân",
      change=CH("increase", 4.5, "%")),
    F("là 2.088,90 đồng/kWh", "2.088,90", 2088.90, "money", "đồng/kWh", "giá thành sản xuất, kinh doanh điện",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("lỗ hơn 21.800 tỷ đồng", "21.800", 21800e9, "money", "đồng", "tập đoàn lỗ",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("khoảng 9-10%", "9", 9, "percent", "%", "phụ tải cả năm 2024 tăng", P("cả năm 2024", "2024-01-01", "2024-12-31"),
      value_max=10, approx="about", status="forecast"),
]

emit("p511-6", TEXT, [
    "National press (VnExpress style: section line, 'Thứ hai, 8/7/2024, 07:00 (GMT+7)', byline at end): EVN 6-month sales, generation mix, record peak, investment, 500 kV line, price, losses, forecast.",
    "Headline 'nửa đầu năm' takes 2024 from the dateline above it; the headline's second clause (40.000 tỷ) inherits it. 'tỷ kWh' applies ×10⁹.",
    "Generation-mix shares are percent figures of their own (the parts have no amounts); '48%' likewise.",
    "'đạt 41% kế hoạch năm (97.000 tỷ đồng)' -> percent 41 and target 97.000 tỷ (as in shared h17).",
    "The price 2.006,79 carries the change 'tăng 4,5%' (the adjustment that produced it); 'hiện' gives it no period.",
    "'dự kiến đóng điện cuối tháng 8' governs only that clause: 519 km and 23.000 tỷ are actual. The line crosses provinces -> Việt Nam.",
    "revised: subject of 21.800 tỷ 'EVN lỗ' -> 'tập đoàn lỗ' (the sentence names it 'tập đoàn'; the alias came from elsewhere).",
    "Distractors: (GMT+7), 07:00, ngày 5/7, 500 kV mạch 3, tháng 11/2023 (date of a change), (A0), quý III.",
], FIGS, published="2024-07-08", location="Việt Nam")
