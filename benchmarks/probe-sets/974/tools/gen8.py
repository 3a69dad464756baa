"""p974-8: provincial newspaper online (Báo Kon Tum, '(BKT) -'), headline figure; medicinal crops in huyện Kon Plông, Q1/2025."""
from lib import F, P, I, CH, T, write

TEXT = """BÁO KON TUM ĐIỆN TỬ
Kinh tế > Nông nghiệp
Thứ ba, 22/04/2025 - 15:20

Kon Plông thu hơn 14 tỷ đồng từ cây dược liệu trong quý I

(BKT) - Quý I/2025, các hợp tác xã, tổ hợp tác trồng dược liệu trên địa bàn huyện Kon Plông đã thu hoạch 186 tấn đinh lăng, cà gai leo, đương quy và các loại dược liệu khác, doanh thu đạt hơn 14,3 tỷ đồng, tăng 21,5% so với cùng kỳ năm 2024.

Toàn huyện hiện có 735 ha cây dược liệu, trong đó đinh lăng 212 ha, cà gai leo 96 ha, đương quy 140 ha. Diện tích trồng theo chuỗi liên kết đạt 418 ha, chiếm 56,9% tổng diện tích.

Có 512 hộ nghèo, cận nghèo ở các xã Măng Cành, Đắk Tăng, Hiếu tham gia liên kết với 3 doanh nghiệp, thu nhập bình quân 45-60 triệu đồng/hộ/năm. Giá đinh lăng củ tươi ở mức 50.000-55.000 đồng/kg, cà gai leo khô 36.000 đồng/kg. Theo ông A Phương, Chủ tịch UBND xã Măng Cành, riêng xã có 168 hộ tham gia, trong đó 23 hộ đã thoát nghèo trong năm 2024.

Năm 2024, huyện hỗ trợ 1,6 tỷ đồng xây dựng 4 vườn ươm, cung ứng trên 900.000 cây giống cho người dân. Dự kiến trong quý II, các HTX tiếp tục thu hoạch khoảng 95 tấn. Phấn đấu cả năm 2025, doanh thu từ dược liệu đạt 52 tỷ đồng, gấp 1,5 lần năm 2024.

Vùng dược liệu tập trung dọc Quốc lộ 24 và Tỉnh lộ 676. Huyện sẽ tổ chức Phiên chợ dược liệu lần thứ 2 vào tháng 6 tới.

Thanh Tâm
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("thu hơn 14 tỷ đồng", "14", 14000000000, "money", "đồng", "doanh thu từ cây dược liệu",
      P("trong quý I", "2025-01-01", "2025-03-31"), approx="over"),
    F("thu hoạch 186 tấn", "186", 186, "measure", "tấn", "dược liệu thu hoạch", Q1),
    F("hơn 14,3 tỷ đồng", "14,3", 14300000000, "money", "đồng", "doanh thu từ dược liệu", Q1, approx="over",
      change=CH("increase", 21.5, "%", "cùng kỳ năm 2024")),
    F("có 735 ha", "735", 735, "measure", "ha", "diện tích cây dược liệu"),
    F("đinh lăng 212 ha", "212", 212, "measure", "ha", "diện tích đinh lăng", total=735),
    F("cà gai leo 96 ha", "96", 96, "measure", "ha", "diện tích cà gai leo", total=735),
    F("đương quy 140 ha", "140", 140, "measure", "ha", "diện tích đương quy", total=735),
    F("đạt 418 ha", "418", 418, "measure", "ha", "diện tích trồng theo chuỗi liên kết", percent=56.9),
    F("Có 512 hộ", "512", 512, "count", "hộ", "hộ nghèo, cận nghèo tham gia liên kết"),
    F("với 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp liên kết"),
    F("45-60 triệu đồng/hộ/năm", "45", 45000000, "money", "đồng/hộ/năm", "thu nhập bình quân của hộ tham gia liên kết",
      value_max=60000000),
    F("50.000-55.000 đồng/kg", "50.000", 50000, "money", "đồng/kg", "giá đinh lăng củ tươi", value_max=55000),
    F("khô 36.000 đồng/kg", "36.000", 36000, "money", "đồng/kg", "giá cà gai leo khô"),
    F("có 168 hộ", "168", 168, "count", "hộ", "hộ tham gia liên kết ở xã Măng Cành"),
    F("23 hộ đã thoát nghèo", "23", 23, "count", "hộ", "hộ tham gia đã thoát nghèo", P("năm 2024", "2024-01-01", "2024-12-31"),
      total=168),
    F("hỗ trợ 1,6 tỷ đồng", "1,6", 1600000000, "money", "đồng", "kinh phí hỗ trợ xây dựng vườn ươm", Y24),
    F("xây dựng 4 vườn ươm", "4", 4, "count", "vườn ươm", "vườn ươm được xây dựng", Y24),
    F("trên 900.000 cây giống", "900.000", 900000, "count", "cây giống", "cây giống cung ứng cho người dân", Y24,
      approx="over"),
    F("khoảng 95 tấn", "95", 95, "measure", "tấn", "dược liệu thu hoạch",
      P("trong quý II", "2024-04-01", "2024-06-30"), approx="about", status="forecast"),
    F("đạt 52 tỷ đồng", "52", 52000000000, "money", "đồng", "doanh thu từ dược liệu",
      P("cả năm 2025", "2025-01-01", "2025-12-31"), status="target",
      change=CH("increase", 1.5, "lần", "năm 2024")),
]

NOTES = [
    "Báo Kon Tum online, '(BKT) -' tag, dateline 'Thứ ba, 22/04/2025 - 15:20'; location the district Kon Plông throughout.",
    "Headline 'hơn 14 tỷ đồng ... trong quý I' (year-less) takes 2025 from the dateline.",
    "Gold change after the first run: 'Dự kiến trong quý II' takes the year of the nearest earlier period, 'Năm 2024' in the sentence before",
    "(FIGURES.md rule), so 2024-04/06, although the article (22/04/2025) plainly means quý II/2025: a case where the spec's rule misleads.",
    "'Diện tích trồng theo chuỗi liên kết đạt 418 ha, chiếm 56,9% tổng diện tích' is a new sentence with no part-of cue: percent, no total.",
    "'đạt 52 tỷ đồng, gấp 1,5 lần năm 2024' -> the 'gấp ... lần' belongs to the 52 tỷ as a change (1,5 lần over năm 2024), not a multiple of its own.",
    "Măng Cành is a commune: its figures stay Kon Plông. Distractors: Quốc lộ 24, Tỉnh lộ 676, 'lần thứ 2', 'tháng 6 tới', 15:20, 'Thứ ba'.",
]

write(8, TEXT, FIGS, published="2025-04-22", location="Kon Plông", notes=NOTES)
