"""p827-6: national newspaper (VnExpress style), Hà Nội water parks in a heat wave, June 2024."""
from lib import C, F, P, T, build

TEXT = """Thời sự > Đời sống

Chủ nhật, 9/6/2024, 10:05 (GMT+7)

Công viên nước Hà Nội quá tải ngày nắng nóng

Nắng nóng trên 38 độ C khiến các công viên nước ở Hà Nội đông nghẹt, có nơi đón 12.000 khách mỗi ngày, gấp ba lần ngày thường.

Sáng 8/6, tại Công viên nước Hồ Tây, hàng nghìn người xếp hàng từ 8h30 dù 9h khu vui chơi mới mở cửa. Ông Nguyễn Văn Hải, Phó giám đốc công viên, cho biết từ ngày 25/5 đến nay lượng khách tăng khoảng 40%, trung bình 8.500 lượt/ngày, cuối tuần vượt 11.000 lượt. Công viên rộng hơn 10 ha, có 25 máng trượt và hồ tạo sóng rộng 4.000 m2.

Giá vé tại đây từ 150.000 đến 220.000 đồng tùy chiều cao và khung giờ; các công viên nước khác trong thành phố dao động 100.000-180.000 đồng. Chị Lê Thu Trang (quận Cầu Giấy) cho biết gia đình 4 người chi khoảng 700.000 đồng cho một buổi vui chơi.

Theo Sở Văn hóa và Thể thao Hà Nội, thành phố hiện có 9 công viên nước và khoảng 60 bể bơi công cộng có máng trượt. Đợt kiểm tra từ ngày 1 đến 7/6 phát hiện 5 cơ sở chưa bố trí đủ nhân viên cứu hộ theo quy định (1 người cứu hộ cho mỗi 500 m2 mặt nước), 2 cơ sở có máng trượt chưa được kiểm định.

Bác sĩ Trần Minh Đức, Bệnh viện Nhi Hà Nội, khuyến cáo trẻ dưới 6 tuổi phải có người lớn kèm khi xuống nước; mỗi mùa hè bệnh viện tiếp nhận 15-20 ca đuối nước, chấn thương liên quan đến bể bơi, công viên nước.

Thanh Lam
"""

SINCE = P("từ ngày 25/5 đến nay", "2024-05-25", "2024-06-09")
INSP = P("từ ngày 1 đến 7/6", "2024-06-01", "2024-06-07")

FIGS = [
    F("trên 38 độ C", "38", 38, "measure", "độ C", "nhiệt độ nắng nóng", approx="over"),
    F("đón 12.000 khách mỗi ngày", "12.000", 12000, "measure", "khách/ngày", "khách đến công viên nước mỗi ngày",
      change=C("increase", 3, "lần", baseline="ngày thường")),
    F("hàng nghìn người", "nghìn", 1000, "count", "người", "người xếp hàng", approx="about", optional=True),
    F("tăng khoảng 40%", "40", 40, "percent", "%", "tăng trưởng lượng khách", approx="about", period=SINCE),
    F("trung bình 8.500 lượt/ngày", "8.500", 8500, "measure", "lượt/ngày", "lượt khách trung bình mỗi ngày",
      period=SINCE),
    F("vượt 11.000 lượt", "11.000", 11000, "count", "lượt", "lượt khách ngày cuối tuần", approx="over",
      period=SINCE),
    F("rộng hơn 10 ha", "10", 10, "measure", "ha", "diện tích Công viên nước Hồ Tây", approx="over"),
    F("có 25 máng trượt", "25", 25, "count", "máng trượt", "máng trượt"),
    F("rộng 4.000 m2", "4.000", 4000, "measure", "m2", "diện tích hồ tạo sóng"),
    F("từ 150.000 đến 220.000 đồng", "150.000", 150000, "money", "đồng", "giá vé Công viên nước Hồ Tây",
      value_max=220000),
    F("dao động 100.000-180.000 đồng", "100.000", 100000, "money", "đồng", "giá vé các công viên nước khác",
      value_max=180000),
    F("gia đình 4 người", "4", 4, "count", "người", "thành viên gia đình", optional=True),
    F("khoảng 700.000 đồng", "700.000", 700000, "money", "đồng", "chi phí một buổi vui chơi của gia đình",
      approx="about"),
    F("có 9 công viên nước", "9", 9, "count", "công viên nước", "công viên nước"),
    F("khoảng 60 bể bơi", "60", 60, "count", "bể bơi", "bể bơi công cộng có máng trượt", approx="about"),
    F("phát hiện 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở chưa bố trí đủ nhân viên cứu hộ", period=INSP),
    F("(1 người cứu hộ", "1", 1, "measure", "người cứu hộ/500 m2 mặt nước", "định mức nhân viên cứu hộ",
      optional=True),
    F("2 cơ sở có máng trượt", "2", 2, "count", "cơ sở", "cơ sở có máng trượt chưa được kiểm định", period=INSP),
    F("trẻ dưới 6 tuổi", "6", 6, "measure", "tuổi", "tuổi trẻ em phải có người lớn kèm", approx="under",
      optional=True),
    F("tiếp nhận 15-20 ca", "15", 15, "count", "ca", "ca đuối nước, chấn thương liên quan đến bể bơi, công viên nước",
      value_max=20),
]

COMMENTS = [
    "National newspaper (VnExpress style): Hà Nội water parks in the June 2024 heat wave. Dateline 'Chủ nhật, 9/6/2024, 10:05 (GMT+7)'.",
    "All figures Hà Nội (the reader's 'quận Cầu Giấy' is her address, not the place of a figure).",
    "'gấp ba lần ngày thường' after '12.000 khách mỗi ngày' is its change (3 lần, number word). 'tăng khoảng 40%' has no base amount: a percent figure.",
    "Per-day counts ('12.000 khách mỗi ngày', '8.500 lượt/ngày') are rates: kind measure, denominator in the unit.",
    "'từ ngày 25/5 đến nay' ends at the dateline; 'từ ngày 1 đến 7/6' is 2024-06-01..07. 'hiện' and 'mỗi mùa hè' give no period.",
    "'1 người cứu hộ cho mỗi 500 m2 mặt nước' is a regulatory norm: optional rate, its denominator 500 is part of the unit, not a figure.",
    "Optional: 'hàng nghìn người', 'gia đình 4 người' (an anecdote's size), 'trẻ dưới 6 tuổi' (threshold).",
    "Distractors: times '8h30', '9h', '10:05', dates 'Sáng 8/6', weekday, byline.",
]

COMMENTS.append("revised after the first run: 12.000 khách/ngày and 8.500 lượt/ngày count -> measure (rates, FIGURES.md Rates).")
build("p827-6", TEXT, FIGS, COMMENTS, published="2024-06-09", location="Hà Nội")
