"""p1099-3: formal report, UBND tỉnh Vĩnh Phúc, 9 months 2024, with a flattened | table by district."""
from lib import F, P, I, C, T, build

TEXT = """UBND TỈNH VĨNH PHÚC
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vĩnh Phúc, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển sản xuất rau, quả trong nhà màng, nhà lưới 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Tính đến 30/9/2024, toàn tỉnh có 106,3 ha sản xuất trong nhà màng, nhà lưới, đạt 88,6% kế hoạch năm (120 ha). Diện tích theo địa phương như sau:

Bảng 1. Diện tích nhà màng, nhà lưới theo địa phương
Đơn vị tính: ha
STT | Địa phương | Cà chua | Dưa lưới | Rau các loại | Tổng
1 | Vĩnh Tường | 12,5 | 8,2 | 20,3 | 41,0
2 | Yên Lạc | 9,8 | 6,0 | 15,2 | 31,0
3 | Tam Dương | 4,6 | 7,4 | 9,5 | 21,5
4 | Bình Xuyên | 3,1 | 2,9 | 6,8 | 12,8
 | Tổng cộng | 30,0 | 24,5 | 51,8 | 106,3

Sản lượng 9 tháng ước đạt 8.420 tấn, tăng 14,3% so với cùng kỳ; trong đó cà chua 3.150 tấn, dưa lưới 1.260 tấn. Năng suất cà chua bình quân 105 tấn/ha, giá bán tại vườn 14.000-16.000 đồng/kg.

2. Đầu tư, hỗ trợ
Trong 9 tháng, toàn tỉnh xây dựng mới 23 mô hình nhà màng với tổng diện tích 14,2 ha, tổng vốn đầu tư khoảng 42,6 tỷ đồng, suất đầu tư bình quân 300 triệu đồng/1.000 m2. Ngân sách tỉnh hỗ trợ 9,8 tỷ đồng theo Nghị quyết số 05/2021/NQ-HĐND.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu cả năm đạt 120 ha nhà màng, nhà lưới; sản lượng rau, quả đạt 11.000 tấn.
"""

ASOF = P("Tính đến 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
M9b = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")
COLS = ["diện tích cà chua", "diện tích dưa lưới", "diện tích rau các loại", "tổng diện tích nhà màng, nhà lưới"]
ROWS = [  # (place, anchors of the four cells, values)
    ("Vĩnh Tường", ["Vĩnh Tường | 12,5", "12,5 | 8,2", "8,2 | 20,3", "20,3 | 41,0"], ["12,5", "8,2", "20,3", "41,0"]),
    ("Yên Lạc", ["Yên Lạc | 9,8", "9,8 | 6,0", "6,0 | 15,2", "15,2 | 31,0"], ["9,8", "6,0", "15,2", "31,0"]),
    ("Tam Dương", ["Tam Dương | 4,6", "4,6 | 7,4", "7,4 | 9,5", "9,5 | 21,5"], ["4,6", "7,4", "9,5", "21,5"]),
    ("Bình Xuyên", ["Bình Xuyên | 3,1", "3,1 | 2,9", "2,9 | 6,8", "6,8 | 12,8"], ["3,1", "2,9", "6,8", "12,8"]),
    ("Vĩnh Phúc", ["Tổng cộng | 30,0", "30,0 | 24,5", "24,5 | 51,8", "51,8 | 106,3"], ["30,0", "24,5", "51,8", "106,3"]),
]

FIGS = [
    F("toàn tỉnh có 106,3 ha", "106,3", 106.3, "measure", "ha", "diện tích sản xuất trong nhà màng, nhà lưới",
      percent=88.6, target=T(120, "ha"), period=ASOF),
]
for place, anchors, nums in ROWS:
    for col, anchor, num in zip(COLS, anchors, nums):
        # the anchor must hold the number of this cell: cells are anchored as "<previous cell> | <cell>"
        subj = col + (" toàn tỉnh" if place == "Vĩnh Phúc" else "")
        val = float(num.replace(",", "."))
        FIGS.append(F(anchor, num, val, "measure", "ha", subj, location=place, period=I(ASOF)))

FIGS += [
    F("ước đạt 8.420 tấn", "8.420", 8420, "measure", "tấn", "sản lượng rau, quả trong nhà màng, nhà lưới",
      change=C("increase", 14.3, "%", "cùng kỳ"), status="estimate", period=M9),
    F("cà chua 3.150 tấn", "3.150", 3150, "measure", "tấn", "sản lượng cà chua", total=8420,
      status="estimate", period=M9),
    F("dưa lưới 1.260 tấn", "1.260", 1260, "measure", "tấn", "sản lượng dưa lưới", total=8420,
      status="estimate", period=M9),
    F("bình quân 105 tấn/ha", "105", 105, "measure", "tấn/ha", "năng suất cà chua bình quân", period=I(M9)),
    F("14.000-16.000 đồng/kg", "14.000", 14000, "money", "đồng/kg", "giá bán cà chua tại vườn",
      value_max=16000, period=I(M9)),
    F("mới 23 mô hình", "23", 23, "count", "mô hình", "mô hình nhà màng xây dựng mới", period=M9b),
    F("diện tích 14,2 ha", "14,2", 14.2, "measure", "ha", "tổng diện tích mô hình nhà màng xây dựng mới",
      period=M9b),
    F("khoảng 42,6 tỷ đồng", "42,6", 42.6e9, "money", "đồng", "tổng vốn đầu tư mô hình nhà màng",
      approx="about", period=M9b),
    F("bình quân 300 triệu đồng/1.000 m2", "300", 300e6, "money", "đồng/1.000 m2", "suất đầu tư bình quân nhà màng",
      period=M9b),
    F("hỗ trợ 9,8 tỷ đồng", "9,8", 9.8e9, "money", "đồng", "ngân sách tỉnh hỗ trợ", period=I(M9b)),
    F("đạt 120 ha nhà màng", "120", 120, "measure", "ha", "diện tích nhà màng, nhà lưới", status="target",
      period=YEAR),
    F("đạt 11.000 tấn", "11.000", 11000, "measure", "tấn", "sản lượng rau, quả", status="target", period=YEAR),
]

COMMENTS = [
    "Formal report under a letterhead: 'Số: 318/BC-UBND', 'Vĩnh Phúc, ngày 15 tháng 10 năm 2024' is the date; section numbers I., 1., 2., II. and 'Bảng 1.' are structure.",
    "Distractors: Số 318/BC-UBND, Nghị quyết số 05/2021/NQ-HĐND, heading 'NHIỆM VỤ QUÝ IV/2024', 'Bảng 1.', STT column 1-4.",
    "'đạt 88,6% kế hoạch năm (120 ha)' gives 106,3 ha percent 88.6 and target 120 ha (the plan), not a figure.",
    "Table: 'Đơn vị tính: ha'; subject = what the table measures + column label; the district row label is the location; the 'Tổng cộng' row is the province.",
    "Table cells get no totals (the Tổng column and Tổng cộng row are figures of their own); their as-of period stands in the sentence above the table (inherited).",
    "3.150 and 1.260 tấn follow 'trong đó' after 8.420 tấn and continue 'ước đạt': estimate, total 8420.",
    "'suất đầu tư bình quân 300 triệu đồng/1.000 m2': the denominator 1.000 m2 is part of the unit, not a figure.",
]

if __name__ == "__main__":
    build("p1099-3", TEXT, FIGS, COMMENTS, published="2024-10-15", location="Vĩnh Phúc")
