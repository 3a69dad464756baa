"""p1098-3: UBND tỉnh Ninh Thuận formal report on grapes in 2024, flattened '|' table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH NINH THUẬN
Số: 18/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Thuận, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả sản xuất, tiêu thụ nho năm 2024 và kế hoạch năm 2025

Thực hiện Kế hoạch số 2145/KH-UBND ngày 10/5/2023, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ NĂM 2024
1. Diện tích, sản lượng
Năm 2024, diện tích nho toàn tỉnh đạt 1.085 ha, bằng 98,6% kế hoạch, tăng 45 ha so với năm 2023; sản lượng đạt 28.640 tấn, tăng 6,2%. Chi tiết theo địa phương:

Đơn vị tính: ha, tấn
Địa phương | Diện tích | Sản lượng
Phan Rang - Tháp Chàm | 215 | 6.120
Ninh Phước | 468 | 12.870
Ninh Hải | 254 | 6.350
Thuận Nam | 98 | 2.260
Ninh Sơn | 50 | 1.040
Tổng cộng | 1.085 | 28.640

2. Năng suất, giá bán
Năng suất bình quân đạt 26,4 tấn/ha/năm; mỗi năm nho cho thu hoạch 2,5 vụ. Giá bình quân cả năm của nho đỏ là 22.000 đồng/kg, nho xanh 28.000 đồng/kg, tăng lần lượt 10% và 12% so với năm 2023.

3. Chế biến sản phẩm từ nho
Toàn tỉnh có 42 cơ sở chế biến sản phẩm từ nho, trong đó 9 cơ sở có sản phẩm đạt chuẩn OCOP; sản lượng nho sấy khô đạt khoảng 310 tấn, rượu vang nho 185.000 lít, siro và mật nho 96.000 chai. Tổng giá trị sản phẩm chế biến ước đạt 215 tỷ đồng.

4. Du lịch nông nghiệp
Các điểm du lịch vườn nho đón 186.500 lượt khách, chiếm 21,3% tổng lượt khách đến tỉnh.

II. KẾ HOẠCH NĂM 2025
Năm 2025, phấn đấu diện tích nho đạt 1.120 ha, sản lượng 30.000 tấn; nâng số sản phẩm OCOP từ nho lên 35 sản phẩm.
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
CN = P("cả năm", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
TBL = I(Y24)


def cell(anchor, number, value, unit, col, place):
    return F(anchor, number, value, "measure", unit, col, TBL, location=place)


FIGS = [
    F("đạt 1.085 ha", "1.085", 1085, "measure", "ha", "diện tích nho", Y24,
      percent=98.6, change=C("increase", 45, "ha", "năm 2023")),
    F("đạt 28.640 tấn", "28.640", 28640, "measure", "tấn", "sản lượng nho", Y24, change=C("increase", 6.2, "%")),
    cell("Tháp Chàm | 215", "215", 215, "ha", "Diện tích", "Phan Rang - Tháp Chàm"),
    cell("215 | 6.120", "6.120", 6120, "tấn", "Sản lượng", "Phan Rang - Tháp Chàm"),
    cell("Ninh Phước | 468", "468", 468, "ha", "Diện tích", "Ninh Phước"),
    cell("468 | 12.870", "12.870", 12870, "tấn", "Sản lượng", "Ninh Phước"),
    cell("Ninh Hải | 254", "254", 254, "ha", "Diện tích", "Ninh Hải"),
    cell("254 | 6.350", "6.350", 6350, "tấn", "Sản lượng", "Ninh Hải"),
    cell("Thuận Nam | 98", "98", 98, "ha", "Diện tích", "Thuận Nam"),
    cell("98 | 2.260", "2.260", 2260, "tấn", "Sản lượng", "Thuận Nam"),
    cell("Ninh Sơn | 50", "50", 50, "ha", "Diện tích", "Ninh Sơn"),
    cell("50 | 1.040", "1.040", 1040, "tấn", "Sản lượng", "Ninh Sơn"),
    cell("Tổng cộng | 1.085", "1.085", 1085, "ha", "Diện tích tổng cộng", "Ninh Thuận"),
    cell("1.085 | 28.640", "28.640", 28640, "tấn", "Sản lượng tổng cộng", "Ninh Thuận"),
    F("26,4 tấn/ha/năm", "26,4", 26.4, "measure", "tấn/ha/năm", "năng suất bình quân nho", I(Y24)),
    F("2,5 vụ", "2,5", 2.5, "measure", "vụ/năm", "vụ thu hoạch nho mỗi năm", I(Y24)),
    F("là 22.000 đồng/kg", "22.000", 22000, "money", "đồng/kg", "giá bình quân nho đỏ", CN,
      change=C("increase", 10, "%", "năm 2023")),
    F("xanh 28.000 đồng/kg", "28.000", 28000, "money", "đồng/kg", "giá bình quân nho xanh", CN,
      change=C("increase", 12, "%", "năm 2023")),
    F("có 42 cơ sở", "42", 42, "count", "cơ sở", "cơ sở chế biến sản phẩm từ nho", I(Y24)),
    F("9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở có sản phẩm đạt chuẩn OCOP", I(Y24), total=42),
    F("khoảng 310 tấn", "310", 310, "measure", "tấn", "sản lượng nho sấy khô", I(Y24), approx="about"),
    F("185.000 lít", "185.000", 185000, "measure", "lít", "sản lượng rượu vang nho", I(Y24)),
    F("96.000 chai", "96.000", 96000, "count", "chai", "sản lượng siro và mật nho", I(Y24)),
    F("ước đạt 215 tỷ", "215", 215e9, "money", "đồng", "tổng giá trị sản phẩm chế biến từ nho", I(Y24),
      status="estimate"),
    F("186.500 lượt khách", "186.500", 186500, "count", "lượt khách", "lượt khách đến các điểm du lịch vườn nho",
      I(Y24), percent=21.3),
    F("đạt 1.120 ha", "1.120", 1120, "measure", "ha", "diện tích nho", Y25, status="target"),
    F("sản lượng 30.000 tấn", "30.000", 30000, "measure", "tấn", "sản lượng nho", Y25, status="target"),
    F("lên 35 sản phẩm", "35", 35, "count", "sản phẩm", "sản phẩm OCOP từ nho", Y25, status="target"),
]

NOTES = [
    "Formal report (UBND tỉnh Ninh Thuận, Số: 18/BC-UBND, 15/01/2025). Letterhead, Kế hoạch số 2145/KH-UBND ngày 10/5/2023,",
    "section numbers I., II., 1.-4. are not figures. Dated 'ngày 15 tháng 01 năm 2025' -> published.",
    "Flattened table (Đơn vị tính: ha, tấn): every cell a figure, subject = column label, the district row label -> location;",
    "period from 'Năm 2024' in the sentence above the table (inherited); table cells get no total (the Tổng cộng row is its own figure).",
    "'bằng 98,6% kế hoạch' is the percent of 1.085 ha; 'tăng 6,2%' (no baseline) the change of 28.640 tấn;",
    "'tăng lần lượt 10% và 12% so với năm 2023' distributes the changes over the two prices.",
    "Sections 2-4 have no period phrase of their own except 'cả năm': the figures inherit Năm 2024.",
]

write("p1098-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Ninh Thuận")
