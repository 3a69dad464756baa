"""p1471-7: department site (Sở Công Thương Vĩnh Phúc), no dateline, one-cell-per-line table by product."""
from lib import fig, per, inh, chg, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH VĨNH PHÚC
Giới thiệu | Tin tức - Sự kiện | Quản lý công nghiệp | Văn bản | Liên hệ

Ngành sản xuất thiết bị đun nước nóng tăng trưởng khá

Năm 2024, các doanh nghiệp sản xuất thiết bị đun nước nóng trên địa bàn tỉnh ước sản xuất 865 nghìn sản phẩm, tăng 9,6% so với năm 2023; giá trị sản xuất ước đạt 1.940 tỷ đồng, vượt 3,2% kế hoạch. Ngành hiện có 5 doanh nghiệp, trong đó 3 doanh nghiệp có vốn đầu tư nước ngoài, giải quyết việc làm cho khoảng 2.100 lao động.

Sản lượng thiết bị đun nước nóng
Đơn vị tính: nghìn sản phẩm
Chỉ tiêu
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Kế hoạch 2025
Bình nóng lạnh có dự trữ
598,4
652,0
109,0
700,0
Bình nóng lạnh trực tiếp
133,6
145,0
108,5
160,0
Máy nước nóng năng lượng mặt trời
57,2
68,0
118,9
75,0
Tổng số
789,2
865,0
109,6
935,0
Trong đó: xuất khẩu
212,0
251,5
118,6
280,0

Năm 2025, Sở Công Thương phấn đấu giá trị sản xuất ngành đạt 2.150 tỷ đồng, kiểm tra ít nhất 20 cơ sở kinh doanh bình nóng lạnh, tập trung tại TP Vĩnh Yên và TP Phúc Yên.

Tin liên quan:
- Hội nghị tập huấn dán nhãn năng lượng năm 2024
- Kết quả kiểm tra hàng hóa dịp Tết Nguyên đán Ất Tỵ 2025

SỞ CÔNG THƯƠNG TỈNH VĨNH PHÚC
Địa chỉ: Số 38 đường Nguyễn Trãi, phường Đống Đa, TP Vĩnh Yên
Điện thoại: 0211.3862.549
Lượt truy cập: 1.204.377 | Đang trực tuyến: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
G24 = inh(per("So với cùng kỳ (%)", "2024-01-01", "2024-12-31"))
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"),
        ("so với cùng kỳ", G24, None), ("kế hoạch 2025", K25, "target")]
ROWS = [("Bình nóng lạnh có dự trữ", ["598,4", "652,0", "109,0", "700,0"]),
        ("Bình nóng lạnh trực tiếp", ["133,6", "145,0", "108,5", "160,0"]),
        ("Máy nước nóng năng lượng mặt trời", ["57,2", "68,0", "118,9", "75,0"]),
        ("Tổng số", ["789,2", "865,0", "109,6", "935,0"]),
        ("Trong đó: xuất khẩu", ["212,0", "251,5", "118,6", "280,0"])]
TOTALS = dict(zip([c for c, _, _ in COLS], [float(x.replace(",", ".")) * 1e3 for x in ROWS[3][1]]))

CELLS = []
for label, nums in ROWS:
    prev = label
    row = label.replace("Trong đó: ", "").lower()
    for (col, p, st), n in zip(COLS, nums):
        x = float(n.replace(",", "."))
        kw = {"status": st} if st else {}
        if col == "so với cùng kỳ":
            CELLS.append(fig(f"{prev}\n{n}", n, x, "percent", "%",
                             subject=f"sản lượng {row} so với cùng kỳ", period=p))
        else:
            if label.startswith("Trong đó"):
                kw["total"] = TOTALS[col]
            CELLS.append(fig(f"{prev}\n{n}", n, x * 1e3, "count", "sản phẩm",
                             subject=f"sản lượng {row} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("ước sản xuất 865 nghìn", "865", 865e3, "count", "sản phẩm", status="estimate",
        change=chg("increase", 9.6, "%", "năm 2023"),
        subject="sản phẩm các doanh nghiệp sản xuất thiết bị đun nước nóng sản xuất", period=Y24),
    fig("ước đạt 1.940 tỷ", "1.940", 1940e9, "money", "đồng", status="estimate",
        change=chg("increase", 3.2, "%", "kế hoạch"), subject="giá trị sản xuất", period=Y24),
    fig("có 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp",
        subject="doanh nghiệp ngành sản xuất thiết bị đun nước nóng"),
    fig("trong đó 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", total=5,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("khoảng 2.100 lao động", "2.100", 2100, "count", "lao động", approx="about",
        subject="lao động được giải quyết việc làm"),
] + CELLS + [
    fig("đạt 2.150 tỷ", "2.150", 2150e9, "money", "đồng", status="target",
        subject="giá trị sản xuất ngành", period=Y25),
    fig("ít nhất 20 cơ sở", "20", 20, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở kinh doanh bình nóng lạnh kiểm tra", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Vĩnh Phúc), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'Số 38 đường Nguyễn Trãi', phone 0211.3862.549, counters 1.204.377 and 52, 'năm 2024' and 'Ất Tỵ 2025' in link titles.",
    "No published date: the years are stated in the text. Location Vĩnh Phúc throughout (TP Vĩnh Yên and TP Phúc Yên only focus the checks).",
    "Lead: 'ước sản xuất 865 nghìn sản phẩm' (multiplier nghìn) estimate with change 9,6%; 'ước đạt 1.940 tỷ đồng, vượt 3,2% kế hoạch'",
    "→ estimate, change +3,2% against the plan (spec: a gap to a plan is a change). 'trong đó 3 doanh nghiệp' → total 5.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn sản phẩm' (×1000, unit sản phẩm); subject = indicator + row + column label; periods",
    "from the column headers (scored). 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. 'So với cùng kỳ (%)' cells are",
    "percent figures (index, value as written), status actual (the column carries no estimate/plan cue), period 2024 marked inherited",
    "(the header has no year). 'Trong đó: xuất khẩu' follows the 'Tổng số' row: its count cells take the same column's Tổng số as total",
    "(spec: a part after 'trong đó' that follows the whole); other cells get no total.",
    "'Năm 2025, Sở Công Thương phấn đấu ...' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1471-7", TEXT, NOTES, FIGS, location="Vĩnh Phúc")
