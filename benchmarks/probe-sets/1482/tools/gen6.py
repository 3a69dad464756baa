"""p1482-6: department site (Sở Công Thương Nam Định), no dateline, one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH NAM ĐỊNH
Giới thiệu | Tin tức - Sự kiện | Khuyến công | Văn bản | Liên hệ

Nghề se dây, đan lưới ven biển duy trì tăng trưởng

Năm 2024, sản lượng dây và lưới các loại của các huyện ven biển ước đạt 5.360 tấn, tăng 6,1% so với năm 2023, đạt 101,1% kế hoạch. Nghề se dây, đan lưới thu hút khoảng 8.700 lao động, trong đó lao động nữ chiếm trên 70%.

Sản lượng dây, lưới các loại theo địa phương
Đơn vị tính: tấn
Địa phương
Năm 2023
Ước thực hiện năm 2024
Kế hoạch năm 2025
Huyện Giao Thủy
1.420
1.505
1.580
Huyện Hải Hậu
2.630
2.810
2.950
Huyện Nghĩa Hưng
1.000
1.045
1.100
Tổng cộng
5.050
5.360
5.630
Trong đó: dây nilon
3.210
3.455
3.650

Hải Hậu là địa phương có sản lượng lớn nhất, chiếm 52,4% tổng sản lượng; Giao Thủy đứng thứ 2. Giá dây nilon bán buôn bình quân năm 2024 khoảng 36.500 đồng/kg, giảm 4% so với năm trước do giá hạt nhựa hạ.

Năm 2025, Sở phấn đấu hỗ trợ 12 cơ sở áp dụng máy se dây tự động từ nguồn kinh phí khuyến công 1,2 tỷ đồng.

Bài viết liên quan:
- Hội chợ Triển lãm hàng thủ công mỹ nghệ lần thứ 4
- Kế hoạch số 98/KH-SCT về khuyến công năm 2025

SỞ CÔNG THƯƠNG TỈNH NAM ĐỊNH
Địa chỉ: Số 85 đường Vị Xuyên, TP Nam Định | Điện thoại: 0228.3849.360
Lượt truy cập: 1.207.455
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24s = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
COLS = {"năm 2023": (C23, None), "ước thực hiện năm 2024": (E24, "estimate"), "kế hoạch năm 2025": (K25, "target")}
ROWS = [("Huyện Giao Thủy", ["1.420", "1.505", "1.580"]),
        ("Huyện Hải Hậu", ["2.630", "2.810", "2.950"]),
        ("Huyện Nghĩa Hưng", ["1.000", "1.045", "1.100"]),
        ("Tổng cộng", ["5.050", "5.360", "5.630"]),
        ("Trong đó: dây nilon", ["3.210", "3.455", "3.650"])]
TOTALS = dict(zip(COLS, [5050, 5360, 5630]))

CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        p, st = COLS[col]
        kw = {"status": st} if st else {}
        v = float(n.replace(".", ""))
        if label.startswith("Huyện"):
            kw["location"] = label[len("Huyện "):]
            subj = f"sản lượng dây, lưới các loại {col}"
        elif label == "Tổng cộng":
            subj = f"tổng cộng sản lượng dây, lưới các loại {col}"
        else:
            subj = f"sản lượng dây nilon {col}"
            kw["total"] = TOTALS[col]
        CELLS.append(fig(f"{prev}\n{n}\n", n, v, "measure", "tấn", subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("ước đạt 5.360 tấn", "5.360", 5360, "measure", "tấn", status="estimate", percent=101.1,
        change=chg("increase", 6.1, "%", "năm 2023"),
        subject="sản lượng dây và lưới các loại của các huyện ven biển", period=Y24),
    fig("khoảng 8.700 lao động", "8.700", 8700, "count", "lao động", approx="about",
        subject="lao động nghề se dây, đan lưới"),
    fig("trên 70%", "70", 70, "percent", "%", approx="over", subject="tỷ lệ lao động nữ"),
] + CELLS + [
    fig("chiếm 52,4%", "52,4", 52.4, "percent", "%", subject="tỷ trọng trong tổng sản lượng dây, lưới",
        location="Hải Hậu", period=inh(Y24)),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", subject="sản lượng dây, lưới", location="Giao Thủy",
        period=inh(Y24)),
    fig("khoảng 36.500", "36.500", 36500, "money", "đồng/kg", approx="about",
        change=chg("decrease", 4, "%", "năm trước"), subject="giá dây nilon bán buôn bình quân", period=Y24s),
    fig("hỗ trợ 12 cơ sở", "12", 12, "count", "cơ sở", status="target",
        subject="cơ sở được hỗ trợ áp dụng máy se dây tự động", period=Y25),
    fig("khuyến công 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", status="target",
        subject="kinh phí khuyến công hỗ trợ cơ sở", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Nam Định), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'.",
    "Distractors: 'lần thứ 4', 'Kế hoạch số 98/KH-SCT', 'năm 2025' in a link title, 'Số 85 đường Vị Xuyên', phone, counter 1.207.455.",
    "No published date: all periods are stated with a year. Default location Nam Định (the department's province, named in the banner).",
    "5.360 tấn: estimate, change 6,1% vs năm 2023, percent 101,1 ('đạt 101,1% kế hoạch').",
    "'trong đó lao động nữ chiếm trên 70%': no amount of its own → a percent figure (over).",
    "One-cell-per-line table, 'Đơn vị tính: tấn'; district rows: the place goes to location, the subject is caption + column;",
    "'Ước thực hiện năm 2024' → estimate, 'Kế hoạch năm 2025' → target; periods from column headers (scored).",
    "'Trong đó: dây nilon' row follows 'Tổng cộng': each cell is a part of the Tổng cộng cell of its column (total).",
    "'Hải Hậu ... chiếm 52,4% tổng sản lượng' (percent, location Hải Hậu) and 'Giao Thủy đứng thứ 2' (rank, location Giao Thủy):",
    "the year stands in an earlier sentence (inherited).",
    "'Năm 2025, Sở phấn đấu ...' → target for both figures of the sentence.",
]

if __name__ == "__main__":
    write("p1482-6", TEXT, NOTES, FIGS, location="Nam Định")
