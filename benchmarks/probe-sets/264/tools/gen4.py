from lib import *

TEXT = """EVN: Điện thương phẩm năm 2024 đạt 260,8 tỷ kWh
Ngày đăng: 20/01/2025

Tại Hội nghị triển khai kế hoạch năm 2025 tổ chức ngày 18/01, Tập đoàn Điện lực Việt Nam (EVN) cho biết, năm 2024, điện thương phẩm toàn Tập đoàn đạt 260,8 tỷ kWh, tăng 10,1% so với năm 2023. Trong đó, Tổng công ty Điện lực miền Bắc (EVNNPC) đạt 88,9 tỷ kWh; Tổng công ty Điện lực miền Nam (EVNSPC) đạt 77,3 tỷ kWh; Tổng công ty Điện lực miền Trung (EVNCPC) đạt 23,6 tỷ kWh.

Một số địa phương có mức tăng trưởng điện thương phẩm cao là Bắc Giang (tăng 24,6%), Thái Nguyên (18,3%), Hà Nam (16,9%) và Bình Định (14,2%).

Các chỉ tiêu về độ tin cậy và tổn thất tiếp tục được cải thiện: SAIDI toàn EVN năm 2024 là 223,8 phút, giảm 21,7% so với năm 2023; tỷ lệ tổn thất điện năng là 6,28%, giảm 0,22 điểm phần trăm, thấp hơn kế hoạch (6,43%).

Tính đến 31/12/2024, EVN và các đơn vị bán điện cho 32,6 triệu khách hàng, tăng khoảng 870 nghìn khách hàng so với cuối năm 2023; 99,8% số hộ dân cả nước có điện, trong đó 99,6% hộ dân nông thôn.

Tổng giá trị đầu tư xây dựng năm 2024 ước đạt 118.532 tỷ đồng, bằng 100,3% kế hoạch. Toàn Tập đoàn đã khởi công 253 công trình và hoàn thành, đóng điện 313 công trình lưới điện từ 110 kV đến 500 kV. Đáng chú ý, Đường dây 500 kV mạch 3 Quảng Trạch - Phố Nối dài 519 km được đóng điện ngày 29/8/2024 sau 6 tháng thi công.

Năm 2025, EVN dự kiến điện thương phẩm đạt khoảng 285 tỷ kWh; phụ tải dự báo tăng từ 9,5 đến 10%. Tập đoàn đặt mục tiêu SAIDI dưới 200 phút và tổn thất điện năng dưới 6,2%.

Theo Quyết định số 768/QĐ-TTg, đến năm 2030 tổng công suất nguồn điện phục vụ nhu cầu trong nước đạt khoảng 183.291 MW.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
AS = P("Tính đến 31/12/2024", None, "2024-12-31")
T = 260800000000
FIGS = [
    F("năm 2024 đạt 260,8 tỷ kWh\n", "260,8", T, "measure", "kWh", "điện thương phẩm", Y24),
    F("Tập đoàn đạt 260,8 tỷ kWh,", "260,8", T, "measure", "kWh", "điện thương phẩm toàn Tập đoàn", Y24,
      change=CH("increase", 10.1, "%", "năm 2023")),
    F("đạt 88,9 tỷ kWh", "88,9", 88900000000, "measure", "kWh", "điện thương phẩm Tổng công ty Điện lực miền Bắc (EVNNPC)", Y24i, total=T),
    F("đạt 77,3 tỷ kWh", "77,3", 77300000000, "measure", "kWh", "điện thương phẩm Tổng công ty Điện lực miền Nam (EVNSPC)", Y24i, total=T),
    F("đạt 23,6 tỷ kWh", "23,6", 23600000000, "measure", "kWh", "điện thương phẩm Tổng công ty Điện lực miền Trung (EVNCPC)", Y24i, total=T),
    F("(tăng 24,6%)", "24,6", 24.6, "percent", "%", "mức tăng trưởng điện thương phẩm", Y24i, location="Bắc Giang"),
    F("(18,3%)", "18,3", 18.3, "percent", "%", "mức tăng trưởng điện thương phẩm", Y24i, location="Thái Nguyên"),
    F("(16,9%)", "16,9", 16.9, "percent", "%", "mức tăng trưởng điện thương phẩm", Y24i, location="Hà Nam"),
    F("(14,2%)", "14,2", 14.2, "percent", "%", "mức tăng trưởng điện thương phẩm", Y24i, location="Bình Định"),
    F("là 223,8 phút", "223,8", 223.8, "measure", "phút", "SAIDI toàn EVN", Y24, change=CH("decrease", 21.7, "%", "năm 2023")),
    F("là 6,28%", "6,28", 6.28, "percent", "%", "tỷ lệ tổn thất điện năng", Y24,
      change=CH("decrease", 0.22, "điểm phần trăm"), target=TG(6.43, "%", True)),
    F("cho 32,6 triệu khách hàng", "32,6", 32600000, "count", "khách hàng", "khách hàng EVN và các đơn vị bán điện", AS,
      change=CH("increase", 870000, "khách hàng", "cuối năm 2023", "about")),
    F("99,8% số hộ", "99,8", 99.8, "percent", "%", "số hộ dân cả nước có điện", AS),
    F("99,6% hộ dân", "99,6", 99.6, "percent", "%", "hộ dân nông thôn có điện", AS),
    F("ước đạt 118.532 tỷ đồng", "118.532", 118532000000000, "money", "đồng", "tổng giá trị đầu tư xây dựng", Y24,
      status="estimate", percent=100.3),
    F("khởi công 253 công trình", "253", 253, "count", "công trình", "công trình khởi công", Y24i),
    F("đóng điện 313 công trình", "313", 313, "count", "công trình", "công trình lưới điện hoàn thành, đóng điện", Y24i),
    F("từ 110 kV", "110", 110, "measure", "kV", value_max=500, optional=True),
    F("dài 519 km", "519", 519, "measure", "km", "chiều dài Đường dây 500 kV mạch 3 Quảng Trạch - Phố Nối"),
    F("sau 6 tháng thi công", "6", 6, "measure", "tháng", "thời gian thi công", optional=True),
    F("khoảng 285 tỷ kWh", "285", 285000000000, "measure", "kWh", "điện thương phẩm", Y25, status="forecast", approx="about"),
    F("từ 9,5 đến 10%", "9,5", 9.5, "percent", "%", "tăng trưởng phụ tải", Y25, status="forecast", value_max=10),
    F("dưới 200 phút", "200", 200, "measure", "phút", "SAIDI", P("Năm 2025", "2025-01-01", "2025-12-31", True), status="target", approx="under"),
    F("dưới 6,2%", "6,2", 6.2, "percent", "%", "tổn thất điện năng", P("Năm 2025", "2025-01-01", "2025-12-31", True), status="target", approx="under"),
    F("khoảng 183.291 MW", "183.291", 183291, "measure", "MW", "tổng công suất nguồn điện phục vụ nhu cầu trong nước",
      P("đến năm 2030", None, "2030-12-31"), status="target", approx="about"),
]

build(4, TEXT, [
    "Ministry/EVN news site style: EVN year 2024 results and 2025 plan (commercial electricity by power corporation, growth by province, SAIDI,",
    "losses, customers, investment, 500 kV circuit 3). 'Ngày đăng: 20/01/2025'. Default location Việt Nam (national figures of the group).",
    "Power corporations (EVNNPC, EVNSPC, EVNCPC) are not places: their sales keep location Việt Nam, with the corporation in the subject;",
    "after 'Trong đó' they take total 260,8 tỷ kWh (no requirement to add up). Province growth list: each '(x%)' a percent figure, location = province.",
    "Distractors: 'Đường dây 500 kV mạch 3' (name), 'ngày 18/01', 'ngày 29/8/2024', 'Quyết định số 768/QĐ-TTg', 'Hội nghị … năm 2025'. Voltage range",
    "'từ 110 kV đến 500 kV' (class label) and the duration 'sau 6 tháng thi công' are optional.",
    "6,28%: 'giảm 0,22 điểm phần trăm' = change; '(6,43%)' after 'thấp hơn kế hoạch' = target (met). 32,6 triệu: 'tăng khoảng 870 nghìn … so với",
    "cuối năm 2023' = change in khách hàng. '99,6% hộ dân nông thôn' after a percent is a figure of its own (no total for percents).",
    "Status: 'ước đạt' estimate; 'dự kiến', 'dự báo' forecast; 'đặt mục tiêu' and 'đến năm 2030 … đạt' target. The 2025 targets sentence has no",
    "year of its own (inherited from the previous sentence). 'phụ tải dự báo tăng từ 9,5 đến 10%' is a growth rate as the claim (range, no change).",
], FIGS, published="2025-01-20", location="Việt Nam")
