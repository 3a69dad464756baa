"""p1488-1: province portal (Bắc Ninh): pens and stationery, 9 months of 2024; a firm in thị xã Quế Võ."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH
Trang chủ > Tin tức - Sự kiện > Kinh tế

Sản xuất bút và văn phòng phẩm 9 tháng tăng 8,4%

Cập nhật: 10/10/2024 14:35 | Lượt xem: 1.862

Theo Sở Công Thương, 9 tháng đầu năm 2024, sản lượng bút các loại của các doanh nghiệp trên địa bàn tỉnh ước đạt 312,5 triệu chiếc, tăng 8,4% so với cùng kỳ năm 2023, bằng 76,2% kế hoạch năm. Trong đó, bút bi ước đạt 241,3 triệu chiếc, bút gel khoảng 48,6 triệu chiếc, còn lại là bút dạ và bút lông bảng. Giá trị sản xuất ngành văn phòng phẩm ước đạt 2.145 tỷ đồng, chiếm khoảng 1,2% giá trị sản xuất công nghiệp toàn tỉnh.

Hiện toàn tỉnh có 11 doanh nghiệp sản xuất bút và văn phòng phẩm, sử dụng gần 4.800 lao động, thu nhập bình quân 8,7 triệu đồng/người/tháng.

Tại Khu công nghiệp Quế Võ II (thị xã Quế Võ), Công ty TNHH Văn phòng phẩm Kinh Bắc Xanh vừa đưa vào vận hành ba dây chuyền ép ruột bút tự động, công suất mỗi dây chuyền 12.000 chiếc/giờ, tổng vốn đầu tư khoảng 185 tỷ đồng. Từ đầu năm đến nay, công ty đã xuất khẩu hơn 36 triệu chiếc bút sang Nhật Bản, Hàn Quốc và Ấn Độ, kim ngạch đạt 4,2 triệu USD, tăng 15% so với cùng kỳ.

Quý IV, ngành phấn đấu sản xuất thêm khoảng 98 triệu chiếc, đưa sản lượng cả năm lên trên 410 triệu chiếc.

Tin liên quan:
- Hội chợ hàng Việt Nam chất lượng cao năm 2024 khai mạc tại TP Bắc Ninh
- Bắc Ninh tổ chức Hội nghị xúc tiến đầu tư lần thứ 3

CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH
Địa chỉ: Số 10 Phù Đổng Thiên Vương, phường Suối Hoa, TP Bắc Ninh
Điện thoại: 0222.3822.569
"""

P = "2024-10-10"
H9 = per("9 tháng", "2024-01-01", "2024-09-30")
M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", P)
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
Y = per("cả năm", "2024-01-01", "2024-12-31")
QV = "Quế Võ"

FIGS = [
    fig("9 tháng tăng 8,4%", "8,4", 8.4, "percent", "%", subject="sản xuất bút và văn phòng phẩm", period=H9),
    fig("ước đạt 312,5 triệu", "312,5", 312.5e6, "count", "chiếc", status="estimate", percent=76.2,
        change=chg("increase", 8.4, "%", "cùng kỳ năm 2023"),
        subject="sản lượng bút các loại của các doanh nghiệp trên địa bàn tỉnh", period=M9),
    fig("bút bi ước đạt 241,3 triệu", "241,3", 241.3e6, "count", "chiếc", status="estimate", total=312.5e6,
        subject="bút bi", period=inh(M9)),
    fig("khoảng 48,6 triệu", "48,6", 48.6e6, "count", "chiếc", approx="about", status="estimate", total=312.5e6,
        subject="bút gel", period=inh(M9)),
    fig("ước đạt 2.145 tỷ", "2.145", 2145e9, "money", "đồng", status="estimate", percent=1.2,
        subject="giá trị sản xuất ngành văn phòng phẩm", period=inh(M9)),
    fig("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất bút và văn phòng phẩm"),
    fig("gần 4.800 lao động", "4.800", 4800, "count", "lao động", approx="nearly",
        subject="lao động doanh nghiệp sản xuất bút và văn phòng phẩm sử dụng"),
    fig("bình quân 8,7 triệu", "8,7", 8.7e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("ba dây chuyền", "ba", 3, "count", "dây chuyền", subject="dây chuyền ép ruột bút tự động", location=QV),
    fig("12.000 chiếc/giờ", "12.000", 12000, "measure", "chiếc/giờ", subject="công suất mỗi dây chuyền",
        location=QV),
    fig("khoảng 185 tỷ", "185", 185e9, "money", "đồng", approx="about", subject="tổng vốn đầu tư", location=QV),
    fig("hơn 36 triệu", "36", 36e6, "count", "chiếc", approx="over", subject="bút công ty đã xuất khẩu",
        period=YTD, location=QV),
    fig("đạt 4,2 triệu USD", "4,2", 4.2e6, "money", "USD", change=chg("increase", 15, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu", period=YTD, location=QV),
    fig("khoảng 98 triệu", "98", 98e6, "count", "chiếc", approx="about", status="target",
        subject="sản lượng bút ngành sản xuất thêm", period=Q4),
    fig("trên 410 triệu", "410", 410e6, "count", "chiếc", approx="over", status="target",
        subject="sản lượng cả năm", period=Y),
]

NOTES = [
    "Province portal (Bắc Ninh): breadcrumb, headline growth '9 tháng tăng 8,4%', 'Cập nhật: 10/10/2024 14:35 | Lượt xem: 1.862', related links, footer.",
    "Headline '9 tháng' takes 2024 from published (nothing earlier). Growth rate as the claim: percent, no change.",
    "'Trong đó, bút bi ước đạt ..., bút gel khoảng ...' after a sentence break: parts of 312,5 triệu (total), estimate, period inherited.",
    "'bằng 76,2% kế hoạch năm' -> percent attribute. 'chiếm khoảng 1,2%' -> percent attribute of 2.145 tỷ.",
    "Firm in Khu công nghiệp Quế Võ II (thị xã Quế Võ): its figures are located in Quế Võ. 'Từ đầu năm đến nay' ends at published.",
    "'Quý IV, ngành phấn đấu ...' -> target; 'cả năm' = 2024.",
    "Distractors: 'Quế Võ II', 'lần thứ 3', 'năm 2024' in a link, address 'Số 10', phone, Lượt xem, time 14:35.",
]

if __name__ == "__main__":
    write("p1488-1", TEXT, NOTES, FIGS, published=P, location="Bắc Ninh")
