"""p1553-8: news agency (TTXVN): Hải Phòng footwear exports quarter I/2025, a factory in huyện An Dương."""
from lib import fig, per, inh, chg, write

TEXT = """Hải Phòng: Xuất khẩu giày dép quý I tăng gần 15%

18/04/2025 09:30

Hải Phòng (TTXVN) - Theo Cục Thống kê thành phố Hải Phòng, quý I/2025, kim ngạch xuất khẩu giày dép của thành phố đạt 1,24 tỷ USD, tăng 14,8% so với cùng kỳ năm 2024. Trong đó, giày thể thao đạt khoảng 880 triệu USD, chiếm 71%. Riêng tháng 3, xuất khẩu giày dép đạt 465 triệu USD, tăng 9,6% so với tháng trước.

Tại Khu công nghiệp An Dương (huyện An Dương), Công ty TNHH Giày thể thao Bạch Đằng Star đang vận hành 26 chuyền sản xuất, mỗi chuyền trung bình 1.800 đôi/ngày. Năng suất lao động bình quân đạt 14,5 đôi/người/ngày, cao hơn 1,2 đôi so với năm 2024. Tổng đơn hàng công ty đã ký khoảng 9,6 triệu đôi, đủ việc làm đến hết tháng 9.

Ông Vũ Đức Thắng, Phó Tổng giám đốc công ty, cho biết lương của công nhân không dưới 5,8 triệu đồng/tháng, cao hơn mức lương tối thiểu vùng I theo Nghị định số 74/2024/NĐ-CP; thời gian làm thêm không quá 40 giờ/tháng.

Hải Phòng hiện có 31 doanh nghiệp giày dép với khoảng 7,2 vạn lao động. Năm 2025, thành phố phấn đấu kim ngạch xuất khẩu giày dép đạt ít nhất 5,3 tỷ USD, tăng 12% so với năm 2024.

Ngọc Hà (TTXVN)

Tin liên quan:
- Hải Phòng thu hút 1,2 tỷ USD vốn FDI trong quý I
- Khởi công cầu Nguyễn Trãi nối quận Ngô Quyền và quận Hải An
"""

Q1 = per("quý I/2025", "2025-01-01", "2025-03-31")
Q1_S = per("quý I", "2025-01-01", "2025-03-31")
MAR = per("tháng 3", "2025-03-01", "2025-03-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
AD = "An Dương"

FIGS = [
    fig("tăng gần 15%", "15", 15, "percent", "%", approx="nearly", subject="xuất khẩu giày dép", period=Q1_S),
    fig("đạt 1,24 tỷ", "1,24", 1.24e9, "money", "USD", change=chg("increase", 14.8, "%", "cùng kỳ năm 2024"),
        subject="kim ngạch xuất khẩu giày dép của thành phố", period=Q1),
    fig("khoảng 880 triệu", "880", 880e6, "money", "USD", approx="about", total=1.24e9, percent=71,
        subject="kim ngạch xuất khẩu giày thể thao", period=inh(Q1)),
    fig("đạt 465 triệu", "465", 465e6, "money", "USD", change=chg("increase", 9.6, "%", "tháng trước"),
        subject="xuất khẩu giày dép", period=MAR),
    fig("hành 26 chuyền", "26", 26, "count", "chuyền", subject="chuyền sản xuất công ty vận hành", location=AD),
    fig("bình 1.800 đôi", "1.800", 1800, "measure", "đôi/ngày", subject="sản lượng trung bình mỗi chuyền",
        location=AD),
    fig("đạt 14,5 đôi", "14,5", 14.5, "measure", "đôi/người/ngày", change=chg("increase", 1.2, "đôi", "năm 2024"),
        subject="năng suất lao động bình quân", location=AD),
    fig("khoảng 9,6 triệu", "9,6", 9.6e6, "count", "đôi", approx="about",
        subject="tổng đơn hàng công ty đã ký", location=AD),
    fig("không dưới 5,8 triệu", "5,8", 5.8e6, "money", "đồng/tháng", approx="at_least",
        subject="lương của công nhân", location=AD),
    fig("không quá 40 giờ", "40", 40, "measure", "giờ/tháng", approx="at_most",
        subject="thời gian làm thêm", location=AD),
    fig("có 31 doanh nghiệp", "31", 31, "count", "doanh nghiệp", subject="doanh nghiệp giày dép"),
    fig("khoảng 7,2 vạn", "7,2", 72000, "count", "lao động", approx="about",
        subject="lao động của các doanh nghiệp giày dép"),
    fig("ít nhất 5,3 tỷ", "5,3", 5.3e9, "money", "USD", approx="at_least", status="target",
        change=chg("increase", 12, "%", "năm 2024"), subject="kim ngạch xuất khẩu giày dép", period=Y25),
    fig("thu hút 1,2 tỷ", "1,2", 1.2e9, "money", "USD", subject="vốn FDI Hải Phòng thu hút", period=Q1_S,
        optional=True),
]

NOTES = [
    "News agency (TTXVN): headline with a figure, '18/04/2025 09:30', dateline 'Hải Phòng (TTXVN) -', byline, related links.",
    "Distractors: 09:30, 'vùng I', Nghị định số 74/2024/NĐ-CP, 'đến hết tháng 9' (a date), 'quý I' in a link title, 'cầu Nguyễn Trãi'.",
    "The link title 'Hải Phòng thu hút 1,2 tỷ USD vốn FDI trong quý I' states a figure but is page furniture (a related-article headline): optional.",
    "Headline 'quý I tăng gần 15%': growth rate as the claim, approx nearly, year from published (2025).",
    "'Trong đó, giày thể thao đạt khoảng 880 triệu USD, chiếm 71%' after the quarter's whole: total 1,24 tỷ, percent 71, period inherited.",
    "'Riêng tháng 3' takes 2025 from 'quý I/2025'. Factory passage in huyện An Dương: location An Dương.",
    "'không dưới' → at_least, 'không quá' → at_most, 'ít nhất' → at_least; '7,2 vạn' = 72 000; 'cao hơn 1,2 đôi so với năm 2024' → change in đôi.",
]

if __name__ == "__main__":
    write("p1553-8", TEXT, NOTES, FIGS, published="2025-04-18", location="Hải Phòng")
