"""p1022-7: Sở Xây dựng Bắc Ninh (department site, no dateline) — drainage network, pumping stations (cell-per-line table)."""
from lib import F, P, I, C, T, write

TEXT = """SỞ XÂY DỰNG TỈNH BẮC NINH
Trang chủ / Hạ tầng kỹ thuật / Thoát nước đô thị

Bảo đảm tiêu thoát nước đô thị trong mùa mưa bão

Hệ thống thoát nước đô thị của tỉnh Bắc Ninh hiện dài khoảng 1.350 km, trong đó TP. Bắc Ninh 612 km, TP. Từ Sơn 395 km. Tỷ lệ tuyến phố có cống thoát nước đạt 92%.

Việc tiêu thoát cho khu vực đô thị trung tâm chủ yếu dựa vào các trạm bơm tiêu lớn. Năng lực các trạm chính như sau:
Trạm bơm
Số máy (máy)
Công suất (m3/h)
Diện tích tiêu (ha)
Kim Đôi 2
10
40.000
5.150
Hiền Lương
6
19.800
2.300
Văn Môn
8
28.800
3.400
Tổng
24
88.600
10.850

Trong năm 2024, các trạm bơm trên đã vận hành tổng cộng khoảng 2.100 giờ, tiêu thụ hơn 4,6 triệu kWh điện.

Mùa mưa năm 2024, Sở đã phối hợp kiểm tra 58 điểm xung yếu, phát hiện 17 cửa xả bị bồi lắng và yêu cầu đơn vị quản lý khắc phục. Trong đợt mưa do ảnh hưởng của bão số 3 ngày 7-8/9/2024, tổng lượng mưa tại TP. Bắc Ninh lên tới 268 mm nhưng chỉ có 4 điểm ngập cục bộ, nước rút hết sau 3-5 giờ.

Năm 2025, Sở đề xuất nâng công suất trạm bơm Hiền Lương lên 30.000 m3/h, kinh phí dự kiến 145 tỷ đồng.

SỞ XÂY DỰNG TỈNH BẮC NINH
Địa chỉ: Số 11 đường Lý Thái Tổ, phường Suối Hoa, TP. Bắc Ninh
Điện thoại: 0222.3822.452 - Fax: 0222.3822.513
Email: sxd@bacninh.gov.vn
Lượt truy cập: 1.284.077
"""

SEASON = P("Mùa mưa năm 2024", "2024-01-01", "2024-12-31")
STORM = P("ngày 7-8/9/2024", "2024-09-07", "2024-09-08")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

COLS = [("số máy", "count", "máy"), ("công suất", "measure", "m3/h"), ("diện tích tiêu", "measure", "ha")]
ROWS = [
    ("trạm bơm Kim Đôi 2", [("Kim Đôi 2\n10\n", "10", 10), ("\n40.000\n", "40.000", 40000), ("\n5.150\n", "5.150", 5150)]),
    ("trạm bơm Hiền Lương", [("Hiền Lương\n6\n", "6", 6), ("\n19.800\n", "19.800", 19800), ("\n2.300\n", "2.300", 2300)]),
    ("trạm bơm Văn Môn", [("Văn Môn\n8\n", "8", 8), ("\n28.800\n", "28.800", 28800), ("\n3.400\n", "3.400", 3400)]),
    ("tổng các trạm bơm", [("Tổng\n24\n", "24", 24), ("\n88.600\n", "88.600", 88600), ("\n10.850\n", "10.850", 10850)]),
]

FIGS = [
    F("khoảng 1.350 km", "1.350", 1350, "measure", "km", approx="about", subject="hệ thống thoát nước đô thị"),
    F("Bắc Ninh 612 km", "612", 612, "measure", "km", total=1350, subject="hệ thống thoát nước đô thị",
      location="Bắc Ninh"),
    F("Từ Sơn 395 km", "395", 395, "measure", "km", total=1350, subject="hệ thống thoát nước đô thị",
      location="Từ Sơn"),
    F("đạt 92%", "92", 92, "percent", "%", subject="tỷ lệ tuyến phố có cống thoát nước"),
]
for row, cells in ROWS:
    for (col, kind, unit), (anchor, number, value) in zip(COLS, cells):
        FIGS.append(F(anchor, number, value, kind, unit, subject=f"{col} {row}"))
FIGS += [
    F("khoảng 2.100 giờ", "2.100", 2100, "measure", "giờ", approx="about",
      subject="thời gian vận hành các trạm bơm", period=P("Trong năm 2024", "2024-01-01", "2024-12-31")),
    F("hơn 4,6 triệu kWh", "4,6", 4_600_000, "measure", "kWh", approx="over",
      subject="điện tiêu thụ của các trạm bơm", period=P("Trong năm 2024", "2024-01-01", "2024-12-31")),
    F("kiểm tra 58 điểm", "58", 58, "count", "điểm xung yếu", subject="điểm xung yếu được kiểm tra", period=SEASON),
    F("17 cửa xả", "17", 17, "count", "cửa xả", subject="cửa xả bị bồi lắng", period=SEASON),
    F("268 mm", "268", 268, "measure", "mm", subject="tổng lượng mưa", period=STORM),
    F("có 4 điểm", "4", 4, "count", "điểm ngập", subject="điểm ngập cục bộ", period=STORM),
    F("sau 3-5 giờ", "3", 3, "measure", "giờ", value_max=5, subject="thời gian nước rút hết", period=STORM),
    F("lên 30.000 m3/h", "30.000", 30000, "measure", "m3/h", status="target",
      subject="công suất trạm bơm Hiền Lương sau nâng cấp", period=Y25),
    F("dự kiến 145 tỷ đồng", "145", 145_000_000_000, "money", "đồng", status="forecast",
      subject="kinh phí nâng công suất trạm bơm Hiền Lương", period=Y25),
]

COMMENTS = [
    "Department site (invented) of Sở Xây dựng Bắc Ninh, no dateline (no published). Footer address, phone, fax and 'Lượt truy cập: 1.284.077' are not figures.",
    "Table pasted one cell per line: header cells, then each row's cells. Unit from the header, subject = column + row label (station names are not places).",
    "'Kim Đôi 2' is a station name (the 2 is not a figure); 'bão số 3', 'ngày 7-8/9/2024' are not figures. No period stands for the table.",
    "612 km (TP. Bắc Ninh) and 395 km (TP. Từ Sơn) are parts of 1.350 km after 'trong đó' (they need not add up).",
    "'Năm 2025, Sở đề xuất nâng công suất … lên 30.000 m3/h' is a planned level → target; 'kinh phí dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1022-7", TEXT, FIGS, COMMENTS, published=None, location="Bắc Ninh")
