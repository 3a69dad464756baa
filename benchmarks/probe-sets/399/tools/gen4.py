from lib import F, P, CH, TG, write

TEXT = """BÁO NAM ĐỊNH ĐIỆN TỬ
Xã hội > Y tế

Phát hiện sớm hơn 160 ca ung thư qua khám tầm soát

6 tháng đầu năm 2024, Bệnh viện Đa khoa tỉnh Nam Định đã khám tầm soát ung thư cho 8.732 lượt người, tăng 27,4% so với cùng kỳ năm 2023. Qua tầm soát, bệnh viện phát hiện 163 ca ung thư ở giai đoạn sớm, chiếm 1,87% số lượt khám.

Theo bác sĩ chuyên khoa II Trần Văn Hưng, Trưởng khoa Ung bướu, trong số các ca được phát hiện, ung thư phổi có 52 ca, ung thư gan 41 ca, ung thư đại trực tràng 38 ca, còn lại là ung thư dạ dày và tuyến giáp. Đáng chú ý, khoảng 35% người bệnh được phát hiện ở độ tuổi dưới 50.

Từ tháng 3/2024, bệnh viện đưa vào sử dụng hệ thống chụp cắt lớp vi tính 128 lát cắt liều thấp để tầm soát ung thư phổi cho người từ 50 tuổi trở lên có tiền sử hút thuốc lá. Chi phí mỗi lần chụp khoảng 1,2 triệu đồng, thấp hơn khoảng 35% so với chụp cắt lớp thông thường.

Cũng trong 6 tháng đầu năm, bệnh viện phối hợp với Hội Chữ thập đỏ tỉnh tổ chức 12 đợt khám sàng lọc miễn phí tại các huyện Hải Hậu, Giao Thủy, Nghĩa Hưng với trên 2.600 người tham gia, mỗi đợt từ 180 đến 250 người. Tổng giá trị các gói khám được miễn phí ước khoảng 780 triệu đồng.

Bệnh viện phấn đấu cả năm 2024 khám tầm soát cho 18.000 lượt người, trong đó ít nhất 3.000 lượt người được chụp cắt lớp phổi liều thấp. Người dân có thể đặt lịch khám qua tổng đài 0228.3849.115 từ 7 giờ đến 17 giờ các ngày trong tuần.

Thu Hằng
18/7/2024
"""

P6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
P6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
P6b = P("trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")
P6bi = P("trong 6 tháng đầu năm", "2024-01-01", "2024-06-30", inherited=True)
PY = P("năm 2024", "2024-01-01", "2024-12-31")
figs = [
    F("hơn 160 ca", "160", 160, "count", "ca", "ca ung thư phát hiện sớm qua khám tầm soát", P6i, approx="over"),
    F("cho 8.732 lượt người", "8.732", 8732, "count", "lượt người", "lượt người được khám tầm soát ung thư", P6,
      change=CH("increase", 27.4, "%", "cùng kỳ năm 2023")),
    F("phát hiện 163 ca", "163", 163, "count", "ca", "ca ung thư phát hiện ở giai đoạn sớm", P6i, percent=1.87),
    F("phổi có 52 ca", "52", 52, "count", "ca", "ca ung thư phổi được phát hiện", P6i, total=163),
    F("gan 41 ca", "41", 41, "count", "ca", "ca ung thư gan được phát hiện", P6i, total=163),
    F("trực tràng 38 ca", "38", 38, "count", "ca", "ca ung thư đại trực tràng được phát hiện", P6i, total=163),
    F("khoảng 35% người bệnh", "35", 35, "percent", "%", "người bệnh được phát hiện ở độ tuổi dưới 50", P6i, approx="about"),
    F("độ tuổi dưới 50", "50", 50, "measure", "tuổi", "độ tuổi", approx="under", optional=True),
    F("128 lát cắt", "128", 128, "measure", "lát cắt", "hệ thống chụp cắt lớp vi tính", optional=True),
    F("từ 50 tuổi trở lên", "50", 50, "measure", "tuổi", "độ tuổi được tầm soát ung thư phổi", approx="at_least", optional=True),
    F("khoảng 1,2 triệu đồng", "1,2", 1200000, "money", "đồng", "chi phí mỗi lần chụp cắt lớp liều thấp", approx="about",
      change=CH("decrease", 35, "%", "chụp cắt lớp thông thường", approx="about")),
    F("tổ chức 12 đợt", "12", 12, "count", "đợt", "đợt khám sàng lọc miễn phí", P6b),
    F("trên 2.600 người", "2.600", 2600, "count", "người", "người tham gia khám sàng lọc miễn phí", P6b, approx="over"),
    F("từ 180 đến 250 người", "180", 180, "count", "người", "người tham gia mỗi đợt khám", P6b, value_max=250),
    F("ước khoảng 780 triệu", "780", 780000000, "money", "đồng", "tổng giá trị các gói khám được miễn phí", P6bi,
      approx="about", status="estimate"),
    F("cho 18.000 lượt người", "18.000", 18000, "count", "lượt người", "lượt người được khám tầm soát", PY, status="target"),
    F("ít nhất 3.000 lượt người", "3.000", 3000, "count", "lượt người", "lượt người được chụp cắt lớp phổi liều thấp", PY,
      approx="at_least", total=18000, status="target"),
]

write(4, TEXT, figs, [
    "Báo Nam Định (Party newspaper): cancer screening at the provincial general hospital, first half of 2024. Byline and a bare date",
    "'18/7/2024' at the end are the article's date. Distractors: 'bác sĩ chuyên khoa II', 'Từ tháng 3/2024', phone 0228.3849.115,",
    "office hours '7 giờ đến 17 giờ'. Optional: ages ('dưới 50', 'từ 50 tuổi trở lên') and the scanner spec '128 lát cắt'.",
    "163 ca has percent 1,87 (chiếm … số lượt khám) but no total (ca vs lượt người); 52/41/38 are parts of 163 ('trong số các ca').",
    "The price 1,2 triệu carries the change 'thấp hơn khoảng 35% so với …'; it has no period. Year-less 'trong 6 tháng đầu năm' = 2024.",
    "Location Nam Định for all (the three districts are named as a group). Year targets under 'phấn đấu'; 3.000 is part of 18.000.",
], published="2024-07-18", location="Nam Định")
