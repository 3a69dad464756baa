"""p878-1: province portal (Trà Vinh), snakehead farming 9 months 2024."""
from lib import F, P, I, C, T, write_set

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
9 tháng, sản lượng cá lóc nuôi ước đạt hơn 18.000 tấn
Cập nhật: 08/10/2024 14:25 | Lượt xem: 2.317

Theo Sở Nông nghiệp và Phát triển nông thôn tỉnh Trà Vinh, 9 tháng đầu năm 2024, diện tích nuôi cá lóc toàn tỉnh đạt 612 ha, tăng 8,5% so với cùng kỳ. Trong đó, nuôi trong ao đất 548 ha, chiếm 89,5%; phần còn lại là nuôi trong vèo trên sông với 1.240 vèo. Các huyện có diện tích nuôi lớn là Trà Cú (215 ha), Tiểu Cần (168 ha), Cầu Kè (97 ha) và Châu Thành (64 ha).

Sản lượng cá lóc thu hoạch 9 tháng ước đạt 18.450 tấn, đạt 76,9% kế hoạch năm, tăng 1.320 tấn so với cùng kỳ năm 2023. Giá cá lóc thương phẩm hiện dao động từ 42.000 đến 48.000 đồng/kg, cao hơn khoảng 5.000 đồng/kg so với cuối năm 2023; với giá thành khoảng 36.000 đồng/kg, người nuôi lãi từ 6.000 - 12.000 đồng/kg.

Ông Thạch Sô Phên, ngụ ấp Chợ, xã Ngãi Xuyên, huyện Trà Cú cho biết, gia đình ông nuôi 6 vèo cá lóc ven Quốc lộ 54, mỗi vèo thả khoảng 4.000 con giống. Sau 5 tháng nuôi, ông thu hoạch gần 9 tấn cá, trừ chi phí còn lãi hơn 80 triệu đồng.

Theo Kế hoạch số 86/KH-UBND ngày 12/3/2024 của UBND tỉnh, năm 2024 Trà Vinh phấn đấu đạt sản lượng cá lóc nuôi 24.000 tấn. Dự kiến trong quý IV/2024, toàn tỉnh thu hoạch thêm khoảng 5.500 tấn. Ngành nông nghiệp khuyến cáo người nuôi không thả nuôi ồ ạt, tránh lặp lại tình trạng "được mùa mất giá" như năm 2022.

Tin: Hữu Thọ - Ảnh: Minh Trí
"""

N9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
FIGS = [
    F("ước đạt hơn 18.000 tấn", "18.000", 18000, "measure", "tấn", "sản lượng cá lóc nuôi",
      P("9 tháng", "2024-01-01", "2024-09-30"), approx="over", status="estimate"),
    F("đạt 612 ha", "612", 612, "measure", "ha", "diện tích nuôi cá lóc", N9,
      change=C("increase", 8.5, "%", "cùng kỳ")),
    F("ao đất 548 ha", "548", 548, "measure", "ha", "diện tích nuôi cá lóc trong ao đất", I(N9),
      total=612, percent=89.5),
    F("với 1.240 vèo", "1.240", 1240, "count", "vèo", "vèo nuôi cá lóc trên sông", I(N9)),
    F("Trà Cú (215 ha)", "215", 215, "measure", "ha", "diện tích nuôi cá lóc", I(N9), location="Trà Cú"),
    F("Tiểu Cần (168 ha)", "168", 168, "measure", "ha", "diện tích nuôi cá lóc", I(N9), location="Tiểu Cần"),
    F("Cầu Kè (97 ha)", "97", 97, "measure", "ha", "diện tích nuôi cá lóc", I(N9), location="Cầu Kè"),
    F("Châu Thành (64 ha)", "64", 64, "measure", "ha", "diện tích nuôi cá lóc", I(N9), location="Châu Thành"),
    F("ước đạt 18.450 tấn", "18.450", 18450, "measure", "tấn", "sản lượng cá lóc thu hoạch",
      P("9 tháng", "2024-01-01", "2024-09-30"), status="estimate", percent=76.9,
      change=C("increase", 1320, "tấn", "cùng kỳ năm 2023")),
    F("từ 42.000 đến 48.000 đồng/kg", "42.000", 42000, "money", "đồng/kg", "giá cá lóc thương phẩm",
      value_max=48000, change=C("increase", 5000, "đồng/kg", "cuối năm 2023", approx="about")),
    F("giá thành khoảng 36.000 đồng/kg", "36.000", 36000, "money", "đồng/kg", "giá thành nuôi cá lóc",
      approx="about"),
    F("lãi từ 6.000 - 12.000 đồng/kg", "6.000", 6000, "money", "đồng/kg", "lãi của người nuôi cá lóc",
      value_max=12000),
    F("nuôi 6 vèo cá lóc", "6", 6, "count", "vèo", "vèo cá lóc gia đình ông Thạch Sô Phên nuôi",
      location="Trà Cú"),
    F("khoảng 4.000 con giống", "4.000", 4000, "count", "con giống", "con giống thả mỗi vèo",
      approx="about", location="Trà Cú"),
    F("Sau 5 tháng nuôi", "5", 5, "measure", "tháng", "thời gian nuôi", location="Trà Cú", optional=True),
    F("gần 9 tấn cá", "9", 9, "measure", "tấn", "cá thu hoạch của gia đình ông Thạch Sô Phên",
      approx="nearly", location="Trà Cú"),
    F("lãi hơn 80 triệu đồng", "80", 80_000_000, "money", "đồng", "lãi của gia đình ông Thạch Sô Phên",
      approx="over", location="Trà Cú"),
    F("cá lóc nuôi 24.000 tấn", "24.000", 24000, "measure", "tấn", "sản lượng cá lóc nuôi",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("khoảng 5.500 tấn", "5.500", 5500, "measure", "tấn", "sản lượng cá lóc thu hoạch thêm",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Trà Vinh provincial portal: cá lóc farming, 9 months 2024 (area, ponds vs. river cages, districts, output, prices, a farmer, 2024 plan).",
    "Headline '9 tháng' has no year: takes 2024 from the dateline (nothing dated stands before it).",
    "548 ha is a part (Trong đó) of 612 ha with its share 89,5%; 1.240 vèo counts cages, another measure, so no total.",
    "District list (Trà Cú ... Châu Thành) does not add up to 612 ha and has no part-of cue: no total; period inherited.",
    "'đạt 76,9% kế hoạch năm' is the percent of 18.450 tấn; the plan 24.000 tấn stands in another paragraph, so no target attribute.",
    "'hiện' sentences (prices, costs) carry no period. 'Sau 5 tháng nuôi' (a cycle length that locates the harvest) is optional.",
    "Distractors: Kế hoạch số 86/KH-UBND ngày 12/3/2024, Quốc lộ 54, Lượt xem: 2.317, 14:25, năm 2022, ấp Chợ.",
]

write_set(1, TEXT, FIGS, NOTES, published="2024-10-08", location="Trà Vinh")
