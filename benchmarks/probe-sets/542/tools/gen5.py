from lib import F, P, I, CH, TG, emit

TEXT = """BÁO BÌNH ĐỊNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BÌNH ĐỊNH
Kinh tế

Bình Định: Xuất khẩu gỗ 9 tháng đạt 512 triệu USD

Ngành chế biến gỗ Bình Định đang phục hồi rõ nét sau giai đoạn sụt giảm đơn hàng. 9 tháng năm 2024, kim ngạch xuất khẩu gỗ và sản phẩm gỗ của tỉnh đạt 512 triệu USD, tăng 21,6% so với cùng kỳ, bằng 78,8% kế hoạch năm.

Theo Hiệp hội Gỗ và Lâm sản Bình Định, toàn tỉnh có 168 doanh nghiệp chế biến gỗ, gồm 112 doanh nghiệp sản xuất đồ gỗ ngoài trời, 34 doanh nghiệp sản xuất đồ gỗ nội thất và 22 doanh nghiệp sản xuất dăm gỗ, viên nén. Các doanh nghiệp tập trung tại Khu công nghiệp Phú Tài, Long Mỹ và Nhơn Hòa, giải quyết việc làm cho khoảng 45.000 lao động với thu nhập bình quân 8,2 triệu đồng/người/tháng.

Nhu cầu nguyên liệu của ngành mỗi năm khoảng 1,6 triệu m³ gỗ tròn, trong đó gỗ nhập khẩu chiếm gần 40%. Để chủ động nguồn nguyên liệu, tỉnh đã xây dựng vùng rừng trồng gỗ lớn với diện tích 18.650 ha tại các huyện Vân Canh (6.120 ha), Hoài Ân (5.380 ha), An Lão (4.010 ha) và Phù Cát (3.140 ha).

Theo ông Trần Văn Quang, Giám đốc Công ty CP Lâm sản Quy Nhơn 2, quý IV/2024 dự kiến kim ngạch xuất khẩu gỗ đạt 170-180 triệu USD; toàn ngành phấn đấu cả năm 2024 vượt mốc 680 triệu USD.

NGỌC NHUẬN
11/10/2024
"""

M9 = P("9 tháng", "2024-01-01", "2024-09-30")
M924 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
AREA = "vùng rừng trồng gỗ lớn"

FIGS = [
    F("9 tháng đạt 512 triệu USD", "512", 512e6, "money", "USD", "xuất khẩu gỗ", M9),
    F("của tỉnh đạt 512 triệu USD", "512", 512e6, "money", "USD", "kim ngạch xuất khẩu gỗ và sản phẩm gỗ", M924,
      percent=78.8, change=CH("increase", 21.6, "%", "cùng kỳ")),
    F("có 168 doanh nghiệp", "168", 168, "count", "doanh nghiệp", "doanh nghiệp chế biến gỗ"),
    F("112 doanh nghiệp", "112", 112, "count", "doanh nghiệp", "doanh nghiệp sản xuất đồ gỗ ngoài trời", total=168),
    F("34 doanh nghiệp", "34", 34, "count", "doanh nghiệp", "doanh nghiệp sản xuất đồ gỗ nội thất", total=168),
    F("22 doanh nghiệp", "22", 22, "count", "doanh nghiệp", "doanh nghiệp sản xuất dăm gỗ, viên nén", total=168),
    F("khoảng 45.000 lao động", "45.000", 45000, "count", "lao động", "lao động được giải quyết việc làm", approx="about"),
    F("8,2 triệu đồng/người/tháng", "8,2", 8.2e6, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("khoảng 1,6 triệu m³", "1,6", 1.6e6, "measure", "m³", "nhu cầu nguyên liệu gỗ tròn của ngành mỗi năm", approx="about"),
    F("gần 40%", "40", 40, "percent", "%", "tỷ lệ gỗ nhập khẩu trong nhu cầu nguyên liệu", approx="nearly"),
    F("diện tích 18.650 ha", "18.650", 18650, "measure", "ha", "diện tích vùng rừng trồng gỗ lớn"),
    F("Vân Canh (6.120 ha)", "6.120", 6120, "measure", "ha", AREA, total=18650, location="Vân Canh"),
    F("Hoài Ân (5.380 ha)", "5.380", 5380, "measure", "ha", AREA, total=18650, location="Hoài Ân"),
    F("An Lão (4.010 ha)", "4.010", 4010, "measure", "ha", AREA, total=18650, location="An Lão"),
    F("Phù Cát (3.140 ha)", "3.140", 3140, "measure", "ha", AREA, total=18650, location="Phù Cát"),
    F("170-180 triệu USD", "170", 170e6, "money", "USD", "kim ngạch xuất khẩu gỗ", Q4, value_max=180e6, status="forecast"),
    F("mốc 680 triệu USD", "680", 680e6, "money", "USD", "kim ngạch xuất khẩu gỗ toàn ngành", Y24, approx="over",
      status="target"),
]

COMMENTS = [
    "Báo Bình Định (Party newspaper): wood processing and exports, 9 months 2024; byline and bare date 11/10/2024 at the end.",
    "Headline '9 tháng' takes 2024 (the lead's '9 tháng năm 2024' / the dateline). 'gồm' parts take 168 as total.",
    "The four districts in brackets follow the whole (18.650 ha) and add up to it: total 18650, district as location.",
    "'vượt mốc 680 triệu USD' read as approx over; 'phấn đấu' -> target; 'dự kiến' -> forecast.",
    "Distractors: Công ty CP Lâm sản Quy Nhơn 2, industrial-park names, the date line.",
]

emit("p542-5", TEXT, COMMENTS, FIGS, published="2024-10-11", location="Bình Định")
