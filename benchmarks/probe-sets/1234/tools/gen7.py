"""p1234-7: department site (Sở VHTTDL Lâm Đồng), no dateline, Đà Lạt cable car, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LÂM ĐỒNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Cáp treo Đà Lạt đón khách tăng mạnh trong nửa đầu năm

Tuyến cáp treo nối đồi Robin với Thiền viện Trúc Lâm (TP Đà Lạt) dài 2.267 m, có 50 cabin, mỗi cabin chở tối đa 4 khách; thời gian đi một chiều khoảng 12 phút.

Lượt khách đi cáp treo Đà Lạt:
Đơn vị tính: lượt khách
Chỉ tiêu
6 tháng đầu năm 2023
6 tháng đầu năm 2024
So sánh (%)
Khách nội địa
268.950
301.280
112,0
Khách quốc tế
31.640
40.310
127,4
Tổng số
300.590
341.590
113,6

Trong 6 tháng đầu năm 2024, doanh thu bán vé cáp treo đạt khoảng 33 tỷ đồng; giá vé một chiều 100.000 đồng/người, khứ hồi 150.000 đồng/người. Dịp hè, lượng khách bình quân từ 2.500 đến 3.000 lượt/ngày, ngày cao điểm gần 4.200 lượt.

Ngoài cáp treo, toàn tỉnh hiện có 5 hệ thống máng trượt, xe trượt trên cao đang khai thác tại các khu du lịch thác Datanla, Prenn và Đambri.

Bài viết liên quan:
- Kiểm tra an toàn thiết bị vui chơi trên cao đợt 2
- Đà Lạt đăng cai Festival Hoa lần thứ 10

SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LÂM ĐỒNG
Địa chỉ: Số 36 Trần Hưng Đạo, Phường 3, TP Đà Lạt, tỉnh Lâm Đồng
Điện thoại: 0263.3822.125
Tổng lượt truy cập: 2.034.118 | Đang trực tuyến: 37
"""

C23 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
C24 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H24 = P("Trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ROWS = {"Khách nội địa": "khách nội địa", "Khách quốc tế": "khách quốc tế", "Tổng số": "tổng số khách"}


def cell(anchor, number, value, row, col):
    name = ROWS[row]
    if col == "So sánh (%)":
        return F(anchor, number, value, "percent", "%", subject=f"so sánh lượt {name} đi cáp treo")
    per = {"2023": C23, "2024": C24}[col]
    return F(anchor, number, value, "count", "lượt khách", subject=f"{name} đi cáp treo 6 tháng đầu năm {col}", period=per)


FIGS = [
    F("dài 2.267 m", "2.267", 2267, "measure", "m", subject="chiều dài tuyến cáp treo"),
    F("có 50 cabin", "50", 50, "count", "cabin", subject="cabin tuyến cáp treo"),
    F("tối đa 4 khách", "4", 4, "measure", "khách/cabin", approx="at_most", subject="số khách mỗi cabin chở"),
    F("khoảng 12 phút", "12", 12, "measure", "phút", approx="about", subject="thời gian đi một chiều"),
    cell("Khách nội địa\n268.950", "268.950", 268950, "Khách nội địa", "2023"),
    cell("268.950\n301.280", "301.280", 301280, "Khách nội địa", "2024"),
    cell("301.280\n112,0", "112,0", 112, "Khách nội địa", "So sánh (%)"),
    cell("Khách quốc tế\n31.640", "31.640", 31640, "Khách quốc tế", "2023"),
    cell("31.640\n40.310", "40.310", 40310, "Khách quốc tế", "2024"),
    cell("40.310\n127,4", "127,4", 127.4, "Khách quốc tế", "So sánh (%)"),
    cell("Tổng số\n300.590", "300.590", 300590, "Tổng số", "2023"),
    cell("300.590\n341.590", "341.590", 341590, "Tổng số", "2024"),
    cell("341.590\n113,6", "113,6", 113.6, "Tổng số", "So sánh (%)"),
    F("khoảng 33 tỷ", "33", 33e9, "money", "đồng", approx="about",
      subject="doanh thu bán vé cáp treo", period=H24),
    F("chiều 100.000 đồng/người", "100.000", 100000, "money", "đồng/người", subject="giá vé một chiều"),
    F("hồi 150.000 đồng/người", "150.000", 150000, "money", "đồng/người", subject="giá vé khứ hồi"),
    F("từ 2.500 đến 3.000 lượt/ngày", "2.500", 2500, "measure", "lượt/ngày", value_max=3000,
      subject="lượng khách bình quân dịp hè"),
    F("gần 4.200 lượt", "4.200", 4200, "count", "lượt", approx="nearly", subject="lượng khách ngày cao điểm"),
    F("có 5 hệ thống", "5", 5, "count", "hệ thống", location="Lâm Đồng",
      subject="hệ thống máng trượt, xe trượt trên cao đang khai thác"),
]

NOTES = [
    "Department site (Sở VHTTDL Lâm Đồng) with no dateline: no published. Menu, related links, footer address, phone, visit counter.",
    "The cable car is in TP Đà Lạt: default location Đà Lạt; the province-wide count of slide systems → Lâm Đồng.",
    "One-cell-per-line table, 'Đơn vị tính: lượt khách'; periods from the column headers (scored); 'So sánh (%)' cells are percent figures",
    "(2024 against the same period of 2023) with no period of their own. Cells get no totals; the 'Tổng số' row is its own figures.",
    "Distractors: 'đợt 2', 'lần thứ 10', 'Số 36 Trần Hưng Đạo', 'Phường 3', phone 0263.3822.125, 'Tổng lượt truy cập: 2.034.118', 'Đang trực tuyến: 37'.",
    "'Dịp hè' has no year or dates: no period. 'lượt/ngày' keeps its denominator (measure).",
]

if __name__ == "__main__":
    write("p1234-7", TEXT, NOTES, FIGS, published=None, location="Đà Lạt")
