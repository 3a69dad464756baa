import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, I, CH, TG, emit

TEXT = """Cổng thông tin điện tử tỉnh Bình Định
Trang chủ > Tin tức - Sự kiện > Kinh tế
Cập nhật: 08/10/2024 15:20 | Lượt xem: 3.482

9 tháng, sản lượng cá ngừ đại dương của Bình Định ước đạt hơn 8.900 tấn

(BĐ) - Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng năm 2024, tổng sản lượng cá ngừ đại dương khai thác trên địa bàn tỉnh ước đạt 8.936 tấn, tăng 6,8% so với cùng kỳ năm 2023, đạt 74,5% kế hoạch năm; trong đó, cá ngừ vây vàng và cá ngừ mắt to đạt 3.215 tấn.

Toàn tỉnh hiện có 1.742 tàu câu cá ngừ đại dương với khoảng 16.500 lao động, tập trung chủ yếu ở thị xã Hoài Nhơn (1.028 tàu), huyện Phù Cát (385 tàu) và huyện Phù Mỹ (214 tàu). Số tàu có chiều dài từ 15 m trở lên chiếm 82,3%; năng suất khai thác bình quân đạt 6,5 tấn/tàu/năm.

Giá cá ngừ đại dương tại các cảng cá trong tỉnh dao động từ 95.000 đến 120.000 đồng/kg, cao hơn khoảng 10.000 đồng/kg so với đầu năm. Bình quân mỗi chuyến biển, sau khi trừ chi phí, chủ tàu lãi từ 80 đến 150 triệu đồng.

Từ đầu năm đến nay, các cảng cá đã cấp 1.236 giấy xác nhận nguyên liệu thủy sản khai thác cho 2.418 tấn cá ngừ xuất khẩu sang thị trường châu Âu, thực hiện Kế hoạch số 112/KH-UBND của UBND tỉnh về chống khai thác IUU.

Phấn đấu đến năm 2025, sản lượng cá ngừ đại dương của tỉnh đạt 12.500 tấn; tỷ lệ cá ngừ được bảo quản bằng công nghệ mới (hầm bảo quản kiểu Nhật Bản, cấp đông nitơ lỏng) đạt từ 30 đến 40%.

Chi cục Thủy sản Bình Định, số 285 Trần Hưng Đạo, TP. Quy Nhơn; điện thoại 0256.3822.614.
"""

P9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-08")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("ước đạt hơn 8.900 tấn", "8.900", 8900, "measure", "tấn", "sản lượng cá ngừ đại dương",
      P("9 tháng", "2024-01-01", "2024-09-30"), approx="over", status="estimate"),
    F("ước đạt 8.936 tấn", "8.936", 8936, "measure", "tấn", "tổng sản lượng cá ngừ đại dương khai thác", P9,
      percent=74.5, change=CH("increase", 6.8, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("mắt to đạt 3.215 tấn", "3.215", 3215, "measure", "tấn", "sản lượng cá ngừ vây vàng và cá ngừ mắt to", P9,
      total=8936, status="estimate"),
    F("có 1.742 tàu", "1.742", 1742, "count", "tàu", "tàu câu cá ngừ đại dương"),
    F("khoảng 16.500 lao động", "16.500", 16500, "count", "lao động", "lao động trên tàu câu cá ngừ đại dương",
      approx="about"),
    F("(1.028 tàu)", "1.028", 1028, "count", "tàu", "tàu câu cá ngừ đại dương", location="Hoài Nhơn"),
    F("(385 tàu)", "385", 385, "count", "tàu", "tàu câu cá ngừ đại dương", location="Phù Cát"),
    F("(214 tàu)", "214", 214, "count", "tàu", "tàu câu cá ngừ đại dương", location="Phù Mỹ"),
    F("từ 15 m trở lên", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    F("chiếm 82,3%", "82,3", 82.3, "percent", "%", "tỷ lệ tàu có chiều dài từ 15 m trở lên"),
    F("đạt 6,5 tấn/tàu/năm", "6,5", 6.5, "measure", "tấn/tàu/năm", "năng suất khai thác bình quân"),
    F("từ 95.000 đến 120.000 đồng/kg", "95.000", 95000, "money", "đồng/kg", "giá cá ngừ đại dương tại các cảng cá",
      value_max=120000, change=CH("increase", 10000, "đồng/kg", baseline="đầu năm", approx="about")),
    F("lãi từ 80 đến 150 triệu đồng", "80", 80000000, "money", "đồng", "lãi mỗi chuyến biển của chủ tàu",
      value_max=150000000),
    F("cấp 1.236 giấy", "1.236", 1236, "count", "giấy xác nhận", "giấy xác nhận nguyên liệu thủy sản khai thác được cấp", YTD),
    F("cho 2.418 tấn", "2.418", 2418, "measure", "tấn", "cá ngừ xuất khẩu sang thị trường châu Âu được xác nhận nguyên liệu", YTD),
    F("đạt 12.500 tấn", "12.500", 12500, "measure", "tấn", "sản lượng cá ngừ đại dương", T25, status="target"),
    F("từ 30 đến 40%", "30", 30, "percent", "%", "tỷ lệ cá ngừ được bảo quản bằng công nghệ mới", T25,
      value_max=40, status="target"),
]

COMMENTS = [
    "Bình Định provincial portal: ocean tuna catch in 9 months of 2024, longline fleet by district, prices, IUU certificates, 2025 targets.",
    "Breadcrumb, 'Cập nhật: 08/10/2024 15:20', 'Lượt xem: 3.482' (page furniture). Headline '9 tháng' takes 2024 from the Cập nhật line.",
    "Bracketed district counts follow a non-cue phrase ('tập trung chủ yếu ở') and do not add up to 1.742: no total; district = location.",
    "'từ 15 m trở lên' is a threshold (optional). 'Từ đầu năm đến nay' ends at the dateline. 'Hiện có' sentences carry no period.",
    "Distractors: Kế hoạch số 112/KH-UBND, số 285 Trần Hưng Đạo, phone 0256.3822.614, view counter.",
]

emit("p763-1", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Bình Định")
