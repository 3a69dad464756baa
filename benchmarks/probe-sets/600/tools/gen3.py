from lib import *

TEXT = """UỶ BAN NHÂN DÂN TỈNH BÌNH ĐỊNH
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 12 tháng 10 năm 2023

BÁO CÁO
Tình hình phát triển đội tàu cá và hoạt động đóng mới, sửa chữa tàu cá 9 tháng năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Đội tàu cá
Tính đến ngày 30/9/2023, toàn tỉnh có 5.627 tàu cá đăng ký, giảm 148 chiếc so với cuối năm 2022; trong đó tàu có chiều dài từ 15 m trở lên là 3.046 chiếc, chiếm 54,1%. Cơ cấu theo vật liệu vỏ như sau:

Bảng 1. Tàu cá theo vật liệu vỏ (tính đến ngày 30/9/2023)
Loại vỏ | Số tàu đăng ký (chiếc) | Tổng công suất (CV) | Đóng mới 9 tháng (chiếc)
Vỏ gỗ | 5.412 | 1.946.300 | 38
Vỏ thép | 126 | 98.540 | 4
Vỏ composite | 89 | 36.210 | 11
Tổng cộng | 5.627 | 2.081.050 | 53

2. Cơ sở đóng mới, sửa chữa tàu cá
Toàn tỉnh có 37 cơ sở đóng mới, cải hoán, sửa chữa tàu cá, trong đó 31 cơ sở đủ điều kiện theo quy định, đạt 83,8%. Trong 9 tháng, các cơ sở đã đóng mới 53 tàu và sửa chữa 2.140 lượt tàu, sử dụng khoảng 1.850 tấn thép; lượng gỗ sử dụng là 2.600 m3. Tổng số lao động trong các cơ sở là 1.265 người, thu nhập bình quân từ 8 đến 10 triệu đồng/người/tháng.

3. Tín dụng theo Nghị định số 67/2014/NĐ-CP
Lũy kế đến nay, các ngân hàng đã giải ngân 1.412,6 tỷ đồng cho 152 tàu; dư nợ còn 987,3 tỷ đồng, trong đó nợ xấu 214 tỷ đồng, chiếm 21,7%.

II. NHIỆM VỤ QUÝ IV/2023
Phấn đấu đóng mới thêm 20 tàu, nâng tổng số tàu đóng mới cả năm 2023 lên 73 tàu, đạt 104,3% kế hoạch.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, K10.
"""

ASOF = P("Tính đến ngày 30/9/2023", None, "2023-09-30")
TAB = P("tính đến ngày 30/9/2023", None, "2023-09-30", inh=True)
TAB9 = P("Đóng mới 9 tháng", "2023-01-01", "2023-09-30", inh=True)
M9 = P("Trong 9 tháng", "2023-01-01", "2023-09-30")
NOW = P("Lũy kế đến nay", None, "2023-10-12")

rows = [("Vỏ gỗ", "gỗ", ["5.412", "1.946.300", "38"]),
        ("Vỏ thép", "thép", ["126", "98.540", "4"]),
        ("Vỏ composite", "composite", ["89", "36.210", "11"]),
        ("Tổng cộng", None, ["5.627", "2.081.050", "53"])]
cols = [("tàu cá {} đăng ký", "chiếc", TAB), ("tổng công suất tàu cá {}", "CV", TAB),
        ("tàu cá {} đóng mới 9 tháng", "chiếc", TAB9)]

FIGS = [
    F("có 5.627 tàu cá", "5.627", 5627, "count", "tàu cá", "tàu cá đăng ký", ASOF,
      change=CH("decrease", 148, "chiếc", "cuối năm 2022")),
    F("từ 15 m trở lên là", "15", 15, "measure", "m", optional=True),
    F("là 3.046 chiếc", "3.046", 3046, "count", "chiếc", "tàu có chiều dài từ 15 m trở lên", ASOF, total=5627, percent=54.1),
]
for label, mat, cells in rows:
    for (subj, unit, per), cell in zip(cols, cells):
        if mat:
            s = subj.format("vỏ " + mat)
        else:
            s = subj.format("").replace("  ", " ").strip() + " tổng cộng"
        anchor = f"{label} | " + " | ".join(cells[:cells.index(cell) + 1])
        v = float(cell.replace(".", ""))
        kind = "measure" if unit == "CV" else "count"
        FIGS.append(F(anchor, cell, v, kind, unit, s, per))

FIGS += [
    F("có 37 cơ sở", "37", 37, "count", "cơ sở", "cơ sở đóng mới, cải hoán, sửa chữa tàu cá"),
    F("31 cơ sở", "31", 31, "count", "cơ sở", "cơ sở đủ điều kiện theo quy định", total=37, percent=83.8),
    F("đóng mới 53 tàu", "53", 53, "count", "tàu", "tàu đóng mới", M9),
    F("sửa chữa 2.140 lượt tàu", "2.140", 2140, "count", "lượt tàu", "lượt tàu sửa chữa", M9),
    F("khoảng 1.850 tấn thép", "1.850", 1850, "measure", "tấn", "thép sử dụng", M9, approx="about"),
    F("là 2.600 m3", "2.600", 2600, "measure", "m3", "lượng gỗ sử dụng", I(M9)),
    F("là 1.265 người", "1.265", 1265, "count", "người", "tổng số lao động trong các cơ sở"),
    F("từ 8 đến 10 triệu", "8", 8e6, "money", "đồng/người/tháng", "thu nhập bình quân", value_max=10e6),
    F("giải ngân 1.412,6 tỷ đồng", "1.412,6", 1412.6e9, "money", "đồng", "vốn vay giải ngân theo Nghị định 67", NOW),
    F("cho 152 tàu", "152", 152, "count", "tàu", "tàu được giải ngân vốn vay", NOW),
    F("còn 987,3 tỷ đồng", "987,3", 987.3e9, "money", "đồng", "dư nợ", NOW),
    F("nợ xấu 214 tỷ đồng", "214", 214e9, "money", "đồng", "nợ xấu", NOW, total=987.3e9, percent=21.7),
    F("thêm 20 tàu", "20", 20, "count", "tàu", "tàu đóng mới thêm trong quý IV",
      P("QUÝ IV/2023", "2023-10-01", "2023-12-31", inh=True), status="target"),
    F("lên 73 tàu", "73", 73, "count", "tàu", "tổng số tàu đóng mới cả năm 2023",
      P("cả năm 2023", "2023-01-01", "2023-12-31"), percent=104.3, status="target"),
]

COMMENTS = [
    "Formal report under a letterhead (UBND tỉnh Bình Định, Số: 287/BC-UBND, place-and-date line = published 2023-10-12): fishing fleet, boatyards, credit, Q4 tasks.",
    "Flattened '|' table: every numeric cell is a figure, units from the column headers, subject = row label + column label; no totals on the cells",
    "(the table gives none by cue); periods come from the title line / header and are marked inherited (the row line is not the sentence that states them).",
    "'Lũy kế đến nay' ends at the report date. 'đạt 83,8%' after 31 cơ sở is its percent; 'đạt 104,3% kế hoạch' on the target 73 tàu is its percent.",
    "Distractors: Số: 287/BC-UBND, Nghị định số 67/2014/NĐ-CP, section numbers I./1./2./3./II., 'Bảng 1', 'Lưu: VT, K10', 'm3' superscript digit.",
    "The 15 m threshold is optional. 20 tàu takes its period from the section heading QUÝ IV/2023 (inherited).",
]

emit("p600-3", TEXT, COMMENTS, FIGS, published="2023-10-12", location="Bình Định")
