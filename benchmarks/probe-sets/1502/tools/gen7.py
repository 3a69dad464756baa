"""p1502-7: department site (Sở Công Thương TP Hồ Chí Minh), no dateline, one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG THÀNH PHỐ HỒ CHÍ MINH
Giới thiệu | Tin tức - Sự kiện | Công nghiệp | Thương mại | Văn bản

Ngành sản xuất bàn ghế nhựa thành phố năm 2024

Thành phố hiện có 214 cơ sở sản xuất bàn ghế, đồ nội thất nhựa, tập trung ở khu vực phía Tây. Năm 2024, sản lượng ghế, bàn nhựa toàn thành phố ước đạt 41,3 triệu chiếc, tăng 6,2% so với năm 2023; doanh thu khoảng 3.900 tỷ đồng.

Sản lượng ghế, bàn nhựa theo địa bàn
Đơn vị tính: nghìn chiếc
Địa bàn
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Quận Bình Tân
16.250
17.400
18.000
Quận Tân Phú
9.820
10.150
10.500
Quận 6
5.360
5.480
5.500
Huyện Bình Chánh
7.460
8.270
9.000
Tổng cộng
38.890
41.300
43.000

Theo Sở Công Thương, khoảng 60% cơ sở vẫn dùng máy ép cũ, tiêu hao điện cao hơn 20-25% so với máy mới. Toàn ngành sử dụng khoảng 5.400 lao động, thu nhập bình quân 8,9 triệu đồng/người/tháng. Giai đoạn 2025-2030, thành phố dự kiến di dời 35 cơ sở gây ô nhiễm ra các khu, cụm công nghiệp; mục tiêu đến năm 2030 tỷ lệ nhựa tái chế trong sản phẩm đạt ít nhất 25%.

Bài viết liên quan:
- Hội thảo giải pháp giảm rác thải nhựa lần thứ 3
- Kết nối cung cầu hàng Việt năm 2024

SỞ CÔNG THƯƠNG TP. HỒ CHÍ MINH
Địa chỉ: 163 Hai Bà Trưng, Phường 6, Quận 3
Điện thoại: (028) 3829 6520
Lượt truy cập: 5.274.603
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("Quận Bình Tân", "Bình Tân", ["16.250", "17.400", "18.000"]),
        ("Quận Tân Phú", "Tân Phú", ["9.820", "10.150", "10.500"]),
        ("Quận 6", "Quận 6", ["5.360", "5.480", "5.500"]),
        ("Huyện Bình Chánh", "Bình Chánh", ["7.460", "8.270", "9.000"]),
        ("Tổng cộng", None, ["38.890", "41.300", "43.000"])]


def cells():
    out = []
    for label, place, nums in ROWS:
        prev = label
        for (col, p, st), n in zip(COLS, nums):
            kw = {"status": st} if st else {}
            if place:
                kw["location"] = place
                subj = f"sản lượng ghế, bàn nhựa {col}"
            else:
                subj = f"tổng cộng sản lượng ghế, bàn nhựa {col}"
            out.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")) * 1e3, "count", "chiếc",
                           subject=subj, period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("có 214 cơ sở", "214", 214, "count", "cơ sở", subject="cơ sở sản xuất bàn ghế, đồ nội thất nhựa"),
    fig("ước đạt 41,3 triệu", "41,3", 41.3e6, "count", "chiếc", status="estimate",
        change=chg("increase", 6.2, "%", "năm 2023"),
        subject="sản lượng ghế, bàn nhựa toàn thành phố", period=Y24),
    fig("khoảng 3.900 tỷ", "3.900", 3900e9, "money", "đồng", approx="about", status="estimate",
        subject="doanh thu", period=Y24),
] + cells() + [
    fig("khoảng 60% cơ sở", "60", 60, "percent", "%", approx="about",
        subject="tỷ lệ cơ sở vẫn dùng máy ép cũ"),
    fig("cao hơn 20-25%", "20", 20, "percent", "%", value_max=25,
        subject="tiêu hao điện của máy ép cũ so với máy mới"),
    fig("khoảng 5.400 lao động", "5.400", 5400, "count", "lao động", approx="about",
        subject="lao động toàn ngành sử dụng"),
    fig("quân 8,9 triệu", "8,9", 8.9e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("di dời 35 cơ sở", "35", 35, "count", "cơ sở", status="forecast",
        subject="cơ sở gây ô nhiễm di dời ra các khu, cụm công nghiệp",
        period=per("Giai đoạn 2025-2030", "2025-01-01", "2030-12-31")),
    fig("ít nhất 25%", "25", 25, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ nhựa tái chế trong sản phẩm", period=per("đến năm 2030", None, "2030-12-31")),
]

NOTES = [
    "Department site (Sở Công Thương TP Hồ Chí Minh), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'.",
    "Distractors: 'Quận 6' (a row label that is a place), '163 Hai Bà Trưng, Phường 6, Quận 3', phone '(028) 3829 6520', 'Lượt truy cập: 5.274.603',",
    "'lần thứ 3', 'năm 2024' in a link title, 'Giai đoạn 2025-2030' (a period).",
    "One-cell-per-line table, 'Đơn vị tính: nghìn chiếc' → ×1000, unit chiếc; the row label is a place → location (Quận 6 stays 'Quận 6');",
    "subject = caption + column; 'Tổng cộng' row → city (default TP Hồ Chí Minh). 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target.",
    "'ước đạt 41,3 triệu chiếc ...; doanh thu khoảng 3.900 tỷ đồng' → the verbless second clause continues the 'ước đạt' clause: estimate.",
    "'tiêu hao điện cao hơn 20-25% so với máy mới' is a percent range as the claim (no change). 'dự kiến' → forecast; 'mục tiêu đến năm 2030' → target.",
]

if __name__ == "__main__":
    write("p1502-7", TEXT, NOTES, FIGS, location="TP Hồ Chí Minh")
