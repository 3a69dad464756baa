from lib import F, P, I, ch, tg, build

A = """ĐBSCL vẫn ở nhóm cuối về điểm thi tốt nghiệp THPT

Kết quả thi tốt nghiệp THPT năm 2024 cho thấy, trong 13 tỉnh, thành vùng Đồng bằng sông Cửu Long (ĐBSCL), chỉ có 2 địa phương có điểm trung bình các môn thi trên 6,8 điểm.

Toàn vùng có khoảng 178.000 thí sinh dự thi, chiếm gần 17% số thí sinh cả nước. Bảng dưới đây tổng hợp kết quả của một số địa phương:

Bảng xếp hạng một số địa phương ĐBSCL năm 2024
Tỉnh, thành phố	Điểm trung bình	Xếp hạng cả nước	Tỷ lệ tốt nghiệp (%)
Cần Thơ	6,88	27	99,31
An Giang	6,82	33	99,05
Bến Tre	6,79	36	99,52
Sóc Trăng	6,41	55	98,64
Bạc Liêu	6,37	57	98,70

So với năm 2023, Cần Thơ tăng 6 bậc, trong khi Sóc Trăng tụt 4 bậc. Đáng chú ý, số điểm 10 môn Lịch sử của thí sinh Đồng Tháp năm nay gấp 3 lần năm trước.

Trong giai đoạn 2020-2024, tỷ lệ tốt nghiệp THPT của vùng tăng từ 97,2% năm 2020 lên 98,9% năm 2024. Tuy vậy, tỷ lệ thí sinh có điểm Tiếng Anh dưới trung bình ở nhiều địa phương vẫn ở mức 60-70%.

Ông Nguyễn Văn Tâm, Phó Giám đốc Sở GD&ĐT Trà Vinh, cho biết tỉnh đặt chỉ tiêu đến năm 2025 có 99% học sinh lớp 12 đỗ tốt nghiệp và đầu tư hơn 45 tỷ đồng xây mới 120 phòng học bộ môn cho các trường THPT. Tỉnh cũng hỗ trợ 500.000 đồng/tháng cho học sinh ôn thi ở các huyện Trà Cú, Cầu Ngang.

Thông tin phản ánh xin gửi về hộp thư bandoc@baomientay.vn hoặc số điện thoại 0292.3831.567.

Nhóm phóng viên
"""

Y = P("năm 2024", "2024-01-01", "2024-12-31")
Yi = I(Y)
REG = "Đồng bằng sông Cửu Long"
rows = [("Cần Thơ", "6,88", 6.88, "27", 27, "99,31", 99.31), ("An Giang", "6,82", 6.82, "33", 33, "99,05", 99.05),
        ("Bến Tre", "6,79", 6.79, "36", 36, "99,52", 99.52), ("Sóc Trăng", "6,41", 6.41, "55", 55, "98,64", 98.64),
        ("Bạc Liêu", "6,37", 6.37, "57", 57, "98,70", 98.70)]

figs = [
    F("trong 13 tỉnh", "13", 13, "count", "tỉnh, thành", "tỉnh, thành vùng ĐBSCL", location=REG, optional=True),
    F("có 2 địa phương", "2", 2, "count", "địa phương", "địa phương có điểm trung bình các môn thi trên 6,8 điểm",
      total=13, location=REG, period=Y),
    F("trên 6,8 điểm", "6,8", 6.8, "measure", "điểm", "ngưỡng điểm trung bình", approx="over", optional=True),
    F("khoảng 178.000 thí sinh", "178.000", 178000, "count", "thí sinh", "thí sinh dự thi", approx="about",
      percent=17, location=REG, period=Yi),
]
for name, a, av, b, bv, c, cv in rows:
    figs += [
        F(f"{name}\t{a}\t", a, av, "measure", "điểm", "điểm trung bình", location=name, period=Yi),
        F(f"{a}\t{b}\t", b, bv, "rank", "hạng", "xếp hạng cả nước", location=name, period=Yi),
        F(f"{b}\t{c}\n", c, cv, "percent", "%", "tỷ lệ tốt nghiệp", location=name, period=Yi),
    ]
figs += [
    F("tăng 6 bậc", "6", 6, "measure", "bậc", "xếp hạng", location="Cần Thơ", optional=True),
    F("tụt 4 bậc", "4", 4, "measure", "bậc", "xếp hạng", location="Sóc Trăng", optional=True),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "số điểm 10 môn Lịch sử của thí sinh Đồng Tháp", location="Đồng Tháp",
      period=P("năm nay", "2024-01-01", "2024-12-31")),
    F("từ 97,2% năm 2020", "97,2", 97.2, "percent", "%", "tỷ lệ tốt nghiệp THPT của vùng", location=REG,
      period=P("năm 2020", "2020-01-01", "2020-12-31")),
    F("lên 98,9% năm 2024", "98,9", 98.9, "percent", "%", "tỷ lệ tốt nghiệp THPT của vùng", location=REG,
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("mức 60-70%", "60", 60, "percent", "%", "tỷ lệ thí sinh có điểm Tiếng Anh dưới trung bình", value_max=70,
      location=REG, period=Yi),
    F("có 99% học sinh", "99", 99, "percent", "%", "học sinh lớp 12 đỗ tốt nghiệp", status="target", location="Trà Vinh",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("hơn 45 tỷ đồng", "45", 45000000000, "money", "đồng", "vốn đầu tư xây mới phòng học bộ môn", approx="over",
      status="target", location="Trà Vinh", period=P("đến năm 2025", None, "2025-12-31")),
    F("mới 120 phòng học", "120", 120, "count", "phòng học bộ môn", "phòng học bộ môn xây mới", status="target",
      location="Trà Vinh", period=P("đến năm 2025", None, "2025-12-31")),
    F("hỗ trợ 500.000 đồng/tháng", "500.000", 500000, "money", "đồng/tháng", "hỗ trợ học sinh ôn thi",
      location="Trà Vinh"),
]

build(8, [
    "Regional press, no dateline at all (published absent); byline 'Nhóm phóng viên'. Mekong Delta provinces, 2024.",
    "Tab-separated table: province column = location, subject = column label, unit from the header ('(%)' -> %), ranks kind rank;",
    "period 'năm 2024' from the caption (inherited). Regional figures (ĐBSCL) get location 'Đồng bằng sông Cửu Long' (a region; the spec names",
    "only provinces/districts/Việt Nam, judgment). '2 địa phương' total 13 ('trong 13 tỉnh'); '13' optional; threshold 'trên 6,8 điểm' optional.",
    "'tăng 6 bậc' / 'tụt 4 bậc' standalone rank moves: optional. 'gấp 3 lần năm trước' with no base amount: a multiple figure.",
    "'tăng từ 97,2% năm 2020 lên 98,9% năm 2024': two levels, each with its own year (not a range). '60-70%' range.",
    "Trà Vinh: 'đặt chỉ tiêu đến năm 2025 ... 99% ... và đầu tư hơn 45 tỷ đồng ... 120 phòng' one target clause continued by 'và' -> status target.",
    "Distractors: e-mail, phone 0292.3831.567, 'lớp 12', person's name; '500.000 đồng/tháng' a rate (unit đồng/tháng).",
], A, figs, location=None)
