"""p1558-3: formal report (Sở Công Thương Hưng Yên): diapers and pads 2024, flattened '|' table by company."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH HƯNG YÊN
SỞ CÔNG THƯƠNG
Số: 412/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hưng Yên, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất tã giấy, băng vệ sinh năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Tình hình chung
Năm 2024, toàn tỉnh có 4 doanh nghiệp sản xuất tã giấy, băng vệ sinh đang hoạt động, tổng công suất thiết kế khoảng 2,3 tỷ sản phẩm/năm. Sản lượng tã giấy đạt 1.186 triệu miếng, tăng 9,3% so với năm 2023, vượt 3,1% kế hoạch; sản lượng băng vệ sinh đạt 540 triệu miếng, bằng 96,4% kế hoạch.

2. Sản lượng tã giấy theo doanh nghiệp
Đơn vị tính: triệu miếng
STT | Doanh nghiệp | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
1 | Công ty TNHH Tã giấy Phố Hiến | 512 | 563 | 110,0
2 | Công ty CP Hóa mỹ phẩm Tân Hưng | 398 | 431 | 108,3
3 | Công ty TNHH Vệ sinh Kim Động | 175 | 192 | 109,7
Tổng cộng | | 1.085 | 1.186 | 109,3

3. Tiêu thụ, xuất khẩu, lao động
Doanh thu của các doanh nghiệp ước đạt 3.920 tỷ đồng, tăng 11,5%. Kim ngạch xuất khẩu đạt 58,2 triệu USD, chiếm khoảng 37% doanh thu. Nộp ngân sách nhà nước 215 tỷ đồng. Các doanh nghiệp sử dụng 2.150 lao động, thu nhập bình quân 8,9 triệu đồng/người/tháng.

II. KẾ HOẠCH NĂM 2025
Phấn đấu năm 2025 sản lượng tã giấy đạt 1.300 triệu miếng, tăng khoảng 9,6%; sản lượng băng vệ sinh 580 triệu miếng; tỷ lệ sản phẩm lỗi không quá 0,5%; thu hút thêm ít nhất 2 dự án sản xuất tã người lớn theo Kế hoạch số 86/KH-UBND.

Nơi nhận:
- UBND tỉnh (b/c);
- Bộ Công Thương;
- Lưu: VT, QLCN.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
HY = "Hưng Yên"

COLS = [("năm 2023", Y23, "miếng"), ("năm 2024", Y24, "miếng"), ("so với cùng kỳ", None, "%")]
ROWS = [("1 | Công ty TNHH Tã giấy Phố Hiến", "Công ty TNHH Tã giấy Phố Hiến", ["512", "563", "110,0"]),
        ("2 | Công ty CP Hóa mỹ phẩm Tân Hưng", "Công ty CP Hóa mỹ phẩm Tân Hưng", ["398", "431", "108,3"]),
        ("3 | Công ty TNHH Vệ sinh Kim Động", "Công ty TNHH Vệ sinh Kim Động", ["175", "192", "109,7"]),
        ("Tổng cộng | |", "tổng cộng", ["1.085", "1.186", "109,3"])]
CELLS = []
for lead, label, nums in ROWS:
    prev = lead if lead.endswith("|") else lead + " |"
    for (col, p, unit), n in zip(COLS, nums):
        v = float(n.replace(".", "").replace(",", "."))
        kw = {"period": p} if p else {}
        if unit == "%":
            CELLS.append(fig(f"{prev} {n}", n, v, "percent", "%",
                             subject=f"sản lượng tã giấy {label} {col}", **kw))
        else:
            CELLS.append(fig(f"{prev} {n}", n, v * 1e6, "count", "miếng",
                             subject=f"sản lượng tã giấy {label} {col}", **kw))
        prev = f"{n} |"

FIGS = [
    fig("có 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất tã giấy, băng vệ sinh đang hoạt động", period=Y24),
    fig("khoảng 2,3 tỷ", "2,3", 2.3e9, "measure", "sản phẩm/năm", approx="about",
        subject="tổng công suất thiết kế", period=Y24),
    fig("đạt 1.186 triệu", "1.186", 1186e6, "count", "miếng", change=chg("increase", 9.3, "%", "năm 2023"),
        subject="sản lượng tã giấy", period=inh(Y24)),
    fig("vượt 3,1% kế hoạch", "3,1", 3.1, "percent", "%", subject="sản lượng tã giấy so với kế hoạch",
        period=inh(Y24), optional=True),
    fig("đạt 540 triệu", "540", 540e6, "count", "miếng", percent=96.4,
        subject="sản lượng băng vệ sinh", period=inh(Y24)),
] + CELLS + [
    fig("ước đạt 3.920 tỷ", "3.920", 3920e9, "money", "đồng", status="estimate", change=chg("increase", 11.5, "%"),
        subject="doanh thu của các doanh nghiệp", period=inh(Y24)),
    fig("đạt 58,2 triệu", "58,2", 58.2e6, "money", "USD", percent=37,
        subject="kim ngạch xuất khẩu", period=inh(Y24)),
    fig("nước 215 tỷ", "215", 215e9, "money", "đồng", subject="nộp ngân sách nhà nước", period=inh(Y24)),
    fig("sử dụng 2.150 lao động", "2.150", 2150, "count", "lao động",
        subject="lao động các doanh nghiệp sử dụng", period=inh(Y24)),
    fig("bình quân 8,9 triệu", "8,9", 8.9e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân", period=inh(Y24)),
    fig("đạt 1.300 triệu", "1.300", 1300e6, "count", "miếng", status="target",
        change=chg("increase", 9.6, "%", approx="about"), subject="sản lượng tã giấy", period=Y25),
    fig("sinh 580 triệu", "580", 580e6, "count", "miếng", status="target",
        subject="sản lượng băng vệ sinh", period=Y25),
    fig("không quá 0,5%", "0,5", 0.5, "percent", "%", approx="at_most", status="target",
        subject="tỷ lệ sản phẩm lỗi", period=Y25),
    fig("ít nhất 2 dự án", "2", 2, "count", "dự án", approx="at_least", status="target",
        subject="dự án sản xuất tã người lớn thu hút thêm", period=Y25),
]

NOTES = [
    "Formal report (Sở Công Thương Hưng Yên): letterhead, 'Số: 412/BC-SCT', 'Hưng Yên, ngày 15 tháng 01 năm 2025', sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: document numbers 412/BC-SCT and 'Kế hoạch số 86/KH-UBND', STT row numbers 1-3, section numbers, the letterhead date.",
    "'tăng 9,3% so với năm 2023, vượt 3,1% kế hoạch': two changes on one figure; the first is the attribute, the second an optional percent figure.",
    "'bằng 96,4% kế hoạch' → percent attribute; 'chiếm khoảng 37% doanh thu' → percent attribute 37 of the export value.",
    "Flattened table, 'Đơn vị tính: triệu miếng'; every numeric cell is a figure; subject = caption indicator + row + column label; row numbers are not figures.",
    "Table periods from the column headers (scored); the 'So với cùng kỳ (%)' column has no period and no cue (actual, percent figures, value as written).",
    "'Kim Động' inside a company name is not a place of the row: location stays Hưng Yên.",
    "Section 3 sentences inherit 'Năm 2024' (not scored). Section II: 'Phấn đấu năm 2025' governs all ';' clauses (target, period scored).",
]

if __name__ == "__main__":
    write("p1558-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Hưng Yên")
