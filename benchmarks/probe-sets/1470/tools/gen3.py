"""p1470-3: formal report (UBND tỉnh Bắc Ninh, Số: 57/BC-UBND): carts and trolleys 2024, flattened '|' table by product group."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH BẮC NINH
Số: 57/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 16 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất xe đẩy, xe rùa và dụng cụ vận chuyển cầm tay năm 2024, kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất
Năm 2024, toàn tỉnh có 46 doanh nghiệp và 230 hộ cá thể sản xuất xe đẩy, xe rùa, tập trung tại thành phố Từ Sơn và huyện Yên Phong. Tổng sản lượng ước đạt 1,26 triệu chiếc, tăng 9,6% so với năm 2023, vượt 5% kế hoạch; giá trị sản xuất ước đạt 1.480 tỷ đồng.

Sản lượng theo nhóm sản phẩm:
Đơn vị tính: nghìn chiếc
Nhóm sản phẩm | Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Xe rùa, xe cút kít | 512,0 | 548,5 | 107,1 | 580,0
Xe đẩy hàng sàn, xe kéo tay | 421,4 | 468,2 | 111,1 | 500,0
Xe đẩy siêu thị | 216,3 | 243,3 | 112,5 | 270,0
Tổng cộng | 1.149,7 | 1.260,0 | 109,6 | 1.350,0

2. Xuất khẩu
Kim ngạch xuất khẩu xe đẩy các loại ước đạt 38,5 triệu USD, chiếm khoảng 65% giá trị sản xuất; thị trường chính là Hoa Kỳ, Nhật Bản và Hàn Quốc.

3. Lao động, đầu tư
Các cơ sở sử dụng khoảng 5.300 lao động, thu nhập bình quân 8,7 triệu đồng/người/tháng, cao hơn 6% so với năm 2023. Trong năm, 3 doanh nghiệp đầu tư dây chuyền hàn robot với tổng vốn trên 120 tỷ đồng.

II. KẾ HOẠCH NĂM 2025
Phấn đấu tổng sản lượng đạt 1,35 triệu chiếc; kim ngạch xuất khẩu đạt từ 42 đến 45 triệu USD; hỗ trợ ít nhất 10 cơ sở di dời vào Cụm công nghiệp Đồng Quang.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TRONG_NAM = per("Trong năm", "2024-01-01", "2024-12-31")
K25_SEC = per("KẾ HOẠCH NĂM 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = ["Năm 2023", "Ước thực hiện 2024", "So với cùng kỳ (%)", "Kế hoạch 2025"]
COLP = {"Năm 2023": (C23, None), "Ước thực hiện 2024": (E24, "estimate"),
        "So với cùng kỳ (%)": (None, None), "Kế hoạch 2025": (K25, "target")}


def num(s):
    return float(s.replace(".", "").replace(",", "."))


def cell(anchor, number, row, col):
    p, st = COLP[col]
    kw = {}
    if st:
        kw["status"] = st
    if p:
        kw["period"] = p
    if col.startswith("So với"):
        return fig(anchor, number, num(number), "percent", "%", subject=f"sản lượng {row} so với cùng kỳ", **kw)
    return fig(anchor, number, num(number) * 1e3, "count", "chiếc", subject=f"sản lượng {row} {col.lower()}", **kw)


ROWS = [("Xe rùa, xe cút kít", ["512,0", "548,5", "107,1", "580,0"]),
        ("Xe đẩy hàng sàn, xe kéo tay", ["421,4", "468,2", "111,1", "500,0"]),
        ("Xe đẩy siêu thị", ["216,3", "243,3", "112,5", "270,0"]),
        ("Tổng cộng", ["1.149,7", "1.260,0", "109,6", "1.350,0"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, label.lower(), col))
        prev = n

FIGS = [
    fig("có 46 doanh nghiệp", "46", 46, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất xe đẩy, xe rùa", period=Y24),
    fig("230 hộ cá thể", "230", 230, "count", "hộ cá thể",
        subject="hộ cá thể sản xuất xe đẩy, xe rùa", period=Y24),
    fig("ước đạt 1,26 triệu", "1,26", 1.26e6, "count", "chiếc", status="estimate",
        change=chg("increase", 9.6, "%", "năm 2023"), subject="tổng sản lượng", period=inh(Y24)),
    fig("vượt 5% kế hoạch", "5", 5, "percent", "%", status="estimate",
        subject="tổng sản lượng so với kế hoạch", period=inh(Y24), optional=True),
    fig("ước đạt 1.480 tỷ", "1.480", 1480e9, "money", "đồng", status="estimate",
        subject="giá trị sản xuất", period=inh(Y24)),
] + CELLS + [
    fig("ước đạt 38,5 triệu", "38,5", 38.5e6, "money", "USD", status="estimate", percent=65,
        subject="kim ngạch xuất khẩu xe đẩy các loại", period=inh(Y24)),
    fig("khoảng 5.300 lao động", "5.300", 5300, "count", "lao động", approx="about",
        subject="lao động các cơ sở sử dụng", period=inh(Y24)),
    fig("bình quân 8,7 triệu", "8,7", 8.7e6, "money", "đồng/người/tháng",
        change=chg("increase", 6, "%", "năm 2023"), subject="thu nhập bình quân", period=inh(Y24)),
    fig("năm, 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
        subject="doanh nghiệp đầu tư dây chuyền hàn robot", period=TRONG_NAM),
    fig("trên 120 tỷ", "120", 120e9, "money", "đồng", approx="over",
        subject="tổng vốn đầu tư dây chuyền hàn robot", period=TRONG_NAM),
    fig("đạt 1,35 triệu", "1,35", 1.35e6, "count", "chiếc", status="target",
        subject="tổng sản lượng", period=inh(K25_SEC)),
    fig("từ 42 đến 45 triệu", "42", 42e6, "money", "USD", value_max=45e6, status="target",
        subject="kim ngạch xuất khẩu", period=inh(K25_SEC)),
    fig("ít nhất 10 cơ sở", "10", 10, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở được hỗ trợ di dời vào Cụm công nghiệp Đồng Quang", period=inh(K25_SEC)),
]

NOTES = [
    "Formal report: 'UBND TỈNH BẮC NINH', 'Số: 57/BC-UBND', 'Bắc Ninh, ngày 16 tháng 01 năm 2025', sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: Số 57/BC-UBND, the letterhead date, section numbers I., II., 1.-3., 'Lưu: VT, KT', 'năm 2024'/'năm 2025' in the title.",
    "Flattened '|' table, 'Đơn vị tính: nghìn chiếc': cells are counts of chiếc ×1000; rows are product groups (not places): location Bắc Ninh.",
    "Columns: 'Năm 2023' actual; 'Ước thực hiện 2024' estimate; 'Kế hoạch 2025' target; 'So với cùng kỳ (%)' → percent cells,",
    "  no period and status actual (the header carries neither a period nor a status cue; borderline). Table cells get no total.",
    "'Tổng sản lượng ước đạt 1,26 triệu chiếc, tăng 9,6% ..., vượt 5% kế hoạch': the first change is the attribute, the gap to plan",
    "  is a second change → its own percent figure, optional (FIGURES.md: one of each attribute).",
    "'Năm 2024' stands in the previous sentence for 1,26 triệu / 1.480 tỷ and in the section title for sections 2-3: inherited.",
    "'Trong năm' in a yearly report = 2024. Section II 'KẾ HOẠCH NĂM 2025' + 'Phấn đấu' governs all three clauses → target.",
]

if __name__ == "__main__":
    write("p1470-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Bắc Ninh")
