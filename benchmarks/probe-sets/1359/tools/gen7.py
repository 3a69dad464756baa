"""p1359-7: news agency (TTXVN): public bicycles for tourists in the city of Huế."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TTXVN | Kinh tế | Du lịch

Thừa Thiên - Huế: Xe đạp công cộng thành "đặc sản" của du lịch xanh

22/08/2024 09:12

Sau hơn một năm vận hành, hệ thống xe đạp công cộng tại thành phố Huế đã phục vụ trên 410.000 lượt thuê, trở thành lựa chọn quen thuộc của du khách khi tham quan Kinh thành.

Huế (TTXVN) - Theo Trung tâm Quản lý giao thông đô thị Huế, hệ thống hiện có 500 xe đạp, trong đó 100 xe đạp điện, bố trí tại 50 trạm quanh Kinh thành, bờ sông Hương và các khách sạn lớn; trạm số 12 trước Ngọ Môn đông khách nhất. 7 tháng đầu năm 2024, hệ thống ghi nhận 268.000 lượt thuê, tăng 46% so với cùng kỳ; khách quốc tế chiếm khoảng 41% lượt thuê. Riêng quý II đạt 131.000 lượt thuê.

Giá thuê xe đạp thường là 5.000 đồng/30 phút, xe đạp điện 10.000 đồng/30 phút; khách có thể mua thẻ tháng giá 150.000 đồng. Thời gian mỗi lượt thuê trung bình chưa đến 50 phút. Vào ngày cao điểm, hệ thống có tới 2.100 lượt thuê.

Ông Phan Văn Hòa, Giám đốc Công ty cổ phần Xe đạp xanh Sông Hương, đơn vị vận hành, cho biết doanh thu 7 tháng đạt khoảng 2,4 tỷ đồng. Dự kiến đến cuối năm 2025, công ty đầu tư thêm 300 xe và 25 trạm, nâng tổng số xe lên 800 chiếc, mở rộng sang thị xã Hương Thủy và huyện Phú Vang.

Theo Sở Du lịch Thừa Thiên Huế, 7 tháng qua, toàn tỉnh đón 2,6 triệu lượt khách, tăng 34% so với cùng kỳ năm 2023.

Tường Vi (TTXVN)

Tin liên quan:
- Huế: Lễ hội Áo dài năm 2024 thu hút du khách
- Khánh thành tuyến đường đi bộ Nguyễn Đình Chiểu mở rộng
"""

M7Y = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
M7 = per("7 tháng", "2024-01-01", "2024-07-31")
M7b = per("7 tháng qua", "2024-01-01", "2024-07-31")
Q2 = per("quý II", "2024-04-01", "2024-06-30")
F25 = per("đến cuối năm 2025", None, "2025-12-31")

FIGS = [
    fig("hơn một năm", "một", 1, "measure", "năm", approx="over", optional=True),
    fig("trên 410.000", "410.000", 410000, "count", "lượt thuê", approx="over",
        subject="lượt thuê hệ thống xe đạp công cộng đã phục vụ"),
    fig("có 500 xe", "500", 500, "count", "xe đạp", subject="xe đạp của hệ thống"),
    fig("đó 100 xe", "100", 100, "count", "xe đạp điện", total=500, subject="xe đạp điện"),
    fig("tại 50 trạm", "50", 50, "count", "trạm", subject="trạm bố trí xe đạp"),
    fig("nhận 268.000", "268.000", 268000, "count", "lượt thuê",
        change=chg("increase", 46, "%", "cùng kỳ"), subject="lượt thuê hệ thống ghi nhận", period=M7Y),
    fig("khoảng 41%", "41", 41, "percent", "%", approx="about", subject="tỷ lệ khách quốc tế trong lượt thuê",
        period=M7Y),
    fig("đạt 131.000", "131.000", 131000, "count", "lượt thuê", subject="lượt thuê", period=Q2),
    fig("là 5.000", "5.000", 5000, "money", "đồng/30 phút", subject="giá thuê xe đạp thường"),
    fig("điện 10.000", "10.000", 10000, "money", "đồng/30 phút", subject="giá thuê xe đạp điện"),
    fig("giá 150.000", "150.000", 150000, "money", "đồng", subject="giá thẻ tháng"),
    fig("chưa đến 50 phút", "50", 50, "measure", "phút", approx="under",
        subject="thời gian mỗi lượt thuê trung bình"),
    fig("tới 2.100", "2.100", 2100, "measure", "lượt thuê/ngày", subject="lượt thuê vào ngày cao điểm"),
    fig("khoảng 2,4 tỷ", "2,4", 2.4e9, "money", "đồng", approx="about",
        subject="doanh thu của Công ty cổ phần Xe đạp xanh Sông Hương", period=M7),
    fig("thêm 300 xe", "300", 300, "count", "xe", status="forecast", subject="xe công ty đầu tư thêm", period=F25),
    fig("và 25 trạm", "25", 25, "count", "trạm", status="forecast", subject="trạm công ty đầu tư thêm", period=F25),
    fig("lên 800 chiếc", "800", 800, "count", "chiếc", status="forecast", subject="tổng số xe", period=F25),
    fig("đón 2,6 triệu", "2,6", 2.6e6, "count", "lượt khách", change=chg("increase", 34, "%", "cùng kỳ năm 2023"),
        subject="lượt khách toàn tỉnh đón", period=M7b, location="Thừa Thiên Huế"),
]

NOTES = [
    "News agency (TTXVN): section line, headline, '22/08/2024 09:12', sapo, 'Huế (TTXVN) -' lead, byline, related links.",
    "Distractors: 09:12, 'trạm số 12' (a station's name), 'Lễ hội Áo dài năm 2024' in a link title; 'hơn một năm vận hành' is",
    "the age of the system (a duration that mostly locates the 410.000 in time) -> optional.",
    "Location: the system is in thành phố Huế (default 'Huế'); the last paragraph is the province's total (Thừa Thiên Huế).",
    "'500 xe đạp, trong đó 100 xe đạp điện' -> total 500. 'khách quốc tế chiếm khoảng 41% lượt thuê' is the share of a part with no",
    "number of its own -> percent figure (about). 'Riêng quý II' is year-less -> 2024 (nearest earlier period); 'riêng' gives no total.",
    "Prices keep their denominator 'đồng/30 phút' (rate). 'chưa đến 50 phút' -> under. 'Vào ngày cao điểm ... tới 2.100 lượt thuê'",
    "is a daily peak (lượt thuê/ngày); 'tới' is no approx cue. 'doanh thu 7 tháng' -> 2024-01-01..2024-07-31.",
    "'Dự kiến đến cuối năm 2025' governs 300 xe, 25 trạm and 800 chiếc (forecast, as-of end 2025-12-31); 800 is no whole of 300 (no cue).",
]

if __name__ == "__main__":
    write("p1359-7", TEXT, NOTES, FIGS, published="2024-08-22", location="Huế")
