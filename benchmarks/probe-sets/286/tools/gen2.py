from lib import F, P, ch, emit

TEXT = """UBND TỈNH NINH THUẬN
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 1286/BC-SNNPTNT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Thuận, ngày 18 tháng 4 năm 2024

BÁO CÁO
Tình hình nguồn nước các hồ chứa và kế hoạch sản xuất vụ Hè Thu năm 2024

I. HIỆN TRẠNG NGUỒN NƯỚC
Tổng dung tích thiết kế của 22 hồ chứa thủy lợi trên địa bàn tỉnh là 310,2 triệu m³. Tính đến ngày 15/4/2024, tổng dung tích trữ của các hồ là 118,76 triệu m³, đạt 38,3% dung tích thiết kế, thấp hơn 24,5 triệu m³ so với cùng kỳ năm 2023. Một số hồ lớn như sau:

Đơn vị tính: triệu m³
Hồ chứa | Dung tích thiết kế | Dung tích hiện tại | Tỷ lệ (%)
Sông Sắt | 69,33 | 21,45 | 30,9
Tân Giang | 13,40 | 3,02 | 22,5
Sông Trâu | 31,53 | 14,86 | 47,1
Bà Râu | 5,98 | 1,27 | 21,2
Lanh Ra | 14,12 | 6,35 | 45,0

II. KẾ HOẠCH SẢN XUẤT VỤ HÈ THU
Vụ Hè Thu năm 2024, toàn tỉnh dự kiến gieo trồng 23.500 ha, giảm 4.200 ha so với kế hoạch ban đầu; trong đó lúa 14.800 ha, rau màu và cây trồng cạn 8.700 ha. Diện tích dự kiến phải dừng sản xuất do thiếu nước khoảng 5.650 ha, tập trung tại các huyện Bác Ái (1.820 ha), Ninh Sơn (1.540 ha) và Thuận Bắc (1.130 ha).

III. GIẢI PHÁP
Sở đã chỉ đạo Công ty TNHH MTV Khai thác công trình thủy lợi Ninh Thuận vận hành cấp nước theo lịch luân phiên 7 ngày mở, 5 ngày đóng; phấn đấu bảo đảm nước sinh hoạt cho 100% dân cư và khoảng 186.000 con gia súc. Kinh phí thực hiện dự kiến 12,5 tỷ đồng từ nguồn dự phòng ngân sách tỉnh để nạo vét lòng hồ, khoan 45 giếng và lắp đặt 28 trạm bơm dã chiến.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, TL.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lê Văn Hùng
"""

AS = P("Tính đến ngày 15/4/2024", None, "2024-04-15")
ASi = P("Tính đến ngày 15/4/2024", None, "2024-04-15", inh=True)
HT = P("Vụ Hè Thu năm 2024", "2024-01-01", "2024-12-31")
HTi = P("Vụ Hè Thu năm 2024", "2024-01-01", "2024-12-31", inh=True)

FIGS = [
    F("của 22 hồ", "22", 22, "count", "hồ chứa", "hồ chứa thủy lợi trên địa bàn tỉnh"),
    F("là 310,2 triệu m³", "310,2", 310200000, "measure", "m³", "tổng dung tích thiết kế của 22 hồ chứa thủy lợi"),
    F("là 118,76 triệu m³", "118,76", 118760000, "measure", "m³", "tổng dung tích trữ của các hồ", AS,
      percent=38.3, change=ch("decrease", 24500000, "m³", "cùng kỳ năm 2023")),
]
rows = [("Sông Sắt", "69,33", "21,45", "30,9"), ("Tân Giang", "13,40", "3,02", "22,5"),
        ("Sông Trâu", "31,53", "14,86", "47,1"), ("Bà Râu", "5,98", "1,27", "21,2"),
        ("Lanh Ra", "14,12", "6,35", "45,0")]
num = lambda s: float(s.replace(",", "."))
for lab, a, b, c in rows:
    FIGS.append(F(f"{lab} | {a} |", a, round(num(a) * 1e6), "measure", "m³", f"dung tích thiết kế hồ {lab}"))
    FIGS.append(F(f"| {b} |", b, round(num(b) * 1e6), "measure", "m³", f"dung tích hiện tại hồ {lab}", ASi))
    FIGS.append(F(f"| {c}\n", c, num(c), "percent", "%", f"tỷ lệ hồ {lab}", ASi))
