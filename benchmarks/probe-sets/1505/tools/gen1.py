"""p1505-1: province portal (Cổng TTĐT tỉnh Hưng Yên): 9-month output of water tanks, a firm in Văn Lâm."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HƯNG YÊN
Trang chủ > Tin tức - Sự kiện > Kinh tế

Sản lượng bồn nước 9 tháng tăng 8,5%

Cập nhật: 10/10/2024 09:30 | Lượt xem: 1.846

Theo Sở Công Thương, 9 tháng đầu năm 2024, các doanh nghiệp trên địa bàn tỉnh sản xuất khoảng 412 nghìn bồn chứa nước các loại, tăng 8,5% so với cùng kỳ năm 2023, bằng 76,3% kế hoạch năm. Trong đó, bồn inox đạt 268 nghìn chiếc, bồn nhựa đạt 144 nghìn chiếc. Với kết quả này, Hưng Yên tiếp tục đứng thứ hai cả nước về sản lượng bồn nước inox, sau Hà Nội.

Toàn tỉnh hiện có 11 doanh nghiệp sản xuất bồn nước, chủ yếu tại các khu công nghiệp Phố Nối A, Thăng Long II và huyện Văn Lâm, sử dụng gần 2.300 lao động với thu nhập bình quân 8,7 triệu đồng/người/tháng.

Tại huyện Văn Lâm, Công ty TNHH Cơ khí Inox Minh Khang vừa đưa vào vận hành dây chuyền hàn bồn tự động thứ hai, nâng công suất lên 600 bồn/ngày. 9 tháng, công ty tiêu thụ 96.500 bồn, doanh thu ước đạt 318 tỷ đồng, chiếm khoảng 22% doanh thu toàn ngành của tỉnh.

Sản phẩm bồn inox 304 của tỉnh đã có mặt tại Lào, Campuchia, Myanmar; kim ngạch xuất khẩu 9 tháng đạt hơn 4,6 triệu USD. Giá bồn inox loại 1.000 lít hiện dao động từ 2,9 đến 3,4 triệu đồng/chiếc, tăng khoảng 5% so với đầu năm do giá thép không gỉ nhập khẩu tăng.

Cả năm 2024, ngành phấn đấu đạt 540 nghìn bồn, tăng 7% so với năm 2023.

Tin liên quan:
- Hưng Yên tổ chức Hội nghị kết nối cung cầu hàng công nghiệp (08/10/2024)
- Khởi công mở rộng Khu công nghiệp Phố Nối A giai đoạn 2 (25/9/2024)
"""

M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M9h = per("9 tháng", "2024-01-01", "2024-09-30")
M9b = per("9 tháng", "2024-01-01", "2024-09-30")
Y24 = per("Cả năm 2024", "2024-01-01", "2024-12-31")
VL = "Văn Lâm"

FIGS = [
    fig("9 tháng tăng 8,5%", "8,5", 8.5, "percent", "%", subject="sản lượng bồn nước", period=M9h),
    fig("khoảng 412 nghìn", "412", 412e3, "count", "bồn", approx="about", percent=76.3,
        change=chg("increase", 8.5, "%", "cùng kỳ năm 2023"),
        subject="bồn chứa nước các loại các doanh nghiệp trên địa bàn tỉnh sản xuất", period=M9),
    fig("đạt 268 nghìn", "268", 268e3, "count", "chiếc", total=412e3, subject="bồn inox", period=inh(M9)),
    fig("đạt 144 nghìn", "144", 144e3, "count", "chiếc", total=412e3, subject="bồn nhựa", period=inh(M9)),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="sản lượng bồn nước inox"),
    fig("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất bồn nước"),
    fig("gần 2.300 lao động", "2.300", 2300, "count", "lao động", approx="nearly",
        subject="lao động các doanh nghiệp sản xuất bồn nước sử dụng"),
    fig("bình quân 8,7 triệu", "8,7", 8.7e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("lên 600 bồn/ngày", "600", 600, "measure", "bồn/ngày",
        subject="công suất Công ty TNHH Cơ khí Inox Minh Khang", location=VL),
    fig("tiêu thụ 96.500 bồn", "96.500", 96500, "count", "bồn",
        subject="bồn Công ty TNHH Cơ khí Inox Minh Khang tiêu thụ", period=M9b, location=VL),
    fig("ước đạt 318 tỷ", "318", 318e9, "money", "đồng", status="estimate", percent=22,
        subject="doanh thu Công ty TNHH Cơ khí Inox Minh Khang", period=M9b, location=VL),
    fig("hơn 4,6 triệu USD", "4,6", 4.6e6, "money", "USD", approx="over",
        subject="kim ngạch xuất khẩu bồn inox", period=M9b),
    fig("loại 1.000 lít", "1.000", 1000, "measure", "lít", subject="dung tích bồn inox", optional=True),
    fig("từ 2,9 đến 3,4 triệu", "2,9", 2.9e6, "money", "đồng/chiếc", value_max=3.4e6,
        change=chg("increase", 5, "%", "đầu năm", approx="about"), subject="giá bồn inox loại 1.000 lít"),
    fig("đạt 540 nghìn bồn", "540", 540e3, "count", "bồn", status="target",
        change=chg("increase", 7, "%", "năm 2023"), subject="bồn ngành phấn đấu đạt cả năm", period=Y24),
]

NOTES = [
    "Province portal (Cổng TTĐT tỉnh Hưng Yên): breadcrumb, 'Cập nhật: 10/10/2024 09:30 | Lượt xem: 1.846', related links.",
    "Distractors: 'Lượt xem: 1.846', times, 'Thăng Long II', 'dây chuyền ... thứ hai' (ordinal), 'inox 304', link dates, 'giai đoạn 2'.",
    "Headline growth 'tăng 8,5%' is the claim: percent, no change; '9 tháng' takes the dateline year.",
    "'Trong đó' after a sentence break: 268 + 144 = 412 nghìn, both take total 412000.",
    "'đứng thứ hai cả nước' is a rank of the province: location Hưng Yên.",
    "The Minh Khang passage is placed in huyện Văn Lâm: its figures → Văn Lâm. 'chiếm khoảng 22%' is the percent of 318 tỷ.",
    "'bồn inox loại 1.000 lít' is a product size qualifying the price: optional.",
]

if __name__ == "__main__":
    write("p1505-1", TEXT, NOTES, FIGS, published="2024-10-10", location="Hưng Yên")
