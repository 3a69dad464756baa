"""p1130-7: department site (Sở NN&PTNT Hà Giang), no dateline, one-cell-per-line table of output by crop."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HÀ GIANG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Sản xuất rau vùng cao trên cao nguyên đá

Năm 2024, diện tích rau vùng cao của tỉnh đạt 3.420 ha, tăng 260 ha so với năm 2023, tập trung tại 4 huyện vùng cao núi đá phía Bắc là Quản Bạ, Yên Minh, Đồng Văn và Mèo Vạc. Sản lượng các loại rau chủ lực như sau:

Đơn vị tính: tấn
Cây trồng
Năm 2023
Năm 2024
Kế hoạch 2025
Su su (ngọn, quả)
14.200
15.600
17.000
Cải mèo
6.800
7.300
8.000
Rau ngót rừng
950
1.120
1.500
Tổng số
21.950
24.020
26.500

Tại huyện Quản Bạ, Hợp tác xã Nông nghiệp Quyết Tiến có 45 ha su su, bình quân mỗi tháng xuất bán 80-90 tấn ngọn, quả cho thương lái ở Hà Nội, Bắc Ninh. Giá ngọn su su bình quân 9.000 đồng/kg; doanh thu năm 2024 của HTX đạt gần 7 tỷ đồng, 36 thành viên có thu nhập bình quân 8,5 triệu đồng/người/tháng.

Năm 2024, có 214 hộ trồng rau vùng cao thoát nghèo, bằng 11,6% số hộ thoát nghèo toàn tỉnh. Tỉnh có 3 sản phẩm su su, rau vùng cao đạt OCOP 3 sao.

Tin liên quan:
- Kỳ họp thứ 18 HĐND tỉnh khóa XVIII
- Mèo Vạc phát triển cây dược liệu

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HÀ GIANG
Địa chỉ: Số 197 đường Nguyễn Trãi, phường Nguyễn Trãi, TP Hà Giang
Điện thoại: 0219.3866.012 - Fax: 0219.3866.104
Tổng lượt truy cập: 845.112 | Đang trực tuyến: 31
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
QB = "Quản Bạ"
HTX = "Hợp tác xã Nông nghiệp Quyết Tiến"


def cell(anchor, number, value, row, col):
    per = {"Năm 2023": Y23, "Năm 2024": Y24, "Kế hoạch 2025": K25}[col]
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    return F(anchor, number, value, "measure", "tấn", subject=f"sản lượng {row} {col.lower()}", period=per, **kw)


FIGS = [
    F("đạt 3.420 ha", "3.420", 3420, "measure", "ha", change=C("increase", 260, "ha", "năm 2023"),
      subject="diện tích rau vùng cao", period=Y24),
    F("tại 4 huyện", "4", 4, "count", "huyện", subject="huyện vùng cao núi đá phía Bắc có rau vùng cao", period=Y24),
    cell("quả)\n14.200", "14.200", 14200, "su su (ngọn, quả)", "Năm 2023"),
    cell("14.200\n15.600", "15.600", 15600, "su su (ngọn, quả)", "Năm 2024"),
    cell("15.600\n17.000", "17.000", 17000, "su su (ngọn, quả)", "Kế hoạch 2025"),
    cell("Cải mèo\n6.800", "6.800", 6800, "cải mèo", "Năm 2023"),
    cell("6.800\n7.300", "7.300", 7300, "cải mèo", "Năm 2024"),
    cell("7.300\n8.000", "8.000", 8000, "cải mèo", "Kế hoạch 2025"),
    cell("rừng\n950", "950", 950, "rau ngót rừng", "Năm 2023"),
    cell("950\n1.120", "1.120", 1120, "rau ngót rừng", "Năm 2024"),
    cell("1.120\n1.500", "1.500", 1500, "rau ngót rừng", "Kế hoạch 2025"),
    cell("Tổng số\n21.950", "21.950", 21950, "rau chủ lực tổng số", "Năm 2023"),
    cell("21.950\n24.020", "24.020", 24020, "rau chủ lực tổng số", "Năm 2024"),
    cell("24.020\n26.500", "26.500", 26500, "rau chủ lực tổng số", "Kế hoạch 2025"),
    F("có 45 ha", "45", 45, "measure", "ha", subject=f"diện tích su su của {HTX}", location=QB),
    F("80-90 tấn", "80", 80, "measure", "tấn/tháng", value_max=90,
      subject=f"ngọn, quả su su {HTX} xuất bán bình quân mỗi tháng", location=QB),
    F("9.000 đồng/kg", "9.000", 9000, "money", "đồng/kg", subject="giá ngọn su su bình quân", location=QB),
    F("gần 7 tỷ", "7", 7e9, "money", "đồng", approx="nearly", subject=f"doanh thu của HTX",
      period=P("năm 2024", "2024-01-01", "2024-12-31"), location=QB),
    F("36 thành viên", "36", 36, "count", "thành viên", subject="thành viên HTX", location=QB),
    F("8,5 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng", subject="thu nhập bình quân thành viên HTX",
      location=QB),
    F("có 214 hộ", "214", 214, "count", "hộ", percent=11.6, subject="hộ trồng rau vùng cao thoát nghèo", period=Y24),
    F("có 3 sản phẩm", "3", 3, "count", "sản phẩm", subject="sản phẩm su su, rau vùng cao đạt OCOP 3 sao"),
    F("OCOP 3 sao", "3", 3, "rank", "sao", optional=True, subject="hạng sao OCOP"),
]

NOTES = [
    "Department site (Sở NN&PTNT Hà Giang) with no dateline: no published. Nav bar, related links, footer address, phone/fax, counters.",
    "The site names the province (TỈNH HÀ GIANG) and the text says 'của tỉnh': default location Hà Giang.",
    "One-cell-per-line table, 'Đơn vị tính: tấn', rows are crops (items, not places): subject = indicator + row label + column label;",
    "periods from column headers (scored); 'Kế hoạch 2025' → target. Table cells get no total; Tổng số row is its own figure.",
    "'tăng 260 ha so với năm 2023' → change in ha. HTX passage in huyện Quản Bạ (first sentence) → location Quản Bạ for the following sentence too.",
    "'4 huyện' is a count of districts (the period of its sentence is Năm 2024). 'OCOP 3 sao' rating label: optional.",
    "Distractors: 'Kỳ họp thứ 18', 'khóa XVIII', 'Số 197', phones 0219.3866.012 / 0219.3866.104, 'Tổng lượt truy cập: 845.112', 'Đang trực tuyến: 31'.",
]

if __name__ == "__main__":
    write("p1130-7", TEXT, NOTES, FIGS, published=None, location="Hà Giang")
