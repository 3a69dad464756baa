from lib import F, P, I, CH, emit

TEXT = """BÁO QUẢNG NINH ĐIỆN TỬ
Du lịch | Thể thao

Hạ Long: 9 tháng đón gần 98.000 lượt khách chơi golf
Cập nhật lúc 10:25, Thứ Sáu, 18/10/2024

9 tháng năm 2024, 5 sân golf trên địa bàn TP Hạ Long đón gần 98.000 lượt khách, bằng 81,6% kế hoạch năm, tăng 12,4% so với cùng kỳ; doanh thu đạt 395 tỷ đồng. Riêng quý III/2024, lượng khách đạt 27.350 lượt, giảm 6,2% so với quý II do ảnh hưởng của bão số 3.

Hạ Long hiện có 5 sân golf với tổng số 108 hố, trong đó 2 sân đạt tiêu chuẩn tổ chức giải đấu quốc tế. Giá dịch vụ chơi golf dao động từ 1,8 đến 3,5 triệu đồng/người/vòng 18 hố. Vào các ngày cuối tuần, giá cao hơn ngày thường từ 10 đến 15%.

Ngày 12/10, tại sân golf Tuần Châu, Giải Golf vì trẻ em nghèo Quảng Ninh lần thứ 7 đã thu hút 236 golfer tham gia. Ban tổ chức quyên góp được 3,2 tỷ đồng, tăng 0,7 tỷ đồng so với giải năm trước, dùng để xây 4 điểm trường và trao 500 suất học bổng, mỗi suất 2 triệu đồng.

Theo kế hoạch, quý IV/2024 thành phố phấn đấu đón thêm khoảng 22.000 lượt khách chơi golf. Đến năm 2030, Hạ Long định hướng có từ 7 đến 8 sân golf với tổng diện tích khoảng 1.500 ha, gắn với các khu nghỉ dưỡng cao cấp ven vịnh.

Ông Nguyễn Văn Hùng, Trưởng phòng Văn hóa và Thông tin thành phố cho biết, thành phố sẽ phối hợp với các doanh nghiệp xây dựng tour kết hợp tham quan vịnh Hạ Long và chơi golf, hướng tới thị trường khách Hàn Quốc, Nhật Bản.

Hải Yến
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
T30 = P("Đến năm 2030", None, "2030-12-31")

FIGS = [
    F("gần 98.000 lượt khách chơi golf", "98.000", 98000, "count", "lượt khách", "lượt khách chơi golf",
      P("9 tháng", "2024-01-01", "2024-09-30"), approx="nearly"),
    F("2024, 5 sân golf", "5", 5, "count", "sân golf", "sân golf trên địa bàn TP Hạ Long", M9),
    F("đón gần 98.000 lượt khách,", "98.000", 98000, "count", "lượt khách", "lượt khách các sân golf đón", M9,
      approx="nearly", percent=81.6, change=CH("increase", 12.4, "%", "cùng kỳ")),
    F("đạt 395 tỷ đồng", "395", 395 * 10**9, "money", "đồng", "doanh thu của các sân golf", M9),
    F("đạt 27.350 lượt", "27.350", 27350, "count", "lượt", "lượng khách chơi golf", Q3,
      change=CH("decrease", 6.2, "%", "quý II")),
    F("có 5 sân golf", "5", 5, "count", "sân golf", "sân golf hiện có"),
    F("tổng số 108 hố", "108", 108, "count", "hố", "tổng số hố golf"),
    F("trong đó 2 sân", "2", 2, "count", "sân", "sân đạt tiêu chuẩn tổ chức giải đấu quốc tế", total=5),
    F("từ 1,8 đến 3,5 triệu", "1,8", 1800000, "money", "đồng/người/vòng", "giá dịch vụ chơi golf",
      value_max=3500000),
    F("vòng 18 hố", "18", 18, "count", "hố", "vòng golf", optional=True),
    F("từ 10 đến 15%", "10", 10, "percent", "%", "giá dịch vụ chơi golf ngày cuối tuần cao hơn ngày thường",
      value_max=15),
    F("thu hút 236 golfer", "236", 236, "count", "golfer", "golfer tham gia Giải Golf vì trẻ em nghèo Quảng Ninh"),
    F("được 3,2 tỷ đồng", "3,2", 3200000000, "money", "đồng", "số tiền Ban tổ chức quyên góp được",
      change=CH("increase", 700000000, "đồng", "giải năm trước")),
    F("xây 4 điểm trường", "4", 4, "count", "điểm trường", "điểm trường được xây"),
    F("trao 500 suất", "500", 500, "count", "suất học bổng", "suất học bổng được trao"),
    F("mỗi suất 2 triệu", "2", 2000000, "money", "đồng", "giá trị mỗi suất học bổng"),
    F("khoảng 22.000 lượt", "22.000", 22000, "count", "lượt khách", "lượt khách chơi golf đón thêm", Q4,
      approx="about", status="target"),
    F("từ 7 đến 8 sân golf", "7", 7, "count", "sân golf", "sân golf", T30, value_max=8, status="target"),
    F("khoảng 1.500 ha", "1.500", 1500, "measure", "ha", "tổng diện tích sân golf", T30, approx="about",
      status="target"),
]

COMMENTS = [
    "Báo Quảng Ninh điện tử (provincial newspaper): golf tourism in TP Hạ Long, 9 months and Q3 2024; 'Cập nhật lúc 10:25, Thứ Sáu, 18/10/2024'.",
    "Location Hạ Long (the city) throughout; the tournament name 'Giải Golf vì trẻ em nghèo Quảng Ninh' does not make it provincial.",
    "Headline '9 tháng' takes the lead's year 2024 (scored). 98.000: nearly, 'bằng 81,6% kế hoạch năm' -> percent, 'tăng 12,4% so với cùng kỳ' -> change.",
    "'có 5 sân golf với tổng số 108 hố, trong đó 2 sân': the whole is the figure counting the same thing (5 sân), not 108 hố -> total 5.",
    "'từ 1,8 đến 3,5 triệu đồng/người/vòng 18 hố': '18 hố' belongs to the rate's denominator (optional); 'Vào các ngày cuối tuần, giá",
    "cao hơn ngày thường từ 10 đến 15%' has no base amount in its clause: a percent figure. 'tăng 0,7 tỷ đồng so với giải năm trước' -> change.",
    "'Ngày 12/10' is a date (no period on those figures). 'Theo kế hoạch, quý IV/2024 ... phấn đấu' -> target; 'Đến năm 2030 ... định hướng' -> target.",
    "Distractors: 'bão số 3', 'lần thứ 7', 'Ngày 12/10', '10:25', 'quý II' (baseline only).",
]

emit("p715-8", TEXT, COMMENTS, FIGS, published="2024-10-18", location="Hạ Long")
