"""p1513-1: province portal (Bình Dương): cookware exports 6 months 2024, a cookware maker in Bàu Bàng."""
from lib import fig, per, inh, chg, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Xuất khẩu nồi, chảo 6 tháng tăng hơn 15%

Cập nhật: 09/07/2024 10:45 | Lượt xem: 1.386

Theo Sở Công Thương, 6 tháng đầu năm 2024, kim ngạch xuất khẩu nồi, chảo và dụng cụ nhà bếp của các doanh nghiệp trên địa bàn tỉnh Bình Dương ước đạt 142,5 triệu USD, tăng 15,4% so với cùng kỳ năm 2023, bằng 52,3% kế hoạch năm, đứng thứ hai cả nước. Số lượng xuất khẩu khoảng 18,6 triệu chiếc, trong đó chảo chống dính 9,8 triệu chiếc, nồi inox 6,1 triệu chiếc và nồi áp suất 2,7 triệu chiếc.

Hiện toàn tỉnh có 27 doanh nghiệp sản xuất nồi, chảo, dụng cụ nhà bếp, trong đó 19 doanh nghiệp có vốn đầu tư nước ngoài, sử dụng hơn 12.400 lao động, thu nhập bình quân 9,8 triệu đồng/người/tháng.

Tại Khu công nghiệp Bàu Bàng, huyện Bàu Bàng, Công ty TNHH Gia dụng Minh Phát chuyên sản xuất chảo chống dính phủ ceramic và nồi inox 304 với công suất 1,2 triệu sản phẩm/tháng. Trong 6 tháng, công ty xuất khẩu 3,4 triệu sản phẩm sang Hoa Kỳ, Nhật Bản và EU, chiếm 18,3% số lượng xuất khẩu của toàn tỉnh. Công ty đang mở rộng nhà xưởng thêm 2,5 ha, dự kiến tuyển thêm từ 300 đến 350 lao động.

Từ đầu năm đến nay, các doanh nghiệp nhập khẩu 41,2 triệu USD nguyên liệu nhôm, thép không gỉ, giảm 3,6% so với cùng kỳ; riêng tháng 6 nhập khẩu gần 7,9 triệu USD.

Năm 2024, ngành công thương phấn đấu kim ngạch xuất khẩu nồi, chảo đạt 272,5 triệu USD, tăng 12% so với năm 2023.

Tin liên quan:
- Bình Dương: Kết nối giao thương doanh nghiệp gia dụng với nhà phân phối Nhật Bản
- Khai mạc Hội chợ Hàng Việt Nam chất lượng cao lần thứ 15 tại Thủ Dầu Một
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1S = per("6 tháng", "2024-01-01", "2024-06-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-09")
JUN = per("tháng 6", "2024-06-01", "2024-06-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
BB = "Bàu Bàng"

FIGS = [
    fig("tăng hơn 15%", "15", 15, "percent", "%", approx="over",
        subject="xuất khẩu nồi, chảo", period=H1S),
    fig("ước đạt 142,5 triệu", "142,5", 142.5e6, "money", "USD", status="estimate", percent=52.3,
        change=chg("increase", 15.4, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu nồi, chảo và dụng cụ nhà bếp của các doanh nghiệp", period=H1),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", status="estimate",
        subject="kim ngạch xuất khẩu nồi, chảo và dụng cụ nhà bếp", period=H1),
    fig("khoảng 18,6 triệu", "18,6", 18.6e6, "count", "chiếc", approx="about",
        subject="số lượng nồi, chảo xuất khẩu", period=inh(H1)),
    fig("dính 9,8 triệu", "9,8", 9.8e6, "count", "chiếc", total=18.6e6,
        subject="chảo chống dính xuất khẩu", period=inh(H1)),
    fig("inox 6,1 triệu", "6,1", 6.1e6, "count", "chiếc", total=18.6e6,
        subject="nồi inox xuất khẩu", period=inh(H1)),
    fig("suất 2,7 triệu", "2,7", 2.7e6, "count", "chiếc", total=18.6e6,
        subject="nồi áp suất xuất khẩu", period=inh(H1)),
    fig("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất nồi, chảo, dụng cụ nhà bếp"),
    fig("trong đó 19 doanh nghiệp", "19", 19, "count", "doanh nghiệp", total=27,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("hơn 12.400 lao động", "12.400", 12400, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp sản xuất nồi, chảo sử dụng"),
    fig("bình quân 9,8 triệu", "9,8", 9.8e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động"),
    fig("công suất 1,2 triệu", "1,2", 1.2e6, "measure", "sản phẩm/tháng",
        subject="công suất của Công ty TNHH Gia dụng Minh Phát", location=BB),
    fig("xuất khẩu 3,4 triệu", "3,4", 3.4e6, "count", "sản phẩm", percent=18.3,
        subject="sản phẩm công ty xuất khẩu", period=H1S, location=BB),
    fig("thêm 2,5 ha", "2,5", 2.5, "measure", "ha",
        subject="diện tích nhà xưởng mở rộng thêm", location=BB),
    fig("từ 300 đến 350", "300", 300, "count", "lao động", value_max=350, status="forecast",
        subject="lao động tuyển thêm", location=BB),
    fig("khẩu 41,2 triệu", "41,2", 41.2e6, "money", "USD",
        change=chg("decrease", 3.6, "%", "cùng kỳ"),
        subject="nhập khẩu nguyên liệu nhôm, thép không gỉ", period=YTD),
    fig("gần 7,9 triệu", "7,9", 7.9e6, "money", "USD", approx="nearly",
        subject="nhập khẩu nguyên liệu", period=JUN),
    fig("đạt 272,5 triệu", "272,5", 272.5e6, "money", "USD", status="target",
        change=chg("increase", 12, "%", "năm 2023"),
        subject="kim ngạch xuất khẩu nồi, chảo", period=Y24),
]

NOTES = [
    "Province portal (Bình Dương): cookware exports 6 months 2024; breadcrumb, 'Cập nhật: 09/07/2024 10:45 | Lượt xem: 1.386', related links.",
    "Distractors: 10:45, Lượt xem 1.386, 'inox 304', 'lần thứ 15', 'cùng kỳ năm 2023' (baseline), Hoa Kỳ/Nhật Bản/EU (partners, not places).",
    "Headline growth 'tăng hơn 15%' is a percent figure (over), period '6 tháng' with the dateline year.",
    "'đứng thứ hai cả nước' continues the 'ước đạt' clause: rank 2, estimate, location Bình Dương.",
    "'trong đó' parts after 'khoảng 18,6 triệu chiếc' take total 18,6 triệu; new sentence without a cue: actual; 6-month period inherited.",
    "Company passage in huyện Bàu Bàng: location Bàu Bàng; '6 tháng' in its own sentence (scored). 'dự kiến tuyển thêm' → forecast.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-07-09; 'riêng tháng 6' takes 2024.",
]

if __name__ == "__main__":
    write("p1513-1", TEXT, NOTES, FIGS, published="2024-07-09", location="Bình Dương")
