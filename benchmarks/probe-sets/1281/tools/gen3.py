"""p1281-3: formal report (Sở NN&PTNT Sóc Trăng, Số: 27/BC-SNN): aquafeed 2024, flattened '|' table, quality control, 2025 tasks."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH SÓC TRĂNG
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 27/BC-SNN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sóc Trăng, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất, kinh doanh và quản lý chất lượng thức ăn thủy sản năm 2024

I. KẾT QUẢ NĂM 2024
1. Sản xuất, kinh doanh
Trên địa bàn tỉnh có 4 nhà máy sản xuất thức ăn thủy sản (gồm 3 nhà máy thức ăn tôm và 1 nhà máy thức ăn cá) và 587 cơ sở kinh doanh, tăng 23 cơ sở so với năm 2023. Sản lượng thức ăn thủy sản sản xuất trong tỉnh năm 2024 ước đạt 412 nghìn tấn, vượt 3% kế hoạch. Lượng thức ăn sản xuất trong tỉnh mới đáp ứng khoảng 55% nhu cầu của người nuôi.

Bảng 1. Sản lượng thức ăn thủy sản
Đơn vị tính: nghìn tấn
Loại thức ăn | Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Thức ăn tôm | 318,4 | 341,2 | 107,2 | 360,0
- Trong đó: tôm thẻ chân trắng | 251,6 | 274,5 | 109,1 | 292,0
Thức ăn cá | 66,9 | 70,8 | 105,8 | 75,0
Tổng cộng | 385,3 | 412,0 | 106,9 | 435,0

Giá bán lẻ bình quân năm 2024: thức ăn tôm khoảng 31.500 đồng/kg, thức ăn cá khoảng 13.200 đồng/kg.

2. Quản lý chất lượng
Trong năm, Sở đã kiểm tra 96 lượt cơ sở, lấy 142 mẫu thức ăn để phân tích; phát hiện 6 mẫu không đạt hàm lượng đạm công bố, chiếm 4,2% số mẫu. Xử phạt vi phạm hành chính 5 cơ sở với tổng số tiền 128,5 triệu đồng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu sản lượng thức ăn thủy sản đạt 435 nghìn tấn; kiểm tra 100% cơ sở sản xuất và ít nhất 30% cơ sở kinh doanh thức ăn thủy sản; thu hút thêm 1-2 dự án nhà máy thức ăn tôm tại huyện Trần Đề và thị xã Vĩnh Châu.

Nơi nhận:
- UBND tỉnh (b/c);
- Cục Thủy sản;
- Lưu: VT, TS.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lâm Văn Hậu
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
INYEAR = per("Trong năm", "2024-01-01", "2024-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
PCT = per("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"),
        ("so với cùng kỳ", PCT, None), ("kế hoạch 2025", K25, "target")]
ROWS = [("thức ăn tôm", "Thức ăn tôm", ["318,4", "341,2", "107,2", "360,0"]),
        ("thức ăn tôm thẻ chân trắng", "tôm thẻ chân trắng", ["251,6", "274,5", "109,1", "292,0"]),
        ("thức ăn cá", "Thức ăn cá", ["66,9", "70,8", "105,8", "75,0"]),
        ("tổng cộng thức ăn thủy sản", "Tổng cộng", ["385,3", "412,0", "106,9", "435,0"])]


def num(s):
    return float(s.replace(",", "."))


CELLS = []
for label, _, nums in ROWS:
    for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {"status": st} if st else {}
        if col == "so với cùng kỳ":
            CELLS.append(fig(f"| {n}", n, num(n), "percent", "%", subject=f"{label} {col}", period=p, **kw))
            continue
        if label == "thức ăn tôm thẻ chân trắng":
            kw["total"] = num(ROWS[0][2][i]) * 1e3
        CELLS.append(fig(f"| {n}", n, num(n) * 1e3, "measure", "tấn", subject=f"sản lượng {label} {col}",
                         period=p, **kw))

FIGS = [
    fig("có 4 nhà máy", "4", 4, "count", "nhà máy", subject="nhà máy sản xuất thức ăn thủy sản"),
    fig("gồm 3 nhà máy", "3", 3, "count", "nhà máy", total=4, subject="nhà máy thức ăn tôm"),
    fig("và 1 nhà máy", "1", 1, "count", "nhà máy", total=4, subject="nhà máy thức ăn cá"),
    fig("và 587 cơ sở", "587", 587, "count", "cơ sở", change=chg("increase", 23, "cơ sở", "năm 2023"),
        subject="cơ sở kinh doanh thức ăn thủy sản"),
    fig("ước đạt 412 nghìn", "412", 412e3, "measure", "tấn", status="estimate",
        change=chg("increase", 3, "%", "kế hoạch"),
        subject="sản lượng thức ăn thủy sản sản xuất trong tỉnh", period=Y24),
    fig("khoảng 55%", "55", 55, "percent", "%", approx="about", period=inh(Y24),
        subject="nhu cầu của người nuôi được lượng thức ăn sản xuất trong tỉnh đáp ứng"),
] + CELLS + [
    fig("khoảng 31.500", "31.500", 31500, "money", "đồng/kg", approx="about",
        subject="giá bán lẻ bình quân thức ăn tôm", period=Y24),
    fig("khoảng 13.200", "13.200", 13200, "money", "đồng/kg", approx="about",
        subject="giá bán lẻ bình quân thức ăn cá", period=Y24),
    fig("kiểm tra 96 lượt", "96", 96, "count", "lượt cơ sở", subject="lượt cơ sở được kiểm tra", period=INYEAR),
    fig("lấy 142 mẫu", "142", 142, "count", "mẫu", subject="mẫu thức ăn lấy để phân tích", period=INYEAR),
    fig("phát hiện 6 mẫu", "6", 6, "count", "mẫu", percent=4.2,
        subject="mẫu không đạt hàm lượng đạm công bố", period=INYEAR),
    fig("Xử phạt vi phạm hành chính 5 cơ sở", "5", 5, "count", "cơ sở",
        subject="cơ sở bị xử phạt vi phạm hành chính", period=inh(INYEAR)),
    fig("tiền 128,5 triệu", "128,5", 128.5e6, "money", "đồng",
        subject="tổng số tiền xử phạt vi phạm hành chính", period=inh(INYEAR)),
    fig("đạt 435 nghìn", "435", 435e3, "measure", "tấn", status="target",
        subject="sản lượng thức ăn thủy sản", period=Y25),
    fig("kiểm tra 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở sản xuất thức ăn thủy sản được kiểm tra", period=Y25),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="cơ sở kinh doanh thức ăn thủy sản được kiểm tra", period=Y25),
    fig("thêm 1-2 dự án", "1", 1, "count", "dự án", value_max=2, status="target",
        subject="dự án nhà máy thức ăn tôm thu hút thêm", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH SÓC TRĂNG', 'Số: 27/BC-SNN', 'Sóc Trăng, ngày 15 tháng 01 năm 2025' (published), sections I/II, 1/2, 'Nơi nhận'.",
    "Distractors: Số: 27/BC-SNN, the letterhead date, 'Bảng 1', section numbers I., II., 1., 2., 'Lưu: VT, TS', 'KT. GIÁM ĐỐC'.",
    "'(gồm 3 ... và 1 ...)' after '4 nhà máy' → total 4. 'tăng 23 cơ sở so với năm 2023' → change of 587.",
    "'vượt 3% kế hoạch' is a change with baseline 'kế hoạch' (FIGURES.md: result against plan).",
    "'mới đáp ứng khoảng 55% nhu cầu' stands in its own sentence: a percent figure (no cue gives an estimate there).",
    "Flattened table, 'Đơn vị tính: nghìn tấn': every numeric cell is a figure, subject = row + column, period from the column header,",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. 'So với cùng kỳ (%)' cells are percent figures with no status cue",
    "(actual) and no period in their header (the report's year 2024, inherited, not scored).",
    "The '- Trong đó: tôm thẻ chân trắng' sub-row is a part after 'Trong đó' that follows the 'Thức ăn tôm' row: its tonne cells take",
    "the whole row's cell of the same column as total.",
    "'phát hiện 6 mẫu ..., chiếm 4,2% số mẫu' → percent 4.2; no part-of cue, so no total 142. 'Trong năm' → 2024.",
    "Section II 'NHIỆM VỤ NĂM 2025' + 'Phấn đấu' → target for every clause; the period is the heading's (inherited).",
]

if __name__ == "__main__":
    write("p1281-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Sóc Trăng")
