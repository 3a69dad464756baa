"""p1375-7: news agency (TTXVN style): Đà Nẵng music events, festival, tourists, rank."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ Hai, 30/09/2024 18:42

Đà Nẵng: Sự kiện âm nhạc quốc tế kéo khách du lịch tăng mạnh

Đà Nẵng (TTXVN) - Từ đầu năm đến nay, Đà Nẵng đã tổ chức 28 sự kiện âm nhạc quy mô lớn, trong đó có 9 sự kiện quốc tế, góp phần đưa tổng lượt khách tham quan, lưu trú 9 tháng đầu năm ước đạt 8,2 triệu lượt, tăng 22,5% so với cùng kỳ.

Theo Sở Văn hóa và Thể thao thành phố, Lễ hội âm nhạc quốc tế Sông Hàn lần thứ hai diễn ra từ ngày 20 đến 22/9 tại Công viên Biển Đông, với 16 nghệ sĩ, ban nhạc đến từ 7 quốc gia, đã thu hút khoảng 65.000 lượt khán giả, gấp 1,8 lần lần tổ chức đầu tiên năm 2023. Riêng đêm bế mạc có khoảng 27.000 người đến xem, trong đó hơn 4.000 khách quốc tế.

Trong 3 ngày lễ hội, công suất phòng của các khách sạn 4-5 sao ven biển đạt 95%; doanh thu từ vé và dịch vụ tại lễ hội khoảng 38 tỷ đồng.

Với kết quả này, Đà Nẵng xếp thứ 3 cả nước về số sự kiện âm nhạc quốc tế được tổ chức trong 9 tháng, sau TP Hồ Chí Minh và Hà Nội. Thành phố dự kiến tổ chức thêm 6 sự kiện trong quý IV, nâng tổng số cả năm lên 34 sự kiện; phấn đấu cả năm đón 10,5-11 triệu lượt khách, doanh thu du lịch đạt khoảng 37.000 tỷ đồng.

(TTXVN/Vietnam+)

Tin liên quan:
- Đà Nẵng công bố chương trình Lễ hội pháo hoa quốc tế 2025
- Khai trương tuyến phố đi bộ Bạch Đằng mở rộng
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-09-30")
M9 = per("9 tháng đầu năm", "2024-01-01", "2024-09-30")
M9b = per("9 tháng", "2024-01-01", "2024-09-30")
FEST = per("từ ngày 20 đến 22/9", "2024-09-20", "2024-09-22")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    fig("tổ chức 28 sự kiện", "28", 28, "count", "sự kiện", period=YTD,
        subject="sự kiện âm nhạc quy mô lớn"),
    fig("có 9 sự kiện", "9", 9, "count", "sự kiện", total=28, period=YTD, subject="sự kiện quốc tế"),
    fig("ước đạt 8,2 triệu", "8,2", 8.2e6, "count", "lượt", status="estimate", period=M9,
        change=chg("increase", 22.5, "%", "cùng kỳ"), subject="tổng lượt khách tham quan, lưu trú"),
    fig("với 16 nghệ sĩ", "16", 16, "count", "nghệ sĩ, ban nhạc", period=FEST,
        subject="nghệ sĩ, ban nhạc Lễ hội âm nhạc quốc tế Sông Hàn"),
    fig("từ 7 quốc gia", "7", 7, "count", "quốc gia", period=FEST,
        subject="quốc gia có nghệ sĩ, ban nhạc đến"),
    fig("khoảng 65.000", "65.000", 65000, "count", "lượt khán giả", approx="about", period=FEST,
        change=chg("increase", 1.8, "lần", "lần tổ chức đầu tiên năm 2023"),
        subject="lượt khán giả Lễ hội âm nhạc quốc tế Sông Hàn thu hút"),
    fig("khoảng 27.000", "27.000", 27000, "count", "người", approx="about",
        period=per("đêm bế mạc", "2024-09-22", "2024-09-22", inherited=True), subject="người đến xem đêm bế mạc"),
    fig("hơn 4.000", "4.000", 4000, "count", "khách quốc tế", approx="over", total=27000,
        period=per("đêm bế mạc", "2024-09-22", "2024-09-22", inherited=True), subject="khách quốc tế"),
    fig("đạt 95%", "95", 95, "percent", "%", period=inh(FEST),
        subject="công suất phòng của các khách sạn 4-5 sao ven biển"),
    fig("khoảng 38 tỷ", "38", 38e9, "money", "đồng", approx="about", period=inh(FEST),
        subject="doanh thu từ vé và dịch vụ tại lễ hội"),
    fig("xếp thứ 3", "3", 3, "rank", "hạng", period=M9b,
        subject="số sự kiện âm nhạc quốc tế được tổ chức"),
    fig("thêm 6 sự kiện", "6", 6, "count", "sự kiện", status="forecast", period=Q4,
        subject="sự kiện tổ chức thêm"),
    fig("lên 34 sự kiện", "34", 34, "count", "sự kiện", status="forecast", period=YEAR,
        subject="tổng số sự kiện cả năm"),
    fig("đón 10,5-11 triệu", "10,5", 10.5e6, "count", "lượt khách", value_max=11e6, status="target", period=YEAR,
        subject="lượt khách"),
    fig("khoảng 37.000 tỷ", "37.000", 37000e9, "money", "đồng", approx="about", status="target", period=YEAR,
        subject="doanh thu du lịch"),
]

NOTES = [
    "News agency (TTXVN style): 'Thứ Hai, 30/09/2024 18:42', 'Đà Nẵng (TTXVN) -', '(TTXVN/Vietnam+)', related links.",
    "Distractors: 'lần thứ hai', dates 'từ ngày 20 đến 22/9', 'Trong 3 ngày lễ hội' (a duration that places figures in time),",
    "'khách sạn 4-5 sao' (a star class, looks like a range), 'năm 2023' baseline, '2025' in a link title, 18:42.",
    "'Từ đầu năm đến nay' ends at the dateline (2024-09-30); '9 tháng đầu năm' takes 2024 from the dateline.",
    "Festival participants and audience take the festival days as period; 95% and 38 tỷ refer to the same days from the next sentence (inherited).",
    "'Riêng đêm bế mạc' = 22/9 (the date stands in the sentence before: inherited); 'trong đó hơn 4.000 khách quốc tế' → total 27.000.",
    "'gấp 1,8 lần lần tổ chức đầu tiên' → change 1,8 lần. 'xếp thứ 3 cả nước' → rank, location Đà Nẵng.",
    "'dự kiến' governs '6 sự kiện' and 'lên 34' (forecast); after ';' 'phấn đấu' governs 10,5-11 triệu and 37.000 tỷ (target).",
]

if __name__ == "__main__":
    write("p1375-7", TEXT, NOTES, FIGS, published="2024-09-30", location="Đà Nẵng")
