from lib import F, P, CH, TG, build

ART = """Quảng Ninh: 54/71 cơ sở hoàn thành kiểm kê khí nhà kính năm 2024
Cập nhật: 18/04/2025 08:42 | Lượt xem: 1.934

Theo Quyết định số 13/2024/QĐ-TTg ngày 13/8/2024 của Thủ tướng Chính phủ, Quảng Ninh có 71 cơ sở thuộc danh mục phải thực hiện kiểm kê khí nhà kính, trong đó lĩnh vực công thương 46 cơ sở, xây dựng 14 cơ sở, giao thông vận tải 8 cơ sở và quản lý chất thải 3 cơ sở. Số cơ sở phải kiểm kê của tỉnh đứng thứ 3 cả nước, sau TP Hồ Chí Minh (105 cơ sở) và Bình Dương (89 cơ sở).

Tính đến ngày 31/3/2025, 54/71 cơ sở đã gửi báo cáo kiểm kê khí nhà kính năm 2024 lên Hệ thống cơ sở dữ liệu quốc gia, đạt 76,1%. Tổng lượng phát thải của các cơ sở đã báo cáo năm 2024 là 38,62 triệu tấn CO2tđ, tăng 4,3% so với năm 2023; trong đó 9 nhà máy nhiệt điện than phát thải 31,5 triệu tấn CO2tđ, chiếm 81,6%. Đối với 5 cơ sở sản xuất xi măng, cường độ phát thải bình quân là 0,68 tấn CO2/tấn clinker, giảm 0,03 tấn CO2/tấn clinker so với năm 2022.

Theo kế hoạch thực hiện Nghị định số 06/2022/NĐ-CP, năm 2025 tỉnh phấn đấu 100% cơ sở trong danh mục hoàn thành kiểm kê và xây dựng kế hoạch giảm nhẹ phát thải khí nhà kính; đến năm 2030, phát thải của ngành năng lượng giảm từ 8% đến 10% so với kịch bản phát triển thông thường (BAU).

Năm 2024, Sở Tài nguyên và Môi trường đã tổ chức 6 lớp tập huấn cho gần 420 lượt cán bộ doanh nghiệp với kinh phí khoảng 2,35 tỷ đồng từ nguồn sự nghiệp môi trường. Các cơ sở cần hỗ trợ kỹ thuật liên hệ Chi cục Bảo vệ môi trường, số 2 đường Nguyễn Văn Cừ, TP Hạ Long, điện thoại 0203.3835.668.
"""

N24 = P("năm 2024", "2024-01-01", "2024-12-31")
N24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
KK = "cơ sở phải thực hiện kiểm kê khí nhà kính"
SO = "số cơ sở phải kiểm kê khí nhà kính"

FIGS = [
    F("Quảng Ninh: 54/71 cơ sở", "54", 54, "count", "cơ sở", "cơ sở hoàn thành kiểm kê khí nhà kính", total=71),
    F("có 71 cơ sở", "71", 71, "count", "cơ sở", KK),
    F("công thương 46 cơ sở", "46", 46, "count", "cơ sở", KK + " lĩnh vực công thương", total=71),
    F("xây dựng 14 cơ sở", "14", 14, "count", "cơ sở", KK + " lĩnh vực xây dựng", total=71),
    F("vận tải 8 cơ sở", "8", 8, "count", "cơ sở", KK + " lĩnh vực giao thông vận tải", total=71),
    F("chất thải 3 cơ sở", "3", 3, "count", "cơ sở", KK + " lĩnh vực quản lý chất thải", total=71),
    F("đứng thứ 3 cả nước", "3", 3, "rank", "hạng", SO),
    F("Hồ Chí Minh (105 cơ sở)", "105", 105, "count", "cơ sở", SO, loc="TP Hồ Chí Minh"),
    F("Bình Dương (89 cơ sở)", "89", 89, "count", "cơ sở", SO, loc="Bình Dương"),
    F("2025, 54/71 cơ sở", "54", 54, "count", "cơ sở", "cơ sở đã gửi báo cáo kiểm kê khí nhà kính năm 2024",
      total=71, percent=76.1, period=P("Tính đến ngày 31/3/2025", None, "2025-03-31")),
    F("là 38,62 triệu tấn", "38,62", 38620000, "measure", "tấn CO2tđ", "tổng lượng phát thải của các cơ sở đã báo cáo",
      change=CH("+", 4.3, "%", "năm 2023"), period=N24),
    F("trong đó 9 nhà máy", "9", 9, "count", "nhà máy nhiệt điện than", "nhà máy nhiệt điện than", period=N24),
    F("phát thải 31,5 triệu tấn", "31,5", 31500000, "measure", "tấn CO2tđ", "phát thải của nhà máy nhiệt điện than",
      total=38620000, percent=81.6, period=N24),
    F("Đối với 5 cơ sở", "5", 5, "count", "cơ sở sản xuất xi măng", "cơ sở sản xuất xi măng", period=N24i),
    F("là 0,68 tấn", "0,68", 0.68, "measure", "tấn CO2/tấn clinker", "cường độ phát thải bình quân cơ sở sản xuất xi măng",
      change=CH("-", 0.03, "tấn CO2/tấn clinker", "năm 2022"), period=N24i),
    F("phấn đấu 100% cơ sở", "100", 100, "percent", "%",
      "cơ sở trong danh mục hoàn thành kiểm kê và xây dựng kế hoạch giảm nhẹ phát thải khí nhà kính",
      status="target", period=P("năm 2025", "2025-01-01", "2025-12-31")),
    F("giảm từ 8% đến 10%", "8", 8, "percent", "%", "phát thải của ngành năng lượng giảm so với kịch bản phát triển thông thường",
      value_max=10, status="target", period=P("đến năm 2030", None, "2030-12-31")),
    F("tổ chức 6 lớp", "6", 6, "count", "lớp tập huấn", "lớp tập huấn", period=N24),
    F("gần 420 lượt", "420", 420, "count", "lượt cán bộ", "lượt cán bộ doanh nghiệp được tập huấn", approx="nearly", period=N24),
    F("khoảng 2,35 tỷ đồng", "2,35", 2350000000, "money", "đồng", "kinh phí tập huấn", approx="about", period=N24),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Ninh (province portal): GHG inventory of facilities under QĐ 13/2024/QĐ-TTg, 2024 reports, targets.",
    "Dateline 'Cập nhật: 18/04/2025 08:42 | Lượt xem: 1.934' (counter is page furniture).",
    "Distractors: 'Quyết định số 13/2024/QĐ-TTg ngày 13/8/2024', 'Nghị định số 06/2022/NĐ-CP', 'CO2' in units, address 'số 2 đường",
    "Nguyễn Văn Cừ', phone '0203.3835.668', counter. Headline 54/71 is a figure (total 71); its period ('năm 2024' is the inventory",
    "year, the count is as of a date) is left unscored. In the body 54/71 takes the as-of date 'Tính đến ngày 31/3/2025'.",
    "'trong đó' sector counts are parts of 71. TP Hồ Chí Minh / Bình Dương list items: location = the city/province.",
    "31,5 triệu tấn after 'trong đó' is part of 38,62 triệu tấn (same quantity, same year); '9 nhà máy' is a count with no whole.",
    "Cement sentence has no period phrase: inherits 'năm 2024' from the previous sentence.",
]

build(1, ART, FIGS, COMMENTS, published="2025-04-18", location="Quảng Ninh")
