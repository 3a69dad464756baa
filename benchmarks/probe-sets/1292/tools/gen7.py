"""p1292-7: department site (Sở GTVT Đắk Lắk), no dateline, one-cell-per-line table with a 'Trong đó' sub-row."""
from lib import F, period, inherit, change, target, write

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH ĐẮK LẮK
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Liên hệ

Vận tải hành khách tuyến cố định năm 2024 tăng trưởng khá

Năm 2024, lượng khách qua các bến xe khách trên địa bàn tỉnh Đắk Lắk ước đạt khoảng 1,86 triệu lượt, tăng 3,9% so với năm 2023. Toàn tỉnh hiện có 11 bến xe khách và 312 tuyến cố định liên tỉnh kết nối với 38 tỉnh, thành phố, đứng thứ hai khu vực Tây Nguyên về số tuyến, sau Lâm Đồng; riêng Bến xe khách Hoàng Kim khai thác 137 tuyến.

Kết quả hoạt động tại các bến xe khách
Đơn vị tính: lượt
Chỉ tiêu
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Lượt xe xuất bến
58.420
61.050
63.500
Trong đó: tuyến liên tỉnh
44.700
46.980
48.900
Lượt hành khách
1.790.000
1.860.000
1.930.000

Giá vé tuyến Buôn Ma Thuột - TP Hồ Chí Minh hiện từ 280.000 đến 350.000 đồng/vé tùy loại xe. Sở đang phối hợp triển khai Dự án Bến xe khách phía Nam tại phường Tân An, TP Buôn Ma Thuột với diện tích 4,5 ha, phấn đấu khởi công trong quý II/2025.

Tin liên quan:
- Tăng cường kiểm tra xe khách dịp Tết Ất Tỵ 2025
- Hướng dẫn cấp phù hiệu xe tuyến cố định theo Thông tư 12/2020/TT-BGTVT

SỞ GIAO THÔNG VẬN TẢI TỈNH ĐẮK LẮK
Địa chỉ: Số 18 Lê Duẩn, TP Buôn Ma Thuột
Điện thoại: 0262.3852.516
Lượt truy cập: 1.204.557 | Đang trực tuyến: 42
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
C23 = period("Năm 2023", "2023-01-01", "2023-12-31")
E24 = period("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = period("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("Lượt xe xuất bến", "lượt xe xuất bến", ["58.420", "61.050", "63.500"], None),
        ("Trong đó: tuyến liên tỉnh", "lượt xe xuất bến tuyến liên tỉnh", ["44.700", "46.980", "48.900"],
         [58420, 61050, 63500]),
        ("Lượt hành khách", "lượt hành khách", ["1.790.000", "1.860.000", "1.930.000"], None)]

CELLS = []
for label, subj, nums, totals in ROWS:
    prev = label
    for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {}
        if st:
            kw["status"] = st
        if totals:
            kw["total"] = totals[i]
        CELLS.append(F(f"{prev}\n{n}", n, float(n.replace(".", "")), "count", "lượt",
                       subject=f"{subj} {col}", period=p, **kw))
        prev = n

FIGS = [
    F("khoảng 1,86 triệu", "1,86", 1.86e6, "count", "lượt", approx="about", status="estimate",
      change=change("increase", 3.9, "%", "năm 2023"), subject="lượng khách qua các bến xe khách", period=Y24),
    F("có 11 bến", "11", 11, "count", "bến xe khách", subject="bến xe khách toàn tỉnh"),
    F("và 312 tuyến", "312", 312, "count", "tuyến", subject="tuyến cố định liên tỉnh"),
    F("với 38 tỉnh", "38", 38, "count", "tỉnh, thành phố", subject="tỉnh, thành phố kết nối bằng tuyến cố định"),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", subject="số tuyến cố định liên tỉnh"),
    F("khai thác 137", "137", 137, "count", "tuyến", subject="tuyến Bến xe khách Hoàng Kim khai thác"),
] + CELLS + [
    F("từ 280.000", "280.000", 280000, "money", "đồng/vé", value_max=350000,
      subject="giá vé tuyến Buôn Ma Thuột - TP Hồ Chí Minh"),
    F("diện tích 4,5 ha", "4,5", 4.5, "measure", "ha", subject="diện tích Dự án Bến xe khách phía Nam",
      location="Buôn Ma Thuột"),
]

NOTES = [
    "Department site (Sở Giao thông vận tải Đắk Lắk), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'Số 18 Lê Duẩn', phone 0262.3852.516, counters 1.204.557 and 42, 'Thông tư 12/2020/TT-BGTVT', 'Tết Ất Tỵ 2025', 'quý II/2025'.",
    "'ước đạt khoảng 1,86 triệu lượt' → estimate + about. 'Hiện có' counts have no period. 'đứng thứ hai khu vực Tây Nguyên về số tuyến'",
    "→ rank 2 (number word), located in Đắk Lắk (the ranked province). 'riêng ... 137 tuyến' has no part-of cue: no total.",
    "One-cell-per-line table, 'Đơn vị tính: lượt'; subject = row label + column label; period from the column headers (scored);",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. The 'Trong đó: tuyến liên tỉnh' row follows the 'Lượt xe xuất bến' row",
    "it is part of, so each of its cells takes the cell above as total (a 'trong đó' part after its whole, same unit, same period).",
    "The fare range is a standing price ('hiện'), no period, location Đắk Lắk (the route starts in the province).",
    "The planned station's 4,5 ha is located in TP Buôn Ma Thuột; 'phấn đấu khởi công trong quý II/2025' governs only the start of works.",
]

if __name__ == "__main__":
    write("p1292-7", TEXT, NOTES, FIGS, location="Đắk Lắk")
