"""p1197-7: department site (Sở NN&PTNT Nam Định), no dateline; one-cell-per-line table of flower area by kind."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH NAM ĐỊNH
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Phát triển sản xuất hoa, cây cảnh gắn với thị trường Tết

Những năm gần đây, diện tích hoa, cây cảnh của tỉnh tăng đều; năm 2024 ước đạt 1.295 ha, tăng 6,6% so với năm 2023, giá trị sản xuất bình quân khoảng 480 triệu đồng/ha.

Diện tích hoa, cây cảnh phân theo loại
Đơn vị tính: ha
Loại hoa
Năm 2022
Năm 2023
Ước thực hiện năm 2024
Hoa cúc
612
645
690
Hoa hồng
185
192
205,5
Hoa ly
48
56
63
Hoa đào
210
218
226
Hoa khác
96
104
110,5
Tổng số
1.151
1.215
1.295

Làng hoa Vị Khê (xã Điền Xá, huyện Nam Trực) hiện có 960 hộ trồng hoa, cây cảnh trên diện tích 285 ha. Năm 2024, doanh thu từ hoa, cây cảnh của làng ước đạt 420 tỷ đồng. Thu nhập bình quân của lao động trồng hoa từ 7 đến 9 triệu đồng/người/tháng.

Tại xã Kim Thái (huyện Vụ Bản), vụ Tết năm nay nông dân trồng 85 ha hoa cúc, trong đó 60 ha cúc vàng, lợi nhuận từ 120 đến 150 triệu đồng/ha.

Năm 2025, ngành nông nghiệp tỉnh phấn đấu mở rộng diện tích hoa, cây cảnh lên 1.350 ha, xây dựng ít nhất 3 mô hình sản xuất hoa ứng dụng công nghệ cao.

Tin liên quan:
- Tổng kết sản xuất vụ Đông Xuân 2023-2024
- Lễ hội Phủ Dầy năm 2025

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH NAM ĐỊNH
Địa chỉ: Số 9 đường Trần Phú, TP Nam Định
Điện thoại: 0228.3849.123
Lượt truy cập: 2.345.678 | Đang online: 41
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
COLS = {
    "Năm 2022": (P("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
    "Năm 2023": (P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
    "Ước thực hiện năm 2024": (P("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31"), "estimate"),
}


def cell(anchor, number, row, col):
    per, st = COLS[col]
    value = float(number.replace(".", "").replace(",", "."))
    return F(anchor, number, value, "measure", "ha", status=st,
             subject=f"diện tích {row.lower()} {col.lower()}", period=per)


ROWS = [("Hoa cúc", ["612", "645", "690"]), ("Hoa hồng", ["185", "192", "205,5"]),
        ("Hoa ly", ["48", "56", "63"]), ("Hoa đào", ["210", "218", "226"]),
        ("Hoa khác", ["96", "104", "110,5"]), ("Tổng số", ["1.151", "1.215", "1.295"])]
CELLS = []
for row, vals in ROWS:
    prev = row
    for col, v in zip(COLS, vals):
        CELLS.append(cell(f"{prev}\n{v}", v, row, col))
        prev = v

FIGS = [
    F("ước đạt 1.295 ha", "1.295", 1295, "measure", "ha", status="estimate",
      change=C("increase", 6.6, "%", "năm 2023"), subject="diện tích hoa, cây cảnh", period=Y24),
    F("khoảng 480 triệu", "480", 480000000, "money", "đồng/ha", approx="about", status="estimate",
      subject="giá trị sản xuất hoa, cây cảnh bình quân", period=Y24),
] + CELLS + [
    F("có 960 hộ", "960", 960, "count", "hộ", location="Nam Trực", subject="hộ trồng hoa, cây cảnh làng hoa Vị Khê"),
    F("diện tích 285 ha", "285", 285, "measure", "ha", location="Nam Trực",
      subject="diện tích trồng hoa, cây cảnh làng hoa Vị Khê"),
    F("ước đạt 420 tỷ", "420", 420000000000, "money", "đồng", status="estimate", location="Nam Trực",
      subject="doanh thu từ hoa, cây cảnh của làng", period=Y24b),
    F("từ 7 đến 9 triệu", "7", 7000000, "money", "đồng/người/tháng", value_max=9000000, location="Nam Trực",
      subject="thu nhập bình quân của lao động trồng hoa", period=I(Y24b)),
    F("trồng 85 ha", "85", 85, "measure", "ha", location="Vụ Bản", subject="diện tích hoa cúc xã Kim Thái"),
    F("60 ha cúc vàng", "60", 60, "measure", "ha", total=85, location="Vụ Bản", subject="diện tích cúc vàng"),
    F("từ 120 đến 150 triệu", "120", 120000000, "money", "đồng/ha", value_max=150000000, location="Vụ Bản",
      subject="lợi nhuận trồng hoa cúc"),
    F("lên 1.350 ha", "1.350", 1350, "measure", "ha", status="target",
      subject="diện tích hoa, cây cảnh", period=Y25),
    F("ít nhất 3 mô hình", "3", 3, "count", "mô hình", approx="at_least", status="target",
      subject="mô hình sản xuất hoa ứng dụng công nghệ cao", period=Y25),
]

NOTES = [
    "Department site (Sở NN&PTNT Nam Định), no dateline: menu, 'Tin liên quan', footer address, phone, 'Lượt truy cập: 2.345.678 | Đang online: 41'. No published date.",
    "One-cell-per-line table, 'Đơn vị tính: ha'; rows are kinds of flower; subject = caption indicator 'diện tích' + row + column label;",
    "period from the column header; column 'Ước thực hiện năm 2024' -> status estimate. Cells get no total; the 'Tổng số' row is its own figures.",
    "Vị Khê village (huyện Nam Trực) and Kim Thái (huyện Vụ Bản) figures take their district; 'vụ Tết năm nay' on an undated page: no period.",
    "'khoảng 480 triệu' continues the 'ước đạt' clause (no verb of its own) -> estimate. Distractors: 'vụ Đông Xuân 2023-2024', 'năm 2025' in a link title, address 'Số 9', phone, counters.",
]

if __name__ == "__main__":
    write("p1197-7", TEXT, NOTES, FIGS, location="Nam Định")
