"""p1501-1: province portal (Hưng Yên): sanitary ware output 9 months 2024; a ceramics plant in thị xã Mỹ Hào."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HƯNG YÊN
Trang chủ > Tin tức - Sự kiện > Kinh tế

Sản lượng sứ vệ sinh 9 tháng tăng hơn 8%

Cập nhật: 10/10/2024 08:45 | Lượt xem: 1.836

Theo Sở Công Thương, 9 tháng đầu năm 2024, các doanh nghiệp trên địa bàn tỉnh Hưng Yên sản xuất khoảng 3,42 triệu sản phẩm sứ vệ sinh, tăng 8,3% so với cùng kỳ năm 2023, bằng 71,2% kế hoạch năm. Trong đó, bồn cầu 1,95 triệu chiếc, chậu rửa (lavabo) 1,12 triệu chiếc, tiểu nam và sản phẩm khác 350 nghìn chiếc.

Sản lượng vòi, sen tắm và phụ kiện phòng tắm ước đạt 2,6 triệu bộ, tăng 12,5%. Kim ngạch xuất khẩu thiết bị vệ sinh 9 tháng đạt 148,6 triệu USD, chiếm 4,1% tổng kim ngạch xuất khẩu của tỉnh.

Hiện toàn tỉnh có 7 nhà máy sản xuất sứ vệ sinh, tổng công suất thiết kế 5,8 triệu sản phẩm/năm, sử dụng hơn 6.400 lao động với thu nhập bình quân 9,8 triệu đồng/người/tháng.

Tại Khu công nghiệp Phố Nối A, thị xã Mỹ Hào, Công ty TNHH Sứ Minh Khang vừa đưa vào vận hành lò nung tuynel thứ ba dài 96 m, nâng công suất nhà máy lên 1,5 triệu sản phẩm/năm. Từ đầu năm đến nay, công ty xuất khẩu 410.000 sản phẩm, chiếm gần 40% sản lượng. Số lao động của công ty là 1.150 người, trong đó nữ chiếm 46%.

Quý IV, Sở Công Thương phấn đấu cùng các doanh nghiệp sản xuất thêm khoảng 1,4 triệu sản phẩm, đưa sản lượng cả năm lên trên 4,8 triệu sản phẩm; đồng thời tổ chức lần thứ 4 Hội chợ hàng Việt Nam chất lượng cao tại phố Nguyễn Văn Linh.

Tin liên quan:
- Hưng Yên: Kết nối cung cầu hàng hóa quý III/2024
- Khởi công Nhà máy gạch ốp lát tại KCN Thăng Long II
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-10")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
MH = "Mỹ Hào"
TOT = 3.42e6

FIGS = [
    fig("tăng hơn 8%", "8", 8, "percent", "%", approx="over",
        subject="sản lượng sứ vệ sinh", period=NINE_H),
    fig("khoảng 3,42 triệu", "3,42", TOT, "count", "sản phẩm", approx="about", percent=71.2,
        change=chg("increase", 8.3, "%", "cùng kỳ năm 2023"),
        subject="sản phẩm sứ vệ sinh các doanh nghiệp sản xuất", period=NINE),
    fig("bồn cầu 1,95 triệu", "1,95", 1.95e6, "count", "chiếc", total=TOT,
        subject="bồn cầu", period=inh(NINE)),
    fig("(lavabo) 1,12 triệu", "1,12", 1.12e6, "count", "chiếc", total=TOT,
        subject="chậu rửa (lavabo)", period=inh(NINE)),
    fig("khác 350 nghìn", "350", 350e3, "count", "chiếc", total=TOT,
        subject="tiểu nam và sản phẩm khác", period=inh(NINE)),
    fig("ước đạt 2,6 triệu", "2,6", 2.6e6, "count", "bộ", status="estimate",
        change=chg("increase", 12.5, "%"),
        subject="sản lượng vòi, sen tắm và phụ kiện phòng tắm", period=inh(NINE)),
    fig("đạt 148,6 triệu", "148,6", 148.6e6, "money", "USD", percent=4.1,
        subject="kim ngạch xuất khẩu thiết bị vệ sinh", period=NINE_H),
    fig("có 7 nhà máy", "7", 7, "count", "nhà máy", subject="nhà máy sản xuất sứ vệ sinh"),
    fig("thiết kế 5,8 triệu", "5,8", 5.8e6, "measure", "sản phẩm/năm",
        subject="tổng công suất thiết kế nhà máy sản xuất sứ vệ sinh"),
    fig("hơn 6.400 lao động", "6.400", 6400, "count", "lao động", approx="over",
        subject="lao động nhà máy sản xuất sứ vệ sinh sử dụng"),
    fig("bình quân 9,8 triệu", "9,8", 9.8e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động"),
    fig("dài 96 m", "96", 96, "measure", "m", subject="chiều dài lò nung tuynel", location=MH),
    fig("lên 1,5 triệu", "1,5", 1.5e6, "measure", "sản phẩm/năm",
        subject="công suất nhà máy Công ty TNHH Sứ Minh Khang", location=MH),
    fig("khẩu 410.000 sản phẩm", "410.000", 410000, "count", "sản phẩm", percent=40,
        subject="sản phẩm công ty xuất khẩu", period=YTD, location=MH),
    fig("là 1.150 người", "1.150", 1150, "count", "người", subject="số lao động của công ty", location=MH),
    fig("nữ chiếm 46%", "46", 46, "percent", "%", subject="lao động nữ của công ty", location=MH),
    fig("thêm khoảng 1,4 triệu", "1,4", 1.4e6, "count", "sản phẩm", approx="about", status="target",
        subject="sản phẩm sản xuất thêm", period=Q4),
    fig("trên 4,8 triệu", "4,8", 4.8e6, "count", "sản phẩm", approx="over", status="target",
        subject="sản lượng cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Hưng Yên): sanitary ware output 9 months 2024; breadcrumb, 'Cập nhật: 10/10/2024 08:45 | Lượt xem: 1.836', related links.",
    "Distractors: 08:45, Lượt xem 1.836, 'Phố Nối A', 'lò nung tuynel thứ ba' (ordinal), 'lần thứ 4', 'quý III/2024' and 'Thăng Long II' in links.",
    "Headline '9 tháng tăng hơn 8%': percent figure (growth as the claim), over; year-less '9 tháng' takes 2024 (published).",
    "'Trong đó' parts after a sentence break take the whole 3,42 triệu; period inherited. The 46% share of women is a percent figure of its own.",
    "'gần 40% sản lượng' after 410.000 sản phẩm is its percent attribute (approx of an attribute is not scored).",
    "Company passage in thị xã Mỹ Hào: location Mỹ Hào; 'Từ đầu năm đến nay' ends at the dateline 2024-10-10.",
    "'phấn đấu' governs both clauses of the Quý IV sentence (target).",
]

if __name__ == "__main__":
    write("p1501-1", TEXT, NOTES, FIGS, published="2024-10-10", location="Hưng Yên")
