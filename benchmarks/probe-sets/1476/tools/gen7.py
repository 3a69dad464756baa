"""p1476-7: department site (Sở Công Thương Đồng Nai), no dateline, one-cell-per-line table by place."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức - Sự kiện | Công nghiệp | Thương mại | Văn bản | Liên hệ

Ngành sản xuất bút màu, màu vẽ Đồng Nai tăng trưởng ổn định

Đồng Nai hiện có 17 doanh nghiệp sản xuất bút màu, màu vẽ và họa cụ, chủ yếu tại các khu công nghiệp Amata, Nhơn Trạch 3 và Hố Nai, trong đó 12 doanh nghiệp FDI đến từ Nhật Bản, Hàn Quốc và Đài Loan (Trung Quốc). Năm 2023, sản lượng toàn ngành ước đạt 84,6 triệu sản phẩm, tăng 7,9% so với năm 2022, trong đó khoảng 65% được xuất khẩu.

Sản lượng bút màu, màu vẽ theo địa bàn
Đơn vị tính: triệu sản phẩm
Địa bàn
Năm 2022
Ước thực hiện 2023
Kế hoạch 2024
TP Biên Hòa
32,1
34,7
36,0
Huyện Nhơn Trạch
25,4
27,9
30,5
Huyện Trảng Bom
13,8
14,6
15,0
Huyện Long Thành
7,1
7,4
8,0
Tổng cộng
78,4
84,6
89,5

Các doanh nghiệp trong ngành sử dụng khoảng 9.800 lao động, thu nhập bình quân năm 2023 đạt 9,6 triệu đồng/người/tháng. Kim ngạch xuất khẩu của ngành năm 2023 ước đạt 136 triệu USD, chiếm 0,6% kim ngạch xuất khẩu toàn tỉnh. Năm 2024, ngành phấn đấu kim ngạch xuất khẩu tăng 8-10%.

Bài viết cùng chuyên mục:
- Hội chợ hàng Công nghiệp nông thôn tiêu biểu lần thứ 3
- Triển khai Chương trình khuyến công năm 2024

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 26 đường 30 Tháng 4, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.514
Lượt truy cập: 1.532.087
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2022", per("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("ước thực hiện 2023", per("Ước thực hiện 2023", "2023-01-01", "2023-12-31"), "estimate"),
        ("kế hoạch 2024", per("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [("TP Biên Hòa", "Biên Hòa", ["32,1", "34,7", "36,0"]),
        ("Huyện Nhơn Trạch", "Nhơn Trạch", ["25,4", "27,9", "30,5"]),
        ("Huyện Trảng Bom", "Trảng Bom", ["13,8", "14,6", "15,0"]),
        ("Huyện Long Thành", "Long Thành", ["7,1", "7,4", "8,0"]),
        ("Tổng cộng", "Đồng Nai", ["78,4", "84,6", "89,5"])]

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        subj = f"sản lượng bút màu, màu vẽ {col}" if label != "Tổng cộng" else f"tổng cộng sản lượng bút màu, màu vẽ {col}"
        CELLS.append(fig(f"{prev}\n{n}\n", n, float(n.replace(",", ".")) * 1e6, "count", "sản phẩm",
                         subject=subj, period=p, location=place, **kw))
        prev = n

FIGS = [
    fig("có 17 doanh nghiệp", "17", 17, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất bút màu, màu vẽ và họa cụ"),
    fig("trong đó 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp", total=17, subject="doanh nghiệp FDI"),
    fig("ước đạt 84,6 triệu", "84,6", 84.6e6, "count", "sản phẩm", status="estimate",
        change=chg("increase", 7.9, "%", "năm 2022"), subject="sản lượng toàn ngành", period=Y23),
    fig("khoảng 65%", "65", 65, "percent", "%", approx="about", status="estimate",
        subject="sản lượng được xuất khẩu", period=Y23),
] + CELLS + [
    fig("khoảng 9.800 lao động", "9.800", 9800, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp trong ngành sử dụng"),
    fig("đạt 9,6 triệu", "9,6", 9.6e6, "money", "đồng/người/tháng", subject="thu nhập bình quân", period=Y23b),
    fig("ước đạt 136 triệu", "136", 136e6, "money", "USD", status="estimate", percent=0.6,
        subject="kim ngạch xuất khẩu của ngành", period=Y23b),
    fig("tăng 8-10%", "8", 8, "percent", "%", value_max=10, status="target",
        subject="kim ngạch xuất khẩu", period=Y24),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'.",
    "Distractors: 'Nhơn Trạch 3', 'lần thứ 3', 'năm 2024' in a link title, 'Số 26 đường 30 Tháng 4', phone 0251.3822.514,",
    "'Lượt truy cập: 1.532.087'. No published date.",
    "One-cell-per-line table with a place column, 'Đơn vị tính: triệu sản phẩm': each cell a count of sản phẩm (×10^6);",
    "subject = caption indicator + column label; the place in the row label goes to location (Tổng cộng → Đồng Nai);",
    "'Ước thực hiện 2023' → estimate, 'Kế hoạch 2024' → target; period from the column header (scored). Cells get no total.",
    "'trong đó khoảng 65% được xuất khẩu' continues the 'ước đạt' clause: a percent figure, estimate, Năm 2023.",
    "'chiếm 0,6% kim ngạch xuất khẩu toàn tỉnh' → percent attribute of 136 triệu USD.",
    "'Năm 2024, ngành phấn đấu kim ngạch xuất khẩu tăng 8-10%' → a growth rate as the claim: percent, range, target.",
]

if __name__ == "__main__":
    write("p1476-7", TEXT, NOTES, FIGS, location="Đồng Nai")
