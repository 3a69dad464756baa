"""p1324-8: radio/TV site (Đài Phát thanh và Truyền hình Hà Nội): amusement parks on Children's Day 1/6/2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """HANOITV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HÀ NỘI
Thời sự | Kinh tế | Văn hóa - Giải trí | Video | Podcast
01/06/2024 11:30 GMT+7

Hà Nội: Các khu vui chơi đông nghịt dịp Tết Thiếu nhi 1/6

Sáng nay (1/6), nhiều khu vui chơi giải trí trên địa bàn Thủ đô mở cửa từ 7 giờ 30 để đón các em nhỏ dịp Quốc tế Thiếu nhi.

Tại Công viên giải trí Thiên Đường Xanh (quận Long Biên), đến 10 giờ sáng đã có khoảng 12.000 lượt khách, gấp đôi ngày thường. Công viên miễn phí vé vào cổng cho trẻ em và giảm 50% giá vé trò chơi cho tất cả khách hàng trong ngày 1/6. Đơn vị bố trí thêm 120 nhân viên và 4 chốt y tế để bảo đảm an toàn.

Theo Sở Du lịch Hà Nội, thành phố hiện có 21 khu vui chơi giải trí ngoài trời và hơn 150 khu vui chơi trong nhà. Năm 2023, các khu vui chơi đón khoảng 7,2 triệu lượt khách, doanh thu đạt 3.450 tỷ đồng. 5 tháng đầu năm 2024, lượng khách đạt 3,4 triệu lượt, tăng 17% so với cùng kỳ, bằng 43% kế hoạch năm. Doanh thu 5 tháng ước đạt 1.520 tỷ đồng.

Năm nay, Công viên nước Hồ Sen Xanh (quận Tây Hồ) đầu tư thêm 5 máng trượt, nâng tổng số trò chơi dưới nước lên 32 trò. Giá vé từ 150.000 đồng đến 250.000 đồng/người tùy khung giờ. Dự kiến từ nay đến hết tháng 8, công viên đón từ 350.000 đến 400.000 lượt khách.

Đại diện Sở Du lịch cho biết, đến năm 2025, thành phố phấn đấu có thêm ít nhất 3 khu vui chơi giải trí quy mô trên 10 ha.

Minh Anh - Quốc Tuấn/HANOITV

Video: Trẻ em Thủ đô vui Tết Thiếu nhi
Xem thêm: Khai mạc Lễ hội Thu Hà Nội 2024
"""

DAY = per("Sáng nay (1/6)", "2024-06-01", "2024-06-01")
DAY16 = per("trong ngày 1/6", "2024-06-01", "2024-06-01")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
M5S = per("5 tháng", "2024-01-01", "2024-05-31")
YN = per("Năm nay", "2024-01-01", "2024-12-31")
SUMMER = per("từ nay đến hết tháng 8", "2024-06-01", "2024-08-31")
T25 = per("đến năm 2025", None, "2025-12-31")
LB, TH = "Long Biên", "Tây Hồ"

FIGS = [
    fig("khoảng 12.000 lượt", "12.000", 12000, "count", "lượt khách", approx="about",
        change=chg("increase", 2, "lần", "ngày thường"),
        subject="lượt khách đến Công viên giải trí Thiên Đường Xanh", period=inh(DAY), location=LB),
    fig("giảm 50%", "50", 50, "percent", "%", subject="mức giảm giá vé trò chơi", period=DAY16, location=LB),
    fig("thêm 120 nhân viên", "120", 120, "count", "nhân viên", subject="nhân viên bố trí thêm", location=LB),
    fig("và 4 chốt", "4", 4, "count", "chốt y tế", subject="chốt y tế", location=LB),
    fig("có 21 khu", "21", 21, "count", "khu vui chơi giải trí",
        subject="khu vui chơi giải trí ngoài trời"),
    fig("hơn 150 khu", "150", 150, "count", "khu vui chơi", approx="over",
        subject="khu vui chơi trong nhà"),
    fig("khoảng 7,2 triệu", "7,2", 7.2e6, "count", "lượt khách", approx="about",
        subject="lượt khách các khu vui chơi đón", period=Y23),
    fig("đạt 3.450 tỷ", "3.450", 3450e9, "money", "đồng", subject="doanh thu", period=Y23),
    fig("đạt 3,4 triệu", "3,4", 3.4e6, "count", "lượt", percent=43,
        change=chg("increase", 17, "%", "cùng kỳ"), subject="lượng khách", period=M5),
    fig("ước đạt 1.520 tỷ", "1.520", 1520e9, "money", "đồng", status="estimate", subject="doanh thu 5 tháng",
        period=M5S),
    fig("thêm 5 máng", "5", 5, "count", "máng trượt", subject="máng trượt đầu tư thêm", period=YN,
        location=TH),
    fig("lên 32 trò", "32", 32, "count", "trò", subject="tổng số trò chơi dưới nước", period=YN,
        location=TH),
    fig("từ 150.000 đồng đến 250.000", "150.000", 150000, "money", "đồng/người", value_max=250000,
        subject="giá vé", location=TH),
    fig("từ 350.000 đến 400.000", "350.000", 350000, "count", "lượt khách", value_max=400000,
        status="forecast", subject="lượt khách công viên đón", period=SUMMER, location=TH),
    fig("ít nhất 3 khu", "3", 3, "count", "khu vui chơi giải trí", approx="at_least", status="target",
        subject="khu vui chơi giải trí quy mô trên 10 ha có thêm", period=T25),
    fig("trên 10 ha", "10", 10, "measure", "ha", approx="over", status="target",
        subject="quy mô khu vui chơi giải trí", period=T25, optional=True),
]

NOTES = [
    "Radio/TV site (HANOITV): menu, '01/06/2024 11:30 GMT+7', headline, lead, byline '/HANOITV', video and 'Xem thêm' links.",
    "Distractors: 11:30, 'Tết Thiếu nhi 1/6', 'Sáng nay (1/6)', '7 giờ 30', '10 giờ sáng', 'ngày 1/6', 'Lễ hội Thu Hà Nội 2024' in a link.",
    "'khoảng 12.000 lượt khách, gấp đôi ngày thường' → change increase 2 lần, baseline 'ngày thường' (as 'tăng 2,8 lần so với cùng kỳ');",
    "its day stands in the lead sentence (inherited). '(quận Long Biên)', '(quận Tây Hồ)' → location of the park figures.",
    "'giảm 50% giá vé trò chơi ... trong ngày 1/6' is a discount rate standing alone (percent figure), period that day.",
    "'lượng khách đạt 3,4 triệu lượt, tăng 17% so với cùng kỳ, bằng 43% kế hoạch năm' → change 17, percent 43.",
    "'Năm nay' = 2024 for the water-park investment; 'từ nay đến hết tháng 8' runs from the dateline 2024-06-01 to 2024-08-31 (forecast).",
    "'đến năm 2025 ... phấn đấu ... ít nhất 3 khu' → target, at_least, end 2025-12-31; 'quy mô trên 10 ha' is a size threshold: optional.",
]

if __name__ == "__main__":
    write("p1324-8", TEXT, NOTES, FIGS, published="2024-06-01", location="Hà Nội")
