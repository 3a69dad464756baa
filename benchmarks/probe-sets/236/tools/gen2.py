from lib import *

A = """SỞ GIAO THÔNG VẬN TẢI HÀ NỘI
Trang chủ > Tin tức - Sự kiện > Vận tải

Vận tải hành khách công cộng 6 tháng đầu năm đạt hơn 232 triệu lượt khách
Ngày đăng: 08/07/2024 | Lượt xem: 1.247

Theo báo cáo của Trung tâm Quản lý và điều hành giao thông đô thị, 6 tháng đầu năm 2024, hệ thống vận tải hành khách công cộng của Thủ đô đã vận chuyển hơn 232 triệu lượt khách, tăng 9,6% so với cùng kỳ năm 2023, đáp ứng khoảng 19,5% nhu cầu đi lại của người dân. Sản lượng theo loại hình như sau:

Đơn vị tính: triệu lượt khách
Loại hình | 6 tháng 2023 | 6 tháng 2024 | So cùng kỳ (%)
Xe buýt có trợ giá | 194,6 | 210,3 | 108,1
Xe buýt không trợ giá | 9,8 | 11,2 | 114,3
Đường sắt đô thị tuyến 2A | 7,6 | 10,9 | 143,4
Tổng cộng | 212,0 | 232,4 | 109,6

Hiện mạng lưới xe buýt có 154 tuyến (trong đó 133 tuyến có trợ giá) với 2.030 phương tiện; trong đó 1.118 xe sử dụng năng lượng sạch (CNG, điện), chiếm 55,1%. Tuyến 2A Cát Linh - Hà Đông đạt bình quân 53.600 lượt khách/ngày, ngày cao điểm lên tới 71.400 lượt.

Kinh phí trợ giá xe buýt 6 tháng ước 2.150 tỷ đồng, bằng 48,3% dự toán năm. Chi phí trợ giá bình quân khoảng 9.850 đồng/lượt khách, giảm 3,2% so với năm 2023 nhờ sản lượng tăng.

Năm 2024, Thành phố phấn đấu vận tải hành khách công cộng đáp ứng 20-21% nhu cầu đi lại; mở mới 10 tuyến buýt, trong đó có 5 tuyến buýt điện. Người dân tra cứu lộ trình qua ứng dụng TIMBUS hoặc tổng đài 1900.6688 (từ 5h00 đến 22h00 hằng ngày).
"""

pub = "2024-07-08"
h1h = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
h1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
h1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", True)
c23 = P("6 tháng 2023", "2023-01-01", "2023-06-30")
c24 = P("6 tháng 2024", "2024-01-01", "2024-06-30")
s6 = P("6 tháng", "2024-01-01", "2024-06-30")
y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

rows = [("Xe buýt có trợ giá", "194,6", "210,3", "108,1"),
        ("Xe buýt không trợ giá", "9,8", "11,2", "114,3"),
        ("Đường sắt đô thị tuyến 2A", "7,6", "10,9", "143,4"),
        ("Tổng cộng", "212,0", "232,4", "109,6")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


figs = [
    F("năm đạt hơn 232 triệu", "232", 232e6, "count", "lượt khách", "lượt khách vận tải hành khách công cộng", h1h,
      approx="over"),
    F("vận chuyển hơn 232 triệu", "232", 232e6, "count", "lượt khách",
      "lượt khách hệ thống vận tải hành khách công cộng vận chuyển", h1, approx="over",
      change=CH("increase", 9.6, "%", "cùng kỳ năm 2023")),
    F("khoảng 19,5% nhu cầu", "19,5", 19.5, "percent", "%", "tỷ lệ đáp ứng nhu cầu đi lại của người dân", h1,
      approx="about"),
]
for label, a, b, c in rows:
    figs.append(F(f"| {a} |", a, round(num(a) * 1e6), "count", "lượt khách", f"{label} 6 tháng 2023", c23))
    figs.append(F(f"| {b} |", b, round(num(b) * 1e6), "count", "lượt khách", f"{label} 6 tháng 2024", c24))
    figs.append(F(f"| {c}\n", c, num(c), "percent", "%", f"{label} so cùng kỳ", h1i))

figs += [
    F("có 154 tuyến", "154", 154, "count", "tuyến", "tuyến xe buýt"),
    F("133 tuyến có trợ giá", "133", 133, "count", "tuyến", "tuyến có trợ giá", total=154),
    F("với 2.030 phương tiện", "2.030", 2030, "count", "phương tiện", "phương tiện xe buýt"),
    F("1.118 xe", "1.118", 1118, "count", "xe", "xe sử dụng năng lượng sạch (CNG, điện)", total=2030, percent=55.1),
    F("53.600 lượt khách/ngày", "53.600", 53600, "measure", "lượt khách/ngày", "lượt khách bình quân tuyến 2A Cát Linh - Hà Đông"),
    F("lên tới 71.400 lượt", "71.400", 71400, "count", "lượt", "lượt khách ngày cao điểm tuyến 2A Cát Linh - Hà Đông"),
    F("ước 2.150 tỷ đồng", "2.150", 2150e9, "money", "đồng", "kinh phí trợ giá xe buýt", s6, percent=48.3,
      status="estimate"),
    F("khoảng 9.850 đồng/lượt", "9.850", 9850, "money", "đồng/lượt khách", "chi phí trợ giá bình quân", h1i,
      approx="about", change=CH("decrease", 3.2, "%", "năm 2023")),
    F("đáp ứng 20-21%", "20", 20, "percent", "%", "tỷ lệ vận tải hành khách công cộng đáp ứng nhu cầu đi lại", y24,
      value_max=21, status="target"),
    F("mở mới 10 tuyến", "10", 10, "count", "tuyến", "tuyến buýt mở mới", y24, status="target"),
    F("có 5 tuyến buýt điện", "5", 5, "count", "tuyến", "tuyến buýt điện mở mới", y24, total=10, status="target"),
]

C = [
    "Sở GTVT Hà Nội (department site): public transport ridership 6 months 2024, flattened '|' table by mode, fleet, subsidies, 2024 targets.",
    "Dateline 'Ngày đăng: 08/07/2024 | Lượt xem: 1.247'. Distractors: counter, 'tuyến 2A' (line name), phone 1900.6688, times 5h00/22h00, 'CNG'.",
    "Table: 'Đơn vị tính: triệu lượt khách' multiplies every count cell; the 'So cùng kỳ (%)' column is percent; periods from the column headers,",
    "the (%) column takes 6 tháng 2024 from the text (inherited). No totals for table cells (the spec gives tables no part-of rule).",
    "'bằng 48,3% dự toán năm' is the percent of 2.150 tỷ (status estimate from 'ước'). Rates per day: measure, unit 'lượt khách/ngày'.",
    "'Hiện …' sentences state no period: left without one. 'lên tới 71.400 lượt' is exact (no approx cue in the spec).",
]

build("p236-2", A, figs, C, published=pub, location="Hà Nội")
