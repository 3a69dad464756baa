from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KIM BÔI - TỈNH HÒA BÌNH
Trang chủ / Tin tức / Kinh tế

Quý I/2024: Du lịch khoáng nóng Kim Bôi thu gần 95 tỷ đồng

Thứ Năm, 11/04/2024 - 09:45

Quý I/2024, các khu, điểm du lịch khoáng nóng trên địa bàn huyện đón 168.500 lượt khách, tăng 21,3% so với cùng kỳ năm 2023; trong đó khách quốc tế 4.120 lượt, chiếm 2,4%. Tổng doanh thu đạt gần 95 tỷ đồng, bằng 31,7% kế hoạch năm. Trong quý, Khu nghỉ dưỡng Serena Kim Bôi và Khu du lịch Kim Bôi 2 (xã Hợp Tiến) lần lượt đón 61.300 và 27.800 lượt khách.

Riêng dịp nghỉ Tết Nguyên đán Giáp Thìn, lượng khách đến tắm khoáng khoảng 42 nghìn lượt, bình quân mỗi ngày hơn 4.600 lượt.

Toàn huyện hiện có 27 cơ sở kinh doanh dịch vụ tắm khoáng và 5 khu nghỉ dưỡng với tổng số 1.046 phòng lưu trú; giải quyết việc làm thường xuyên cho trên 1.300 lao động địa phương, thu nhập bình quân 6,5-7 triệu đồng/người/tháng.

Dự án Khu du lịch nghỉ dưỡng khoáng nóng Mớ Đá có quy mô 68,5 ha, tổng vốn đầu tư 1.250 tỷ đồng; dự kiến trong quý II/2024 sẽ đưa vào khai thác giai đoạn 1 với 120 phòng và 2 bể khoáng ngoài trời.

Năm 2024, huyện đặt mục tiêu đón 550 nghìn lượt khách, doanh thu du lịch đạt 300 tỷ đồng.

Phòng Văn hóa và Thông tin huyện Kim Bôi - Tiểu khu Đồng Bái, thị trấn Bo, huyện Kim Bôi. ĐT: 0218.3871.209
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")

FIGS = [
    F("thu gần 95 tỷ đồng", "95", 95e9, "money", "đồng", "doanh thu du lịch khoáng nóng Kim Bôi", P("Quý I/2024", "2024-01-01", "2024-03-31"),
      approx="nearly"),
    F("168.500 lượt khách", "168.500", 168500, "count", "lượt khách", "lượt khách các khu, điểm du lịch khoáng nóng", Q1,
      change=CH("increase", 21.3, baseline="cùng kỳ năm 2023")),
    F("4.120 lượt", "4.120", 4120, "count", "lượt", "khách quốc tế", Q1, total=168500, percent=2.4),
    F("đạt gần 95 tỷ đồng", "95", 95e9, "money", "đồng", "tổng doanh thu", I(Q1), approx="nearly", percent=31.7),
    F("đón 61.300", "61.300", 61300, "count", "lượt khách", "lượt khách Khu nghỉ dưỡng Serena Kim Bôi",
      P("Trong quý", "2024-01-01", "2024-03-31")),
    F("và 27.800", "27.800", 27800, "count", "lượt khách", "lượt khách Khu du lịch Kim Bôi 2",
      P("Trong quý", "2024-01-01", "2024-03-31")),
    F("khoảng 42 nghìn", "42", 42000, "count", "lượt", "lượng khách đến tắm khoáng dịp Tết Nguyên đán", approx="about"),
    F("hơn 4.600 lượt", "4.600", 4600, "count", "lượt", "lượng khách bình quân mỗi ngày dịp Tết Nguyên đán", approx="over"),
    F("27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở kinh doanh dịch vụ tắm khoáng"),
    F("5 khu nghỉ dưỡng", "5", 5, "count", "khu nghỉ dưỡng", "khu nghỉ dưỡng"),
    F("1.046 phòng", "1.046", 1046, "count", "phòng", "phòng lưu trú"),
    F("trên 1.300 lao động", "1.300", 1300, "count", "lao động", "lao động địa phương có việc làm thường xuyên", approx="over"),
    F("6,5-7 triệu", "6,5", 6500000, "money", "đồng/người/tháng", "thu nhập bình quân", value_max=7000000),
    F("68,5 ha", "68,5", 68.5, "measure", "ha", "quy mô dự án Khu du lịch nghỉ dưỡng khoáng nóng Mớ Đá"),
    F("1.250 tỷ đồng", "1.250", 1250e9, "money", "đồng", "tổng vốn đầu tư dự án Khu du lịch nghỉ dưỡng khoáng nóng Mớ Đá"),
    F("120 phòng", "120", 120, "count", "phòng", "phòng đưa vào khai thác giai đoạn 1", Q2, status="forecast"),
    F("2 bể khoáng", "2", 2, "count", "bể khoáng", "bể khoáng ngoài trời đưa vào khai thác", Q2, status="forecast"),
    F("đón 550 nghìn", "550", 550000, "count", "lượt khách", "lượt khách", Y24, status="target"),
    F("300 tỷ đồng", "300", 300e9, "money", "đồng", "doanh thu du lịch", Y24, status="target"),
]

COMMENTS = [
    "Kim Bôi district portal (Hòa Bình), 'Thứ Năm, 11/04/2024 - 09:45' dateline: hot-spring tourism in quý I/2024. Location: the district.",
    "'Trong quý' in a quarterly piece is quý I/2024 (FIGURES.md: 'trong tháng' in a monthly report). The Tết figures have no calendar period.",
    "'Khu du lịch Kim Bôi 2' is a name; 'giai đoạn 1' a phase label; 'quý II/2024' is the forecast's period. Project scale (68,5 ha,",
    "1.250 tỷ) is stated as fact before 'dự kiến' (the cue governs only its own clause): actual. Phone 0218.3871.209 is not a figure.",
]

emit("p737-2", TEXT, COMMENTS, FIGS, published="2024-04-11", location="Kim Bôi")
