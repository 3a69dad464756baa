"""p892-3: formal report (UBND tỉnh Phú Thọ), gà thả vườn theo chuỗi, 9 tháng năm 2023, flattened | table."""
from lib import F, P, I, C, write

TEXT = """UBND TỈNH PHÚ THỌ
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Thọ, ngày 12 tháng 10 năm 2023

BÁO CÁO
Kết quả thực hiện Đề án phát triển chăn nuôi gà thả vườn theo chuỗi giá trị 9 tháng năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Quy mô đàn và sản lượng
Tính đến 30/9/2023, tổng đàn gà toàn tỉnh đạt 14,6 triệu con, tăng 3,8% so với cùng thời điểm năm 2022; trong đó gà thả vườn, gà đồi đạt 9,3 triệu con, chiếm 63,7%. Sản lượng thịt gà hơi xuất chuồng 9 tháng ước đạt 61.500 tấn, bằng 76,9% kế hoạch năm.
Tình hình tại 4 huyện trọng điểm đến 30/9/2023 như sau:
Đơn vị tính: nghìn con
TT | Huyện | Tổng đàn gà | Trong đó gà thả vườn | Xuất chuồng 9 tháng
1 | Thanh Sơn | 1.250 | 870 | 1.640
2 | Yên Lập | 980 | 710 | 1.320
3 | Cẩm Khê | 1.120 | 650 | 1.410
4 | Tân Sơn | 640 | 520 | 790
 | Tổng cộng | 3.990 | 2.750 | 5.160

2. Liên kết chuỗi
Toàn tỉnh đã hình thành 42 chuỗi liên kết sản xuất, tiêu thụ gà với 1.860 hộ tham gia; 18/42 chuỗi được xác nhận chuỗi cung ứng thực phẩm an toàn. Kinh phí hỗ trợ theo Nghị quyết số 05/2021/NQ-HĐND đã giải ngân 12,4 tỷ đồng, đạt 82% dự toán.

II. NHIỆM VỤ QUÝ IV/2023
Phấn đấu cả năm sản lượng thịt gà hơi đạt 80.000 tấn; dự kiến quý IV xuất chuồng khoảng 18.500 tấn. Tiếp tục tiêm phòng, phấn đấu tỷ lệ tiêm vắc xin cúm gia cầm đạt trên 80% tổng đàn.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, KTN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến 30/9/2023", None, "2023-09-30")
TAB_ASOF = I(P("đến 30/9/2023", None, "2023-09-30"))
M9 = P("9 tháng", "2023-01-01", "2023-09-30")

rows = [  # district, total, free-range, sold 9 months (nghìn con)
    ("Thanh Sơn", "1.250", "870", "1.640"),
    ("Yên Lập", "980", "710", "1.320"),
    ("Cẩm Khê", "1.120", "650", "1.410"),
    ("Tân Sơn", "640", "520", "790"),
    ("Tổng cộng", "3.990", "2.750", "5.160"),
]
TABLE = []
for place, a, b, c in rows:
    loc = "Phú Thọ" if place == "Tổng cộng" else place
    pre = "tổng cộng 4 huyện " if place == "Tổng cộng" else ""
    for cell, subj, per, anchor in (
            (a, "tổng đàn gà", TAB_ASOF, f"{place} | {a} |"),
            (b, "gà thả vườn", TAB_ASOF, f"| {a} | {b} |"),
            (c, "gà xuất chuồng 9 tháng", M9, f"| {b} | {c}")):
        v = int(cell.replace(".", "")) * 1000
        TABLE.append(F(anchor, cell, v, "count", "con", pre + subj, per, location=loc))

FIGS = [
    F("đạt 14,6 triệu con", "14,6", 14600000, "count", "con", "tổng đàn gà", ASOF,
      change=C("increase", 3.8, "%", "cùng thời điểm năm 2022")),
    F("đạt 9,3 triệu con", "9,3", 9300000, "count", "con", "gà thả vườn, gà đồi", ASOF,
      total=14600000, percent=63.7),
    F("ước đạt 61.500 tấn", "61.500", 61500, "measure", "tấn", "sản lượng thịt gà hơi xuất chuồng", M9,
      percent=76.9, status="estimate"),
    F("tại 4 huyện trọng điểm", "4", 4, "count", "huyện", "huyện trọng điểm", optional=True),
] + TABLE + [
    F("hình thành 42 chuỗi", "42", 42, "count", "chuỗi liên kết", "chuỗi liên kết sản xuất, tiêu thụ gà"),
    F("1.860 hộ", "1.860", 1860, "count", "hộ", "hộ tham gia chuỗi liên kết"),
    F("18/42 chuỗi", "18", 18, "count", "chuỗi", "chuỗi được xác nhận chuỗi cung ứng thực phẩm an toàn",
      total=42),
    F("giải ngân 12,4 tỷ đồng", "12,4", 12400000000, "money", "đồng", "kinh phí hỗ trợ đã giải ngân",
      percent=82),
    F("đạt 80.000 tấn", "80.000", 80000, "measure", "tấn", "sản lượng thịt gà hơi",
      P("cả năm", "2023-01-01", "2023-12-31"), status="target"),
    F("khoảng 18.500 tấn", "18.500", 18500, "measure", "tấn", "sản lượng gà xuất chuồng",
      P("quý IV", "2023-10-01", "2023-12-31"), approx="about", status="forecast"),
    F("trên 80% tổng đàn", "80", 80, "percent", "%", "tỷ lệ tiêm vắc xin cúm gia cầm", approx="over",
      status="target"),
]

NOTES = [
    "Formal report (invented): UBND tỉnh Phú Thọ, Số: 287/BC-UBND, 12/10/2023: gà thả vườn theo chuỗi 9 tháng năm 2023.",
    "Flattened | table (Đơn vị tính: nghìn con): every cell a count in con (x1000); district rows give the location, 'Tổng cộng' = Phú Thọ.",
    "Stock columns take the as-of date from the line above the table (inherited); 'Xuất chuồng 9 tháng' has its period in the header.",
    "Table cells get no totals (the Tổng cộng row is a figure of its own). '4 huyện trọng điểm' is structure: optional.",
    "Distractors: Số: 287/BC-UBND, letterhead date, Nghị quyết số 05/2021/NQ-HĐND, section numbers I./1./2./II., row numbers 1-4,",
    "heading 'NHIỆM VỤ QUÝ IV/2023'. '18/42 chuỗi': total 42. 'đạt 82% dự toán' is the percent of 12,4 tỷ.",
]

write(3, TEXT, FIGS, NOTES, published="2023-10-12", location="Phú Thọ")
