from lib import F, P, I, C, T, build

TEXT = """
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Long An: Nghề nuôi cá cảnh tăng trưởng khá trong 6 tháng đầu năm
Cập nhật: 12/07/2024 09:45 | Lượt xem: 1.927

Sáu tháng đầu năm 2024, nghề nuôi cá cảnh trên địa bàn tỉnh Long An tiếp tục phát triển ổn định. Sản lượng cá cảnh ước đạt 4,6 triệu con, tăng 12,5% so với cùng kỳ, đạt 54% kế hoạch năm.

Thực hiện Kế hoạch số 1520/KH-UBND ngày 15/5/2023 của UBND tỉnh, toàn tỉnh hiện có 186 cơ sở nuôi cá cảnh với tổng diện tích khoảng 95 ha, tập trung tại các huyện Đức Hòa (72 cơ sở), Bến Lức (58 cơ sở), Cần Giuộc (31 cơ sở) và Châu Thành (25 cơ sở). Trong số này có 14 cơ sở được cấp giấy chứng nhận cơ sở an toàn dịch bệnh.

Các đối tượng nuôi chủ yếu là cá dĩa, cá chép Koi, cá vàng và cá bảy màu. Giá bán cá dĩa loại 1 dao động từ 80.000 đến 150.000 đồng/con; cá Koi giống nhập khẩu có giá trên 2 triệu đồng/con. Giá cá Koi giống nhập khẩu gấp khoảng 4 lần cá Koi giống sản xuất trong nước.

Doanh thu từ nghề nuôi cá cảnh 6 tháng ước đạt 38,2 tỷ đồng, trong đó doanh thu xuất khẩu (chủ yếu qua các doanh nghiệp tại TP Hồ Chí Minh) khoảng 11,5 tỷ đồng. Lợi nhuận bình quân của các cơ sở đạt 250-300 triệu đồng/ha/năm. Nghề nuôi cá cảnh hiện giải quyết việc làm cho hơn 650 lao động, thu nhập bình quân 7,5 triệu đồng/người/tháng.

Tại xã Lương Hòa, huyện Bến Lức, cơ sở cá cảnh Tấn Phát trên Đường tỉnh 830 của ông Lê Văn Sáu hiện nuôi khoảng 1.200 cặp cá dĩa bố mẹ, mỗi tháng xuất bán gần 20.000 con cá giống.

Năm 2024, tỉnh phấn đấu sản lượng cá cảnh đạt 8,5 triệu con, trong đó xuất khẩu khoảng 2,5 triệu con. Tỉnh dự kiến đến năm 2025 toàn tỉnh có trên 200 cơ sở nuôi cá cảnh.
"""

H1 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
S6 = P("6 tháng", "2024-01-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
SUBJ_CS = "cơ sở nuôi cá cảnh"

FIGS = [
    F("ước đạt 4,6 triệu con", "4,6", 4_600_000, "count", "con", "sản lượng cá cảnh", I(H1),
      change=C("increase", 12.5, "%", "cùng kỳ"), percent=54, status="estimate"),
    F("hiện có 186 cơ sở", "186", 186, "count", "cơ sở", SUBJ_CS),
    F("khoảng 95 ha", "95", 95, "measure", "ha", "tổng diện tích nuôi cá cảnh", approx="about"),
    F("Đức Hòa (72 cơ sở)", "72", 72, "count", "cơ sở", SUBJ_CS, total=186, location="Đức Hòa"),
    F("Bến Lức (58 cơ sở)", "58", 58, "count", "cơ sở", SUBJ_CS, total=186, location="Bến Lức"),
    F("Cần Giuộc (31 cơ sở)", "31", 31, "count", "cơ sở", SUBJ_CS, total=186, location="Cần Giuộc"),
    F("Châu Thành (25 cơ sở)", "25", 25, "count", "cơ sở", SUBJ_CS, total=186, location="Châu Thành"),
    F("có 14 cơ sở được cấp", "14", 14, "count", "cơ sở",
      "cơ sở được cấp giấy chứng nhận cơ sở an toàn dịch bệnh", total=186),
    F("từ 80.000 đến 150.000 đồng/con", "80.000", 80_000, "money", "đồng/con", "giá bán cá dĩa loại 1",
      value_max=150_000),
    F("trên 2 triệu đồng/con", "2", 2_000_000, "money", "đồng/con", "giá cá Koi giống nhập khẩu", approx="over"),
    F("gấp khoảng 4 lần", "4", 4, "multiple", "lần", "giá cá Koi giống nhập khẩu so với cá Koi giống sản xuất trong nước",
      approx="about"),
    F("ước đạt 38,2 tỷ đồng", "38,2", 38_200_000_000, "money", "đồng", "doanh thu từ nghề nuôi cá cảnh", S6,
      status="estimate"),
    F("khoảng 11,5 tỷ đồng", "11,5", 11_500_000_000, "money", "đồng", "doanh thu xuất khẩu", S6,
      approx="about", total=38_200_000_000, status="estimate"),
    F("250-300 triệu đồng/ha/năm", "250", 250_000_000, "money", "đồng/ha/năm", "lợi nhuận bình quân của các cơ sở",
      value_max=300_000_000),
    F("hơn 650 lao động", "650", 650, "count", "lao động", "lao động được giải quyết việc làm", approx="over"),
    F("7,5 triệu đồng/người/tháng", "7,5", 7_500_000, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("khoảng 1.200 cặp", "1.200", 1200, "count", "cặp", "cá dĩa bố mẹ", approx="about", location="Bến Lức"),
    F("gần 20.000 con", "20.000", 20_000, "count", "con/tháng", "cá giống xuất bán mỗi tháng", approx="nearly",
      location="Bến Lức"),
    F("đạt 8,5 triệu con", "8,5", 8_500_000, "count", "con", "sản lượng cá cảnh", Y24, status="target"),
    F("khoảng 2,5 triệu con", "2,5", 2_500_000, "count", "con", "sản lượng cá cảnh xuất khẩu", Y24,
      approx="about", total=8_500_000, status="target"),
    F("trên 200 cơ sở", "200", 200, "count", "cơ sở", SUBJ_CS, P("đến năm 2025", None, "2025-12-31"),
      approx="over", status="forecast"),
]

NOTES = [
    "Cổng TTĐT tỉnh Long An (invented): cá cảnh 6 tháng đầu năm 2024 — output vs plan, farms by district, prices, revenue, targets.",
    "Distractors: breadcrumb, 'Cập nhật: 12/07/2024 09:45', 'Lượt xem: 1.927', 'Kế hoạch số 1520/KH-UBND ngày 15/5/2023',",
    "'cá dĩa loại 1' (a grade), 'Đường tỉnh 830', 'ông Lê Văn Sáu', headline '6 tháng đầu năm'.",
    "District items in brackets add up to 186 (total). 'Trong số này có 14 cơ sở' -> total 186. 'đạt 54% kế hoạch năm' -> percent.",
    "11,5 tỷ export revenue is the 38,2 tỷ's part (trong đó); TP Hồ Chí Minh is where exporters sit, not the figure's place.",
]

build("p1011-1", TEXT, NOTES, FIGS, published="2024-07-12", location="Long An")
