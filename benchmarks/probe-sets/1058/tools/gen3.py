"""p1058-3: UBND tỉnh Quảng Bình formal report, drug trade management 9 months 2023, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH QUẢNG BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 245/BC-UBND
Quảng Bình, ngày 10 tháng 10 năm 2023

BÁO CÁO
Kết quả quản lý hoạt động kinh doanh thuốc 9 tháng đầu năm 2023

I. MẠNG LƯỚI BÁN LẺ THUỐC
Tính đến ngày 30/9/2023, toàn tỉnh có 1.032 cơ sở bán lẻ thuốc, tăng 41 cơ sở so với cuối năm 2022; trong đó có 287 nhà thuốc, 701 quầy thuốc và 44 tủ thuốc trạm y tế. Số nhà thuốc, quầy thuốc theo địa bàn như sau:

Đơn vị tính: cơ sở
Địa bàn | Nhà thuốc | Quầy thuốc | Đạt GPP
Đồng Hới | 121 | 58 | 179
Bố Trạch | 46 | 162 | 208
Quảng Trạch | 29 | 141 | 170
Lệ Thủy | 38 | 155 | 193
Các địa phương khác | 53 | 185 | 238
Tổng cộng | 287 | 701 | 988

II. CÔNG TÁC THANH TRA, KIỂM TRA
1. Trong 9 tháng, Sở Y tế đã thanh tra, kiểm tra 415 lượt cơ sở, đạt 83% kế hoạch năm (500 lượt); phát hiện 37 cơ sở vi phạm, xử phạt với tổng số tiền 421,5 triệu đồng, giảm 12,4% so với cùng kỳ.
2. Trung tâm Kiểm nghiệm lấy 620 mẫu thuốc, trong đó 6 mẫu không đạt chất lượng (chiếm 0,97%).

III. NHIỆM VỤ QUÝ IV/2023
Ước cả năm 2023, số lượt kiểm tra đạt 520 lượt cơ sở, bằng 104% kế hoạch. Phấn đấu đến năm 2025, 100% quầy thuốc tuyến xã có dược sĩ trình độ cao đẳng trở lên phụ trách chuyên môn.

Nơi nhận:
- Bộ Y tế;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/9/2023", None, "2023-09-30")
M9 = P("Trong 9 tháng", "2023-01-01", "2023-09-30")
Y23 = P("cả năm 2023", "2023-01-01", "2023-12-31")

COLS = [("nhà thuốc", "Nhà thuốc"), ("quầy thuốc", "Quầy thuốc"), ("cơ sở đạt GPP", "Đạt GPP")]
ROWS = [
    ("Đồng Hới", "Đồng Hới", None, ["121", "58", "179"]),
    ("Bố Trạch", "Bố Trạch", None, ["46", "162", "208"]),
    ("Quảng Trạch", "Quảng Trạch", None, ["29", "141", "170"]),
    ("Lệ Thủy", "Lệ Thủy", None, ["38", "155", "193"]),
    ("Các địa phương khác", None, "các địa phương khác", ["53", "185", "238"]),
    ("Tổng cộng", None, "tổng cộng", ["287", "701", "988"]),
]

FIGS = [
    F("có 1.032 cơ sở", "1.032", 1032, "count", "cơ sở", "cơ sở bán lẻ thuốc toàn tỉnh", ASOF,
      change=C("increase", 41, "cơ sở", "cuối năm 2022")),
    F("có 287 nhà thuốc", "287", 287, "count", "nhà thuốc", "nhà thuốc", ASOF, total=1032),
    F("287 nhà thuốc, 701 quầy", "701", 701, "count", "quầy thuốc", "quầy thuốc", ASOF, total=1032),
    F("44 tủ thuốc", "44", 44, "count", "tủ thuốc", "tủ thuốc trạm y tế", ASOF, total=1032),
]
for label, place, extra, cells in ROWS:
    for i, ((subj, _), num) in enumerate(zip(COLS, cells)):
        left = f"{label} | " + " | ".join(cells[:i + 1])
        anchor = left if i == 0 else " | ".join(cells[i - 1:i + 1])
        if i == 0:
            anchor = f"{label} | {num}"
        kw = {"location": place} if place else {}
        subject = subj if not extra else f"{subj} {extra}"
        FIGS.append(F(anchor, num, int(num), "count", "cơ sở", subject, I(ASOF), **kw))

FIGS += [
    F("kiểm tra 415 lượt", "415", 415, "count", "lượt cơ sở", "lượt cơ sở được thanh tra, kiểm tra", M9,
      percent=83, target=T(500, "lượt")),
    F("phát hiện 37 cơ sở", "37", 37, "count", "cơ sở", "cơ sở vi phạm", M9),
    F("421,5 triệu đồng", "421,5", 421.5e6, "money", "đồng", "tổng số tiền xử phạt", M9,
      change=C("decrease", 12.4, "%", "cùng kỳ")),
    F("lấy 620 mẫu", "620", 620, "count", "mẫu thuốc", "mẫu thuốc được lấy kiểm nghiệm", I(M9)),
    F("6 mẫu không đạt", "6", 6, "count", "mẫu", "mẫu thuốc không đạt chất lượng", I(M9),
      total=620, percent=0.97),
    F("đạt 520 lượt", "520", 520, "count", "lượt cơ sở", "số lượt kiểm tra", Y23,
      percent=104, status="estimate"),
    F("2025, 100% quầy", "100", 100, "percent", "%",
      "quầy thuốc tuyến xã có dược sĩ trình độ cao đẳng trở lên phụ trách chuyên môn",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

NOTES = [
    "UBND tỉnh Quảng Bình report Số: 245/BC-UBND dated 'Quảng Bình, ngày 10 tháng 10 năm 2023' (published). Flattened | table with 'Đơn vị tính: cơ sở'.",
    "Table: every numeric cell is a figure (unit cơ sở from the unit line, subject = column label, place rows give location); the 'Các địa phương khác' and 'Tổng cộng' rows stay Quảng Bình.",
    "Table cells get no totals (the Tổng cộng row is its own figure); their as-of period stands in the sentence above the table (inherited).",
    "'415 lượt cơ sở, đạt 83% kế hoạch năm (500 lượt)': percent 83 and target 500. 'Ước cả năm 2023 ... đạt 520 lượt, bằng 104% kế hoạch': estimate with percent 104.",
    "Distractors: Số: 245/BC-UBND, the letterhead date, section numbers I.-III. and 1.-2., heading 'QUÝ IV/2023', 'cao đẳng'.",
]

write("p1058-3", TEXT, FIGS, NOTES, published="2023-10-10", location="Quảng Bình")
