"""p976-5: Báo Sóc Trăng (Party newspaper), mass nghêu die-off in Vĩnh Châu and Cù Lao Dung; byline and bare date at the end."""
from lib import F, P, I, CH, build

TEXT = """Nghêu chết hàng loạt, người nuôi ven biển Vĩnh Châu thiệt hại nặng

Những ngày này, trên bãi bồi ven biển phường Vĩnh Phước, thị xã Vĩnh Châu, gần 200 lao động của Hợp tác xã Nghêu Vĩnh Phước khẩn trương thu gom nghêu chết để tránh ô nhiễm lan rộng.

Theo ông Trần Văn Sáu, Giám đốc HTX, từ đầu tháng 4 đến nay, HTX đã có khoảng 120 ha trên tổng số 350 ha nghêu bị chết, tỷ lệ hao hụt từ 40 đến 60%, có bãi chết gần như toàn bộ. Ước tính thiệt hại khoảng 18 tỷ đồng. HTX hiện có 412 hộ thành viên, trong đó 156 hộ thuộc diện nghèo và cận nghèo.

Theo Phòng Kinh tế thị xã Vĩnh Châu, toàn thị xã hiện có 1.480 ha nuôi nghêu. Tính đến ngày 10/5, đã ghi nhận 610 ha nghêu chết, chiếm 41,2% diện tích. Tại huyện Cù Lao Dung, 95 ha nghêu của 2 tổ hợp tác cũng bị thiệt hại. Nguyên nhân nghêu chết ở cả hai địa phương được xác định do nhiệt độ nước trên bãi triều có thời điểm lên 38-40°C, độ mặn trên 30‰ kéo dài.

Năm 2023, Sóc Trăng thu hoạch 11.200 tấn nghêu, giá bán tại bãi bình quân 25.000 đồng/kg. Dự kiến năm nay sản lượng chỉ đạt khoảng 7.000 tấn, giảm gần 40%. Ngành nông nghiệp tỉnh đã hỗ trợ 500 kg vôi và chế phẩm xử lý đáy cho mỗi HTX, đồng thời hướng dẫn lập hồ sơ đề nghị hỗ trợ theo Nghị định số 02/2017/NĐ-CP đối với diện tích thiệt hại trên 70%.

Ông Lâm Văn Bảy, xã viên HTX, chia sẻ: “Gia đình tôi có 3 ha nghêu thả từ tháng 10 năm ngoái, chỉ còn chờ 2 tháng nữa là thu hoạch thì chết sạch”.

THANH TÂM
14/5/2024
"""

SINCE = P("từ đầu tháng 4 đến nay", "2024-04-01", "2024-05-14")
ASOF = P("Tính đến ngày 10/5", None, "2024-05-10")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    F("gần 200 lao động", "200", 200, "count", "lao động", "lao động HTX Nghêu Vĩnh Phước thu gom nghêu chết",
      approx="nearly", location="Vĩnh Châu"),
    F("khoảng 120 ha", "120", 120, "measure", "ha", "diện tích nghêu bị chết của HTX", SINCE,
      approx="about", total=350, location="Vĩnh Châu"),
    F("từ 40 đến 60%", "40", 40, "percent", "%", "tỷ lệ hao hụt nghêu", SINCE, value_max=60, location="Vĩnh Châu"),
    F("khoảng 18 tỷ đồng", "18", 18e9, "money", "đồng", "thiệt hại của HTX do nghêu chết", I(SINCE),
      approx="about", status="estimate", location="Vĩnh Châu"),
    F("có 412 hộ", "412", 412, "count", "hộ", "hộ thành viên HTX", location="Vĩnh Châu"),
    F("trong đó 156 hộ", "156", 156, "count", "hộ", "hộ thành viên thuộc diện nghèo và cận nghèo", total=412,
      location="Vĩnh Châu"),
    F("có 1.480 ha", "1.480", 1480, "measure", "ha", "diện tích nuôi nghêu", location="Vĩnh Châu"),
    F("ghi nhận 610 ha", "610", 610, "measure", "ha", "diện tích nghêu chết", ASOF, percent=41.2, location="Vĩnh Châu"),
    F("95 ha nghêu", "95", 95, "measure", "ha", "diện tích nghêu bị thiệt hại", location="Cù Lao Dung"),
    F("của 2 tổ hợp tác", "2", 2, "count", "tổ hợp tác", "tổ hợp tác có nghêu bị thiệt hại", location="Cù Lao Dung"),
    F("cả hai địa phương", "hai", 2, "count", "địa phương", "địa phương có nghêu chết", optional=True),
    F("lên 38-40°C", "38", 38, "measure", "°C", "nhiệt độ nước trên bãi triều", value_max=40),
    F("trên 30‰", "30", 30, "measure", "‰", "độ mặn", approx="over"),
    F("thu hoạch 11.200 tấn", "11.200", 11200, "measure", "tấn", "sản lượng nghêu thu hoạch", Y23),
    F("bình quân 25.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá bán nghêu tại bãi", Y23),
    F("khoảng 7.000 tấn", "7.000", 7000, "measure", "tấn", "sản lượng nghêu", P("năm nay", "2024-01-01", "2024-12-31"),
      approx="about", status="forecast", change=CH("decrease", 40, "%", None, "nearly")),
    F("hỗ trợ 500 kg", "500", 500, "measure", "kg", "vôi và chế phẩm xử lý đáy hỗ trợ mỗi HTX"),
    F("thiệt hại trên 70%", "70", 70, "percent", "%", "mức thiệt hại được đề nghị hỗ trợ", approx="over", optional=True),
    F("có 3 ha nghêu", "3", 3, "measure", "ha", "diện tích nghêu của gia đình ông Lâm Văn Bảy", location="Vĩnh Châu"),
    F("chờ 2 tháng nữa", "2", 2, "measure", "tháng", "thời gian còn lại đến thu hoạch", optional=True,
      location="Vĩnh Châu"),
]

build("p976-5", TEXT, [
    "Báo Sóc Trăng: nghêu chết hàng loạt ở thị xã Vĩnh Châu, Cù Lao Dung (May 2024). Byline THANH TÂM and bare date 14/5/2024 at the end.",
    "Thị xã Vĩnh Châu and huyện Cù Lao Dung are district-level: their figures take them as location; province-wide 2023 figures Sóc Trăng.",
    "'trên tổng số 350 ha' is the total of 120 ha (not a figure of its own). 'trên 70%' is a support threshold (optional); 'chờ 2 tháng",
    "nữa' (a duration in a quote) and 'cả hai địa phương' (both) are optional. Distractors: Nghị định số 02/2017/NĐ-CP, 'ngày 10/5', 'tháng 10 năm ngoái', names Sáu, Bảy.",
], FIGS, published="2024-05-14", location="Sóc Trăng")
