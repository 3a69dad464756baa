"""p958-7: department site (Sở Xây dựng Lâm Đồng), no dateline, Đà Lạt WWTP; one-cell-per-line table; footer."""
from lib import *

TEXT = """SỞ XÂY DỰNG TỈNH LÂM ĐỒNG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính

Kết quả thu gom, xử lý nước thải trên địa bàn TP. Đà Lạt

Nhà máy xử lý nước thải Đà Lạt có công suất 7.400 m3/ngày đêm, tiếp nhận nước thải từ 12 phường nội thành qua hệ thống cống dài khoảng 193 km. Năm 2023, thành phố có thêm 1.455 hộ đấu nối mới, nâng tổng số hộ đấu nối lên 26.315 hộ; lượng nước thải xử lý bình quân đạt 6.870 m3/ngày đêm, tăng 12,3% so với năm 2022.

9 tháng đầu năm 2024, toàn thành phố đấu nối thêm 1.120 hộ, đạt 66,5% kế hoạch năm. Trong đó, các phường 3, 4 và 8 đấu nối nhiều nhất, lần lượt 310, 265 và 198 hộ.

Một số chỉ tiêu thoát nước, xử lý nước thải TP. Đà Lạt
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Số hộ đấu nối (hộ)
24.860
26.315
28.000
Lượng nước thải xử lý bình quân (m3/ngày đêm)
6.120
6.870
7.200
Chiều dài cống thu gom (km)
186,4
192,7
200
Tỷ lệ nước thải được thu gom, xử lý (%)
52,3
55,8
60

Dự án mở rộng hệ thống thu gom, xử lý nước thải Đà Lạt dự kiến nâng công suất nhà máy thêm 10.000 m3/ngày đêm, tổng mức đầu tư khoảng 920 tỷ đồng, khởi công trong năm 2025. Theo Quyết định số 1150/QĐ-UBND, giá dịch vụ thoát nước áp dụng từ ngày 01/01/2024 là 4.200 đồng/m3 đối với hộ gia đình và 6.800 đồng/m3 đối với cơ sở kinh doanh, dịch vụ.

SỞ XÂY DỰNG TỈNH LÂM ĐỒNG
Địa chỉ: Số 36 Trần Phú, Phường 4, TP. Đà Lạt, tỉnh Lâm Đồng
Điện thoại: 0263.3822.514 - Fax: 0263.3834.625
Tổng lượt truy cập: 1.284.907 | Đang online: 37
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")

FIGS = [
    F("công suất 7.400 m3", "7.400", 7400, "measure", "m3/ngày đêm", "công suất nhà máy xử lý nước thải Đà Lạt"),
    F("từ 12 phường", "12", 12, "count", "phường", "phường nội thành có nước thải được tiếp nhận"),
    F("khoảng 193 km", "193", 193, "measure", "km", "hệ thống cống", approx="about"),
    F("thêm 1.455 hộ", "1.455", 1455, "count", "hộ", "hộ đấu nối mới", Y23),
    F("lên 26.315 hộ", "26.315", 26315, "count", "hộ", "tổng số hộ đấu nối", Y23),
    F("đạt 6.870 m3", "6.870", 6870, "measure", "m3/ngày đêm", "lượng nước thải xử lý bình quân", Y23,
      change=C("increase", 12.3, "%", "năm 2022")),
    F("thêm 1.120 hộ", "1.120", 1120, "count", "hộ", "hộ đấu nối thêm", M9, percent=66.5),
    F("lần lượt 310", "310", 310, "count", "hộ", "hộ đấu nối", I(M9), total=1120),
    F("310, 265", "265", 265, "count", "hộ", "hộ đấu nối", I(M9), total=1120),
    F("và 198 hộ", "198", 198, "count", "hộ", "hộ đấu nối", I(M9), total=1120),
]
TABLE = [
    ("Số hộ đấu nối", "count", "hộ", [("24.860", "24.860"), ("\n26.315\n", "26.315"), ("28.000", "28.000")]),
    ("Lượng nước thải xử lý bình quân", "measure", "m3/ngày đêm", [("6.120", "6.120"), ("\n6.870\n", "6.870"), ("7.200", "7.200")]),
    ("Chiều dài cống thu gom", "measure", "km", [("186,4", "186,4"), ("192,7", "192,7"), ("\n200\n", "200")]),
    ("Tỷ lệ nước thải được thu gom, xử lý", "percent", "%", [("52,3", "52,3"), ("55,8", "55,8"), ("\n60\n", "60")]),
]
for label, kind, unit, cells in TABLE:
    for (anchor, num), (col, per) in zip(cells, (("năm 2022", Y22), ("năm 2023", Y23), ("kế hoạch 2024", K24))):
        extra = {"status": "target"} if col.startswith("kế") else {}
        FIGS.append(F(anchor, num, float(num.replace(".", "").replace(",", ".")), kind, unit, f"{label} {col}", per, **extra))
FIGS += [
    F("thêm 10.000 m3", "10.000", 10000, "measure", "m3/ngày đêm", "công suất nhà máy nâng thêm", status="forecast"),
    F("khoảng 920 tỷ đồng", "920", 920e9, "money", "đồng", "tổng mức đầu tư dự án mở rộng hệ thống thu gom, xử lý nước thải",
      approx="about", status="forecast"),
    F("là 4.200 đồng/m3", "4.200", 4200, "money", "đồng/m3", "giá dịch vụ thoát nước đối với hộ gia đình"),
    F("và 6.800 đồng/m3", "6.800", 6800, "money", "đồng/m3", "giá dịch vụ thoát nước đối với cơ sở kinh doanh, dịch vụ"),
]

NOTES = [
    "Sở Xây dựng Lâm Đồng (department site): no dateline (published absent); footer address, phone, fax, visit counter, 'Đang online'.",
    "Every figure is Đà Lạt. Table pasted one cell per line: row label gives subject and unit (hộ, m3/ngày đêm, km, %), the column",
    "header the period (Năm 2022, Năm 2023) or target status (Kế hoạch 2024). 'phường 3, 4 và 8' and 'Phường 4' are names, not figures.",
    "'Trong đó, … lần lượt 310, 265 và 198 hộ' follow the 1.120 hộ → total 1120 (they need not add up: a part after 'trong đó').",
    "'dự kiến nâng … thêm 10.000 m3/ngày đêm, tổng mức đầu tư khoảng 920 tỷ' → forecast. 'từ ngày 01/01/2024' dates the tariff only.",
]

build("p958-7", TEXT, FIGS, published=None, location="Đà Lạt", notes=NOTES)
