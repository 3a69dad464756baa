"""p918-4: Cục Thủy sản (Bộ NN&PTNT) site, ốc hương cả nước năm 2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC THỦY SẢN
Trang chủ / Tin tức / Nuôi trồng thủy sản
Ngày đăng: 20/02/2025 | Lượt xem: 1.128

Năm 2024: Sản lượng ốc hương nuôi cả nước đạt trên 16.000 tấn

Theo số liệu tổng hợp của Cục Thủy sản, năm 2024 cả nước có khoảng 3.200 ha nuôi ốc hương thương phẩm tại 14 tỉnh, thành phố ven biển, sản lượng đạt trên 16.000 tấn, tăng 9,6% so với năm 2023. Các địa phương có sản lượng lớn lần lượt là Khánh Hòa (4.850 tấn), Phú Yên (3.120 tấn), Ninh Thuận (2.460 tấn) và Bình Định (1.780 tấn); tổng sản lượng của bốn tỉnh này chiếm khoảng 76% sản lượng cả nước.

Về con giống, cả nước có khoảng 320 cơ sở sản xuất giống ốc hương, năm 2024 sản xuất được gần 2,1 tỷ con giống, trong đó Ninh Thuận cung cấp hơn 1,2 tỷ con. Tỷ lệ sống của ấu trùng đến giai đoạn con giống bình quân chỉ đạt 8-12%.

Kim ngạch xuất khẩu ốc hương năm 2024 ước đạt 118 triệu USD, tăng 14% so với năm trước; trong đó xuất khẩu sang Trung Quốc chiếm 81%, còn lại là Hàn Quốc, Đài Loan và Hồng Kông. Việt Nam hiện đứng thứ 2 thế giới về sản lượng ốc hương nuôi, sau Trung Quốc.

Theo Quyết định số 339/QĐ-TTg ngày 11/3/2021 phê duyệt Chiến lược phát triển thủy sản Việt Nam đến năm 2030, tầm nhìn đến năm 2045, đến năm 2030 sản lượng ốc hương nuôi phấn đấu đạt 30.000 tấn, diện tích nuôi khoảng 5.000 ha. Cục Thủy sản đề nghị các địa phương rà soát, công bố trên 40 vùng nuôi tập trung trong năm 2025.

Cục Thủy sản - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3734.5912
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
S = "sản lượng ốc hương nuôi"

FIGS = [
    F("nuôi cả nước đạt trên 16.000 tấn", "16.000", 16000, "measure", "tấn", S, P("Năm 2024", "2024-01-01", "2024-12-31"),
      approx="over"),
    F("khoảng 3.200 ha", "3.200", 3200, "measure", "ha", "diện tích nuôi ốc hương thương phẩm", Y24, approx="about"),
    F("tại 14 tỉnh", "14", 14, "count", "tỉnh, thành phố", "tỉnh, thành phố ven biển nuôi ốc hương", Y24),
    F("sản lượng đạt trên 16.000 tấn", "16.000", 16000, "measure", "tấn", S, Y24, approx="over",
      change=C("increase", 9.6, "%", "năm 2023")),
    F("Khánh Hòa (4.850 tấn)", "4.850", 4850, "measure", "tấn", S, I(Y24), location="Khánh Hòa"),
    F("Phú Yên (3.120 tấn)", "3.120", 3120, "measure", "tấn", S, I(Y24), location="Phú Yên"),
    F("Ninh Thuận (2.460 tấn)", "2.460", 2460, "measure", "tấn", S, I(Y24), location="Ninh Thuận"),
    F("Bình Định (1.780 tấn)", "1.780", 1780, "measure", "tấn", S, I(Y24), location="Bình Định"),
    F("bốn tỉnh này", "bốn", 4, "count", "tỉnh", "tỉnh có sản lượng lớn", optional=True),
    F("khoảng 76%", "76", 76, "percent", "%", "tỷ trọng sản lượng của bốn tỉnh trong sản lượng cả nước", I(Y24),
      approx="about"),
    F("khoảng 320 cơ sở", "320", 320, "count", "cơ sở", "cơ sở sản xuất giống ốc hương", approx="about"),
    F("gần 2,1 tỷ con giống", "2,1", 2_100_000_000, "count", "con giống", "con giống ốc hương sản xuất", Y24,
      approx="nearly"),
    F("hơn 1,2 tỷ con", "1,2", 1_200_000_000, "count", "con", "con giống Ninh Thuận cung cấp", Y24, approx="over",
      total=2_100_000_000, location="Ninh Thuận"),
    F("đạt 8-12%", "8", 8, "percent", "%", "tỷ lệ sống của ấu trùng đến giai đoạn con giống", value_max=12),
    F("ước đạt 118 triệu USD", "118", 118_000_000, "money", "USD", "kim ngạch xuất khẩu ốc hương", Y24,
      status="estimate", change=C("increase", 14, "%", "năm trước")),
    F("chiếm 81%", "81", 81, "percent", "%", "tỷ trọng xuất khẩu ốc hương sang Trung Quốc", Y24, status="estimate"),
    F("đứng thứ 2 thế giới", "2", 2, "rank", "hạng", "sản lượng ốc hương nuôi trên thế giới"),
    F("phấn đấu đạt 30.000 tấn", "30.000", 30000, "measure", "tấn", S, TO30, status="target"),
    F("khoảng 5.000 ha", "5.000", 5000, "measure", "ha", "diện tích nuôi ốc hương", TO30, approx="about",
      status="target"),
    F("trên 40 vùng nuôi", "40", 40, "count", "vùng nuôi", "vùng nuôi tập trung được công bố",
      P("trong năm 2025", "2025-01-01", "2025-12-31"), approx="over", status="target"),
]

NOTES = [
    "Cục Thủy sản (Bộ NN&PTNT): ốc hương cả nước năm 2024. 'Ngày đăng: 20/02/2025' gives published; 'Lượt xem: 1.128',",
    "'Quyết định số 339/QĐ-TTg ngày 11/3/2021', 'đến năm 2030, tầm nhìn đến năm 2045' (the strategy's name), the address and phone are not figures.",
    "National figures are Việt Nam; the 'lần lượt' list of provinces shares the indicator (sản lượng) and puts the province in location.",
    "'bốn tỉnh này' restates the list (optional). 'chiếm khoảng 76%' and 'xuất khẩu sang Trung Quốc chiếm 81%' have no base amount",
    "of their own: percent figures (81% continues the 'ước đạt' sentence: estimate; the trade partner is not a location).",
    "'hơn 1,2 tỷ con' follows 'trong đó' after 2,1 tỷ con giống: total. The request 'công bố trên 40 vùng nuôi ... trong năm 2025' is a target.",
]

write("p918-4", TEXT, NOTES, FIGS, published="2025-02-20", location="Việt Nam")
