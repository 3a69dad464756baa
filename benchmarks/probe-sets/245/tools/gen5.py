from lib import F, P, CH, TG, build

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LAI CHÂU
Tin tức - Sự kiện
Ngày đăng: 28/10/2024 | Lượt xem: 527

Lai Châu chú trọng tăng cường tiếng Việt cho trẻ em dân tộc thiểu số

Năm học 2024-2025, toàn tỉnh có 23.860 trẻ mầm non là người dân tộc thiểu số, chiếm 91,3% tổng số trẻ đến trường; trong đó trẻ mẫu giáo 5 tuổi là 7.215 em. Tỷ lệ huy động trẻ em 5 tuổi ra lớp đạt 99,8%, trẻ từ 3 đến 5 tuổi đạt 98,6%.

Thực hiện Đề án "Tăng cường tiếng Việt cho trẻ em mầm non, học sinh tiểu học vùng dân tộc thiểu số giai đoạn 2016-2025, định hướng đến 2030", 100% cơ sở giáo dục mầm non đã xây dựng môi trường tăng cường tiếng Việt. Quý III/2024, Sở tổ chức 12 lớp bồi dưỡng cho 1.460 lượt giáo viên mầm non, tiểu học về phương pháp dạy tiếng Việt như ngôn ngữ thứ hai; 9 tháng năm 2024, kinh phí thực hiện đề án đạt 3,72 tỷ đồng, bằng 62% dự toán năm.

Đối với trẻ chưa thành thạo tiếng Việt trước khi vào lớp 1, các trường tiểu học tổ chức chuẩn bị tiếng Việt trong 8 tuần hè (khoảng 280 tiết). Năm 2024, có 4.380 trẻ tham gia, tăng 6,5% so với năm 2023; các huyện có nhiều trẻ tham gia là Mường Tè (1.020 trẻ), Nậm Nhùn (845 trẻ), Sìn Hồ (790 trẻ).

Toàn tỉnh hiện có 1.938 giáo viên mầm non là người dân tộc thiểu số, 624 giáo viên biết tiếng dân tộc tại chỗ. Tuy nhiên, vẫn còn khoảng 6% học sinh lớp 1 chưa đạt yêu cầu về đọc, viết tiếng Việt cuối học kỳ I.

Mục tiêu đến năm 2025, 100% trẻ em dân tộc thiểu số trước khi vào lớp 1 được chuẩn bị tiếng Việt.

Phòng Giáo dục Mầm non - Sở GD&ĐT Lai Châu
Điện thoại: 0213.3876.534
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
SUB_L = "trẻ tham gia chuẩn bị tiếng Việt"

FIGS = [
    F("có 23.860 trẻ", "23.860", 23860, "count", "trẻ", "trẻ mầm non là người dân tộc thiểu số", percent=91.3),
    F("mẫu giáo 5 tuổi", "5", 5, "measure", "tuổi", "độ tuổi trẻ mẫu giáo", opt=True),
    F("là 7.215 em", "7.215", 7215, "count", "em", "trẻ mẫu giáo 5 tuổi", total=23860),
    F("trẻ em 5 tuổi ra lớp", "5", 5, "measure", "tuổi", "độ tuổi trẻ em", opt=True),
    F("đạt 99,8%", "99,8", 99.8, "percent", "%", "tỷ lệ huy động trẻ em 5 tuổi ra lớp"),
    F("từ 3 đến 5 tuổi", "3", 3, "measure", "tuổi", "độ tuổi trẻ", value_max=5, opt=True),
    F("đạt 98,6%", "98,6", 98.6, "percent", "%", "tỷ lệ huy động trẻ từ 3 đến 5 tuổi ra lớp"),
    F("100% cơ sở", "100", 100, "percent", "%", "cơ sở giáo dục mầm non đã xây dựng môi trường tăng cường tiếng Việt"),
    F("tổ chức 12 lớp", "12", 12, "count", "lớp", "lớp bồi dưỡng", period=Q3),
    F("cho 1.460 lượt", "1.460", 1460, "count", "lượt giáo viên", "lượt giáo viên mầm non, tiểu học được bồi dưỡng",
      period=Q3),
    F("đạt 3,72 tỷ đồng", "3,72", 3720000000, "money", "đồng", "kinh phí thực hiện đề án", percent=62, period=M9),
    F("trong 8 tuần hè", "8", 8, "measure", "tuần", "thời gian chuẩn bị tiếng Việt", opt=True),
    F("khoảng 280 tiết", "280", 280, "count", "tiết", "thời lượng chuẩn bị tiếng Việt", approx="about"),
    F("có 4.380 trẻ", "4.380", 4380, "count", "trẻ", "trẻ tham gia chuẩn bị tiếng Việt",
      change=CH("+", 6.5, "%", "năm 2023"), period=Y24),
    F("Mường Tè (1.020 trẻ)", "1.020", 1020, "count", "trẻ", SUB_L, period=Y24, loc="Mường Tè"),
    F("Nậm Nhùn (845 trẻ)", "845", 845, "count", "trẻ", SUB_L, period=Y24, loc="Nậm Nhùn"),
    F("Sìn Hồ (790 trẻ)", "790", 790, "count", "trẻ", SUB_L, period=Y24, loc="Sìn Hồ"),
    F("có 1.938 giáo viên", "1.938", 1938, "count", "giáo viên", "giáo viên mầm non là người dân tộc thiểu số"),
    F("624 giáo viên", "624", 624, "count", "giáo viên", "giáo viên biết tiếng dân tộc tại chỗ"),
    F("khoảng 6% học sinh", "6", 6, "percent", "%", "học sinh lớp 1 chưa đạt yêu cầu về đọc, viết tiếng Việt",
      approx="about"),
    F("2025, 100% trẻ em", "100", 100, "percent", "%",
      "trẻ em dân tộc thiểu số trước khi vào lớp 1 được chuẩn bị tiếng Việt", status="target", period=T25),
]

COMMENTS = [
    "Sở GD&ĐT Lai Châu (department site), 'Ngày đăng: 28/10/2024 | Lượt xem: 527': Vietnamese-language preparation for ethnic-minority",
    "pre-school children and first-graders (Đề án tăng cường tiếng Việt), teacher training, districts, teachers speaking local languages.",
    "Distractors: 'Năm học 2024-2025', the scheme's title with 'giai đoạn 2016-2025, định hướng đến 2030', 'lớp 1' (grade name, 3×),",
    "'ngôn ngữ thứ hai' (not a rank), 'học kỳ I', phone 0213.3876.534. Ages ('5 tuổi', 'từ 3 đến 5 tuổi') define groups: optional.",
    "'8 tuần hè' (duration of the summer course) optional; 'khoảng 280 tiết' is the course's size (count, about).",
    "'trong đó trẻ mẫu giáo 5 tuổi là 7.215 em' part of 23.860. 'bằng 62% dự toán năm' is the share of 3,72 tỷ.",
    "The list after ';' shares the sentence's 'Năm 2024' (scored) and the indicator 'trẻ tham gia'.",
    "Figures dated only by a school year or 'hiện' carry no gold period.",
]

build(5, TEXT, FIGS, COMMENTS, published="2024-10-28", location="Lai Châu")
