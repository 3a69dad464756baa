"""p769-1: Cà Mau province portal — crocodile farming, first half of 2024."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Cà Mau: Tổng đàn cá sấu đạt hơn 61.000 con

Cập nhật: 18/07/2024 14:20 | Lượt xem: 1.482

(CMO) - Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/6/2024, toàn tỉnh có 46 cơ sở nuôi cá sấu được cấp mã số theo quy định của CITES, với tổng đàn hơn 61.000 con, tăng 8,4% so với cùng kỳ năm 2023. Trong đó, cá sấu sinh sản khoảng 4.300 con, cá sấu thương phẩm 56.700 con.

Các cơ sở tập trung chủ yếu ở TP. Cà Mau (21 cơ sở), huyện Thới Bình (9 cơ sở) và huyện U Minh (7 cơ sở).

6 tháng đầu năm, các cơ sở đã xuất bán khoảng 9.800 con cá sấu thương phẩm, sản lượng ước đạt 392 tấn. Giá bán cá sấu thương phẩm dao động từ 60.000 đến 65.000 đồng/kg, giảm khoảng 15% so với cuối năm 2023.

Cũng trong 6 tháng đầu năm, các doanh nghiệp trong tỉnh đã xuất khẩu 3.150 tấm da cá sấu sang Nhật Bản, Hàn Quốc và Singapore, đạt 52,5% kế hoạch năm, kim ngạch gần 1,2 triệu USD. Giá trị sản xuất từ nuôi cá sấu ước đạt 48,6 tỷ đồng, chiếm 1,9% giá trị sản xuất chăn nuôi toàn tỉnh.

Theo ông Nguyễn Văn Hùng, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn, giá giảm mạnh khiến khoảng 30% số hộ nuôi nhỏ lẻ tạm ngưng tái đàn. Để tháo gỡ khó khăn, tỉnh đã hỗ trợ 3 hợp tác xã xây dựng chuỗi liên kết tiêu thụ với tổng kinh phí 2,35 tỷ đồng theo Nghị quyết số 07/2022/NQ-HĐND.

Mục tiêu đến năm 2025, tổng đàn cá sấu của tỉnh đạt 70.000 con, mỗi năm xuất khẩu 8.000 tấm da.

Địa chỉ: Số 02 Hùng Vương, Phường 5, TP. Cà Mau | Điện thoại: 0290.3831.262
"""

ASOF = P("tính đến ngày 30/6/2024", end="2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("đạt hơn 61.000 con", "61.000", 61000, "count", "con", "tổng đàn cá sấu", I(ASOF), approx="over"),
    F("có 46 cơ sở", "46", 46, "count", "cơ sở", "cơ sở nuôi cá sấu được cấp mã số theo quy định của CITES", ASOF),
    F("tổng đàn hơn 61.000 con", "61.000", 61000, "count", "con", "tổng đàn cá sấu", ASOF, approx="over",
      change=CH("increase", 8.4, baseline="cùng kỳ năm 2023")),
    F("khoảng 4.300 con", "4.300", 4300, "count", "con", "cá sấu sinh sản", I(ASOF), approx="about", total=61000),
    F("thương phẩm 56.700 con", "56.700", 56700, "count", "con", "cá sấu thương phẩm", I(ASOF), total=61000),
    F("(21 cơ sở)", "21", 21, "count", "cơ sở", "cơ sở nuôi cá sấu", I(ASOF), location="Cà Mau"),
    F("(9 cơ sở)", "9", 9, "count", "cơ sở", "cơ sở nuôi cá sấu", I(ASOF), location="Thới Bình"),
    F("(7 cơ sở)", "7", 7, "count", "cơ sở", "cơ sở nuôi cá sấu", I(ASOF), location="U Minh"),
    F("khoảng 9.800 con", "9.800", 9800, "count", "con", "cá sấu thương phẩm xuất bán", H1, approx="about"),
    F("ước đạt 392 tấn", "392", 392, "measure", "tấn", "sản lượng cá sấu thương phẩm xuất bán", H1, status="estimate"),
    F("từ 60.000 đến 65.000 đồng/kg", "60.000", 60000, "money", "đồng/kg", "giá bán cá sấu thương phẩm",
      value_max=65000, change=CH("decrease", 15, baseline="cuối năm 2023", approx="about")),
    F("3.150 tấm da", "3.150", 3150, "count", "tấm da", "da cá sấu xuất khẩu", P("6 tháng đầu năm", "2024-01-01", "2024-06-30"),
      percent=52.5),
    F("gần 1,2 triệu USD", "1,2", 1200000, "money", "USD", "kim ngạch xuất khẩu da cá sấu", H1, approx="nearly"),
    F("ước đạt 48,6 tỷ đồng", "48,6", 48600000000, "money", "đồng", "giá trị sản xuất từ nuôi cá sấu", I(H1),
      percent=1.9, status="estimate"),
    F("khoảng 30% số hộ", "30", 30, "percent", "%", "tỷ lệ hộ nuôi nhỏ lẻ tạm ngưng tái đàn", approx="about"),
    F("hỗ trợ 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã được hỗ trợ xây dựng chuỗi liên kết tiêu thụ"),
    F("kinh phí 2,35 tỷ đồng", "2,35", 2350000000, "money", "đồng", "tổng kinh phí hỗ trợ xây dựng chuỗi liên kết tiêu thụ"),
    F("đạt 70.000 con", "70.000", 70000, "count", "con", "tổng đàn cá sấu của tỉnh", T25, status="target"),
    F("8.000 tấm da", "8.000", 8000, "count", "tấm da", "da cá sấu xuất khẩu mỗi năm", T25, status="target"),
]

COMMENTS = [
    "Cà Mau provincial portal (breadcrumb, 'Cập nhật: 18/07/2024 14:20 | Lượt xem: 1.482'): crocodile farming, first half of 2024.",
    "Distractors: Lượt xem 1.482, 30/6/2024, Nghị quyết số 07/2022/NQ-HĐND, Số 02 Hùng Vương, Phường 5, phone 0290.3831.262.",
    "4.300 + 56.700 = 61.000: parts after 'Trong đó' take total 61.000. The district list (21+9+7 = 37 of 46, 'chủ yếu') has no cue",
    "and does not add up: no total; TP. Cà Mau / Thới Bình / U Minh are locations. '6 tháng đầu năm' takes 2024 from 30/6/2024.",
    "'đạt 52,5% kế hoạch năm' after 3.150 tấm is its percent; 'chiếm 1,9%' after 48,6 tỷ is its percent.",
    "Price range: change 'giảm khoảng 15% so với cuối năm 2023'; no period phrase in that sentence (none given).",
    "Japanese/Korean/Singapore markets are trade partners, not places.",
]

if __name__ == "__main__":
    emit("p769-1", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Cà Mau")
