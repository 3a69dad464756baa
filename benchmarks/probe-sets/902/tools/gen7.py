"""p902-7: department site (Trung tâm Khuyến công Thanh Hóa), no dateline, one-cell-per-line table, footer."""
from lib import F, P, I, C, T, write

ROWS = [("Đề án khuyến công", "đề án", ("7", "9", "11")),
        ("Kinh phí hỗ trợ", "triệu đồng", ("1.850", "2.340", "2.900")),
        ("Lao động được đào tạo", "người", ("280", "345", "400")),
        ("Cơ sở được hỗ trợ máy móc", "cơ sở", ("12", "16", "20"))]
COLS = ("Năm 2023", "Năm 2024", "Kế hoạch 2025")

table_lines = ["Chỉ tiêu", "ĐVT", *COLS]
for label, unit, cells in ROWS:
    table_lines += [label, unit, *cells]
TABLE_TEXT = "\n".join(table_lines)

TEXT = """SỞ CÔNG THƯƠNG TỈNH THANH HÓA
TRUNG TÂM KHUYẾN CÔNG VÀ TƯ VẤN PHÁT TRIỂN CÔNG NGHIỆP
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Khuyến công tiếp sức cho nghề mây tre đan

Thanh Hóa hiện có 38 làng nghề mây tre đan được công nhận, tập trung ở các huyện Hoằng Hóa (9 làng), Thiệu Hóa (7 làng), Yên Định (6 làng) và Hà Trung (5 làng). Các làng nghề thu hút khoảng 8.700 lao động, thu nhập bình quân 4,8 triệu đồng/người/tháng.

Năm 2024, giá trị sản xuất hàng mây tre đan toàn tỉnh ước đạt 465 tỷ đồng, tăng 9,2% so với năm 2023; xuất khẩu ước đạt 9,6 triệu USD, trong đó hàng đan từ nan tre, giang chiếm 68%.

Kết quả hỗ trợ khuyến công ngành mây tre đan:
""" + TABLE_TEXT + """

Năm 2025, Trung tâm phấn đấu 100% cơ sở được hỗ trợ chuyển sang lò sấy hơi nước thay cho xông lưu huỳnh, đồng thời tổ chức 3 hội chợ, triển lãm cho các làng nghề.

TRUNG TÂM KHUYẾN CÔNG VÀ TƯ VẤN PHÁT TRIỂN CÔNG NGHIỆP THANH HÓA
Địa chỉ: Số 37 Đại lộ Lê Lợi, phường Điện Biên, TP Thanh Hóa
Điện thoại: 0237.3852.416 - Fax: 0237.3852.417
Tổng lượt truy cập: 1.284.593 | Đang trực tuyến: 27
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
CP = {"Năm 2023": P("Năm 2023", "2023-01-01", "2023-12-31"),
      "Năm 2024": P("Năm 2024", "2024-01-01", "2024-12-31"),
      "Kế hoạch 2025": P("Kế hoạch 2025", "2025-01-01", "2025-12-31")}

TABLE = []
for label, unit, cells in ROWS:
    prev = unit
    for col, cell in zip(COLS, cells):
        n = float(cell.replace(".", ""))
        if unit == "triệu đồng":
            kind, u, v = "money", "đồng", n * 1e6
        else:
            kind, u, v = "count", unit, n
        extra = {"status": "target"} if col.startswith("Kế hoạch") else {}
        TABLE.append(F(f"{prev}\n{cell}", cell, v, kind, u, f"{label} {col.lower()}", CP[col], **extra))
        prev = cell

L = "làng nghề mây tre đan được công nhận"
FIGS = [
    F("có 38 làng nghề", "38", 38, "count", "làng nghề", L),
    F("Hoằng Hóa (9 làng)", "9", 9, "count", "làng", L, location="Hoằng Hóa"),
    F("Thiệu Hóa (7 làng)", "7", 7, "count", "làng", L, location="Thiệu Hóa"),
    F("Yên Định (6 làng)", "6", 6, "count", "làng", L, location="Yên Định"),
    F("Hà Trung (5 làng)", "5", 5, "count", "làng", L, location="Hà Trung"),
    F("khoảng 8.700 lao động", "8.700", 8700, "count", "lao động", "lao động các làng nghề", approx="about"),
    F("4,8 triệu đồng/người/tháng", "4,8", 4.8e6, "money", "đồng/người/tháng", "thu nhập bình quân lao động làng nghề"),
    F("ước đạt 465 tỷ đồng", "465", 465e9, "money", "đồng", "giá trị sản xuất hàng mây tre đan toàn tỉnh", Y24,
      change=C("increase", 9.2, baseline="năm 2023"), status="estimate"),
    F("ước đạt 9,6 triệu USD", "9,6", 9.6e6, "money", "USD", "xuất khẩu hàng mây tre đan", Y24, status="estimate"),
    F("chiếm 68%", "68", 68, "percent", "%", "hàng đan từ nan tre, giang trong xuất khẩu", Y24, status="estimate"),
] + TABLE + [
    F("phấn đấu 100%", "100", 100, "percent", "%", "cơ sở được hỗ trợ chuyển sang lò sấy hơi nước", Y25, status="target"),
    F("tổ chức 3 hội chợ", "3", 3, "count", "hội chợ", "hội chợ, triển lãm cho các làng nghề", Y25, status="target"),
]

NOTES = [
    "Trung tâm Khuyến công và TVPTCN Thanh Hóa (Sở Công Thương): no dateline; footer with address, phone, fax and visit counter.",
    "One-cell-per-line table: header cells Chỉ tiêu / ĐVT / Năm 2023 / Năm 2024 / Kế hoạch 2025, then each row's cells.",
    "Cells: unit from the ĐVT cell ('triệu đồng' -> money ×10^6), period from the column header, 'Kế hoạch 2025' -> target.",
    "District list in brackets (9+7+6+5 = 27 ≠ 38) is a 'tập trung ở' list, not a breakdown: no total; district -> location.",
    "'trong đó … chiếm 68%' continues the estimate clause (xuất khẩu ước đạt …): percent figure with status estimate.",
    "Distractors: menu bar, Số 37 Đại lộ Lê Lợi, phones 0237.3852.416/417, Tổng lượt truy cập 1.284.593, Đang trực tuyến 27, 'Kế hoạch 2025'.",
]

write(7, TEXT, FIGS, NOTES, location="Thanh Hóa")
