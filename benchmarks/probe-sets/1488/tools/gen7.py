"""p1488-7: department site (Sở Công Thương Vĩnh Phúc), no dateline, one-cell-per-line table by product."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH VĨNH PHÚC
Giới thiệu | Tin tức - Sự kiện | Công nghiệp | Thương mại | Văn bản | Liên hệ

Ngành sản xuất bút Vĩnh Phúc vươn lên thứ 3 cả nước

Vĩnh Phúc hiện có 5 doanh nghiệp sản xuất bút, đều là doanh nghiệp FDI, tập trung tại các khu công nghiệp Bình Xuyên II và Bá Thiện, tổng vốn đăng ký 146 triệu USD. Năm 2024, sản lượng bút các loại ước đạt 136,9 triệu chiếc, tăng 8,5% so với năm 2023, xếp thứ 3 toàn quốc sau Bình Dương và Bắc Ninh. Các doanh nghiệp giải quyết việc làm cho khoảng 2.600 lao động, thu nhập bình quân 9,2 triệu đồng/người/tháng.

Sản lượng một số sản phẩm chủ yếu
Đơn vị tính: triệu chiếc
Sản phẩm
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Kế hoạch 2025
Bút bi
96,4
104,8
108,7
112,0
Bút gel
21,5
24,2
112,6
27,0
Bút dạ, bút lông
8,3
7,9
95,2
8,5
Tổng số
126,2
136,9
108,5
147,5
Trong đó: xuất khẩu
52,7
60,1
114,0
65,0

Năm 2025, Sở Công Thương phấn đấu sản lượng toàn ngành đạt 147,5 triệu chiếc, tỷ lệ xuất khẩu khoảng 44%.

Liên kết website:
- Bộ Công Thương
- Cổng thông tin điện tử tỉnh Vĩnh Phúc

SỞ CÔNG THƯƠNG TỈNH VĨNH PHÚC
Địa chỉ: Số 40 đường Nguyễn Trãi, phường Đống Đa, TP Vĩnh Yên
Điện thoại: 0211.3862.480 - Email: soct@vinhphuc.gov.vn
Lượt truy cập: 1.204.377 | Đang online: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
SS = per("So với cùng kỳ (%): Ước thực hiện 2024 so với Năm 2023", "2024-01-01", "2024-12-31", inherited=True)
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"),
        ("so với cùng kỳ", SS, None), ("kế hoạch 2025", K25, "target")]
ROWS = [("Bút bi", ["96,4", "104,8", "108,7", "112,0"]),
        ("Bút gel", ["21,5", "24,2", "112,6", "27,0"]),
        ("Bút dạ, bút lông", ["8,3", "7,9", "95,2", "8,5"]),
        ("Tổng số", ["126,2", "136,9", "108,5", "147,5"]),
        ("Trong đó: xuất khẩu", ["52,7", "60,1", "114,0", "65,0"])]
TOTALS = {"năm 2023": 126.2e6, "ước thực hiện 2024": 136.9e6, "kế hoạch 2025": 147.5e6}

CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        row = label.lower().replace("trong đó: ", "")
        x = float(n.replace(",", "."))
        if col == "so với cùng kỳ":
            f = fig(f"{prev}\n{n}", n, x, "percent", "%", subject=f"sản lượng {row} so với cùng kỳ", period=p, **kw)
        else:
            if label.startswith("Trong đó"):
                kw["total"] = TOTALS[col]
            f = fig(f"{prev}\n{n}", n, x * 1e6, "count", "chiếc", subject=f"sản lượng {row} {col}", period=p, **kw)
        CELLS.append(f)
        prev = n

FIGS = [
    fig("lên thứ 3", "3", 3, "rank", "hạng", subject="ngành sản xuất bút"),
    fig("có 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất bút"),
    fig("ký 146 triệu", "146", 146e6, "money", "USD", subject="tổng vốn đăng ký"),
    fig("ước đạt 136,9 triệu", "136,9", 136.9e6, "count", "chiếc", status="estimate",
        change=chg("increase", 8.5, "%", "năm 2023"), subject="sản lượng bút các loại", period=Y24),
    fig("xếp thứ 3", "3", 3, "rank", "hạng", status="estimate", subject="sản lượng bút các loại", period=Y24),
    fig("khoảng 2.600 lao động", "2.600", 2600, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp giải quyết việc làm"),
    fig("bình quân 9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
] + CELLS + [
    fig("đạt 147,5 triệu", "147,5", 147.5e6, "count", "chiếc", status="target", subject="sản lượng toàn ngành",
        period=Y25),
    fig("khoảng 44%", "44", 44, "percent", "%", approx="about", status="target", subject="tỷ lệ xuất khẩu",
        period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Vĩnh Phúc) with NO dateline: menu, links, footer with address, phone, e-mail, 'Lượt truy cập', 'Đang online'.",
    "No published date; every period is stated in the text. Location Vĩnh Phúc throughout (the ranks are the province's).",
    "'xếp thứ 3 toàn quốc' continues the 'ước đạt' clause -> estimate, period 2024. Headline 'vươn lên thứ 3 cả nước' -> rank 3, no period.",
    "One-cell-per-line table, 'Đơn vị tính: triệu chiếc': cells are counts in chiếc x10^6; subject = row + column label; period from the header;",
    "'Ước thực hiện 2024' -> estimate, 'Kế hoạch 2025' -> target. 'So với cùng kỳ (%)' cells are percent figures (index, value as written),",
    "status actual (the header has no estimate/plan cue), period not in the header: the compared year 2024 marked inherited (not scored).",
    "'Trong đó: xuất khẩu' row follows 'Tổng số': its count cells are parts of the Tổng số cell of the same column (total). Other rows: no total.",
    "Distractors: 'Bình Xuyên II', address 'Số 40', phone, e-mail, 'Lượt truy cập: 1.204.377', 'Đang online: 52'.",
]

if __name__ == "__main__":
    write("p1488-7", TEXT, NOTES, FIGS, published=None, location="Vĩnh Phúc")
