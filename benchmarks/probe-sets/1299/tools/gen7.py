"""p1299-7: department site (Sở Kế hoạch và Đầu tư Tây Ninh), no dateline, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH TÂY NINH
Giới thiệu | Tin tức - Sự kiện | Đăng ký doanh nghiệp | Thủ tục hành chính | Liên hệ

Kết quả phát triển doanh nghiệp năm 2024

Năm 2024, số doanh nghiệp thành lập mới trên địa bàn tỉnh Tây Ninh ước đạt 1.240 doanh nghiệp, tăng 10,1% so với năm 2023 và vượt 3,3% kế hoạch. Số doanh nghiệp tạm ngừng kinh doanh ước giảm 5,2%; số giải thể ước 301 doanh nghiệp, tăng nhẹ.

Một số chỉ tiêu phát triển doanh nghiệp
Chỉ tiêu
Đơn vị tính
Năm 2023
Ước thực hiện năm 2024
Kế hoạch năm 2025
Doanh nghiệp thành lập mới
Doanh nghiệp
1.126
1.240
1.350
Vốn đăng ký thành lập mới
Tỷ đồng
9.850
11.200
12.000
Doanh nghiệp quay trở lại hoạt động
Doanh nghiệp
512
560
-
Doanh nghiệp tạm ngừng kinh doanh
Doanh nghiệp
1.034
980
-
Doanh nghiệp giải thể
Doanh nghiệp
286
301
-
Tổng số doanh nghiệp đang hoạt động
Doanh nghiệp
7.412
8.050
8.700

Năm 2025, Sở phấn đấu hỗ trợ ít nhất 50 doanh nghiệp khởi nghiệp đổi mới sáng tạo, nâng mật độ lên khoảng 7 doanh nghiệp/1.000 dân.

Tin liên quan:
- Tây Ninh: Hội nghị gặp gỡ doanh nghiệp đầu Xuân Ất Tỵ 2025
- Hướng dẫn thủ tục tạm ngừng kinh doanh

Địa chỉ: Số 83 Phạm Tung, Phường 3, TP Tây Ninh | Điện thoại: 0276.3822.715
Lượt truy cập: 1.204.377 | Đang online: 15
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện năm 2024", per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch năm 2025", per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Doanh nghiệp thành lập mới", "Doanh nghiệp", ["1.126", "1.240", "1.350"]),
        ("Vốn đăng ký thành lập mới", "Tỷ đồng", ["9.850", "11.200", "12.000"]),
        ("Doanh nghiệp quay trở lại hoạt động", "Doanh nghiệp", ["512", "560"]),
        ("Doanh nghiệp tạm ngừng kinh doanh", "Doanh nghiệp", ["1.034", "980"]),
        ("Doanh nghiệp giải thể", "Doanh nghiệp", ["286", "301"]),
        ("Tổng số doanh nghiệp đang hoạt động", "Doanh nghiệp", ["7.412", "8.050", "8.700"])]
CELLS = []
for label, unit, nums in ROWS:
    prev = unit
    for (col, p, st), n in zip(COLS, nums):
        v = float(n.replace(".", ""))
        kw = {"status": st} if st else {}
        if unit == "Tỷ đồng":
            CELLS.append(fig(f"{prev}\n{n}\n", n, v * 1e9, "money", "đồng", subject=f"{label} {col}", period=p, **kw))
        else:
            CELLS.append(fig(f"{prev}\n{n}\n", n, v, "count", "doanh nghiệp", subject=f"{label} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("ước đạt 1.240", "1.240", 1240, "count", "doanh nghiệp", status="estimate",
        change=chg("increase", 10.1, "%", "năm 2023"),
        subject="số doanh nghiệp thành lập mới", period=Y24),
    fig("vượt 3,3%", "3,3", 3.3, "percent", "%", status="estimate",
        subject="số doanh nghiệp thành lập mới so với kế hoạch", period=Y24, optional=True),
    fig("ước giảm 5,2%", "5,2", 5.2, "percent", "%", status="estimate",
        subject="số doanh nghiệp tạm ngừng kinh doanh", period=inh(Y24)),
    fig("ước 301 doanh nghiệp", "301", 301, "count", "doanh nghiệp", status="estimate",
        subject="số doanh nghiệp giải thể", period=inh(Y24)),
] + CELLS + [
    fig("ít nhất 50 doanh nghiệp", "50", 50, "count", "doanh nghiệp", approx="at_least", status="target",
        subject="doanh nghiệp khởi nghiệp đổi mới sáng tạo được hỗ trợ", period=Y25),
    fig("khoảng 7 doanh nghiệp", "7", 7, "measure", "doanh nghiệp/1.000 dân", approx="about", status="target",
        subject="mật độ doanh nghiệp", period=Y25),
]

NOTES = [
    "Department site (Sở Kế hoạch và Đầu tư Tây Ninh) without a dateline: menu, related links, address footer, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'Số 83 Phạm Tung, Phường 3', phone 0276.3822.715, 'Lượt truy cập: 1.204.377', 'Đang online: 15', 'Ất Tỵ 2025' in a link, '1.000 dân' (a denominator).",
    "'ước đạt 1.240 …, tăng 10,1% so với năm 2023 và vượt 3,3% kế hoạch': the first change is the attribute; the second (gap to plan) is",
    "a percent figure of its own, optional per FIGURES.md. 'ước giảm 5,2%' is a growth rate as the claim (estimate).",
    "One-cell-per-line table with a unit column: unit and multiplier per row ('Tỷ đồng' → ×10^9 đồng); 'Ước thực hiện năm 2024' → estimate,",
    "'Kế hoạch năm 2025' → target; periods from the column headers; '-' cells are not figures. Subject = row label + column label.",
    "'Năm 2025, Sở phấn đấu …' governs both clauses: target. 'khoảng 7 doanh nghiệp/1.000 dân' is a rate (measure).",
]

if __name__ == "__main__":
    write("p1299-7", TEXT, NOTES, FIGS, location="Tây Ninh")
