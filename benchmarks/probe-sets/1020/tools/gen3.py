"""p1020-3: formal report (UBND tỉnh Thanh Hóa), 9 months 2024, flattened | table by locality."""
from lib import F, P, I, C, write

TEXT = """UBND TỈNH THANH HÓA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Thanh Hóa, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả quản lý hoạt động kinh doanh dịch vụ cầm đồ 9 tháng năm 2024

Thực hiện Công văn số 1562/C06-P4 ngày 20/8/2024 của Cục Cảnh sát quản lý hành chính về trật tự xã hội, UBND tỉnh báo cáo như sau:

I. TÌNH HÌNH CHUNG
Tính đến ngày 30/9/2024, toàn tỉnh có 968 cơ sở kinh doanh dịch vụ cầm đồ, chiếm 31,2% tổng số cơ sở kinh doanh ngành, nghề có điều kiện về an ninh, trật tự; tổng vốn đăng ký ước khoảng 1.450 tỷ đồng.

II. KẾT QUẢ KIỂM TRA
1. Kết quả kiểm tra theo địa bàn 9 tháng năm 2024:
Đơn vị tính: cơ sở, lượt, triệu đồng
Địa bàn | Số cơ sở | Lượt kiểm tra | Cơ sở vi phạm | Tiền phạt
TP. Thanh Hóa | 215 | 164 | 18 | 236,5
TX. Bỉm Sơn | 48 | 35 | 3 | 27
TX. Nghi Sơn | 96 | 71 | 7 | 84
TP. Sầm Sơn | 62 | 40 | 5 | 52,5
Các huyện còn lại | 547 | 303 | 21 | 274
Tổng cộng | 968 | 613 | 54 | 674
2. Các vi phạm chủ yếu: không báo cáo định kỳ, không lưu giữ hợp đồng cầm cố, cho vay vượt mức lãi suất quy định. So với cùng kỳ năm 2023, số cơ sở vi phạm giảm 12,9%.

III. ĐẤU TRANH VỚI TỘI PHẠM "TÍN DỤNG ĐEN"
Công an tỉnh đã điều tra, khám phá 14 vụ, 37 đối tượng phạm tội cho vay lãi nặng trong giao dịch dân sự, tăng 3 vụ so với cùng kỳ năm 2023; thu giữ 2,8 tỷ đồng và 46 xe mô tô. Số tiền các đối tượng thu lợi bất chính ước khoảng 9,6 tỷ đồng.

IV. PHƯƠNG HƯỚNG QUÝ IV/2024
Phấn đấu kiểm tra 100% cơ sở còn lại trong quý IV/2024; đến hết năm 2024 giảm ít nhất 10% số vụ phạm tội liên quan đến "tín dụng đen" so với năm 2023.

Nơi nhận:
- Bộ Công an (C06);
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, NC.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Hưng
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
COLS = [("Số cơ sở", "count", "cơ sở", 1), ("Lượt kiểm tra", "count", "lượt", 1),
        ("Cơ sở vi phạm", "count", "cơ sở", 1), ("Tiền phạt", "money", "đồng", 1e6)]
ROWS = [("TP. Thanh Hóa", "Thanh Hóa", None, ["215", "164", "18", "236,5"]),
        ("TX. Bỉm Sơn", "Bỉm Sơn", None, ["48", "35", "3", "27"]),
        ("TX. Nghi Sơn", "Nghi Sơn", None, ["96", "71", "7", "84"]),
        ("TP. Sầm Sơn", "Sầm Sơn", None, ["62", "40", "5", "52,5"]),
        ("Các huyện còn lại", "Thanh Hóa", "các huyện còn lại", ["547", "303", "21", "274"]),
        ("Tổng cộng", "Thanh Hóa", "tổng cộng", ["968", "613", "54", "674"])]

FIGS = [
    F("có 968 cơ sở", "968", 968, "count", "cơ sở", "cơ sở kinh doanh dịch vụ cầm đồ", ASOF, percent=31.2),
    F("khoảng 1.450 tỷ đồng", "1.450", 1450e9, "money", "đồng", "tổng vốn đăng ký của các cơ sở cầm đồ", ASOF,
      approx="about", status="estimate"),
]
for label, loc, extra, cells in ROWS:
    for (col, kind, unit, mult), cell in zip(COLS, cells):
        v = float(cell.replace(",", ".")) * mult
        subj = col if extra is None else f"{col} {extra}"
        anchor = f"| {cell} |" if cell != cells[-1] else f"| {cell}\n"
        FIGS.append(F(anchor, cell, v, kind, unit, subj, M9, location=loc))
FIGS += [
    F("giảm 12,9%", "12,9", 12.9, "percent", "%", "số cơ sở vi phạm giảm so với cùng kỳ", M9),
    F("khám phá 14 vụ", "14", 14, "count", "vụ", "vụ phạm tội cho vay lãi nặng trong giao dịch dân sự", M9,
      change=C("increase", 3, "vụ", "cùng kỳ năm 2023")),
    F("37 đối tượng", "37", 37, "count", "đối tượng", "đối tượng phạm tội cho vay lãi nặng trong giao dịch dân sự", M9),
    F("thu giữ 2,8 tỷ đồng", "2,8", 2.8e9, "money", "đồng", "tiền thu giữ", M9),
    F("46 xe mô tô", "46", 46, "count", "xe mô tô", "xe mô tô thu giữ", M9),
    F("khoảng 9,6 tỷ đồng", "9,6", 9.6e9, "money", "đồng", "số tiền các đối tượng thu lợi bất chính", M9,
      approx="about", status="estimate"),
    F("kiểm tra 100% cơ sở", "100", 100, "percent", "%", "cơ sở còn lại được kiểm tra",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), status="target"),
    F("ít nhất 10%", "10", 10, "percent", "%", "số vụ phạm tội liên quan đến tín dụng đen giảm so với năm 2023",
      P("đến hết năm 2024", None, "2024-12-31"), approx="at_least", status="target"),
]

NOTES = [
    "Probe 1020-3: báo cáo UBND tỉnh Thanh Hóa Số: 287/BC-UBND, quản lý kinh doanh dịch vụ cầm đồ 9 tháng năm 2024.",
    "published = the report's date line 'Thanh Hóa, ngày 15 tháng 10 năm 2024'.",
    "Flattened | table; 'Đơn vị tính: cơ sở, lượt, triệu đồng' (Tiền phạt column in triệu đồng). Cells: subject = column label",
    "(+ row label when it is not a place); place rows go to location (TP. Thanh Hóa = the city, 'Thanh Hóa' either way).",
    "Table periods come from the line above the table (inherited). Table cells get no totals; the Tổng cộng row is its own figure.",
    "'giảm 12,9%' with no base amount in its sentence is a percent figure without change.",
    "Distractors: Số: 287/BC-UBND, Công văn số 1562/C06-P4 ngày 20/8/2024, section numbers I.-IV., 1., 2., heading QUÝ IV/2024.",
]

write("p1020-3", TEXT, NOTES, FIGS, published="2024-10-15", location="Thanh Hóa")
