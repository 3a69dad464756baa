"""p1518-5: Party newspaper (Báo Long An, tag (BLA)): an FDI thread spinning and dyeing mill in huyện Đức Hòa."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO LONG AN ĐIỆN TỬ
Kinh tế | Doanh nghiệp

Nhà máy chỉ may 6.000 tấn/năm ở Đức Hòa chạy hết công suất
Thứ Tư, 03/07/2024 - 16:20

Sau hai năm đi vào hoạt động, nhà máy sợi chỉ của Công ty TNHH Sợi chỉ Vĩnh Khang tại huyện Đức Hòa đã chạy hết công suất, đơn hàng kín đến hết quý III.

(BLA) - Nhà máy do nhà đầu tư Đài Loan xây dựng tại Khu công nghiệp Hải Sơn, xã Đức Hòa Hạ, tổng vốn 35 triệu USD, công suất thiết kế 6.000 tấn chỉ mỗi năm. Nhà máy có 4 công đoạn gồm kéo sợi, se, nhuộm và quấn cuộn; riêng xưởng nhuộm có 46 máy nhuộm cao áp, công suất khoảng 20 tấn/ngày.

Theo ông Lâm Chí Vỹ, Tổng Giám đốc công ty, 6 tháng đầu năm nay nhà máy sản xuất 3.050 tấn chỉ, doanh thu gần 19 triệu USD, tăng 26% so với cùng kỳ; hơn 80% sản phẩm được xuất khẩu sang Campuchia, Bangladesh và Indonesia. Nhà máy hiện sử dụng khoảng 1.150 lao động, phần lớn là người địa phương, lương bình quân 8,5-9 triệu đồng/tháng.

Để tiết kiệm nước, công ty áp dụng công nghệ nhuộm tỷ lệ dịch thấp, giảm lượng nước từ 120 lít xuống còn 60 lít cho mỗi kg chỉ; 30% nước thải sau xử lý được tuần hoàn tái sử dụng. Năm 2023, nhà máy xếp thứ 2 trong các doanh nghiệp chỉ may phía Nam về sản lượng.

Theo Sở Công Thương, hiện Long An có 14 dự án sản xuất sợi, chỉ và nhuộm, tổng vốn đăng ký hơn 520 triệu USD; trong đó 9 dự án FDI. Năm nay, Vĩnh Khang dự kiến nâng công suất lên 8.000 tấn/năm, tuyển thêm ít nhất 300 lao động.

THANH TÙNG
"""

H1 = per("6 tháng đầu năm nay", "2024-01-01", "2024-06-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm nay", "2024-01-01", "2024-12-31")
LA = "Long An"

FIGS = [
    fig("may 6.000 tấn/năm", "6.000", 6000, "measure", "tấn/năm", subject="công suất nhà máy chỉ may"),
    fig("Sau hai năm", "hai", 2, "measure", "năm", subject="thời gian nhà máy hoạt động", optional=True),
    fig("vốn 35 triệu", "35", 35e6, "money", "USD", subject="tổng vốn nhà máy"),
    fig("thiết kế 6.000 tấn", "6.000", 6000, "measure", "tấn/năm", subject="công suất thiết kế"),
    fig("có 4 công đoạn", "4", 4, "count", "công đoạn", subject="công đoạn nhà máy"),
    fig("có 46 máy", "46", 46, "count", "máy nhuộm", subject="máy nhuộm cao áp xưởng nhuộm"),
    fig("khoảng 20 tấn/ngày", "20", 20, "measure", "tấn/ngày", approx="about", subject="công suất xưởng nhuộm"),
    fig("xuất 3.050 tấn", "3.050", 3050, "measure", "tấn", subject="chỉ nhà máy sản xuất", period=H1),
    fig("gần 19 triệu", "19", 19e6, "money", "USD", approx="nearly",
        change=chg("increase", 26, "%", "cùng kỳ"), subject="doanh thu", period=H1),
    fig("hơn 80%", "80", 80, "percent", "%", approx="over", subject="sản phẩm được xuất khẩu", period=H1),
    fig("khoảng 1.150 lao động", "1.150", 1150, "count", "lao động", approx="about",
        subject="lao động nhà máy sử dụng"),
    fig("8,5-9 triệu", "8,5", 8.5e6, "money", "đồng/tháng", value_max=9e6, subject="lương bình quân"),
    fig("từ 120 lít", "120", 120, "measure", "lít/kg", subject="lượng nước cho mỗi kg chỉ trước đây",
        optional=True),
    fig("còn 60 lít", "60", 60, "measure", "lít/kg", subject="lượng nước cho mỗi kg chỉ"),
    fig("; 30% nước", "30", 30, "percent", "%", subject="nước thải sau xử lý được tuần hoàn tái sử dụng"),
    fig("xếp thứ 2", "2", 2, "rank", "hạng",
        subject="sản lượng của nhà máy trong các doanh nghiệp chỉ may phía Nam", period=Y23),
    fig("có 14 dự án", "14", 14, "count", "dự án", subject="dự án sản xuất sợi, chỉ và nhuộm", location=LA),
    fig("hơn 520 triệu", "520", 520e6, "money", "USD", approx="over", subject="tổng vốn đăng ký", location=LA),
    fig("9 dự án", "9", 9, "count", "dự án", total=14, subject="dự án FDI", location=LA),
    fig("lên 8.000 tấn/năm", "8.000", 8000, "measure", "tấn/năm", status="forecast",
        subject="công suất Vĩnh Khang nâng lên", period=Y24),
    fig("ít nhất 300 lao động", "300", 300, "count", "lao động", approx="at_least", status="forecast",
        subject="lao động tuyển thêm", period=Y24),
]

NOTES = [
    "Provincial Party newspaper (Báo Long An): section menu, headline figure, 'Thứ Tư, 03/07/2024 - 16:20' (published), sapo, tag '(BLA) -', byline at the end.",
    "The mill is in huyện Đức Hòa (KCN Hải Sơn, xã Đức Hòa Hạ): its figures are located in Đức Hòa; the Sở Công Thương paragraph is Long An.",
    "'Sau hai năm đi vào hoạt động' is a duration that locates the story in time: optional. 'quý III' is a period only.",
    "Capacities 'mỗi năm' / 'tấn/năm' are rates (unit tấn/năm). '6 tháng đầu năm nay' and 'Năm nay' take 2024 from published.",
    "'hơn 80% sản phẩm được xuất khẩu' stands in the same sentence as '6 tháng đầu năm nay' (after ';'): period scored.",
    "'giảm lượng nước từ 120 lít xuống còn 60 lít cho mỗi kg chỉ': 60 is the figure (lít/kg); the old value 120 is optional (as '40 triệu' in 'từ 40 triệu lên 50 triệu').",
    "'14 dự án ..., tổng vốn đăng ký hơn 520 triệu USD; trong đó 9 dự án FDI': the whole counting the same thing is 14 dự án (not the money just before): total 14.",
    "'xếp thứ 2 trong các doanh nghiệp chỉ may phía Nam' is a rank of the mill (Đức Hòa). 'dự kiến' → forecast for 8.000 tấn/năm and 'ít nhất 300'.",
    "Distractors: time 16:20, dateline, 'Đức Hòa Hạ', Campuchia/Bangladesh/Indonesia (partners).",
]

if __name__ == "__main__":
    write("p1518-5", TEXT, NOTES, FIGS, published="2024-07-03", location="Đức Hòa")
