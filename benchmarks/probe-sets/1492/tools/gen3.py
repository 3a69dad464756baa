"""p1492-3: formal report (UBND tỉnh Hải Dương, Số: 412/BC-UBND): bag, backpack, suitcase industry 2024; flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HẢI DƯƠNG
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Dương, ngày 18 tháng 12 năm 2024

BÁO CÁO
Tình hình sản xuất ngành túi xách, ba lô, vali năm 2024 và kế hoạch năm 2025

I. TÌNH HÌNH THỰC HIỆN NĂM 2024
1. Kết quả chung
Năm 2024, giá trị sản xuất ngành túi xách, ba lô, vali trên địa bàn tỉnh ước đạt 5.320 tỷ đồng, tăng 9,6% so với năm 2023, chiếm 2,4% giá trị sản xuất công nghiệp toàn tỉnh. Toàn ngành có 23 doanh nghiệp, sử dụng khoảng 21.400 lao động.

2. Sản lượng sản phẩm chủ yếu
Đơn vị tính: nghìn chiếc
Sản phẩm | Năm 2023 | Ước thực hiện năm 2024 | Ước TH 2024 so với cùng kỳ (%) | Kế hoạch năm 2025
Ba lô | 14.250 | 15.870 | 111,4 | 17.000
Túi xách | 8.630 | 9.120 | 105,7 | 9.500
Vali, túi du lịch | 3.410 | 3.980 | 116,7 | 4.400
Tổng số | 26.290 | 28.970 | 110,2 | 30.900

Sản lượng tập trung chủ yếu tại thành phố Hải Dương, thị xã Kinh Môn và huyện Cẩm Giàng. Công ty TNHH Hành Trang Việt (huyện Cẩm Giàng) xếp thứ nhất về sản lượng vali với 1,9 triệu chiếc.

II. KẾ HOẠCH NĂM 2025
Phấn đấu giá trị sản xuất ngành đạt 5.800 tỷ đồng, tăng 9% so với năm 2024; thu hút thêm từ 2 đến 3 dự án đầu tư mới.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
R24 = per("Ước TH 2024 so với cùng kỳ (%)", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
P25 = per("KẾ HOẠCH NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = [("năm 2023", C23, None), ("ước thực hiện năm 2024", E24, "estimate"),
        ("ước TH 2024 so với cùng kỳ", R24, "estimate"), ("kế hoạch năm 2025", K25, "target")]
ROWS = [("Ba lô", ["14.250", "15.870", "111,4", "17.000"]),
        ("Túi xách", ["8.630", "9.120", "105,7", "9.500"]),
        ("Vali, túi du lịch", ["3.410", "3.980", "116,7", "4.400"]),
        ("Tổng số", ["26.290", "28.970", "110,2", "30.900"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, cells in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, cells):
        kw = {"status": st} if st else {}
        anchor = f"{prev} | {n}"
        if col.endswith("cùng kỳ"):
            CELLS.append(fig(anchor, n, num(n), "percent", "%",
                             subject=f"sản lượng {label.lower()} {col}", period=p, **kw))
        else:
            CELLS.append(fig(anchor, n, num(n) * 1e3, "count", "chiếc",
                             subject=f"sản lượng {label.lower()} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("ước đạt 5.320 tỷ", "5.320", 5320e9, "money", "đồng", status="estimate", percent=2.4,
        change=chg("increase", 9.6, "%", "năm 2023"),
        subject="giá trị sản xuất ngành túi xách, ba lô, vali trên địa bàn tỉnh", period=Y24),
    fig("có 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp", subject="doanh nghiệp toàn ngành",
        period=inh(Y24)),
    fig("khoảng 21.400 lao động", "21.400", 21400, "count", "lao động", approx="about",
        subject="lao động toàn ngành sử dụng", period=inh(Y24)),
] + CELLS + [
    fig("xếp thứ nhất", "nhất", 1, "rank", "hạng", subject="sản lượng vali của Công ty TNHH Hành Trang Việt",
        period=inh(Y24), location="Cẩm Giàng"),
    fig("với 1,9 triệu chiếc", "1,9", 1.9e6, "count", "chiếc", subject="sản lượng vali của Công ty TNHH Hành Trang Việt",
        period=inh(Y24), location="Cẩm Giàng"),
    fig("đạt 5.800 tỷ", "5.800", 5800e9, "money", "đồng", status="target",
        change=chg("increase", 9, "%", "năm 2024"), subject="giá trị sản xuất ngành", period=P25),
    fig("từ 2 đến 3 dự án", "2", 2, "count", "dự án", value_max=3, status="target",
        subject="dự án đầu tư mới thu hút thêm", period=P25),
]

NOTES = [
    "Formal report: 'UBND TỈNH HẢI DƯƠNG', 'Số: 412/BC-UBND', 'Hải Dương, ngày 18 tháng 12 năm 2024', sections I/II and 1-2, 'Nơi nhận'.",
    "Distractors: the document number, the letterhead date, section numbers, 'năm 2024'/'năm 2025' in the title, 'Lưu: VT, KTN'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn chiếc': every numeric cell is a figure (count, chiếc, ×1000); subject = row + column;",
    "period from the column header; 'Ước thực hiện' and 'Ước TH 2024 so với cùng kỳ (%)' → estimate; 'Kế hoạch năm 2025' → target.",
    "The '(%)' column cells are percent figures (value as written, e.g. 111,4). Table cells get no total.",
    "'xếp thứ nhất' → rank 1 (ordinal word); the company stands in huyện Cẩm Giàng → location Cẩm Giàng for it and its 1,9 triệu chiếc.",
    "Sentences without their own period inherit 'Năm 2024' (section I) or 'KẾ HOẠCH NĂM 2025' (section II; '2024' there is a baseline).",
    "'Phấn đấu' governs both clauses of section II (target); 'từ 2 đến 3 dự án' is a range.",
]

if __name__ == "__main__":
    write("p1492-3", TEXT, NOTES, FIGS, published="2024-12-18", location="Hải Dương")
