from lib import F, P, CH, TG, write

TEXT = """BÁO HÀ GIANG ĐIỆN TỬ
Kinh tế | Xã hội | Dân tộc - Miền núi

Đào tạo nghề cho hơn 6.800 lao động vùng đồng bào dân tộc thiểu số
14/01/2025 07:30

BHG - Năm 2024, từ nguồn vốn Tiểu dự án 3, Dự án 5 thuộc Chương trình MTQG 1719, tỉnh đã tổ chức 214 lớp đào tạo nghề cho 6.842 lao động, tăng 18,6% so với năm 2023. Trong đó, đào tạo trình độ sơ cấp 1.935 người, đào tạo dưới 3 tháng 4.907 người.

Tổng kinh phí thực hiện 31,5 tỷ đồng, đạt 92,4% kế hoạch; mức hỗ trợ bình quân từ 3 đến 4,5 triệu đồng/người/khóa học, tùy ngành nghề. Các nghề được học viên lựa chọn nhiều là chăn nuôi, trồng dược liệu, dệt thổ cẩm và nấu ăn phục vụ du lịch cộng đồng.

Sau đào tạo, có 5.270 lao động có việc làm mới hoặc tiếp tục làm nghề cũ với năng suất cao hơn, chiếm 77%; thu nhập bình quân của học viên đạt khoảng 4,2 triệu đồng/người/tháng.

Các huyện có số lao động học nghề đông là Hoàng Su Phì 1.120 người, Xín Mần 986 người, Mèo Vạc 874 người và Đồng Văn 812 người. Tại xã Lũng Cú, lớp thêu thổ cẩm khai giảng ngày 12/3 thu hút 35 học viên là phụ nữ Lô Lô, Mông.

Theo Sở Lao động - Thương binh và Xã hội, năm 2025 tỉnh phấn đấu đào tạo nghề cho 7.000 lao động; tỷ lệ lao động qua đào tạo đạt 58%, trong đó có bằng cấp, chứng chỉ đạt 26,5%. Sở sẽ phối hợp với các cơ sở giáo dục nghề nghiệp mở lớp ngay tại thôn, bản theo Nghị định số 27/2022/NĐ-CP.

Thanh Hoa
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inherited=True)
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
TRAIN = "lao động học nghề"

figs = [
    F("hơn 6.800 lao động", "6.800", 6800, "count", "lao động", "lao động vùng đồng bào dân tộc thiểu số được đào tạo nghề",
      approx="over"),
    F("tổ chức 214 lớp", "214", 214, "count", "lớp", "lớp đào tạo nghề", Y24),
    F("cho 6.842 lao động", "6.842", 6842, "count", "lao động", "lao động được đào tạo nghề", Y24,
      change=CH("increase", 18.6, "%", "năm 2023")),
    F("sơ cấp 1.935 người", "1.935", 1935, "count", "người", "đào tạo trình độ sơ cấp", Y24i, total=6842),
    F("dưới 3 tháng 4.907", "3", 3, "measure", "tháng", "thời gian đào tạo", approx="under", optional=True),
    F("tháng 4.907 người", "4.907", 4907, "count", "người", "đào tạo dưới 3 tháng", Y24i, total=6842),
    F("thực hiện 31,5 tỷ đồng", "31,5", 31500000000, "money", "đồng", "tổng kinh phí thực hiện", Y24i, percent=92.4),
    F("từ 3 đến 4,5 triệu", "3", 3000000, "money", "đồng/người/khóa học", "mức hỗ trợ bình quân", Y24i,
      value_max=4500000),
    F("có 5.270 lao động", "5.270", 5270, "count", "lao động",
      "lao động có việc làm mới hoặc tiếp tục làm nghề cũ với năng suất cao hơn", Y24i, percent=77),
    F("khoảng 4,2 triệu", "4,2", 4200000, "money", "đồng/người/tháng", "thu nhập bình quân của học viên", Y24i,
      approx="about"),
    F("Hoàng Su Phì 1.120 người", "1.120", 1120, "count", "người", TRAIN, Y24i, location="Hoàng Su Phì"),
    F("Xín Mần 986 người", "986", 986, "count", "người", TRAIN, Y24i, location="Xín Mần"),
    F("Mèo Vạc 874 người", "874", 874, "count", "người", TRAIN, Y24i, location="Mèo Vạc"),
    F("Đồng Văn 812 người", "812", 812, "count", "người", TRAIN, Y24i, location="Đồng Văn"),
    F("thu hút 35 học viên", "35", 35, "count", "học viên", "học viên lớp thêu thổ cẩm tại xã Lũng Cú", Y24i),
    F("cho 7.000 lao động", "7.000", 7000, "count", "lao động", "lao động được đào tạo nghề", Y25, status="target"),
    F("đạt 58%", "58", 58, "percent", "%", "tỷ lệ lao động qua đào tạo", Y25, status="target"),
    F("đạt 26,5%", "26,5", 26.5, "percent", "%", "tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", Y25,
      status="target"),
]

write("p450-5", TEXT, [
    "Báo Hà Giang (Party newspaper): vocational training under 1719 (Tiểu dự án 3, Dự án 5) in 2024, districts, 2025 targets.",
    "Bare dateline '14/01/2025 07:30' under the title, byline at the end; 'BHG' tag implies Hà Giang. Distractors: 'Tiểu dự án 3', 'Dự án 5',",
    "'MTQG 1719', 'ngày 12/3', 'Nghị định số 27/2022/NĐ-CP'. 'dưới 3 tháng' names a course type (duration): optional.",
    "'Trong đó' parts (sơ cấp, dưới 3 tháng) take the whole 6.842. District list shares 'lao động học nghề'; places go to location.",
    "'từ 3 đến 4,5 triệu đồng/người/khóa học' is a money range with a rate unit. 2025 targets: status target, period năm 2025.",
    "Headline 'hơn 6.800 lao động' is a figure (over), no period in the headline.",
], figs, published="2025-01-14", location="Hà Giang")
