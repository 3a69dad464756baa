from lib import *

TEXT = """Du lịch › Điểm đến
Thứ hai, 29/4/2024, 07:00 (GMT+7)

Giá vé tắm khoáng nóng dịp 30/4 tăng 10-20%

Nhiều khu suối khoáng nóng điều chỉnh giá vé dịp nghỉ lễ 30/4 - 1/5, mức phổ biến từ 250.000 đến 650.000 đồng một người.

Tại Khánh Hòa, khu tắm bùn khoáng I-Resort Nha Trang niêm yết vé tắm bùn tập thể 350.000 đồng, bồn riêng cho 2 người 700.000 đồng. Dịp lễ, khu này dự kiến đón 3.000-3.500 khách mỗi ngày. Theo Sở Du lịch Khánh Hòa, năm 2023 các điểm tắm bùn khoáng ở Nha Trang đón gần 1,1 triệu lượt khách, trong đó khách quốc tế chiếm 65%.

Ở phía Nam, Khu du lịch suối khoáng nóng Bình Châu (huyện Xuyên Mộc, Bà Rịa - Vũng Tàu), cách TP HCM khoảng 150 km, bán vé vào cổng 150.000 đồng, tăng 30.000 đồng so với năm ngoái. Quý I năm nay, khu đón khoảng 95.000 lượt khách, doanh thu hơn 38 tỷ đồng. Khu mở cửa từ 6h30 đến 22h, tổng đài đặt vé 1900.6868.

Phía Bắc, giá tắm khoáng tại Thanh Thủy (Phú Thọ) dao động 200.000-450.000 đồng. Đại diện một công ty lữ hành ở Hà Nội cho biết lượng đặt tour nghỉ dưỡng khoáng nóng cuối tuần tăng khoảng 40% so với cùng kỳ; tour 2 ngày 1 đêm có giá từ 1,9 triệu đồng trở lên.

Theo Tổng cục Thống kê, 4 tháng đầu năm 2024, Việt Nam đón 6,2 triệu lượt khách quốc tế, tăng 68,3% so với cùng kỳ năm trước.

Lan Anh
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Q1 = P("Quý I năm nay", "2024-01-01", "2024-03-31")

FIGS = [
    F("tăng 10-20%", "10", 10, "percent", "%", "giá vé tắm khoáng nóng dịp 30/4", value_max=20, location="Việt Nam"),
    F("từ 250.000 đến 650.000", "250.000", 250000, "money", "đồng/người", "mức giá vé phổ biến dịp nghỉ lễ",
      value_max=650000, location="Việt Nam"),
    F("tập thể 350.000 đồng", "350.000", 350000, "money", "đồng", "vé tắm bùn tập thể I-Resort Nha Trang", location="Khánh Hòa"),
    F("cho 2 người", "2", 2, "count", "người", "sức chứa bồn riêng", optional=True, location="Khánh Hòa"),
    F("700.000 đồng", "700.000", 700000, "money", "đồng", "vé bồn riêng cho 2 người", location="Khánh Hòa"),
    F("3.000-3.500 khách", "3.000", 3000, "count", "khách", "khách mỗi ngày dịp lễ", value_max=3500, status="forecast",
      location="Khánh Hòa"),
    F("gần 1,1 triệu", "1,1", 1100000, "count", "lượt khách", "lượt khách các điểm tắm bùn khoáng", Y23, approx="nearly",
      location="Nha Trang"),
    F("chiếm 65%", "65", 65, "percent", "%", "tỷ lệ khách quốc tế", Y23, location="Nha Trang"),
    F("khoảng 150 km", "150", 150, "measure", "km", "khoảng cách từ Khu du lịch suối khoáng nóng Bình Châu đến TP HCM",
      approx="about", location="Xuyên Mộc"),
    F("cổng 150.000 đồng", "150.000", 150000, "money", "đồng", "giá vé vào cổng Khu du lịch suối khoáng nóng Bình Châu",
      change=CH("increase", 30000, "đồng", baseline="năm ngoái"), location="Xuyên Mộc"),
    F("khoảng 95.000", "95.000", 95000, "count", "lượt khách", "lượt khách", Q1, approx="about", location="Xuyên Mộc"),
    F("hơn 38 tỷ", "38", 38e9, "money", "đồng", "doanh thu", Q1, approx="over", location="Xuyên Mộc"),
    F("200.000-450.000", "200.000", 200000, "money", "đồng", "giá tắm khoáng", value_max=450000, location="Thanh Thủy"),
    F("khoảng 40%", "40", 40, "percent", "%", "lượng đặt tour nghỉ dưỡng khoáng nóng cuối tuần", approx="about",
      location="Hà Nội"),
    F("tour 2 ngày", "2", 2, "measure", "ngày", "thời lượng tour", optional=True, location="Hà Nội"),
    F("1 đêm", "1", 1, "measure", "đêm", "thời lượng tour", optional=True, location="Hà Nội"),
    F("1,9 triệu", "1,9", 1900000, "money", "đồng", "giá tour 2 ngày 1 đêm", approx="at_least", location="Hà Nội"),
    F("6,2 triệu", "6,2", 6200000, "count", "lượt khách", "lượt khách quốc tế", P("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30"),
      change=CH("increase", 68.3, baseline="cùng kỳ năm trước"), location="Việt Nam"),
]

COMMENTS = [
    "National press (online paper), 'Thứ hai, 29/4/2024, 07:00 (GMT+7)', byline at the end: hot-spring ticket prices for the 30/4 holiday.",
    "No article-wide place: each figure takes its own (headline and lead are a nationwide survey → Việt Nam; I-Resort prices 'Tại Khánh Hòa'",
    "→ Khánh Hòa; 'các điểm … ở Nha Trang' → Nha Trang; Bình Châu → Xuyên Mộc; the Hà Nội tour operator's bookings → Hà Nội).",
    "'dịp 30/4', '30/4 - 1/5' are dates, not fractions. 'tăng 10-20%' in the headline is a growth rate as the claim (percent range).",
    "'tăng 30.000 đồng so với năm ngoái' is the change of 150.000 đồng. 'từ 1,9 triệu đồng trở lên' → at_least.",
    "'bồn riêng cho 2 người' and 'tour 2 ngày 1 đêm' are product labels: optional. 'Quý I năm nay' → Q1 2024 (published 2024).",
    "Not figures: opening hours 6h30-22h, hotline 1900.6868.",
]

emit("p737-6", TEXT, COMMENTS, FIGS, published="2024-04-29")
