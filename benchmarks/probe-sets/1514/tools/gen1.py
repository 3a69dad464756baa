"""p1514-1: province portal (Bình Dương): ceramic exports 9 months 2024, a tableware factory in TP Tân Uyên."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Xuất khẩu gốm sứ 9 tháng đạt gần 190 triệu USD

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.286

Theo Sở Công Thương tỉnh Bình Dương, 9 tháng đầu năm 2024, kim ngạch xuất khẩu sản phẩm gốm sứ của tỉnh ước đạt 189,6 triệu USD, tăng 11,3% so với cùng kỳ năm 2023, bằng 78,4% kế hoạch năm. Trong đó, bát đĩa sứ và đồ sứ gia dụng đạt 121,2 triệu USD, gốm sứ mỹ nghệ 47,5 triệu USD, sứ khách sạn - nhà hàng 20,9 triệu USD.

Toàn tỉnh hiện có 186 cơ sở sản xuất gốm sứ, trong đó 42 doanh nghiệp có vốn đầu tư nước ngoài, tập trung chủ yếu tại TP Tân Uyên, TP Thuận An và huyện Bắc Tân Uyên. Ngành gốm sứ sử dụng khoảng 14.500 lao động, thu nhập bình quân 9,8 triệu đồng/người/tháng.

Tại phường Tân Phước Khánh, TP Tân Uyên, Công ty TNHH Sứ Phúc Hưng vận hành ba lò nung con lăn, mỗi tháng sản xuất khoảng 2,4 triệu sản phẩm. Từ đầu năm đến nay, công ty xuất khẩu 26 container bát đĩa sang Nhật Bản và Hàn Quốc, doanh thu đạt 214 tỷ đồng, tăng 18% so với cùng kỳ. Dòng sản phẩm men ngọc Lotus 88 chiếm khoảng 30% doanh số của công ty.

Quý IV, ngành gốm sứ phấn đấu xuất khẩu thêm 52 triệu USD, đưa kim ngạch cả năm lên trên 240 triệu USD. Hội chợ gốm sứ Bình Dương lần thứ 3 sẽ diễn ra từ ngày 5 đến 8/12/2024 tại số 01 đường Hùng Vương, TP Thủ Dầu Một.

Tin liên quan:
- Bình Dương: Hội nghị xúc tiến xuất khẩu năm 2024
- Khai mạc Tuần lễ hàng Việt tại TP Dĩ An
"""

NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
TU = "Tân Uyên"

FIGS = [
    fig("đạt gần 190 triệu", "190", 190e6, "money", "USD", approx="nearly",
        subject="xuất khẩu gốm sứ", period=NINE_H),
    fig("ước đạt 189,6 triệu", "189,6", 189.6e6, "money", "USD", status="estimate", percent=78.4,
        change=chg("increase", 11.3, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu sản phẩm gốm sứ của tỉnh", period=NINE),
    fig("đạt 121,2 triệu", "121,2", 121.2e6, "money", "USD", total=189.6e6, status="estimate",
        subject="kim ngạch xuất khẩu bát đĩa sứ và đồ sứ gia dụng", period=inh(NINE)),
    fig("mỹ nghệ 47,5 triệu", "47,5", 47.5e6, "money", "USD", total=189.6e6, status="estimate",
        subject="kim ngạch xuất khẩu gốm sứ mỹ nghệ", period=inh(NINE)),
    fig("nhà hàng 20,9 triệu", "20,9", 20.9e6, "money", "USD", total=189.6e6, status="estimate",
        subject="kim ngạch xuất khẩu sứ khách sạn - nhà hàng", period=inh(NINE)),
    fig("có 186 cơ sở", "186", 186, "count", "cơ sở", subject="cơ sở sản xuất gốm sứ"),
    fig("đó 42 doanh nghiệp", "42", 42, "count", "doanh nghiệp", total=186,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("khoảng 14.500 lao động", "14.500", 14500, "count", "lao động", approx="about",
        subject="lao động ngành gốm sứ sử dụng"),
    fig("quân 9,8 triệu", "9,8", 9.8e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động ngành gốm sứ"),
    fig("ba lò nung", "ba", 3, "count", "lò nung", subject="lò nung con lăn Công ty TNHH Sứ Phúc Hưng vận hành",
        location=TU),
    fig("khoảng 2,4 triệu sản phẩm", "2,4", 2.4e6, "measure", "sản phẩm/tháng", approx="about",
        subject="sản phẩm công ty sản xuất mỗi tháng", location=TU),
    fig("26 container", "26", 26, "count", "container", subject="container bát đĩa công ty xuất khẩu",
        period=YTD, location=TU),
    fig("đạt 214 tỷ", "214", 214e9, "money", "đồng", change=chg("increase", 18, "%", "cùng kỳ"),
        subject="doanh thu của công ty", period=YTD, location=TU),
    fig("khoảng 30% doanh số", "30", 30, "percent", "%", approx="about",
        subject="tỷ trọng dòng sản phẩm men ngọc Lotus 88 trong doanh số của công ty", location=TU),
    fig("thêm 52 triệu", "52", 52e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu gốm sứ thêm", period=Q4),
    fig("trên 240 triệu", "240", 240e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu gốm sứ cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Bình Dương): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.286', related links.",
    "Distractors: 08:45, Lượt xem 1.286, 'Lotus 88' (product name), 'lần thứ 3', 'từ ngày 5 đến 8/12/2024', 'số 01 đường Hùng Vương', 'năm 2024' in a link.",
    "Headline '9 tháng ... đạt gần 190 triệu USD': own figure, 'đạt' (no estimate cue in the headline), period 9 tháng 2024 (dateline year).",
    "'Trong đó' parts after a sentence break: total 189,6 triệu USD, estimate carried from the whole, period inherited.",
    "'trong đó 42 doanh nghiệp' after '186 cơ sở': total 186 (enterprises are among the production units).",
    "Factory passage in TP Tân Uyên: location Tân Uyên; 'Từ đầu năm đến nay' ends at the dateline 2024-10-14.",
    "'mỗi tháng sản xuất khoảng 2,4 triệu sản phẩm' is a rate: measure, unit sản phẩm/tháng.",
    "'Quý IV' (no year) → 2024; 'phấn đấu' governs the continuing clause 'đưa kim ngạch cả năm lên trên 240 triệu USD'.",
]

if __name__ == "__main__":
    write("p1514-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bình Dương")
