"""p1322-8: news agency (TTXVN): Phú Quốc lodging during Tết Ất Tỵ 2025, room rates, new rooms in 2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TIN TỨC - THÔNG TẤN XÃ VIỆT NAM
Trang chủ > Kinh tế > Du lịch

Phú Quốc: Công suất phòng dịp Tết Ất Tỵ đạt 85-90%

03/02/2025 11:20

Kiên Giang (TTXVN) - Trong 9 ngày nghỉ Tết Nguyên đán Ất Tỵ 2025 (từ ngày 25/1 đến ngày 2/2), thành phố Phú Quốc đón khoảng 182.000 lượt khách, tăng 16% so với dịp Tết năm 2024; trong đó khách quốc tế hơn 41.000 lượt.

Theo Sở Du lịch Kiên Giang, công suất phòng bình quân của các cơ sở lưu trú tại Phú Quốc trong dịp Tết đạt 85-90%; các khu nghỉ dưỡng 5 sao tại An Thới, Bãi Trường gần như kín phòng từ mùng 2 đến mùng 5 Tết.

Tại Phú Quốc, giá phòng dịp Tết tăng bình quân 20% so với ngày thường. Các khách sạn 3 sao trên đường 30/4 (phường Dương Đông) có giá từ 1,5 triệu đến 2 triệu đồng/đêm, phòng homestay phổ biến khoảng 700.000 đồng/đêm.

Toàn tỉnh Kiên Giang hiện có 1.150 cơ sở lưu trú với khoảng 36.000 phòng; riêng Phú Quốc chiếm gần 80% số phòng.

Năm 2025, Phú Quốc dự kiến có thêm 5 dự án khách sạn, khu nghỉ dưỡng đi vào hoạt động với tổng cộng khoảng 3.200 phòng, nâng tổng số phòng toàn thành phố lên hơn 32.000 phòng. Thành phố phấn đấu năm nay đón 1,5 triệu lượt khách quốc tế, công suất phòng bình quân cả năm đạt 70%.

Hoàng Nam (TTXVN)

Tin cùng chuyên mục:
- Kiên Giang: Du khách nô nức du xuân đầu năm
- Sân bay Phú Quốc tăng chuyến phục vụ cao điểm
"""

TET = per("từ ngày 25/1 đến ngày 2/2", "2025-01-25", "2025-02-02")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
NOW = per("năm nay", "2025-01-01", "2025-12-31")
KG = "Kiên Giang"

FIGS = [
    fig("Ất Tỵ đạt 85-90%", "85", 85, "percent", "%", value_max=90, subject="công suất phòng dịp Tết Ất Tỵ"),
    fig("khoảng 182.000", "182.000", 182000, "count", "lượt khách", approx="about",
        change=chg("increase", 16, "%", "dịp Tết năm 2024"), subject="lượt khách Phú Quốc đón", period=TET),
    fig("hơn 41.000", "41.000", 41000, "count", "lượt", approx="over", total=182000,
        subject="khách quốc tế", period=TET),
    fig("Tết đạt 85-90%", "85", 85, "percent", "%", value_max=90,
        subject="công suất phòng bình quân của các cơ sở lưu trú", period=inh(TET)),
    fig("tăng bình quân 20%", "20", 20, "percent", "%", subject="giá phòng dịp Tết"),
    fig("từ 1,5 triệu đến 2 triệu", "1,5", 1.5e6, "money", "đồng/đêm", value_max=2e6,
        subject="giá các khách sạn 3 sao"),
    fig("khoảng 700.000", "700.000", 700000, "money", "đồng/đêm", approx="about",
        subject="giá phòng homestay phổ biến"),
    fig("có 1.150 cơ sở", "1.150", 1150, "count", "cơ sở lưu trú", subject="cơ sở lưu trú", location=KG),
    fig("khoảng 36.000 phòng", "36.000", 36000, "count", "phòng", approx="about",
        subject="phòng của các cơ sở lưu trú", location=KG),
    fig("gần 80%", "80", 80, "percent", "%", approx="nearly", subject="số phòng"),
    fig("thêm 5 dự án", "5", 5, "count", "dự án", status="forecast",
        subject="dự án khách sạn, khu nghỉ dưỡng đi vào hoạt động", period=Y25),
    fig("khoảng 3.200 phòng", "3.200", 3200, "count", "phòng", approx="about", status="forecast",
        subject="phòng của các dự án mới", period=Y25),
    fig("hơn 32.000 phòng", "32.000", 32000, "count", "phòng", approx="over", status="forecast",
        subject="tổng số phòng toàn thành phố", period=Y25),
    fig("đón 1,5 triệu", "1,5", 1.5e6, "count", "lượt khách", status="target",
        subject="lượt khách quốc tế", period=NOW),
    fig("đạt 70%", "70", 70, "percent", "%", status="target",
        subject="công suất phòng bình quân cả năm", period=NOW),
]

NOTES = [
    "News agency (TTXVN): breadcrumb, '03/02/2025 11:20', dateline 'Kiên Giang (TTXVN) -', byline, related links.",
    "Distractors: 11:20, '9 ngày nghỉ Tết' (duration that locates the period), 'Ất Tỵ 2025', '25/1', '2/2', 'năm 2024' (baseline),",
    "'5 sao', '3 sao', 'mùng 2 đến mùng 5 Tết', 'đường 30/4' (a street name), related-link titles.",
    "Headline 'đạt 85-90%' is its own figure; 'dịp Tết Ất Tỵ' is no dated period. The Tết period 25/1-2/2 takes 2025 from 'Ất Tỵ 2025'.",
    "'trong đó khách quốc tế hơn 41.000 lượt' → total 182.000. The price passage is 'Tại Phú Quốc' (Dương Đông is a ward of Phú Quốc).",
    "'Toàn tỉnh Kiên Giang': 1.150 and 36.000 are located in Kiên Giang; 'riêng Phú Quốc chiếm gần 80% số phòng' is a Phú Quốc percent figure.",
    "'dự kiến' → forecast (Năm 2025, also 'nâng ... lên hơn 32.000' which continues it); 'phấn đấu năm nay' → target, 2025 (published).",
]

if __name__ == "__main__":
    write("p1322-8", TEXT, NOTES, FIGS, published="2025-02-03", location="Phú Quốc")
