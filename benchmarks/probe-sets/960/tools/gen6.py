from lib import F, P, I, C, T, build

TEXT = """Giáo dục > Tin tức
Thứ năm, 18/7/2024, 14:30 (GMT+7)

Hơn 9.000 học sinh Khmer học chữ trong chùa dịp hè

Từ ngày 10/6 đến ngày 10/8/2024, 118 chùa Khmer ở Trà Vinh mở 426 lớp dạy chữ Khmer cho 9.350 học sinh, người dạy là các vị sư và tình nguyện viên. Số lớp hè năm nay gấp 1,5 lần năm 2020.

Tại chùa Âng (phường 8, TP Trà Vinh), năm nay có 12 lớp với 356 em từ lớp 1 đến lớp 5. Các em học 3 buổi mỗi tuần, mỗi buổi 2 giờ, không phải đóng học phí. Đại đức Thạch Sa Rinh, trụ trì chùa, cho biết tổng chi phí mua vở, sách và hỗ trợ sư dạy khoảng 45 triệu đồng, do phật tử đóng góp.

"Ở nhà các em nói tiếng Khmer nhưng nhiều em chưa đọc, viết được chữ. Học xong lớp hè, các em viết được thư cho ông bà", vị sư nói. Em Kim Thị Sô Phi, nhà ở ấp Giồng Lớn, huyện Trà Cú, mỗi sáng được mẹ chở đi học theo Quốc lộ 54.

Theo Sở Giáo dục và Đào tạo Trà Vinh, toàn tỉnh có khoảng 320.000 người Khmer, chiếm 31,5% dân số. Năm học 2023-2024, 103 trường tiểu học dạy tiếng Khmer trong giờ chính khóa cho 24.870 học sinh, chiếm 81,5% học sinh dân tộc Khmer cấp tiểu học. Tỉnh phấn đấu đến năm 2025, 100% trường tiểu học có từ 30% học sinh Khmer trở lên tổ chức dạy tiếng Khmer.

Cả nước hiện có khoảng 1,3 triệu người Khmer, sống tập trung ở Sóc Trăng, Trà Vinh, Kiên Giang, An Giang, Bạc Liêu. Trong dịp hè, nhiều chùa ở Sóc Trăng cũng mở lớp, riêng chùa Mahatup (chùa Dơi) có hơn 500 học sinh theo học.

Hoàng Nam
"""

HE = P("Từ ngày 10/6 đến ngày 10/8/2024", "2024-06-10", "2024-08-10")
NAY = P("năm nay", "2024-01-01", "2024-12-31")
FIGS = [
    F("Hơn 9.000 học sinh", "9.000", 9000, "count", "học sinh", approx="over",
      subject="học sinh Khmer học chữ trong chùa dịp hè", period=I(HE)),
    F("118 chùa", "118", 118, "count", "chùa", subject="chùa Khmer mở lớp dạy chữ Khmer", period=HE),
    F("426 lớp", "426", 426, "count", "lớp", subject="lớp dạy chữ Khmer", period=HE),
    F("9.350 học sinh", "9.350", 9350, "count", "học sinh", subject="học sinh học chữ Khmer", period=HE),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", subject="số lớp hè so với năm 2020",
      period=P("năm nay", "2024-01-01", "2024-12-31")),
    F("có 12 lớp", "12", 12, "count", "lớp", subject="lớp tại chùa Âng", period=NAY),
    F("356 em", "356", 356, "count", "em", subject="học sinh tại chùa Âng", period=NAY),
    F("3 buổi", "3", 3, "measure", "buổi/tuần", subject="số buổi học mỗi tuần", period=I(NAY)),
    F("2 giờ", "2", 2, "measure", "giờ", subject="thời lượng mỗi buổi học", period=I(NAY)),
    F("khoảng 45 triệu đồng", "45", 45e6, "money", "đồng", approx="about",
      subject="tổng chi phí mua vở, sách và hỗ trợ sư dạy", period=I(NAY)),
    F("khoảng 320.000 người", "320.000", 320000, "count", "người", approx="about", percent=31.5,
      subject="người Khmer"),
    F("103 trường", "103", 103, "count", "trường", subject="trường tiểu học dạy tiếng Khmer trong giờ chính khóa",
      period=P("Năm học 2023-2024", "2023-09-01", "2024-05-31")),
    F("24.870 học sinh", "24.870", 24870, "count", "học sinh", percent=81.5,
      subject="học sinh học tiếng Khmer trong giờ chính khóa",
      period=P("Năm học 2023-2024", "2023-09-01", "2024-05-31")),
    F("2025, 100%", "100", 100, "percent", "%", status="target",
      subject="trường tiểu học có từ 30% học sinh Khmer trở lên tổ chức dạy tiếng Khmer",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("từ 30%", "30", 30, "percent", "%", approx="at_least", optional=True, subject="học sinh Khmer"),
    F("khoảng 1,3 triệu", "1,3", 1.3e6, "count", "người", approx="about", subject="người Khmer", location="Việt Nam"),
    F("hơn 500 học sinh", "500", 500, "count", "học sinh", approx="over", subject="học sinh theo học tại chùa Mahatup",
      location="Sóc Trăng"),
]

build("p960-6", TEXT, FIGS, published="2024-07-18", location="Trà Vinh", notes=[
    "National newspaper: summer Khmer classes in Trà Vinh pagodas; dateline 'Thứ năm, 18/7/2024, 14:30 (GMT+7)'; byline at the end.",
    "Year-less headline count inherits the course period. 'năm nay' = 2024 (published). 'gấp 1,5 lần năm 2020' stands alone: multiple.",
    "'3 buổi mỗi tuần' is a rate (measure, unit buổi/tuần). National Khmer population -> Việt Nam; chùa Mahatup -> Sóc Trăng.",
    "Distractors: 'phường 8', 'lớp 1 đến lớp 5', 'Quốc lộ 54', 'năm 2020' baseline, time 14:30, GMT+7.",
])
