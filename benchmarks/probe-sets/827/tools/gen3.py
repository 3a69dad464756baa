"""p827-3: formal report (UBND tỉnh Khánh Hòa), safety inspections of amusement parks and water parks, summer 2024; flattened | table."""
from lib import C, F, P, T, build

TEXT = """UBND TỈNH KHÁNH HÒA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 318/BC-UBND
Khánh Hòa, ngày 20 tháng 9 năm 2024

BÁO CÁO
Kết quả kiểm tra an toàn tại các khu vui chơi giải trí, công viên nước mùa hè năm 2024

Thực hiện Công văn số 1987/BVHTTDL-DL của Bộ Văn hóa, Thể thao và Du lịch, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
Tính đến ngày 31/8/2024, trên địa bàn tỉnh có 37 cơ sở kinh doanh dịch vụ vui chơi giải trí có thiết bị trò chơi, gồm 29 khu vui chơi và 8 công viên nước, bể bơi có máng trượt; tổng số 612 thiết bị thuộc danh mục phải kiểm định.

2. Kết quả kiểm tra
Từ ngày 01/6 đến ngày 31/8/2024, các đoàn kiểm tra liên ngành đã kiểm tra 33/37 cơ sở, đạt 89,2%. Kết quả cụ thể:

Đơn vị tính: cơ sở
Địa phương | Số cơ sở | Đã kiểm tra | Vi phạm | Đình chỉ hoạt động
TP. Nha Trang | 21 | 20 | 6 | 1
TP. Cam Ranh | 7 | 6 | 2 | 1
Thị xã Ninh Hòa | 5 | 4 | 1 | 0
Huyện Diên Khánh | 4 | 3 | 1 | 0
Tổng cộng | 37 | 33 | 10 | 2

Các vi phạm chủ yếu là sử dụng 23 thiết bị chưa kiểm định hoặc quá hạn kiểm định (chiếm 3,8% tổng số thiết bị), thiếu nhân viên cứu hộ tại 4 công viên nước. Các đoàn đã xử phạt vi phạm hành chính với tổng số tiền 186,5 triệu đồng.

3. Công tác kiểm định
Trong kỳ, các tổ chức kiểm định đã kiểm định 548 thiết bị, đạt 89,5% tổng số thiết bị phải kiểm định; 100% công viên nước đã bố trí đủ phao cứu sinh và biển cảnh báo độ sâu.

II. NHIỆM VỤ THỜI GIAN TỚI
1. Phấn đấu đến hết năm 2024, 100% thiết bị trò chơi thuộc danh mục được kiểm định trước khi đưa vào sử dụng.
2. Dự kiến trong quý IV/2024 tổ chức 5 lớp tập huấn kỹ năng cứu hộ cho khoảng 300 nhân viên.

Nơi nhận:
- Bộ VHTTDL;
- Lưu: VT, KGVX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 31/8/2024", None, "2024-08-31")
INSP = P("Từ ngày 01/6 đến ngày 31/8/2024", "2024-06-01", "2024-08-31")
INSPi = P("Từ ngày 01/6 đến ngày 31/8/2024", "2024-06-01", "2024-08-31", inherited=True)
ASOFi = P("Tính đến ngày 31/8/2024", None, "2024-08-31", inherited=True)

ROWS = [("TP. Nha Trang", "Nha Trang", ["21", "20", "6", "1"]),
        ("TP. Cam Ranh", "Cam Ranh", ["7", "6", "2", "1"]),
        ("Thị xã Ninh Hòa", "Ninh Hòa", ["5", "4", "1", "0"]),
        ("Huyện Diên Khánh", "Diên Khánh", ["4", "3", "1", "0"]),
        ("Tổng cộng", None, ["37", "33", "10", "2"])]
COLS = ["số cơ sở", "cơ sở đã kiểm tra", "cơ sở vi phạm", "cơ sở bị đình chỉ hoạt động"]

TABLE = []
for label, place, cells in ROWS:
    for i, cell in enumerate(cells):
        # anchor: the row label and the cells up to this one
        anchor = label + " | " + " | ".join(cells[: i + 1])
        subj = COLS[i] + (" tổng cộng" if place is None else "")
        kw = {"location": place} if place else {}
        TABLE.append(F(anchor, cell, int(cell), "count", "cơ sở", subj,
                       period=(ASOFi if i == 0 else INSPi), **kw))

FIGS = [
    F("có 37 cơ sở", "37", 37, "count", "cơ sở", "cơ sở kinh doanh dịch vụ vui chơi giải trí có thiết bị trò chơi",
      period=ASOF),
    F("gồm 29 khu vui chơi", "29", 29, "count", "khu vui chơi", "khu vui chơi", total=37, period=ASOF),
    F("và 8 công viên nước", "8", 8, "count", "công viên nước", "công viên nước, bể bơi có máng trượt",
      total=37, period=ASOF),
    F("tổng số 612 thiết bị", "612", 612, "count", "thiết bị", "thiết bị thuộc danh mục phải kiểm định", period=ASOF),
    F("kiểm tra 33/37 cơ sở", "33", 33, "count", "cơ sở", "cơ sở được kiểm tra", total=37, percent=89.2, period=INSP),
] + TABLE + [
    F("sử dụng 23 thiết bị", "23", 23, "count", "thiết bị", "thiết bị chưa kiểm định hoặc quá hạn kiểm định",
      percent=3.8, period=INSPi),
    F("tại 4 công viên nước", "4", 4, "count", "công viên nước", "công viên nước thiếu nhân viên cứu hộ", period=INSPi),
    F("186,5 triệu đồng", "186,5", 186.5e6, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", period=INSPi),
    F("kiểm định 548 thiết bị", "548", 548, "count", "thiết bị", "thiết bị được kiểm định", percent=89.5, period=INSPi),
    F("100% công viên nước", "100", 100, "percent", "%",
      "công viên nước bố trí đủ phao cứu sinh và biển cảnh báo độ sâu", period=INSPi),
    F("2024, 100% thiết bị", "100", 100, "percent", "%",
      "thiết bị trò chơi thuộc danh mục được kiểm định trước khi đưa vào sử dụng", status="target",
      period=P("đến hết năm 2024", None, "2024-12-31")),
    F("tổ chức 5 lớp", "5", 5, "count", "lớp", "lớp tập huấn kỹ năng cứu hộ", status="forecast",
      period=P("quý IV/2024", "2024-10-01", "2024-12-31")),
    F("khoảng 300 nhân viên", "300", 300, "count", "nhân viên", "nhân viên được tập huấn kỹ năng cứu hộ",
      approx="about", status="forecast", period=P("quý IV/2024", "2024-10-01", "2024-12-31")),
]

COMMENTS = [
    "Formal report under the letterhead UBND TỈNH KHÁNH HÒA, 'Số: 318/BC-UBND', 'Khánh Hòa, ngày 20 tháng 9 năm 2024'.",
    "Flattened '|' table (Đơn vị tính: cơ sở): every numeric cell is a figure, 0 cells included; row places go to location;",
    "subject = column label ('Số cơ sở' as written; the others with the unit noun); the 'Tổng cộng' row is its own figure (Khánh Hòa) and table cells get no totals.",
    "Table periods come from the sentence above the table (inspection period; as-of date for 'Số cơ sở'): inherited.",
    "'33/37 cơ sở, đạt 89,2%' → total 37, percent 89.2. 'Trong kỳ' refers to the inspection period (inherited).",
    "Distractors: document numbers, section numbers I./1./2./3./II., 'Lưu: VT', dates in the dateline.",
]

COMMENTS.append("revised after the first run: the 5 'Số cơ sở' cells had a description as subject; now the column label 'số cơ sở' (FIGURES.md Tables).")
build("p827-3", TEXT, FIGS, COMMENTS, published="2024-09-20", location="Khánh Hòa")
