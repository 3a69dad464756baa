from lib import F, P, emit

TEXT = """Kinh tế › Nông nghiệp
Thứ ba, 12/11/2024, 07:30 (GMT+7)

Kon Tum có 42 sản phẩm OCOP từ sâm Ngọc Linh

Tính đến hết tháng 10/2024, Kon Tum có 42 sản phẩm OCOP từ sâm Ngọc Linh và dược liệu đi kèm, chiếm 24,1% tổng số sản phẩm OCOP của tỉnh. Trong số này, có 2 sản phẩm đạt 5 sao quốc gia, 15 sản phẩm 4 sao và 25 sản phẩm 3 sao.

Theo Sở NN&PTNT Kon Tum, diện tích sâm Ngọc Linh toàn tỉnh hiện đạt 2.964 ha, tập trung ở hai huyện Tu Mơ Rông và Đăk Glei dọc Quốc lộ 40B, trong đó diện tích đã cho thu hoạch khoảng 410 ha. Sản lượng sâm củ tươi năm 2023 đạt 12,5 tấn; năm nay ước đạt 15 tấn. Với giá bán bình quân 100 triệu đồng/kg, mỗi năm sâm Ngọc Linh mang về khoảng 1.500 tỷ đồng. Kon Tum hiện xếp thứ hai cả nước về diện tích sâm Ngọc Linh, sau Quảng Nam.

Toàn tỉnh có 27 hợp tác xã, 11 doanh nghiệp trồng sâm, tạo việc làm cho hơn 3 nghìn lao động địa phương. Thu nhập bình quân của hộ trồng sâm ở xã Măng Ri đạt 180-250 triệu đồng/năm.

Tỉnh đặt mục tiêu đến năm 2030 phát triển 10.000 ha sâm Ngọc Linh, trong đó 5.000 ha trồng dưới tán rừng tự nhiên; giá trị sản xuất đạt 10.000 tỷ đồng/năm.

"Chúng tôi hướng tới xây dựng sâm Ngọc Linh thành thương hiệu quốc gia", ông A Tuấn, Phó giám đốc Sở NN&PTNT Kon Tum, nói. Năm 2023, tỉnh tổ chức Hội chợ sâm Ngọc Linh lần thứ 2 tại huyện Tu Mơ Rông với hơn 200 gian hàng.

Minh Thu
"""

ASOF = P("Tính đến hết tháng 10/2024", None, "2024-10-31")
ASOF_I = P("Tính đến hết tháng 10/2024", None, "2024-10-31", inh=True)
T30 = P("đến năm 2030", None, "2030-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("Kon Tum có 42 sản phẩm OCOP từ sâm Ngọc Linh\n", "42", 42, "count", "sản phẩm", "sản phẩm OCOP từ sâm Ngọc Linh"),
    F("Kon Tum có 42 sản phẩm OCOP từ sâm Ngọc Linh và", "42", 42, "count", "sản phẩm",
      "sản phẩm OCOP từ sâm Ngọc Linh và dược liệu đi kèm", ASOF, percent=24.1),
    F("có 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm đạt 5 sao quốc gia", ASOF_I, total=42),
    F("đạt 5 sao", "5", 5, "measure", "sao", "hạng sao OCOP", optional=True),
    F("15 sản phẩm", "15", 15, "count", "sản phẩm", "sản phẩm 4 sao", ASOF_I, total=42),
    F("phẩm 4 sao", "4", 4, "measure", "sao", "hạng sao OCOP", optional=True),
    F("25 sản phẩm", "25", 25, "count", "sản phẩm", "sản phẩm 3 sao", ASOF_I, total=42),
    F("phẩm 3 sao", "3", 3, "measure", "sao", "hạng sao OCOP", optional=True),
    F("đạt 2.964 ha", "2.964", 2964, "measure", "ha", "diện tích sâm Ngọc Linh"),
    F("hai huyện", "hai", 2, "count", "huyện", "huyện trồng sâm tập trung", optional=True),
    F("khoảng 410 ha", "410", 410, "measure", "ha", "diện tích đã cho thu hoạch", approx="about", total=2964),
    F("đạt 12,5 tấn", "12,5", 12.5, "measure", "tấn", "sản lượng sâm củ tươi", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("ước đạt 15 tấn", "15", 15, "measure", "tấn", "sản lượng sâm củ tươi", P("năm nay", "2024-01-01", "2024-12-31"),
      status="estimate"),
    F("bình quân 100 triệu", "100", 100e6, "money", "đồng/kg", "giá bán bình quân"),
    F("khoảng 1.500 tỷ đồng", "1.500", 1500e9, "money", "đồng", "giá trị sâm Ngọc Linh mang về mỗi năm", approx="about"),
    F("xếp thứ hai", "hai", 2, "rank", "hạng", "diện tích sâm Ngọc Linh"),
    F("có 27 hợp tác xã", "27", 27, "count", "hợp tác xã", "hợp tác xã trồng sâm"),
    F(", 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp", "doanh nghiệp trồng sâm"),
    F("hơn 3 nghìn lao động", "3", 3000, "count", "lao động", "việc làm cho lao động địa phương", approx="over"),
    F("đạt 180-250 triệu", "180", 180e6, "money", "đồng/năm", "thu nhập bình quân của hộ trồng sâm", value_max=250e6),
    F("phát triển 10.000 ha", "10.000", 10000, "measure", "ha", "sâm Ngọc Linh", T30, status="target"),
    F("đó 5.000 ha", "5.000", 5000, "measure", "ha", "sâm trồng dưới tán rừng tự nhiên", T30, total=10000, status="target"),
    F("đạt 10.000 tỷ", "10.000", 10e12, "money", "đồng/năm", "giá trị sản xuất", T30, status="target"),
    F("hơn 200 gian hàng", "200", 200, "count", "gian hàng", "gian hàng Hội chợ sâm Ngọc Linh", Y23, approx="over",
      location="Tu Mơ Rông"),
]

HEADER = """National press (VnExpress-style): Kon Tum, sản phẩm OCOP từ sâm Ngọc Linh. Dateline 'Thứ ba, 12/11/2024, 07:30 (GMT+7)'; byline at the end.
Distractors: '(GMT+7)', 'Quốc lộ 40B', 'Hội chợ ... lần thứ 2' (edition), 'tháng 10/2024' (as-of date), commune 'xã Măng Ri'.
2 + 15 + 25 = 42 after 'Trong số này': total 42. Star classes (5/4/3 sao) optional, 'hai huyện' (structure) optional.
'chiếm 24,1% tổng số sản phẩm OCOP của tỉnh' is the percent of the 42. 'năm nay' = 2024 (the dateline's year).
'2.964 ha' is a present state ('hiện'), no period; 'khoảng 410 ha' after 'trong đó' is part of it.
Income of households in commune Măng Ri: a commune is not a province/district, so the location stays Kon Tum.
The headline repeats the 42 (no period in the headline line).
revised: 'hơn 200 gian hàng' of the fair held 'tại huyện Tu Mơ Rông' describes that district (the fair's place), location Tu Mơ Rông."""

emit(6, HEADER, TEXT, FIGS, published="2024-11-12", location="Kon Tum")
