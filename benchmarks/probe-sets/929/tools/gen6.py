"""p929-6: national newspaper (VnExpress style), free swimming classes in TP Hồ Chí Minh, summer 2025."""
from lib import F, P, I, C, write

TEXT = """Thời sự > Giáo dục
Thứ hai, 16/6/2025, 10:20 (GMT+7)

TP HCM đặt mục tiêu dạy bơi miễn phí cho 30.000 trẻ

Thành đoàn TP HCM phối hợp Sở Văn hóa và Thể thao đặt mục tiêu dạy bơi miễn phí cho khoảng 30.000 trẻ từ 6 đến 15 tuổi trong hè 2025, gấp đôi năm ngoái.

Chương trình được tổ chức tại 152 hồ bơi trên địa bàn thành phố, trong đó 38 hồ bơi thuộc trường học và 114 hồ bơi của doanh nghiệp, cá nhân. Mỗi khóa kéo dài 12 buổi, mỗi buổi 60 phút. Thành phố hỗ trợ 700.000 đồng/trẻ, tổng kinh phí dự kiến 21 tỷ đồng từ nguồn xã hội hóa và ngân sách.

Năm ngoái, chương trình thu hút 14.800 trẻ, trong đó 11.690 em bơi được 25 m trở lên, đạt 79%. Các quận, huyện có nhiều trẻ tham gia nhất là Bình Tân (1.920 em), Gò Vấp (1.650 em), Củ Chi (1.430 em).

Ông Trần Quốc Bảo, Phó Bí thư Thành đoàn, cho biết từ đầu năm đến nay thành phố đã tổ chức 9 điểm sinh hoạt hè tập trung và 2.340 điểm sinh hoạt tại khu phố, ấp. Dự kiến khoảng 45.000 tình nguyện viên Mùa hè xanh sẽ ra quân từ ngày 1/7, tăng 12% so với năm trước.

Theo thống kê của ngành lao động, năm 2024 thành phố ghi nhận 23 trẻ tử vong do đuối nước, giảm gần 30% so với năm 2023. Ngoài bơi lội, trẻ còn được học kỹ năng sơ cứu, nhận biết vùng nước nguy hiểm và cách gọi cứu hộ qua số 115.

Phụ huynh đăng ký cho con học bơi tại nhà văn hóa phường, xã hoặc qua đường dây nóng 028.3829.5010 của Thành đoàn, số 1 Phạm Ngọc Thạch, quận 1.

Lê Phương
"""

HE25 = P("hè 2025", "2025-06-01", "2025-08-31")
Y24L = P("Năm ngoái", "2024-01-01", "2024-12-31")
YTD = P("từ đầu năm đến nay", "2025-01-01", "2025-06-16")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("cho 30.000 trẻ", "30.000", 30000, "count", "trẻ", status="target",
      subject="trẻ được dạy bơi miễn phí"),
    F("khoảng 30.000 trẻ", "30.000", 30000, "count", "trẻ", approx="about", status="target",
      change=C("increase", 2, "lần", "năm ngoái"), subject="trẻ được dạy bơi miễn phí", period=HE25),
    F("trẻ từ 6 đến 15 tuổi", "6", 6, "measure", "tuổi", value_max=15, status="target", optional=True),
    F("tại 152 hồ bơi", "152", 152, "count", "hồ bơi", subject="hồ bơi tổ chức chương trình dạy bơi"),
    F("38 hồ bơi", "38", 38, "count", "hồ bơi", total=152, subject="hồ bơi thuộc trường học"),
    F("114 hồ bơi", "114", 114, "count", "hồ bơi", total=152, subject="hồ bơi của doanh nghiệp, cá nhân"),
    F("kéo dài 12 buổi", "12", 12, "measure", "buổi", subject="thời lượng mỗi khóa", optional=True),
    F("mỗi buổi 60 phút", "60", 60, "measure", "phút", subject="thời lượng mỗi buổi", optional=True),
    F("hỗ trợ 700.000 đồng/trẻ", "700.000", 700000, "money", "đồng/trẻ",
      subject="mức hỗ trợ học bơi mỗi trẻ"),
    F("dự kiến 21 tỷ đồng", "21", 21000000000, "money", "đồng", status="forecast",
      subject="tổng kinh phí chương trình dạy bơi"),
    F("thu hút 14.800 trẻ", "14.800", 14800, "count", "trẻ", subject="trẻ tham gia chương trình dạy bơi",
      period=Y24L),
    F("11.690 em", "11.690", 11690, "count", "em", total=14800, percent=79,
      subject="em bơi được 25 m trở lên", period=Y24L),
    F("được 25 m trở lên", "25", 25, "measure", "m", approx="at_least", optional=True),
    F("Bình Tân (1.920 em)", "1.920", 1920, "count", "em", subject="trẻ tham gia học bơi",
      period=I(Y24L), location="Bình Tân"),
    F("Gò Vấp (1.650 em)", "1.650", 1650, "count", "em", subject="trẻ tham gia học bơi",
      period=I(Y24L), location="Gò Vấp"),
    F("Củ Chi (1.430 em)", "1.430", 1430, "count", "em", subject="trẻ tham gia học bơi",
      period=I(Y24L), location="Củ Chi"),
    F("tổ chức 9 điểm", "9", 9, "count", "điểm sinh hoạt hè", subject="điểm sinh hoạt hè tập trung",
      period=YTD),
    F("và 2.340 điểm", "2.340", 2340, "count", "điểm sinh hoạt",
      subject="điểm sinh hoạt tại khu phố, ấp", period=YTD),
    F("khoảng 45.000 tình nguyện viên", "45.000", 45000, "count", "tình nguyện viên", approx="about",
      status="forecast", change=C("increase", 12, "%", "năm trước"),
      subject="tình nguyện viên Mùa hè xanh ra quân"),
    F("ghi nhận 23 trẻ", "23", 23, "count", "trẻ",
      change=C("decrease", 30, "%", "năm 2023", approx="nearly"),
      subject="trẻ tử vong do đuối nước", period=Y24),
]

COMMENTS = [
    "VnExpress-style national paper: TP HCM's free swimming programme for summer 2025, dateline 'Thứ hai, 16/6/2025, 10:20 (GMT+7)'.",
    "Location Thành phố Hồ Chí Minh; the districts of the bracket list are each the location of their item.",
    "'đặt mục tiêu ... khoảng 30.000 trẻ ... trong hè 2025, gấp đôi năm ngoái' -> target, change increase 2 lần (number word 'đôi').",
    "The headline repeats the target figure without a period. 'hè 2025' read as 2025-06-01..2025-08-31 (spec silent on seasons).",
    "'đạt 79%' after '11.690 em' is its share; '25 m trở lên', ages and class lengths are specifications (optional).",
    "'Dự kiến khoảng 45.000 tình nguyện viên ... sẽ ra quân từ ngày 1/7' -> forecast; 'từ ngày 1/7' is a start date, not its period.",
    "'từ đầu năm đến nay' ends at the dateline (2025-06-16).",
    "Distractors: 'số 115' (emergency number), '028.3829.5010', 'số 1 Phạm Ngọc Thạch, quận 1', '10:20 (GMT+7)', 'ngày 1/7'.",
]

write(6, TEXT, FIGS, COMMENTS, published="2025-06-16", location="Thành phố Hồ Chí Minh")
