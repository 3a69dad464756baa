from lib import *

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Trang chủ » Tin tức » Tin tổng hợp

Công khai giá sách giáo khoa lớp 5, lớp 9 và lớp 12 năm học 2024-2025

Ngày đăng: 18/07/2024 | Lượt xem: 2.906

Theo Vụ Giáo dục Trung học, năm học 2024-2025 có 9 nhà xuất bản tham gia xuất bản sách giáo khoa với tổng số 426 đầu sách được phê duyệt cho các lớp thay sách. Trong đó, Nhà xuất bản Giáo dục Việt Nam có 162 đầu sách, chiếm 38%.

Giá bìa bình quân một đầu sách giáo khoa lớp 12 là 27.500 đồng, lớp 9 là 22.800 đồng và lớp 5 là 19.600 đồng. So với năm học trước, giá sách lớp 12 tăng 7,8%, lớp 9 tăng 5,2%, riêng sách lớp 5 giữ nguyên giá. Nhà xuất bản Giáo dục Việt Nam đã giảm từ 5 đến 10% giá bìa sách tham khảo đi kèm.

Về tủ sách dùng chung, tính đến tháng 6/2024 cả nước có 31.840 trường phổ thông xây dựng tủ sách giáo khoa dùng chung, đạt 84,5% tổng số trường, với khoảng 9,6 triệu bản sách.

Năm 2023, các địa phương đã hỗ trợ sách giáo khoa cho hơn 1,3 triệu học sinh có hoàn cảnh khó khăn, trong đó 52 tỉnh, thành phố bố trí ngân sách riêng với tổng kinh phí 412 tỷ đồng.

Bộ Giáo dục và Đào tạo đặt mục tiêu đến năm 2025, 100% học sinh thuộc hộ nghèo, hộ cận nghèo được mượn hoặc được tặng sách giáo khoa; tỷ lệ sách giáo khoa được tái sử dụng đạt ít nhất 30%.

Bộ Giáo dục và Đào tạo - Số 35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội. Điện thoại: 024.3869.4795.
"""

NH24 = NH("năm học 2024-2025", 2024)
ASOF = P("tính đến tháng 6/2024", end="2024-06-30")
Y23 = YEAR("Năm 2023", 2023)
T25 = P("đến năm 2025", end="2025-12-31")

FIG = [
    F("có 9 nhà xuất bản", "9", 9, "count", "nhà xuất bản", "nhà xuất bản tham gia xuất bản sách giáo khoa", NH24),
    F("426 đầu sách", "426", 426, "count", "đầu sách", "đầu sách giáo khoa được phê duyệt cho các lớp thay sách", NH24),
    F("162 đầu sách", "162", 162, "count", "đầu sách", "đầu sách của Nhà xuất bản Giáo dục Việt Nam", I(NH24),
      total=426, percent=38),
    F("là 27.500 đồng", "27.500", 27500, "money", "đồng", "giá bìa bình quân một đầu sách giáo khoa lớp 12"),
    F("là 22.800 đồng", "22.800", 22800, "money", "đồng", "giá bìa bình quân một đầu sách giáo khoa lớp 9"),
    F("là 19.600 đồng", "19.600", 19600, "money", "đồng", "giá bìa bình quân một đầu sách giáo khoa lớp 5"),
    F("tăng 7,8%", "7,8", 7.8, "percent", "%", "giá sách lớp 12 so với năm học trước"),
    F("tăng 5,2%", "5,2", 5.2, "percent", "%", "giá sách lớp 9 so với năm học trước"),
    F("từ 5 đến 10%", "5", 5, "percent", "%", "mức giảm giá bìa sách tham khảo đi kèm của Nhà xuất bản Giáo dục Việt Nam",
      value_max=10),
    F("31.840 trường", "31.840", 31840, "count", "trường", "trường phổ thông xây dựng tủ sách giáo khoa dùng chung", ASOF,
      percent=84.5),
    F("khoảng 9,6 triệu bản", "9,6", 9600000, "count", "bản", "sách trong tủ sách giáo khoa dùng chung", ASOF, approx="about"),
    F("hơn 1,3 triệu học sinh", "1,3", 1300000, "count", "học sinh", "học sinh có hoàn cảnh khó khăn được hỗ trợ sách giáo khoa",
      Y23, approx="over"),
    F("52 tỉnh, thành phố", "52", 52, "count", "tỉnh, thành phố", "tỉnh, thành phố bố trí ngân sách riêng hỗ trợ sách giáo khoa",
      Y23),
    F("412 tỷ đồng", "412", 412000000000, "money", "đồng", "tổng kinh phí hỗ trợ sách giáo khoa", Y23),
    F("2025, 100% học sinh", "100", 100, "percent", "%",
      "học sinh thuộc hộ nghèo, hộ cận nghèo được mượn hoặc được tặng sách giáo khoa", T25, status="target"),
    F("ít nhất 30%", "30", 30, "percent", "%", "tỷ lệ sách giáo khoa được tái sử dụng", T25, approx="at_least", status="target"),
]

emit("p739-4", TEXT, [
    "Ministry site (Bộ GD&ĐT), 'Ngày đăng: 18/07/2024 | Lượt xem: 2.906': textbook prices for the new grades 5, 9, 12, publishers,",
    "shared book cabinets, support for poor pupils, 2025 targets. National figures: location 'Việt Nam'.",
    "'giá sách lớp 12 tăng 7,8%' in its own sentence is a growth rate that is the claim (percent, no change).",
    "'trong đó 52 tỉnh, thành phố' counts provinces, not pupils: no total. Grades, 'Số 35', phone, counter are not figures.",
], FIG, published="2024-07-18", location="Việt Nam")
