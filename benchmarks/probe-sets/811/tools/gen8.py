from lib import F, P, I, C, T, build

TEXT = """BÁO HÀ TĨNH ĐIỆN TỬ
Kinh tế › Nông nghiệp - Nông thôn

Làng nghề ruốc Thạch Kim thu gần 25 tỷ đồng
08/01/2025 - 10:15

(Baohatinh.vn) - Năm 2024, làng nghề chế biến ruốc xã Thạch Kim (huyện Lộc Hà) sản xuất 520 tấn ruốc các loại, tăng 15% so với năm 2023, doanh thu đạt 24,6 tỷ đồng.

Toàn xã hiện có 146 hộ làm ruốc, trong đó 5 hộ có quy mô lớn, mỗi năm chế biến trên 30 tấn. Nghề làm ruốc thu hút khoảng 400 lao động, chủ yếu là phụ nữ và người cao tuổi, với mức thu nhập 150.000-200.000 đồng/ngày.

Ruốc tươi được thu mua từ tàu thuyền của ngư dân với giá 20.000-28.000 đồng/kg; ruốc khô thành phẩm bán ra 180.000-250.000 đồng/kg, mắm ruốc đóng hũ 120.000 đồng/kg.

Ông Nguyễn Văn Tám, Chủ tịch UBND xã Thạch Kim cho biết, năm 2024 xã hỗ trợ 12 hộ mua máy xay, máy sấy với tổng kinh phí 360 triệu đồng. Sản phẩm "Ruốc khô Thạch Kim" đã được công nhận OCOP 3 sao, hiện được bày bán tại hơn 40 cửa hàng, siêu thị trong và ngoài tỉnh.

Tuy nhiên, sản lượng ruốc khai thác ven bờ những năm gần đây bấp bênh; quý IV/2024 chỉ đạt khoảng 140 tấn, giảm 22% so với cùng kỳ. Năm 2025, xã phấn đấu sản lượng ruốc chế biến đạt 600 tấn, doanh thu trên 28 tỷ đồng; dự kiến xây dựng thêm 1 khu phơi sấy tập trung rộng 2.000 m2 cạnh đường tỉnh 547.

Thiên Vỹ
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("thu gần 25 tỷ đồng", "25", 25e9, "money", "đồng", "doanh thu làng nghề ruốc Thạch Kim", approx="nearly"),
    F("sản xuất 520 tấn", "520", 520, "measure", "tấn", "ruốc các loại làng nghề sản xuất",
      change=C("increase", 15, "%", "năm 2023"), period=Y24),
    F("đạt 24,6 tỷ đồng", "24,6", 24.6e9, "money", "đồng", "doanh thu làng nghề chế biến ruốc", period=Y24),
    F("có 146 hộ", "146", 146, "count", "hộ", "hộ làm ruốc"),
    F("5 hộ", "5", 5, "count", "hộ", "hộ có quy mô lớn", total=146),
    F("trên 30 tấn", "30", 30, "measure", "tấn/năm", approx="over", optional=True),
    F("khoảng 400 lao động", "400", 400, "count", "lao động", "lao động nghề làm ruốc", approx="about"),
    F("150.000-200.000", "150.000", 150000, "money", "đồng/ngày", "thu nhập của lao động nghề làm ruốc",
      value_max=200000),
    F("20.000-28.000", "20.000", 20000, "money", "đồng/kg", "giá thu mua ruốc tươi", value_max=28000),
    F("180.000-250.000", "180.000", 180000, "money", "đồng/kg", "giá bán ruốc khô thành phẩm", value_max=250000),
    F("120.000 đồng/kg", "120.000", 120000, "money", "đồng/kg", "giá bán mắm ruốc đóng hũ"),
    F("hỗ trợ 12 hộ", "12", 12, "count", "hộ", "hộ được hỗ trợ mua máy xay, máy sấy",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("360 triệu đồng", "360", 360e6, "money", "đồng", "tổng kinh phí hỗ trợ mua máy xay, máy sấy",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("OCOP 3 sao", "3", 3, "measure", "sao", optional=True),
    F("hơn 40 cửa hàng", "40", 40, "count", "cửa hàng", "cửa hàng, siêu thị bày bán Ruốc khô Thạch Kim",
      approx="over"),
    F("khoảng 140 tấn", "140", 140, "measure", "tấn", "sản lượng ruốc khai thác ven bờ", approx="about",
      change=C("decrease", 22, "%", "cùng kỳ"), period=P("quý IV/2024", "2024-10-01", "2024-12-31")),
    F("đạt 600 tấn", "600", 600, "measure", "tấn", "sản lượng ruốc chế biến", status="target", period=Y25),
    F("trên 28 tỷ đồng", "28", 28e9, "money", "đồng", "doanh thu làng nghề ruốc", approx="over", status="target",
      period=Y25),
    F("thêm 1 khu", "1", 1, "count", "khu phơi sấy", "khu phơi sấy tập trung xây dựng thêm", status="forecast",
      period=Y25),
    F("2.000 m2", "2.000", 2000, "measure", "m2", "diện tích khu phơi sấy tập trung", status="forecast",
      period=Y25, optional=True),
]

COMMENTS = [
    "Báo Hà Tĩnh online, headline with a figure, '(Baohatinh.vn) -' tag: ruốc (shrimp paste) village Thạch Kim, Lộc Hà, 2024 (invented, probe set 811).",
    "Distractors: '08/01/2025 - 10:15', 'ông Nguyễn Văn Tám', 'đường tỉnh 547', 'quý IV/2024' (a period).",
    "Headline 'thu gần 25 tỷ đồng' has no period phrase: no period. '5 hộ … trong đó' after 146 hộ: total 146; 'mỗi năm chế biến trên 30 tấn' is the size class (optional).",
    "The planned drying yard's area '2.000 m2' is a specification (optional). Location is the district Lộc Hà (Thạch Kim lies in it).",
]

build("p811-8", TEXT, FIGS, comments=COMMENTS, published="2025-01-08", location="Lộc Hà")
