"""p679-3: UBND tỉnh Bình Định formal report, beach management 9 months 2024, flattened | table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH BÌNH ĐỊNH
Số: 312/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác quản lý bãi biển và bảo đảm an toàn cho du khách 9 tháng năm 2024

Thực hiện Kế hoạch số 96/KH-UBND ngày 15/3/2024 của UBND tỉnh, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Quản lý bãi tắm
Toàn tỉnh có 134 km bờ biển, trong đó 21 bãi tắm được đưa vào khai thác du lịch với tổng chiều dài 38,6 km. 9 tháng năm 2024, các bãi tắm đón ước 3,86 triệu lượt khách, tăng 12,4% so với cùng kỳ, đạt 85,8% kế hoạch năm.

Bảng 1. Kết quả cứu hộ tại các địa phương ven biển (9 tháng năm 2024)
Địa phương | Bãi tắm (bãi) | Nhân viên cứu hộ (người) | Số vụ cứu hộ (vụ) | Người được cứu (người)
TP. Quy Nhơn | 6 | 64 | 71 | 88
Thị xã Hoài Nhơn | 5 | 22 | 19 | 23
Huyện Phù Mỹ | 4 | 14 | 6 | 7
Huyện Phù Cát | 4 | 16 | 9 | 11
Huyện Tuy Phước | 2 | 8 | 0 | 0
Toàn tỉnh | 21 | 124 | 105 | 129

2. Vệ sinh môi trường
Các địa phương tổ chức 48 đợt ra quân làm sạch bãi biển với hơn 9.500 lượt người tham gia, thu gom 142,7 tấn rác thải, trong đó khoảng 61 tấn rác thải nhựa.

3. Kinh phí
Tổng kinh phí chi cho công tác cứu hộ, cứu nạn 9 tháng là 7,45 tỷ đồng; trong đó ngân sách tỉnh hỗ trợ 4,2 tỷ đồng, phần còn lại do các địa phương bố trí.

II. NHIỆM VỤ QUÝ IV/2024
- Phấn đấu bổ sung 15 nhân viên cứu hộ cho các bãi tắm mới tại Hoài Nhơn, Phù Mỹ;
- Dự kiến lắp đặt thêm 40 biển cảnh báo tại các khu vực nguy hiểm.

Nơi nhận:
- Bộ VHTTDL;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
K9 = P("9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31")

COLS = [("Bãi tắm", "bãi"), ("Nhân viên cứu hộ", "người"), ("Số vụ cứu hộ", "vụ"), ("Người được cứu", "người")]
# (location, [(anchor, number)] per column)
ROWS = [
    ("Quy Nhơn", [("Quy Nhơn | 6", "6"), ("| 64 |", "64"), ("| 71 |", "71"), ("| 88\n", "88")]),
    ("Hoài Nhơn", [("Hoài Nhơn | 5", "5"), ("| 22 |", "22"), ("| 19 |", "19"), ("| 23\n", "23")]),
    ("Phù Mỹ", [("Phù Mỹ | 4", "4"), ("| 14 |", "14"), ("14 | 6 |", "6"), ("| 7\n", "7")]),
    ("Phù Cát", [("Phù Cát | 4", "4"), ("| 16 |", "16"), ("| 9 |", "9"), ("| 11\n", "11")]),
    ("Tuy Phước", [("Tuy Phước | 2", "2"), ("2 | 8 |", "8"), ("8 | 0 |", "0"), ("| 0\nToàn", "0")]),
    ("Bình Định", [("Toàn tỉnh | 21", "21"), ("| 124 |", "124"), ("| 105 |", "105"), ("| 129\n", "129")]),
]

FIGS = [
    F("có 134 km", "134", 134, "measure", "km", "bờ biển"),
    F("trong đó 21 bãi tắm", "21", 21, "count", "bãi tắm", "bãi tắm được đưa vào khai thác du lịch"),
    F("tổng chiều dài 38,6 km", "38,6", 38.6, "measure", "km",
      "tổng chiều dài bãi tắm được đưa vào khai thác du lịch", total=134),
    F("ước 3,86 triệu lượt khách", "3,86", 3860000, "count", "lượt khách", "lượt khách các bãi tắm đón", N9,
      change=CH("increase", 12.4, "%", "cùng kỳ"), percent=85.8, status="estimate"),
]
for loc, cells in ROWS:
    for (anchor, num), (col, unit) in zip(cells, COLS):
        FIGS.append(F(anchor, num, int(num), "count", unit, col, I(N9), location=loc))
FIGS += [
    F("tổ chức 48 đợt", "48", 48, "count", "đợt", "đợt ra quân làm sạch bãi biển", I(N9)),
    F("hơn 9.500 lượt người", "9.500", 9500, "count", "lượt người", "lượt người tham gia ra quân làm sạch bãi biển",
      I(N9), approx="over"),
    F("thu gom 142,7 tấn", "142,7", 142.7, "measure", "tấn", "rác thải thu gom", I(N9)),
    F("khoảng 61 tấn", "61", 61, "measure", "tấn", "rác thải nhựa thu gom", I(N9), approx="about", total=142.7),
    F("là 7,45 tỷ đồng", "7,45", 7450000000, "money", "đồng", "tổng kinh phí chi cho công tác cứu hộ, cứu nạn", K9),
    F("hỗ trợ 4,2 tỷ đồng", "4,2", 4200000000, "money", "đồng",
      "kinh phí cứu hộ, cứu nạn ngân sách tỉnh hỗ trợ", K9, total=7450000000),
    F("bổ sung 15 nhân viên", "15", 15, "count", "nhân viên cứu hộ",
      "nhân viên cứu hộ bổ sung cho các bãi tắm mới", I(Q4), status="target"),
    F("thêm 40 biển", "40", 40, "count", "biển cảnh báo", "biển cảnh báo lắp đặt thêm tại các khu vực nguy hiểm",
      I(Q4), status="forecast"),
]

COMMENTS = [
    "UBND tỉnh Bình Định formal report Số: 312/BC-UBND, place-and-date line 'Bình Định, ngày 08 tháng 10 năm 2024': beach management, 9 months 2024.",
    "Flattened '|' table (Bảng 1), units in the column headers; every numeric cell is a figure, the zeros included; row labels are places -> location;",
    "'Toàn tỉnh' row -> Bình Định. Table cells get no total (the spec names no cue for a table's total row). Period from the table title line: inherited.",
    "Not figures: Số 312/BC-UBND, Kế hoạch số 96/KH-UBND ngày 15/3/2024, section numbers I., II., 1.-3., 'Bảng 1', heading QUÝ IV/2024.",
    "'trong đó 21 bãi tắm ... tổng chiều dài 38,6 km' -> 38,6 km is part of 134 km bờ biển; 21 bãi tắm counts another thing (no total).",
    "'Phấn đấu' task -> target; 'Dự kiến' -> forecast.",
]

if __name__ == "__main__":
    emit("p679-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Bình Định")
