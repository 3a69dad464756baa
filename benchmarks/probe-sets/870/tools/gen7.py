"""p870-7: Sở GTVT Thanh Hóa site, no dateline; maintenance of traffic lights and a one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH THANH HÓA
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Duy trì, nâng cấp hệ thống đèn tín hiệu giao thông trên địa bàn tỉnh

Năm 2023, Sở Giao thông vận tải Thanh Hóa đã phối hợp với các địa phương duy tu, bảo dưỡng hệ thống đèn tín hiệu tại 164 nút giao, với tổng kinh phí 4,75 tỷ đồng, bằng 95% kế hoạch vốn được giao. Sở đã thay thế 386 bóng đèn LED hư hỏng, xử lý 212 lượt sự cố mất điện, chập cháy tủ điều khiển; thời gian khắc phục sự cố bình quân dưới 4 giờ.

Số nút giao có đèn tín hiệu trên địa bàn tỉnh qua các năm như sau:
Đơn vị tính: nút giao
Địa phương
Năm 2022
Năm 2023
Kế hoạch 2024
TP Thanh Hóa
92
98
106
TP Sầm Sơn
24
27
31
TX Bỉm Sơn
15
16
18
TX Nghi Sơn
19
23
27
Tổng cộng
150
164
182

Năm 2024, Sở phấn đấu lắp mới đèn tín hiệu tại 18 nút giao, ưu tiên các nút trên Quốc lộ 1A, Quốc lộ 47 và Đại lộ Lê Lợi; dự kiến kinh phí khoảng 9,2 tỷ đồng. Đồng thời, thí điểm đèn tín hiệu thích ứng tại 5 nút giao ở trung tâm TP Thanh Hóa, mục tiêu giảm 15% thời gian chờ của phương tiện.

Người dân phát hiện đèn tín hiệu hư hỏng có thể phản ánh qua đường dây nóng của Sở hoặc ứng dụng Thanh Hóa số.

SỞ GIAO THÔNG VẬN TẢI TỈNH THANH HÓA
Địa chỉ: Số 36 Đại lộ Lê Lợi, phường Lam Sơn, TP Thanh Hóa
Điện thoại: 0237.3852.366 - Fax: 0237.3852.417
Số lượt truy cập: 1.284.605
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Thanh Hóa", [("TP Thanh Hóa\n92", "92"), ("92\n98", "98"), ("98\n106", "106")]),
    ("Sầm Sơn", [("Sầm Sơn\n24", "24"), ("24\n27", "27"), ("27\n31", "31")]),
    ("Bỉm Sơn", [("Bỉm Sơn\n15", "15"), ("15\n16", "16"), ("16\n18", "18")]),
    ("Nghi Sơn", [("Nghi Sơn\n19", "19"), ("19\n23", "23"), ("23\n27", "27")]),
    ("Thanh Hóa", [("Tổng cộng\n150", "150"), ("150\n164", "164"), ("164\n182", "182")]),
]
TABLE = []
for loc, cells in ROWS:
    total_row = cells[0][0].startswith("Tổng")
    for (anchor, n), per in zip(cells, (Y22, Y23, K24)):
        subj = "nút giao có đèn tín hiệu" + (" tổng cộng" if total_row else "")
        extra = {"status": "target"} if per is K24 else {}
        TABLE.append(F(anchor, n, int(n), "count", "nút giao", subj, per, location=loc, **extra))

FIGS = [
    F("tại 164 nút giao", "164", 164, "count", "nút giao",
      "nút giao được duy tu, bảo dưỡng hệ thống đèn tín hiệu", Y23),
    F("kinh phí 4,75 tỷ đồng", "4,75", 4.75e9, "money", "đồng",
      "tổng kinh phí duy tu, bảo dưỡng đèn tín hiệu", Y23, percent=95),
    F("thay thế 386 bóng", "386", 386, "count", "bóng đèn LED", "bóng đèn LED hư hỏng được thay thế", I(Y23)),
    F("xử lý 212 lượt", "212", 212, "count", "lượt sự cố",
      "lượt sự cố mất điện, chập cháy tủ điều khiển được xử lý", I(Y23)),
    F("dưới 4 giờ", "4", 4, "measure", "giờ", "thời gian khắc phục sự cố bình quân", I(Y23),
      approx="under"),
] + TABLE + [
    F("tại 18 nút giao", "18", 18, "count", "nút giao", "nút giao lắp mới đèn tín hiệu", Y24,
      status="target"),
    F("khoảng 9,2 tỷ đồng", "9,2", 9.2e9, "money", "đồng", "kinh phí lắp mới đèn tín hiệu", Y24,
      approx="about", status="forecast"),
    F("tại 5 nút giao", "5", 5, "count", "nút giao", "nút giao thí điểm đèn tín hiệu thích ứng", I(Y24),
      status="target", location="Thanh Hóa"),
    F("giảm 15%", "15", 15, "percent", "%", "thời gian chờ của phương tiện", I(Y24), status="target"),
]

NOTES = [
    "Sở GTVT Thanh Hóa: duy tu đèn tín hiệu năm 2023, nút giao có đèn tín hiệu 2022-2024 (one cell per line table). No dateline: no published.",
    "Table: unit from 'Đơn vị tính: nút giao'; period from the column headers (scored); 'Kế hoạch 2024' column → status target;",
    "row label is a place → location (TP Thanh Hóa → Thanh Hóa, TX Bỉm Sơn → Bỉm Sơn), 'Tổng cộng' row → Thanh Hóa; no totals inside the table.",
    "'bằng 95% kế hoạch vốn được giao' is the share of 4,75 tỷ đồng. 'Đồng thời, thí điểm … 5 nút giao' continues the 2024 plan → target;",
    "'mục tiêu giảm 15% thời gian chờ' → a percent target without base amount. Distractors: Quốc lộ 1A, Quốc lộ 47, Số 36 Đại lộ Lê Lợi,",
    "phones 0237.3852.366 / 0237.3852.417, 'Số lượt truy cập: 1.284.605', 'Thanh Hóa số' (an app name).",
]

write(7, TEXT, FIGS, NOTES, published=None, location="Thanh Hóa")
