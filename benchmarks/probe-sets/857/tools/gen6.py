"""p857-6: national newspaper (VnExpress style), milk-tea and coffee chains in TP Hồ Chí Minh, 2024 results."""
from lib import F, P, I, C, T, build

TEXT = """Kinh doanh › Doanh nghiệp
Thứ năm, 13/3/2025, 06:30 (GMT+7)

Chuỗi trà sữa đóng bớt cửa hàng vì mặt bằng đắt đỏ

Nhiều chuỗi trà sữa tại TP Hồ Chí Minh đóng hàng chục điểm bán trong năm ngoái do giá thuê mặt bằng tăng, trong khi cà phê mang đi giá rẻ vẫn mở rộng.

Theo Sở Công Thương, năm 2024 TP HCM có khoảng 5.900 cửa hàng trà sữa, giảm 11% so với năm 2023; số quán cà phê đạt hơn 21.000 quán, tăng 4,5%. Doanh thu dịch vụ ăn uống cả năm ước đạt 103.840 tỷ đồng, tăng 9,8% so với năm trước, chiếm 9,6% tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng.

Một chuỗi trà sữa Đài Loan có 86 cửa hàng tại Việt Nam cho biết đã đóng 14 điểm bán ở TP HCM trong năm 2024, hiện còn 31 cửa hàng tại thành phố. Theo đại diện chuỗi, giá thuê mặt bằng ở các quận trung tâm như quận 1, quận 3 lên tới 150-250 triệu đồng/tháng. Tiền thuê thường chiếm 30-35% doanh thu của một cửa hàng.

Ở phân khúc cà phê, một chuỗi cà phê mang đi nội địa đã tăng từ 120 lên 310 điểm bán sau hai năm, với giá phổ biến 19.000-29.000 đồng/ly. Trong khi đó, một ly trà sữa tại các thương hiệu lớn có giá 45.000-65.000 đồng.

Khảo sát của một công ty nghiên cứu thị trường cho thấy 62% người tiêu dùng tại TP HCM uống cà phê ít nhất 3 lần mỗi tuần, còn tỷ lệ mua trà sữa hàng tuần giảm từ 48% xuống 39%. Chuyên gia dự báo năm 2025 số cửa hàng trà sữa ở thành phố có thể giảm thêm 5-7%.

Thanh Lan
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hàng chục điểm bán", "chục", 10, "count", "điểm bán", "điểm bán của các chuỗi trà sữa bị đóng",
      P("trong năm ngoái", "2024-01-01", "2024-12-31"), approx="about", optional=True),
    F("khoảng 5.900 cửa hàng", "5.900", 5900, "count", "cửa hàng trà sữa", "cửa hàng trà sữa", Y24, approx="about",
      change=C("decrease", 11, "%", "năm 2023")),
    F("hơn 21.000 quán", "21.000", 21000, "count", "quán", "quán cà phê", Y24, approx="over",
      change=C("increase", 4.5, "%")),
    F("ước đạt 103.840 tỷ", "103.840", 103840e9, "money", "đồng", "doanh thu dịch vụ ăn uống",
      P("cả năm", "2024-01-01", "2024-12-31"), status="estimate", percent=9.6,
      change=C("increase", 9.8, "%", "năm trước")),
    F("có 86 cửa hàng", "86", 86, "count", "cửa hàng", "cửa hàng của một chuỗi trà sữa Đài Loan",
      location="Việt Nam"),
    F("đóng 14 điểm bán", "14", 14, "count", "điểm bán", "điểm bán chuỗi trà sữa đã đóng",
      P("trong năm 2024", "2024-01-01", "2024-12-31")),
    F("còn 31 cửa hàng", "31", 31, "count", "cửa hàng", "cửa hàng của chuỗi còn lại tại thành phố"),
    F("tới 150-250", "150", 150e6, "money", "đồng/tháng", "giá thuê mặt bằng ở các quận trung tâm", I(Y24), value_max=250e6),
    F("chiếm 30-35%", "30", 30, "percent", "%", "tiền thuê trong doanh thu của một cửa hàng", I(Y24), value_max=35),
    F("từ 120 lên", "120", 120, "count", "điểm bán", "điểm bán của một chuỗi cà phê mang đi nội địa"),
    F("lên 310 điểm bán", "310", 310, "count", "điểm bán", "điểm bán của một chuỗi cà phê mang đi nội địa"),
    F("phổ biến 19.000-29.000", "19.000", 19000, "money", "đồng/ly", "giá cà phê mang đi", value_max=29000),
    F("giá 45.000-65.000", "45.000", 45000, "money", "đồng", "giá một ly trà sữa tại các thương hiệu lớn",
      value_max=65000),
    F("cho thấy 62%", "62", 62, "percent", "%", "người tiêu dùng uống cà phê ít nhất 3 lần mỗi tuần"),
    F("ít nhất 3 lần", "3", 3, "measure", "lần/tuần", "số lần uống cà phê", approx="at_least", optional=True),
    F("từ 48%", "48", 48, "percent", "%", "tỷ lệ mua trà sữa hàng tuần"),
    F("xuống 39%", "39", 39, "percent", "%", "tỷ lệ mua trà sữa hàng tuần"),
    F("thêm 5-7%", "5", 5, "percent", "%", "số cửa hàng trà sữa giảm thêm",
      P("năm 2025", "2025-01-01", "2025-12-31"), value_max=7, status="forecast"),
]

NOTES = [
    "National newspaper (VnExpress style), 'Thứ năm, 13/3/2025, 06:30 (GMT+7)', byline at the end: milk-tea and coffee",
    "chains in TP Hồ Chí Minh. Location TP Hồ Chí Minh, except the chain's 86 stores 'tại Việt Nam' (Việt Nam).",
    "'tăng từ 120 lên 310', 'giảm từ 48% xuống 39%': both ends are figures, no change object (the difference is not written).",
    "'ít nhất 3 lần mỗi tuần' defines the share's category: optional. 'sau hai năm' is a duration, not a figure.",
    "'30-35%' stands in its own sentence after the rent: a percent figure of its own (a range cannot be a percent attribute).",
    "'hàng chục điểm bán' is a vague number word (optional). Distractors: quận 1, quận 3, 06:30 (GMT+7).",
]

build("p857-6", TEXT, FIGS, NOTES, published="2025-03-13", location="TP Hồ Chí Minh")
