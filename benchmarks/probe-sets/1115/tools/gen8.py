"""p1115-8: Báo Quảng Bình online, (QBĐT) tag: suối nước nóng Bang (Lệ Thủy), 4 months of 2025."""
from lib import F, P, I, C, T, write

TEXT = """BÁO QUẢNG BÌNH ĐIỆN TỬ
Kinh tế > Du lịch

Suối nước nóng Bang đón hơn 62.000 lượt khách trong 4 tháng

Thứ ba, 13/05/2025 | 09:15

(QBĐT) - 4 tháng đầu năm 2025, Khu du lịch sinh thái suối nước nóng Bang (xã Kim Thủy, huyện Lệ Thủy) đón 62.400 lượt khách, tăng 27% so với cùng kỳ năm 2024; doanh thu đạt 18,6 tỷ đồng, đạt 41% kế hoạch năm.

Điểm đặc biệt của suối Bang là mạch nước phun lộ thiên có nhiệt độ khoảng 105 độ C, lưu lượng khoảng 8 lít/giây. Khu du lịch hiện có 48 phòng nghỉ, 36 bể tắm khoáng và bể bùn; giá vé tắm khoáng tại bể chung 150.000 đồng/người, tắm bùn khoáng 350.000 đồng/người, phòng tắm riêng 600.000-900.000 đồng/phòng.

Theo ông Hoàng Văn Bảy, Giám đốc khu du lịch, khách đến từ Hà Nội, Đà Nẵng và các tỉnh Tây Nguyên chiếm hơn 60% tổng lượt khách; khách quốc tế, chủ yếu từ Lào và Thái Lan, khoảng 4.300 lượt. Dự kiến trong quý III/2025, khu du lịch đưa vào sử dụng thêm 20 phòng nghỉ và 1 khu trị liệu bùn khoáng với tổng vốn khoảng 45 tỷ đồng.

Năm 2025, huyện Lệ Thủy đặt mục tiêu đón 150.000 lượt khách đến suối nước nóng Bang, tạo việc làm cho trên 300 lao động địa phương. Suối Bang cách TP Đồng Hới khoảng 60 km theo đường Hồ Chí Minh nhánh Tây, giao với Quốc lộ 1A tại thị trấn Kiến Giang. UBND tỉnh đã phê duyệt quy hoạch chi tiết khu du lịch tại Quyết định số 1065/QĐ-UBND ngày 8/4/2025.

Minh Phong
"""

M4h = P("4 tháng", "2025-01-01", "2025-04-30")
M4 = P("4 tháng đầu năm 2025", "2025-01-01", "2025-04-30")
Q3 = P("quý III/2025", "2025-07-01", "2025-09-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn 62.000 lượt khách", "62.000", 62000, "count", "lượt khách", "lượt khách suối nước nóng Bang đón", M4h,
      approx="over"),
    F("đón 62.400 lượt khách", "62.400", 62400, "count", "lượt khách", "lượt khách khu du lịch suối nước nóng Bang đón",
      M4, change=C("+", 27, "%", "cùng kỳ năm 2024")),
    F("đạt 18,6 tỷ đồng", "18,6", 18.6e9, "money", "đồng", "doanh thu", M4, percent=41),
    F("khoảng 105 độ C", "105", 105, "measure", "độ C", "nhiệt độ mạch nước phun lộ thiên", approx="about"),
    F("khoảng 8 lít/giây", "8", 8, "measure", "lít/giây", "lưu lượng mạch nước", approx="about"),
    F("có 48 phòng nghỉ", "48", 48, "count", "phòng nghỉ", "phòng nghỉ"),
    F("36 bể tắm", "36", 36, "count", "bể", "bể tắm khoáng và bể bùn"),
    F("bể chung 150.000 đồng/người", "150.000", 150000, "money", "đồng/người", "giá vé tắm khoáng tại bể chung"),
    F("tắm bùn khoáng 350.000 đồng/người", "350.000", 350000, "money", "đồng/người", "giá vé tắm bùn khoáng"),
    F("600.000-900.000 đồng/phòng", "600.000", 600000, "money", "đồng/phòng", "giá phòng tắm riêng",
      value_max=900000),
    F("hơn 60%", "60", 60, "percent", "%", "khách đến từ Hà Nội, Đà Nẵng và các tỉnh Tây Nguyên trong tổng lượt khách",
      approx="over"),
    F("khoảng 4.300 lượt", "4.300", 4300, "count", "lượt", "khách quốc tế", approx="about"),
    F("thêm 20 phòng nghỉ", "20", 20, "count", "phòng nghỉ", "phòng nghỉ đưa vào sử dụng thêm", Q3,
      status="forecast"),
    F("và 1 khu", "1", 1, "count", "khu", "khu trị liệu bùn khoáng", Q3, status="forecast"),
    F("khoảng 45 tỷ đồng", "45", 45e9, "money", "đồng", "tổng vốn đầu tư phòng nghỉ và khu trị liệu bùn khoáng", Q3, approx="about", status="forecast"),
    F("đón 150.000 lượt khách", "150.000", 150000, "count", "lượt khách", "lượt khách đến suối nước nóng Bang", Y25,
      status="target"),
    F("trên 300 lao động", "300", 300, "count", "lao động", "lao động địa phương có việc làm", Y25,
      approx="over", status="target"),
    F("khoảng 60 km", "60", 60, "measure", "km", "khoảng cách từ suối Bang đến TP Đồng Hới", approx="about"),
]

write(8, TEXT, FIGS, [
    "Báo Quảng Bình online, tag (QBĐT): Khu du lịch suối nước nóng Bang (xã Kim Thủy, huyện Lệ Thủy), 4 tháng đầu năm 2025.",
    "Headline '4 tháng' takes 2025 from the dateline. Location: the district Lệ Thủy throughout (the resort and the district's targets).",
    "'hơn 60% tổng lượt khách' (a share of visitors from named places; they are origins, not the place of the figure) and 'khoảng 4.300 lượt'",
    "stand in a quoted statement without a period phrase: no period. Distractors: 09:15, Thứ ba, Hoàng Văn Bảy, Quốc lộ 1A, đường Hồ Chí Minh,",
    "Quyết định số 1065/QĐ-UBND ngày 8/4/2025.",
    "revised: 45 tỷ subject names what the capital is for (as in p1115-2 and p1115-5), not bare 'tổng vốn'.",
], published="2025-05-13", location="Lệ Thủy")
