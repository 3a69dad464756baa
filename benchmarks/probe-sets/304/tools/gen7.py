from lib import Doc, P, C, T

text = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HÀ GIANG
Ngày cập nhật: 18/02/2025

Chè Shan tuyết Hà Giang: sản lượng năm 2024 đạt 98.000 tấn búp tươi

Năm 2024, toàn tỉnh Hà Giang có 22.100 ha chè, trong đó chè Shan tuyết 17.600 ha, chiếm gần 80% diện tích; có khoảng 4.200 ha chè cổ thụ trên 100 năm tuổi, phân bố chủ yếu ở vùng cao trên 1.000 m.

Sản lượng chè búp tươi năm 2024 đạt 98.000 tấn, tăng 5,4% so với năm 2023. Sản lượng một số huyện trọng điểm như sau (Đơn vị tính: tấn):
Huyện
Năm 2023
Năm 2024
Vị Xuyên
24.150
25.300
Bắc Quang
21.400
22.870
Hoàng Su Phì
13.200
14.050
Xín Mần
8.600
9.120
Quang Bình
7.350
7.980

Giai đoạn 2021-2024, toàn tỉnh trồng mới 1.850 ha chè, chủ yếu bằng giống Shan tuyết bản địa. Toàn tỉnh có 286 cơ sở chế biến chè, trong đó 43 cơ sở đạt chứng nhận hữu cơ; giá chè Shan tuyết búp khô loại đặc biệt từ 600.000 đến 1,5 triệu đồng/kg. Tính đến 31/12/2024, Hà Giang có 58 sản phẩm chè đạt OCOP từ 3 sao trở lên, chiếm 30,2% tổng số sản phẩm OCOP của tỉnh.

Mục tiêu đến năm 2025, tỉnh phấn đấu sản lượng chè búp tươi đạt 110.000 tấn, giá trị sản xuất chè đạt 1.200 tỷ đồng. Tháng 11 tới, tỉnh tổ chức Hội chợ Trà Shan tuyết lần thứ 5 tại huyện Vị Xuyên.

Liên hệ: Phòng Trồng trọt, số 268 đường Trần Phú, TP Hà Giang; ĐT: 0219.3866.337.
"""

d = Doc("p304-7", text, [
    "Department site (Sở NN&PTNT Hà Giang), 'Ngày cập nhật: 18/02/2025' without time: Shan tuyết tea area, old trees, output, district table, processing, prices, OCOP.",
    "One-cell-per-line table: header 'Huyện | Năm 2023 | Năm 2024', unit in '(Đơn vị tính: tấn)'; each cell: location = district, period from the",
    "column header (inherited: not in the cell's sentence), subject = the table's indicator 'sản lượng chè búp tươi'. The title's 98.000 is a figure.",
    "'trên 100 năm tuổi' and 'trên 1.000 m' are criteria (optional); 'từ 3 sao trở lên' is a star label (not a figure). 17.600 ha is a part of 22.100.",
    "'58 sản phẩm …, chiếm 30,2%' -> percent 30.2. 'Giai đoạn 2021-2024' is a period. Address 'số 268 đường Trần Phú' and phone are distractors;",
    "'Hội chợ Trà Shan tuyết lần thứ 5' is an edition label (not a figure); its venue Vị Xuyên is no place of a figure.",
], published="2025-02-18", location="Hà Giang")

Y = P("năm 2024", "2024-01-01", "2024-12-31")
Yi = P("Năm 2024", "2024-01-01", "2024-12-31", True)
Y3i = P("Năm 2023", "2023-01-01", "2023-12-31", True)
d.f("đạt 98.000 tấn búp", "98.000", 98000, "measure", "tấn", "sản lượng chè Shan tuyết búp tươi", Y)
d.f("có 22.100 ha", "22.100", 22100, "measure", "ha", "diện tích chè", P("Năm 2024", "2024-01-01", "2024-12-31"))
d.f("tuyết 17.600 ha", "17.600", 17600, "measure", "ha", "diện tích chè Shan tuyết", P("Năm 2024", "2024-01-01", "2024-12-31"),
    total=22100, percent=80)
d.f("khoảng 4.200 ha", "4.200", 4200, "measure", "ha", "diện tích chè cổ thụ", P("Năm 2024", "2024-01-01", "2024-12-31"), approx="about")
d.f("trên 100 năm", "100", 100, "measure", "năm", "tuổi chè cổ thụ", approx="over", optional=True)
d.f("trên 1.000 m", "1.000", 1000, "measure", "m", "độ cao vùng chè cổ thụ", approx="over", optional=True)
d.f("đạt 98.000 tấn, tăng", "98.000", 98000, "measure", "tấn", "sản lượng chè búp tươi", Y, change=C("increase", 5.4, "%", "năm 2023"))
rows = [("Vị Xuyên", "24.150", "25.300"), ("Bắc Quang", "21.400", "22.870"), ("Hoàng Su Phì", "13.200", "14.050"),
        ("Xín Mần", "8.600", "9.120"), ("Quang Bình", "7.350", "7.980")]
for loc, a, b in rows:
    d.f(f"{loc}\n{a}\n", a, int(a.replace(".", "")), "measure", "tấn", "sản lượng chè búp tươi", Y3i, location=loc)
    d.f(f"{a}\n{b}\n", b, int(b.replace(".", "")), "measure", "tấn", "sản lượng chè búp tươi", Yi, location=loc)
d.f("trồng mới 1.850 ha", "1.850", 1850, "measure", "ha", "diện tích chè trồng mới",
    P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31"))
d.f("có 286 cơ sở", "286", 286, "count", "cơ sở", "cơ sở chế biến chè")
d.f("trong đó 43 cơ sở", "43", 43, "count", "cơ sở", "cơ sở chế biến chè đạt chứng nhận hữu cơ", total=286)
d.f("từ 600.000 đến 1,5 triệu đồng/kg", "600.000", 600000, "money", "đồng/kg", "giá chè Shan tuyết búp khô loại đặc biệt", value_max=1.5e6)
d.f("có 58 sản phẩm", "58", 58, "count", "sản phẩm", "sản phẩm chè đạt OCOP", P("Tính đến 31/12/2024", None, "2024-12-31"), percent=30.2)
TG = P("đến năm 2025", None, "2025-12-31")
d.f("đạt 110.000 tấn", "110.000", 110000, "measure", "tấn", "sản lượng chè búp tươi", TG, status="target")
d.f("đạt 1.200 tỷ đồng", "1.200", 1200e9, "money", "đồng", "giá trị sản xuất chè", TG, status="target")
d.write()
