from lib import F, P, I, C, T, build

TEXT = """Kinh doanh › Hàng hóa
Thứ bảy, 18/1/2025, 08:15 (GMT+7)

Làng bánh tráng Mỹ Lồng chạy đơn Tết

Hơn 100 hộ ở làng bánh tráng Mỹ Lồng, Bến Tre thức dậy từ 2h sáng, đỏ lửa lò tráng bánh để kịp giao hàng cho thương lái dịp Tết.

Làng nghề bánh tráng Mỹ Lồng thuộc xã Mỹ Thạnh, huyện Giồng Trôm, hiện có 112 hộ với khoảng 450 lao động. Bà Trần Thị Mười, chủ cơ sở bánh tráng Mười Hương, cho biết từ đầu tháng Chạp cơ sở tăng ca, mỗi ngày làm 3.000-3.500 chiếc. Sản lượng dịp Tết gấp 2-3 lần ngày thường.

Bánh tráng Mỹ Lồng có ba loại chính là bánh tráng sữa, bánh tráng dừa và bánh tráng mè. Giá sỉ bánh tráng sữa 45.000 đồng/xấp, bánh tráng dừa 55.000 đồng/xấp, đều tăng 5.000 đồng mỗi xấp so với năm ngoái.

Theo UBND huyện Giồng Trôm, năm 2024 làng nghề sản xuất khoảng 28 triệu chiếc bánh tráng, doanh thu hơn 96 tỷ đồng, tăng 11% so với năm 2023. Khoảng 30% sản lượng được bán sang TP HCM, Bình Dương, Đồng Nai.

Ông Nguyễn Văn Hai, Phó chủ tịch UBND xã Mỹ Thạnh, cho biết từ năm 2022 đến nay, xã đã hỗ trợ 36 hộ thay lò củi bằng lò đốt trấu viên, giảm khói bụi và bảo đảm vệ sinh an toàn thực phẩm. Bánh tráng Mỹ Lồng của 3 cơ sở đã đạt OCOP 3 sao; mục tiêu đến năm 2025, huyện có thêm 2 sản phẩm đạt OCOP 4 sao.

Toàn tỉnh Bến Tre hiện có 8 làng nghề bánh tráng, bánh phồng được công nhận, với khoảng 1.700 hộ tham gia, doanh thu mỗi năm trên 400 tỷ đồng.

Hoàng Nam
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
FROM22 = P("từ năm 2022 đến nay", "2022-01-01", "2025-01-18")
T25 = P("đến năm 2025", None, "2025-12-31")
BT = "Bến Tre"

FIGS = [
    F("Hơn 100 hộ", "100", 100, "count", "hộ", "hộ làng bánh tráng Mỹ Lồng", approx="over", location=BT),
    F("có 112 hộ", "112", 112, "count", "hộ", "hộ làng nghề bánh tráng Mỹ Lồng"),
    F("khoảng 450 lao động", "450", 450, "count", "lao động", "lao động làng nghề bánh tráng Mỹ Lồng", approx="about"),
    F("làm 3.000-3.500 chiếc", "3.000", 3000, "measure", "chiếc/ngày", "bánh tráng cơ sở Mười Hương làm mỗi ngày", value_max=3500),
    F("gấp 2-3 lần", "2", 2, "multiple", "lần", "sản lượng dịp Tết so với ngày thường", value_max=3),
    F("có ba loại", "ba", 3, "count", "loại", "loại bánh tráng Mỹ Lồng chính", optional=True),
    F("sữa 45.000 đồng/xấp", "45.000", 45000, "money", "đồng/xấp", "giá sỉ bánh tráng sữa",
      change=C("increase", 5000, "đồng", "năm ngoái")),
    F("dừa 55.000 đồng/xấp", "55.000", 55000, "money", "đồng/xấp", "giá sỉ bánh tráng dừa",
      change=C("increase", 5000, "đồng", "năm ngoái")),
    F("khoảng 28 triệu chiếc", "28", 28e6, "count", "chiếc bánh tráng", "bánh tráng làng nghề sản xuất", Y24, approx="about"),
    F("hơn 96 tỷ đồng", "96", 96e9, "money", "đồng", "doanh thu làng nghề bánh tráng", Y24, approx="over",
      change=C("increase", 11, "%", "năm 2023")),
    F("Khoảng 30% sản lượng", "30", 30, "percent", "%", "sản lượng bán sang TP HCM, Bình Dương, Đồng Nai", I(Y24), approx="about"),
    F("hỗ trợ 36 hộ", "36", 36, "count", "hộ", "hộ được hỗ trợ thay lò củi bằng lò đốt trấu viên", FROM22),
    F("của 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở có bánh tráng đạt OCOP 3 sao"),
    F("OCOP 3 sao", "3", 3, "count", "sao", "hạng OCOP", optional=True),
    F("thêm 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm đạt OCOP 4 sao", T25, status="target"),
    F("OCOP 4 sao", "4", 4, "count", "sao", "hạng OCOP", optional=True),
    F("có 8 làng nghề", "8", 8, "count", "làng nghề", "làng nghề bánh tráng, bánh phồng được công nhận", location=BT),
    F("khoảng 1.700 hộ", "1.700", 1700, "count", "hộ", "hộ tham gia làng nghề bánh tráng, bánh phồng", approx="about", location=BT),
    F("trên 400 tỷ đồng", "400", 400e9, "money", "đồng/năm", "doanh thu mỗi năm của làng nghề bánh tráng, bánh phồng",
      approx="over", location=BT),
]

build("p826-6", TEXT, FIGS, published="2025-01-18", location="Giồng Trôm", comments=[
    "National online paper (VnExpress style, 'Thứ bảy, 18/1/2025, 08:15 (GMT+7)'): làng bánh tráng Mỹ Lồng, xã Mỹ Thạnh, huyện Giồng Trôm (Bến Tre).",
    "Village figures take the district Giồng Trôm (named), except the lead's 'Hơn 100 hộ ở làng ... Mỹ Lồng, Bến Tre' (only Bến Tre named there); the last paragraph is provincial (Bến Tre). Buyers' provinces (TP HCM, Bình Dương, Đồng Nai) are not places of the 30%.",
    "'gấp 2-3 lần ngày thường' stands as its own sentence: a multiple 2-3. 'đều tăng 5.000 đồng mỗi xấp' is the change of both prices ('đều').",
    "'ba loại chính' (structure) and OCOP stars are optional. 'từ năm 2022 đến nay' ends at the dateline 2025-01-18.",
    "Not figures: 08:15 (GMT+7), '2h sáng', names 'Trần Thị Mười', 'Mười Hương', 'Nguyễn Văn Hai', 'tháng Chạp'.",
])
