from lib import *

A = """BỘ CÔNG THƯƠNG VIỆT NAM
Tin tức › Điện lực - Năng lượng

Kết quả cung ứng điện và kinh doanh điện năm 2023

Năm 2023, sản lượng điện thương phẩm của Tập đoàn Điện lực Việt Nam (EVN) đạt 251,2 tỷ kWh, tăng 4,6% so với năm 2022. Tỷ lệ tổn thất điện năng toàn hệ thống là 6,23%, thấp hơn 0,04 điểm phần trăm so với kế hoạch được giao.

Tính đến 31/12/2023, EVN và 5 tổng công ty điện lực bán điện trực tiếp cho 31,06 triệu khách hàng; khách hàng sinh hoạt chiếm 92,7%. Tỷ lệ hộ dân có điện trên cả nước đạt 99,73%, trong đó khu vực nông thôn đạt 99,58%. Các địa phương có tỷ lệ hộ có điện thấp nhất là Hà Giang (97,1%), Điện Biên (97,4%) và Lai Châu (97,9%).

Giá bán lẻ điện bình quân năm 2023 là 1.953,57 đồng/kWh, trong khi giá thành sản xuất, kinh doanh điện ở mức 2.088,90 đồng/kWh, chênh lệch khoảng 135 đồng/kWh. Theo Quyết định số 02/2023/QĐ-TTg, khung giá bán lẻ điện bình quân áp dụng giai đoạn 2023-2025 từ 1.826,22 đến 3.051,15 đồng/kWh.

Về chính sách an sinh, năm 2023 cả nước có khoảng 1,38 triệu hộ nghèo, hộ chính sách xã hội được hỗ trợ tiền điện với tổng kinh phí khoảng 862 tỷ đồng từ ngân sách nhà nước. Ngoài ra, EVN đã giảm giá điện, tiền điện cho khách hàng 2 đợt trong năm với tổng số tiền hơn 1.100 tỷ đồng.

Năm 2024, Bộ Công Thương giao EVN kế hoạch sản lượng điện thương phẩm khoảng 273,6 tỷ kWh, tăng 8,9% so với thực hiện năm 2023; phấn đấu đến năm 2025 tỷ lệ tổn thất điện năng giảm xuống còn 6%.

Cục Điều tiết điện lực
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
FIG = [
    F("đạt 251,2 tỷ kWh", "251,2", 251.2e9, "measure", "kWh", "sản lượng điện thương phẩm của EVN",
      change=C("increase", 4.6, "%", "năm 2022"), period=Y23),
    F("là 6,23%", "6,23", 6.23, "percent", "%", "tỷ lệ tổn thất điện năng toàn hệ thống",
      change=C("decrease", 0.04, "điểm phần trăm", "kế hoạch được giao"), period=P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)),
    F("và 5 tổng công ty", "5", 5, "count", "tổng công ty điện lực", "tổng công ty điện lực", optional=True),
    F("cho 31,06 triệu khách hàng", "31,06", 31.06e6, "count", "khách hàng", "khách hàng được EVN bán điện trực tiếp",
      period=P("Tính đến 31/12/2023", None, "2023-12-31")),
    F("chiếm 92,7%", "92,7", 92.7, "percent", "%", "tỷ trọng khách hàng sinh hoạt",
      period=P("Tính đến 31/12/2023", None, "2023-12-31")),
    F("đạt 99,73%", "99,73", 99.73, "percent", "%", "tỷ lệ hộ dân có điện", period=P("Tính đến 31/12/2023", None, "2023-12-31", inh=True)),
    F("đạt 99,58%", "99,58", 99.58, "percent", "%", "tỷ lệ hộ dân có điện khu vực nông thôn", period=P("Tính đến 31/12/2023", None, "2023-12-31", inh=True)),
    F("Hà Giang (97,1%)", "97,1", 97.1, "percent", "%", "tỷ lệ hộ có điện", location="Hà Giang", period=P("Tính đến 31/12/2023", None, "2023-12-31", inh=True)),
    F("Điện Biên (97,4%)", "97,4", 97.4, "percent", "%", "tỷ lệ hộ có điện", location="Điện Biên", period=P("Tính đến 31/12/2023", None, "2023-12-31", inh=True)),
    F("Lai Châu (97,9%)", "97,9", 97.9, "percent", "%", "tỷ lệ hộ có điện", location="Lai Châu", period=P("Tính đến 31/12/2023", None, "2023-12-31", inh=True)),
    F("là 1.953,57 đồng/kWh", "1.953,57", 1953.57, "money", "đồng/kWh", "giá bán lẻ điện bình quân",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("mức 2.088,90 đồng/kWh", "2.088,90", 2088.90, "money", "đồng/kWh", "giá thành sản xuất, kinh doanh điện",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 135 đồng/kWh", "135", 135, "money", "đồng/kWh", "chênh lệch giữa giá thành và giá bán lẻ điện bình quân",
      approx="about", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("từ 1.826,22 đến 3.051,15 đồng/kWh", "1.826,22", 1826.22, "money", "đồng/kWh", "khung giá bán lẻ điện bình quân",
      value_max=3051.15, period=P("giai đoạn 2023-2025", "2023-01-01", "2025-12-31")),
    F("khoảng 1,38 triệu hộ", "1,38", 1.38e6, "count", "hộ", "hộ nghèo, hộ chính sách xã hội được hỗ trợ tiền điện",
      approx="about", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 862 tỷ đồng", "862", 862e9, "money", "đồng", "tổng kinh phí hỗ trợ tiền điện", approx="about",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("khách hàng 2 đợt", "2", 2, "count", "đợt", "đợt giảm giá điện, tiền điện", optional=True),
    F("hơn 1.100 tỷ đồng", "1.100", 1100e9, "money", "đồng", "tổng số tiền giảm giá điện, tiền điện", approx="over",
      period=P("trong năm", "2023-01-01", "2023-12-31")),
    F("khoảng 273,6 tỷ kWh", "273,6", 273.6e9, "measure", "kWh", "kế hoạch sản lượng điện thương phẩm", approx="about",
      status="target", change=C("increase", 8.9, "%", "thực hiện năm 2023"), period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("còn 6%", "6", 6, "percent", "%", "tỷ lệ tổn thất điện năng", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
]

build(8, A, FIG, location="Việt Nam", comments=[
    "Bộ Công Thương (ministry site): EVN's 2023 results — sales, losses, customers, electrification by province, price vs cost, tariff frame, subsidies, 2024 plan.",
    "No date of its own (no dateline), so no `published`. Distractors: Quyết định số 02/2023/QĐ-TTg, 'Tính đến 31/12/2023', 'giai đoạn 2023-2025', 'năm 2022' baseline.",
    "National figures: location Việt Nam; the province list (Hà Giang, Điện Biên, Lai Châu) puts each province in location with the list's indicator as subject.",
    "'thấp hơn 0,04 điểm phần trăm so với kế hoạch' is a change (gap to plan) of 6,23%. 'khách hàng sinh hoạt chiếm 92,7%' has no base count of its own: a percent figure.",
    "'99,58%' after 'trong đó' is a percent of a percent: no total. 'khung giá … từ 1.826,22 đến 3.051,15' is a range (value_max). '5 tổng công ty', '2 đợt' optional.",
    "'kế hoạch … khoảng 273,6 tỷ kWh, tăng 8,9% so với thực hiện năm 2023' is a target with a change; 'đến năm 2025 … còn 6%' a target (end only).",
    "The electrification rates take 'Tính đến 31/12/2023' from the sentence before (inherited); 'trong năm' (1.100 tỷ) = 2023.",
])
