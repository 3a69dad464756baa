"""p1435-5: provincial newspaper (Báo Quảng Nam, QNO): tattoo studios in Hội An and foreign tourists."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Quảng Nam > Kinh tế > Du lịch

Hội An: Dịch vụ xăm hình hút khách nước ngoài

Nhiều tiệm xăm ở Hội An thu hút đông khách quốc tế, mang lại nguồn thu đáng kể nhưng cũng đặt ra yêu cầu quản lý chặt chẽ hơn.

HOÀNG LIÊN - 15/06/2024 07:30

(QNO) - Theo Phòng Kinh tế TP Hội An, hiện trên địa bàn thành phố có 64 tiệm xăm hình đăng ký kinh doanh, gấp hơn hai lần so với năm 2019, trong đó 29 tiệm tập trung tại phường Minh An.

Tại một tiệm xăm trên đường Nguyễn Thị Minh Khai, trung bình mỗi ngày có từ 8 đến 12 khách, khoảng 70% là khách nước ngoài. Anh Lê Văn Tùng, chủ tiệm, cho biết giá một hình xăm nhỏ khoảng 40 USD, hình xăm cỡ lớn có giá 300-500 USD; doanh thu năm 2023 của tiệm đạt gần 2,4 tỷ đồng, tăng 35% so với năm 2022. Tiệm có 5 thợ xăm, thu nhập mỗi thợ từ 15 triệu đồng/tháng trở lên.

Theo Sở Du lịch, 5 tháng đầu năm 2024, Hội An đón hơn 1,9 triệu lượt khách, trong đó khách quốc tế chiếm 68%. Thống kê sơ bộ của thành phố, doanh thu từ dịch vụ xăm hình năm 2023 ước khoảng 45 tỷ đồng, nộp ngân sách khoảng 1,3 tỷ đồng.

Từ đầu năm đến nay, Đội Quản lý thị trường số 5 phối hợp Phòng Y tế thành phố kiểm tra 22 tiệm xăm, nhắc nhở 7 tiệm, xử phạt 3 tiệm với số tiền 27,5 triệu đồng, chủ yếu do không niêm yết giá và sử dụng mực xăm không rõ nguồn gốc.

TP Hội An phấn đấu đến cuối năm 2024 có 100% tiệm xăm niêm yết giá công khai; đồng thời xây dựng bộ quy tắc ứng xử cho thợ xăm phục vụ du khách.

Từ khóa: Hội An, xăm hình, du lịch
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-06-15")
END24 = per("đến cuối năm 2024", None, "2024-12-31")

FIGS = [
    fig("có 64 tiệm", "64", 64, "count", "tiệm xăm hình",
        change=chg("increase", 2, "lần", "năm 2019", approx="over"),
        subject="tiệm xăm hình đăng ký kinh doanh"),
    fig("29 tiệm", "29", 29, "count", "tiệm", total=64,
        subject="tiệm xăm hình tập trung tại phường Minh An"),
    fig("từ 8 đến 12 khách", "8", 8, "measure", "khách/ngày", value_max=12,
        subject="khách của tiệm xăm mỗi ngày"),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about", subject="tỷ lệ khách nước ngoài của tiệm"),
    fig("khoảng 40 USD", "40", 40, "money", "USD", approx="about", subject="giá một hình xăm nhỏ"),
    fig("giá 300-500 USD", "300", 300, "money", "USD", value_max=500, subject="giá hình xăm cỡ lớn"),
    fig("gần 2,4 tỷ", "2,4", 2.4e9, "money", "đồng", approx="nearly",
        change=chg("increase", 35, "%", "năm 2022"), subject="doanh thu của tiệm", period=Y23),
    fig("có 5 thợ", "5", 5, "count", "thợ xăm", subject="thợ xăm của tiệm"),
    fig("từ 15 triệu", "15", 15e6, "money", "đồng/tháng", approx="at_least", subject="thu nhập mỗi thợ xăm"),
    fig("hơn 1,9 triệu", "1,9", 1.9e6, "count", "lượt khách", approx="over",
        subject="lượt khách Hội An đón", period=M5),
    fig("chiếm 68%", "68", 68, "percent", "%", subject="tỷ lệ khách quốc tế", period=M5),
    fig("khoảng 45 tỷ", "45", 45e9, "money", "đồng", approx="about", status="estimate",
        subject="doanh thu từ dịch vụ xăm hình", period=Y23),
    fig("khoảng 1,3 tỷ", "1,3", 1.3e9, "money", "đồng", approx="about", status="estimate",
        subject="nộp ngân sách từ dịch vụ xăm hình", period=Y23),
    fig("kiểm tra 22 tiệm", "22", 22, "count", "tiệm xăm", subject="tiệm xăm được kiểm tra", period=YTD),
    fig("nhắc nhở 7 tiệm", "7", 7, "count", "tiệm", subject="tiệm xăm bị nhắc nhở", period=YTD),
    fig("xử phạt 3 tiệm", "3", 3, "count", "tiệm", subject="tiệm xăm bị xử phạt", period=YTD),
    fig("tiền 27,5 triệu", "27,5", 27.5e6, "money", "đồng", subject="số tiền xử phạt tiệm xăm", period=YTD),
    fig("có 100% tiệm", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ tiệm xăm niêm yết giá công khai", period=END24),
]

NOTES = [
    "Provincial newspaper (Báo Quảng Nam): sapo, byline with date 'HOÀNG LIÊN - 15/06/2024 07:30', tag '(QNO) -'. All figures are TP Hội An.",
    "Distractors: 07:30, 'Đội Quản lý thị trường số 5', 'phường Minh An', street Nguyễn Thị Minh Khai, baselines năm 2019 / năm 2022.",
    "'gấp hơn hai lần so với năm 2019' → change 2 lần, approx over; '29 tiệm' after 'trong đó' → total 64 (ward → city Hội An).",
    "'mỗi ngày có từ 8 đến 12 khách' → measure, unit khách/ngày. 'từ 15 triệu đồng/tháng trở lên' → approx at_least ('trở lên').",
    "'trong đó khách quốc tế chiếm 68%' is a percent figure of its own. 'ước khoảng 45 tỷ ..., nộp ngân sách khoảng 1,3 tỷ' → both estimate.",
    "'Từ đầu năm đến nay' ends at the dateline; 'đến cuối năm 2024' is a target end date (start null). Present-tense figures have no period.",
]

if __name__ == "__main__":
    write("p1435-5", TEXT, NOTES, FIGS, published="2024-06-15", location="Hội An")
