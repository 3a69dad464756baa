from lib import *

T = """UBND HUYỆN KỲ SƠN
BAN CHỈ ĐẠO 138
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 287/BC-BCĐ
Kỳ Sơn, ngày 05 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác phòng, chống và kiểm soát ma túy 9 tháng năm 2024

I. KẾT QUẢ ĐẠT ĐƯỢC
1. Công tác đấu tranh, triệt xóa
Trong 9 tháng năm 2024, Công an huyện phối hợp với Đồn Biên phòng Nậm Cắn và Đồn Biên phòng Mường Típ phát hiện, bắt giữ 63 vụ, 81 đối tượng; khởi tố 58 vụ, 74 bị can. Kết quả cụ thể:

Bảng 1. Kết quả đấu tranh với tội phạm về ma túy
Chỉ tiêu
Đơn vị
9 tháng năm 2023
9 tháng năm 2024
So sánh (%)
Số vụ bắt giữ
vụ
57
63
110,5
Số đối tượng
đối tượng
72
81
112,5
Heroin thu giữ
kg
18,2
24,75
136,0
Ma túy tổng hợp
viên
41.300
36.850
89,2

2. Công tác cai nghiện và quản lý sau cai
Toàn huyện hiện có 1.218 người nghiện có hồ sơ quản lý, trong đó 104 người đang cai nghiện tại Cơ sở cai nghiện ma túy số 2 tỉnh Nghệ An; 386 người điều trị methadone tại Trung tâm Y tế huyện. Đã tổ chức 14 lớp tuyên truyền với khoảng 2.600 lượt người tham gia.

3. Xây dựng xã không có tệ nạn ma túy
Đến 30/9/2024, có 4/21 xã, thị trấn được công nhận không có tệ nạn ma túy (kế hoạch năm 2024 là 6 xã).

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV/2024
Phấn đấu trong quý IV/2024 bắt giữ không dưới 20 vụ; đưa 30 người nghiện đi cai nghiện tập trung.

Nơi nhận:
- Ban Chỉ đạo 138 tỉnh;
- Lưu: VT, CAH.
TRƯỞNG BAN
"""

N = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
Ni = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
C23 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
C24 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
CS = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
A = P("Đến 30/9/2024", None, "2024-09-30")
Q = P("trong quý IV/2024", "2024-10-01", "2024-12-31")
figs = [
    F("giữ 63 vụ", "63", 63, "count", "vụ", "vụ phạm tội về ma túy bắt giữ", N),
    F("vụ, 81 đối tượng", "81", 81, "count", "đối tượng", "đối tượng bị bắt giữ", N),
    F("khởi tố 58 vụ", "58", 58, "count", "vụ", "vụ khởi tố", N),
    F("74 bị can", "74", 74, "count", "bị can", "bị can khởi tố", N),
]
rows = [
    ("Số vụ bắt giữ", "vụ", "count", ["57", "63", "110,5"]),
    ("Số đối tượng", "đối tượng", "count", ["72", "81", "112,5"]),
    ("Heroin thu giữ", "kg", "measure", ["18,2", "24,75", "136,0"]),
    ("Ma túy tổng hợp", "viên", "count", ["41.300", "36.850", "89,2"]),
]
def num(s):
    return float(s.replace(".", "").replace(",", ".")) if ("," in s or "." in s) else int(s)
for label, unit, kind, cells in rows:
    a0 = f"{label}\n{unit}\n{cells[0]}"
    a1 = f"{cells[0]}\n{cells[1]}\n{cells[2]}"
    a2 = f"{cells[1]}\n{cells[2]}"
    v = [num(c) for c in cells]
    figs.append(F(a0, cells[0], v[0], kind, unit, f"{label} 9 tháng năm 2023", C23))
    figs.append(F(a1, cells[1], v[1], kind, unit, f"{label} 9 tháng năm 2024", C24))
    figs.append(F(a2, cells[2], v[2], "percent", "%", f"{label} so sánh", CS))
figs += [
    F("có 1.218 người", "1.218", 1218, "count", "người", "người nghiện có hồ sơ quản lý"),
    F("đó 104 người", "104", 104, "count", "người", "người đang cai nghiện tại Cơ sở cai nghiện ma túy số 2", total=1218),
    F("386 người", "386", 386, "count", "người", "người điều trị methadone", total=1218),
    F("14 lớp", "14", 14, "count", "lớp", "lớp tuyên truyền", Ni),
    F("khoảng 2.600 lượt", "2.600", 2600, "count", "lượt người", "lượt người tham gia tuyên truyền", Ni, approx="about"),
    F("có 4/21 xã", "4", 4, "count", "xã, thị trấn", "xã, thị trấn được công nhận không có tệ nạn ma túy", A,
      total=21, target=tg(6, "xã")),
    F("không dưới 20 vụ", "20", 20, "count", "vụ", "vụ bắt giữ", Q, approx="at_least", status="target"),
    F("đưa 30 người", "30", 30, "count", "người", "người nghiện đi cai nghiện tập trung", Q, status="target"),
]
build(3, T, [
    "Formal report of the district steering committee (letterhead 'Số: 287/BC-BCĐ', place-and-date line 'Kỳ Sơn, ngày 05 tháng 10 năm 2024').",
    "Table written one cell per line: Chỉ tiêu | Đơn vị | 9 tháng năm 2023 | 9 tháng năm 2024 | So sánh (%). Every numeric cell is a figure;",
    "unit from the Đơn vị cell, period from the column header; 'So sánh (%)' cells are percents whose period is inherited (the column has none).",
    "Distractors: 'BAN CHỈ ĐẠO 138', 'Số: 287/BC-BCĐ', 'Bảng 1', section numbers I./II./1./2./3., 'Cơ sở cai nghiện ma túy số 2 tỉnh Nghệ An' (name).",
    "'trong đó 104 ...; 386 ...' → both total 1.218. '4/21 xã ... (kế hoạch năm 2024 là 6 xã)' → total 21, target 6.",
    "Location is the district Kỳ Sơn (Nghệ An) throughout; the province in the facility's name is not a place of the figures.",
], figs, published="2024-10-05", location="Kỳ Sơn")
