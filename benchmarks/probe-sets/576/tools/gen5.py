from lib import *

TEXT = """BÁO CÀ MAU - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH CÀ MAU
Kinh tế > Giao thông

Thay 156 cây cầu khỉ bằng cầu bê tông trong năm 2023

Năm 2023, toàn tỉnh Cà Mau đã xây dựng hoàn thành 156 cầu giao thông nông thôn với tổng kinh phí hơn 187 tỷ đồng, tăng 24 cầu so với năm 2022. Trong đó, 118 cầu được đầu tư từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới, 38 cầu do các nhà hảo tâm, doanh nghiệp tài trợ.

Các huyện có nhiều cầu được xây mới là Trần Văn Thời (32 cầu), U Minh (27 cầu), Thới Bình (25 cầu). Các cầu có tải trọng từ 2 đến 5 tấn, mặt cầu rộng 3 m, giúp xe tải nhỏ lưu thông thuận lợi. Như cầu Kênh 19/5 ở xã Khánh Bình Đông, trước đây là cầu khỉ, nay người dân đi lại bằng xe máy, ghe hàng neo ngay chân cầu.

Theo Sở Giao thông vận tải, đến nay tỉnh còn khoảng 1.050 cầu yếu, cầu tạm cần thay thế, tập trung ở huyện Ngọc Hiển và Đầm Dơi. Ông Nguyễn Văn Tám, Phó Giám đốc Sở cho biết: "Mỗi cây cầu bê tông dài 30 m có chi phí từ 1,2 đến 1,5 tỷ đồng. Người dân nhiều nơi đã đóng góp từ 10 đến 15% kinh phí, hiến đất làm đường dẫn lên cầu".

Năm 2023, nhân dân trong tỉnh đã đóng góp gần 21,4 tỷ đồng và hiến hơn 9.600 m² đất cho xây dựng cầu, đường nông thôn, tăng 3,1 tỷ đồng so với năm trước.

Phấn đấu giai đoạn 2024-2025, tỉnh xây dựng thêm 300 cầu, bình quân mỗi năm 150 cầu; vốn dự kiến khoảng 360 tỷ đồng. Tỉnh cũng ưu tiên nâng cấp tuyến ĐT.983 và các tuyến nối Quốc lộ 1 vào trung tâm xã.

HOÀNG VŨ
15/01/2024
"""

Y = P("Năm 2023", "2023-01-01", "2023-12-31")
NAY = P("đến nay", None, "2024-01-15")
G = P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")
FIGS = [
    F("Thay 156 cây cầu", "156", 156, "count", "cây cầu", "cầu khỉ được thay bằng cầu bê tông", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("hoàn thành 156 cầu", "156", 156, "count", "cầu", "cầu giao thông nông thôn xây dựng hoàn thành", Y,
      change=CH("increase", 24, "cầu", "năm 2022")),
    F("hơn 187 tỷ đồng", "187", 187e9, "money", "đồng", "tổng kinh phí xây dựng cầu giao thông nông thôn", Y, approx="over"),
    F("118 cầu", "118", 118, "count", "cầu", "cầu được đầu tư từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới", I(Y), total=156),
    F("38 cầu", "38", 38, "count", "cầu", "cầu do các nhà hảo tâm, doanh nghiệp tài trợ", I(Y), total=156),
    F("(32 cầu)", "32", 32, "count", "cầu", "cầu được xây mới", I(Y), location="Trần Văn Thời"),
    F("(27 cầu)", "27", 27, "count", "cầu", "cầu được xây mới", I(Y), location="U Minh"),
    F("(25 cầu)", "25", 25, "count", "cầu", "cầu được xây mới", I(Y), location="Thới Bình"),
    F("từ 2 đến 5 tấn", "2", 2, "measure", "tấn", "tải trọng cầu", None, value_max=5),
    F("rộng 3 m", "3", 3, "measure", "m", "chiều rộng mặt cầu", None),
    F("khoảng 1.050 cầu", "1.050", 1050, "count", "cầu", "cầu yếu, cầu tạm cần thay thế", NAY, approx="about"),
    F("dài 30 m", "30", 30, "measure", "m", "chiều dài cây cầu bê tông", None, optional=True),
    F("từ 1,2 đến 1,5 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "chi phí mỗi cây cầu bê tông", None, value_max=1.5e9),
    F("từ 10 đến 15%", "10", 10, "percent", "%", "tỷ lệ kinh phí người dân đóng góp", None, value_max=15),
    F("gần 21,4 tỷ đồng", "21,4", 21.4e9, "money", "đồng", "tiền nhân dân đóng góp cho xây dựng cầu, đường nông thôn", Y,
      approx="nearly", change=CH("increase", 3.1e9, "đồng", "năm trước")),
    F("hơn 9.600 m²", "9.600", 9600, "measure", "m²", "đất nhân dân hiến cho xây dựng cầu, đường nông thôn", Y, approx="over"),
    F("thêm 300 cầu", "300", 300, "count", "cầu", "cầu xây dựng thêm", G, status="target"),
    F("năm 150 cầu", "150", 150, "count", "cầu", "cầu xây dựng bình quân mỗi năm", G, status="target"),
    F("khoảng 360 tỷ đồng", "360", 360e9, "money", "đồng", "vốn xây dựng cầu", G, approx="about", status="forecast"),
]

emit("p576-5", TEXT, [
    "Báo Cà Mau (Party newspaper): cầu giao thông nông thôn năm 2023, byline and bare date at the end.",
    "Distractors: cầu Kênh 19/5 (name), ĐT.983, Quốc lộ 1, 15/01/2024.",
    "'dài 30 m' only qualifies 'mỗi cây cầu' in a cost statement (optional). 'tăng 3,1 tỷ đồng so với năm trước' is the change of 21,4 tỷ.",
    "'tăng 24 cầu so với năm 2022' is the change of 156 cầu; the headline period 'trong năm 2023' is in the headline sentence.",
], FIGS, published="2024-01-15", location="Cà Mau")
