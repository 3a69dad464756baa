"""p1489-8: radio/TV site (Hải Dương): a juicer and blender maker in huyện Kim Thành, quarter I/2025; province figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẢI DƯƠNG
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Doanh nghiệp sản xuất máy ép trái cây tăng tốc ngay từ đầu năm

Thứ Tư, 26/03/2025 - 17:05
Thời lượng: 02:41

(HDTV) - Những ngày này, các dây chuyền của Công ty TNHH Điện gia dụng Kim Thành (huyện Kim Thành) hoạt động hết công suất để kịp giao 36 container máy ép trái cây, máy xay sinh tố cho đối tác Australia trong tháng 4.

Quý I/2025, công ty ước sản xuất 168.000 sản phẩm, tăng 26% so với cùng kỳ, doanh thu ước đạt 71 tỷ đồng. Đơn hàng đã ký đủ cho sản xuất đến hết tháng 8, tổng giá trị khoảng 9,5 triệu USD.

Theo ông Phạm Văn Đức, Phó Giám đốc công ty, để đáp ứng đơn hàng, từ đầu năm công ty đã tuyển thêm gần ba chục lao động, nâng tổng số lên 540 người, trong đó lao động nữ chiếm gần 70%. Công nhân được trả lương bình quân 8,7 triệu đồng/tháng, cao hơn năm trước khoảng 600.000 đồng. Trong năm nay, công ty dự kiến đầu tư 14 tỷ đồng lắp thêm 2 robot hàn và một dây chuyền sơn tĩnh điện.

Toàn tỉnh Hải Dương hiện có 6 doanh nghiệp sản xuất đồ điện gia dụng nhỏ, chủ yếu tại các huyện Kim Thành, Cẩm Giàng và Bình Giang. Quý I, giá trị sản xuất của nhóm ngành ước đạt 412 tỷ đồng, bằng 23,5% kế hoạch năm, tăng 18,6% so với cùng kỳ. Năm 2025, tỉnh phấn đấu giá trị sản xuất nhóm ngành đạt 1.750 tỷ đồng, tăng 12% so với năm 2024.

Tin cùng chuyên mục:
- Hải Dương: Thu hút dự án FDI 3 tháng đầu năm
- Khai mạc Phiên giao dịch việc làm số 05

Lượt xem: 3.172
Bản quyền thuộc Đài Phát thanh và Truyền hình Hải Dương
Địa chỉ: Số 68 đường Thanh Niên, phường Hải Tân, TP Hải Dương
"""

M4 = per("trong tháng 4", "2025-04-01", "2025-04-30")
Q1 = per("Quý I/2025", "2025-01-01", "2025-03-31")
Q1b = per("Quý I", "2025-01-01", "2025-03-31")
YTD = per("từ đầu năm", "2025-01-01", "2025-03-26")
YN = per("Trong năm nay", "2025-01-01", "2025-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
KT = "Kim Thành"

FIGS = [
    fig("giao 36 container", "36", 36, "count", "container",
        subject="container máy ép trái cây, máy xay sinh tố giao cho đối tác Australia", period=M4, location=KT),
    fig("sản xuất 168.000 sản phẩm", "168.000", 168000, "count", "sản phẩm", status="estimate",
        change=chg("increase", 26, "%", "cùng kỳ"), subject="sản phẩm công ty sản xuất", period=Q1, location=KT),
    fig("ước đạt 71 tỷ", "71", 71e9, "money", "đồng", status="estimate",
        subject="doanh thu của công ty", period=Q1, location=KT),
    fig("khoảng 9,5 triệu", "9,5", 9.5e6, "money", "USD", approx="about",
        subject="tổng giá trị đơn hàng đã ký", location=KT),
    fig("gần ba chục lao động", "ba chục", 30, "count", "lao động", approx="nearly",
        subject="lao động công ty tuyển thêm", period=YTD, location=KT),
    fig("lên 540 người", "540", 540, "count", "người", subject="tổng số lao động của công ty", location=KT),
    fig("chiếm gần 70%", "70", 70, "percent", "%", approx="nearly", subject="lao động nữ", location=KT),
    fig("bình quân 8,7 triệu", "8,7", 8.7e6, "money", "đồng/tháng",
        change=chg("increase", 600000, "đồng", "năm trước", approx="about"),
        subject="lương bình quân công nhân", location=KT),
    fig("tư 14 tỷ", "14", 14e9, "money", "đồng", status="forecast",
        subject="vốn công ty đầu tư lắp thêm robot hàn và dây chuyền sơn tĩnh điện", period=YN, location=KT),
    fig("thêm 2 robot", "2", 2, "count", "robot hàn", status="forecast",
        subject="robot hàn lắp thêm", period=YN, location=KT),
    fig("và một dây chuyền", "một", 1, "count", "dây chuyền", status="forecast",
        subject="dây chuyền sơn tĩnh điện lắp thêm", period=YN, location=KT),
    fig("có 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất đồ điện gia dụng nhỏ"),
    fig("ước đạt 412 tỷ", "412", 412e9, "money", "đồng", status="estimate", percent=23.5,
        change=chg("increase", 18.6, "%", "cùng kỳ"), subject="giá trị sản xuất của nhóm ngành", period=Q1b),
    fig("đạt 1.750 tỷ", "1.750", 1750e9, "money", "đồng", status="target",
        change=chg("increase", 12, "%", "năm 2024"),
        subject="giá trị sản xuất nhóm ngành", period=Y25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Hải Dương): menu, 'Thứ Tư, 26/03/2025 - 17:05', video length 'Thời lượng: 02:41', tag '(HDTV) -',",
    "related links, 'Lượt xem: 3.172', address footer.",
    "Distractors: 17:05, 02:41, '3 tháng đầu năm' and 'Phiên giao dịch việc làm số 05' in link titles, 'Số 68 đường Thanh Niên', 'hết tháng 8'.",
    "The company passage in huyện Kim Thành: location Kim Thành; the province paragraph is Hải Dương.",
    "'36 container ... trong tháng 4' → period April 2025 (the year of the dateline). 'ước sản xuất', 'ước đạt' → estimate.",
    "'đến hết tháng 8' bounds the production the orders cover, not the period of the order value: no period for 9,5 triệu USD.",
    "'gần ba chục lao động' → 30 (number words 'ba chục'), nearly; 'từ đầu năm' ends at the dateline.",
    "'nâng tổng số lên 540 người, trong đó lao động nữ chiếm gần 70%' → a percent figure of its own (a share with no amount).",
    "'cao hơn năm trước khoảng 600.000 đồng' → change in đồng, approx about inside the change.",
    "'Trong năm nay, công ty dự kiến đầu tư 14 tỷ đồng lắp thêm 2 robot hàn và một dây chuyền' → three forecast figures, year 2025.",
    "'Quý I' (year-less) takes 2025 from 'Quý I/2025'; 'bằng 23,5% kế hoạch năm, tăng 18,6% so với cùng kỳ' → percent attribute and change on 412 tỷ.",
]

if __name__ == "__main__":
    write("p1489-8", TEXT, NOTES, FIGS, published="2025-03-26", location="Hải Dương")
