"""p1462-7: news agency (TTXVN wire): an FDI aluminium-ladder plant in Gò Dầu (Tây Ninh), 6 months 2024."""
from lib import fig, per, inh, chg, write

TEXT = """THÔNG TẤN XÃ VIỆT NAM - TIN TỨC
Kinh tế | Doanh nghiệp

Nhà máy thang nhôm ở Tây Ninh kín đơn hàng đến quý III
12/07/2024 14:25

Tây Ninh (TTXVN) - Trong 6 tháng đầu năm 2024, Công ty TNHH Công nghiệp Thang nhôm Phước Đông (vốn đầu tư Đài Loan - Trung Quốc) tại Khu công nghiệp Phước Đông, huyện Gò Dầu, đã xuất khẩu 1,35 triệu chiếc thang nhôm các loại, trị giá 41,2 triệu USD, tăng 23% so với cùng kỳ năm trước.

Riêng tháng 6, nhà máy xuất 256.000 chiếc, cao nhất kể từ khi đi vào hoạt động năm 2019. Hiện nhà máy có 1.420 công nhân, làm việc 3 ca/ngày; thu nhập bình quân 9,2 triệu đồng/người/tháng, cao hơn 8% so với năm 2023.

Ông Lâm Chí Vỹ, Phó Tổng giám đốc công ty, cho biết đơn hàng đã kín đến hết quý III; cả năm 2024, doanh thu dự kiến đạt khoảng 90 triệu USD. Công ty đang đầu tư giai đoạn 2 với vốn 35 triệu USD, dự kiến nâng công suất lên 4 triệu chiếc/năm và tạo thêm khoảng 800 việc làm.

Theo Ban Quản lý Khu kinh tế tỉnh Tây Ninh, từ đầu năm đến nay, tỉnh thu hút 6 dự án sản xuất sản phẩm kim loại, thang nhôm với tổng vốn đăng ký 142 triệu USD, xếp thứ hai trong các nhóm ngành thu hút đầu tư nước ngoài của tỉnh. Kim ngạch xuất khẩu thang nhôm của tỉnh 6 tháng đạt 68 triệu USD, chiếm 2,1% tổng kim ngạch xuất khẩu toàn tỉnh.

Nguyễn Văn Việt (TTXVN)
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1s = per("6 tháng", "2024-01-01", "2024-06-30")
JUN = per("Riêng tháng 6", "2024-06-01", "2024-06-30")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-07-12")
GD = "Gò Dầu"

FIGS = [
    fig("xuất khẩu 1,35 triệu", "1,35", 1.35e6, "count", "chiếc",
        subject="thang nhôm các loại công ty xuất khẩu", period=H1, location=GD),
    fig("trị giá 41,2 triệu", "41,2", 41.2e6, "money", "USD", change=chg("increase", 23, "%", "cùng kỳ năm trước"),
        subject="trị giá thang nhôm xuất khẩu", period=H1, location=GD),
    fig("xuất 256.000 chiếc", "256.000", 256000, "count", "chiếc",
        subject="thang nhôm nhà máy xuất", period=JUN, location=GD),
    fig("có 1.420 công nhân", "1.420", 1420, "count", "công nhân", subject="công nhân của nhà máy", location=GD),
    fig("làm việc 3 ca/ngày", "3", 3, "measure", "ca/ngày", location=GD, optional=True),
    fig("bình quân 9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng",
        change=chg("increase", 8, "%", "năm 2023"), subject="thu nhập bình quân", location=GD),
    fig("khoảng 90 triệu", "90", 90e6, "money", "USD", approx="about", status="forecast",
        subject="doanh thu", period=Y24, location=GD),
    fig("vốn 35 triệu", "35", 35e6, "money", "USD", subject="vốn đầu tư giai đoạn 2", location=GD),
    fig("lên 4 triệu", "4", 4e6, "measure", "chiếc/năm", status="forecast", subject="công suất", location=GD),
    fig("khoảng 800 việc làm", "800", 800, "count", "việc làm", approx="about", status="forecast",
        subject="việc làm tạo thêm", location=GD),
    fig("thu hút 6 dự án", "6", 6, "count", "dự án",
        subject="dự án sản xuất sản phẩm kim loại, thang nhôm thu hút", period=YTD),
    fig("ký 142 triệu", "142", 142e6, "money", "USD",
        subject="tổng vốn đăng ký dự án sản xuất sản phẩm kim loại, thang nhôm", period=YTD),
    fig("xếp thứ hai", "hai", 2, "rank", "hạng",
        subject="nhóm ngành sản xuất sản phẩm kim loại, thang nhôm trong thu hút đầu tư nước ngoài", period=YTD),
    fig("đạt 68 triệu", "68", 68e6, "money", "USD", percent=2.1,
        subject="kim ngạch xuất khẩu thang nhôm của tỉnh", period=H1s),
]

NOTES = [
    "News agency wire (TTXVN): site banner, section path, '12/07/2024 14:25', 'Tây Ninh (TTXVN) -', byline '(TTXVN)' at the end.",
    "Distractors: 14:25, 'Đài Loan - Trung Quốc' (investor, not a place), 'năm 2019' (founding year), 'giai đoạn 2' (a phase name), 'quý III'.",
    "Plant passage (KCN Phước Đông, huyện Gò Dầu): location Gò Dầu; the province's figures (last paragraph) stay Tây Ninh.",
    "'xuất khẩu 1,35 triệu chiếc ..., trị giá 41,2 triệu USD, tăng 23% so với cùng kỳ năm trước' → the change goes to the value it follows.",
    "'làm việc 3 ca/ngày' is a work schedule, not a statistic: optional. 'Hiện' sentence: no period for 1.420 and 9,2 triệu.",
    "'cả năm 2024, doanh thu dự kiến đạt khoảng 90 triệu USD' → forecast, about. 'dự kiến nâng công suất lên 4 triệu chiếc/năm và tạo thêm",
    "khoảng 800 việc làm' → forecast (the cue governs the coordinated clause); the 35 triệu USD before the cue is actual.",
    "'từ đầu năm đến nay' ends at the dateline 2024-07-12; 'xếp thứ hai' continues that clause. '6 tháng' (year-less) → 2024.",
]

if __name__ == "__main__":
    write("p1462-7", TEXT, NOTES, FIGS, published="2024-07-12", location="Tây Ninh")
