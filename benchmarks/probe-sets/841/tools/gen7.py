"""p841-7: department site (Sở Công Thương TP. Hồ Chí Minh), no dateline, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """
SỞ CÔNG THƯƠNG THÀNH PHỐ HỒ CHÍ MINH
Trang chủ » Thương mại » Thị trường trong nước
Kinh tế ban đêm góp phần thúc đẩy thương mại, du lịch thành phố
Trong 6 tháng đầu năm 2024, các tuyến phố đi bộ, chợ đêm và đường ẩm thực đêm trên địa bàn TP. Hồ Chí Minh đón 5,84 triệu lượt khách, bằng 48,7% kế hoạch năm; doanh thu dịch vụ ăn uống, mua sắm về đêm ước đạt 3.250 tỷ đồng, tăng 12,4% so với cùng kỳ năm 2023.
Thành phố hiện có 3 tuyến phố đi bộ, 5 chợ đêm và 12 tuyến đường ẩm thực đêm, với tổng cộng 2.360 hộ kinh doanh. Trong số này, 1.415 hộ đã áp dụng thanh toán không dùng tiền mặt, chiếm gần 60%. Khách quốc tế chiếm khoảng 42% tổng lượt khách; chi tiêu bình quân của khách quốc tế khoảng 1,2 triệu đồng/người/đêm, gấp 3 lần khách nội địa.
Lượt khách theo loại hình:
Đơn vị tính: nghìn lượt
Loại hình
Năm 2023
6 tháng đầu năm 2024
Kế hoạch năm 2024
Phố đi bộ
5.820
3.150
6.500
Chợ đêm
3.460
1.980
4.000
Đường ẩm thực đêm
1.240
710
1.500
Tổng cộng
10.520
5.840
12.000
Năm 2024, Sở phấn đấu các tuyến phố đi bộ, chợ đêm đón 12 triệu lượt khách; dự kiến trong quý IV/2024 khai trương thêm 2 tuyến phố đi bộ tại thành phố Thủ Đức và Quận 5.
SỞ CÔNG THƯƠNG TP. HỒ CHÍ MINH
Địa chỉ: 163 Hai Bà Trưng, phường Võ Thị Sáu, Quận 3, TP. Hồ Chí Minh
Điện thoại: (028) 3829 6343
Tổng lượt truy cập: 4.128.507
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [("Phố đi bộ", "lượt khách phố đi bộ", "5.820", "3.150", "6.500"),
        ("Chợ đêm", "lượt khách chợ đêm", "3.460", "1.980", "4.000"),
        ("Đường ẩm thực đêm", "lượt khách đường ẩm thực đêm", "1.240", "710", "1.500"),
        ("Tổng cộng", "tổng cộng lượt khách", "10.520", "5.840", "12.000")]


def num(s):
    return float(s.replace(".", ""))


FIGS = [
    F("đón 5,84 triệu", "5,84", 5_840_000, "count", "lượt khách",
      "lượt khách các tuyến phố đi bộ, chợ đêm và đường ẩm thực đêm", H1, percent=48.7),
    F("ước đạt 3.250 tỷ đồng", "3.250", 3250e9, "money", "đồng",
      "doanh thu dịch vụ ăn uống, mua sắm về đêm", H1, status="estimate",
      change=C("increase", 12.4, "%", "cùng kỳ năm 2023")),
    F("có 3 tuyến phố đi bộ", "3", 3, "count", "tuyến phố đi bộ", "tuyến phố đi bộ"),
    F("5 chợ đêm", "5", 5, "count", "chợ đêm", "chợ đêm"),
    F("12 tuyến đường ẩm thực đêm", "12", 12, "count", "tuyến đường ẩm thực đêm", "tuyến đường ẩm thực đêm"),
    F("tổng cộng 2.360 hộ", "2.360", 2360, "count", "hộ kinh doanh", "hộ kinh doanh"),
    F("1.415 hộ", "1.415", 1415, "count", "hộ", "hộ áp dụng thanh toán không dùng tiền mặt",
      total=2360, percent=60),
    F("khoảng 42%", "42", 42, "percent", "%", "khách quốc tế trong tổng lượt khách", I(H1), approx="about"),
    F("khoảng 1,2 triệu đồng/người/đêm", "1,2", 1.2e6, "money", "đồng/người/đêm",
      "chi tiêu bình quân của khách quốc tế", I(H1), approx="about",
      change=C("increase", 3, "lần", "khách nội địa")),
]
for label, subj, a, b, c in ROWS:
    FIGS += [
        # subject = indicator (unit line) + row label + column label (FIGURES.md, Tables)
        F(f"{label}\n{a}\n", a, num(a) * 1000, "count", "lượt", subj + " năm 2023", Y23),
        F(f"\n{a}\n{b}\n", b, num(b) * 1000, "count", "lượt", subj + " 6 tháng đầu năm 2024", H1),
        F(f"\n{b}\n{c}\n", c, num(c) * 1000, "count", "lượt", subj + " kế hoạch năm 2024", KH, status="target"),
    ]
FIGS += [
    F("đón 12 triệu", "12", 12_000_000, "count", "lượt khách", "lượt khách các tuyến phố đi bộ, chợ đêm",
      Y24, status="target"),
    F("thêm 2 tuyến phố đi bộ", "2", 2, "count", "tuyến phố đi bộ", "tuyến phố đi bộ khai trương thêm",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), status="forecast"),
]

NOTES = [
    "Sở Công Thương TP. Hồ Chí Minh (department site): kinh tế ban đêm 6 tháng 2024; no dateline, footer address, phone and visit counter.",
    "Not figures: 'Quận 5', 'Quận 3', '163 Hai Bà Trưng', '(028) 3829 6343', 'Tổng lượt truy cập: 4.128.507', 'quý IV/2024' (period).",
    "Table pasted one cell per line; 'Đơn vị tính: nghìn lượt' multiplies the cells by 1000. Subject = row label (loại hình);",
    "Subject = unit-line indicator + row label + column label (revised after the first run: the column label had been left out);",
    "period from the column header (scored); 'Kế hoạch năm 2024' column → target. The Tổng cộng row is its own figure; cells carry no totals.",
    "'Trong số này, 1.415 hộ …, chiếm gần 60%' → total 2360, percent 60. 'gấp 3 lần khách nội địa' after 1,2 triệu is its change (lần).",
    "All figures are the city's: location TP. Hồ Chí Minh (also the 2 new streets in Thủ Đức and Quận 5, one figure over two places).",
]

if __name__ == "__main__":
    write(7, TEXT, FIGS, NOTES, published=None, location="TP. Hồ Chí Minh")
