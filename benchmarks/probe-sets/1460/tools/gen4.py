"""p1460-4: formal report (UBND tỉnh Hải Dương, Số: 27/BC-UBND): lock industry 2024, flattened '|' table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH HẢI DƯƠNG
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Dương, ngày 17 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất khóa và phụ kiện kim khí năm 2024, nhiệm vụ năm 2025

I. KẾT QUẢ NĂM 2024
1. Đến ngày 31/12/2024, toàn tỉnh có 21 doanh nghiệp và 64 hộ kinh doanh sản xuất khóa, phụ kiện kim khí, tập trung tại huyện Tứ Kỳ và thành phố Chí Linh, sử dụng gần 2.900 lao động.
2. Sản lượng khóa các loại năm 2024 ước đạt 6,15 triệu sản phẩm, tăng 6,9% so với năm 2023; doanh thu ước đạt 1.240 tỷ đồng, bằng 103,3% kế hoạch; nộp ngân sách ước 86,5 tỷ đồng. Tỷ lệ doanh nghiệp áp dụng hệ thống quản lý chất lượng ISO 9001 là 61,9% (13/21 doanh nghiệp), vượt chỉ tiêu năm 2024 là 60%.

Sản lượng một số sản phẩm khóa chủ yếu
Đơn vị tính: nghìn sản phẩm
TT | Sản phẩm | Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%) | Kế hoạch 2025
1 | Khóa cửa tay gạt | 2.150 | 2.380 | 110,7 | 2.600
2 | Ổ khóa treo | 3.420 | 3.510 | 102,6 | 3.600
3 | Khóa điện tử | 185 | 262 | 141,6 | 350
 | Tổng cộng | 5.755 | 6.152 | 106,9 | 6.550

Khóa điện tử chiếm 4,3% tổng sản lượng (năm 2023 là 3,2%).
3. Khó khăn: khoảng 70% linh kiện điện tử phải nhập khẩu; giá thép, đồng tăng 8-10% so với năm 2023.

II. NHIỆM VỤ NĂM 2025
Năm 2025, phấn đấu sản lượng đạt 6,55 triệu sản phẩm, tăng 6,5% so với năm 2024; thu hút từ 2 đến 3 dự án sản xuất khóa điện tử.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

ASOF = P("Đến ngày 31/12/2024", None, "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
E24 = P("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = ["Năm 2023", "Ước thực hiện 2024", "So với cùng kỳ (%)", "Kế hoạch 2025"]
COLP = {"Năm 2023": (C23, None), "Ước thực hiện 2024": (E24, "estimate"),
        "So với cùng kỳ (%)": (I(E24), None), "Kế hoạch 2025": (K25, "target")}


def cell(anchor, number, row, col):
    per, st = COLP[col]
    kw = {"status": st} if st else {}
    v = float(number.replace(".", "").replace(",", "."))
    if col.startswith("So với"):
        return F(anchor, number, v, "percent", "%", subject=f"sản lượng {row} so với cùng kỳ",
                 period=per, **kw)
    return F(anchor, number, v * 1000, "count", "sản phẩm", subject=f"sản lượng {row} {col.lower()}",
             period=per, **kw)


ROWS = [("Khóa cửa tay gạt", "khóa cửa tay gạt", ["2.150", "2.380", "110,7", "2.600"]),
        ("Ổ khóa treo", "ổ khóa treo", ["3.420", "3.510", "102,6", "3.600"]),
        ("Khóa điện tử", "khóa điện tử", ["185", "262", "141,6", "350"]),
        ("Tổng cộng", "khóa tổng cộng", ["5.755", "6.152", "106,9", "6.550"])]
CELLS = []
for label, row, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, row, col))
        prev = n

FIGS = [
    F("có 21 doanh nghiệp", "21", 21, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất khóa, phụ kiện kim khí", period=ASOF),
    F("và 64 hộ", "64", 64, "count", "hộ kinh doanh",
      subject="hộ kinh doanh sản xuất khóa, phụ kiện kim khí", period=ASOF),
    F("gần 2.900 lao động", "2.900", 2900, "count", "lao động", approx="nearly",
      subject="lao động sản xuất khóa, phụ kiện kim khí", period=ASOF),
    F("ước đạt 6,15 triệu", "6,15", 6.15e6, "count", "sản phẩm", status="estimate",
      change=C("increase", 6.9, "%", "năm 2023"), subject="sản lượng khóa các loại", period=Y24),
    F("ước đạt 1.240 tỷ", "1.240", 1240e9, "money", "đồng", status="estimate", percent=103.3,
      subject="doanh thu", period=Y24),
    F("ước 86,5 tỷ", "86,5", 86.5e9, "money", "đồng", status="estimate",
      subject="nộp ngân sách", period=Y24),
    F("ISO 9001 là 61,9%", "61,9", 61.9, "percent", "%", target=T(60, "%", True),
      subject="tỷ lệ doanh nghiệp áp dụng hệ thống quản lý chất lượng ISO 9001"),
    F("(13/21 doanh nghiệp)", "13", 13, "count", "doanh nghiệp", total=21,
      subject="doanh nghiệp áp dụng hệ thống quản lý chất lượng ISO 9001"),
] + CELLS + [
    F("chiếm 4,3%", "4,3", 4.3, "percent", "%", subject="tỷ trọng khóa điện tử trong tổng sản lượng",
      period=I(Y24)),
    F("là 3,2%", "3,2", 3.2, "percent", "%", subject="tỷ trọng khóa điện tử trong tổng sản lượng",
      period=Y23),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about", subject="linh kiện điện tử phải nhập khẩu"),
    F("tăng 8-10%", "8", 8, "percent", "%", value_max=10, subject="giá thép, đồng"),
    F("đạt 6,55 triệu", "6,55", 6.55e6, "count", "sản phẩm", status="target",
      change=C("increase", 6.5, "%", "năm 2024"), subject="sản lượng", period=Y25),
    F("từ 2 đến 3", "2", 2, "count", "dự án", value_max=3, status="target",
      subject="dự án sản xuất khóa điện tử thu hút", period=Y25),
]

NOTES = [
    "Formal report (UBND tỉnh Hải Dương): 'Số: 27/BC-UBND', 'Hải Dương, ngày 17 tháng 01 năm 2025', sections I/II and 1.-3., 'Nơi nhận'.",
    "Distractors: 27/BC-UBND, the letterhead date, section numbers I., II., 1.-3., table row numbers 1-3, 'năm 2024'/'năm 2025' in the title.",
    "'Đến ngày 31/12/2024' is an as-of date for 21 doanh nghiệp, 64 hộ, 2.900 lao động; 'tập trung tại huyện Tứ Kỳ và thành phố Chí Linh'",
    "does not make those province totals district figures: location Hải Dương.",
    "Item 2: three clauses each with 'ước' -> estimate; 'bằng 103,3% kế hoạch' is the percent of the doanh thu.",
    "Flattened '|' table, 'Đơn vị tính: nghìn sản phẩm' (x1000, unit 'sản phẩm'). Subject = row + column label; period from the column header",
    "(scored); 'Ước thực hiện 2024' -> estimate, 'Kế hoạch 2025' -> target. 'So với cùng kỳ (%)' cells are percent figures (growth as",
    "the claim); their header has no year and no status cue, so status actual and the 2024 period is inherited (not scored). Cells get no total.",
    "'Khóa điện tử chiếm 4,3% tổng sản lượng' has no amount before it: a percent figure. 'tăng 8-10% so với năm 2023' is a range of growth rates.",
    "'ISO 9001' is a standard name. 'là 61,9% (13/21 doanh nghiệp), vượt chỉ tiêu năm 2024 là 60%': the percent is the figure, with target 60",
    "met (as 'vượt mục tiêu đề ra là 7%'); 13/21 is a count with total 21. 'năm 2024' belongs to the chỉ tiêu, so no period (as in shared gold 000).",
    "Section II: 'Năm 2025, phấn đấu ...' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1460-4", TEXT, NOTES, FIGS, published="2025-01-17", location="Hải Dương")
