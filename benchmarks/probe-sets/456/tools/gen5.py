from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Năng lượng

Tiêu thụ điện nửa đầu năm tăng hơn 11%
Thứ năm, 11/7/2024, 14:30 (GMT+7)

Nắng nóng và sản xuất công nghiệp phục hồi đẩy sản lượng điện toàn hệ thống 6 tháng đầu năm 2024 lên 150,6 tỷ kWh, tăng 11,5% so với cùng kỳ.

Theo báo cáo của Tập đoàn Điện lực Việt Nam (EVN) tại hội nghị sơ kết ngày 10/7, điện thương phẩm 6 tháng đạt 130,89 tỷ kWh, tăng 11,2%; riêng quý II đạt 70,4 tỷ kWh. Trong cơ cấu nguồn, nhiệt điện than chiếm 55,3%, thủy điện 24,1%, năng lượng tái tạo 13,6%.

Công suất đỉnh (Pmax) của hệ thống điện quốc gia đạt kỷ lục 49.533 MW vào ngày 13/6, cao hơn khoảng 4.000 MW so với đỉnh năm 2023. Riêng miền Bắc đã có những ngày phụ tải vượt 24.000 MW.

Tổn thất điện năng lũy kế 6 tháng là 6,12%, thấp hơn 0,2% so với kế hoạch. Doanh thu bán điện của EVN ước đạt 252,6 nghìn tỷ đồng. Hiện cả nước có hơn 103.000 hệ thống điện mặt trời mái nhà với tổng công suất khoảng 9.580 MWp, chiếm gần 11% công suất đặt toàn hệ thống.

Giá bán lẻ điện bình quân hiện ở mức 2.006,79 đồng/kWh (chưa gồm thuế VAT), tăng 4,5% so với trước ngày 9/11/2023. Theo lãnh đạo EVN, giá thành khâu phát điện vẫn cao hơn giá bán từ 150 đến 200 đồng mỗi kWh.

EVN dự báo điện thương phẩm cả năm 2024 đạt khoảng 270 tỷ kWh, tăng 9,6% so với năm 2023; Pmax có thể lên tới 52.000 MW vào tháng 8. Tập đoàn cũng đặt mục tiêu đưa vào vận hành đường dây 500 kV mạch 3 Quảng Trạch - Phố Nối dài 519 km trước ngày 30/8.

Phương Dung
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = P("6 tháng", "2024-01-01", "2024-06-30")
FIGS = [
    F("lên 150,6 tỷ kWh", "150,6", 150.6e9, "measure", "kWh", "sản lượng điện toàn hệ thống", H1,
      change=CH("increase", 11.5, baseline="cùng kỳ")),
    F("tăng hơn 11%", "11", 11, "percent", "%", "tiêu thụ điện nửa đầu năm tăng", None, approx="over", optional=True),
    F("đạt 130,89 tỷ kWh", "130,89", 130.89e9, "measure", "kWh", "điện thương phẩm", H1b, change=CH("increase", 11.2)),
    F("đạt 70,4 tỷ kWh", "70,4", 70.4e9, "measure", "kWh", "điện thương phẩm", P("quý II", "2024-04-01", "2024-06-30")),
    F("than chiếm 55,3%", "55,3", 55.3, "percent", "%", "nhiệt điện than trong cơ cấu nguồn", I(H1b)),
    F("thủy điện 24,1%", "24,1", 24.1, "percent", "%", "thủy điện trong cơ cấu nguồn", I(H1b)),
    F("tái tạo 13,6%", "13,6", 13.6, "percent", "%", "năng lượng tái tạo trong cơ cấu nguồn", I(H1b)),
    F("kỷ lục 49.533 MW", "49.533", 49533, "measure", "MW", "công suất đỉnh (Pmax) của hệ thống điện quốc gia",
      P("ngày 13/6", "2024-06-13", "2024-06-13"), change=CH("increase", 4000, "MW", "đỉnh năm 2023", approx="about")),
    F("vượt 24.000 MW", "24.000", 24000, "measure", "MW", "phụ tải miền Bắc", I(H1b), approx="over"),
    F("là 6,12%", "6,12", 6.12, "percent", "%", "tổn thất điện năng", P("lũy kế 6 tháng", "2024-01-01", "2024-06-30"),
      change=CH("decrease", 0.2, baseline="kế hoạch")),
    F("ước đạt 252,6 nghìn tỷ đồng", "252,6", 252.6e12, "money", "đồng", "doanh thu bán điện của EVN", I(H1b), status="estimate"),
    F("hơn 103.000 hệ thống", "103.000", 103000, "count", "hệ thống", "hệ thống điện mặt trời mái nhà", None, approx="over"),
    F("khoảng 9.580 MWp", "9.580", 9580, "measure", "MWp", "tổng công suất điện mặt trời mái nhà", None, approx="about",
      percent=11),
    F("mức 2.006,79 đồng/kWh", "2.006,79", 2006.79, "money", "đồng/kWh", "giá bán lẻ điện bình quân", None,
      change=CH("increase", 4.5, baseline="trước ngày 9/11/2023")),
    F("từ 150 đến 200 đồng", "150", 150, "money", "đồng", "giá thành khâu phát điện cao hơn giá bán", None, value_max=200),
    F("khoảng 270 tỷ kWh", "270", 270e9, "measure", "kWh", "điện thương phẩm", P("cả năm 2024", "2024-01-01", "2024-12-31"),
      approx="about", status="forecast", change=CH("increase", 9.6, baseline="năm 2023")),
    F("tới 52.000 MW", "52.000", 52000, "measure", "MW", "Pmax", P("tháng 8", "2024-08-01", "2024-08-31"), status="forecast"),
    F("500 kV", "500", 500, "measure", "kV", "cấp điện áp đường dây", None, optional=True),
    F("dài 519 km", "519", 519, "measure", "km", "chiều dài đường dây 500 kV mạch 3 Quảng Trạch - Phố Nối", None, optional=True),
]

COMMENTS = [
    "National press (VnExpress style): EVN first-half 2024 — system output, sales, source mix, Pmax record, losses, revenue, rooftop solar, tariff, forecast.",
    "Dateline 'Thứ năm, 11/7/2024, 14:30 (GMT+7)'. National figures: location Việt Nam (miền Bắc is a region, not a province: stays Việt Nam).",
    "'riêng quý II đạt 70,4 tỷ kWh' counts the same thing over another period: no total. Source-mix shares stand alone (no base amount).",
    "'thấp hơn 0,2% so với kế hoạch' = change with baseline kế hoạch (result against plan). 'chiếm gần 11%' = percent of 9.580 MWp.",
    "Tariff 2.006,79 đồng/kWh: no statistical period (the 9/11/2023 date is the change's baseline). '150 đến 200 đồng mỗi kWh' is a range.",
    "Headline 'tăng hơn 11%' restates the body (optional). '500 kV', 'mạch 3' are labels; 500 kV optional. 519 km (a length inside the 'đặt mục tiêu' clause, status debatable) optional.",
    "Distractors: 'ngày 10/7', 'ngày 13/6', 'ngày 9/11/2023', 'trước ngày 30/8', '(GMT+7)', 'mạch 3'.",
]
emit("p456-5", TEXT, COMMENTS, FIGS, published="2024-07-11", location="Việt Nam")
