"""p1115-6: national newspaper, ticket prices of hot-spring / mud-bath parks rise in early 2025."""
from lib import F, P, I, C, T, write

TEXT = """Du lịch > Điểm đến

Giá vé tắm khoáng nóng tăng mạnh dịp đầu năm

Chủ nhật, 16/3/2025, 07:30 (GMT+7)

Nhiều khu tắm khoáng, tắm bùn tăng giá vé 15-30% so với năm trước, song lượng khách vẫn đông, nhất là vào cuối tuần.

Tại Khu du lịch suối khoáng nóng Bình Châu (Bà Rịa - Vũng Tàu), cách TP Vũng Tàu khoảng 80 km theo Quốc lộ 55, giá vé tắm khoáng từ ngày 1/1 tăng lên 250.000 đồng/người, cao hơn 50.000 đồng so với giá cũ. Gói tắm bùn khoáng kèm ngâm chân và luộc trứng tại suối có giá 650.000 đồng/người. Đại diện khu du lịch cho biết 2 tháng đầu năm đón khoảng 78.000 lượt khách, tăng 12% so với cùng kỳ, trong đó khách quốc tế chiếm khoảng 15%.

Ở miền Trung, giá vé tắm khoáng tại công viên suối khoáng nóng Núi Thần Tài (Đà Nẵng) là 400.000 đồng/người lớn, tại I-Resort (Khánh Hòa) là 300.000 đồng, còn tắm bùn tập thể tại Tháp Bà (Khánh Hòa) khoảng 350.000 đồng.

Theo Hiệp hội Du lịch Việt Nam, năm 2024 cả nước có khoảng 3,2 triệu lượt khách sử dụng dịch vụ tắm khoáng, tắm bùn, doanh thu ước hơn 4.500 tỷ đồng. Chi tiêu bình quân của một khách khoảng 1,4 triệu đồng/lượt.

"Nhu cầu du lịch chăm sóc sức khỏe đang tăng nhanh, nhất là ở nhóm khách trung niên", ông Lê Minh Tâm, Phó Chủ tịch Hiệp hội, nói. Ông dự báo năm 2025 lượng khách tắm khoáng, tắm bùn có thể tăng 10-15%, song các cơ sở cần minh bạch giá và bảo đảm chất lượng nước theo QCVN 01-1:2018/BYT.

Ngọc Hân
"""

M2 = P("2 tháng đầu năm", "2025-01-01", "2025-02-28")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
BRVT = "Bà Rịa - Vũng Tàu"

FIGS = [
    F("giá vé 15-30%", "15", 15, "percent", "%", "giá vé tắm khoáng, tắm bùn tăng", value_max=30, location=None),
    F("khoảng 80 km", "80", 80, "measure", "km", "khoảng cách từ Bình Châu đến TP Vũng Tàu", approx="about",
      location=BRVT),
    F("tăng lên 250.000 đồng/người", "250.000", 250000, "money", "đồng/người", "giá vé tắm khoáng",
      change=C("+", 50000, "đồng", "giá cũ"), location=BRVT),
    F("650.000 đồng/người", "650.000", 650000, "money", "đồng/người", "giá gói tắm bùn khoáng", location=BRVT),
    F("khoảng 78.000 lượt khách", "78.000", 78000, "count", "lượt khách", "lượt khách khu du lịch đón", M2,
      approx="about", change=C("+", 12, "%", "cùng kỳ"), location=BRVT),
    F("chiếm khoảng 15%", "15", 15, "percent", "%", "khách quốc tế", M2, approx="about", location=BRVT),
    F("400.000 đồng/người lớn", "400.000", 400000, "money", "đồng/người lớn", "giá vé tắm khoáng tại Núi Thần Tài",
      location="Đà Nẵng"),
    F("là 300.000 đồng", "300.000", 300000, "money", "đồng", "giá vé tắm khoáng tại I-Resort", location="Khánh Hòa"),
    F("khoảng 350.000 đồng", "350.000", 350000, "money", "đồng", "giá tắm bùn tập thể tại Tháp Bà", approx="about",
      location="Khánh Hòa"),
    F("khoảng 3,2 triệu lượt khách", "3,2", 3200000, "count", "lượt khách",
      "lượt khách sử dụng dịch vụ tắm khoáng, tắm bùn", Y24, approx="about", location="Việt Nam"),
    F("ước hơn 4.500 tỷ đồng", "4.500", 4500e9, "money", "đồng", "doanh thu dịch vụ tắm khoáng, tắm bùn", Y24,
      approx="over", status="estimate", location="Việt Nam"),
    F("khoảng 1,4 triệu đồng/lượt", "1,4", 1400000, "money", "đồng/lượt", "chi tiêu bình quân của một khách",
      I(Y24), approx="about", location="Việt Nam"),
    F("tăng 10-15%", "10", 10, "percent", "%", "lượng khách tắm khoáng, tắm bùn tăng", Y25, value_max=15,
      status="forecast", location="Việt Nam"),
]

write(6, TEXT, FIGS, [
    "National newspaper (travel section): hot-spring and mud-bath ticket prices, early 2025 (Bình Châu, Núi Thần Tài, I-Resort, Tháp Bà) and national 2024 totals.",
    "The lead 'tăng giá vé 15-30%' covers 'nhiều khu' in several provinces, no place: location null. Growth rates without base amount are percent figures (no change).",
    "'2 tháng đầu năm' takes 2025 (dateline; the only earlier date, 'ngày 1/1', has no year). Places in brackets after a park are the figures' locations.",
    "Distractors: Quốc lộ 55, ngày 1/1, 07:30 (GMT+7), QCVN 01-1:2018/BYT.",
    "revised: the price list items name parks (not places): the park stays in the subject, the province goes to location.",
], published="2025-03-16", location=None)
