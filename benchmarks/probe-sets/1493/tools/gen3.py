"""p1493-3: formal report (Sở Công Thương Nam Định): household metal-plastic goods 2024, flattened '|' table by locality."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH NAM ĐỊNH
SỞ CÔNG THƯƠNG
Số: 27/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 16 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất hàng gia dụng kim khí - nhựa năm 2024 và phương hướng năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất
Năm 2024, giá trị sản xuất hàng gia dụng kim khí - nhựa (móc áo, giá phơi, sào phơi inox, bản lề, tay nắm và phụ kiện) toàn tỉnh đạt 2.773 tỷ đồng, tăng 10% so với năm 2023, đạt 102,7% kế hoạch. Kết quả theo địa phương như sau:
Đơn vị tính: tỷ đồng
STT | Địa phương | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
1 | Huyện Xuân Trường | 1.126,5 | 1.268,0 | 112,6
2 | Huyện Ý Yên | 684,2 | 731,5 | 106,9
3 | Huyện Nam Trực | 412,8 | 455,3 | 110,3
4 | TP Nam Định | 296,5 | 318,2 | 107,3
 | Tổng cộng | 2.520,0 | 2.773,0 | 110,0
2. Cơ sở sản xuất, lao động
Đến ngày 31/12/2024, toàn tỉnh có 1.240 cơ sở sản xuất, tăng 56 cơ sở so với cuối năm 2023; trong đó làng nghề cơ khí Xuân Tiến có 415 cơ sở. Lao động trong ngành khoảng 14.600 người.
3. Tồn tại
Giá nguyên liệu inox 201 và hạt nhựa PP tăng từ 8-12% khiến lợi nhuận của nhiều cơ sở giảm; 23 cơ sở chưa có hệ thống xử lý khí thải.
II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu giá trị sản xuất đạt 3.050 tỷ đồng, tăng khoảng 10% so với năm 2024; hỗ trợ 15 cơ sở đổi mới thiết bị theo Nghị quyết số 11/2023/NQ-HĐND.

Nơi nhận:
- UBND tỉnh (để b/c);
- Lưu: VT, QLCN.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Văn Hùng
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y23c = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24c = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = per("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
ASOF = per("Đến ngày 31/12/2024", None, "2024-12-31")
Y25i = per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
GTSX = "giá trị sản xuất hàng gia dụng kim khí - nhựa"

ROWS = [("Xuân Trường", "Huyện Xuân Trường", ["1.126,5", "1.268,0", "112,6"]),
        ("Ý Yên", "Huyện Ý Yên", ["684,2", "731,5", "106,9"]),
        ("Nam Trực", "Huyện Nam Trực", ["412,8", "455,3", "110,3"]),
        ("TP Nam Định", "TP Nam Định", ["296,5", "318,2", "107,3"]),
        ("Nam Định", "Tổng cộng", ["2.520,0", "2.773,0", "110,0"])]
CELLS = []
for loc, label, (a, b, c) in ROWS:
    # subject = row label + column label; a row label that is a place goes to location instead (FIGURES.md, Tables)
    row = "tổng cộng " if label == "Tổng cộng" else ""
    CELLS.append(fig(f"{label} | {a} |", a, float(a.replace(".", "").replace(",", ".")) * 1e9, "money", "đồng",
                     subject=f"{row}năm 2023", period=Y23c, location=loc))
    CELLS.append(fig(f"| {b} |", b, float(b.replace(".", "").replace(",", ".")) * 1e9, "money", "đồng",
                     subject=f"{row}năm 2024", period=Y24c, location=loc))
    CELLS.append(fig(f"| {c}\n", c, float(c.replace(",", ".")), "percent", "%",
                     subject=f"{row}so với cùng kỳ", period=Y24i, location=loc))

FIGS = [
    fig("đạt 2.773 tỷ", "2.773", 2773e9, "money", "đồng", percent=102.7,
        change=chg("increase", 10, "%", "năm 2023"), subject=f"{GTSX} toàn tỉnh", period=Y24),
] + CELLS + [
    fig("có 1.240 cơ sở", "1.240", 1240, "count", "cơ sở", change=chg("increase", 56, "cơ sở", "cuối năm 2023"),
        subject="cơ sở sản xuất", period=ASOF),
    fig("có 415 cơ sở", "415", 415, "count", "cơ sở", total=1240,
        subject="cơ sở sản xuất của làng nghề cơ khí Xuân Tiến", period=ASOF),
    fig("khoảng 14.600 người", "14.600", 14600, "count", "người", approx="about",
        subject="lao động trong ngành", period=inh(ASOF)),
    fig("từ 8-12%", "8", 8, "percent", "%", value_max=12,
        subject="giá nguyên liệu inox 201 và hạt nhựa PP", period=Y24i),
    fig("23 cơ sở", "23", 23, "count", "cơ sở", subject="cơ sở chưa có hệ thống xử lý khí thải", period=Y24i),
    fig("đạt 3.050 tỷ", "3.050", 3050e9, "money", "đồng", status="target",
        change=chg("increase", 10, "%", "năm 2024", approx="about"), subject="giá trị sản xuất", period=Y25i),
    fig("hỗ trợ 15 cơ sở", "15", 15, "count", "cơ sở", status="target",
        subject="cơ sở được hỗ trợ đổi mới thiết bị", period=Y25i),
]

NOTES = [
    "Formal report: 'UBND TỈNH NAM ĐỊNH / SỞ CÔNG THƯƠNG', 'Số: 27/BC-SCT', 'Nam Định, ngày 16 tháng 01 năm 2025', sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: 27/BC-SCT, letterhead date, section numbers I., II., 1.-3., table STT 1-4, 'inox 201', 'PP', Nghị quyết số 11/2023/NQ-HĐND,",
    "'Xuân Tiến' (a village name), 'b/c', baselines 'năm 2023', 'cuối năm 2023', 'năm 2024'.",
    "Flattened '|' table by locality, 'Đơn vị tính: tỷ đồng' (money, ×10^9); the place column gives location (Tổng cộng → Nam Định);",
    "subject = row label + column label, so the place rows have the column label alone ('năm 2023'), Tổng cộng adds 'tổng cộng';",
    "periods from the column headers 'Năm 2023' / 'Năm 2024' (scored); the 'So với cùng kỳ (%)' column has no period in its header: 2024 inherited (not scored).",
    "2.773 tỷ: change 10% (vs năm 2023) and percent 102,7 ('đạt 102,7% kế hoạch').",
    "1.240 cơ sở as of 31/12/2024 (start null), change +56 cơ sở; '; trong đó ... Xuân Tiến có 415 cơ sở' → total 1.240, location Nam Định",
    "(the text does not say which district Xuân Tiến lies in).",
    "'tăng từ 8-12%' is a percent range of its own (no base amount). 23 cơ sở: no cue, no total.",
    "revised after the first run: table subjects were 'giá trị sản xuất hàng gia dụng kim khí - nhựa <col>' (indicator taken from the lead",
    "sentence; the spec's table rule gives row + column label only); 415 cơ sở location Xuân Trường → Nam Định (world knowledge, not text).",
    "Section II 'PHƯƠNG HƯỚNG NĂM 2025' + 'Phấn đấu' → target; the year stands in the heading (inherited); 'tăng khoảng 10%' → change approx about.",
]

if __name__ == "__main__":
    write("p1493-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Nam Định")
