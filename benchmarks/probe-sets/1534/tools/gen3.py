"""p1534-3: formal report (UBND tỉnh Đồng Nai, Số: 215/BC-UBND): art pottery 2024, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH ĐỒNG NAI
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Nai, ngày 16 tháng 12 năm 2024

BÁO CÁO
Tình hình sản xuất, tiêu thụ sản phẩm gốm mỹ nghệ năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Tình hình chung
Toàn tỉnh có 52 doanh nghiệp và 118 cơ sở sản xuất gốm mỹ nghệ, tập trung tại TP Biên Hòa và huyện Vĩnh Cửu, sử dụng khoảng 4.200 lao động. Năm 2024, giá trị sản xuất ước đạt 1.450 tỷ đồng, tăng 6,5% so với năm 2023; kim ngạch xuất khẩu ước đạt 48 triệu USD, vượt 4% kế hoạch, đứng thứ 2 cả nước sau Bình Dương.

2. Sản lượng theo nhóm sản phẩm
Đơn vị tính: nghìn sản phẩm
Nhóm sản phẩm | Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Chậu cảnh các loại | 5.820 | 6.240 | 107,2 | 6.600
Bình, lọ hoa | 2.150 | 2.310 | 107,4 | 2.450
Tượng, đồ trang trí | 640 | 610 | 95,3 | 650
Tổng cộng | 8.610 | 9.160 | 106,4 | 9.700

3. Khó khăn
Giá khí gas hóa lỏng dùng cho lò nung tăng 8-10% so với năm 2023; khoảng 30% cơ sở còn dùng lò nung củi, gây ô nhiễm môi trường.

II. KẾ HOẠCH NĂM 2025
Phấn đấu giá trị sản xuất đạt 1.550 tỷ đồng, kim ngạch xuất khẩu đạt 52 triệu USD; hỗ trợ 15 cơ sở chuyển đổi sang lò gas theo Quyết định số 1758/QĐ-UBND; tổ chức 02 đợt xúc tiến thương mại tại Hoa Kỳ và EU.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Lưu: VT, KTN.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
PLAN25 = per("KẾ HOẠCH NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = [("năm 2023", C23, None, "count"), ("ước thực hiện 2024", E24, "estimate", "count"),
        ("so với cùng kỳ (%)", None, None, "percent"), ("kế hoạch 2025", K25, "target", "count")]
ROWS = [("Chậu cảnh các loại", ["5.820", "6.240", "107,2", "6.600"]),
        ("Bình, lọ hoa", ["2.150", "2.310", "107,4", "2.450"]),
        ("Tượng, đồ trang trí", ["640", "610", "95,3", "650"]),
        ("Tổng cộng", ["8.610", "9.160", "106,4", "9.700"])]


def cells():
    out = []
    for label, nums in ROWS:
        prev = label
        for (col, period, status, kind), n in zip(COLS, nums):
            kw = {}
            if status:
                kw["status"] = status
            if period:
                kw["period"] = period
            v = float(n.replace(".", "").replace(",", "."))
            if kind == "count":
                out.append(fig(f"{prev} | {n}", n, v * 1e3, "count", "sản phẩm",
                               subject=f"sản lượng {label.lower()} {col}", **kw))
            else:
                out.append(fig(f"{prev} | {n}", n, v, "percent", "%",
                               subject=f"sản lượng {label.lower()} {col}", **kw))
            prev = n
    return out


FIGS = [
    fig("có 52 doanh nghiệp", "52", 52, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất gốm mỹ nghệ"),
    fig("và 118 cơ sở", "118", 118, "count", "cơ sở", subject="cơ sở sản xuất gốm mỹ nghệ"),
    fig("khoảng 4.200 lao động", "4.200", 4200, "count", "lao động", approx="about",
        subject="lao động sản xuất gốm mỹ nghệ"),
    fig("ước đạt 1.450 tỷ", "1.450", 1450e9, "money", "đồng", status="estimate",
        change=chg("increase", 6.5, "%", "năm 2023"), subject="giá trị sản xuất gốm mỹ nghệ", period=Y24),
    fig("ước đạt 48 triệu", "48", 48e6, "money", "USD", status="estimate",
        change=chg("increase", 4, "%", "kế hoạch"), subject="kim ngạch xuất khẩu gốm mỹ nghệ", period=Y24),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", status="estimate",
        subject="kim ngạch xuất khẩu gốm mỹ nghệ so với cả nước", period=Y24),
] + cells() + [
    fig("tăng 8-10%", "8", 8, "percent", "%", value_max=10,
        subject="giá khí gas hóa lỏng dùng cho lò nung"),
    fig("khoảng 30% cơ sở", "30", 30, "percent", "%", approx="about",
        subject="tỷ lệ cơ sở còn dùng lò nung củi"),
    fig("đạt 1.550 tỷ", "1.550", 1550e9, "money", "đồng", status="target",
        subject="giá trị sản xuất gốm mỹ nghệ", period=PLAN25),
    fig("đạt 52 triệu", "52", 52e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu", period=PLAN25),
    fig("hỗ trợ 15 cơ sở", "15", 15, "count", "cơ sở", status="target",
        subject="cơ sở được hỗ trợ chuyển đổi sang lò gas", period=PLAN25),
    fig("tổ chức 02 đợt", "02", 2, "count", "đợt", status="target",
        subject="đợt xúc tiến thương mại", period=PLAN25),
]

NOTES = [
    "Formal report: 'UBND TỈNH ĐỒNG NAI', 'Số: 215/BC-UBND', 'Đồng Nai, ngày 16 tháng 12 năm 2024' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn sản phẩm' → count cells in sản phẩm ×10^3; rows are product groups, location Đồng Nai.",
    "Cell subject = indicator + row + column; period from the column header; 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target.",
    "'So với cùng kỳ (%)' cells are percent figures; no period and no status cue in the header (actual); borderline.",
    "'vượt 4% kế hoạch' → change (increase 4 %, baseline kế hoạch); 'đứng thứ 2 cả nước' continues the 'ước đạt' clause → estimate.",
    "Section II 'Phấn đấu ...' governs all clauses of its sentence (target); the year stands only in the section heading: inherited.",
    "Distractors: Số: 215/BC-UBND, Quyết định số 1758/QĐ-UBND, section numbers I./II./1.-3., the letterhead date; '02 đợt' is a count.",
    "Staff and firm counts in '1. Tình hình chung' have no period in their sentence: none given.",
]

if __name__ == "__main__":
    write("p1534-3", TEXT, NOTES, FIGS, published="2024-12-16", location="Đồng Nai")
