"""p1218-3: formal report (UBND tỉnh Hà Nam) on fan and appliance assembly in industrial zones, 2023; flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH HÀ NAM
Số: 45/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nam, ngày 22 tháng 01 năm 2024

BÁO CÁO
Tình hình sản xuất, lắp ráp quạt điện và đồ gia dụng trong các khu công nghiệp năm 2023

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Tình hình chung
Đến ngày 31/12/2023, các KCN trên địa bàn tỉnh có 34 dự án sản xuất, lắp ráp quạt điện và đồ gia dụng còn hiệu lực với tổng vốn đầu tư 612 triệu USD, trong đó 29 dự án FDI, vốn 548 triệu USD. Năm 2023, các doanh nghiệp sản xuất 5,64 triệu sản phẩm, bằng 103,8% kế hoạch; doanh thu đạt 9.870 tỷ đồng, tăng 6,2% so với năm 2022; xuất khẩu 214 triệu USD.

2. Sản lượng theo khu công nghiệp
Đơn vị tính: nghìn sản phẩm
Khu công nghiệp | Năm 2022 | Năm 2023 | Kế hoạch 2024
KCN Đồng Văn I | 1.180 | 1.265 | 1.350
KCN Đồng Văn II | 2.040 | 2.210 | 2.400
KCN Hòa Mạc | 1.310 | 1.395 | 1.500
KCN Châu Sơn | 905 | 770 | 850
Tổng cộng | 5.435 | 5.640 | 6.100
Sản lượng tại KCN Châu Sơn giảm 14,9% do một doanh nghiệp tạm dừng dây chuyền để chuyển đổi sản phẩm.

3. Lao động
Các doanh nghiệp sử dụng 12.850 lao động, trong đó lao động nữ 8.140 người, chiếm 63,3%; tiền lương bình quân 8,2 triệu đồng/người/tháng, tăng 5,1% so với năm 2022.

II. NHIỆM VỤ NĂM 2024
Phấn đấu sản lượng đạt 6,1 triệu sản phẩm, kim ngạch xuất khẩu tăng từ 8 đến 10%; thu hút thêm 3-5 dự án sản xuất linh kiện, phụ tùng cho ngành gia dụng theo Kế hoạch số 2158/KH-UBND ngày 15/9/2022 của UBND tỉnh.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

ASOF = P("Đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
H23 = P("KẾT QUẢ THỰC HIỆN NĂM 2023", "2023-01-01", "2023-12-31", inherited=True)
H24 = P("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)


def cell(anchor, number, value, row, col):
    per = {"Năm 2022": Y22, "Năm 2023": Y23, "Kế hoạch 2024": K24}[col]
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    return F(anchor, number, value * 1000, "count", "sản phẩm",
             subject=f"sản lượng {row} {col.lower()}", period=per, **kw)


FIGS = [
    F("có 34 dự án", "34", 34, "count", "dự án",
      subject="dự án sản xuất, lắp ráp quạt điện và đồ gia dụng còn hiệu lực", period=ASOF),
    F("tư 612 triệu USD", "612", 612e6, "money", "USD",
      subject="tổng vốn đầu tư dự án sản xuất, lắp ráp quạt điện và đồ gia dụng", period=ASOF),
    F("29 dự án FDI", "29", 29, "count", "dự án", total=34, subject="dự án FDI", period=ASOF),
    F("vốn 548 triệu USD", "548", 548e6, "money", "USD", total=612e6, subject="vốn đầu tư dự án FDI", period=ASOF),
    F("sản xuất 5,64 triệu", "5,64", 5.64e6, "count", "sản phẩm", percent=103.8,
      subject="sản phẩm các doanh nghiệp sản xuất", period=Y23),
    F("đạt 9.870 tỷ", "9.870", 9870e9, "money", "đồng", change=C("increase", 6.2, "%", "năm 2022"),
      subject="doanh thu", period=Y23),
    F("xuất khẩu 214 triệu USD", "214", 214e6, "money", "USD", subject="xuất khẩu", period=Y23),
    cell("Đồng Văn I | 1.180", "1.180", 1180, "KCN Đồng Văn I", "Năm 2022"),
    cell("1.180 | 1.265", "1.265", 1265, "KCN Đồng Văn I", "Năm 2023"),
    cell("1.265 | 1.350", "1.350", 1350, "KCN Đồng Văn I", "Kế hoạch 2024"),
    cell("Đồng Văn II | 2.040", "2.040", 2040, "KCN Đồng Văn II", "Năm 2022"),
    cell("2.040 | 2.210", "2.210", 2210, "KCN Đồng Văn II", "Năm 2023"),
    cell("2.210 | 2.400", "2.400", 2400, "KCN Đồng Văn II", "Kế hoạch 2024"),
    cell("Hòa Mạc | 1.310", "1.310", 1310, "KCN Hòa Mạc", "Năm 2022"),
    cell("1.310 | 1.395", "1.395", 1395, "KCN Hòa Mạc", "Năm 2023"),
    cell("1.395 | 1.500", "1.500", 1500, "KCN Hòa Mạc", "Kế hoạch 2024"),
    cell("Châu Sơn | 905", "905", 905, "KCN Châu Sơn", "Năm 2022"),
    cell("905 | 770", "770", 770, "KCN Châu Sơn", "Năm 2023"),
    cell("770 | 850", "850", 850, "KCN Châu Sơn", "Kế hoạch 2024"),
    cell("Tổng cộng | 5.435", "5.435", 5435, "tổng cộng", "Năm 2022"),
    cell("5.435 | 5.640", "5.640", 5640, "tổng cộng", "Năm 2023"),
    cell("5.640 | 6.100", "6.100", 6100, "tổng cộng", "Kế hoạch 2024"),
    F("giảm 14,9%", "14,9", 14.9, "percent", "%", subject="sản lượng tại KCN Châu Sơn giảm", period=H23),
    F("do một doanh nghiệp", "một", 1, "count", "doanh nghiệp", optional=True,
      subject="doanh nghiệp tạm dừng dây chuyền"),
    F("sử dụng 12.850 lao động", "12.850", 12850, "count", "lao động", subject="lao động các doanh nghiệp sử dụng",
      period=H23),
    F("nữ 8.140 người", "8.140", 8140, "count", "người", total=12850, percent=63.3,
      subject="lao động nữ", period=H23),
    F("8,2 triệu", "8,2", 8.2e6, "money", "đồng/người/tháng", change=C("increase", 5.1, "%", "năm 2022"),
      subject="tiền lương bình quân", period=H23),
    F("đạt 6,1 triệu", "6,1", 6.1e6, "count", "sản phẩm", status="target", subject="sản lượng", period=H24),
    F("từ 8 đến 10%", "8", 8, "percent", "%", value_max=10, status="target",
      subject="tốc độ tăng kim ngạch xuất khẩu", period=H24),
    F("thêm 3-5 dự án", "3", 3, "count", "dự án", value_max=5, status="target",
      subject="dự án sản xuất linh kiện, phụ tùng cho ngành gia dụng thu hút thêm", period=H24),
]

NOTES = [
    "Formal report under letterhead: UBND TỈNH HÀ NAM, 'Số: 45/BC-UBND', 'Hà Nam, ngày 22 tháng 01 năm 2024' (published).",
    "Flattened '|' table, 'Đơn vị tính: nghìn sản phẩm' (cells x1000). Row labels are industrial zones (not provinces/districts):",
    "subject = indicator + row label + column label; period from the column header (scored); 'Kế hoạch 2024' column -> target.",
    "Table cells get no totals; the 'Tổng cộng' row is its own figures. Rows add up (5.435 / 5.640 / 6.100).",
    "Distractors: Số: 45/BC-UBND, Kế hoạch số 2158/KH-UBND ngày 15/9/2022, 'KCN Đồng Văn I/II', section numbers I./II./1.-3., 'Lưu: VT, KT'.",
    "'giảm 14,9%' is a growth rate as the claim (percent, no change). 'do một doanh nghiệp' (one company, article-like): optional.",
    "Sections 3 and II take their period from the headings 'KẾT QUẢ THỰC HIỆN NĂM 2023' / 'NHIỆM VỤ NĂM 2024' (inherited).",
    "'bằng 103,8% kế hoạch' is the share (percent) of 5,64 triệu; 'chiếm 63,3%' the share of 8.140 người (part of 12.850 lao động).",
]

if __name__ == "__main__":
    write("p1218-3", TEXT, NOTES, FIGS, published="2024-01-22", location="Hà Nam")
