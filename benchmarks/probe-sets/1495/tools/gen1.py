"""p1495-1: province portal (Bình Dương): food-box output 9 months 2024, a plastics firm in TP Tân Uyên."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Sản lượng hộp nhựa đựng thực phẩm 9 tháng ước đạt gần 50 triệu sản phẩm

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Công Thương, 9 tháng đầu năm 2024, các doanh nghiệp trên địa bàn tỉnh Bình Dương sản xuất ước đạt 49,6 triệu sản phẩm hộp nhựa đựng thực phẩm các loại, tăng 11,3% so với cùng kỳ năm 2023, bằng 78,2% kế hoạch năm. Trong đó, hộp nhựa PP 31,4 triệu sản phẩm (chiếm 63,3%), hộp nhựa Tritan 10,8 triệu sản phẩm, hộp cơm giữ nhiệt 7,4 triệu sản phẩm.

Toàn tỉnh hiện có 27 doanh nghiệp sản xuất đồ nhựa gia dụng tiếp xúc với thực phẩm, sử dụng hơn 6.200 lao động, thu nhập bình quân 9,8 triệu đồng/người/tháng. Giá trị xuất khẩu nhóm sản phẩm này 9 tháng đạt 86,5 triệu USD, chiếm khoảng 42% tổng giá trị sản xuất của ngành.

Tại Khu công nghiệp Nam Tân Uyên mở rộng, TP Tân Uyên, Công ty TNHH Nhựa gia dụng Phước An trong 9 tháng sản xuất 14,2 triệu hộp, chiếm 28,6% sản lượng toàn tỉnh. Công ty đang lắp đặt thêm hai dây chuyền ép phun tự động, công suất mỗi dây chuyền 1.800 sản phẩm/giờ, tổng vốn đầu tư khoảng 65 tỷ đồng. Từ đầu năm đến nay, doanh nghiệp đã xuất khẩu 96 container hàng sang Nhật Bản, Hàn Quốc và Australia.

Quý IV, các doanh nghiệp phấn đấu sản xuất thêm 14 triệu sản phẩm, đưa sản lượng cả năm lên trên 63,5 triệu sản phẩm. Sở Công Thương đề nghị các cơ sở thực hiện đúng QCVN 12-1:2011/BYT về an toàn vệ sinh đối với bao bì, dụng cụ bằng nhựa tiếp xúc trực tiếp với thực phẩm; đường dây nóng 0274.3829.115 tiếp nhận phản ánh.

Tin liên quan:
- Bình Dương: Hội chợ triển lãm hàng công nghiệp năm 2024
- Doanh nghiệp nhựa chuẩn bị hàng phục vụ Tết Ất Tỵ 2025
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_S = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
TU = "Tân Uyên"

FIGS = [
    fig("ước đạt gần 50 triệu", "50", 50e6, "count", "sản phẩm", approx="nearly", status="estimate",
        subject="sản lượng hộp nhựa đựng thực phẩm", period=NINE_S),
    fig("ước đạt 49,6 triệu", "49,6", 49.6e6, "count", "sản phẩm", status="estimate", percent=78.2,
        change=chg("increase", 11.3, "%", "cùng kỳ năm 2023"),
        subject="sản phẩm hộp nhựa đựng thực phẩm các loại sản xuất", period=NINE),
    fig("PP 31,4 triệu", "31,4", 31.4e6, "count", "sản phẩm", total=49.6e6, percent=63.3, status="estimate",
        subject="hộp nhựa PP", period=inh(NINE)),
    fig("Tritan 10,8 triệu", "10,8", 10.8e6, "count", "sản phẩm", total=49.6e6, status="estimate",
        subject="hộp nhựa Tritan", period=inh(NINE)),
    fig("nhiệt 7,4 triệu", "7,4", 7.4e6, "count", "sản phẩm", total=49.6e6, status="estimate",
        subject="hộp cơm giữ nhiệt", period=inh(NINE)),
    fig("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất đồ nhựa gia dụng tiếp xúc với thực phẩm"),
    fig("hơn 6.200 lao động", "6.200", 6200, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp sản xuất đồ nhựa gia dụng sử dụng"),
    fig("bình quân 9,8 triệu", "9,8", 9.8e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động"),
    fig("đạt 86,5 triệu", "86,5", 86.5e6, "money", "USD", percent=42,
        subject="giá trị xuất khẩu nhóm sản phẩm đồ nhựa gia dụng tiếp xúc với thực phẩm", period=NINE_S),
    fig("sản xuất 14,2 triệu", "14,2", 14.2e6, "count", "hộp", percent=28.6,
        subject="hộp Công ty TNHH Nhựa gia dụng Phước An sản xuất", period=NINE_S, location=TU),
    fig("thêm hai dây chuyền", "hai", 2, "count", "dây chuyền",
        subject="dây chuyền ép phun tự động công ty lắp đặt thêm", location=TU),
    fig("1.800 sản phẩm/giờ", "1.800", 1800, "measure", "sản phẩm/giờ",
        subject="công suất mỗi dây chuyền ép phun", location=TU),
    fig("khoảng 65 tỷ", "65", 65e9, "money", "đồng", approx="about",
        subject="tổng vốn đầu tư hai dây chuyền ép phun", location=TU),
    fig("xuất khẩu 96 container", "96", 96, "count", "container",
        subject="container hàng doanh nghiệp xuất khẩu", period=YTD, location=TU),
    fig("thêm 14 triệu", "14", 14e6, "count", "sản phẩm", status="target",
        subject="sản phẩm các doanh nghiệp sản xuất thêm", period=Q4),
    fig("trên 63,5 triệu", "63,5", 63.5e6, "count", "sản phẩm", approx="over", status="target",
        subject="sản lượng cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Bình Dương): food-box output 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, 'Lượt xem: 1.386', 'QCVN 12-1:2011/BYT', hotline 0274.3829.115, 'năm 2024' and 'Tết Ất Tỵ 2025' in link titles.",
    "Headline 'gần 50 triệu sản phẩm' is its own figure (estimate, nearly); year-less '9 tháng' takes 2024 (published).",
    "'Trong đó' parts after a sentence break: total 49,6 triệu, estimate carried from the whole; '(chiếm 63,3%)' is the part's percent.",
    "Units: products counted as 'sản phẩm' (count); the firm's '14,2 triệu hộp' unit 'hộp'; rates keep denominators.",
    "Firm passage in TP Tân Uyên: location Tân Uyên. 'Từ đầu năm đến nay' ends at the dateline 2024-10-14.",
    "'Quý IV ... phấn đấu' governs both clauses (target); 'cả năm' = 2024.",
]

if __name__ == "__main__":
    write("p1495-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bình Dương")
