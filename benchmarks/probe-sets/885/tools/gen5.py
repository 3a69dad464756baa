"""p885-5: provincial Party newspaper (Báo Quảng Nam), bronze casting village Phước Kiều, byline + bare date at the end."""
from lib import F, P, I, C, write

TEXT = """Làng đúc đồng Phước Kiều giữ lửa nghề

Những tháng đầu năm nay, giá đồng phế liệu tăng mạnh khiến nhiều lò đúc ở làng Phước Kiều (xã Điện Phương, thị xã Điện Bàn) gặp khó.

Theo ông Dương Đình Hai, Chi hội trưởng Chi hội nghề đúc đồng Phước Kiều, hiện làng có 23 cơ sở đúc đồng với khoảng 150 lao động thường xuyên. Từ đầu năm 2024 đến nay, giá đồng phế liệu loại tốt đã lên 210.000-230.000 đồng/kg, tăng khoảng 25% so với cùng kỳ năm 2023, trong khi giá thiếc, nguyên liệu pha chế, cũng tăng lên trên 700.000 đồng/kg.

Để đúc một bộ chiêng 6 chiếc, thợ cần khoảng 25 kg đồng; giá bán mỗi bộ từ 15 đến 18 triệu đồng, tùy kích cỡ. "Giá nguyên liệu lên mà giá chiêng không tăng được bao nhiêu, nhiều lò phải tạm nghỉ", ông Hai chia sẻ.

Năm 2023, các cơ sở trong làng tiêu thụ khoảng 60 tấn đồng phế liệu, doanh thu đạt hơn 42 tỷ đồng; trong đó sản phẩm xuất bán cho các tỉnh Tây Nguyên và Lào chiếm khoảng 35%. Bên cạnh chiêng, cồng, làng còn đúc lư hương, tượng, chuông chùa nặng tới 2 tấn.

Khói bụi từ lò nấu đồng đang là nỗi lo của người dân. Năm 2024, UBND thị xã Điện Bàn bố trí 1,2 tỷ đồng xây dựng hệ thống thu gom, xử lý khí thải cho 10 lò đúc, dự kiến hoàn thành trong quý III/2024. Mục tiêu đến năm 2025, 100% lò đúc nằm trong khu dân cư được lắp thiết bị lọc bụi.

Để giữ nghề, Chi hội đang phối hợp với Trung tâm Khuyến công tỉnh mở lớp dạy nghề cho 30 thanh niên trong làng, mỗi học viên được hỗ trợ 2 triệu đồng/tháng trong 3 tháng học.

THÁI CƯỜNG

18/04/2024
"""

SINCE = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-04-18")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 23 cơ sở", "23", 23, "count", "cơ sở", "cơ sở đúc đồng"),
    F("khoảng 150 lao động", "150", 150, "count", "lao động", "lao động thường xuyên", approx="about"),
    F("210.000-230.000", "210.000", 210000, "money", "đồng/kg", "giá đồng phế liệu loại tốt", SINCE,
      value_max=230000, change=C("increase", 25, baseline="cùng kỳ năm 2023", approx="about")),
    F("trên 700.000 đồng/kg", "700.000", 700000, "money", "đồng/kg", "giá thiếc", SINCE, approx="over"),
    F("bộ chiêng 6 chiếc", "6", 6, "count", "chiếc", "chiếc chiêng trong một bộ", optional=True),
    F("khoảng 25 kg", "25", 25, "measure", "kg", "đồng cần để đúc một bộ chiêng", approx="about"),
    F("từ 15 đến 18 triệu", "15", 15e6, "money", "đồng/bộ", "giá bán mỗi bộ chiêng", value_max=18e6),
    F("khoảng 60 tấn", "60", 60, "measure", "tấn", "đồng phế liệu tiêu thụ", Y23, approx="about"),
    F("hơn 42 tỷ đồng", "42", 42e9, "money", "đồng", "doanh thu", Y23, approx="over"),
    F("chiếm khoảng 35%", "35", 35, "percent", "%", "sản phẩm xuất bán cho các tỉnh Tây Nguyên và Lào", Y23,
      approx="about"),
    F("nặng tới 2 tấn", "2", 2, "measure", "tấn", "chuông chùa", optional=True),
    F("bố trí 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí xây dựng hệ thống thu gom, xử lý khí thải", Y24),
    F("cho 10 lò đúc", "10", 10, "count", "lò đúc", "lò đúc được xây dựng hệ thống thu gom, xử lý khí thải", Y24),
    F("2025, 100% lò đúc", "100", 100, "percent", "%", "lò đúc trong khu dân cư được lắp thiết bị lọc bụi", T25,
      status="target"),
    F("cho 30 thanh niên", "30", 30, "count", "thanh niên", "thanh niên được dạy nghề"),
    F("2 triệu đồng/tháng", "2", 2e6, "money", "đồng/tháng", "hỗ trợ mỗi học viên"),
    F("trong 3 tháng học", "3", 3, "measure", "tháng", "thời gian học nghề", optional=True),
]

NOTES = [
    "Báo Quảng Nam: Phước Kiều bronze-casting village (xã Điện Phương, thị xã Điện Bàn); byline THÁI CƯỜNG and bare date 18/04/2024 at the end.",
    "Location: the town (thị xã) Điện Bàn for all figures; 'Tây Nguyên và Lào' are buyers, not the place of the figure.",
    "'chiếm khoảng 35%' after 'trong đó' is a share of the revenue of one product group: a percent figure of its own, not 42 tỷ's share.",
    "Optional: the example set 'bộ chiêng 6 chiếc', 'chuông chùa nặng tới 2 tấn' (a product's specification), '3 tháng học' (the course's length).",
    "Distractors: 'ông Dương Đình Hai'/'ông Hai' (name), 'quý III/2024' (a schedule), 'Những tháng đầu năm nay', byline date.",
]

write("p885-5", TEXT, NOTES, FIGS, published="2024-04-18", location="Điện Bàn")
