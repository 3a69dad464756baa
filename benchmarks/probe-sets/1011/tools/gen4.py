from lib import F, P, I, C, T, build

TEXT = """
BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC THỦY SẢN
Trang chủ » Tin tức » Nuôi trồng thủy sản
Thứ Hai, 13/01/2025 | 10:05

Xuất khẩu cá cảnh năm 2024 đạt 28,5 triệu USD

Theo số liệu tổng hợp của Cục Thủy sản, năm 2024 cả nước có khoảng 2.600 cơ sở nuôi, sản xuất cá cảnh tại 38 tỉnh, thành phố, với tổng sản lượng ước đạt 265 triệu con, tăng 8,2% so với năm 2023. Kim ngạch xuất khẩu cá cảnh đạt 28,5 triệu USD, tăng 11,3% so với năm 2023; sản phẩm đã có mặt tại hơn 50 quốc gia và vùng lãnh thổ.

TP Hồ Chí Minh tiếp tục là địa phương dẫn đầu về xuất khẩu cá cảnh với 12,4 triệu USD, chiếm 43,5% kim ngạch cả nước; tiếp đến là Hà Nội 4,1 triệu USD, Cần Thơ 2,6 triệu USD và Khánh Hòa 1,9 triệu USD. Các thị trường nhập khẩu chính gồm Mỹ, EU, Nhật Bản và Hàn Quốc, trong đó thị trường Mỹ chiếm khoảng 27%.

Về cơ cấu, cá cảnh nước ngọt chiếm khoảng 85% sản lượng, cá cảnh biển chiếm 15%, song giá trị xuất khẩu bình quân của cá cảnh biển cao gấp 5-6 lần cá nước ngọt. Việt Nam hiện đứng thứ 9 thế giới về xuất khẩu cá cảnh, thị phần khoảng 2,5%.

Tuy nhiên, khoảng 60% cơ sở nuôi còn quy mô nhỏ (dưới 0,5 ha), chủ yếu dựa vào nguồn cá bố mẹ nhập khẩu; mỗi năm các cơ sở nhập khoảng 1,8 triệu con cá bố mẹ, chủ yếu từ Thái Lan, Singapore và Nhật Bản.

Theo Chương trình phát triển nuôi cá cảnh đến năm 2030 (ban hành kèm Quyết định số 1664/QĐ-BNN-TS), mục tiêu đến năm 2030 sản lượng cá cảnh đạt 500 triệu con, kim ngạch xuất khẩu đạt 60 triệu USD; tỷ lệ con giống sản xuất trong nước đạt trên 80%. Năm 2025, dự kiến kim ngạch xuất khẩu đạt khoảng 31 triệu USD.

Địa chỉ: Nhà B9, số 2 Ngọc Hà, Ba Đình, Hà Nội - Điện thoại: 024.3734.6127
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
KN = "kim ngạch xuất khẩu cá cảnh"

FIGS = [
    F("Xuất khẩu cá cảnh năm 2024 đạt 28,5 triệu USD\n", "28,5", 28_500_000, "money", "USD", KN, Y24),
    F("khoảng 2.600 cơ sở", "2.600", 2600, "count", "cơ sở", "cơ sở nuôi, sản xuất cá cảnh", Y24, approx="about"),
    F("tại 38 tỉnh", "38", 38, "count", "tỉnh, thành phố", "tỉnh, thành phố có cơ sở nuôi cá cảnh", Y24),
    F("ước đạt 265 triệu con", "265", 265_000_000, "count", "con", "tổng sản lượng cá cảnh", Y24,
      change=C("increase", 8.2, "%", "năm 2023"), status="estimate"),
    F("đạt 28,5 triệu USD, tăng", "28,5", 28_500_000, "money", "USD", KN, I(Y24),
      change=C("increase", 11.3, "%", "năm 2023")),
    F("hơn 50 quốc gia", "50", 50, "count", "quốc gia và vùng lãnh thổ", "quốc gia và vùng lãnh thổ có sản phẩm cá cảnh",
      approx="over"),
    F("với 12,4 triệu USD", "12,4", 12_400_000, "money", "USD", KN, I(Y24), percent=43.5, location="TP Hồ Chí Minh"),
    F("Hà Nội 4,1 triệu USD", "4,1", 4_100_000, "money", "USD", KN, I(Y24), location="Hà Nội"),
    F("Cần Thơ 2,6 triệu USD", "2,6", 2_600_000, "money", "USD", KN, I(Y24), location="Cần Thơ"),
    F("Khánh Hòa 1,9 triệu USD", "1,9", 1_900_000, "money", "USD", KN, I(Y24), location="Khánh Hòa"),
    F("Mỹ chiếm khoảng 27%", "27", 27, "percent", "%", "thị trường Mỹ trong kim ngạch xuất khẩu cá cảnh", I(Y24),
      approx="about"),
    F("khoảng 85% sản lượng", "85", 85, "percent", "%", "cá cảnh nước ngọt trong sản lượng", approx="about"),
    F("biển chiếm 15%", "15", 15, "percent", "%", "cá cảnh biển trong sản lượng"),
    F("gấp 5-6 lần", "5", 5, "multiple", "lần", "giá trị xuất khẩu bình quân của cá cảnh biển so với cá nước ngọt",
      value_max=6),
    F("đứng thứ 9 thế giới", "9", 9, "rank", "hạng", "xuất khẩu cá cảnh thế giới"),
    F("thị phần khoảng 2,5%", "2,5", 2.5, "percent", "%", "thị phần xuất khẩu cá cảnh thế giới", approx="about"),
    F("khoảng 60% cơ sở", "60", 60, "percent", "%", "cơ sở nuôi còn quy mô nhỏ", approx="about"),
    F("dưới 0,5 ha", "0,5", 0.5, "measure", "ha", "quy mô cơ sở nhỏ", approx="under", optional=True),
    F("khoảng 1,8 triệu con", "1,8", 1_800_000, "count", "con/năm", "cá bố mẹ nhập khẩu mỗi năm", approx="about"),
    F("đạt 500 triệu con", "500", 500_000_000, "count", "con", "sản lượng cá cảnh", T30, status="target"),
    F("đạt 60 triệu USD", "60", 60_000_000, "money", "USD", KN, T30, status="target"),
    F("trên 80%", "80", 80, "percent", "%", "tỷ lệ con giống sản xuất trong nước", T30, approx="over", status="target"),
    F("khoảng 31 triệu USD", "31", 31_000_000, "money", "USD", KN, P("Năm 2025", "2025-01-01", "2025-12-31"),
      approx="about", status="forecast"),
]

NOTES = [
    "Cục Thủy sản (Bộ NN&PTNT) site (invented): national cá cảnh 2024 — farms, output, export value, leading provinces, markets,",
    "structure, rank, breeding stock imports, 2030 targets, 2025 forecast. Location Việt Nam except the listed provinces.",
    "Distractors: 'Thứ Hai, 13/01/2025 | 10:05', 'Chương trình … đến năm 2030' (a name), 'Quyết định số 1664/QĐ-BNN-TS',",
    "address 'Nhà B9, số 2 Ngọc Hà', phone '024.3734.6127'; trading partners Mỹ/EU/Thái Lan are not places of figures.",
    "'chiếm 43,5% kim ngạch cả nước' -> percent of 12,4 triệu USD (no total: chiếm gives a share, not a whole).",
    "'dưới 0,5 ha' defines the small-farm class: optional. 'gấp 5-6 lần' is its own clause: a multiple range.",
    "The headline figure (28,5 triệu USD, năm 2024) is recorded as a figure of its own (required), like any stated number.",
    "Periods of the provincial list and of 28,5 triệu USD come from 'năm 2024' in the first sentence (inherited).",
]

build("p1011-4", TEXT, NOTES, FIGS, published="2025-01-13", location="Việt Nam")
