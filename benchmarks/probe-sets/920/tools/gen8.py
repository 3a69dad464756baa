"""p920-8: Báo Bắc Giang online, (BGĐT) - tag — Lục Nam earns over 36 billion from turmeric; communes, prices, starch, 2025 plan."""
from lib import F, P, I, C, T, write

TEXT = """BẮC GIANG ĐIỆN TỬ
Kinh tế > Nông nghiệp
Thứ Hai, 09/12/2024 - 16:05

Lục Nam thu hơn 36 tỷ đồng từ cây nghệ

(BGĐT) - Năm 2024, huyện Lục Nam trồng 520 ha nghệ, tăng 60 ha so với năm 2023; sản lượng ước đạt 15.600 tấn, giá trị ước đạt 36,4 tỷ đồng. Các xã có diện tích lớn là Cẩm Lý, Vũ Xá, Đan Hội với diện tích lần lượt là 145 ha, 110 ha và 95 ha.

Giá nghệ tươi năm nay dao động 6.500-7.000 đồng/kg, tăng khoảng 1.000 đồng/kg so với năm trước; riêng nghệ đỏ có giá cao nhất, khoảng 9.000 đồng/kg. Bà Nguyễn Thị Bảy, thôn Đồng Vành, xã Cẩm Lý cho biết gia đình trồng 7 sào nghệ (360 m2/sào), vụ này thu gần 16 tấn củ, lãi hơn 60 triệu đồng.

Trên địa bàn huyện hiện có 3 HTX chế biến tinh bột nghệ. Năm 2024, các HTX sản xuất được khoảng 18 tấn tinh bột, chiếm 60% sản lượng tinh bột nghệ của tỉnh. Tinh bột nghệ Lục Nam được bán với giá 280.000-320.000 đồng/kg, tiêu thụ chủ yếu tại Hà Nội và các tỉnh lân cận. Ngoài nghệ, nông dân Lục Nam còn trồng 45 ha sả ven Quốc lộ 31 và đường tỉnh 293, cung cấp lá cho 2 lò chưng cất tinh dầu.

Toàn tỉnh Bắc Giang hiện có 1.150 ha nghệ, trong đó Lục Nam chiếm 45,2%. Dự kiến năm 2025, huyện mở rộng thêm 80 ha nghệ liên kết với doanh nghiệp bao tiêu, nâng tổng diện tích lên 600 ha.

Minh Thu
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
YN = P("năm nay", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn 36 tỷ đồng", "36", 36e9, "money", "đồng", "giá trị thu từ cây nghệ", approx="over"),
    F("trồng 520 ha", "520", 520, "measure", "ha", "diện tích nghệ", Y24, change=C("increase", 60, "ha", "năm 2023")),
    F("ước đạt 15.600 tấn", "15.600", 15600, "measure", "tấn", "sản lượng nghệ", Y24, status="estimate"),
    F("ước đạt 36,4 tỷ đồng", "36,4", 36.4e9, "money", "đồng", "giá trị sản xuất nghệ", Y24, status="estimate"),
    F("là 145 ha", "145", 145, "measure", "ha", "diện tích nghệ", I(Y24)),
    F("145 ha, 110 ha", "110", 110, "measure", "ha", "diện tích nghệ", I(Y24)),
    F("và 95 ha", "95", 95, "measure", "ha", "diện tích nghệ", I(Y24)),
    F("6.500-7.000 đồng/kg", "6.500", 6500, "money", "đồng/kg", "giá nghệ tươi", YN, value_max=7000,
      change=C("increase", 1000, "đồng/kg", "năm trước", "about")),
    F("khoảng 9.000 đồng/kg", "9.000", 9000, "money", "đồng/kg", "giá nghệ đỏ", YN, approx="about"),
    F("trồng 7 sào", "7", 7, "measure", "sào", "diện tích nghệ của gia đình bà Nguyễn Thị Bảy"),
    F("(360 m2/sào)", "360", 360, "measure", "m2/sào", "diện tích một sào", optional=True),
    F("gần 16 tấn", "16", 16, "measure", "tấn", "nghệ củ gia đình bà Bảy thu hoạch", approx="nearly"),
    F("lãi hơn 60 triệu đồng", "60", 60e6, "money", "đồng", "lãi của gia đình bà Bảy từ nghệ", approx="over"),
    F("có 3 HTX", "3", 3, "count", "HTX", "HTX chế biến tinh bột nghệ"),
    F("khoảng 18 tấn", "18", 18, "measure", "tấn", "tinh bột nghệ các HTX sản xuất", Y24, approx="about", percent=60),
    F("giá 280.000-320.000 đồng/kg", "280.000", 280000, "money", "đồng/kg", "giá tinh bột nghệ Lục Nam", value_max=320000),
    F("trồng 45 ha", "45", 45, "measure", "ha", "diện tích sả"),
    F("cho 2 lò", "2", 2, "count", "lò", "lò chưng cất tinh dầu"),
    F("có 1.150 ha", "1.150", 1150, "measure", "ha", "diện tích nghệ toàn tỉnh", location="Bắc Giang"),
    F("chiếm 45,2%", "45,2", 45.2, "percent", "%", "tỷ trọng diện tích nghệ Lục Nam trong toàn tỉnh"),
    F("thêm 80 ha", "80", 80, "measure", "ha", "diện tích nghệ mở rộng thêm", Y25, status="forecast"),
    F("lên 600 ha", "600", 600, "measure", "ha", "tổng diện tích nghệ", Y25, status="forecast"),
]

NOTES = [
    "Báo Bắc Giang online (BGĐT tag), Thứ Hai, 09/12/2024 - 16:05; headline figure 'hơn 36 tỷ đồng' (no period in the headline).",
    "Location Lục Nam (communes lie in it); the province total 1.150 ha is Bắc Giang. 'lần lượt là 145 ha, 110 ha và 95 ha' share the indicator;",
    "communes are below district level, so the location stays Lục Nam and the commune names are not the subject.",
    "'trong đó Lục Nam chiếm 45,2%' follows the province whole but is a percent figure (a share), no total. '(360 m2/sào)' a unit definition (optional).",
    "'năm nay' = 2024 (date). Hà Nội is a market, not the place of the price. Distractors: Quốc lộ 31, đường tỉnh 293, name Nguyễn Thị Bảy, thôn Đồng Vành, 16:05.",
]

write("p920-8", TEXT, NOTES, FIGS, published="2024-12-09", location="Lục Nam")
