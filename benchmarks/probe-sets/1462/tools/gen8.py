"""p1462-8: radio/TV site (Đài PT-TH Hà Nội): folding ladders of a Thường Tín company, 11 months 2024."""
from lib import fig, per, inh, chg, write

TEXT = """HANOI ON - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HÀ NỘI
Thời sự | Kinh tế | Xã hội | Video | Podcast

Thang gấp "made in Thường Tín" bán chạy dịp cuối năm
Thứ Hai, 02/12/2024 - 19:45 | Lượt xem: 2.095

Những tháng cuối năm, xưởng của Công ty TNHH Gia dụng Nhôm Thăng Long tại cụm công nghiệp Quất Động (huyện Thường Tín) luôn tất bật. Mỗi ngày, hơn 200 công nhân ở đây làm ra khoảng 1.800 chiếc thang gấp, thang ghế các dòng TL-36 và TL-48.

Theo bà Phạm Thu Hà, Giám đốc công ty, 11 tháng năm 2024, công ty tiêu thụ 415.000 sản phẩm, doanh thu 168 tỷ đồng, tăng 27% so với cùng kỳ. Trong đó, kênh thương mại điện tử đóng góp 74 tỷ đồng, gấp đôi năm 2023. Riêng tháng 11 bán được gần 52.000 chiếc nhờ đợt khuyến mại ngày 11/11.

Giá bán lẻ thang nhôm gấp dòng TL-36 là 690.000 đồng/chiếc, dòng TL-48 khoảng 1,45 triệu đồng/chiếc. Giá bán thấp hơn khoảng 25% so với hàng nhập khẩu cùng loại. Sản phẩm của công ty hiện xếp thứ 2 về doanh số trong ngành hàng dụng cụ gia đình trên các sàn thương mại điện tử. Tháng 12, công ty dự kiến tuyển thêm 40 lao động thời vụ để kịp đơn hàng Tết.

Huyện Thường Tín hiện có 17 doanh nghiệp, hợp tác xã sản xuất thang nhôm, giàn giáo, tập trung ở các xã Quất Động, Nghiêm Xuyên và Thắng Lợi. Năm nay, giá trị sản xuất của nhóm ngành ước đạt 620 tỷ đồng, chiếm khoảng 3,5% giá trị sản xuất công nghiệp toàn huyện. Huyện đặt mục tiêu đến năm 2030 nâng con số này lên 1.000 tỷ đồng.

Minh Khôi - Thu Trang/HANOI ON

Bình luận | Chia sẻ
"""

M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
NOV = per("Riêng tháng 11", "2024-11-01", "2024-11-30")
DEC = per("Tháng 12", "2024-12-01", "2024-12-31")
Y24 = per("Năm nay", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("hơn 200 công nhân", "200", 200, "count", "công nhân", approx="over", subject="công nhân"),
    fig("khoảng 1.800 chiếc", "1.800", 1800, "measure", "chiếc/ngày", approx="about",
        subject="thang gấp, thang ghế làm ra mỗi ngày"),
    fig("tiêu thụ 415.000 sản phẩm", "415.000", 415000, "count", "sản phẩm",
        subject="sản phẩm công ty tiêu thụ", period=M11),
    fig("doanh thu 168 tỷ", "168", 168e9, "money", "đồng", change=chg("increase", 27, "%", "cùng kỳ"),
        subject="doanh thu", period=M11),
    fig("đóng góp 74 tỷ", "74", 74e9, "money", "đồng", total=168e9,
        change=chg("increase", 2, "lần", "năm 2023"),
        subject="doanh thu kênh thương mại điện tử", period=inh(M11)),
    fig("gần 52.000 chiếc", "52.000", 52000, "count", "chiếc", approx="nearly",
        subject="thang bán được", period=NOV),
    fig("là 690.000 đồng", "690.000", 690000, "money", "đồng/chiếc",
        subject="giá bán lẻ thang nhôm gấp dòng TL-36"),
    fig("khoảng 1,45 triệu", "1,45", 1.45e6, "money", "đồng/chiếc", approx="about",
        subject="giá bán lẻ dòng TL-48"),
    fig("khoảng 25%", "25", 25, "percent", "%", approx="about",
        subject="giá bán thấp hơn so với hàng nhập khẩu cùng loại"),
    fig("xếp thứ 2", "2", 2, "rank", "hạng",
        subject="doanh số trong ngành hàng dụng cụ gia đình trên các sàn thương mại điện tử"),
    fig("thêm 40 lao động", "40", 40, "count", "lao động", status="forecast",
        subject="lao động thời vụ tuyển thêm", period=DEC),
    fig("có 17 doanh nghiệp", "17", 17, "count", "doanh nghiệp, hợp tác xã",
        subject="doanh nghiệp, hợp tác xã sản xuất thang nhôm, giàn giáo"),
    fig("ước đạt 620 tỷ", "620", 620e9, "money", "đồng", status="estimate", percent=3.5,
        subject="giá trị sản xuất của nhóm ngành", period=Y24),
    fig("lên 1.000 tỷ", "1.000", 1000e9, "money", "đồng", status="target",
        subject="giá trị sản xuất của nhóm ngành", period=T30),
]

NOTES = [
    "Radio/TV site (HANOI ON, Đài PT-TH Hà Nội): menu, 'Thứ Hai, 02/12/2024 - 19:45 | Lượt xem: 2.095', byline, 'Bình luận | Chia sẻ'.",
    "Distractors: 19:45, Lượt xem 2.095, product lines 'TL-36', 'TL-48' (names with digits), 'ngày 11/11' (a sale date).",
    "Location: huyện Thường Tín for every figure (the company is in CCN Quất Động, Thường Tín; the district's own figures too).",
    "'Mỗi ngày, hơn 200 công nhân ... làm ra khoảng 1.800 chiếc' → 1.800 is a rate (chiếc/ngày); the 200 workers are a head count.",
    "'Trong đó, kênh thương mại điện tử đóng góp 74 tỷ đồng, gấp đôi năm 2023' → total 168 tỷ (part after a sentence break),",
    "change increase 2 lần (number word 'đôi'), period inherited from the previous sentence.",
    "'Giá bán thấp hơn khoảng 25% so với hàng nhập khẩu' stands as its own sentence with no base amount: a percent figure, no change.",
    "'hiện xếp thứ 2' → rank, no period. 'Tháng 12, công ty dự kiến tuyển thêm 40' → forecast, December 2024.",
    "'Năm nay ... ước đạt 620 tỷ, chiếm khoảng 3,5%' → estimate, percent 3.5, year of the dateline. 'mục tiêu đến năm 2030 ... 1.000 tỷ' → target.",
]

if __name__ == "__main__":
    write("p1462-8", TEXT, NOTES, FIGS, published="2024-12-02", location="Thường Tín")
