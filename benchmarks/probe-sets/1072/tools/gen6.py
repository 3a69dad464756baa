"""p1072-6: national newspaper (VnExpress style), a Tiền Giang exporter ships bưởi da xanh to the US (17/11/2024)."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Hàng hóa
Chủ nhật, 17/11/2024, 07:30 (GMT+7)

Bưởi da xanh Tiền Giang lên kệ siêu thị Mỹ giá gần 200.000 đồng/quả

Một doanh nghiệp ở Tiền Giang mỗi tháng xuất 3-4 container bưởi da xanh sang Mỹ, giá bán lẻ tại đây 7-8 USD/quả.

Ông Lê Minh Khoa, Giám đốc Công ty TNHH Trái cây Mekong, cho biết 10 tháng năm nay công ty đã xuất 38 container bưởi da xanh sang Mỹ, tăng 40% so với cùng kỳ; mỗi container chở khoảng 18 tấn. Doanh thu từ thị trường này ước đạt 1,6 triệu USD, chiếm 45% doanh thu xuất khẩu của công ty.

Để có hàng, công ty liên kết với 126 hộ dân trồng bưởi trên diện tích 280 ha tại các huyện Cái Bè, Cai Lậy và Châu Thành. Bưởi đạt chuẩn được thu mua với giá 30.000-32.000 đồng/kg, cao hơn giá thị trường khoảng 4.000 đồng/kg.

Theo ông Khoa, chi phí vận chuyển mỗi container đường biển sang bờ Tây nước Mỹ khoảng 6.500 USD, thời gian 25-28 ngày. Quả bưởi phải nặng từ 1,2 kg trở lên, vỏ không tì vết mới được đóng thùng.

Tiền Giang hiện có 9.150 ha bưởi, chủ yếu là bưởi da xanh; sản lượng năm 2023 đạt 148.000 tấn. Theo Hiệp hội Rau quả Việt Nam, 9 tháng đầu năm 2024, kim ngạch xuất khẩu bưởi cả nước đạt 76 triệu USD, tăng 18% so với cùng kỳ; Mỹ là thị trường nhập khẩu bưởi lớn thứ 3 của Việt Nam, sau Trung Quốc và EU.

Năm 2025, công ty dự kiến nâng lượng hàng sang Mỹ lên 60 container.

Hoàng Nam
"""

M10 = P("10 tháng năm nay", "2024-01-01", "2024-10-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("gần 200.000 đồng/quả", "200.000", 200000, "money", "đồng/quả", "giá bưởi da xanh tại siêu thị Mỹ", approx="nearly"),
    F("xuất 3-4 container", "3", 3, "count", "container/tháng", "container bưởi da xanh xuất sang Mỹ mỗi tháng",
      value_max=4),
    F("đây 7-8 USD/quả", "7", 7, "money", "USD/quả", "giá bán lẻ bưởi da xanh tại Mỹ", value_max=8),
    F("xuất 38 container", "38", 38, "count", "container", "container bưởi da xanh xuất sang Mỹ", M10,
      change=C("increase", 40, baseline="cùng kỳ")),
    F("khoảng 18 tấn", "18", 18, "measure", "tấn/container", "khối lượng bưởi mỗi container", approx="about"),
    F("ước đạt 1,6 triệu USD", "1,6", 1600000, "money", "USD", "doanh thu từ thị trường Mỹ", I(M10),
      status="estimate", percent=45),
    F("với 126 hộ", "126", 126, "count", "hộ", "hộ dân trồng bưởi liên kết với công ty"),
    F("diện tích 280 ha", "280", 280, "measure", "ha", "diện tích bưởi liên kết"),
    F("giá 30.000-32.000 đồng/kg", "30.000", 30000, "money", "đồng/kg", "giá thu mua bưởi đạt chuẩn",
      value_max=32000, change=C("increase", 4000, "đồng/kg", baseline="giá thị trường", approx="about")),
    F("khoảng 6.500 USD", "6.500", 6500, "money", "USD/container", "chi phí vận chuyển mỗi container", approx="about"),
    F("gian 25-28 ngày", "25", 25, "measure", "ngày", "thời gian vận chuyển", value_max=28),
    F("từ 1,2 kg", "1,2", 1.2, "measure", "kg", "khối lượng quả bưởi xuất khẩu", approx="at_least", optional=True),
    F("có 9.150 ha", "9.150", 9150, "measure", "ha", "diện tích bưởi"),
    F("đạt 148.000 tấn", "148.000", 148000, "measure", "tấn", "sản lượng bưởi", Y23),
    F("đạt 76 triệu USD", "76", 76000000, "money", "USD", "kim ngạch xuất khẩu bưởi", M9,
      change=C("increase", 18, baseline="cùng kỳ"), location="Việt Nam"),
    F("lớn thứ 3", "3", 3, "rank", "hạng", "thị trường nhập khẩu bưởi lớn của Việt Nam", M9, location="Việt Nam"),
    F("lên 60 container", "60", 60, "count", "container", "lượng bưởi xuất sang Mỹ", Y25, status="forecast"),
]

NOTES = [
    "National newspaper (VnExpress style): 'Chủ nhật, 17/11/2024, 07:30 (GMT+7)', byline at the end; a Tiền Giang exporter.",
    "Not figures: 07:30 (GMT+7), ông Lê Minh Khoa, Công ty TNHH Trái cây Mekong, 'bờ Tây' (no number).",
    "The company and the grapefruit it ships are Tiền Giang's: Mỹ is a trade partner, so US prices stay located in Tiền Giang.",
    "Per-unit amounts: '3-4 container' per month (container/tháng), 'mỗi container chở khoảng 18 tấn' (tấn/container),",
    "'chi phí vận chuyển mỗi container ... khoảng 6.500 USD' (USD/container). Shipping time 25-28 ngày is a measure.",
    "'từ 1,2 kg trở lên' is a grading threshold: optional. The national export value and the US market's rank are Việt Nam.",
    "'10 tháng năm nay' = Jan-Oct 2024 (published year); the next sentence's 1,6 triệu USD inherits it.",
    "'nâng lượng hàng sang Mỹ lên 60 container' is the planned level (forecast), not a change.",
]

write(6, TEXT, FIGS, NOTES, published="2024-11-17", location="Tiền Giang")
