from lib import *

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Du lịch

Thanh Thủy: Hơn 1,2 triệu lượt khách đến tắm khoáng nóng trong 6 tháng đầu năm 2024

Cập nhật: 08/07/2024 15:20

(PTO) - Theo Sở Văn hóa, Thể thao và Du lịch, 6 tháng đầu năm 2024, khu du lịch khoáng nóng Thanh Thủy đón hơn 1,2 triệu lượt khách, tăng 14,6% so với cùng kỳ năm 2023, đạt 57,1% kế hoạch năm. Trong đó, khách lưu trú đạt 386.400 lượt, khách quốc tế khoảng 9.750 lượt. Tổng doanh thu từ dịch vụ du lịch ước đạt 742,5 tỷ đồng, tăng 18,2% so với cùng kỳ.

Hiện huyện Thanh Thủy có 112 cơ sở lưu trú với 3.264 phòng, trong đó 14 khách sạn từ 3 đến 5 sao. Các cơ sở tắm khoáng tập trung tại các xã Bảo Yên (46 cơ sở), Đoan Hạ (38 cơ sở) và thị trấn Thanh Thủy (21 cơ sở). Công suất sử dụng phòng bình quân đạt 62%, riêng dịp cuối tuần lên tới 90-95%.

Nguồn nước khoáng nóng Thanh Thủy có nhiệt độ từ 37 đến 43 độ C, trữ lượng khai thác được cấp phép 1.750 m3/ngày đêm. Giá vé tắm khoáng tại các cơ sở phổ biến từ 120.000 đến 350.000 đồng/người.

Theo Quyết định số 1568/QĐ-UBND ngày 15/6/2023 của UBND tỉnh, Thanh Thủy phấn đấu đến năm 2025 đón 2,5 triệu lượt khách, doanh thu du lịch đạt 1.800 tỷ đồng. Tỉnh đang kêu gọi đầu tư 7 dự án nghỉ dưỡng khoáng nóng tại Thanh Thủy dọc Đường tỉnh 317 với tổng diện tích gần 420 ha.

Mọi thông tin xin liên hệ: Trung tâm Thông tin Xúc tiến du lịch, số 1520 đại lộ Hùng Vương, TP Việt Trì; điện thoại 0210.3846.558.

Lượt xem: 1.284
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hơn 1,2 triệu", "1,2", 1200000, "count", "lượt khách", "lượt khách đến tắm khoáng nóng", H1, approx="over"),
    F("đón hơn 1,2 triệu", "1,2", 1200000, "count", "lượt khách", "lượt khách khu du lịch khoáng nóng Thanh Thủy", H1,
      approx="over", percent=57.1, change=CH("increase", 14.6, baseline="cùng kỳ năm 2023")),
    F("đạt 386.400 lượt", "386.400", 386400, "count", "lượt", "khách lưu trú", I(H1), total=1200000),
    F("khoảng 9.750 lượt", "9.750", 9750, "count", "lượt", "khách quốc tế", I(H1), approx="about", total=1200000),
    F("742,5 tỷ đồng", "742,5", 742.5e9, "money", "đồng", "tổng doanh thu từ dịch vụ du lịch", I(H1),
      change=CH("increase", 18.2, baseline="cùng kỳ"), status="estimate"),
    F("có 112 cơ sở", "112", 112, "count", "cơ sở lưu trú", "cơ sở lưu trú"),
    F("3.264 phòng", "3.264", 3264, "count", "phòng", "phòng của cơ sở lưu trú"),
    F("14 khách sạn", "14", 14, "count", "khách sạn", "khách sạn từ 3 đến 5 sao", total=112),
    F("từ 3 đến 5 sao", "3", 3, "count", "sao", "hạng sao khách sạn", value_max=5, optional=True),
    F("(46 cơ sở)", "46", 46, "count", "cơ sở", "cơ sở tắm khoáng"),
    F("(38 cơ sở)", "38", 38, "count", "cơ sở", "cơ sở tắm khoáng"),
    F("(21 cơ sở)", "21", 21, "count", "cơ sở", "cơ sở tắm khoáng"),
    F("đạt 62%", "62", 62, "percent", "%", "công suất sử dụng phòng bình quân"),
    F("90-95%", "90", 90, "percent", "%", "công suất sử dụng phòng dịp cuối tuần", value_max=95),
    F("từ 37 đến 43 độ C", "37", 37, "measure", "độ C", "nhiệt độ nguồn nước khoáng nóng Thanh Thủy", value_max=43),
    F("1.750 m3/ngày đêm", "1.750", 1750, "measure", "m3/ngày đêm", "trữ lượng khai thác được cấp phép"),
    F("từ 120.000 đến 350.000 đồng/người", "120.000", 120000, "money", "đồng/người", "giá vé tắm khoáng", value_max=350000),
    F("đón 2,5 triệu", "2,5", 2500000, "count", "lượt khách", "lượt khách", T25, status="target"),
    F("1.800 tỷ đồng", "1.800", 1800e9, "money", "đồng", "doanh thu du lịch", T25, status="target"),
    F("7 dự án", "7", 7, "count", "dự án", "dự án nghỉ dưỡng khoáng nóng kêu gọi đầu tư"),
    F("gần 420 ha", "420", 420, "measure", "ha", "tổng diện tích dự án", approx="nearly"),
]

COMMENTS = [
    "Phú Thọ provincial portal (breadcrumb, 'Cập nhật:' line, 'Lượt xem:' counter): Thanh Thủy hot-spring tourism, 6 tháng đầu năm 2024.",
    "All figures describe the district Thanh Thủy (communes Bảo Yên, Đoan Hạ are not districts, so the bracketed commune list keeps Thanh Thủy).",
    "'trong đó 14 khách sạn' follows '3.264 phòng' but counts establishments: its whole is 112 cơ sở lưu trú.",
    "'từ 3 đến 5 sao' is a hotel class label: optional. Not figures: Quyết định số 1568/QĐ-UBND, ngày 15/6/2023, Đường tỉnh 317,",
    "số 1520 đại lộ Hùng Vương, phone 0210.3846.558, 'Lượt xem: 1.284'.",
]

emit("p737-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Thanh Thủy")
