"""p1479-1: province portal (Cổng TTĐT tỉnh Bắc Ninh): 9-month output of home health devices; a factory in thị xã Quế Võ."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH
Trang chủ > Tin tức - Sự kiện > Kinh tế

9 tháng, sản xuất thiết bị y tế gia đình tăng 14,2%

Cập nhật: 11/10/2024 08:45 | Lượt xem: 1.936

Theo Sở Công Thương Bắc Ninh, 9 tháng đầu năm 2024, các doanh nghiệp trên địa bàn tỉnh sản xuất ước đạt 6,8 triệu chiếc thiết bị y tế gia đình, tăng 14,2% so với cùng kỳ năm 2023, bằng 78,6% kế hoạch năm, trong đó nhiệt kế điện tử khoảng 4,1 triệu chiếc, máy đo huyết áp 1,9 triệu chiếc. Giá trị sản xuất của nhóm sản phẩm này ước đạt 3.240 tỷ đồng, chiếm 0,9% giá trị sản xuất công nghiệp toàn tỉnh.

Tại Khu công nghiệp Quế Võ II (thị xã Quế Võ), Công ty TNHH Medisen Việt Nam hiện vận hành 12 dây chuyền với công suất 25.000 sản phẩm/ngày, sử dụng hơn 1.800 lao động, trong đó lao động nữ chiếm khoảng 70%; thu nhập bình quân 9,5 triệu đồng/người/tháng. Máy đo huyết áp bắp tay MS-B12 và nhiệt kế hồng ngoại MS-T30 là các sản phẩm chủ lực. Từ đầu năm đến nay, công ty xuất khẩu sang Nhật Bản, Hàn Quốc và EU khoảng 96 triệu USD, tăng 18% so với cùng kỳ.

Toàn tỉnh hiện có 27 doanh nghiệp sản xuất trang thiết bị y tế, gồm 19 doanh nghiệp FDI và 8 doanh nghiệp trong nước. Quý IV, các doanh nghiệp phấn đấu sản xuất thêm khoảng 2,4 triệu chiếc, đưa sản lượng cả năm đạt trên 9 triệu chiếc, xếp thứ 2 cả nước sau Hà Nội.

Tin liên quan:
- Bắc Ninh đẩy mạnh thu hút đầu tư vào Khu công nghiệp Yên Phong II-C
- Hội nghị gặp mặt doanh nghiệp Hàn Quốc lần thứ 5

Cơ quan chủ quản: UBND tỉnh Bắc Ninh
Địa chỉ: Số 10 Phù Đổng Thiên Vương, TP Bắc Ninh | Điện thoại: 0222.3822.608
"""

H9 = per("9 tháng", "2024-01-01", "2024-09-30")
M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-11")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
FY = per("cả năm", "2024-01-01", "2024-12-31")
QV = "Quế Võ"

FIGS = [
    fig("tăng 14,2%\n", "14,2", 14.2, "percent", "%", subject="sản xuất thiết bị y tế gia đình", period=H9),
    fig("ước đạt 6,8 triệu chiếc", "6,8", 6.8e6, "count", "chiếc", status="estimate", percent=78.6,
        change=chg("increase", 14.2, "%", "cùng kỳ năm 2023"),
        subject="thiết bị y tế gia đình các doanh nghiệp trên địa bàn tỉnh sản xuất", period=M9),
    fig("khoảng 4,1 triệu chiếc", "4,1", 4.1e6, "count", "chiếc", approx="about", total=6.8e6, status="estimate",
        subject="nhiệt kế điện tử", period=M9),
    fig("máy đo huyết áp 1,9 triệu", "1,9", 1.9e6, "count", "chiếc", total=6.8e6, status="estimate",
        subject="máy đo huyết áp", period=M9),
    fig("ước đạt 3.240 tỷ", "3.240", 3240e9, "money", "đồng", status="estimate", percent=0.9,
        subject="giá trị sản xuất của nhóm sản phẩm thiết bị y tế gia đình", period=inh(M9)),
    fig("vận hành 12 dây chuyền", "12", 12, "count", "dây chuyền",
        subject="dây chuyền Công ty TNHH Medisen Việt Nam vận hành", location=QV),
    fig("25.000 sản phẩm/ngày", "25.000", 25000, "measure", "sản phẩm/ngày",
        subject="công suất dây chuyền", location=QV),
    fig("hơn 1.800 lao động", "1.800", 1800, "count", "lao động", approx="over",
        subject="lao động công ty sử dụng", location=QV),
    fig("chiếm khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="tỷ lệ lao động nữ", location=QV),
    fig("9,5 triệu đồng/người/tháng", "9,5", 9.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân", location=QV),
    fig("khoảng 96 triệu USD", "96", 96e6, "money", "USD", approx="about",
        change=chg("increase", 18, "%", "cùng kỳ"),
        subject="xuất khẩu của công ty sang Nhật Bản, Hàn Quốc và EU", period=YTD, location=QV),
    fig("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất trang thiết bị y tế"),
    fig("gồm 19 doanh nghiệp", "19", 19, "count", "doanh nghiệp", total=27, subject="doanh nghiệp FDI"),
    fig("và 8 doanh nghiệp", "8", 8, "count", "doanh nghiệp", total=27, subject="doanh nghiệp trong nước"),
    fig("thêm khoảng 2,4 triệu chiếc", "2,4", 2.4e6, "count", "chiếc", approx="about", status="target",
        subject="thiết bị y tế gia đình các doanh nghiệp sản xuất thêm", period=Q4),
    fig("trên 9 triệu chiếc", "9", 9e6, "count", "chiếc", approx="over", status="target",
        subject="sản lượng thiết bị y tế gia đình cả năm", period=FY),
    fig("xếp thứ 2", "2", 2, "rank", "hạng", status="target",
        subject="sản lượng thiết bị y tế gia đình cả năm", period=FY),
]

NOTES = [
    "Province portal (Cổng TTĐT tỉnh Bắc Ninh): breadcrumb, headline figure, 'Cập nhật: 11/10/2024 08:45 | Lượt xem: 1.936', related links, footer.",
    "Distractors: 'Lượt xem: 1.936', 'Quế Võ II', 'MS-B12', 'MS-T30', 'Yên Phong II-C', 'lần thứ 5', 'Số 10 Phù Đổng Thiên Vương', phone, time.",
    "'trong đó' parts in the same sentence as the 'ước đạt' whole: total 6,8 triệu, status estimate (the cue governs the continuing clause).",
    "'trong đó lao động nữ chiếm khoảng 70%' is a percent figure of its own (a share of a part, not of the 1.800).",
    "The Medisen factory passage (Khu công nghiệp Quế Võ II, thị xã Quế Võ) is located in Quế Võ; province totals stay Bắc Ninh.",
    "'Quý IV ... phấn đấu ..., đưa sản lượng cả năm đạt trên 9 triệu chiếc, xếp thứ 2 cả nước': all three target; rank located in the province.",
    "Headline '9 tháng' takes the year of published (nothing earlier in the article).",
]

if __name__ == "__main__":
    write("p1479-1", TEXT, NOTES, FIGS, published="2024-10-11", location="Bắc Ninh")
