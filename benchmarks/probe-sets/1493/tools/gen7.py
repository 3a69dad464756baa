"""p1493-7: department site (Sở Công Thương Đồng Nai), no dateline, one-cell-per-line table by product."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức - Sự kiện | Công nghiệp | Thương mại | Hỏi đáp

Ngành gia dụng nhựa - kim loại Đồng Nai duy trì đà tăng trưởng

Đồng Nai hiện có 38 doanh nghiệp sản xuất móc áo, giá phơi, sào phơi và phụ kiện gia dụng bằng nhựa, kim loại, trong đó 14 doanh nghiệp có vốn đầu tư nước ngoài, tập trung tại các khu công nghiệp Nhơn Trạch 3, Biên Hòa II và Long Thành. Năm 2024, giá trị sản xuất của ngành ước đạt 2.395 tỷ đồng, tăng 9,9% so với năm 2023, xếp thứ 3 trong nhóm ngành hàng tiêu dùng của tỉnh.

Kết quả sản xuất một số sản phẩm chủ yếu
Sản phẩm
Đơn vị tính
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Móc áo các loại
triệu chiếc
265,0
288,4
310,0
Trong đó: móc áo xuất khẩu
triệu chiếc
142,3
160,5
175,0
Giá phơi đồ
nghìn bộ
820
905
980
Sào phơi inox
nghìn cây
1.450
1.520
1.600
Giá trị sản xuất
tỷ đồng
2.180
2.395
2.600

Các doanh nghiệp trong ngành sử dụng khoảng 8.900 lao động, trong đó lao động nữ chiếm gần 65%. Khoảng 55% sản lượng móc áo được xuất khẩu sang Hoa Kỳ, Nhật Bản và châu Âu. Năm 2025, Sở Công Thương phấn đấu hỗ trợ ít nhất 10 doanh nghiệp tham gia các hội chợ quốc tế.

Tin cùng chuyên mục:
- Hội nghị gặp gỡ doanh nghiệp FDI quý IV/2024
- Công bố Quyết định số 2561/QĐ-UBND về Chương trình khuyến công

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.216
Lượt truy cập: 1.906.442
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]

# row label, unit line, multiplier, kind, unit, subject stem, cells
ROWS = [
    ("Móc áo các loại", "triệu chiếc", 1e6, "count", "chiếc", "móc áo các loại", ["265,0", "288,4", "310,0"]),
    ("Trong đó: móc áo xuất khẩu", "triệu chiếc", 1e6, "count", "chiếc", "móc áo xuất khẩu",
     ["142,3", "160,5", "175,0"]),
    ("Giá phơi đồ", "nghìn bộ", 1e3, "count", "bộ", "giá phơi đồ", ["820", "905", "980"]),
    ("Sào phơi inox", "nghìn cây", 1e3, "count", "cây", "sào phơi inox", ["1.450", "1.520", "1.600"]),
    ("Giá trị sản xuất", "tỷ đồng", 1e9, "money", "đồng", "giá trị sản xuất", ["2.180", "2.395", "2.600"]),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
whole = {}
for label, uline, mult, kind, unit, stem, cells in ROWS:
    for i, ((col, per_, st), n) in enumerate(zip(COLS, cells)):
        if i == 0:
            anchor = f"{label}\n{uline}\n{n}"
        else:
            anchor = f"{cells[i - 1]}\n{n}\n"
        kw = {}
        if st:
            kw["status"] = st
        if label.startswith("Trong đó"):
            kw["total"] = whole[i]
        if label == "Móc áo các loại":
            whole[i] = num(n) * mult
        CELLS.append(fig(anchor, n, num(n) * mult, kind, unit, subject=f"{stem} {col}", period=per_, **kw))

FIGS = [
    fig("có 38 doanh nghiệp", "38", 38, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất móc áo, giá phơi, sào phơi và phụ kiện gia dụng bằng nhựa, kim loại"),
    fig("14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", total=38,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("ước đạt 2.395 tỷ", "2.395", 2395e9, "money", "đồng", status="estimate",
        change=chg("increase", 9.9, "%", "năm 2023"), subject="giá trị sản xuất của ngành", period=Y24),
    fig("xếp thứ 3", "3", 3, "rank", "hạng", status="estimate",
        subject="giá trị sản xuất của ngành trong nhóm ngành hàng tiêu dùng của tỉnh", period=Y24),
] + CELLS + [
    fig("khoảng 8.900 lao động", "8.900", 8900, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp trong ngành sử dụng"),
    fig("gần 65%", "65", 65, "percent", "%", approx="nearly", subject="lao động nữ"),
    fig("Khoảng 55%", "55", 55, "percent", "%", approx="about",
        subject="sản lượng móc áo được xuất khẩu sang Hoa Kỳ, Nhật Bản và châu Âu"),
    fig("ít nhất 10 doanh nghiệp", "10", 10, "count", "doanh nghiệp", approx="at_least", status="target",
        subject="doanh nghiệp được hỗ trợ tham gia các hội chợ quốc tế", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'.",
    "Distractors: 'Nhơn Trạch 3', 'Biên Hòa II', 'quý IV/2024' and Quyết định số 2561/QĐ-UBND in links, 'Số 2 Nguyễn Văn Trị',",
    "phone 0251.3822.216, counter 1.906.442, baseline 'năm 2023'.",
    "One-cell-per-line table with a unit column ('triệu chiếc', 'nghìn bộ', 'nghìn cây', 'tỷ đồng': multipliers applied);",
    "subject = row label + column label (revised after the first run: the added 'sản lượng' was dropped, to follow the spec's table rule",
    "as in p1493-3; the tool's field verdicts did not change); periods from the column headers (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target.",
    "'Trong đó: móc áo xuất khẩu' sub-row: each cell a part of the 'Móc áo các loại' cell in the same column (same thing, same",
    "period) → total (FIGURES.md parts of a whole, 'a part after trong đó that follows the whole'; a choice, the spec's table rule is silent).",
    "'xếp thứ 3' continues the 'ước đạt' clause → estimate, rank. 'trong đó 14 doanh nghiệp' → total 38.",
    "'trong đó lao động nữ chiếm gần 65%' is a percent figure of its own; 'Khoảng 55% sản lượng móc áo' has no period in its sentence.",
    "'Năm 2025, ... phấn đấu' → target.",
]

if __name__ == "__main__":
    write("p1493-7", TEXT, NOTES, FIGS, location="Đồng Nai")
