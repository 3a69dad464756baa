"""p910-2: district portal, huyện Quỳnh Phụ (Thái Bình), xã An Khê fry nurseries, quý I/2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUỲNH PHỤ
Trang chủ / Kinh tế / Nông nghiệp
Thứ Hai, 15/04/2024 - 10:20

Xã An Khê: Nghề ương cá giống cho thu nhập ổn định

Những ngày này, dọc tuyến đường ĐT.396B qua xã An Khê, không khí thu hoạch, xuất bán cá giống vụ xuân diễn ra nhộn nhịp. Toàn xã hiện có 142 hộ ương cá giống, trong đó 38 hộ ương quy mô từ 1 ha trở lên; tổng diện tích ương khoảng 65 ha.

Quý I/2024, các hộ trong xã đã xuất bán khoảng 48 triệu con cá giống các loại, tăng 6 triệu con so với cùng kỳ năm trước; trong đó cá trắm cỏ chiếm khoảng 40%, cá chép lai chiếm 25%, còn lại là cá rô phi, cá mè, cá trôi. Giá cá trắm cỏ giống cỡ 10-12 cm dao động 50.000-55.000 đồng/kg; cá chép lai 45.000 đồng/kg, cao hơn năm 2023 khoảng 5.000 đồng/kg.

Theo tính toán của người dân, ương cá giống cho lợi nhuận từ 180 đến 220 triệu đồng/ha/năm. Lợi nhuận từ ương cá giống gấp khoảng 3 lần trồng lúa. Gia đình ông Nguyễn Văn Tư ở thôn Đông Châu ương 2,5 ha, mỗi năm xuất bán khoảng 4 triệu con giống, thu lãi gần 500 triệu đồng. Nghề ương cá giống tạo việc làm thường xuyên cho hơn 300 lao động với thu nhập 6-7 triệu đồng/người/tháng.

Năm 2024, xã An Khê phấn đấu sản xuất 150 triệu con cá giống, mở rộng diện tích ương thêm 10 ha. Năm 2023, UBND huyện đã hỗ trợ xã 200 triệu đồng theo Nghị quyết số 12/2021/NQ-HĐND để xây dựng mô hình ương cá giống an toàn sinh học.

Thu Hà - Trung tâm VH-TT&TT huyện Quỳnh Phụ
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("có 142 hộ", "142", 142, "count", "hộ", "hộ ương cá giống"),
    F("trong đó 38 hộ", "38", 38, "count", "hộ", "hộ ương quy mô từ 1 ha trở lên", total=142),
    F("từ 1 ha trở lên", "1", 1, "measure", "ha", "quy mô ương", approx="at_least", optional=True),
    F("khoảng 65 ha", "65", 65, "measure", "ha", "tổng diện tích ương", approx="about"),
    F("khoảng 48 triệu con", "48", 48e6, "count", "con", "cá giống các loại xuất bán", Q1, approx="about",
      change=C("increase", 6e6, "con", "cùng kỳ năm trước")),
    F("chiếm khoảng 40%", "40", 40, "percent", "%", "tỷ trọng cá trắm cỏ", Q1, approx="about"),
    F("chiếm 25%", "25", 25, "percent", "%", "tỷ trọng cá chép lai", Q1),
    F("cỡ 10-12 cm", "10", 10, "measure", "cm", "cỡ cá trắm cỏ giống", value_max=12, optional=True),
    F("50.000-55.000 đồng/kg", "50.000", 50000, "money", "đồng/kg", "giá cá trắm cỏ giống", value_max=55000),
    F("lai 45.000 đồng/kg", "45.000", 45000, "money", "đồng/kg", "giá cá chép lai giống",
      change=C("increase", 5000, "đồng/kg", "năm 2023", approx="about")),
    F("từ 180 đến 220 triệu đồng/ha/năm", "180", 180e6, "money", "đồng/ha/năm", "lợi nhuận ương cá giống",
      value_max=220e6),
    F("gấp khoảng 3 lần", "3", 3, "multiple", "lần", "lợi nhuận từ ương cá giống so với trồng lúa", approx="about"),
    F("ương 2,5 ha", "2,5", 2.5, "measure", "ha", "diện tích ương của gia đình ông Nguyễn Văn Tư"),
    F("khoảng 4 triệu con", "4", 4e6, "count", "con", "con giống xuất bán mỗi năm", approx="about"),
    F("gần 500 triệu đồng", "500", 500e6, "money", "đồng", "lãi", approx="nearly"),
    F("hơn 300 lao động", "300", 300, "count", "lao động", "lao động có việc làm thường xuyên từ nghề ương cá giống",
      approx="over"),
    F("6-7 triệu đồng/người/tháng", "6", 6e6, "money", "đồng/người/tháng", "thu nhập", value_max=7e6),
    F("sản xuất 150 triệu con", "150", 150e6, "count", "con", "cá giống sản xuất", Y24, status="target",
),
    F("thêm 10 ha", "10", 10, "measure", "ha", "diện tích ương mở rộng", Y24, status="target"),
    F("hỗ trợ xã 200 triệu đồng", "200", 200e6, "money", "đồng",
      "kinh phí hỗ trợ xây dựng mô hình ương cá giống an toàn sinh học",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
]
for f in FIGS:
    pass

NOTES = [
    "Cổng TTĐT huyện Quỳnh Phụ (Thái Bình): nghề ương cá giống ở xã An Khê, quý I/2024.",
    "Location: the figures describe xã An Khê, a commune of huyện Quỳnh Phụ; FIGURES.md names province, city or district, so 'Quỳnh Phụ'.",
    "Distractors: 15/04/2024 - 10:20, đường ĐT.396B, ông Nguyễn Văn Tư, Nghị quyết số 12/2021/NQ-HĐND.",
    "'chiếm khoảng 40%' / 'chiếm 25%' after 'trong đó' are shares with no base amount: percent figures of their own.",
    "'gấp khoảng 3 lần' stands as its own sentence: multiple. 'từ 1 ha trở lên' (threshold) optional.",
]

write("p910-2", TEXT, FIGS, NOTES, published="2024-04-15", location="Quỳnh Phụ")
