"""p1388-8: news agency (TTXVN): robots in the Saigon Hi-Tech Park (TP Thủ Đức) in Q1/2025; a local integrator; labour demand; city targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Tin tức TTXVN
Kinh tế > Doanh nghiệp

Doanh nghiệp TP Hồ Chí Minh tăng tốc "robot hóa" dây chuyền

18/04/2025 14:27

TP Hồ Chí Minh (TTXVN) - Quý I/2025, các doanh nghiệp tại Khu Công nghệ cao TP Hồ Chí Minh (thành phố Thủ Đức) đã lắp đặt thêm gần 600 robot công nghiệp, tăng 22% so với cùng kỳ năm 2024. Giá trị xuất khẩu của khu trong quý ước đạt 6,8 tỷ USD, tăng 9,5%.

Công ty TNHH Tự động hóa Sao Nam Việt, doanh nghiệp trong nước chuyên tích hợp hệ thống, từ đầu năm đến nay đã ký hợp đồng lắp đặt ba chục dây chuyền tự động cho các nhà máy thực phẩm, bao bì, tổng giá trị khoảng 145 tỷ đồng. Công ty có hai xưởng lắp ráp tại quận 12 và thành phố Thủ Đức với 85 kỹ sư.

Theo đại diện công ty, giá một cánh tay robot cỡ nhỏ hiện dao động từ 600 triệu đến 1,2 tỷ đồng, giảm khoảng 20% so với năm 2020; dòng robot hàn SV-1200 do công ty phát triển có giá chỉ bằng 60% sản phẩm nhập khẩu cùng loại.

Trung tâm Dự báo nhu cầu nhân lực và thông tin thị trường lao động TP Hồ Chí Minh dự báo năm 2025 thành phố cần khoảng 2,5 nghìn kỹ sư, kỹ thuật viên cơ điện tử và tự động hóa. Mức lương khởi điểm của nhóm nghề này phổ biến từ 12 đến 15 triệu đồng/tháng.

Thành phố đặt mục tiêu đến năm 2030 có 40% doanh nghiệp công nghiệp ứng dụng công nghệ sản xuất thông minh; năng suất lao động ngành công nghiệp tăng bình quân 7-8%/năm.

Xuân Anh (TTXVN)

Xem thêm:
- Khu Công nghệ cao TP Hồ Chí Minh thu hút thêm dự án bán dẫn
"""

Q1 = per("Quý I/2025", "2025-01-01", "2025-03-31")
QT = per("trong quý", "2025-01-01", "2025-03-31")
YTD = per("từ đầu năm đến nay", "2025-01-01", "2025-04-18")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
TD = "Thủ Đức"

FIGS = [
    fig("gần 600 robot", "600", 600, "count", "robot", approx="nearly",
        change=chg("increase", 22, "%", "cùng kỳ năm 2024"),
        subject="robot công nghiệp các doanh nghiệp tại Khu Công nghệ cao lắp đặt thêm", period=Q1, location=TD),
    fig("ước đạt 6,8 tỷ", "6,8", 6.8e9, "money", "USD", status="estimate", change=chg("increase", 9.5, "%"),
        subject="giá trị xuất khẩu của khu", period=QT, location=TD),
    fig("ba chục dây chuyền", "ba chục", 30, "count", "dây chuyền",
        subject="dây chuyền tự động Công ty TNHH Tự động hóa Sao Nam Việt ký hợp đồng lắp đặt", period=YTD),
    fig("khoảng 145 tỷ", "145", 145e9, "money", "đồng", approx="about", subject="tổng giá trị hợp đồng",
        period=YTD),
    fig("có hai xưởng", "hai", 2, "count", "xưởng", subject="xưởng lắp ráp của công ty"),
    fig("với 85 kỹ sư", "85", 85, "count", "kỹ sư", subject="kỹ sư của công ty"),
    fig("từ 600 triệu", "600", 600e6, "money", "đồng", value_max=1.2e9,
        change=chg("decrease", 20, "%", "năm 2020", approx="about"),
        subject="giá một cánh tay robot cỡ nhỏ"),
    fig("bằng 60%", "60", 60, "percent", "%",
        subject="giá dòng robot hàn SV-1200 so với sản phẩm nhập khẩu cùng loại"),
    fig("khoảng 2,5 nghìn", "2,5", 2500, "count", "kỹ sư, kỹ thuật viên", approx="about", status="forecast",
        subject="kỹ sư, kỹ thuật viên cơ điện tử và tự động hóa thành phố cần", period=Y25),
    fig("từ 12 đến 15", "12", 12e6, "money", "đồng/tháng", value_max=15e6,
        subject="mức lương khởi điểm của nhóm nghề này"),
    fig("có 40% doanh nghiệp", "40", 40, "percent", "%", status="target",
        subject="doanh nghiệp công nghiệp ứng dụng công nghệ sản xuất thông minh", period=T30),
    fig("bình quân 7-8%", "7", 7, "percent", "%", value_max=8, status="target",
        subject="năng suất lao động ngành công nghiệp tăng bình quân", period=T30),
]

NOTES = [
    "News agency (TTXVN): section path, '18/04/2025 14:27' dateline, 'TP Hồ Chí Minh (TTXVN) -' lead, byline, 'Xem thêm' link.",
    "Distractors: 14:27, 'quận 12' (a district name), 'SV-1200' (a product name), baselines 'năm 2024' / 'năm 2020'.",
    "Hi-Tech Park figures: location Thủ Đức (the park is placed in thành phố Thủ Đức). The integrator has workshops in two districts:",
    "its figures stay with TP Hồ Chí Minh. Labour demand and targets: TP Hồ Chí Minh.",
    "'trong quý' (year-less) = quý I/2025. 'từ đầu năm đến nay' ends at the dateline 2025-04-18.",
    "Number words: 'ba chục' = 30, 'hai xưởng' = 2. '2,5 nghìn' = 2 500.",
    "'từ 600 triệu đến 1,2 tỷ đồng' is a range (600 000 000 - 1 200 000 000) with the change 'giảm khoảng 20% so với năm 2020'.",
    "'có giá chỉ bằng 60% sản phẩm nhập khẩu' has no amount before it: a percent figure of its own.",
    "'dự báo năm 2025 thành phố cần khoảng 2,5 nghìn' -> forecast; the wage sentence after it is a standing fact (actual, no period).",
    "'mục tiêu đến năm 2030' governs both clauses: 40% and 'tăng bình quân 7-8%/năm' (a range of growth rates) are targets.",
]

if __name__ == "__main__":
    write("p1388-8", TEXT, NOTES, FIGS, published="2025-04-18", location="TP Hồ Chí Minh")
