"""p1502-1: province portal (Long An): plastic tables and chairs output 9 months 2024, a factory in Đức Hòa."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng Thông tin điện tử tỉnh Long An
Trang chủ > Tin tức - Sự kiện > Kinh tế

Sản xuất bàn ghế nhựa 9 tháng tăng gần 12%

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.864

Theo Sở Công Thương, 9 tháng đầu năm 2024, các doanh nghiệp trên địa bàn tỉnh Long An sản xuất được 18,6 triệu sản phẩm bàn ghế và đồ nội thất nhựa, tăng 11,8% so với cùng kỳ năm 2023, bằng 76,2% kế hoạch năm; trong đó ghế nhựa đúc 13,4 triệu chiếc, bàn nhựa 3,9 triệu chiếc, tủ và kệ nhựa 1,3 triệu chiếc.

Chỉ số sản xuất ngành sản phẩm từ plastic 9 tháng tăng 9,4%, cao hơn mức tăng chung của toàn ngành công nghiệp (7,1%).

Toàn tỉnh hiện có 46 doanh nghiệp sản xuất đồ nội thất nhựa, tập trung tại các huyện Đức Hòa, Bến Lức và Cần Giuộc, sử dụng hơn 7.300 lao động, thu nhập bình quân khoảng 8,7 triệu đồng/người/tháng.

Tại Khu công nghiệp Tân Đức, huyện Đức Hòa, Công ty TNHH Nhựa Gia Phát Long An vừa đưa nhà máy thứ hai vào hoạt động với 24 máy ép phun, nâng tổng công suất lên 6 triệu sản phẩm/năm; tổng vốn đầu tư nhà máy khoảng 320 tỷ đồng. Từ đầu năm đến nay, công ty xuất khẩu 2,1 triệu ghế nhựa sang Mỹ, Úc và Nhật Bản, kim ngạch đạt 14,5 triệu USD, chiếm 38% doanh thu.

Kim ngạch xuất khẩu đồ nội thất nhựa của tỉnh 9 tháng ước đạt 86 triệu USD, tăng 15,3% so với cùng kỳ.

Quý IV, ngành công thương phấn đấu đưa sản lượng cả năm lên trên 25 triệu sản phẩm và hỗ trợ 5 doanh nghiệp tham gia Hội chợ VIFA EXPO lần thứ 16 tại TP Hồ Chí Minh.

Tin liên quan:
- Long An: Đối thoại với doanh nghiệp quý III/2024
- Khánh thành nhà máy nhựa kỹ thuật tại Khu công nghiệp Xuyên Á
"""

NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
DH = "Đức Hòa"

FIGS = [
    fig("tăng gần 12%", "12", 12, "percent", "%", approx="nearly",
        subject="sản xuất bàn ghế nhựa", period=NINE_H),
    fig("được 18,6 triệu", "18,6", 18.6e6, "count", "sản phẩm", percent=76.2,
        change=chg("increase", 11.8, "%", "cùng kỳ năm 2023"),
        subject="sản phẩm bàn ghế và đồ nội thất nhựa các doanh nghiệp sản xuất", period=NINE),
    fig("đúc 13,4 triệu", "13,4", 13.4e6, "count", "chiếc", total=18.6e6,
        subject="ghế nhựa đúc", period=NINE),
    fig("bàn nhựa 3,9 triệu", "3,9", 3.9e6, "count", "chiếc", total=18.6e6,
        subject="bàn nhựa", period=NINE),
    fig("kệ nhựa 1,3 triệu", "1,3", 1.3e6, "count", "chiếc", total=18.6e6,
        subject="tủ và kệ nhựa", period=NINE),
    fig("tăng 9,4%", "9,4", 9.4, "percent", "%",
        subject="chỉ số sản xuất ngành sản phẩm từ plastic", period=NINE_H),
    fig("(7,1%)", "7,1", 7.1, "percent", "%",
        subject="mức tăng chung của toàn ngành công nghiệp", period=NINE_H),
    fig("có 46 doanh nghiệp", "46", 46, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất đồ nội thất nhựa"),
    fig("hơn 7.300 lao động", "7.300", 7300, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp sản xuất đồ nội thất nhựa sử dụng"),
    fig("khoảng 8,7 triệu", "8,7", 8.7e6, "money", "đồng/người/tháng", approx="about",
        subject="thu nhập bình quân của lao động"),
    fig("với 24 máy", "24", 24, "count", "máy ép phun",
        subject="máy ép phun của nhà máy thứ hai", location=DH),
    fig("lên 6 triệu", "6", 6e6, "measure", "sản phẩm/năm",
        subject="tổng công suất của Công ty TNHH Nhựa Gia Phát Long An", location=DH),
    fig("khoảng 320 tỷ", "320", 320e9, "money", "đồng", approx="about",
        subject="tổng vốn đầu tư nhà máy", location=DH),
    fig("xuất khẩu 2,1 triệu", "2,1", 2.1e6, "count", "ghế nhựa",
        subject="ghế nhựa công ty xuất khẩu", period=YTD, location=DH),
    fig("đạt 14,5 triệu", "14,5", 14.5e6, "money", "USD", percent=38,
        subject="kim ngạch xuất khẩu của công ty", period=YTD, location=DH),
    fig("ước đạt 86 triệu", "86", 86e6, "money", "USD", status="estimate",
        change=chg("increase", 15.3, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu đồ nội thất nhựa của tỉnh", period=NINE_H),
    fig("trên 25 triệu", "25", 25e6, "count", "sản phẩm", approx="over", status="target",
        subject="sản lượng cả năm", period=YEAR),
    fig("hỗ trợ 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", status="target",
        subject="doanh nghiệp được hỗ trợ tham gia Hội chợ VIFA EXPO", period=Q4),
]

NOTES = [
    "Province portal (Long An): plastic tables/chairs output 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.864', related links.",
    "Distractors: 09:35, Lượt xem 1.864, 'nhà máy thứ hai' (ordinal), 'VIFA EXPO lần thứ 16', 'quý III/2024' in a link, KCN names.",
    "Headline 'Sản xuất bàn ghế nhựa 9 tháng tăng gần 12%': growth rate as the claim (percent, nearly); year-less '9 tháng' takes 2024 (published).",
    "'bằng 76,2% kế hoạch năm' → percent attribute of 18,6 triệu; the '; trong đó' parts (same sentence) take total 18,6 triệu.",
    "'(7,1%)' is the growth of the whole industry, a percent figure of its own.",
    "Factory passage in huyện Đức Hòa → location Đức Hòa; 'Từ đầu năm đến nay' ends at the dateline 2024-10-14. Mỹ, Úc, Nhật Bản are partners.",
    "'Quý IV, ... phấn đấu ... trên 25 triệu ... cả năm' → target, period cả năm 2024; '5 doanh nghiệp' → target, period Quý IV 2024.",
]

if __name__ == "__main__":
    write("p1502-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Long An")
