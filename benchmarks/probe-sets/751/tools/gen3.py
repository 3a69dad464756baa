#!/usr/bin/env python3
"""p751-3: formal report, Phòng NN&PTNT huyện Quỳnh Lưu — 9 months 2024, flattened | table by commune, support, Q4 tasks."""
from lib import F, P, I, CH, TG, emit

TEXT = """UBND HUYỆN QUỲNH LƯU
PHÒNG NÔNG NGHIỆP VÀ PTNT
Số: 418/BC-NN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quỳnh Lưu, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển chăn nuôi hươu lấy nhung 9 tháng năm 2024 và nhiệm vụ quý IV/2024

I. KẾT QUẢ THỰC HIỆN
1. Quy mô đàn và sản lượng
Tính đến ngày 30/9/2024, tổng đàn hươu toàn huyện có 6.840 con, tăng 420 con so với cuối năm 2023, đạt 97,7% kế hoạch năm (kế hoạch 7.000 con). Sản lượng nhung 9 tháng ước đạt 1.365,5 kg, tăng 8,2% so với cùng kỳ.

Bảng 1. Đàn hươu và sản lượng nhung theo xã (tính đến 30/9/2024)
Xã | Số hộ nuôi (hộ) | Tổng đàn (con) | Sản lượng nhung (kg)
Quỳnh Thắng | 312 | 2.150 | 438,2
Quỳnh Tân | 205 | 1.420 | 276,0
Tân Sơn | 168 | 1.105 | 219,5
Quỳnh Văn | 96 | 640 | 128,4
Các xã còn lại | 221 | 1.525 | 303,4

2. Công tác hỗ trợ
Thực hiện Nghị quyết số 08/2023/NQ-HĐND của HĐND huyện, 9 tháng qua đã hỗ trợ 35 hộ mua 84 con hươu giống với mức 5 triệu đồng/con, tổng kinh phí 420 triệu đồng. Giá hươu giống 12 tháng tuổi hiện từ 18 đến 22 triệu đồng/con.

II. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu đến cuối năm 2024 tổng đàn đạt 7.000 con, sản lượng nhung cả năm đạt 1.700 kg.
2. Phối hợp Công ty CP Dược liệu 3/2 (Km 18, Quốc lộ 48) xây dựng chuỗi liên kết tiêu thụ nhung.

Nơi nhận:
- UBND huyện (b/c);
- Lưu: VT, NN.
"""

ASOF = P("Tính đến ngày 30/9/2024", end="2024-09-30")
TBL = I(P("tính đến 30/9/2024", end="2024-09-30"))
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
M9Q = P("9 tháng qua", "2024-01-01", "2024-09-30")
TEND = P("đến cuối năm 2024", end="2024-12-31")

ROWS = [
    ("Quỳnh Thắng", "xã Quỳnh Thắng", ("312", 312), ("2.150", 2150), ("438,2", 438.2)),
    ("Quỳnh Tân", "xã Quỳnh Tân", ("205", 205), ("1.420", 1420), ("276,0", 276.0)),
    ("Tân Sơn", "xã Tân Sơn", ("168", 168), ("1.105", 1105), ("219,5", 219.5)),
    ("Quỳnh Văn", "xã Quỳnh Văn", ("96", 96), ("640", 640), ("128,4", 128.4)),
    ("Các xã còn lại", "các xã còn lại", ("221", 221), ("1.525", 1525), ("303,4", 303.4)),
]

FIGS = [
    F("có 6.840 con", "6.840", 6840, "count", "con", "tổng đàn hươu toàn huyện", ASOF,
      change=CH("increase", 420, unit="con", baseline="cuối năm 2023"), percent=97.7, target=TG(7000, "con", False)),
    F("ước đạt 1.365,5 kg", "1.365,5", 1365.5, "measure", "kg", "sản lượng nhung", M9,
      change=CH("increase", 8.2, baseline="cùng kỳ"), status="estimate"),
]
for label, subj, (h, hv), (d, dv), (n, nv) in ROWS:
    FIGS += [
        F(f"{label} | {h} |", h, hv, "count", "hộ", f"số hộ nuôi {subj}", TBL),
        F(f"| {h} | {d} |", d, dv, "count", "con", f"tổng đàn {subj}", TBL),
        F(f"| {d} | {n}", n, nv, "measure", "kg", f"sản lượng nhung {subj}", TBL),
    ]
FIGS += [
    F("hỗ trợ 35 hộ", "35", 35, "count", "hộ", "hộ được hỗ trợ mua hươu giống", M9Q),
    F("mua 84 con", "84", 84, "count", "con", "hươu giống được hỗ trợ mua", M9Q),
    F("mức 5 triệu đồng/con", "5", 5000000, "money", "đồng/con", "mức hỗ trợ mua hươu giống"),
    F("kinh phí 420 triệu đồng", "420", 420000000, "money", "đồng", "tổng kinh phí hỗ trợ mua hươu giống", M9Q),
    F("giống 12 tháng tuổi", "12", 12, "measure", "tháng tuổi", "tuổi hươu giống", optional=True),
    F("từ 18 đến 22 triệu", "18", 18000000, "money", "đồng/con", "giá hươu giống 12 tháng tuổi", value_max=22000000),
    F("tổng đàn đạt 7.000 con", "7.000", 7000, "count", "con", "tổng đàn hươu", TEND, status="target"),
    F("đạt 1.700 kg", "1.700", 1700, "measure", "kg", "sản lượng nhung cả năm",
      P("cả năm", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "Formal report under letterhead: Phòng NN&PTNT huyện Quỳnh Lưu, Số: 418/BC-NN, 'Quỳnh Lưu, ngày 08 tháng 10 năm 2024' (the published date).",
    "Flattened '|' table by commune with units in the column headers; every numeric cell is a figure (15 cells), subject = column + row label;",
    "communes are not districts, so the row label stays in the subject and location is Quỳnh Lưu. No 'Ước' column: cells are actual;",
    "their as-of period comes from the table title line (inherited, not scored). '276,0' = 276.",
    "'(kế hoạch 7.000 con)' is the target of 6.840 (met false), '97,7% kế hoạch' its percent, 'tăng 420 con so với cuối năm 2023' its change.",
    "Distractors: Số: 418/BC-NN, Nghị quyết số 08/2023/NQ-HĐND, 'Bảng 1', section numbers I./II./1./2., 'quý IV/2024' in headings,",
    "'Công ty CP Dược liệu 3/2' (a name that looks like a fraction), 'Km 18', 'Quốc lộ 48'. '12 tháng tuổi' (age of stock): optional.",
    "The 5 triệu đồng/con support rate is a policy level, given no period (unscored).",
    "revised: 1.700 kg (a year's output) takes its own phrase 'cả năm' = 2024 (was the as-of 'đến cuối năm 2024', start null).",
]

if __name__ == "__main__":
    emit("p751-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Quỳnh Lưu")