FIGS += [
    F("gieo trồng 23.500 ha", "23.500", 23500, "measure", "ha", "diện tích gieo trồng vụ Hè Thu", HT,
      status="forecast", change=ch("decrease", 4200, "ha", "kế hoạch ban đầu")),
    F("lúa 14.800 ha", "14.800", 14800, "measure", "ha", "diện tích gieo trồng lúa", HTi, total=23500, status="forecast"),
    F("cạn 8.700 ha", "8.700", 8700, "measure", "ha", "diện tích gieo trồng rau màu và cây trồng cạn", HTi,
      total=23500, status="forecast"),
    F("khoảng 5.650 ha", "5.650", 5650, "measure", "ha", "diện tích dự kiến phải dừng sản xuất do thiếu nước", HTi,
      approx="about", status="forecast"),
    F("Bác Ái (1.820 ha)", "1.820", 1820, "measure", "ha", "diện tích dự kiến phải dừng sản xuất do thiếu nước", HTi,
      status="forecast", location="Bác Ái"),
    F("Ninh Sơn (1.540 ha)", "1.540", 1540, "measure", "ha", "diện tích dự kiến phải dừng sản xuất do thiếu nước", HTi,
      status="forecast", location="Ninh Sơn"),
    F("Thuận Bắc (1.130 ha)", "1.130", 1130, "measure", "ha", "diện tích dự kiến phải dừng sản xuất do thiếu nước", HTi,
      status="forecast", location="Thuận Bắc"),
    F("7 ngày mở", "7", 7, "measure", "ngày", "lịch luân phiên mở", optional=True),
    F("5 ngày đóng", "5", 5, "measure", "ngày", "lịch luân phiên đóng", optional=True),
    F("cho 100% dân cư", "100", 100, "percent", "%", "dân cư được bảo đảm nước sinh hoạt", HTi, status="target"),
    F("khoảng 186.000 con", "186.000", 186000, "count", "con gia súc", "gia súc được bảo đảm nước", HTi,
      approx="about", status="target"),
    F("dự kiến 12,5 tỷ đồng", "12,5", 12500000000, "money", "đồng", "kinh phí thực hiện", HTi, status="forecast"),
    F("khoan 45 giếng", "45", 45, "count", "giếng", "giếng khoan", HTi, status="forecast"),
    F("lắp đặt 28 trạm", "28", 28, "count", "trạm bơm dã chiến", "trạm bơm dã chiến lắp đặt", HTi, status="forecast"),
]

COMMENTS = [
    "Formal report (letterhead 'Số: 1286/BC-SNNPTNT', place-and-date line 18/4/2024) of Sở NN&PTNT Ninh Thuận: reservoir storage",
    "at 15/4/2024 with a flattened '|' table (Đơn vị tính: triệu m³; the 'Tỷ lệ (%)' column is percent), Hè Thu 2024 plan.",
    "Distractors: document number, 'Lưu: VT, TL', section numerals I./II./III., 'ngày 18 tháng 4 năm 2024', 'Công ty TNHH MTV'.",
    "Table: every numeric cell is a figure (subject = column label + reservoir); reservoirs are not places, so the default location.",
    "Design capacities carry no period (a static property); current storage and % cells take the as-of date from the text (inherited).",
    "'23.500 ha, giảm 4.200 ha so với kế hoạch ban đầu' : a change with baseline 'kế hoạch ban đầu'; parts after 'trong đó' take total 23.500.",
    "'dự kiến' governs the plan sentences (forecast); 'phấn đấu' the 100% and 186.000 (target). '7 ngày mở, 5 ngày đóng' is a schedule: optional.",
    "The 22 reservoirs and 310,2 triệu m³ design capacity have no period. 'Vụ Hè Thu năm 2024' read as năm 2024.",
    "revised: the 'Tỷ lệ (%)' cells' subjects cut to column label + reservoir ('tỷ lệ hồ …'), as FIGURES.md says for tables.",
]

emit("p286-2", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Ninh Thuận")
