"""p1519-7: department site (Sở Công Thương Long An), no dateline: artificial-flower exports, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH LONG AN
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Hỏi đáp

Xuất khẩu hoa nhân tạo tăng trưởng khá

Năm 2024, kim ngạch xuất khẩu hoa, cành, lá nhân tạo của tỉnh ước đạt 72,5 triệu USD, tăng 11,9% so với năm 2023, đứng thứ ba cả nước về nhóm hàng này sau Bình Dương và Hà Nội.

Kim ngạch xuất khẩu hoa nhân tạo theo loại hình doanh nghiệp
Đơn vị tính: triệu USD
Loại hình
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Kế hoạch 2025
Tổng số
64,8
72,5
111,9
80,0
Trong đó:
Doanh nghiệp FDI
51,3
58,6
114,2
64,0
Doanh nghiệp trong nước
13,5
13,9
103,0
16,0

Hiện tỉnh có 7 doanh nghiệp FDI và 5 doanh nghiệp trong nước sản xuất hoa nhân tạo, chủ yếu tại các khu công nghiệp Đức Hòa III, Tân Kim và Long Hậu, sử dụng gần 9.800 lao động, trong đó lao động nữ chiếm 78%. Thu nhập bình quân năm 2024 đạt 8,4 triệu đồng/người/tháng, cao hơn 7% so với năm 2023.

Năm 2025, ngành công thương phấn đấu kim ngạch nhóm hàng này đạt 80 triệu USD, thu hút thêm 1-2 dự án FDI với tổng vốn khoảng 30 triệu USD.

Tin liên quan:
- Long An: Hội nghị đối thoại doanh nghiệp FDI lần thứ 3
- Kế hoạch số 215/KH-SCT về xúc tiến thương mại năm 2025

SỞ CÔNG THƯƠNG TỈNH LONG AN
Địa chỉ: Số 137 Nguyễn Trung Trực, Phường 2, TP Tân An
Điện thoại: 0272.3826.118
Lượt truy cập: 1.204.556 | Đang trực tuyến: 45
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
G24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31", inherited=True)
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"),
        ("so với cùng kỳ", G24, None), ("kế hoạch 2025", K25, "target")]
CAP = "kim ngạch xuất khẩu hoa nhân tạo"
ROWS = [("Tổng số", "tổng số", ["64,8", "72,5", "111,9", "80,0"]),
        ("Doanh nghiệp FDI", "doanh nghiệp FDI", ["51,3", "58,6", "114,2", "64,0"]),
        ("Doanh nghiệp trong nước", "doanh nghiệp trong nước", ["13,5", "13,9", "103,0", "16,0"])]
TOTALS = {"năm 2023": 64.8e6, "ước thực hiện 2024": 72.5e6, "kế hoạch 2025": 80e6}

CELLS = []
for label, row, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if col == "so với cùng kỳ":
            f = fig(f"{prev}\n{n}", n, float(n.replace(",", ".")), "percent", "%",
                    subject=f"{CAP} {row} {col}", period=p, **kw)
        else:
            if row != "tổng số":
                kw["total"] = TOTALS[col]
            f = fig(f"{prev}\n{n}", n, float(n.replace(",", ".")) * 1e6, "money", "USD",
                    subject=f"{CAP} {row} {col}", period=p, **kw)
        CELLS.append(f)
        prev = n

FIGS = [
    fig("ước đạt 72,5 triệu", "72,5", 72.5e6, "money", "USD", status="estimate",
        change=chg("increase", 11.9, "%", "năm 2023"),
        subject="kim ngạch xuất khẩu hoa, cành, lá nhân tạo", period=Y24),
    fig("đứng thứ ba", "ba", 3, "rank", "hạng", status="estimate",
        subject="kim ngạch xuất khẩu hoa, cành, lá nhân tạo", period=Y24),
] + CELLS + [
    fig("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", subject="doanh nghiệp FDI sản xuất hoa nhân tạo"),
    fig("và 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp",
        subject="doanh nghiệp trong nước sản xuất hoa nhân tạo"),
    fig("gần 9.800 lao động", "9.800", 9800, "count", "lao động", approx="nearly",
        subject="lao động các doanh nghiệp sản xuất hoa nhân tạo sử dụng"),
    fig("chiếm 78%", "78", 78, "percent", "%", subject="tỷ lệ lao động nữ"),
    fig("đạt 8,4 triệu", "8,4", 8.4e6, "money", "đồng/người/tháng", change=chg("increase", 7, "%", "năm 2023"),
        subject="thu nhập bình quân", period=Y24b),
    fig("đạt 80 triệu", "80", 80e6, "money", "USD", status="target",
        subject="kim ngạch nhóm hàng hoa nhân tạo", period=Y25),
    fig("thêm 1-2 dự án", "1", 1, "count", "dự án", value_max=2, status="target",
        subject="dự án FDI thu hút thêm", period=Y25),
    fig("vốn khoảng 30 triệu", "30", 30e6, "money", "USD", approx="about", status="target",
        subject="tổng vốn dự án FDI thu hút thêm", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Long An), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'Đức Hòa III', 'lần thứ 3', 'Kế hoạch số 215/KH-SCT', 'năm 2025' in a link title, 'Số 137 Nguyễn Trung Trực, Phường 2',",
    "phone 0272.3826.118, counters 1.204.556 and 45; the competitor provinces Bình Dương, Hà Nội carry no number.",
    "'đứng thứ ba cả nước' continues the 'ước đạt' clause → estimate; a province's rank is located in the province.",
    "One-cell-per-line table, 'Đơn vị tính: triệu USD' → money ×10^6; subject = caption + row + column; period from the column header",
    "(scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target.",
    "'So với cùng kỳ (%)' cells are percent figures (value as written, 111,9 = 111.9%). Their header names no period: 2024 is inherited",
    "from the neighbouring 'Ước thực hiện 2024' column (not scored).",
    "revised after the first run: their status was 'estimate' (they compare the 2024 estimate with 2023); the spec takes a table cell's",
    "status from its column header, and 'So với cùng kỳ (%)' carries no cue, so status actual (borderline).",
    "'Trong đó:' row heads the two rows below it: their money cells are parts of the 'Tổng số' cell of the same column (total);",
    "51,3 + 13,5 = 64,8; 58,6 + 13,9 = 72,5; 64 + 16 = 80. Percent cells get no total.",
    "'Thu nhập bình quân năm 2024 ... cao hơn 7% so với năm 2023' → change. 'Năm 2025 ... phấn đấu' governs its clauses: target;",
    "'1-2 dự án' a range, 'khoảng 30 triệu USD' approx about.",
]

if __name__ == "__main__":
    write("p1519-7", TEXT, NOTES, FIGS, location="Long An")
