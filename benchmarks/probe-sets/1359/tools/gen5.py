"""p1359-5: national newspaper: final stage of a national road race (Cúp Sông Hồng 2024), Hà Nội."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thể thao › Các môn khác

Thứ bảy, 27/4/2024, 18:20 (GMT+7)

Nguyễn Đức Khải bảo vệ thành công áo vàng Cúp Sông Hồng

Tay đua của Xe đạp Tân Phong Long An về đích chung cuộc hơn người xếp thứ hai 70 giây sau 21 chặng, tổng lộ trình hơn 3.300 km.

Chặng 21 chiều nay diễn ra tại Hà Nội, gồm 25 vòng quanh hồ Hoàn Kiếm với tổng chiều dài 75 km. Khải chỉ cần về đích an toàn để giữ chiếc áo vàng mà anh mặc từ chặng 14.

Năm nay giải có 92 tay đua của 15 đội, gồm 11 đội trong nước và 4 đội đến từ Thái Lan, Hàn Quốc, Lào, Malaysia. Khi giải khép lại, còn 71 tay đua về đích chung cuộc. Tổng giá trị giải thưởng gần 3 tỷ đồng, tăng khoảng 25% so với năm 2023; riêng áo vàng nhận 200 triệu đồng.

Theo Ban tổ chức, tốc độ trung bình của người về nhất cả giải đạt 42,3 km/h, cao hơn 1,1 km/h so với năm ngoái. Tân Phong Long An cũng xếp thứ nhất đồng đội chung cuộc, còn đội Cà phê Đông Sơn xếp thứ 3.

"Đây là mùa giải khó nhất của tôi, nhất là ba chặng đèo ở Tây Nguyên", Khải nói sau lễ trao giải ở số 1 Tràng Tiền.

Cúp Sông Hồng năm nay đi qua 19 tỉnh, thành phố từ Cà Mau đến Hà Nội. Mỗi chặng thu hút trung bình 20.000-30.000 khán giả hai bên đường. Giải lần thứ 36 năm 2025 dự kiến kéo dài 24 chặng, khởi tranh ngày 5/4/2025 tại TP Hồ Chí Minh.

Hoàng Lâm
"""

Y24 = per("Năm nay", "2024-01-01", "2024-12-31")
Y24b = per("năm nay", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
HN = "Hà Nội"
TODAY = per("chiều nay", "2024-04-27", "2024-04-27")

FIGS = [
    fig("người xếp thứ hai", "hai", 2, "rank", "hạng", subject="xếp hạng chung cuộc", optional=True),
    fig("thứ hai 70 giây", "70", 70, "measure", "giây",
        subject="khoảng cách về đích chung cuộc của Nguyễn Đức Khải với người xếp thứ hai"),
    fig("sau 21 chặng", "21", 21, "count", "chặng", subject="chặng đua của giải"),
    fig("hơn 3.300 km", "3.300", 3300, "measure", "km", approx="over", subject="tổng lộ trình"),
    fig("gồm 25 vòng", "25", 25, "count", "vòng", subject="vòng quanh hồ Hoàn Kiếm của chặng 21", period=TODAY, location=HN),
    fig("dài 75 km", "75", 75, "measure", "km", subject="tổng chiều dài chặng 21", period=TODAY, location=HN),
    fig("có 92 tay đua", "92", 92, "count", "tay đua", subject="tay đua tham gia giải", period=Y24),
    fig("của 15 đội", "15", 15, "count", "đội", subject="đội tham gia giải", period=Y24),
    fig("gồm 11 đội", "11", 11, "count", "đội", total=15, subject="đội trong nước", period=Y24),
    fig("và 4 đội", "4", 4, "count", "đội", total=15, subject="đội đến từ Thái Lan, Hàn Quốc, Lào, Malaysia",
        period=Y24),
    fig("còn 71 tay đua", "71", 71, "count", "tay đua", subject="tay đua về đích chung cuộc", period=inh(Y24)),
    fig("gần 3 tỷ", "3", 3e9, "money", "đồng", approx="nearly",
        change=chg("increase", 25, "%", "năm 2023", approx="about"), subject="tổng giá trị giải thưởng",
        period=inh(Y24)),
    fig("nhận 200 triệu", "200", 200e6, "money", "đồng", subject="giải thưởng áo vàng", period=inh(Y24)),
    fig("đạt 42,3 km/h", "42,3", 42.3, "measure", "km/h",
        change=chg("increase", 1.1, "km/h", "năm ngoái"), subject="tốc độ trung bình của người về nhất cả giải"),
    fig("xếp thứ nhất", "nhất", 1, "rank", "hạng", subject="xếp hạng đồng đội chung cuộc của Tân Phong Long An"),
    fig("xếp thứ 3", "3", 3, "rank", "hạng", subject="xếp hạng đồng đội chung cuộc của đội Cà phê Đông Sơn"),
    fig("nhất là ba chặng", "ba", 3, "count", "chặng đèo", subject="chặng đèo ở Tây Nguyên"),
    fig("qua 19 tỉnh", "19", 19, "count", "tỉnh, thành phố", subject="tỉnh, thành phố Cúp Sông Hồng đi qua",
        period=Y24b),
    fig("20.000-30.000", "20.000", 20000, "measure", "khán giả/chặng", value_max=30000,
        subject="khán giả mỗi chặng thu hút"),
    fig("kéo dài 24 chặng", "24", 24, "count", "chặng", status="forecast", subject="chặng của giải lần thứ 36",
        period=Y25),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ bảy, 27/4/2024, 18:20 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 18:20, (GMT+7), 'Chặng 21', 'chặng 14' (stage names), 'lần thứ 36', 'ngày 5/4/2025', 'số 1 Tràng Tiền' (address),",
    "'Cúp Sông Hồng' (a name). The race is national (19 provinces from Cà Mau to Hà Nội): default location Việt Nam;",
    "the final stage's laps and length are in Hà Nội.",
    "'hơn người xếp thứ hai 70 giây' = 70 seconds ahead of the runner-up: 'hơn' compares, it is no approx cue (exact). 'người xếp thứ hai' names the runner-up: a rank",
    "by number word, but it only identifies the person the margin is measured against -> optional.",
    "'15 đội, gồm 11 đội trong nước và 4 đội ...': parts after 'gồm' -> total 15. 'Năm nay' (2024, from the dateline) is stated in",
    "that sentence; the next two sentences inherit it. 'riêng áo vàng' is no part-of cue: no total for 200 triệu.",
    "'cao hơn 1,1 km/h so với năm ngoái' -> change in km/h. 'xếp thứ nhất' = rank 1 (number word 'nhất' after 'thứ').",
    "'ba chặng đèo' (number word) in a quote is a count. 'Mỗi chặng ... 20.000-30.000 khán giả' is a rate (khán giả/chặng);",
    "'trung bình' (average) is not an approx cue. 'Giải lần thứ 36 năm 2025 dự kiến ... 24 chặng' -> forecast, period năm 2025.",
    "revised after the first run: 25 vòng and 75 km get 'chiều nay' (= the dateline day 2024-04-27), the date of the stage stated",
    "in their own sentence ('Chặng 21 chiều nay diễn ra ..., gồm ...'), as the race dates in p1359-3 and p1359-8.",
]

if __name__ == "__main__":
    write("p1359-5", TEXT, NOTES, FIGS, published="2024-04-27", location="Việt Nam")
