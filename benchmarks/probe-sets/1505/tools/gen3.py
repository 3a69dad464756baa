"""p1505-3: formal report (UBND tỉnh Vĩnh Phúc, Số: 318/BC-UBND), flattened '|' table by locality."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH VĨNH PHÚC
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vĩnh Phúc, ngày 22 tháng 12 năm 2023

BÁO CÁO
Tình hình sản xuất bồn chứa nước, téc nước năm 2023 và kế hoạch năm 2024

I. KẾT QUẢ NĂM 2023
1. Tình hình chung
Năm 2023, toàn tỉnh có 9 cơ sở sản xuất bồn nước inox, bồn nhựa và téc nước, trong đó 6 cơ sở có vốn đầu tư trong nước. Sản lượng cả năm ước đạt 305,8 nghìn chiếc, giảm 3,2% so với năm 2022, bằng 94,1% kế hoạch; giá trị sản xuất ước đạt 1.120 tỷ đồng.

2. Sản lượng theo địa bàn
Đơn vị tính: nghìn chiếc
Địa bàn | Năm 2022 | Ước thực hiện 2023 | Kế hoạch 2024
TP Vĩnh Yên | 58,4 | 55,1 | 60,0
TP Phúc Yên | 42,7 | 40,9 | 43,5
Huyện Bình Xuyên | 186,2 | 181,6 | 195,0
Huyện Yên Lạc | 28,6 | 28,2 | 30,5
Tổng cộng | 315,9 | 305,8 | 329,0

3. Lao động, xuất khẩu và chất lượng
Các cơ sở sử dụng 1.460 lao động, giảm 85 người so với năm 2022. Kim ngạch xuất khẩu ước đạt 7,8 triệu USD, chủ yếu sang Lào và Campuchia. Trong năm, Sở Khoa học và Công nghệ kiểm tra 24 lô sản phẩm, phát hiện 3 lô bồn inox có độ dày thành bồn thấp hơn mức công bố, xử phạt 45 triệu đồng.

II. KẾ HOẠCH NĂM 2024
Phấn đấu sản lượng đạt 329 nghìn chiếc, tăng 7,6% so với năm 2023; kim ngạch xuất khẩu trên 8,5 triệu USD; 100% cơ sở công bố hợp quy sản phẩm theo QCVN 16:2023/BXD.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT3.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
CN = per("cả năm", "2023-01-01", "2023-12-31")
TN = per("Trong năm", "2023-01-01", "2023-12-31")
H23 = per("KẾT QUẢ NĂM 2023", "2023-01-01", "2023-12-31", inherited=True)
H24 = per("KẾ HOẠCH NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = {
    "năm 2022": (per("Năm 2022", "2022-01-01", "2022-12-31"), None),
    "ước thực hiện 2023": (per("Ước thực hiện 2023", "2023-01-01", "2023-12-31"), "estimate"),
    "kế hoạch 2024": (per("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target"),
}


def cell(anchor, number, place, col):
    p, st = COLS[col]
    kw = {"status": st} if st else {}
    if place:
        kw["location"] = place
        subject = f"sản lượng bồn chứa nước, téc nước {col}"
    else:
        subject = f"tổng cộng sản lượng bồn chứa nước, téc nước {col}"
    v = float(number.replace(",", ".")) * 1e3
    return fig(anchor, number, v, "count", "chiếc", subject=subject, period=p, **kw)


ROWS = [("TP Vĩnh Yên", "Vĩnh Yên", ["58,4", "55,1", "60,0"]),
        ("TP Phúc Yên", "Phúc Yên", ["42,7", "40,9", "43,5"]),
        ("Huyện Bình Xuyên", "Bình Xuyên", ["186,2", "181,6", "195,0"]),
        ("Huyện Yên Lạc", "Yên Lạc", ["28,6", "28,2", "30,5"]),
        ("Tổng cộng", None, ["315,9", "305,8", "329,0"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, place, col))
        prev = n

FIGS = [
    fig("có 9 cơ sở", "9", 9, "count", "cơ sở", subject="cơ sở sản xuất bồn nước inox, bồn nhựa và téc nước",
        period=Y23),
    fig("trong đó 6 cơ sở", "6", 6, "count", "cơ sở", total=9, subject="cơ sở có vốn đầu tư trong nước",
        period=Y23),
    fig("ước đạt 305,8 nghìn", "305,8", 305.8e3, "count", "chiếc", status="estimate", percent=94.1,
        change=chg("decrease", 3.2, "%", "năm 2022"), subject="sản lượng bồn chứa nước, téc nước", period=CN),
    fig("ước đạt 1.120 tỷ", "1.120", 1120e9, "money", "đồng", status="estimate", subject="giá trị sản xuất",
        period=CN),
] + CELLS + [
    fig("sử dụng 1.460 lao động", "1.460", 1460, "count", "lao động",
        change=chg("decrease", 85, "người", "năm 2022"), subject="lao động các cơ sở sử dụng", period=H23),
    fig("ước đạt 7,8 triệu", "7,8", 7.8e6, "money", "USD", status="estimate", subject="kim ngạch xuất khẩu",
        period=H23),
    fig("kiểm tra 24 lô", "24", 24, "count", "lô sản phẩm", subject="lô sản phẩm Sở Khoa học và Công nghệ kiểm tra",
        period=TN),
    fig("phát hiện 3 lô", "3", 3, "count", "lô", subject="lô bồn inox có độ dày thành bồn thấp hơn mức công bố",
        period=TN),
    fig("xử phạt 45 triệu", "45", 45e6, "money", "đồng", subject="tiền xử phạt", period=TN),
    fig("đạt 329 nghìn", "329", 329e3, "count", "chiếc", status="target",
        change=chg("increase", 7.6, "%", "năm 2023"), subject="sản lượng", period=H24),
    fig("trên 8,5 triệu", "8,5", 8.5e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu", period=H24),
    fig("100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở công bố hợp quy sản phẩm", period=H24),
]

NOTES = [
    "Formal report: 'UBND TỈNH VĨNH PHÚC', 'Số: 318/BC-UBND', 'Vĩnh Phúc, ngày 22 tháng 12 năm 2023' (published), sections I/II, 'Nơi nhận'.",
    "Distractors: 318/BC-UBND, letterhead date, section numbers I./II./1.-3., 'QCVN 16:2023/BXD', 'Lưu: VT, KT3', years in the title.",
    "Flattened '|' table, 'Đơn vị tính: nghìn chiếc'; rows are localities (→ location), 'Tổng cộng' row → the province;",
    "subject = caption indicator + column label; period from the column header (scored); 'Ước thực hiện 2023' → estimate,",
    "'Kế hoạch 2024' → target. Table cells get no total.",
    "'Sản lượng cả năm ước đạt ...': 'cả năm' takes the year of 'Năm 2023'; 'bằng 94,1% kế hoạch' is the percent attribute.",
    "Section 3 figures without a period phrase inherit the heading year (inherited, not scored); 'Trong năm' of an annual report",
    "is 2023 (as 'trong tháng' of a monthly report). 'kiểm tra 24 lô ..., phát hiện 3 lô' has no part-of cue: no total.",
    "Section II ('KẾ HOẠCH NĂM 2024', 'Phấn đấu') → target, period inherited from the heading.",
]

if __name__ == "__main__":
    write("p1505-3", TEXT, NOTES, FIGS, published="2023-12-22", location="Vĩnh Phúc")
