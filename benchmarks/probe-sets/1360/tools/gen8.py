"""p1360-8: radio/TV site (Đài PT-TH Đà Nẵng): paragliding and zipline, 9 months of 2024, Sơn Trà and Hòa Vang."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐÀ NẴNG
Thời sự | Kinh tế | Du lịch | Video | Podcast

9 tháng, khách trải nghiệm dù lượn, zipline ở Đà Nẵng tăng gần 40%

Thứ Năm, 24/10/2024 - 18:05 | Lượt xem: 1.025
Nghe đọc bài 00:00 / 03:45

(DNRT) - 9 tháng đầu năm 2024, các điểm du lịch mạo hiểm, thể thao trên địa bàn thành phố đón khoảng 138.000 lượt khách, tăng 39,2% so với cùng kỳ năm 2023. Riêng quý III, lượng khách đạt 61.500 lượt, chiếm 44,6%.

Trên bán đảo Sơn Trà, Câu lạc bộ Dù lượn Biển Xanh hiện có 18 phi công, thực hiện bình quân từ 60 đến 70 chuyến bay đôi mỗi ngày cuối tuần, giá 1,8 triệu đồng/chuyến. Tại huyện Hòa Vang, Khu du lịch sinh thái Đồng Xanh vừa đưa vào hoạt động tuyến zipline dài 850 m với vốn đầu tư 24 tỷ đồng, dự kiến đón khoảng 3 vạn lượt khách mỗi năm.

Toàn thành phố hiện có gần ba chục đơn vị kinh doanh dịch vụ du lịch mạo hiểm, thể thao. Năm 2023, Đà Nẵng đứng thứ 4 cả nước về lượng khách du lịch mạo hiểm.

Sở Du lịch cho biết quý IV dự kiến phối hợp kiểm tra 100% điểm kinh doanh trò chơi mạo hiểm trên cao; mục tiêu năm 2025 đón 200 nghìn lượt khách, tăng ít nhất 20% so với năm 2024.

Tin: Minh Châu - Hình: Quang Huy

Tin liên quan:
- Bản tin Thời sự 19h ngày 24/10/2024
- Khai mạc Lễ hội pháo hoa quốc tế DIFF 2024
"""

M9h = per("9 tháng", "2024-01-01", "2024-09-30")
M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Q4 = per("quý IV", "2023-10-01", "2023-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
ST, HV = "Sơn Trà", "Hòa Vang"

FIGS = [
    fig("tăng gần 40%", "40", 40, "percent", "%", approx="nearly",
        subject="khách trải nghiệm dù lượn, zipline", period=M9h),
    fig("khoảng 138.000", "138.000", 138000, "count", "lượt khách", approx="about",
        change=chg("increase", 39.2, "%", "cùng kỳ năm 2023"),
        subject="lượt khách các điểm du lịch mạo hiểm, thể thao đón", period=M9),
    fig("đạt 61.500 lượt", "61.500", 61500, "count", "lượt", percent=44.6, subject="lượng khách", period=Q3),
    fig("có 18 phi công", "18", 18, "count", "phi công", subject="phi công Câu lạc bộ Dù lượn Biển Xanh",
        location=ST),
    fig("từ 60 đến 70", "60", 60, "measure", "chuyến bay đôi/ngày", value_max=70,
        subject="chuyến bay đôi bình quân mỗi ngày cuối tuần", location=ST),
    fig("1,8 triệu", "1,8", 1.8e6, "money", "đồng/chuyến", subject="giá bay đôi dù lượn", location=ST),
    fig("dài 850 m", "850", 850, "measure", "m", subject="chiều dài tuyến zipline Khu du lịch sinh thái Đồng Xanh",
        location=HV),
    fig("tư 24 tỷ", "24", 24e9, "money", "đồng", subject="vốn đầu tư tuyến zipline", location=HV),
    fig("khoảng 3 vạn", "3", 30000, "measure", "lượt khách/năm", approx="about", status="forecast",
        subject="lượt khách tuyến zipline dự kiến đón mỗi năm", location=HV),
    fig("gần ba chục", "ba chục", 30, "count", "đơn vị", approx="nearly",
        subject="đơn vị kinh doanh dịch vụ du lịch mạo hiểm, thể thao"),
    fig("đứng thứ 4", "4", 4, "rank", "hạng", subject="lượng khách du lịch mạo hiểm", period=Y23),
    fig("kiểm tra 100%", "100", 100, "percent", "%", status="forecast",
        subject="tỷ lệ điểm kinh doanh trò chơi mạo hiểm trên cao được kiểm tra", period=Q4),
    fig("đón 200 nghìn", "200", 200000, "count", "lượt khách", status="target",
        change=chg("increase", 20, "%", "năm 2024", approx="at_least"), subject="lượt khách", period=Y25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Đà Nẵng): menu, headline figure, 'Thứ Năm, 24/10/2024 - 18:05 | Lượt xem: 1.025' (published), audio player",
    "'Nghe đọc bài 00:00 / 03:45', tag '(DNRT) -', byline 'Tin: ... - Hình: ...', related links.",
    "Distractors: 18:05, 'Lượt xem: 1.025', the player times 00:00 and 03:45, '19h ngày 24/10/2024', 'DIFF 2024'.",
    "Headline '9 tháng ... tăng gần 40%' → growth rate as the claim (percent, nearly), period 2024-01..09 (dateline year).",
    "'Riêng quý III ... 61.500 lượt, chiếm 44,6%': share as percent attribute; 'Riêng' is no part-of cue → no total.",
    "Sơn Trà paragraph → location Sơn Trà (quận); Hòa Vang paragraph → Hòa Vang. 'bình quân từ 60 đến 70 chuyến bay đôi mỗi ngày' → measure",
    "rate, range. 'dự kiến đón khoảng 3 vạn lượt khách mỗi năm' → 30000 (vạn), measure lượt khách/năm, forecast, no period.",
    "'gần ba chục' = nearly 30 (number words). 'Năm 2023, Đà Nẵng đứng thứ 4 cả nước' → rank 4, location Đà Nẵng.",
    "'quý IV dự kiến ... 100%' → forecast; 'mục tiêu năm 2025 đón 200 nghìn ..., tăng ít nhất 20% so với năm 2024' → target with change",
    "(approx at_least on the change).",
    "revised after the first run: 'quý IV' was 2024-10..12 (the reader's year); by FIGURES.md it takes the year of the nearest earlier",
    "period, 'Năm 2023' of the rank sentence → 2023-10-01..2023-12-31 (see REPORT: a spec issue).",
]

if __name__ == "__main__":
    write("p1360-8", TEXT, NOTES, FIGS, published="2024-10-24", location="Đà Nẵng")
