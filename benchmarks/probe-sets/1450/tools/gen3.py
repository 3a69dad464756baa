"""p1450-3: formal report (UBND tỉnh Phú Thọ, Số: 27/BC-UBND): ngành giấy 2024, flattened '|' table by product group."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ỦY BAN NHÂN DÂN
TỈNH PHÚ THỌ
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Thọ, ngày 16 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất ngành giấy năm 2024, kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất
Năm 2024, toàn tỉnh sản xuất 412,6 nghìn tấn giấy các loại, tăng 5,1% so với năm 2023, đạt 101,6% kế hoạch năm. Giá trị sản xuất ngành giấy (giá so sánh 2010) ước đạt 9.240 tỷ đồng, chiếm 8,7% giá trị sản xuất công nghiệp toàn tỉnh.

2. Sản lượng theo nhóm sản phẩm
Đơn vị tính: nghìn tấn
Nhóm sản phẩm | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Giấy in, giấy viết | 92,4 | 95,0 | 102,8 | 98
Giấy tissue (vệ sinh, giấy ăn) | 61,7 | 70,3 | 113,9 | 78
Giấy bao bì công nghiệp | 238,5 | 247,3 | 103,7 | 255
Tổng cộng | 392,6 | 412,6 | 105,1 | 431

3. Doanh nghiệp, lao động, ngân sách
Toàn tỉnh có 46 doanh nghiệp sản xuất giấy, trong đó 11 doanh nghiệp sản xuất giấy tissue; tổng số lao động khoảng 7.900 người. Thu nộp ngân sách của ngành giấy đạt 628 tỷ đồng, vượt 4,7% dự toán. Trong năm, cơ quan chức năng kiểm tra 19 cơ sở, xử phạt 4 cơ sở vi phạm về môi trường với tổng số tiền 386 triệu đồng.

II. KẾ HOẠCH NĂM 2025
Phấn đấu năm 2025 sản lượng giấy các loại đạt 431 nghìn tấn, tăng 4,5% so với năm 2024; trong đó giấy tissue 78 nghìn tấn. Hoàn thành di dời 02 cơ sở sản xuất giấy ra khỏi khu dân cư thuộc thành phố Việt Trì.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
CY = per("Năm 2024", "2024-01-01", "2024-12-31", inherited=True)  # 'So với cùng kỳ (%)': the 2024 growth, year not in its header
IN_YEAR = per("Trong năm", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
COLS = ["Năm 2023", "Năm 2024", "So với cùng kỳ (%)", "Kế hoạch 2025"]
PER = {"Năm 2023": C23, "Năm 2024": Y24, "So với cùng kỳ (%)": CY, "Kế hoạch 2025": K25}


def cell(anchor, number, row, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    subject = f"{row} {col.lower()}"
    if col.startswith("So với"):
        subject = f"{row} so với cùng kỳ"
        return fig(anchor, number, float(number.replace(",", ".")), "percent", "%", subject=subject,
                   period=PER[col], **kw)
    v = float(number.replace(",", ".")) * 1e3
    return fig(anchor, number, v, "measure", "tấn", subject=subject, period=PER[col], **kw)


ROWS = [("Giấy in, giấy viết", "viết", ["92,4", "95,0", "102,8", "98"]),
        ("Giấy tissue (vệ sinh, giấy ăn)", "ăn)", ["61,7", "70,3", "113,9", "78"]),
        ("Giấy bao bì công nghiệp", "nghiệp", ["238,5", "247,3", "103,7", "255"]),
        ("Tổng cộng", "Tổng cộng", ["392,6", "412,6", "105,1", "431"])]
CELLS = []
for label, tail, nums in ROWS:
    prev = tail
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, label, col))
        prev = n

FIGS = [
    fig("sản xuất 412,6 nghìn", "412,6", 412.6e3, "measure", "tấn", percent=101.6,
        change=chg("increase", 5.1, "%", "năm 2023"), subject="giấy các loại toàn tỉnh sản xuất", period=Y24),
    fig("ước đạt 9.240 tỷ", "9.240", 9240e9, "money", "đồng", percent=8.7, status="estimate",
        subject="giá trị sản xuất ngành giấy (giá so sánh 2010)", period=inh(Y24)),
] + CELLS + [
    fig("có 46 doanh nghiệp", "46", 46, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất giấy"),
    fig("trong đó 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp", total=46,
        subject="doanh nghiệp sản xuất giấy tissue"),
    fig("khoảng 7.900 người", "7.900", 7900, "count", "người", approx="about", subject="tổng số lao động"),
    fig("đạt 628 tỷ", "628", 628e9, "money", "đồng", change=chg("increase", 4.7, "%", "dự toán"),
        subject="thu nộp ngân sách của ngành giấy", period=inh(Y24)),
    fig("kiểm tra 19 cơ sở", "19", 19, "count", "cơ sở", subject="cơ sở cơ quan chức năng kiểm tra",
        period=IN_YEAR),
    fig("xử phạt 4 cơ sở", "4", 4, "count", "cơ sở", subject="cơ sở vi phạm về môi trường bị xử phạt",
        period=IN_YEAR),
    fig("tiền 386 triệu", "386", 386e6, "money", "đồng", subject="tổng số tiền xử phạt", period=IN_YEAR),
    fig("đạt 431 nghìn", "431", 431e3, "measure", "tấn", status="target",
        change=chg("increase", 4.5, "%", "năm 2024"), subject="sản lượng giấy các loại", period=Y25),
    fig("giấy tissue 78 nghìn", "78", 78e3, "measure", "tấn", status="target", total=431e3,
        subject="giấy tissue", period=Y25),
    fig("di dời 02 cơ sở", "02", 2, "count", "cơ sở", status="target",
        subject="cơ sở sản xuất giấy di dời ra khỏi khu dân cư", location="Việt Trì",
        period=per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)),
]

NOTES = [
    "Formal report: 'ỦY BAN NHÂN DÂN / TỈNH PHÚ THỌ', 'Số: 27/BC-UBND', 'Phú Thọ, ngày 16 tháng 01 năm 2025' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: Số 27/BC-UBND, the letterhead date, '(giá so sánh 2010)', section numbers I./II./1.-3., 'Lưu: VT, KTN'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn tấn': tonnage cells are measure in tấn ×10^3; the 'So với cùng kỳ (%)' column is in %",
    "(percent figures, growth index, no change object); subject = row label + column label; period from the column header",
    "(the '%' column names no year: inherited 2024, not scored); 'Kế hoạch 2025' → status target. Cells get no total.",
    "'đạt 101,6% kế hoạch năm' → percent attribute; 'vượt 4,7% dự toán' → change (gap to plan, baseline 'dự toán').",
    "'Trong năm' in an annual report = 2024 (stated in the sentence). 'kiểm tra 19 cơ sở, xử phạt 4 cơ sở' has no part-of cue: no total.",
    "Section II: 'trong đó giấy tissue 78 nghìn tấn' → total 431 nghìn, target. '02 cơ sở ... thuộc thành phố Việt Trì' → location Việt Trì.",
]

if __name__ == "__main__":
    write("p1450-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Phú Thọ")
