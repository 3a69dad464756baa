"""p1224-7: department site (Sở Công Thương Cà Mau), no dateline: Cà Mau gas-power-fertiliser cluster, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH CÀ MAU
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính

Cụm Khí - Điện - Đạm Cà Mau vận hành ổn định, bảo đảm cung ứng điện

Hai nhà máy điện khí Cà Mau 1 và Cà Mau 2 có tổng công suất 1.500 MW, mỗi nhà máy 750 MW, sử dụng khí từ mỏ PM3-CAA và Lô 46-Cái Nước qua đường ống dẫn khí dài 298 km.

Sản lượng điện sản xuất của hai nhà máy:
Đơn vị tính: triệu kWh
Nhà máy
Năm 2023
Kế hoạch năm 2024
Ước thực hiện 6 tháng đầu năm 2024
Cà Mau 1
4.215
4.400
2.086
Cà Mau 2
4.078
4.300
2.154
Tổng cộng
8.293
8.700
4.240

6 tháng đầu năm, cụm nhà máy đã tiêu thụ khoảng 1,02 tỷ m³ khí, đạt 48,6% kế hoạch năm; hệ số khả dụng của các tổ máy đạt trên 95%. Nhà máy Đạm Cà Mau sản xuất 412.000 tấn urê, tăng 3,7% so với cùng kỳ; trong đó xuất khẩu 118.000 tấn, chiếm 28,6%.

Theo Quy hoạch điện VIII, tỉnh được bổ sung dự án Nhà máy điện khí Cà Mau 3 công suất khoảng 1.200 MW, dự kiến vận hành trước năm 2030; tổng vốn đầu tư ước tính 1,3 tỷ USD.

Bài viết liên quan:
- Hội nghị tổng kết ngành Công Thương năm 2023
- Kiểm tra an toàn đường ống khí PM3 - Cà Mau lần thứ 2

SỞ CÔNG THƯƠNG TỈNH CÀ MAU
Địa chỉ: Số 99 Phan Ngọc Hiển, phường 5, TP Cà Mau
Điện thoại: 0290.3831.286 - Fax: 0290.3831.287
Lượt truy cập: 2.184.560 | Đang online: 37
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
U24 = P("Ước thực hiện 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
CAPTION = "sản lượng điện sản xuất"


def cell(anchor, number, value, row, col):
    per, kw = {"Năm 2023": (Y23, {}), "Kế hoạch năm 2024": (K24, {"status": "target"}),
               "Ước thực hiện 6 tháng đầu năm 2024": (U24, {"status": "estimate"})}[col]
    return F(anchor, number, value * 1e6, "measure", "kWh", subject=f"{CAPTION} {row} {col.lower()}",
             period=per, **kw)


FIGS = [
    F("Hai nhà máy", "Hai", 2, "count", "nhà máy", optional=True, subject="nhà máy điện khí Cà Mau"),
    F("của hai nhà máy", "hai", 2, "count", "nhà máy", optional=True, subject="nhà máy điện khí Cà Mau"),
    F("tổng công suất 1.500 MW", "1.500", 1500, "measure", "MW",
      subject="tổng công suất nhà máy điện khí Cà Mau 1 và Cà Mau 2"),
    F("mỗi nhà máy 750 MW", "750", 750, "measure", "MW", subject="công suất mỗi nhà máy"),
    F("dài 298 km", "298", 298, "measure", "km", subject="chiều dài đường ống dẫn khí"),
    cell("Cà Mau 1\n4.215", "4.215", 4215, "Cà Mau 1", "Năm 2023"),
    cell("4.215\n4.400", "4.400", 4400, "Cà Mau 1", "Kế hoạch năm 2024"),
    cell("4.400\n2.086", "2.086", 2086, "Cà Mau 1", "Ước thực hiện 6 tháng đầu năm 2024"),
    cell("Cà Mau 2\n4.078", "4.078", 4078, "Cà Mau 2", "Năm 2023"),
    cell("4.078\n4.300", "4.300", 4300, "Cà Mau 2", "Kế hoạch năm 2024"),
    cell("4.300\n2.154", "2.154", 2154, "Cà Mau 2", "Ước thực hiện 6 tháng đầu năm 2024"),
    cell("Tổng cộng\n8.293", "8.293", 8293, "tổng cộng", "Năm 2023"),
    cell("8.293\n8.700", "8.700", 8700, "tổng cộng", "Kế hoạch năm 2024"),
    cell("8.700\n4.240", "4.240", 4240, "tổng cộng", "Ước thực hiện 6 tháng đầu năm 2024"),
    F("khoảng 1,02 tỷ m³", "1,02", 1020000000, "measure", "m³", approx="about", percent=48.6,
      subject="lượng khí cụm nhà máy tiêu thụ", period=H1),
    F("trên 95%", "95", 95, "percent", "%", approx="over", subject="hệ số khả dụng của các tổ máy", period=H1),
    F("sản xuất 412.000 tấn", "412.000", 412000, "measure", "tấn", change=C("increase", 3.7, "%", "cùng kỳ"),
      subject="urê Nhà máy Đạm Cà Mau sản xuất", period=I(H1)),
    F("xuất khẩu 118.000 tấn", "118.000", 118000, "measure", "tấn", total=412000, percent=28.6,
      subject="urê xuất khẩu", period=I(H1)),
    F("khoảng 1.200 MW", "1.200", 1200, "measure", "MW", approx="about",
      subject="công suất dự án Nhà máy điện khí Cà Mau 3"),
    F("ước tính 1,3 tỷ USD", "1,3", 1300000000, "money", "USD", status="estimate",
      subject="tổng vốn đầu tư dự án Nhà máy điện khí Cà Mau 3"),
]

NOTES = [
    "Department site (Sở Công Thương Cà Mau), no dateline: no published. Menu, related links, footer address, phone/fax, counters.",
    "One-cell-per-line table, 'Đơn vị tính: triệu kWh' (4.215 = 4,215·10⁹ kWh), rows are plants (names with numbers, not places), columns",
    "give period and status: 'Kế hoạch năm 2024' → target, 'Ước thực hiện 6 tháng đầu năm 2024' → estimate. Subject = caption + row + column.",
    "Distractors: plant names 'Cà Mau 1/2/3', 'PM3-CAA', 'Lô 46-Cái Nước', 'Quy hoạch điện VIII', 'năm 2030', 'lần thứ 2', 'Số 99', 'phường 5',",
    "phones 0290.3831.286 / 0290.3831.287, 'Lượt truy cập: 2.184.560', 'Đang online: 37'. 'Hai nhà máy' / 'của hai nhà máy' name the two plants (optional).",
    "Year-less '6 tháng đầu năm' takes 2024 from the table header. 118.000 tấn after 'trong đó' → total 412.000. 'ước tính' → estimate.",
]

if __name__ == "__main__":
    write("p1224-7", TEXT, NOTES, FIGS, published=None, location="Cà Mau")
