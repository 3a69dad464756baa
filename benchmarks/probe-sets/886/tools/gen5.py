"""p886-5: Báo Cà Mau, mangrove charcoal kilns in huyện Ngọc Hiển, 2023."""
from lib import F, period, change, write

TEXT = """Giữ lửa nghề hầm than đước

Huyện Ngọc Hiển hiện còn 86 lò hầm than đước đang hoạt động, giảm 41 lò so với năm 2018, tập trung ở các xã Tam Giang Tây (34 lò), Tân Ân Tây (29 lò) và Viên An Đông (23 lò).

Ông Nguyễn Văn Bảy, chủ lò than ở ấp Kinh 17, xã Tam Giang Tây, cho biết mỗi mẻ hầm cần khoảng 25-30 tấn gỗ đước, sau 25-28 ngày cho ra 6-7 tấn than. Lò của ông có đường kính 5 m, xây bằng đất sét trộn rơm. Giá than đước loại 1 tại lò hiện khoảng 9.000-10.000 đồng/kg, cao hơn khoảng 15% so với cùng kỳ năm 2022. Trừ chi phí, mỗi mẻ ông lãi 18-20 triệu đồng; lò tạo việc làm cho 5 lao động với tiền công 250.000 đồng/người/ngày.

Năm 2022, sản lượng than toàn huyện ước đạt 7.200 tấn, trong đó trên 60% được tiêu thụ tại TP Hồ Chí Minh và các tỉnh miền Tây, phần còn lại xuất sang Nhật Bản, Hàn Quốc. Theo Hạt Kiểm lâm huyện, gỗ đưa vào lò phải là gỗ rừng trồng đến tuổi khai thác (trên 15 năm tuổi) và có hồ sơ nguồn gốc hợp pháp.

Năm 2023, huyện phối hợp với Trường Đại học Cần Thơ thí điểm 3 lò hầm than cải tiến có ống thu khói. Loại lò này rút ngắn thời gian hầm 5 ngày, mỗi mẻ thu hồi khoảng 300 lít giấm gỗ dùng trong nông nghiệp. Huyện đặt mục tiêu đến năm 2025 chuyển đổi ít nhất 30 lò sang công nghệ cải tiến, giảm khói bụi ảnh hưởng đến khu dân cư dọc Quốc lộ 1A.

MINH HẢI
18/08/2023
"""

P22 = period("Năm 2022", "2022-01-01", "2022-12-31")
P23 = period("Năm 2023", "2023-01-01", "2023-12-31")
P25 = period("đến năm 2025", None, "2025-12-31")
SLO = "lò hầm than đước đang hoạt động"

FIGS = [
    F("còn 86 lò", "86", 86, "count", "lò", SLO, change=change("decrease", 41, "lò", "năm 2018")),
    F("(34 lò)", "34", 34, "count", "lò", SLO, total=86),
    F("(29 lò)", "29", 29, "count", "lò", SLO, total=86),
    F("(23 lò)", "23", 23, "count", "lò", SLO, total=86),
    F("khoảng 25-30 tấn", "25", 25, "measure", "tấn", "gỗ đước mỗi mẻ hầm cần", value_max=30, approx="about"),
    F("sau 25-28 ngày", "25", 25, "measure", "ngày", "thời gian hầm một mẻ", value_max=28),
    F("ra 6-7 tấn", "6", 6, "measure", "tấn", "than một mẻ cho ra", value_max=7),
    F("đường kính 5 m", "5", 5, "measure", "m", "đường kính lò", optional=True),
    F("khoảng 9.000-10.000 đồng/kg", "9.000", 9000, "money", "đồng/kg", "giá than đước loại 1 tại lò",
      value_max=10000, approx="about", change=change("increase", 15, baseline="cùng kỳ năm 2022", approx="about")),
    F("lãi 18-20 triệu", "18", 18e6, "money", "đồng/mẻ", "lãi mỗi mẻ", value_max=20e6),
    F("cho 5 lao động", "5", 5, "count", "lao động", "lao động lò tạo việc làm"),
    F("250.000 đồng/người/ngày", "250.000", 250000, "money", "đồng/người/ngày", "tiền công"),
    F("ước đạt 7.200 tấn", "7.200", 7200, "measure", "tấn", "sản lượng than toàn huyện", status="estimate", period=P22),
    F("trên 60%", "60", 60, "percent", "%", "than tiêu thụ tại TP Hồ Chí Minh và các tỉnh miền Tây", approx="over",
      status="estimate", period=P22),
    F("trên 15 năm tuổi", "15", 15, "measure", "năm", "tuổi gỗ rừng trồng đến tuổi khai thác", approx="over",
      optional=True),
    F("thí điểm 3 lò", "3", 3, "count", "lò", "lò hầm than cải tiến có ống thu khói thí điểm", period=P23),
    F("hầm 5 ngày", "5", 5, "measure", "ngày", "thời gian hầm rút ngắn"),
    F("khoảng 300 lít", "300", 300, "measure", "lít/mẻ", "giấm gỗ thu hồi mỗi mẻ", approx="about"),
    F("ít nhất 30 lò", "30", 30, "count", "lò", "lò chuyển đổi sang công nghệ cải tiến", approx="at_least",
      status="target", period=P25),
]

NOTES = [
    "Báo Cà Mau (Party paper): nghề hầm than đước ở huyện Ngọc Hiển; byline MINH HẢI and bare date 18/08/2023 at the end.",
    "'hiện còn 86 lò ... giảm 41 lò so với năm 2018': change in lò; commune brackets (34+29+23) add up to 86, so total 86;",
    "commune figures take the district Ngọc Hiển. 'hiện' gives no period. Consumption in TP Hồ Chí Minh does not make it the location.",
    "'ước đạt 7.200 tấn' estimate; '... trong đó trên 60%' continues the same clause (estimate) and is a percent figure of its own.",
    "Optional: the example kiln's diameter '5 m', the category threshold 'trên 15 năm tuổi'.",
    "Not figures: 'Nguyễn Văn Bảy', 'ấp Kinh 17', 'than đước loại 1', 'Quốc lộ 1A', the bare date.",
]

write("p886-5", TEXT, FIGS, NOTES, published="2023-08-18", location="Ngọc Hiển")
