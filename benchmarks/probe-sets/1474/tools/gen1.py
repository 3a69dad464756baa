"""p1474-1: province portal (Bình Dương): children's wooden furniture exports (nôi, cũi), 9 months 2024."""
from lib import fig, per, inh, chg, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Xuất khẩu nôi, cũi gỗ trẻ em 9 tháng đạt gần 190 triệu USD

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862

Theo Sở Công Thương, 9 tháng đầu năm 2024, kim ngạch xuất khẩu đồ gỗ nội thất trẻ em (nôi, cũi, giường và bàn ghế trẻ em) của tỉnh Bình Dương ước đạt 187,6 triệu USD, tăng 14,2% so với cùng kỳ năm 2023, bằng 78,5% kế hoạch năm. Trong đó, nôi và cũi gỗ đạt 96,4 triệu USD, giường trẻ em 58,1 triệu USD, bàn ghế trẻ em 33,1 triệu USD.

Hoa Kỳ tiếp tục là thị trường lớn nhất, chiếm khoảng 62% kim ngạch; tiếp đến là Nhật Bản (14%) và EU (11%).

Hiện toàn tỉnh có 43 doanh nghiệp sản xuất đồ gỗ trẻ em, trong đó 29 doanh nghiệp có vốn đầu tư nước ngoài, sử dụng hơn 12.500 lao động với thu nhập bình quân 9,8 triệu đồng/người/tháng.

Tại Khu công nghiệp Nam Tân Uyên, TP Tân Uyên, Công ty TNHH Nội thất Bé Yêu Việt trong 9 tháng xuất khẩu khoảng 410.000 chiếc nôi, cũi, đạt 31,2 triệu USD, chiếm 16,6% kim ngạch toàn ngành của tỉnh. Công ty đang xây dựng thêm hai nhà xưởng với tổng diện tích 24.000 m2, vốn đầu tư 350 tỷ đồng, dự kiến đi vào hoạt động từ quý II/2025, tạo việc làm cho khoảng 800 lao động.

Quý IV, ngành công thương phấn đấu kim ngạch xuất khẩu nhóm hàng này đạt thêm khoảng 52 triệu USD, đưa cả năm lên trên 239 triệu USD.

Tin liên quan:
- Bình Dương: Khai mạc Hội chợ Quốc tế đồ gỗ và mỹ nghệ lần thứ 16
- Hướng dẫn thực hiện Thông tư số 21/2023/TT-BCT về quy tắc xuất xứ
"""

HEAD = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_CO = per("trong 9 tháng", "2024-01-01", "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
TU = "Tân Uyên"

FIGS = [
    fig("đạt gần 190 triệu", "190", 190e6, "money", "USD", approx="nearly",
        subject="xuất khẩu nôi, cũi gỗ trẻ em", period=HEAD),
    fig("ước đạt 187,6 triệu", "187,6", 187.6e6, "money", "USD", status="estimate", percent=78.5,
        change=chg("increase", 14.2, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu đồ gỗ nội thất trẻ em", period=NINE),
    fig("gỗ đạt 96,4 triệu", "96,4", 96.4e6, "money", "USD", total=187.6e6, status="estimate",
        subject="kim ngạch xuất khẩu nôi và cũi gỗ", period=inh(NINE)),
    fig("giường trẻ em 58,1 triệu", "58,1", 58.1e6, "money", "USD", total=187.6e6, status="estimate",
        subject="kim ngạch xuất khẩu giường trẻ em", period=inh(NINE)),
    fig("bàn ghế trẻ em 33,1 triệu", "33,1", 33.1e6, "money", "USD", total=187.6e6, status="estimate",
        subject="kim ngạch xuất khẩu bàn ghế trẻ em", period=inh(NINE)),
    fig("chiếm khoảng 62%", "62", 62, "percent", "%", approx="about",
        subject="tỷ trọng kim ngạch của thị trường Hoa Kỳ", period=inh(NINE)),
    fig("Nhật Bản (14%)", "14", 14, "percent", "%", subject="tỷ trọng kim ngạch của thị trường Nhật Bản", period=inh(NINE)),
    fig("EU (11%)", "11", 11, "percent", "%", subject="tỷ trọng kim ngạch của thị trường EU", period=inh(NINE)),
    fig("có 43 doanh nghiệp", "43", 43, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất đồ gỗ trẻ em"),
    fig("trong đó 29 doanh nghiệp", "29", 29, "count", "doanh nghiệp", total=43,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("hơn 12.500 lao động", "12.500", 12500, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp sản xuất đồ gỗ trẻ em sử dụng"),
    fig("bình quân 9,8 triệu", "9,8", 9.8e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động"),
    fig("khoảng 410.000 chiếc", "410.000", 410000, "count", "chiếc", approx="about",
        subject="nôi, cũi Công ty TNHH Nội thất Bé Yêu Việt xuất khẩu", period=NINE_CO, location=TU),
    fig("đạt 31,2 triệu", "31,2", 31.2e6, "money", "USD", percent=16.6,
        subject="kim ngạch xuất khẩu của Công ty TNHH Nội thất Bé Yêu Việt", period=NINE_CO, location=TU),
    fig("thêm hai nhà xưởng", "hai", 2, "count", "nhà xưởng", subject="nhà xưởng công ty xây dựng thêm",
        location=TU),
    fig("diện tích 24.000 m2", "24.000", 24000, "measure", "m2", subject="tổng diện tích nhà xưởng",
        location=TU),
    fig("vốn đầu tư 350 tỷ", "350", 350e9, "money", "đồng", subject="vốn đầu tư nhà xưởng", location=TU),
    fig("khoảng 800 lao động", "800", 800, "count", "lao động", approx="about", status="forecast",
        subject="lao động được tạo việc làm", location=TU),
    fig("thêm khoảng 52 triệu", "52", 52e6, "money", "USD", approx="about", status="target",
        subject="kim ngạch xuất khẩu nhóm hàng đạt thêm", period=Q4),
    fig("trên 239 triệu", "239", 239e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu nhóm hàng cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Bình Dương): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862', related links.",
    "Distractors: 09:35, Lượt xem 1.862, 'lần thứ 16', Thông tư số 21/2023/TT-BCT, 'quý II/2025' (a date of operation).",
    "Headline 'đạt gần 190 triệu USD' is its own figure (nearly, actual); year-less '9 tháng' takes 2024 from published.",
    "'Trong đó' parts after a sentence break: total 187,6 triệu USD, status estimate carried from 'ước đạt', period inherited.",
    "Market shares: Hoa Kỳ 62% and the list Nhật Bản (14%), EU (11%); trade partners are not places (location Bình Dương).",
    "Company passage in TP Tân Uyên: location Tân Uyên; 'dự kiến' governs only its own clause (800 lao động → forecast).",
    "'Quý IV ... phấn đấu' → both figures target; 'cả năm' = 2024.",
]

if __name__ == "__main__":
    write("p1474-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bình Dương")
