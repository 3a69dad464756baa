"""p1549-1: province portal (Hưng Yên): toothbrush output 9 months 2024, a toothbrush maker in Văn Lâm."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HƯNG YÊN
Trang chủ > Tin tức - Sự kiện > Kinh tế

Sản lượng bàn chải đánh răng 9 tháng ước đạt gần 180 triệu chiếc

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862

Theo Sở Công Thương, 9 tháng đầu năm 2024, sản lượng bàn chải đánh răng của các doanh nghiệp trên địa bàn tỉnh ước đạt 178,6 triệu chiếc, tăng 11,4% so với cùng kỳ năm 2023, bằng 76,2% kế hoạch năm. Trong đó, sản phẩm xuất khẩu 121,3 triệu chiếc, tiêu thụ trong nước 57,3 triệu chiếc.

Hiện toàn tỉnh có 4 doanh nghiệp sản xuất bàn chải đánh răng với hơn 2.600 lao động, thu nhập bình quân 9,8 triệu đồng/người/tháng. Kim ngạch xuất khẩu bàn chải của tỉnh đứng thứ hai cả nước, sau Bình Dương.

Tại Khu công nghiệp Phố Nối A, huyện Văn Lâm, Công ty TNHH Nhựa gia dụng Minh Khang vận hành 42 dây chuyền cấy lông tự động, công suất khoảng 1,2 triệu chiếc/ngày; sản phẩm chủ lực là dòng bàn chải MK-360 lông than hoạt tính. Từ đầu năm đến nay, công ty xuất khẩu sang 17 thị trường, kim ngạch đạt 52,5 triệu USD, chiếm gần 70% kim ngạch xuất khẩu bàn chải của tỉnh. Công ty đang xây thêm một xưởng ép cán rộng 8.500 m2 với tổng vốn 150 tỷ đồng, dự kiến hoạt động từ quý II/2025.

Quý IV, ngành phấn đấu sản xuất thêm khoảng 55 triệu chiếc, đưa sản lượng cả năm lên trên 233 triệu chiếc. Sở Công Thương đề nghị các doanh nghiệp thực hiện Kế hoạch số 135/KH-UBND về phát triển công nghiệp hỗ trợ và tham gia Hội chợ Vietnam Expo lần thứ 33.

Tin liên quan:
- Hưng Yên: Hội nghị đối thoại với doanh nghiệp quý III/2024
- Khánh thành nhà máy nhựa kỹ thuật tại KCN Thăng Long II
"""

H9 = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
VL = "Văn Lâm"

FIGS = [
    fig("ước đạt gần 180 triệu", "180", 180e6, "count", "chiếc", approx="nearly", status="estimate",
        subject="sản lượng bàn chải đánh răng", period=H9),
    fig("ước đạt 178,6 triệu", "178,6", 178.6e6, "count", "chiếc", status="estimate", percent=76.2,
        change=chg("increase", 11.4, "%", "cùng kỳ năm 2023"),
        subject="sản lượng bàn chải đánh răng của các doanh nghiệp trên địa bàn tỉnh", period=NINE),
    fig("xuất khẩu 121,3 triệu", "121,3", 121.3e6, "count", "chiếc", total=178.6e6, status="estimate",
        subject="sản phẩm bàn chải xuất khẩu", period=inh(NINE)),
    fig("nước 57,3 triệu", "57,3", 57.3e6, "count", "chiếc", total=178.6e6, status="estimate",
        subject="sản phẩm bàn chải tiêu thụ trong nước", period=inh(NINE)),
    fig("có 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất bàn chải đánh răng"),
    fig("hơn 2.600 lao động", "2.600", 2600, "count", "lao động", approx="over",
        subject="lao động của các doanh nghiệp sản xuất bàn chải đánh răng"),
    fig("bình quân 9,8 triệu", "9,8", 9.8e6, "money", "đồng/người/tháng", subject="thu nhập bình quân của lao động"),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="kim ngạch xuất khẩu bàn chải của tỉnh"),
    fig("vận hành 42 dây chuyền", "42", 42, "count", "dây chuyền",
        subject="dây chuyền cấy lông tự động Công ty TNHH Nhựa gia dụng Minh Khang vận hành", location=VL),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "measure", "chiếc/ngày", approx="about",
        subject="công suất của công ty", location=VL),
    fig("sang 17 thị trường", "17", 17, "count", "thị trường", subject="thị trường công ty xuất khẩu sang",
        period=YTD, location=VL),
    fig("đạt 52,5 triệu", "52,5", 52.5e6, "money", "USD", percent=70,
        subject="kim ngạch xuất khẩu của công ty", period=YTD, location=VL),
    fig("thêm một xưởng", "một", 1, "count", "xưởng", subject="xưởng ép cán công ty xây thêm", location=VL),
    fig("rộng 8.500 m2", "8.500", 8500, "measure", "m2", subject="diện tích xưởng ép cán", location=VL),
    fig("vốn 150 tỷ", "150", 150e9, "money", "đồng", subject="tổng vốn đầu tư xưởng ép cán", location=VL),
    fig("khoảng 55 triệu", "55", 55e6, "count", "chiếc", approx="about", status="target",
        subject="sản lượng bàn chải sản xuất thêm", period=Q4),
    fig("trên 233 triệu", "233", 233e6, "count", "chiếc", approx="over", status="target",
        subject="sản lượng bàn chải cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Hưng Yên): toothbrush output 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862', related links.",
    "Distractors: 09:35, Lượt xem 1.862, 'Phố Nối A', product name 'MK-360', 'quý II/2025', Kế hoạch số 135/KH-UBND, 'lần thứ 33',",
    "'quý III/2024' in a link title, 'KCN Thăng Long II'.",
    "Toothbrushes counted in 'chiếc' are kind count; 'chiếc/ngày' capacity is a rate (measure).",
    "Headline 'gần 180 triệu chiếc': nearly, estimate; year-less '9 tháng' takes 2024 from the dateline.",
    "'Trong đó' parts after a sentence break: total 178,6 triệu, status estimate carried from the whole, period inherited.",
    "'bằng 76,2% kế hoạch năm' is the percent attribute. 'đứng thứ hai cả nước' is a rank of the province (location Hưng Yên), no period.",
    "The Minh Khang passage (huyện Văn Lâm): location Văn Lâm; 'Từ đầu năm đến nay' ends at the dateline 2024-10-14;",
    "'chiếm gần 70%' is the percent attribute of 52,5 triệu USD; 'dự kiến hoạt động từ quý II/2025' has no figure, so the xưởng figures stay actual.",
    "'Quý IV ... phấn đấu' governs both clauses: target; 'cả năm' is 2024.",
]

if __name__ == "__main__":
    write("p1549-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Hưng Yên")
