"""p1228-7: department site (Sở Công Thương TP Hồ Chí Minh), no dateline, Cát Lái condensate plant, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG THÀNH PHỐ HỒ CHÍ MINH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Liên hệ

Nhà máy chế biến condensate Cát Lái nâng sản lượng xăng thương phẩm

Nhà máy chế biến condensate Cát Lái (phường Cát Lái, TP Thủ Đức) có công suất thiết kế 350.000 tấn/năm, là một trong hai cơ sở chế biến condensate của cả nước. Năm 2024, nhà máy chế biến 318.500 tấn condensate, bằng 91% công suất, tăng 6,6% so với năm 2023; chỉ dừng máy một lần để bảo dưỡng định kỳ trong 12 ngày. Xăng thương phẩm của nhà máy đạt tiêu chuẩn Euro 5, hàm lượng lưu huỳnh không quá 10 ppm.

Sản lượng các sản phẩm chính của nhà máy:
Đơn vị tính: tấn
Sản phẩm
Năm 2023
Năm 2024
Kế hoạch 2025
Xăng RON 92
86.400
91.200
95.000
Xăng RON 95
142.500
151.800
160.000
Dung môi
23.100
25.600
27.000
Tổng cộng
252.000
268.600
282.000

Trên địa bàn thành phố hiện có 562 cửa hàng bán lẻ xăng dầu, trong đó 318 cửa hàng thuộc hệ thống Petrolimex và 15 cửa hàng đã lắp trạm sạc xe điện. Tổng lượng xăng dầu tiêu thụ năm 2024 đạt khoảng 3,6 triệu m3, tăng 2,9% so với năm trước.

Tin liên quan:
- Kiểm tra chất lượng xăng dầu đợt 2 năm 2024
- Hội nghị an toàn phòng cháy tại các kho xăng dầu Nhà Bè

SỞ CÔNG THƯƠNG THÀNH PHỐ HỒ CHÍ MINH
Địa chỉ: 163 Hai Bà Trưng, phường Võ Thị Sáu, Quận 3
Điện thoại: (028) 3829 6309
Lượt truy cập: 3.418.762 | Đang online: 57
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24B = P("năm 2024", "2024-01-01", "2024-12-31")
COLS = {
    "Năm 2023": (P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
    "Năm 2024": (P("Năm 2024", "2024-01-01", "2024-12-31"), "actual"),
    "Kế hoạch 2025": (P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target"),
}
TD = "Thủ Đức"


def cell(anchor, number, value, row, col):
    per, status = COLS[col]
    kw = {"status": status} if status != "actual" else {}
    return F(anchor, number, value, "measure", "tấn", subject=f"{row} {col.lower()}",
             period=per, location=TD, **kw)


FIGS = [
    F("thiết kế 350.000 tấn/năm", "350.000", 350000, "measure", "tấn/năm",
      subject="công suất thiết kế nhà máy chế biến condensate Cát Lái", location=TD),
    F("trong hai cơ sở", "hai", 2, "count", "cơ sở",
      subject="cơ sở chế biến condensate của cả nước", location="Việt Nam"),
    F("chế biến 318.500 tấn", "318.500", 318500, "measure", "tấn", percent=91,
      change=C("increase", 6.6, "%", "năm 2023"), subject="condensate nhà máy chế biến",
      period=Y24, location=TD),
    F("máy một lần", "một", 1, "count", "lần", subject="lần dừng máy bảo dưỡng định kỳ",
      period=Y24, location=TD),
    F("trong 12 ngày", "12", 12, "measure", "ngày", subject="thời gian dừng máy bảo dưỡng định kỳ",
      period=Y24, location=TD),
    F("không quá 10 ppm", "10", 10, "measure", "ppm", approx="at_most",
      subject="hàm lượng lưu huỳnh trong xăng thương phẩm", location=TD),
    cell("RON 92\n86.400", "86.400", 86400, "Xăng RON 92", "Năm 2023"),
    cell("86.400\n91.200", "91.200", 91200, "Xăng RON 92", "Năm 2024"),
    cell("91.200\n95.000", "95.000", 95000, "Xăng RON 92", "Kế hoạch 2025"),
    cell("RON 95\n142.500", "142.500", 142500, "Xăng RON 95", "Năm 2023"),
    cell("142.500\n151.800", "151.800", 151800, "Xăng RON 95", "Năm 2024"),
    cell("151.800\n160.000", "160.000", 160000, "Xăng RON 95", "Kế hoạch 2025"),
    cell("Dung môi\n23.100", "23.100", 23100, "Dung môi", "Năm 2023"),
    cell("23.100\n25.600", "25.600", 25600, "Dung môi", "Năm 2024"),
    cell("25.600\n27.000", "27.000", 27000, "Dung môi", "Kế hoạch 2025"),
    cell("Tổng cộng\n252.000", "252.000", 252000, "Tổng cộng", "Năm 2023"),
    cell("252.000\n268.600", "268.600", 268600, "Tổng cộng", "Năm 2024"),
    cell("268.600\n282.000", "282.000", 282000, "Tổng cộng", "Kế hoạch 2025"),
    F("có 562 cửa hàng", "562", 562, "count", "cửa hàng", subject="cửa hàng bán lẻ xăng dầu"),
    F("trong đó 318 cửa hàng", "318", 318, "count", "cửa hàng", total=562,
      subject="cửa hàng thuộc hệ thống Petrolimex"),
    F("và 15 cửa hàng", "15", 15, "count", "cửa hàng", total=562,
      subject="cửa hàng đã lắp trạm sạc xe điện"),
    F("khoảng 3,6 triệu m3", "3,6", 3.6e6, "measure", "m3", approx="about",
      change=C("increase", 2.9, "%", "năm trước"), subject="tổng lượng xăng dầu tiêu thụ", period=Y24B),
]

NOTES = [
    "Department site (Sở Công Thương TP Hồ Chí Minh), no dateline: menu, related links, address, phone, 'Lượt truy cập: 3.418.762 | Đang online: 57'.",
    "Distractors: 'RON 92', 'RON 95' (row labels right before the first cell of each row), 'Euro 5', 'đợt 2 năm 2024', 'Quận 3', '163 Hai Bà Trưng', phone, counters.",
    "The plant is in TP Thủ Đức: its figures and its table take Thủ Đức; 'một trong hai cơ sở ... của cả nước' is a national count (Việt Nam); city retail figures take TP Hồ Chí Minh.",
    "One-cell-per-line table, 'Đơn vị tính: tấn', header Sản phẩm / Năm 2023 / Năm 2024 / Kế hoạch 2025 → periods from the header, 'Kế hoạch 2025' → target; subject = row + column.",
    "'chỉ dừng máy một lần ... trong 12 ngày' → count 1 lần and measure 12 ngày (the stop's length, not a time locator), period Năm 2024 (same sentence after ';').",
    "No published date: 'năm trước' is a baseline only.",
]

if __name__ == "__main__":
    write("p1228-7", TEXT, NOTES, FIGS, location="TP Hồ Chí Minh")
