"""p1553-5: provincial newspaper (Báo Bình Dương): Tết bonuses at sports-shoe firms in TP Tân Uyên."""
from lib import fig, per, chg, write

TEXT = """BÁO BÌNH DƯƠNG ĐIỆN TỬ
Kinh tế > Doanh nghiệp

Công nhân giày thể thao ở Tân Uyên phấn khởi đón thưởng Tết

Thứ Năm, 16/01/2025, 07:45

Nhờ đơn hàng phục hồi, năm 2024 nhiều doanh nghiệp giày thể thao tại TP Tân Uyên tăng ca, tuyển thêm lao động và chi thưởng Tết cao hơn năm trước.

(BDO) - Tại Công ty TNHH Giày Phú Thịnh Phát (phường Khánh Bình, TP Tân Uyên), năm 2024 công ty xuất khẩu 12,4 triệu đôi giày thể thao, tăng 18% so với năm 2023; doanh thu đạt 168 triệu USD, vượt 5% kế hoạch. Công ty hiện có 9.800 công nhân, trong đó hơn 7.100 người là nữ. Thưởng Tết Ất Tỵ 2025 bình quân 1,2 tháng lương; người cao nhất nhận 38 triệu đồng, thấp nhất 6 triệu đồng.

Chị Đặng Thị Mai, công nhân tổ may số 3, chia sẻ: "Tôi làm tăng ca đều đặn 2 giờ mỗi ngày, thu nhập khoảng 11 triệu đồng/tháng, cao hơn trước gần 1,5 triệu đồng. Có thưởng Tết, tôi mua vé xe về quê sớm".

Theo Liên đoàn Lao động TP Tân Uyên, toàn thành phố có 36 doanh nghiệp ngành giày với khoảng 64.000 lao động. Mức thưởng Tết bình quân năm nay của ngành giày đạt 7,9 triệu đồng/người, tăng 8,2% so với Tết năm trước; vẫn còn 4 doanh nghiệp chưa xây dựng được phương án thưởng.

Dự kiến trong quý I/2025, các doanh nghiệp giày trên địa bàn cần tuyển thêm khoảng 3.500 lao động, chủ yếu là công nhân may và gò.

THANH HUYỀN

Từ khóa: giày thể thao, thưởng Tết, Tân Uyên
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
NOW = per("năm nay", "2025-01-01", "2025-12-31")
Q1 = per("quý I/2025", "2025-01-01", "2025-03-31")

FIGS = [
    fig("xuất khẩu 12,4 triệu", "12,4", 12.4e6, "count", "đôi", change=chg("increase", 18, "%", "năm 2023"),
        subject="giày thể thao công ty xuất khẩu", period=Y24),
    fig("đạt 168 triệu", "168", 168e6, "money", "USD", change=chg("increase", 5, "%", "kế hoạch"),
        subject="doanh thu của công ty", period=Y24),
    fig("có 9.800 công nhân", "9.800", 9800, "count", "công nhân", subject="công nhân của công ty"),
    fig("hơn 7.100 người", "7.100", 7100, "count", "người", approx="over", total=9800,
        subject="công nhân nữ"),
    fig("bình quân 1,2 tháng", "1,2", 1.2, "measure", "tháng lương", subject="thưởng Tết bình quân"),
    fig("nhận 38 triệu", "38", 38e6, "money", "đồng", subject="thưởng Tết cao nhất"),
    fig("thấp nhất 6 triệu", "6", 6e6, "money", "đồng", subject="thưởng Tết thấp nhất"),
    fig("đặn 2 giờ", "2", 2, "measure", "giờ/ngày", subject="thời gian tăng ca"),
    fig("khoảng 11 triệu", "11", 11e6, "money", "đồng/tháng", approx="about",
        change=chg("increase", 1.5e6, "đồng", "trước", approx="nearly"), subject="thu nhập"),
    fig("có 36 doanh nghiệp", "36", 36, "count", "doanh nghiệp", subject="doanh nghiệp ngành giày"),
    fig("khoảng 64.000 lao động", "64.000", 64000, "count", "lao động", approx="about",
        subject="lao động của các doanh nghiệp ngành giày"),
    fig("đạt 7,9 triệu", "7,9", 7.9e6, "money", "đồng/người", change=chg("increase", 8.2, "%", "Tết năm trước"),
        subject="mức thưởng Tết bình quân của ngành giày", period=NOW),
    fig("còn 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp",
        subject="doanh nghiệp chưa xây dựng được phương án thưởng", period=NOW),
    fig("khoảng 3.500 lao động", "3.500", 3500, "count", "lao động", approx="about", status="forecast",
        subject="lao động các doanh nghiệp giày cần tuyển thêm", period=Q1),
]

NOTES = [
    "Provincial newspaper (Báo Bình Dương): section path, 'Thứ Năm, 16/01/2025, 07:45', sapo, tag '(BDO) -', byline, keywords.",
    "Distractors: 07:45, 'Tết Ất Tỵ 2025' (a name: no period), 'tổ may số 3', 'quý I/2025' as a period only.",
    "'vượt 5% kế hoạch' is a change with baseline 'kế hoạch' (spec: result against plan).",
    "'trong đó hơn 7.100 người là nữ' after '9.800 công nhân': total 9.800.",
    "Rates: '2 giờ mỗi ngày' → giờ/ngày; 'cao hơn trước gần 1,5 triệu đồng' → change in đồng, approx nearly.",
    "'năm nay' takes the year of published (2025, the Tết of 2025); the ';' clause with '4 doanh nghiệp' shares it.",
    "All figures in TP Tân Uyên (the company is in phường Khánh Bình, TP Tân Uyên).",
]

if __name__ == "__main__":
    write("p1553-5", TEXT, NOTES, FIGS, published="2025-01-16", location="Tân Uyên")
