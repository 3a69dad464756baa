"""p860-8: provincial newspaper online (Báo Hải Dương), cá Koi in huyện Cẩm Giàng, headline figure, (BHD) tag."""
from lib import F, P, I, C, T, write_set

TEXT = """BÁO HẢI DƯƠNG ĐIỆN TỬ
Kinh tế › Nông nghiệp

Cẩm Giàng: 9 tháng xuất bán hơn 1,6 triệu con cá Koi

14/10/2024 16:05

(BHD) - 9 tháng đầu năm 2024, các hộ nuôi cá Koi ở huyện Cẩm Giàng đã xuất bán hơn 1,6 triệu con, tăng khoảng 25% so với cùng kỳ năm 2023, doanh thu ước đạt 96 tỷ đồng.

Huyện hiện có 74 hộ nuôi cá Koi với tổng diện tích 38 ha, trong đó 52 hộ nuôi quy mô từ 0,5 ha trở lên. Nghề nuôi tập trung ở các xã Cẩm Vũ, Cẩm Đông, Cẩm Văn, Cẩm Hoàng. Riêng xã Cẩm Vũ có 29 hộ nuôi, diện tích 16,5 ha, được công nhận là vùng nuôi cá Koi tập trung từ năm 2022.

Theo các hộ nuôi, cá Koi hương (1-2 tháng tuổi) bán 3.000-5.000 đồng/con, cá cỡ 10-12 cm giá 25.000 đồng/con, cá thương phẩm từ 40 cm trở lên có giá từ 1 triệu đồng/con trở lên. Trừ chi phí, nuôi cá Koi cho lãi 350-400 triệu đồng/ha/năm, cao gấp 5 lần trồng lúa. Cá Koi Cẩm Giàng hiện có mặt ở 35 tỉnh, thành phố và đã xuất sang Trung Quốc, Hàn Quốc.

Ông Vũ Văn Chín, Chủ tịch Hội Sinh vật cảnh huyện, cho biết giá thức ăn cho cá hiện ở mức 32.000-38.000 đồng/kg, tăng 8% so với đầu năm, khiến lợi nhuận của người nuôi giảm.

Phấn đấu năm 2024, huyện xuất bán 2,2 triệu con cá Koi, doanh thu 130 tỷ đồng. Huyện đang triển khai dự án xây dựng nhãn hiệu tập thể "Cá Koi Cẩm Giàng" với tổng kinh phí dự kiến 850 triệu đồng, dự kiến hoàn thành trong quý II/2025.

ĐỨC MINH
"""

M9H = P("9 tháng", "2024-01-01", "2024-09-30")
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("9 tháng xuất bán hơn 1,6 triệu con", "1,6", 1_600_000, "count", "con", "cá Koi xuất bán", M9H, approx="over"),
    F("bán hơn 1,6 triệu con, tăng", "1,6", 1_600_000, "count", "con", "cá Koi các hộ nuôi xuất bán", M9,
      approx="over", change=C("increase", 25, "%", "cùng kỳ năm 2023", approx="about")),
    F("ước đạt 96 tỷ đồng", "96", 96_000_000_000, "money", "đồng", "doanh thu từ cá Koi", M9, status="estimate"),
    F("có 74 hộ", "74", 74, "count", "hộ", "hộ nuôi cá Koi"),
    F("tổng diện tích 38 ha", "38", 38, "measure", "ha", "tổng diện tích nuôi cá Koi"),
    F("trong đó 52 hộ", "52", 52, "count", "hộ", "hộ nuôi quy mô từ 0,5 ha trở lên", total=74),
    F("từ 0,5 ha trở lên", "0,5", 0.5, "measure", "ha", "quy mô nuôi", approx="at_least", optional=True),
    F("có 29 hộ", "29", 29, "count", "hộ", "hộ nuôi cá Koi xã Cẩm Vũ"),
    F("diện tích 16,5 ha", "16,5", 16.5, "measure", "ha", "diện tích nuôi cá Koi xã Cẩm Vũ"),
    F("(1-2 tháng tuổi)", "1", 1, "measure", "tháng tuổi", "tuổi cá Koi hương", value_max=2, optional=True),
    F("3.000-5.000 đồng/con", "3.000", 3000, "money", "đồng/con", "giá cá Koi hương", value_max=5000),
    F("cỡ 10-12 cm", "10", 10, "measure", "cm", "cỡ cá Koi", value_max=12, optional=True),
    F("giá 25.000 đồng/con", "25.000", 25000, "money", "đồng/con", "giá cá Koi cỡ 10-12 cm"),
    F("từ 40 cm trở lên", "40", 40, "measure", "cm", "cỡ cá Koi thương phẩm", approx="at_least", optional=True),
    F("từ 1 triệu đồng/con", "1", 1_000_000, "money", "đồng/con", "giá cá Koi thương phẩm từ 40 cm trở lên",
      approx="at_least"),
    F("350-400 triệu đồng/ha/năm", "350", 350_000_000, "money", "đồng/ha/năm", "lãi nuôi cá Koi",
      value_max=400_000_000, change=C("increase", 5, "lần", "trồng lúa")),
    F("ở 35 tỉnh", "35", 35, "count", "tỉnh, thành phố", "tỉnh, thành phố có mặt cá Koi Cẩm Giàng",
      location="Việt Nam"),
    F("32.000-38.000 đồng/kg", "32.000", 32000, "money", "đồng/kg", "giá thức ăn cho cá", value_max=38000,
      change=C("increase", 8, "%", "đầu năm")),
    F("xuất bán 2,2 triệu con", "2,2", 2_200_000, "count", "con", "cá Koi xuất bán", Y24, status="target"),
    F("doanh thu 130 tỷ đồng", "130", 130_000_000_000, "money", "đồng", "doanh thu từ cá Koi", Y24, status="target"),
    F("dự kiến 850 triệu đồng", "850", 850_000_000, "money", "đồng",
      "tổng kinh phí dự án xây dựng nhãn hiệu tập thể Cá Koi Cẩm Giàng", status="forecast"),
]

COMMENTS = [
    "Provincial newspaper online (Báo Hải Dương, tag '(BHD) -', '14/10/2024 16:05'): Koi in huyện Cẩm Giàng; headline figure.",
    "Headline '9 tháng' has no year: it takes 2024 from the dateline (nothing dated stands before it).",
    "All figures are located in the district Cẩm Giàng (xã Cẩm Vũ lies in it); 'Riêng xã Cẩm Vũ có 29 hộ' is no part-of cue: no total.",
    "'cao gấp 5 lần trồng lúa' follows the profit figure and compares it with a baseline: the change of 350-400 triệu (unit lần).",
    "Size and age classes (0,5 ha trở lên, 1-2 tháng tuổi, 10-12 cm, 40 cm trở lên) are optional.",
    "revised after the first run: '35 tỉnh, thành phố' located Việt Nam (FIGURES.md: a count of provinces is a national figure).",
    "Not figures: 'từ năm 2022', 'quý II/2025' (a completion date), 'Vũ Văn Chín', time 16:05.",
]

write_set("p860-8", TEXT, FIGS, COMMENTS, published="2024-10-14", location="Cẩm Giàng")
