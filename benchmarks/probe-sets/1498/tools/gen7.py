"""p1498-7: department site (Sở Công Thương Hải Dương), no dateline, one-cell-per-line table of output by product."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH HẢI DƯƠNG
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Hỏi đáp

Sản xuất thiết bị điện dân dụng duy trì đà tăng trưởng

Trên địa bàn tỉnh Hải Dương hiện có 23 doanh nghiệp sản xuất ổ cắm, phích cắm, công tắc và dây điện dân dụng, tập trung tại các khu công nghiệp Đại An, Phúc Điền và Lai Vu. Năm 2024, giá trị sản xuất của nhóm ngành ước đạt 3.150 tỷ đồng, tăng 12,6% so với năm 2023, chiếm khoảng 1,4% giá trị sản xuất công nghiệp toàn tỉnh.

Sản lượng một số sản phẩm chủ yếu
Đơn vị tính: nghìn chiếc
Sản phẩm
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Kế hoạch 2025
Ổ cắm các loại
12.840
14.210
110,7
15.500
Trong đó: ổ cắm kéo dài
7.360
8.050
109,4
8.800
Phích cắm
6.920
7.480
108,1
8.000
Công tắc điện
9.650
10.930
113,3
12.000
Tổng số
29.410
32.620
110,9
35.500

Năm 2025, Sở Công Thương phấn đấu hỗ trợ ít nhất 5 doanh nghiệp đạt chứng nhận hợp quy và đưa sản phẩm vào hệ thống siêu thị.

Tin liên quan:
- Hội nghị kết nối doanh nghiệp công nghiệp hỗ trợ lần thứ 3
- Công bố sản phẩm công nghiệp nông thôn tiêu biểu năm 2024

SỞ CÔNG THƯƠNG TỈNH HẢI DƯƠNG
Địa chỉ: Số 2 Hồng Quang, TP Hải Dương
Điện thoại: 0220.3852.541
Lượt truy cập: 1.204.377 | Đang trực tuyến: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("Năm 2023", C23, None), ("Ước thực hiện 2024", E24, "estimate"),
        ("So với cùng kỳ (%)", inh(E24), None), ("Kế hoạch 2025", K25, "target")]
ROWS = [("Ổ cắm các loại", "ổ cắm các loại", ["12.840", "14.210", "110,7", "15.500"]),
        ("Trong đó: ổ cắm kéo dài", "ổ cắm kéo dài", ["7.360", "8.050", "109,4", "8.800"]),
        ("Phích cắm", "phích cắm", ["6.920", "7.480", "108,1", "8.000"]),
        ("Công tắc điện", "công tắc điện", ["9.650", "10.930", "113,3", "12.000"]),
        ("Tổng số", "tổng số", ["29.410", "32.620", "110,9", "35.500"])]
WHOLE = dict(zip(["Năm 2023", "Ước thực hiện 2024", "So với cùng kỳ (%)", "Kế hoạch 2025"], ROWS[0][2]))

CELLS = []
for label, row, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if col == "So với cùng kỳ (%)":
            CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(",", ".")), "percent", "%",
                             subject=f"sản lượng {row} ước thực hiện 2024 so với cùng kỳ", period=p, **kw))
        else:
            if label.startswith("Trong đó"):
                kw["total"] = float(WHOLE[col].replace(".", "")) * 1e3
            CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")) * 1e3, "count", "chiếc",
                             subject=f"sản lượng {row} {col.lower()}", period=p, **kw))
        prev = n

FIGS = [
    fig("có 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất ổ cắm, phích cắm, công tắc và dây điện dân dụng"),
    fig("ước đạt 3.150 tỷ", "3.150", 3150e9, "money", "đồng", status="estimate", percent=1.4,
        change=chg("increase", 12.6, "%", "năm 2023"),
        subject="giá trị sản xuất của nhóm ngành", period=Y24),
] + CELLS + [
    fig("ít nhất 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", approx="at_least", status="target",
        subject="doanh nghiệp được hỗ trợ đạt chứng nhận hợp quy và đưa sản phẩm vào hệ thống siêu thị", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Hải Dương), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'lần thứ 3', 'năm 2024' in a link, 'Số 2 Hồng Quang', phone 0220.3852.541, counters 1.204.377 and 52,",
    "'khu công nghiệp Đại An, Phúc Điền và Lai Vu'.",
    "'ước đạt 3.150 tỷ đồng, tăng 12,6% ..., chiếm khoảng 1,4% ...' → estimate, change, percent 1.4.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn chiếc': count cells ×1000, unit chiếc; subject = 'sản lượng' + row + column label;",
    "period from the column header (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target.",
    "'So với cùng kỳ (%)' column: percent figures, period 2024 inherited (the header names no year; it compares the 2024 column).",
    "Status of that column: actual (its header has no 'ước'/'kế hoạch' cue; borderline, a reader may carry 'ước' over).",
    "The 'Trong đó: ổ cắm kéo dài' sub-row follows the 'Ổ cắm các loại' row: its count cells take that row's cell of the same column",
    "as total (same unit, same period, FIGURES.md parts after 'trong đó'). Other rows and the 'Tổng số' row get no total (no cue).",
    "'Năm 2025, Sở Công Thương phấn đấu hỗ trợ ít nhất 5 doanh nghiệp' → target, at_least.",
]

if __name__ == "__main__":
    write("p1498-7", TEXT, NOTES, FIGS, location="Hải Dương")
