"""p854-7: department site (Chi cục ATVSTP Sóc Trăng), no dateline; bánh pía and bánh mì workshops; one-cell-per-line table."""
from lib import F, change, period, write

TEXT = """SỞ Y TẾ TỈNH SÓC TRĂNG
CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Quản lý an toàn thực phẩm tại cơ sở sản xuất bánh pía, bánh mì

Nghề làm bánh pía tập trung ở thị xã Vĩnh Châu, huyện Mỹ Xuyên và thành phố Sóc Trăng. Năm 2024, toàn tỉnh có 178 cơ sở sản xuất bánh các loại, tăng 11 cơ sở so với năm 2023; sản lượng bánh pía ước đạt 5.200 tấn, giá trị sản xuất khoảng 624 tỷ đồng.

Số lượng cơ sở sản xuất bánh trên địa bàn tỉnh
Đơn vị tính: cơ sở
Loại hình
Năm 2023
Năm 2024
Kế hoạch 2025
Bánh pía
96
102
110
Bánh mì
48
52
55
Bánh kẹo khác
23
24
25
Tổng cộng
167
178
190

Trong năm 2024, Chi cục đã kiểm tra 156 lượt cơ sở sản xuất bánh, phát hiện 12 lượt cơ sở vi phạm; lấy 240 mẫu bánh, nguyên liệu để kiểm nghiệm nhanh, có 9 mẫu không đạt, chiếm 3,75%. Giá bánh pía loại 400 g phổ biến từ 60.000 đến 85.000 đồng/cái.

Năm 2025, Chi cục đặt mục tiêu 100% cơ sở sản xuất bánh pía được tập huấn kiến thức an toàn thực phẩm và ít nhất 15 cơ sở được hỗ trợ gắn mã QR truy xuất nguồn gốc.

Chi cục An toàn vệ sinh thực phẩm tỉnh Sóc Trăng
Địa chỉ: số 6 Châu Văn Tiếp, phường 2, thành phố Sóc Trăng
Điện thoại: 0299.3822.418
Tổng lượt truy cập: 1.284.067 | Đang trực tuyến: 37
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
P25 = period("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y24b = period("Trong năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("có 178 cơ sở", "178", 178, "count", "cơ sở", "cơ sở sản xuất bánh các loại", Y24,
      change=change("increase", 11, "cơ sở", "năm 2023")),
    F("ước đạt 5.200 tấn", "5.200", 5200, "measure", "tấn", "sản lượng bánh pía", Y24, status="estimate"),
    F("khoảng 624 tỷ đồng", "624", 624_000_000_000, "money", "đồng", "giá trị sản xuất bánh pía", Y24,
      approx="about", status="estimate"),
]

# Gold change after the first run: subjects were "cơ sở sản xuất <row>" (table title + row label);
# FIGURES.md says a cell's subject is the row label and the column label, so they are now "<row> <column>".
ROWS = [("Bánh pía", ("96", "102", "110")),
        ("Bánh mì", ("48", "52", "55")),
        ("Bánh kẹo khác", ("23", "24", "25")),
        ("Tổng cộng", ("167", "178", "190"))]
for label, (a, b, c) in ROWS:
    FIGS += [
        F(f"{label}\n{a}\n", a, int(a), "count", "cơ sở", f"{label} Năm 2023", Y23),
        F(f"\n{a}\n{b}\n", b, int(b), "count", "cơ sở", f"{label} Năm 2024", Y24),
        F(f"\n{b}\n{c}\n", c, int(c), "count", "cơ sở", f"{label} Kế hoạch 2025", P25, status="target"),
    ]

FIGS += [
    F("kiểm tra 156 lượt", "156", 156, "count", "lượt cơ sở", "lượt cơ sở sản xuất bánh được kiểm tra", Y24b),
    F("phát hiện 12 lượt", "12", 12, "count", "lượt cơ sở", "lượt cơ sở vi phạm", Y24b),
    F("lấy 240 mẫu", "240", 240, "count", "mẫu", "mẫu bánh, nguyên liệu kiểm nghiệm nhanh", Y24b),
    F("có 9 mẫu", "9", 9, "count", "mẫu", "mẫu không đạt", Y24b, percent=3.75),
    F("loại 400 g", "400", 400, "measure", "g", "khối lượng bánh pía", optional=True),
    F("từ 60.000 đến 85.000 đồng/cái", "60.000", 60000, "money", "đồng/cái", "giá bánh pía loại 400 g",
      value_max=85000),
    F("mục tiêu 100%", "100", 100, "percent", "%",
      "cơ sở sản xuất bánh pía được tập huấn kiến thức an toàn thực phẩm", Y25, status="target"),
    F("ít nhất 15 cơ sở", "15", 15, "count", "cơ sở", "cơ sở được hỗ trợ gắn mã QR truy xuất nguồn gốc", Y25,
      approx="at_least", status="target"),
]

NOTES = [
    "Department site (Chi cục ATVSTP Sóc Trăng), no dateline: footer with address, phone, visit counter and 'Đang trực tuyến: 37'.",
    "Table pasted one cell per line (Đơn vị tính: cơ sở): header cells, then each row's cells; periods from the column headers (scored),",
    "'Kế hoạch 2025' column → status target. Subjects: row label + column label (revised after the first run; was table title + row label). Table cells carry no totals.",
    "'ước đạt 5.200 tấn, giá trị sản xuất khoảng 624 tỷ đồng': the estimate cue continues into the next clause.",
    "'9 mẫu không đạt, chiếm 3,75%': percent 3.75, no part-of cue (no total). 'loại 400 g' specifies the cake: optional.",
]

if __name__ == "__main__":
    write(7, TEXT, FIGS, notes=NOTES, location="Sóc Trăng", published=None)
