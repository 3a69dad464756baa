"""p1558-1: province portal (Bắc Ninh): diaper and pad output 9 months 2024, a factory in huyện Yên Phong."""
from lib import fig, per, inh, chg, write

TEXT = """Cổng thông tin điện tử tỉnh Bắc Ninh
Trang chủ > Tin tức - Sự kiện > Kinh tế

Sản xuất tã giấy, băng vệ sinh 9 tháng tăng gần 12%

Cập nhật: 14/10/2024 08:35 | Lượt xem: 1.286

Theo Cục Thống kê tỉnh, 9 tháng đầu năm 2024, sản lượng tã giấy các loại trên địa bàn tỉnh Bắc Ninh ước đạt 1,42 tỷ miếng, tăng 11,8% so với cùng kỳ năm 2023, bằng 76,3% kế hoạch năm. Trong đó, tã trẻ em 1,09 tỷ miếng, tã người lớn 330 triệu miếng. Sản lượng băng vệ sinh ước đạt 865 triệu miếng, tăng 7,4%. Với kết quả này, Bắc Ninh đứng thứ 2 cả nước về sản lượng tã giấy, sau Bình Dương.

Toàn tỉnh hiện có 5 doanh nghiệp sản xuất tã giấy, băng vệ sinh, chủ yếu tại các khu công nghiệp Quế Võ II, Yên Phong và VSIP Bắc Ninh, sử dụng khoảng 3.400 lao động, thu nhập bình quân 9,6 triệu đồng/người/tháng.

Tại huyện Yên Phong, nhà máy của Công ty TNHH Sản phẩm Vệ sinh Thiên An trong 9 tháng sản xuất 612 triệu miếng tã, chiếm 43,1% sản lượng tã toàn tỉnh. Công ty vừa đưa vào vận hành thêm hai dây chuyền tã quần tốc độ 800 miếng/phút, tổng vốn đầu tư khoảng 15 triệu USD.

Xuất khẩu tã giấy, băng vệ sinh 9 tháng ước đạt 186 triệu USD, tăng 15,2% so với cùng kỳ, chủ yếu sang Campuchia, Philippines và Australia. Giá bán buôn tã quần trẻ em loại phổ thông hiện từ 2.800 đến 3.500 đồng/miếng.

Quý IV, các doanh nghiệp phấn đấu sản xuất thêm khoảng 450 triệu miếng tã, đưa sản lượng cả năm lên trên 1,87 tỷ miếng.

Tin liên quan:
- Bắc Ninh: Hội nghị xúc tiến đầu tư năm 2024 tại Hàn Quốc
- Khánh thành Nhà máy giấy Phong Khê 2
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_SHORT = per("9 tháng", "2024-01-01", "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
YP = "Yên Phong"

FIGS = [
    fig("tăng gần 12%", "12", 12, "percent", "%", approx="nearly",
        subject="sản xuất tã giấy, băng vệ sinh", period=NINE_SHORT),
    fig("ước đạt 1,42 tỷ", "1,42", 1.42e9, "count", "miếng", status="estimate", percent=76.3,
        change=chg("increase", 11.8, "%", "cùng kỳ năm 2023"),
        subject="sản lượng tã giấy các loại", period=NINE),
    fig("tã trẻ em 1,09 tỷ", "1,09", 1.09e9, "count", "miếng", total=1.42e9, status="estimate",
        subject="sản lượng tã trẻ em", period=inh(NINE)),
    fig("tã người lớn 330 triệu", "330", 330e6, "count", "miếng", total=1.42e9, status="estimate",
        subject="sản lượng tã người lớn", period=inh(NINE)),
    fig("ước đạt 865 triệu", "865", 865e6, "count", "miếng", status="estimate",
        change=chg("increase", 7.4, "%"),
        subject="sản lượng băng vệ sinh", period=inh(NINE)),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", subject="sản lượng tã giấy", period=inh(NINE)),
    fig("có 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất tã giấy, băng vệ sinh"),
    fig("khoảng 3.400 lao động", "3.400", 3400, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sử dụng"),
    fig("bình quân 9,6 triệu", "9,6", 9.6e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động"),
    fig("sản xuất 612 triệu", "612", 612e6, "count", "miếng", percent=43.1,
        subject="sản lượng tã nhà máy của Công ty TNHH Sản phẩm Vệ sinh Thiên An sản xuất",
        period=NINE_SHORT, location=YP),
    fig("thêm hai dây chuyền", "hai", 2, "count", "dây chuyền",
        subject="dây chuyền tã quần đưa vào vận hành thêm", location=YP),
    fig("800 miếng/phút", "800", 800, "measure", "miếng/phút",
        subject="tốc độ dây chuyền tã quần", location=YP),
    fig("khoảng 15 triệu USD", "15", 15e6, "money", "USD", approx="about",
        subject="tổng vốn đầu tư dây chuyền tã quần", location=YP),
    fig("ước đạt 186 triệu", "186", 186e6, "money", "USD", status="estimate",
        change=chg("increase", 15.2, "%", "cùng kỳ"),
        subject="xuất khẩu tã giấy, băng vệ sinh", period=NINE_SHORT),
    fig("từ 2.800 đến 3.500", "2.800", 2800, "money", "đồng/miếng", value_max=3500,
        subject="giá bán buôn tã quần trẻ em loại phổ thông"),
    fig("thêm khoảng 450 triệu", "450", 450e6, "count", "miếng", approx="about", status="target",
        subject="sản lượng tã sản xuất thêm", period=Q4),
    fig("trên 1,87 tỷ", "1,87", 1.87e9, "count", "miếng", approx="over", status="target",
        subject="sản lượng tã cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Bắc Ninh): diaper/pad output 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 08:35 | Lượt xem: 1.286', related links.",
    "Distractors: 08:35, 'Lượt xem: 1.286', KCN 'Quế Võ II', 'Nhà máy giấy Phong Khê 2', 'năm 2024' in a link title, 'năm 2023' as baseline.",
    "Headline '9 tháng tăng gần 12%': growth rate as the claim (percent, nearly, no change); '9 tháng' takes 2024 (published).",
    "'Trong đó' parts after a sentence break: total 1,42 tỷ, status estimate carried from the whole; period inherited.",
    "'đứng thứ 2 cả nước' (separate sentence, no cue): rank, actual, located in Bắc Ninh; period inherited.",
    "Factory passage in huyện Yên Phong: location Yên Phong for its 4 figures. 'Quý IV' and 'cả năm' take 2024; 'phấn đấu' governs both clauses.",
    "Pieces (miếng) are counted: kind count. Standing wholesale price 'hiện' has no period.",
]

if __name__ == "__main__":
    write("p1558-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bắc Ninh")
