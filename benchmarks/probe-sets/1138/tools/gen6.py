"""p1138-6: national newspaper, TP Hồ Chí Minh: school mini football pitches rented out after class hours."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Giáo dục
Thứ bảy, 18/5/2024, 08:15 (GMT+7)

TP HCM: 214 trường mở sân bãi cho dân thuê ngoài giờ học

TP HCM có khoảng 1.250 sân bóng đá mini, nhưng chỉ chừng 15% nằm trong khuôn viên trường học, theo Sở Văn hóa và Thể thao.

Tại Trường THCS Nguyễn Du (quận Gò Vấp), sân cỏ nhân tạo rộng gần 800 m2 được đưa vào sử dụng từ tháng 3. Sau 17h, khi học sinh tan học, sân mở cho người dân thuê với giá 250.000-350.000 đồng/giờ. Mỗi tháng trường thu khoảng 40 triệu đồng; sau khi trừ tiền điện, nước, nhân công còn hơn 15 triệu đồng bổ sung quỹ hoạt động phong trào.

Ông Trần Minh Khoa, Hiệu trưởng, cho biết trường có 1.460 học sinh; câu lạc bộ bóng đá của trường có khoảng 60 em. Học kỳ I vừa qua, trường tổ chức giải bóng đá khối 8, khối 9 với 24 đội tham gia.

Theo Sở Giáo dục và Đào tạo, tính đến tháng 4/2024, thành phố có 214 trường công lập cho thuê sân bãi ngoài giờ học, tăng 38 trường so với đầu năm học. Tuy vậy, diện tích sân chơi, bãi tập bình quân ở nhiều trường nội thành chỉ 1,2-1,5 m2/học sinh.

Cả nước hiện mới có khoảng 38% trường phổ thông có nhà đa năng, theo Bộ Giáo dục và Đào tạo.

Thành phố dự kiến đến năm 2025 xây mới 50 nhà thi đấu đa năng tại các trường công lập, tổng vốn khoảng 1.500 tỷ đồng, trong đó 70% từ ngân sách. Các trường được khuyến khích liên kết với doanh nghiệp để khai thác sân bãi, song phải bảo đảm giờ học thể chất của học sinh.

Lê Nguyễn
"""

GV = "Gò Vấp"
ASOF = P("tính đến tháng 4/2024", None, "2024-04-30")
T25 = P("đến năm 2025", None, "2025-12-31")
SCHOOL = "Trường THCS Nguyễn Du"

FIGS = [
    F("TP HCM: 214", "214", 214, "count", "trường", subject="trường mở sân bãi cho dân thuê ngoài giờ học"),
    F("khoảng 1.250 sân", "1.250", 1250, "count", "sân bóng đá mini", approx="about",
      subject="sân bóng đá mini"),
    F("chừng 15%", "15", 15, "percent", "%", approx="about",
      subject="tỷ lệ sân bóng đá mini nằm trong khuôn viên trường học"),
    F("gần 800 m2", "800", 800, "measure", "m2", approx="nearly",
      subject=f"diện tích sân cỏ nhân tạo {SCHOOL}", location=GV),
    F("250.000-350.000", "250.000", 250000, "money", "đồng/giờ", value_max=350000,
      subject="giá thuê sân", location=GV),
    F("khoảng 40 triệu", "40", 40e6, "money", "đồng", approx="about",
      subject="tiền cho thuê sân trường thu mỗi tháng", location=GV),
    F("hơn 15 triệu", "15", 15e6, "money", "đồng", approx="over",
      subject="tiền còn lại bổ sung quỹ hoạt động phong trào mỗi tháng", location=GV),
    F("1.460 học sinh", "1.460", 1460, "count", "học sinh", subject=f"học sinh {SCHOOL}", location=GV),
    F("khoảng 60 em", "60", 60, "count", "em", approx="about",
      subject="thành viên câu lạc bộ bóng đá của trường", location=GV),
    F("24 đội", "24", 24, "count", "đội", subject="đội tham gia giải bóng đá khối 8, khối 9", location=GV),
    F("có 214 trường", "214", 214, "count", "trường", change=C("increase", 38, "trường", "đầu năm học"),
      subject="trường công lập cho thuê sân bãi ngoài giờ học", period=ASOF),
    F("1,2-1,5", "1,2", 1.2, "measure", "m2/học sinh", value_max=1.5,
      subject="diện tích sân chơi, bãi tập bình quân ở nhiều trường nội thành"),
    F("khoảng 38%", "38", 38, "percent", "%", approx="about", subject="tỷ lệ trường phổ thông có nhà đa năng",
      location="Việt Nam"),
    F("mới 50 nhà", "50", 50, "count", "nhà thi đấu đa năng", status="forecast",
      subject="nhà thi đấu đa năng xây mới tại các trường công lập", period=T25),
    F("khoảng 1.500 tỷ", "1.500", 1500e9, "money", "đồng", approx="about", status="forecast",
      subject="tổng vốn xây mới nhà thi đấu đa năng", period=T25),
    F("70%", "70", 70, "percent", "%", status="forecast",
      subject="tỷ lệ vốn từ ngân sách", period=T25),
]

NOTES = [
    "National newspaper: 'Thứ bảy, 18/5/2024, 08:15 (GMT+7)' (published), byline at the end. City figures: TP Hồ Chí Minh.",
    "School passage (Trường THCS Nguyễn Du, quận Gò Vấp) spans three paragraphs: location Gò Vấp throughout (the headmaster's figures too).",
    "Distractors: '08:15', '(GMT+7)', 'từ tháng 3', 'Sau 17h', 'khối 8, khối 9', 'Học kỳ I', 'tháng 4/2024'.",
    "'Cả nước … khoảng 38% trường phổ thông' is national → Việt Nam. 'trong đó 70% từ ngân sách' is a percent figure of its own (forecast).",
    "'Mỗi tháng trường thu khoảng 40 triệu đồng' → money 'đồng' (monthly flow; per-time word in subject). '1,2-1,5 m2/học sinh' → measure, rate unit.",
    "Headline '214 trường' has no period; 'tăng 38 trường so với đầu năm học' is the change of the body's 214.",
]

if __name__ == "__main__":
    write("p1138-6", TEXT, NOTES, FIGS, published="2024-05-18", location="TP Hồ Chí Minh")
