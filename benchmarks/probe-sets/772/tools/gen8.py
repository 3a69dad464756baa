from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN LẬP - HUYỆN ĐỒNG PHÚ
Trang chủ | Tin tức | Đoàn thể
Ngày đăng: 03/10/2023

Đoàn xã hoàn thành 5 công trình thanh niên trong 9 tháng

Trong 9 tháng năm 2023, Đoàn xã Tân Lập đã triển khai 5 công trình thanh niên với tổng giá trị 486,5 triệu đồng, đạt 121,6% kế hoạch năm, tăng 18,2% so với cùng kỳ.

Riêng quý III/2023, gắn với Chiến dịch Thanh niên tình nguyện hè, Đoàn xã huy động 265 lượt đoàn viên, thanh niên ra quân bê tông hóa 1,2 km đường nội đồng tại ấp 3 và ấp 5, nạo vét 2.800 m kênh mương. Suất đầu tư bình quân khoảng 1,15 triệu đồng/m đường, trong đó nhân dân đóng góp 40%. Cũng trong quý III, xã tiếp nhận 3 đội hình sinh viên tình nguyện với 48 chiến sĩ, mở 4 lớp tin học miễn phí cho 96 thiếu nhi.

Tính đến ngày 30/9/2023, xã có 436 đoàn viên sinh hoạt tại 9 chi đoàn, trong đó 152 đoàn viên nữ. Tỷ lệ đoàn viên tham gia hoạt động tình nguyện đạt 87,4%.

Quý IV, Đoàn xã phấn đấu kết nạp thêm 25 đoàn viên, hoàn thành công trình "Ánh sáng ấp 6" với 120 bóng đèn, dự kiến kinh phí 96 triệu đồng.

Anh Lê Văn Tâm, Bí thư Đoàn xã, cho biết thanh niên có nhu cầu tham gia có thể đăng ký tại trụ sở UBND xã (Quốc lộ 14, ấp 2) hoặc qua điện thoại 0271.3868.045.
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Q3 = P("quý III/2023", "2023-07-01", "2023-09-30")
ASOF = P("Tính đến ngày 30/9/2023", None, "2023-09-30")
Q4 = P("Quý IV", "2023-10-01", "2023-12-31")

FIGS = [
    F("hoàn thành 5 công trình", "5", 5, "count", "công trình thanh niên", subject="công trình thanh niên hoàn thành",
      period=P("9 tháng", "2023-01-01", "2023-09-30")),
    F("triển khai 5 công trình", "5", 5, "count", "công trình thanh niên", subject="công trình thanh niên triển khai",
      period=M9),
    F("486,5 triệu đồng", "486,5", 486.5e6, "money", "đồng", percent=121.6,
      change=CH("increase", 18.2, baseline="cùng kỳ"), subject="tổng giá trị công trình thanh niên", period=M9),
    F("huy động 265 lượt", "265", 265, "count", "lượt đoàn viên, thanh niên",
      subject="lượt đoàn viên, thanh niên ra quân", period=Q3),
    F("bê tông hóa 1,2 km", "1,2", 1.2, "measure", "km", subject="đường nội đồng bê tông hóa", period=Q3),
    F("nạo vét 2.800 m", "2.800", 2800, "measure", "m", subject="kênh mương nạo vét", period=Q3),
    F("khoảng 1,15 triệu đồng/m", "1,15", 1.15e6, "money", "đồng/m", approx="about",
      subject="suất đầu tư bình quân", period=I(Q3)),
    F("đóng góp 40%", "40", 40, "percent", "%", subject="nhân dân đóng góp suất đầu tư", period=I(Q3)),
    F("tiếp nhận 3 đội hình", "3", 3, "count", "đội hình", subject="đội hình sinh viên tình nguyện tiếp nhận",
      period=P("quý III", "2023-07-01", "2023-09-30")),
    F("với 48 chiến sĩ", "48", 48, "count", "chiến sĩ", subject="chiến sĩ đội hình sinh viên tình nguyện",
      period=P("quý III", "2023-07-01", "2023-09-30")),
    F("mở 4 lớp tin học", "4", 4, "count", "lớp tin học", subject="lớp tin học miễn phí",
      period=P("quý III", "2023-07-01", "2023-09-30")),
    F("cho 96 thiếu nhi", "96", 96, "count", "thiếu nhi", subject="thiếu nhi học lớp tin học miễn phí",
      period=P("quý III", "2023-07-01", "2023-09-30")),
    F("có 436 đoàn viên", "436", 436, "count", "đoàn viên", subject="đoàn viên sinh hoạt", period=ASOF),
    F("tại 9 chi đoàn", "9", 9, "count", "chi đoàn", subject="chi đoàn", period=ASOF),
    F("152 đoàn viên nữ", "152", 152, "count", "đoàn viên", total=436, subject="đoàn viên nữ", period=ASOF),
    F("đạt 87,4%", "87,4", 87.4, "percent", "%", subject="tỷ lệ đoàn viên tham gia hoạt động tình nguyện",
      period=I(ASOF)),
    F("thêm 25 đoàn viên", "25", 25, "count", "đoàn viên", status="target", subject="đoàn viên kết nạp thêm", period=Q4),
    F("với 120 bóng đèn", "120", 120, "count", "bóng đèn", status="target",
      subject="bóng đèn công trình \"Ánh sáng ấp 6\"", period=Q4),
    F("kinh phí 96 triệu đồng", "96", 96e6, "money", "đồng", status="forecast",
      subject="kinh phí công trình \"Ánh sáng ấp 6\"", period=Q4),
]

COMMENTS = [
    "Probe 772-8. Commune portal (xã Tân Lập, huyện Đồng Phú, Bình Phước): youth works in 9 months / Q3 2023, membership as of 30/9, Q4 plans.",
    "A commune is not a spec place: figures take the district 'Đồng Phú' that the portal names. The headline '9 tháng' takes the year of the",
    "nearest earlier date (Ngày đăng 03/10/2023); 'Quý IV' likewise 2023. 'đạt 121,6% kế hoạch năm' is the percent of 486,5 triệu.",
    "'phấn đấu' -> target for its clauses; 'dự kiến kinh phí' is its own cue -> forecast. 'nhân dân đóng góp 40%' is a percent figure.",
    "Distractors: ấp 3, ấp 5, 'Ánh sáng ấp 6', Quốc lộ 14, ấp 2, phone 0271.3868.045, Ngày đăng.",
]

emit("p772-8", TEXT, COMMENTS, FIGS, published="2023-10-03", location="Đồng Phú")
