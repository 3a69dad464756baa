"""p1566-1: province portal (Bình Định): fish-cake output 9 months 2024, a fish-cake maker in Quy Nhơn."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử tỉnh Bình Định
Trang chủ > Tin tức - Sự kiện > Kinh tế

Bình Định: Sản lượng chả cá 9 tháng đạt gần 2.000 tấn

Cập nhật: 10/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng đầu năm 2024, sản lượng chả cá các loại trên địa bàn tỉnh ước đạt 1.960 tấn, tăng 8,5% so với cùng kỳ năm 2023, bằng 76,2% kế hoạch năm. Trong đó, chả cá thu, cá rựa 1.120 tấn; chả cá hấp, chả cá chiên 640 tấn; cá viên 200 tấn. Riêng quý III, sản lượng đạt 710 tấn, tăng 12% so với quý II.

Toàn tỉnh hiện có 146 cơ sở sản xuất chả cá, tập trung chủ yếu tại TP Quy Nhơn (98 cơ sở) và thị xã Hoài Nhơn (31 cơ sở), sử dụng khoảng 1.700 lao động, thu nhập bình quân từ 7 đến 9 triệu đồng/người/tháng.

Giá chả cá thu tại chợ Đầm, chợ Khu 6 dao động 280.000-320.000 đồng/kg, tăng khoảng 20.000 đồng/kg so với đầu năm; chả cá rựa giá thấp hơn, khoảng 180.000 đồng/kg.

Tại phường Nhơn Bình, TP Quy Nhơn, cơ sở chả cá Bà Tám Huệ mỗi ngày sản xuất khoảng 600 kg chả, cao điểm dịp Tết lên đến 1,5 tấn/ngày. Từ đầu năm đến nay, cơ sở đã xuất bán hơn 150 tấn sản phẩm, doanh thu trên 32 tỷ đồng; sản phẩm chả cá thu của cơ sở đạt chứng nhận OCOP 4 sao năm 2023.

Tỉnh phấn đấu cả năm 2024 sản lượng chả cá đạt 2.580 tấn; đến năm 2025 có ít nhất 12 sản phẩm chả cá đạt OCOP từ 3 sao trở lên, hiện đã có 7 sản phẩm.

Tin liên quan:
- Bình Định: Khai mạc Hội chợ OCOP lần thứ 3
- Ngày hội ẩm thực biển Quy Nhơn 2024
"""

NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-10")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
QN = "Quy Nhơn"

FIGS = [
    fig("đạt gần 2.000 tấn", "2.000", 2000, "measure", "tấn", approx="nearly",
        subject="sản lượng chả cá", period=NINE_H),
    fig("ước đạt 1.960 tấn", "1.960", 1960, "measure", "tấn", status="estimate", percent=76.2,
        change=chg("increase", 8.5, "%", "cùng kỳ năm 2023"),
        subject="sản lượng chả cá các loại", period=NINE),
    fig("cá rựa 1.120 tấn", "1.120", 1120, "measure", "tấn", total=1960, status="estimate",
        subject="sản lượng chả cá thu, cá rựa", period=inh(NINE)),
    fig("chả cá chiên 640 tấn", "640", 640, "measure", "tấn", total=1960, status="estimate",
        subject="sản lượng chả cá hấp, chả cá chiên", period=inh(NINE)),
    fig("cá viên 200 tấn", "200", 200, "measure", "tấn", total=1960, status="estimate",
        subject="sản lượng cá viên", period=inh(NINE)),
    fig("đạt 710 tấn", "710", 710, "measure", "tấn", change=chg("increase", 12, "%", "quý II"),
        subject="sản lượng chả cá", period=Q3),
    fig("có 146 cơ sở", "146", 146, "count", "cơ sở", subject="cơ sở sản xuất chả cá"),
    fig("(98 cơ sở)", "98", 98, "count", "cơ sở", subject="cơ sở sản xuất chả cá", location=QN),
    fig("(31 cơ sở)", "31", 31, "count", "cơ sở", subject="cơ sở sản xuất chả cá", location="Hoài Nhơn"),
    fig("khoảng 1.700 lao động", "1.700", 1700, "count", "lao động", approx="about",
        subject="lao động các cơ sở sản xuất chả cá sử dụng"),
    fig("từ 7 đến 9 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=9e6,
        subject="thu nhập bình quân của lao động"),
    fig("dao động 280.000-320.000", "280.000", 280000, "money", "đồng/kg", value_max=320000,
        change=chg("increase", 20000, "đồng/kg", "đầu năm", approx="about"),
        subject="giá chả cá thu tại chợ Đầm, chợ Khu 6"),
    fig("khoảng 180.000 đồng/kg", "180.000", 180000, "money", "đồng/kg", approx="about",
        subject="giá chả cá rựa"),
    fig("khoảng 600 kg", "600", 600, "measure", "kg/ngày", approx="about",
        subject="chả cá cơ sở chả cá Bà Tám Huệ sản xuất mỗi ngày", location=QN),
    fig("lên đến 1,5 tấn/ngày", "1,5", 1.5, "measure", "tấn/ngày",
        subject="sản lượng chả cá của cơ sở cao điểm dịp Tết", location=QN),
    fig("hơn 150 tấn", "150", 150, "measure", "tấn", approx="over",
        subject="sản phẩm cơ sở đã xuất bán", period=YTD, location=QN),
    fig("trên 32 tỷ", "32", 32e9, "money", "đồng", approx="over",
        subject="doanh thu của cơ sở chả cá Bà Tám Huệ", period=YTD, location=QN),
    fig("đạt 2.580 tấn", "2.580", 2580, "measure", "tấn", status="target",
        subject="sản lượng chả cá", period=Y24),
    fig("ít nhất 12 sản phẩm", "12", 12, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm chả cá đạt OCOP từ 3 sao trở lên", period=T25),
    fig("có 7 sản phẩm", "7", 7, "count", "sản phẩm",
        subject="sản phẩm chả cá đạt OCOP từ 3 sao trở lên"),
]

NOTES = [
    "Province portal (Bình Định): breadcrumb, headline figure, 'Cập nhật: 10/10/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, Lượt xem 1.386, 'chợ Khu 6', name 'Bà Tám Huệ' (Tám = nickname), 'OCOP 4 sao năm 2023', 'OCOP từ 3 sao',",
    "'lần thứ 3' and '2024' in related links.",
    "Headline '9 tháng ... gần 2.000 tấn' is its own figure (actual: 'đạt', nearly); year-less '9 tháng', 'quý III' take 2024.",
    "'Trong đó' parts after a sentence break: total 1.960, status estimate carried from the whole, period inherited.",
    "'Riêng quý III' is not a part cue: no total. 'TP Quy Nhơn (98 cơ sở) và thị xã Hoài Nhơn (31 cơ sở)' does not add up to 146: no total.",
    "'lên đến 1,5 tấn/ngày': 'lên đến' is not an approx cue in the spec, exact. 'tăng khoảng 20.000 đồng/kg so với đầu năm' is a change.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-10. 'phấn đấu' governs both clauses of its sentence; 'hiện đã có 7' is actual.",
]

if __name__ == "__main__":
    write("p1566-1", TEXT, NOTES, FIGS, published="2024-10-10", location="Bình Định")
