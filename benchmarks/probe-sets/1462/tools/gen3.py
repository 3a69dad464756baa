"""p1462-3: formal report (UBND tỉnh Vĩnh Phúc, Số: 27/BC-UBND): ladders and scaffolding 2024, flattened '|' table."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH VĨNH PHÚC
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vĩnh Phúc, ngày 22 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất thang nhôm, giàn giáo năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Tình hình chung
Trên địa bàn tỉnh hiện có 8 doanh nghiệp sản xuất thang nhôm và 5 doanh nghiệp sản xuất giàn giáo, cốp pha. Năm 2024, giá trị sản xuất của nhóm ngành ước đạt 1.250 tỷ đồng, tăng 9,8% so với năm 2023, đạt 104,2% kế hoạch; sản lượng giàn giáo đạt 21.600 tấn, giảm 3,5% do thị trường bất động sản phục hồi chậm.

2. Sản lượng thang nhôm
Đơn vị tính: nghìn chiếc
Sản phẩm | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Thang nhôm gấp | 312,5 | 358,0 | 114,6 | 400
Thang nhôm rút | 186,0 | 201,4 | 108,3 | 220
Thang chữ A, thang ghế | 94,3 | 88,1 | 93,4 | 90
Tổng cộng | 592,8 | 647,5 | 109,2 | 710
Trong đó: xuất khẩu | 401,2 | 463,9 | 115,6 | 520

3. Lao động
Các doanh nghiệp sử dụng 2.870 lao động, trong đó lao động nữ chiếm 38%; thu nhập bình quân 8,9 triệu đồng/người/tháng.

II. KẾ HOẠCH NĂM 2025
Phấn đấu giá trị sản xuất đạt 1.400 tỷ đồng, tăng khoảng 12%; thu hút thêm từ 1 đến 2 dự án sản xuất phụ kiện nhôm tại Khu công nghiệp Bá Thiện II.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, CN.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
P25 = per("KẾ HOẠCH NĂM 2025", "2025-01-01", "2025-12-31")

ROWS = [("Thang nhôm gấp", "thang nhôm gấp", ["312,5", "358,0", "114,6", "400"]),
        ("Thang nhôm rút", "thang nhôm rút", ["186,0", "201,4", "108,3", "220"]),
        ("Thang chữ A, thang ghế", "thang chữ A, thang ghế", ["94,3", "88,1", "93,4", "90"]),
        ("Tổng cộng", "tổng cộng", ["592,8", "647,5", "109,2", "710"]),
        ("Trong đó: xuất khẩu", "xuất khẩu", ["401,2", "463,9", "115,6", "520"])]
TOTALS = {0: 592800, 1: 647500, 3: 710000}


def num(s):
    return float(s.replace(",", "."))


CELLS = []
for label, row, cells in ROWS:
    prev = label
    for i, n in enumerate(cells):
        anchor = f"{prev} | {n}"
        prev = n
        kw = {}
        if row == "xuất khẩu" and i in TOTALS:
            kw["total"] = TOTALS[i]
        if i == 2:
            CELLS.append(fig(anchor, n, num(n), "percent", "%",
                             subject=f"sản lượng {row} so với cùng kỳ", **kw))
            continue
        col, p = [("năm 2023", C23), ("năm 2024", C24), None, ("kế hoạch 2025", K25)][i]
        if i == 3:
            kw["status"] = "target"
        CELLS.append(fig(anchor, n, num(n) * 1000, "count", "chiếc",
                         subject=f"sản lượng {row} {col}", period=p, **kw))

FIGS = [
    fig("có 8 doanh nghiệp", "8", 8, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất thang nhôm"),
    fig("và 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất giàn giáo, cốp pha"),
    fig("ước đạt 1.250 tỷ", "1.250", 1250e9, "money", "đồng", status="estimate", percent=104.2,
        change=chg("increase", 9.8, "%", "năm 2023"),
        subject="giá trị sản xuất của nhóm ngành", period=Y24),
    fig("đạt 21.600 tấn", "21.600", 21600, "measure", "tấn", change=chg("decrease", 3.5, "%"),
        subject="sản lượng giàn giáo", period=Y24),
] + CELLS + [
    fig("sử dụng 2.870 lao động", "2.870", 2870, "count", "lao động",
        subject="lao động các doanh nghiệp sử dụng"),
    fig("chiếm 38%", "38", 38, "percent", "%", subject="lao động nữ"),
    fig("bình quân 8,9 triệu", "8,9", 8.9e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("đạt 1.400 tỷ", "1.400", 1400e9, "money", "đồng", status="target",
        change=chg("increase", 12, "%", approx="about"), subject="giá trị sản xuất", period=inh(P25)),
    fig("từ 1 đến 2 dự án", "1", 1, "count", "dự án", value_max=2, status="target",
        subject="dự án sản xuất phụ kiện nhôm thu hút thêm", period=inh(P25)),
]

NOTES = [
    "Formal report: 'UBND TỈNH VĨNH PHÚC', 'Số: 27/BC-UBND', 'Vĩnh Phúc, ngày 22 tháng 01 năm 2025', sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: Số 27/BC-UBND, the letterhead date, years in the title and section heads, section numbers, 'Bá Thiện II', 'Lưu: VT, CN'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn chiếc' (×1000, unit chiếc). Columns Năm 2023 / Năm 2024 / So với cùng kỳ (%) / Kế hoạch 2025.",
    "Table cells: subject = caption indicator (sản lượng) + row + column; period from the column header; Kế hoạch 2025 → target.",
    "'So với cùng kỳ (%)' cells are percent figures (index, previous year = 100) with no period in their header: gold gives none.",
    "'Trong đó: xuất khẩu' row follows the 'Tổng cộng' row: its unit cells take the Tổng cộng cell of the same column as total",
    "(FIGURES.md: a part after 'trong đó' that follows the whole); the percent cell takes none.",
    "'ước đạt 1.250 tỷ đồng ... đạt 104,2% kế hoạch' → estimate, percent 104.2; 'sản lượng giàn giáo đạt 21.600 tấn' is a clause with its own",
    "subject and verb after ';': actual; 'giảm 3,5%' has no stated baseline. 'trong đó lao động nữ chiếm 38%' is a percent figure of its own.",
    "Section II 'Phấn đấu': target; its year stands only in the heading 'KẾ HOẠCH NĂM 2025' (inherited). 'tăng khoảng 12%' → change with approx about.",
]

if __name__ == "__main__":
    write("p1462-3", TEXT, NOTES, FIGS, published="2025-01-22", location="Vĩnh Phúc")
