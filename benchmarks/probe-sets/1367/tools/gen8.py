"""p1367-8: radio/TV site (Đài PT-TH Hải Dương): workers' futsal tournament 2024 final."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẢI DƯƠNG
Thời sự | Kinh tế | Thể thao | Video | Phát thanh

Sôi nổi Giải futsal công nhân lao động tỉnh Hải Dương năm 2024

Cập nhật lúc 21:10, 22/09/2024
Nghe đọc bài | Thời lượng 03:45

Tối 22/9, tại Nhà thi đấu thể thao tỉnh, Liên đoàn Lao động tỉnh tổ chức trận chung kết Giải futsal công nhân lao động năm 2024. Đội Công ty TNHH Điện tử Minh Phát (Khu công nghiệp Đại An) thắng Công ty CP May Tân Hòa với tỷ số 5-3, lần đầu lên ngôi vô địch.

Giải năm nay có 32 đội bóng với gần 450 cầu thủ là công nhân của các doanh nghiệp trong 11 khu công nghiệp, tăng 8 đội so với năm 2023. Sau 3 tuần thi đấu, ban tổ chức ghi nhận 56 trận với 398 bàn thắng, trung bình hơn 7 bàn/trận. Mỗi trận vòng bảng có từ 200 đến 300 khán giả, riêng trận chung kết thu hút hơn 2 nghìn người đến cổ vũ.

Tổng kinh phí tổ chức giải khoảng 350 triệu đồng, trong đó Liên đoàn Lao động tỉnh hỗ trợ 150 triệu đồng, phần còn lại do 15 doanh nghiệp tài trợ. Đội vô địch nhận 20 triệu đồng, đội Á quân 12 triệu đồng, hai đội đồng hạng Ba mỗi đội 6 triệu đồng.

Theo ông Phạm Văn Tùng, Phó Chủ tịch Liên đoàn Lao động tỉnh, toàn tỉnh hiện có 186 đội bóng đá, futsal công nhân tập luyện thường xuyên; khoảng 65% doanh nghiệp có từ 500 lao động trở lên đã có sân tập hoặc thuê sân định kỳ. Năm 2025, Liên đoàn dự kiến mở rộng giải lên 40 đội và bổ sung nội dung futsal nữ.

Hoàng Long - Minh Trang (HDTV)

Bản quyền thuộc Đài Phát thanh và Truyền hình Hải Dương. Địa chỉ: 66 Trần Hưng Đạo, TP Hải Dương.
"""

NOW = per("năm nay", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
Y24I = per("năm 2024", "2024-01-01", "2024-12-31", inherited=True)

FIGS = [
    fig("tỷ số 5-3", "5", 5, "count", "bàn thắng", optional=True),
    fig("5-3, lần", "3", 3, "count", "bàn thắng", optional=True),
    fig("có 32 đội", "32", 32, "count", "đội bóng", change=chg("increase", 8, "đội", "năm 2023"),
        subject="đội bóng tham dự giải", period=NOW),
    fig("gần 450 cầu thủ", "450", 450, "count", "cầu thủ", approx="nearly",
        subject="cầu thủ là công nhân của các doanh nghiệp", period=NOW),
    fig("trong 11 khu", "11", 11, "count", "khu công nghiệp",
        subject="khu công nghiệp có doanh nghiệp cử cầu thủ", period=NOW),
    fig("Sau 3 tuần", "3", 3, "measure", "tuần", subject="thời gian thi đấu của giải", optional=True),
    fig("ghi nhận 56 trận", "56", 56, "count", "trận", subject="trận đấu của giải", period=Y24I),
    fig("với 398 bàn", "398", 398, "count", "bàn thắng", subject="bàn thắng của giải", period=Y24I),
    fig("hơn 7 bàn/trận", "7", 7, "measure", "bàn/trận", approx="over",
        subject="số bàn thắng trung bình", period=Y24I),
    fig("từ 200 đến 300", "200", 200, "measure", "khán giả/trận", value_max=300,
        subject="khán giả mỗi trận vòng bảng", period=Y24I),
    fig("hơn 2 nghìn", "2", 2000, "count", "người", approx="over",
        subject="người đến cổ vũ trận chung kết", period=Y24I),
    fig("khoảng 350 triệu", "350", 350e6, "money", "đồng", approx="about",
        subject="tổng kinh phí tổ chức giải", period=Y24I),
    fig("hỗ trợ 150 triệu", "150", 150e6, "money", "đồng", total=350e6,
        subject="kinh phí Liên đoàn Lao động tỉnh hỗ trợ", period=Y24I),
    fig("do 15 doanh nghiệp", "15", 15, "count", "doanh nghiệp", subject="doanh nghiệp tài trợ", period=Y24I),
    fig("nhận 20 triệu", "20", 20e6, "money", "đồng", subject="tiền thưởng đội vô địch", period=Y24I),
    fig("quân 12 triệu", "12", 12e6, "money", "đồng", subject="tiền thưởng đội Á quân", period=Y24I),
    fig("hai đội đồng", "hai", 2, "count", "đội", subject="đội đồng hạng Ba", period=Y24I),
    fig("mỗi đội 6 triệu", "6", 6e6, "money", "đồng/đội", subject="tiền thưởng mỗi đội đồng hạng Ba",
        period=Y24I),
    fig("có 186 đội", "186", 186, "count", "đội bóng",
        subject="đội bóng đá, futsal công nhân tập luyện thường xuyên"),
    fig("khoảng 65%", "65", 65, "percent", "%", approx="about",
        subject="doanh nghiệp có từ 500 lao động trở lên đã có sân tập hoặc thuê sân định kỳ"),
    fig("từ 500 lao động", "500", 500, "count", "lao động", approx="at_least", optional=True),
    fig("lên 40 đội", "40", 40, "count", "đội", status="forecast", subject="đội tham dự giải", period=Y25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Hải Dương): menu, 'Cập nhật lúc 21:10, 22/09/2024', audio player 'Thời lượng 03:45', byline '(HDTV)', copyright footer.",
    "The score 'tỷ số 5-3' is a match result: each side's goals are optional (not a range; 5 > 3).",
    "'Sau 3 tuần thi đấu' locates the count in time but also states the tournament's length: optional, as in p1367-2.",
    "'Giải năm nay có 32 đội ... trong 11 khu công nghiệp, tăng 8 đội so với năm 2023': the change (unit đội) belongs to 32 đội across the clauses in between.",
    "Later tournament figures inherit 'năm nay'/'năm 2024' from other sentences (not scored).",
    "'trong đó Liên đoàn ... hỗ trợ 150 triệu đồng' → total 350 triệu; '15 doanh nghiệp' counts firms, not money: no total.",
    "'Mỗi trận vòng bảng có từ 200 đến 300 khán giả' is a per-match rate: measure, khán giả/trận. 'hạng Ba' is a prize name.",
    "'từ 500 lao động trở lên' is a threshold in the subject of 65% (optional, at_least). 'Năm 2025 ... dự kiến ... 40 đội' → forecast.",
    "Distractors: 21:10, 03:45, 'Tối 22/9', 'lần đầu', '66 Trần Hưng Đạo'.",
]

if __name__ == "__main__":
    write("p1367-8", TEXT, NOTES, FIGS, published="2024-09-22", location="Hải Dương")
