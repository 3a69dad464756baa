"""p860-5: Party/provincial newspaper (Báo Lâm Đồng), cá Koi in Đà Lạt, byline + bare date at the end."""
from lib import F, P, I, C, T, write_set

TEXT = """Báo Lâm Đồng › Kinh tế

Nuôi cá Koi ở Đà Lạt: Hướng đi mới của nông nghiệp đô thị

Khí hậu mát mẻ quanh năm, nguồn nước sạch từ các hồ, suối giúp Đà Lạt trở thành nơi nuôi cá Koi lên màu đẹp bậc nhất cả nước. Theo Phòng Kinh tế thành phố Đà Lạt, hiện trên địa bàn có 37 trại nuôi cá Koi với tổng diện tích mặt nước khoảng 5,6 ha, tăng gần 2 lần so với năm 2020. Các trại tập trung tại Phường 7, Phường 12 và xã Tà Nung.

Năm 2024, các trại đã xuất bán khoảng 420.000 con cá Koi các loại, doanh thu ước đạt 68 tỷ đồng. Trong đó, cá Koi cỡ từ 30 cm trở lên chiếm khoảng 15% số lượng nhưng mang lại hơn 50% doanh thu.

Anh Trần Quốc Tám, chủ một trại Koi ở xã Tà Nung, cho biết trại rộng 4.500 m2, gồm 26 hồ nuôi, vốn đầu tư gần 6 tỷ đồng. Cá Koi cỡ 15-20 cm có giá từ 150.000 đến 300.000 đồng/con, cỡ 40-50 cm giá 3-8 triệu đồng/con; riêng con cá đạt giải tại Hội thi cá Koi Lâm Đồng lần thứ hai năm 2024 được bán với giá 120 triệu đồng. Trại tạo việc làm cho 9 lao động, lương 8-10 triệu đồng/người/tháng.

Quý I/2025, lượng khách tham quan các trại Koi kết hợp du lịch đạt trên 12.000 lượt, tăng 35% so với cùng kỳ. Thành phố đặt mục tiêu đến năm 2030 có 60 trại nuôi cá Koi đạt chuẩn VietGAP, gắn với tuyến du lịch nông nghiệp dọc Quốc lộ 20 và đường Mimosa.

THANH HẢI
22/04/2025
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 37 trại", "37", 37, "count", "trại", "trại nuôi cá Koi"),
    F("khoảng 5,6 ha", "5,6", 5.6, "measure", "ha", "tổng diện tích mặt nước nuôi cá Koi", approx="about",
      change=C("increase", 2, "lần", "năm 2020", approx="nearly")),
    F("khoảng 420.000 con", "420.000", 420000, "count", "con", "cá Koi các trại xuất bán", Y24, approx="about"),
    F("ước đạt 68 tỷ đồng", "68", 68_000_000_000, "money", "đồng", "doanh thu từ cá Koi", Y24, status="estimate"),
    F("từ 30 cm trở lên", "30", 30, "measure", "cm", "cỡ cá Koi", approx="at_least", optional=True),
    F("khoảng 15% số lượng", "15", 15, "percent", "%", "tỷ lệ cá Koi cỡ từ 30 cm trở lên trong số lượng xuất bán",
      I(Y24), approx="about"),
    F("hơn 50% doanh thu", "50", 50, "percent", "%", "tỷ trọng doanh thu của cá Koi cỡ từ 30 cm trở lên", I(Y24),
      approx="over"),
    F("rộng 4.500 m2", "4.500", 4500, "measure", "m2", "diện tích trại Koi"),
    F("gồm 26 hồ", "26", 26, "count", "hồ nuôi", "hồ nuôi của trại"),
    F("gần 6 tỷ đồng", "6", 6_000_000_000, "money", "đồng", "vốn đầu tư trại Koi", approx="nearly"),
    F("cỡ 15-20 cm", "15", 15, "measure", "cm", "cỡ cá Koi", value_max=20, optional=True),
    F("từ 150.000 đến 300.000 đồng/con", "150.000", 150000, "money", "đồng/con", "giá cá Koi cỡ 15-20 cm",
      value_max=300000),
    F("cỡ 40-50 cm", "40", 40, "measure", "cm", "cỡ cá Koi", value_max=50, optional=True),
    F("3-8 triệu đồng/con", "3", 3_000_000, "money", "đồng/con", "giá cá Koi cỡ 40-50 cm", value_max=8_000_000),
    F("giá 120 triệu đồng", "120", 120_000_000, "money", "đồng", "giá bán con cá Koi đạt giải"),
    F("cho 9 lao động", "9", 9, "count", "lao động", "lao động có việc làm tại trại"),
    F("8-10 triệu đồng/người/tháng", "8", 8_000_000, "money", "đồng/người/tháng", "lương lao động",
      value_max=10_000_000),
    F("trên 12.000 lượt", "12.000", 12000, "count", "lượt", "lượt khách tham quan các trại Koi kết hợp du lịch",
      P("Quý I/2025", "2025-01-01", "2025-03-31"), approx="over", change=C("increase", 35, "%", "cùng kỳ")),
    F("có 60 trại", "60", 60, "count", "trại", "trại nuôi cá Koi đạt chuẩn VietGAP",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
]

COMMENTS = [
    "Provincial Party newspaper (Báo Lâm Đồng): Koi farming in Đà Lạt; byline 'THANH HẢI' and bare date '22/04/2025' at the end.",
    "All figures are Đà Lạt (the farm lies in xã Tà Nung of Đà Lạt). 'hiện' gives no period. 'tăng gần 2 lần so với năm 2020'",
    "is the change of the 5,6 ha (unit lần, approx nearly). Size classes (từ 30 cm trở lên, 15-20 cm, 40-50 cm) are optional.",
    "Not figures: 'Phường 7', 'Phường 12', 'Quốc lộ 20', the name 'Trần Quốc Tám', 'lần thứ hai', 'năm 2024' of the contest.",
]

write_set("p860-5", TEXT, FIGS, COMMENTS, published="2025-04-22", location="Đà Lạt")
