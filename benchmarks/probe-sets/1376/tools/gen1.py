"""p1376-1: province portal (Thừa Thiên Huế): the province's Áo dài week (1-8/3/2024), tailors in TP Huế."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Du lịch

Tuần lễ Áo dài thu hút gần 120 nghìn lượt khách

Cập nhật: 12/03/2024 16:45 | Lượt xem: 3.128

Theo Sở Văn hóa và Thể thao, Tuần lễ Áo dài của tỉnh Thừa Thiên Huế diễn ra từ ngày 1/3 đến ngày 8/3 đã đón khoảng 118.000 lượt khách, tăng 23% so với năm 2023; trong đó khách quốc tế đạt 21.500 lượt, chiếm 18,2%.

Tuần lễ có 36 hoạt động, gồm 12 chương trình trình diễn, 9 triển lãm và 15 hoạt động trải nghiệm. Lễ diễu hành áo dài dọc bờ sông Hương thu hút hơn 4.000 người tham gia, trong đó có 250 nam giới.

Doanh thu từ dịch vụ may đo, cho thuê áo dài trong tuần lễ ước đạt 14,6 tỷ đồng, gấp 1,5 lần năm trước. Giá thuê một bộ áo dài phổ biến từ 100.000 đến 200.000 đồng/ngày.

Hiện thành phố Huế có khoảng 320 cơ sở may đo áo dài với trên 1.500 lao động; giá may một bộ áo dài truyền thống từ 350.000 đến 600.000 đồng, áo dài ngũ thân khoảng 800.000 đồng/bộ. Từ đầu năm đến nay, các cơ sở đã nhận may gần 26 nghìn bộ áo dài.

Theo Đề án "Huế - Kinh đô áo dài Việt Nam" (Quyết định số 2110/QĐ-UBND), tỉnh phấn đấu đến năm 2025 có 100% cơ quan, đơn vị hưởng ứng mặc áo dài vào ngày thứ Hai đầu tháng và 30% du khách được trải nghiệm áo dài.

Tin liên quan:
- Khai mạc Triển lãm "Áo dài xưa và nay" lần thứ 3
- Festival Huế 2024: nhiều hoạt động hấp dẫn dịp 30/4
"""

WEEK = per("từ ngày 1/3 đến ngày 8/3", "2024-03-01", "2024-03-08")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-03-12")
T25 = per("đến năm 2025", None, "2025-12-31")
HUE = "Huế"

FIGS = [
    fig("gần 120 nghìn", "120", 120000, "count", "lượt khách", approx="nearly",
        subject="lượt khách Tuần lễ Áo dài thu hút"),
    fig("khoảng 118.000 lượt", "118.000", 118000, "count", "lượt khách", approx="about",
        change=chg("increase", 23, "%", "năm 2023"),
        subject="lượt khách Tuần lễ Áo dài đón", period=WEEK),
    fig("đạt 21.500 lượt", "21.500", 21500, "count", "lượt", total=118000, percent=18.2,
        subject="khách quốc tế", period=WEEK),
    fig("có 36 hoạt động", "36", 36, "count", "hoạt động", subject="hoạt động của Tuần lễ Áo dài", period=inh(WEEK)),
    fig("gồm 12 chương trình", "12", 12, "count", "chương trình", total=36,
        subject="chương trình trình diễn", period=inh(WEEK)),
    fig("9 triển lãm", "9", 9, "count", "triển lãm", total=36, subject="triển lãm", period=inh(WEEK)),
    fig("15 hoạt động trải nghiệm", "15", 15, "count", "hoạt động", total=36,
        subject="hoạt động trải nghiệm", period=inh(WEEK)),
    fig("hơn 4.000 người", "4.000", 4000, "count", "người", approx="over",
        subject="người tham gia lễ diễu hành áo dài", period=inh(WEEK)),
    fig("có 250 nam giới", "250", 250, "count", "nam giới", total=4000,
        subject="nam giới tham gia lễ diễu hành áo dài", period=inh(WEEK)),
    fig("ước đạt 14,6 tỷ", "14,6", 14.6e9, "money", "đồng", status="estimate",
        change=chg("increase", 1.5, "lần", "năm trước"),
        subject="doanh thu từ dịch vụ may đo, cho thuê áo dài trong tuần lễ", period=inh(WEEK)),
    fig("từ 100.000 đến 200.000", "100.000", 100000, "money", "đồng/ngày", value_max=200000,
        subject="giá thuê một bộ áo dài"),
    fig("khoảng 320 cơ sở", "320", 320, "count", "cơ sở", approx="about",
        subject="cơ sở may đo áo dài", location=HUE),
    fig("trên 1.500 lao động", "1.500", 1500, "count", "lao động", approx="over",
        subject="lao động của các cơ sở may đo áo dài", location=HUE),
    fig("từ 350.000 đến 600.000", "350.000", 350000, "money", "đồng/bộ", value_max=600000,
        subject="giá may một bộ áo dài truyền thống", location=HUE),
    fig("khoảng 800.000 đồng/bộ", "800.000", 800000, "money", "đồng/bộ", approx="about",
        subject="giá may áo dài ngũ thân", location=HUE),
    fig("gần 26 nghìn bộ", "26", 26000, "count", "bộ", approx="nearly",
        subject="bộ áo dài các cơ sở đã nhận may", period=YTD, location=HUE),
    fig("có 100% cơ quan", "100", 100, "percent", "%", status="target",
        subject="cơ quan, đơn vị hưởng ứng mặc áo dài vào ngày thứ Hai đầu tháng", period=T25),
    fig("và 30% du khách", "30", 30, "percent", "%", status="target",
        subject="du khách được trải nghiệm áo dài", period=T25),
]

NOTES = [
    "Province portal (Thừa Thiên Huế): breadcrumb, 'Cập nhật: 12/03/2024 16:45 | Lượt xem: 3.128', related links.",
    "Distractors: 16:45, Lượt xem 3.128, 'ngày 1/3', 'ngày 8/3', 'năm 2023' (baseline), Quyết định số 2110/QĐ-UBND,",
    "'ngày thứ Hai' (Monday), 'lần thứ 3', 'Festival Huế 2024', '30/4' in a related link.",
    "The week 'từ ngày 1/3 đến ngày 8/3' (year from the dateline) is the period of the first sentence; the week's other",
    "figures (activities, parade, revenue 'trong tuần lễ') inherit it (not scored). Headline: no period phrase.",
    "'gồm 12 ..., 9 ... và 15 ...' add up to 36 → total 36; 'trong đó có 250 nam giới' → total 4.000.",
    "'gấp 1,5 lần năm trước' after an amount → change (increase, 1.5 lần). Rental price per day: unit đồng/ngày.",
    "Figures of 'thành phố Huế' (tailors, prices, orders since New Year) → location Huế; festival and targets → province.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-03-12. 'phấn đấu đến năm 2025' governs both percents (target).",
]

if __name__ == "__main__":
    write("p1376-1", TEXT, NOTES, FIGS, published="2024-03-12", location="Thừa Thiên Huế")
