"""p1554-8: radio/TV site (Đài PT-TH Bắc Ninh): tile exports Q1 2025, a maker in huyện Tiên Du, 2025 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BẮC NINH
Thời sự | Kinh tế | Xã hội | Video | Nghe đài

Xuất khẩu gạch ốp lát quý I đạt gần 25 triệu USD
Cập nhật lúc 18:45 ngày 08/04/2025

(BTV) - Quý I/2025, các doanh nghiệp gạch ốp lát trên địa bàn tỉnh xuất khẩu 3,4 triệu m2, trị giá khoảng 24,6 triệu USD, gấp 1,5 lần cùng kỳ năm 2024. Riêng thị trường Mỹ đạt 9,8 triệu USD, chiếm gần 40% kim ngạch.

Tại Công ty cổ phần Gạch men Kinh Bắc (Khu công nghiệp Tiên Sơn, huyện Tiên Du), hai dây chuyền gạch porcelain khổ lớn đang chạy hết công suất. Từ đầu năm đến nay, công ty đã xuất 126 container sang Mỹ và Canada. Công ty có 520 lao động, thu nhập bình quân 10,5 triệu đồng/người/tháng. Ông Đỗ Minh Tuấn, Phó Tổng giám đốc, cho biết giá xuất khẩu bình quân đạt 7,2 USD/m2, cao hơn 1,3 USD so với hàng bán trong nước.

Theo Sở Công Thương, năm 2024 Bắc Ninh xuất khẩu 11,8 triệu m2 gạch ốp lát, vượt mục tiêu đề ra là 11 triệu m2, xếp thứ hai cả nước sau Bình Dương. Ngành gạch ốp lát của tỉnh hiện sử dụng gần 4 nghìn lao động.

Năm nay, tỉnh phấn đấu kim ngạch xuất khẩu nhóm hàng vật liệu xây dựng đạt 150 triệu USD, trong đó gạch ốp lát khoảng 100 triệu USD; dự kiến có thêm từ 2 đến 3 doanh nghiệp được cấp chứng nhận hợp chuẩn của Mỹ. Để xuất khẩu, sản phẩm phải đáp ứng tiêu chuẩn ANSI A137.1; chi phí kiểm định mỗi mã sản phẩm khoảng 2.000-2.500 USD.

Bản quyền thuộc Đài Phát thanh và Truyền hình Bắc Ninh
Địa chỉ: Số 8 đường Lý Thái Tổ, phường Suối Hoa, TP Bắc Ninh | Hotline: 0222.3821.456
"""

Q1H = per("quý I", "2025-01-01", "2025-03-31")        # headline, year from the dateline
Q1 = per("Quý I/2025", "2025-01-01", "2025-03-31")
YTD = per("Từ đầu năm đến nay", "2025-01-01", "2025-04-08")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm nay", "2025-01-01", "2025-12-31")
TD = "Tiên Du"

FIGS = [
    fig("đạt gần 25 triệu", "25", 25e6, "money", "USD", approx="nearly", subject="xuất khẩu gạch ốp lát",
        period=Q1H),
    fig("khẩu 3,4 triệu", "3,4", 3.4e6, "measure", "m2", subject="gạch ốp lát các doanh nghiệp xuất khẩu",
        period=Q1),
    fig("khoảng 24,6 triệu", "24,6", 24.6e6, "money", "USD", approx="about",
        change=chg("increase", 1.5, "lần", "cùng kỳ năm 2024"), subject="trị giá xuất khẩu", period=Q1),
    fig("đạt 9,8 triệu", "9,8", 9.8e6, "money", "USD", percent=40, subject="thị trường Mỹ",
        period=inh(Q1)),
    fig("hai dây chuyền", "hai", 2, "count", "dây chuyền", subject="dây chuyền gạch porcelain khổ lớn",
        location=TD),
    fig("xuất 126 container", "126", 126, "count", "container", subject="container công ty xuất sang Mỹ và Canada",
        period=YTD, location=TD),
    fig("có 520 lao động", "520", 520, "count", "lao động", subject="lao động công ty", location=TD),
    fig("bình quân 10,5 triệu", "10,5", 10.5e6, "money", "đồng/người/tháng", subject="thu nhập bình quân",
        location=TD),
    fig("đạt 7,2 USD", "7,2", 7.2, "money", "USD/m2",
        change=chg("increase", 1.3, "USD", "hàng bán trong nước"), subject="giá xuất khẩu bình quân",
        location=TD),
    fig("khẩu 11,8 triệu", "11,8", 11.8e6, "measure", "m2", target=tgt(11e6, "m2", met=True),
        subject="gạch ốp lát Bắc Ninh xuất khẩu", period=Y24),
    fig("xếp thứ hai", "hai", 2, "rank", "hạng", subject="xuất khẩu gạch ốp lát", period=Y24),
    fig("gần 4 nghìn", "4", 4000, "count", "lao động", approx="nearly",
        subject="lao động ngành gạch ốp lát của tỉnh"),
    fig("đạt 150 triệu", "150", 150e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu nhóm hàng vật liệu xây dựng", period=Y25),
    fig("khoảng 100 triệu", "100", 100e6, "money", "USD", approx="about", status="target", total=150e6,
        subject="kim ngạch xuất khẩu gạch ốp lát", period=Y25),
    fig("từ 2 đến 3", "2", 2, "count", "doanh nghiệp", value_max=3, status="forecast",
        subject="doanh nghiệp được cấp chứng nhận hợp chuẩn của Mỹ", period=Y25),
    fig("khoảng 2.000-2.500", "2.000", 2000, "money", "USD/mã sản phẩm", value_max=2500, approx="about",
        subject="chi phí kiểm định mỗi mã sản phẩm"),
]

NOTES = [
    "Radio/TV site (BTV, Đài PT-TH Bắc Ninh): menu, headline figure, 'Cập nhật lúc 18:45 ngày 08/04/2025', '(BTV) -', copyright footer.",
    "Distractors: 18:45, 'Khu công nghiệp Tiên Sơn', 'ANSI A137.1' (a standard), 'Số 8 đường Lý Thái Tổ', hotline 0222.3821.456.",
    "Headline 'quý I' takes 2025 from the dateline. 'gấp 1,5 lần cùng kỳ năm 2024' after the value is a change in lần (not a multiple figure).",
    "'Riêng thị trường Mỹ đạt 9,8 triệu USD, chiếm gần 40% kim ngạch': percent attribute 40; 'Riêng' is no total cue; Mỹ is a trade partner (location Bắc Ninh); period inherited from Quý I/2025.",
    "Kinh Bắc passage (huyện Tiên Du): location Tiên Du. 'Từ đầu năm đến nay' ends at the dateline 2025-04-08.",
    "'vượt mục tiêu đề ra là 11 triệu m2' → target 11 triệu, met. 'xếp thứ hai cả nước' is the province's rank: location Bắc Ninh. 'gần 4 nghìn' = 4 000.",
    "'Năm nay ... phấn đấu' → target, 2025; 'trong đó gạch ốp lát khoảng 100 triệu USD' is a part of 150 triệu. 'dự kiến' clause → forecast.",
    "'chi phí kiểm định mỗi mã sản phẩm khoảng 2.000-2.500 USD': a range, unit USD/mã sản phẩm; no period.",
]

if __name__ == "__main__":
    write("p1554-8", TEXT, NOTES, FIGS, published="2025-04-08", location="Bắc Ninh")
