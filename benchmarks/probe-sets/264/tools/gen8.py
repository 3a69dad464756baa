from lib import *

TEXT = """PC Sóc Trăng: Năm 2023 điện thương phẩm ước đạt 1.756 triệu kWh

Ngày 25/12, Công ty Điện lực Sóc Trăng tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.

Năm 2023, sản lượng điện thương phẩm ước đạt 1.756 triệu kWh, tăng 6,05% so với năm 2022, đạt 100,9% kế hoạch EVNSPC giao (1.740 triệu kWh). Doanh thu tiền điện ước đạt gần 3,55 nghìn tỷ đồng. Giá bán điện bình quân đạt 2.019,35 đồng/kWh, tăng 94,2 đồng/kWh so với năm trước.

Tổn thất điện năng toàn công ty năm 2023 là 3,48%, giảm 0,16% so với năm 2022. Chỉ số SAIDI đạt 298 phút, thấp hơn 52 phút so với chỉ tiêu được giao.

Tính đến 30/11/2023, công ty đang bán điện cho 376.512 khách hàng, tăng 9.846 khách hàng so với cuối năm 2022; tỷ lệ hộ dân sử dụng điện đạt 99,82%, trong đó hộ sử dụng điện lưới quốc gia đạt 99,75%.

Trong năm, công ty đầu tư 87 công trình với tổng giá trị 312,4 tỷ đồng; các địa phương có khối lượng đường dây xây dựng mới lớn là huyện Trần Đề (42,6 km), huyện Mỹ Xuyên (35,1 km) và thị xã Vĩnh Châu (28,9 km). 100% dịch vụ điện được cung cấp trực tuyến ở mức độ 4; tỷ lệ thanh toán tiền điện không dùng tiền mặt đạt 89,6%.

Năm 2024, PC Sóc Trăng phấn đấu điện thương phẩm đạt 1.880 triệu kWh, tăng khoảng 7% so với năm 2023; tổn thất điện năng không quá 3,4%; SAIDI tối đa 280 phút. Khách hàng có nhu cầu liên hệ Tổng đài chăm sóc khách hàng 1900 1006 hoặc Điện lực TP Sóc Trăng, số 16 Lê Duẩn, Phường 3.

HỮU TRÍ
26/12/2023
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", True)
IN = P("Trong năm", "2023-01-01", "2023-12-31")
INi = P("Trong năm", "2023-01-01", "2023-12-31", True)
AS = P("Tính đến 30/11/2023", None, "2023-11-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("ước đạt 1.756 triệu kWh\n", "1.756", 1756000000, "measure", "kWh", "điện thương phẩm", Y23, status="estimate"),
    F("ước đạt 1.756 triệu kWh,", "1.756", 1756000000, "measure", "kWh", "sản lượng điện thương phẩm", Y23, status="estimate",
      change=CH("increase", 6.05, "%", "năm 2022"), percent=100.9, target=TG(1740000000, "kWh", True)),
    F("gần 3,55 nghìn tỷ đồng", "3,55", 3550000000000, "money", "đồng", "doanh thu tiền điện", Y23i, status="estimate", approx="nearly"),
    F("đạt 2.019,35 đồng/kWh", "2.019,35", 2019.35, "money", "đồng/kWh", "giá bán điện bình quân", Y23i,
      change=CH("increase", 94.2, "đồng/kWh", "năm trước")),
    F("năm 2023 là 3,48%", "3,48", 3.48, "percent", "%", "tổn thất điện năng toàn công ty", P("năm 2023", "2023-01-01", "2023-12-31"),
      change=CH("decrease", 0.16, "%", "năm 2022")),
    F("đạt 298 phút", "298", 298, "measure", "phút", "chỉ số SAIDI", Y23i,
      change=CH("decrease", 52, "phút", "chỉ tiêu được giao")),
    F("cho 376.512 khách hàng", "376.512", 376512, "count", "khách hàng", "khách hàng công ty đang bán điện", AS,
      change=CH("increase", 9846, "khách hàng", "cuối năm 2022")),
    F("đạt 99,82%", "99,82", 99.82, "percent", "%", "tỷ lệ hộ dân sử dụng điện", AS),
    F("đạt 99,75%", "99,75", 99.75, "percent", "%", "hộ sử dụng điện lưới quốc gia", AS),
    F("đầu tư 87 công trình", "87", 87, "count", "công trình", "công trình đầu tư", IN),
    F("giá trị 312,4 tỷ đồng", "312,4", 312400000000, "money", "đồng", "tổng giá trị đầu tư", IN),
    F("(42,6 km)", "42,6", 42.6, "measure", "km", "khối lượng đường dây xây dựng mới", IN, location="Trần Đề"),
    F("(35,1 km)", "35,1", 35.1, "measure", "km", "khối lượng đường dây xây dựng mới", IN, location="Mỹ Xuyên"),
    F("(28,9 km)", "28,9", 28.9, "measure", "km", "khối lượng đường dây xây dựng mới", IN, location="Vĩnh Châu"),
    F("100% dịch vụ", "100", 100, "percent", "%", "dịch vụ điện được cung cấp trực tuyến", INi),
    F("đạt 89,6%", "89,6", 89.6, "percent", "%", "tỷ lệ thanh toán tiền điện không dùng tiền mặt", INi),
    F("đạt 1.880 triệu kWh", "1.880", 1880000000, "measure", "kWh", "điện thương phẩm", Y24, status="target",
      change=CH("increase", 7, "%", "năm 2023", "about")),
    F("không quá 3,4%", "3,4", 3.4, "percent", "%", "tổn thất điện năng", Y24, status="target", approx="at_most"),
    F("tối đa 280 phút", "280", 280, "measure", "phút", "SAIDI", Y24, status="target", approx="at_most"),
]

build(8, TEXT, [
    "Party newspaper style (Báo Sóc Trăng): PC Sóc Trăng year-end review 2023 and 2024 targets. No dateline at the top; byline and a bare",
    "date '26/12/2023' at the end give `published`. 'Ngày 25/12' (no year) is an event date. Location Sóc Trăng; the district list",
    "(Trần Đề, Mỹ Xuyên, thị xã Vĩnh Châu) gives each km its district.",
    "Headline and lead both state 1.756 triệu kWh (two figures). Lead: 'ước đạt' -> estimate; 'tăng 6,05% so với năm 2022' -> change;",
    "'đạt 100,9% kế hoạch EVNSPC giao (1.740 triệu kWh)' -> percent 100.9 and target 1.740 triệu kWh (met).",
    "'ước đạt gần 3,55 nghìn tỷ đồng' -> 3,55·10^12 đồng, nearly, estimate. The price sentence has its own verb 'đạt' -> actual.",
    "298 phút 'thấp hơn 52 phút so với chỉ tiêu được giao' -> gap to plan as change (decrease, 52 phút). 376.512 khách hàng: as-of 30/11/2023,",
    "change +9.846 khách hàng. '99,75%' after 'trong đó' following a percent: a figure of its own, no total.",
    "'Trong năm' in a year-end report = 2023. 'mức độ 4' (service level), hotline '1900 1006', 'số 16 Lê Duẩn, Phường 3' are distractors.",
    "Targets 'Năm 2024 … phấn đấu': 1.880 triệu (change +7% about vs 2023), 'không quá 3,4%', 'tối đa 280 phút' (at_most).",
], FIGS, published="2023-12-26", location="Sóc Trăng")
