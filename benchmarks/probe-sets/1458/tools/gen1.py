"""p1458-1: province portal (Long An): wire and cable output 9 months 2024, a cable maker in Đức Hòa."""
from lib import fig, per, inh, chg, write

TEXT = """Cổng thông tin điện tử tỉnh Long An
Trang chủ > Tin tức - Sự kiện > Kinh tế

Sản xuất dây cáp điện 9 tháng tăng hơn 11%

Cập nhật: 07/10/2024 15:45 | Lượt xem: 1.386

Theo Sở Công Thương, 9 tháng đầu năm 2024, sản lượng dây cáp điện các loại của các doanh nghiệp trên địa bàn tỉnh Long An ước đạt 86.400 tấn, tăng 11,3% so với cùng kỳ năm 2023, bằng 72% kế hoạch năm. Trong đó, cáp điện lực trung và hạ thế 51.200 tấn, dây điện dân dụng 28.700 tấn, dây điện từ 6.500 tấn.

Toàn tỉnh hiện có 14 doanh nghiệp sản xuất dây và cáp điện, trong đó 9 doanh nghiệp có vốn đầu tư nước ngoài, tập trung chủ yếu tại các khu công nghiệp thuộc huyện Đức Hòa và huyện Bến Lức. Các doanh nghiệp sử dụng khoảng 4.600 lao động, thu nhập bình quân 9,8 triệu đồng/người/tháng.

Tại Khu công nghiệp Hải Sơn, huyện Đức Hòa, Công ty TNHH Dây cáp điện Phước Thịnh vừa đưa vào vận hành nhà máy thứ hai với tổng vốn đầu tư 620 tỷ đồng, công suất 18.000 tấn/năm, sản phẩm đạt tiêu chuẩn IEC 60502. Trong 9 tháng, công ty xuất khẩu 7.300 tấn cáp đồng sang Úc, Hoa Kỳ và Nhật Bản, kim ngạch đạt 71,5 triệu USD, chiếm gần 40% kim ngạch xuất khẩu dây cáp điện của tỉnh.

Kim ngạch xuất khẩu dây và cáp điện toàn tỉnh 9 tháng ước đạt 182 triệu USD, tăng 8,6% so với cùng kỳ. Giá đồng nguyên liệu doanh nghiệp nhập về có thời điểm lên trên 10.000 USD/tấn, khiến giá bán dây điện dân dụng tăng từ 8 đến 12% so với đầu năm.

Quý IV, các doanh nghiệp phấn đấu sản xuất thêm khoảng 33 nghìn tấn, đưa sản lượng cả năm lên 120.000 tấn.

Tin liên quan:
- Long An: Đối thoại với doanh nghiệp FDI quý III/2024
- Khánh thành nhà máy điện mặt trời áp mái tại KCN Tân Đức 2
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_HEAD = per("9 tháng", "2024-01-01", "2024-09-30")
NINE_CO = per("Trong 9 tháng", "2024-01-01", "2024-09-30")
NINE_EXP = per("9 tháng", "2024-01-01", "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
DH = "Đức Hòa"

FIGS = [
    fig("9 tháng tăng hơn 11%", "11", 11, "percent", "%", approx="over",
        subject="sản xuất dây cáp điện", period=NINE_HEAD),
    fig("ước đạt 86.400 tấn", "86.400", 86400, "measure", "tấn", status="estimate", percent=72,
        change=chg("increase", 11.3, "%", "cùng kỳ năm 2023"),
        subject="sản lượng dây cáp điện các loại của các doanh nghiệp trên địa bàn tỉnh", period=NINE),
    fig("hạ thế 51.200 tấn", "51.200", 51200, "measure", "tấn", total=86400, status="estimate",
        subject="sản lượng cáp điện lực trung và hạ thế", period=inh(NINE)),
    fig("dân dụng 28.700 tấn", "28.700", 28700, "measure", "tấn", total=86400, status="estimate",
        subject="sản lượng dây điện dân dụng", period=inh(NINE)),
    fig("điện từ 6.500 tấn", "6.500", 6500, "measure", "tấn", total=86400, status="estimate",
        subject="sản lượng dây điện từ", period=inh(NINE)),
    fig("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất dây và cáp điện"),
    fig("trong đó 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=14,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("khoảng 4.600 lao động", "4.600", 4600, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sử dụng"),
    fig("bình quân 9,8 triệu", "9,8", 9.8e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân"),
    fig("đầu tư 620 tỷ", "620", 620e9, "money", "đồng",
        subject="tổng vốn đầu tư nhà máy thứ hai của Công ty TNHH Dây cáp điện Phước Thịnh", location=DH),
    fig("18.000 tấn/năm", "18.000", 18000, "measure", "tấn/năm",
        subject="công suất nhà máy", location=DH),
    fig("xuất khẩu 7.300 tấn", "7.300", 7300, "measure", "tấn",
        subject="cáp đồng công ty xuất khẩu", period=NINE_CO, location=DH),
    fig("đạt 71,5 triệu", "71,5", 71.5e6, "money", "USD", percent=40,
        subject="kim ngạch xuất khẩu cáp đồng của công ty", period=NINE_CO, location=DH),
    fig("ước đạt 182 triệu", "182", 182e6, "money", "USD", status="estimate",
        change=chg("increase", 8.6, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu dây và cáp điện toàn tỉnh", period=NINE_EXP),
    fig("trên 10.000 USD/tấn", "10.000", 10000, "money", "USD/tấn", approx="over",
        subject="giá đồng nguyên liệu doanh nghiệp nhập về", period=inh(NINE_EXP)),
    fig("từ 8 đến 12%", "8", 8, "percent", "%", value_max=12,
        subject="giá bán dây điện dân dụng"),
    fig("khoảng 33 nghìn", "33", 33000, "measure", "tấn", approx="about", status="target",
        subject="sản lượng các doanh nghiệp sản xuất thêm", period=Q4),
    fig("lên 120.000 tấn", "120.000", 120000, "measure", "tấn", status="target",
        subject="sản lượng cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Long An): wire and cable output 9 months 2024; breadcrumb, 'Cập nhật: 07/10/2024 15:45 | Lượt xem: 1.386', related links.",
    "Distractors: 15:45, Lượt xem 1.386, 'nhà máy thứ hai' (ordinal), 'IEC 60502', 'quý III/2024' and 'KCN Tân Đức 2' in related links.",
    "Headline '9 tháng tăng hơn 11%' is a growth rate as the claim (percent, over); year-less '9 tháng' takes 2024 (published).",
    "'Trong đó' parts after a sentence break take total 86.400 and the estimate status of the whole; their period is inherited.",
    "The Phước Thịnh passage stands in huyện Đức Hòa: location Đức Hòa for its figures; 'chiếm gần 40%' is the percent attribute of 71,5 triệu USD.",
    "'tăng từ 8 đến 12% so với đầu năm' is a rate with no base amount: a percent figure with value_max, no change.",
    "'Quý IV ... phấn đấu' governs both clauses of the last sentence (target).",
]

if __name__ == "__main__":
    write("p1458-1", TEXT, NOTES, FIGS, published="2024-10-07", location="Long An")
