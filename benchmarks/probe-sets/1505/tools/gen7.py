"""p1505-7: department site (Sở Công Thương Đồng Nai), no dateline, one-cell-per-line table by product."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức - Sự kiện | Công nghiệp | Thương mại | Liên hệ

Ngành sản xuất bồn chứa nước giữ đà tăng trưởng

Đồng Nai hiện có 14 doanh nghiệp sản xuất bồn inox, bồn nhựa và bể chứa nước, trong đó 5 doanh nghiệp FDI, chủ yếu tại các khu công nghiệp Nhơn Trạch 3, Long Thành và Biên Hòa 2. Năm 2024, giá trị sản xuất của ngành ước đạt 2.650 tỷ đồng, chiếm 0,6% giá trị sản xuất công nghiệp toàn tỉnh.

Sản lượng bồn chứa nước theo chủng loại
Đơn vị tính: nghìn chiếc
Chủng loại
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Kế hoạch 2025
Bồn inox
212,4
231,5
109,0
245,0
Bồn nhựa
167,8
176,2
105,0
190,0
Bể ngầm, bồn tự hoại
35,3
38,9
110,2
42,0
Tổng số
415,5
446,6
107,5
477,0

Các doanh nghiệp trong ngành sử dụng khoảng 4.100 lao động, thu nhập bình quân 9,2 triệu đồng/người/tháng. Kim ngạch xuất khẩu năm 2024 ước đạt 21,3 triệu USD, tăng 14% so với năm 2023, trong đó thị trường Úc chiếm 35%. Năm 2025, ngành phấn đấu giá trị sản xuất đạt 2.900 tỷ đồng; 100% doanh nghiệp áp dụng hệ thống quản lý chất lượng ISO 9001:2015.

Tin liên quan:
- Hội chợ hàng công nghiệp nông thôn tiêu biểu khu vực phía Nam
- Hướng dẫn thủ tục cấp Giấy chứng nhận đủ điều kiện sản xuất

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: 80 đường 30 Tháng 4, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.514
Lượt truy cập: 3.417.920
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = {
    "năm 2023": (per("Năm 2023", "2023-01-01", "2023-12-31"), None),
    "ước thực hiện 2024": (per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
    "so với cùng kỳ": (None, None),
    "kế hoạch 2025": (per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target"),
}


def cell(anchor, number, row, col):
    p, st = COLS[col]
    kw = {"status": st} if st else {}
    if col == "so với cùng kỳ":
        return fig(anchor, number, float(number.replace(",", ".")), "percent", "%",
                   subject=f"sản lượng {row} so với cùng kỳ", **kw)
    v = float(number.replace(",", ".")) * 1e3
    return fig(anchor, number, v, "count", "chiếc", subject=f"sản lượng {row} {col}", period=p, **kw)


ROWS = [("Bồn inox", ["212,4", "231,5", "109,0", "245,0"]),
        ("Bồn nhựa", ["167,8", "176,2", "105,0", "190,0"]),
        ("Bể ngầm, bồn tự hoại", ["35,3", "38,9", "110,2", "42,0"]),
        ("Tổng số", ["415,5", "446,6", "107,5", "477,0"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev}\n{n}", n, label.lower(), col))
        prev = n

FIGS = [
    fig("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất bồn inox, bồn nhựa và bể chứa nước"),
    fig("trong đó 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", total=14, subject="doanh nghiệp FDI"),
    fig("ước đạt 2.650 tỷ", "2.650", 2650e9, "money", "đồng", status="estimate", percent=0.6,
        subject="giá trị sản xuất của ngành", period=Y24),
] + CELLS + [
    fig("khoảng 4.100 lao động", "4.100", 4100, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp trong ngành sử dụng"),
    fig("bình quân 9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("ước đạt 21,3 triệu", "21,3", 21.3e6, "money", "USD", status="estimate",
        change=chg("increase", 14, "%", "năm 2023"), subject="kim ngạch xuất khẩu", period=Y24b),
    fig("Úc chiếm 35%", "35", 35, "percent", "%", status="estimate",
        subject="tỷ trọng thị trường Úc trong kim ngạch xuất khẩu", period=Y24b),
    fig("đạt 2.900 tỷ", "2.900", 2900e9, "money", "đồng", status="target", subject="giá trị sản xuất", period=Y25),
    fig("100% doanh nghiệp", "100", 100, "percent", "%", status="target",
        subject="doanh nghiệp áp dụng hệ thống quản lý chất lượng", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'. published = none.",
    "Distractors: 'Nhơn Trạch 3', 'Biên Hòa 2', 'ISO 9001:2015', 'đường 30 Tháng 4', phone 0251.3822.514, counter 3.417.920.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn chiếc'; rows are products; subject = 'sản lượng' + row + column label;",
    "period from the column header (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target.",
    "'So với cùng kỳ (%)' cells are percent figures (the header's '(%)' overrides 'Đơn vị tính'); the header names no period",
    "and no status cue, so they get neither (status actual). Cells get no total.",
    "'trong đó thị trường Úc chiếm 35%' is a percent figure of its own; it continues the 'ước đạt' clause → estimate.",
    "'Năm 2025, ngành phấn đấu ...; 100% doanh nghiệp ...' → both target, period 2025.",
]

if __name__ == "__main__":
    write("p1505-7", TEXT, NOTES, FIGS, location="Đồng Nai")
