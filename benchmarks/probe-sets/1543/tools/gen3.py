"""p1543-3: formal report (UBND tỉnh Bà Rịa - Vũng Tàu, Số: 26/BC-UBND): vegetable oil refining 2024, '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH BÀ RỊA - VŨNG TÀU
Số: 26/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bà Rịa - Vũng Tàu, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất dầu thực vật năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ NĂM 2024
1. Kết quả chung
Năm 2024, các nhà máy tinh luyện dầu thực vật trên địa bàn tỉnh sản xuất 486,3 nghìn tấn, tăng 5,4% so với năm 2023, đạt 101,3% kế hoạch; giá trị sản xuất ước đạt 17.850 tỷ đồng. Dầu thô nhập khẩu chiếm khoảng 92% tổng nguyên liệu đầu vào.

2. Sản lượng theo doanh nghiệp
Đơn vị tính: nghìn tấn
Doanh nghiệp | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Công ty TNHH Dầu thực vật Phú Mỹ | 248,6 | 262,1 | 105,4 | 270
Công ty CP Dầu ăn Sao Biển | 141,2 | 146,8 | 104,0 | 155
Công ty TNHH Dầu ăn Long Hương | 71,5 | 77,4 | 108,3 | 80
Tổng cộng | 461,3 | 486,3 | 105,4 | 505

3. Lao động, ngân sách
Các doanh nghiệp sử dụng 1.840 lao động, thu nhập bình quân 14,6 triệu đồng/người/tháng; nộp ngân sách 1.215 tỷ đồng, tăng 9,2% so với năm 2023. Trong năm, Công ty CP Dầu ăn Sao Biển hoàn thành nâng công suất nhà máy số 2 từ 450 tấn/ngày lên 600 tấn/ngày.

II. KẾ HOẠCH NĂM 2025
Phấn đấu sản lượng dầu thực vật năm 2025 đạt 505 nghìn tấn, tăng 3,8% so với năm 2024; nộp ngân sách khoảng 1.300 tỷ đồng; thu hút ít nhất 2 dự án ép dầu từ đậu nành, lạc, vừng trồng trong nước.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
COLS = {"năm 2023": (Y23, None), "năm 2024": (Y24, None), "so với cùng kỳ": (None, None),
        "kế hoạch 2025": (K25, "target")}


def cell(anchor, number, row, col):
    p, st = COLS[col]
    kw = {}
    if st:
        kw["status"] = st
    if col == "so với cùng kỳ":
        return fig(anchor, number, float(number.replace(",", ".")), "percent", "%",
                   subject=f"sản lượng {row} so với cùng kỳ", **kw)
    v = float(number.replace(",", ".")) * 1e3
    return fig(anchor, number, v, "measure", "tấn", subject=f"sản lượng {row} {col}", period=p, **kw)


ROWS = [("Công ty TNHH Dầu thực vật Phú Mỹ", "Phú Mỹ", ["248,6", "262,1", "105,4", "270"]),
        ("Công ty CP Dầu ăn Sao Biển", "Sao Biển", ["141,2", "146,8", "104,0", "155"]),
        ("Công ty TNHH Dầu ăn Long Hương", "Long Hương", ["71,5", "77,4", "108,3", "80"]),
        ("tổng cộng", "Tổng cộng", ["461,3", "486,3", "105,4", "505"])]
CELLS = []
for label, tail, nums in ROWS:
    prev = tail
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, label, col))
        prev = n

FIGS = [
    fig("sản xuất 486,3 nghìn", "486,3", 486300, "measure", "tấn", percent=101.3,
        change=chg("increase", 5.4, "%", "năm 2023"),
        subject="dầu thực vật các nhà máy tinh luyện sản xuất", period=Y24),
    fig("ước đạt 17.850 tỷ", "17.850", 17850e9, "money", "đồng", status="estimate",
        subject="giá trị sản xuất", period=Y24),
    fig("khoảng 92%", "92", 92, "percent", "%", approx="about",
        subject="dầu thô nhập khẩu trong tổng nguyên liệu đầu vào", period=inh(Y24)),
] + CELLS + [
    fig("sử dụng 1.840 lao động", "1.840", 1840, "count", "lao động",
        subject="lao động các doanh nghiệp sử dụng", period=inh(Y24)),
    fig("bình quân 14,6 triệu", "14,6", 14.6e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân", period=inh(Y24)),
    fig("ngân sách 1.215 tỷ", "1.215", 1215e9, "money", "đồng",
        change=chg("increase", 9.2, "%", "năm 2023"),
        subject="nộp ngân sách", period=inh(Y24)),
    fig("từ 450 tấn/ngày", "450", 450, "measure", "tấn/ngày",
        subject="công suất nhà máy số 2 trước khi nâng"),
    fig("lên 600 tấn/ngày", "600", 600, "measure", "tấn/ngày",
        subject="công suất nhà máy số 2 sau khi nâng"),
    fig("đạt 505 nghìn", "505", 505000, "measure", "tấn", status="target",
        change=chg("increase", 3.8, "%", "năm 2024"),
        subject="sản lượng dầu thực vật", period=Y25),
    fig("khoảng 1.300 tỷ", "1.300", 1300e9, "money", "đồng", approx="about", status="target",
        subject="nộp ngân sách", period=Y25),
    fig("ít nhất 2 dự án", "2", 2, "count", "dự án", approx="at_least", status="target",
        subject="dự án ép dầu từ đậu nành, lạc, vừng trồng trong nước thu hút", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH BÀ RỊA - VŨNG TÀU', 'Số: 26/BC-UBND', 'Bà Rịa - Vũng Tàu, ngày 15 tháng 01 năm 2025' (published), sections I/II and 1-3, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn tấn': quantity cells are measure in tấn ×10^3; rows are companies (no place): location Bà Rịa - Vũng Tàu.",
    "'So với cùng kỳ (%)' cells are percent figures (unit from the header), no period of their own (the header names none: not scored).",
    "'Kế hoạch 2025' column → status target. Table cells carry no total (no 'trong đó' row).",
    "'đạt 101,3% kế hoạch' → percent attribute of 486,3 nghìn tấn; 'Dầu thô nhập khẩu chiếm khoảng 92%' stands alone: a percent figure.",
    "'nâng công suất ... từ 450 tấn/ngày lên 600 tấn/ngày' gives two figures (old and new capacity), not a range.",
    "Section 3 figures carry the year only from the heading/paragraph: inherited (not scored).",
    "Section II 'Phấn đấu ...;' governs the whole sentence: all three clauses target, period 'năm 2025'.",
    "Distractors: Số: 26/BC-UBND, letterhead date, section numbers I./II./1.-3., 'nhà máy số 2', 'Lưu: VT, KTN'.",
]

if __name__ == "__main__":
    write("p1543-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Bà Rịa - Vũng Tàu")
