from lib import *

A = """ỦY BAN NHÂN DÂN HUYỆN TUY PHONG
Trang thông tin điện tử huyện Tuy Phong - tỉnh Bình Thuận
Trang chủ | Kinh tế | Công nghiệp - Năng lượng

Tuy Phong: Năng lượng tái tạo đóng góp lớn cho thu ngân sách

Tuy Phong là địa phương có nhiều dự án điện gió, điện mặt trời nhất tỉnh. Đến nay, trên địa bàn huyện có 19 dự án năng lượng tái tạo đã vận hành với tổng công suất 1.046 MW, gồm 8 dự án điện gió (409 MW) và 11 dự án điện mặt trời (637 MW). Tổng vốn đầu tư các dự án khoảng 25.300 tỷ đồng, sử dụng hơn 1.250 ha đất.

Theo Chi cục Thuế khu vực Tuy Phong - Bắc Bình, 8 tháng năm 2023, các doanh nghiệp năng lượng tái tạo nộp ngân sách 186,4 tỷ đồng, chiếm 62,7% tổng thu ngân sách trên địa bàn, tăng 11,2% so với cùng kỳ. Trong đó, riêng Nhà máy điện gió Phú Lạc 2 và Nhà máy điện mặt trời Vĩnh Hảo 6 nộp 34,8 tỷ đồng.

Sản lượng điện phát lên lưới 8 tháng ước đạt 1.312 triệu kWh; trong đó điện gió đạt 598 triệu kWh, chiếm 45,6%. Các dự án đã tạo việc làm ổn định cho khoảng 450 lao động địa phương, hỗ trợ xây dựng 12 công trình phúc lợi với kinh phí trên 9 tỷ đồng.

Theo Quy hoạch tỉnh Bình Thuận thời kỳ 2021-2030, tầm nhìn đến năm 2050, giai đoạn 2021-2030 huyện được quy hoạch thêm 5 dự án điện gió trên bờ với tổng công suất từ 350 đến 400 MW, cùng khu vực tiềm năng điện gió ngoài khơi khoảng 2.000 MW. Hiện huyện đang kiến nghị tỉnh tháo gỡ vướng mắc cho 2 dự án điện mặt trời đã đầu tư xong nhưng chưa được đấu nối.

Minh Tuấn (Phòng Kinh tế - Hạ tầng huyện)
12/09/2023
"""

now = P("Đến nay", None, "2023-09-12")
m8 = P("8 tháng năm 2023", "2023-01-01", "2023-08-31")
m8b = P("8 tháng", "2023-01-01", "2023-08-31")
gd = P("giai đoạn 2021-2030", "2021-01-01", "2030-12-31")

figs = [
    F("có 19 dự án", "19", 19, "count", "dự án", "dự án năng lượng tái tạo đã vận hành", now),
    F("công suất 1.046 MW", "1.046", 1046, "measure", "MW", "tổng công suất dự án năng lượng tái tạo", now),
    F("gồm 8 dự án", "8", 8, "count", "dự án", "dự án điện gió", now, total=19),
    F("(409 MW)", "409", 409, "measure", "MW", "công suất dự án điện gió", now, total=1046),
    F("và 11 dự án", "11", 11, "count", "dự án", "dự án điện mặt trời", now, total=19),
    F("(637 MW)", "637", 637, "measure", "MW", "công suất dự án điện mặt trời", now, total=1046),
    F("khoảng 25.300 tỷ đồng", "25.300", 25300e9, "money", "đồng", "tổng vốn đầu tư các dự án", I(now), approx="about"),
    F("hơn 1.250 ha", "1.250", 1250, "measure", "ha", "đất sử dụng", I(now), approx="over"),
    F("ngân sách 186,4 tỷ đồng", "186,4", 186.4e9, "money", "đồng", "doanh nghiệp năng lượng tái tạo nộp ngân sách", m8,
      percent=62.7, change=CH("increase", 11.2, "%", "cùng kỳ")),
    F("nộp 34,8 tỷ đồng", "34,8", 34.8e9, "money", "đồng",
      "Nhà máy điện gió Phú Lạc 2 và Nhà máy điện mặt trời Vĩnh Hảo 6 nộp ngân sách", I(m8), total=186.4e9),
    F("ước đạt 1.312 triệu kWh", "1.312", 1312e6, "measure", "kWh", "sản lượng điện phát lên lưới", m8b, status="estimate"),
    F("đạt 598 triệu kWh", "598", 598e6, "measure", "kWh", "điện gió", m8b, status="estimate", total=1312e6, percent=45.6),
    F("khoảng 450 lao động", "450", 450, "count", "lao động", "lao động địa phương có việc làm ổn định", approx="about"),
    F("xây dựng 12 công trình", "12", 12, "count", "công trình", "công trình phúc lợi được hỗ trợ xây dựng"),
    F("trên 9 tỷ đồng", "9", 9e9, "money", "đồng", "kinh phí hỗ trợ xây dựng công trình phúc lợi", approx="over"),
    F("thêm 5 dự án", "5", 5, "count", "dự án", "dự án điện gió trên bờ được quy hoạch thêm", gd, status="target"),
    F("từ 350 đến 400 MW", "350", 350, "measure", "MW", "tổng công suất dự án điện gió trên bờ quy hoạch thêm", gd,
      value_max=400, status="target"),
    F("khoảng 2.000 MW", "2.000", 2000, "measure", "MW", "khu vực tiềm năng điện gió ngoài khơi", gd, approx="about", optional=True),
    F("cho 2 dự án", "2", 2, "count", "dự án", "dự án điện mặt trời đã đầu tư xong nhưng chưa được đấu nối"),
]

build("p237-6", A, figs, [
    "District portal (huyện Tuy Phong, Bình Thuận): renewable projects, budget contribution 8 months 2023, output, jobs, planning.",
    "Only a bare date at the end ('12/09/2023') after the byline. 'Đến nay' ends at that date. Default location the district.",
    "'gồm 8 dự án điện gió (409 MW) và 11 dự án điện mặt trời (637 MW)': counts take total 19, bracketed capacities total 1.046 MW.",
    "Distractors: 'Chi cục Thuế khu vực Tuy Phong - Bắc Bình' (a place in an office name), plant names 'Phú Lạc 2', 'Vĩnh Hảo 6',",
    "'Quy hoạch tỉnh … thời kỳ 2021-2030, tầm nhìn đến năm 2050' (plan name). '8 tháng' takes 2023 from the earlier '8 tháng năm 2023'.",
    "'ước đạt …; trong đó điện gió đạt …' — the cue governs the continuing clause (estimate). Offshore 'tiềm năng … khoảng 2.000 MW'",
    "is a potential, not clearly a plan target: optional. '2 dự án … chưa được đấu nối' has no period (none stated; 'Hiện').",
], published="2023-09-12", location="Tuy Phong")
