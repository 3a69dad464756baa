"""p1222-7: Sở Xây dựng Hải Dương site, no dateline: limestone output H1 2024, table one cell per line."""
from lib import F, P, I, C, T, write

TEXT = """SỞ XÂY DỰNG TỈNH HẢI DƯƠNG
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Tình hình khai thác, tiêu thụ đá vôi, đá xây dựng trên địa bàn tỉnh

Theo số liệu tổng hợp của Sở Xây dựng, 6 tháng đầu năm 2024, sản lượng đá vôi khai thác trên địa bàn tỉnh đạt 4,38 triệu tấn, bằng 47,6% kế hoạch năm; lượng đá tiêu thụ đạt 4,21 triệu tấn, tăng 3,9% so với cùng kỳ. Hoạt động khai thác tập trung tại thị xã Kinh Môn, nơi có 14 mỏ đá vôi đang hoạt động, cung cấp nguyên liệu cho 6 nhà máy xi măng với tổng công suất gần 9 triệu tấn xi măng/năm.

Bảng: Sản lượng khai thác đá trên địa bàn tỉnh
Đơn vị tính: nghìn tấn
Loại đá
Năm 2023
6 tháng đầu năm 2024
Kế hoạch năm 2024
Đá vôi xi măng
6.920
3.480
7.300
Đá vôi xây dựng
1.540
760
1.600
Đá dolomit
310
140
300
Tổng số
8.770
4.380
9.200

Giá đá vôi nguyên liệu giao tại nhà máy hiện dao động từ 95.000 đến 110.000 đồng/tấn. Khoảng 65% sản lượng đá vôi xây dựng được tiêu thụ trong tỉnh, phần còn lại cung cấp cho Hải Phòng và Quảng Ninh. Trong quý II, Sở đã phối hợp kiểm tra 9 mỏ, trong đó 3 mỏ phải bổ sung hồ sơ ký quỹ cải tạo, phục hồi môi trường; không phát hiện trường hợp khai thác trái phép.

SỞ XÂY DỰNG TỈNH HẢI DƯƠNG
Địa chỉ: Số 2 đường Thanh Niên, TP Hải Dương | Điện thoại: 0220.3852.410
Tổng lượt truy cập: 2.318.544 | Đang trực tuyến: 31
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Q2 = P("quý II", "2024-04-01", "2024-06-30")
COLS = {
    "năm 2023": (P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
    "6 tháng đầu năm 2024": (P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"), "actual"),
    "kế hoạch năm 2024": (P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31"), "target"),
}
KM = "Kinh Môn"


def cell(anchor, number, row, col):
    per, st = COLS[col]
    kw = {"status": st} if st != "actual" else {}
    return F(anchor, number, float(number.replace(".", "")) * 1000, "measure", "tấn",
             subject=f"sản lượng khai thác {row} {col}", period=per, **kw)


FIGS = [
    F("đạt 4,38 triệu tấn", "4,38", 4380000, "measure", "tấn", percent=47.6,
      subject="sản lượng đá vôi khai thác", period=H1),
    F("đạt 4,21 triệu tấn", "4,21", 4210000, "measure", "tấn",
      change=C("increase", 3.9, "%", "cùng kỳ"), subject="lượng đá tiêu thụ", period=H1),
    F("có 14 mỏ", "14", 14, "count", "mỏ", subject="mỏ đá vôi đang hoạt động", location=KM),
    F("cho 6 nhà máy", "6", 6, "count", "nhà máy",
      subject="nhà máy xi măng được cung cấp nguyên liệu", location=KM),
    F("gần 9 triệu", "9", 9000000, "measure", "tấn/năm", approx="nearly",
      subject="tổng công suất nhà máy xi măng", location=KM),
    cell("xi măng\n6.920", "6.920", "đá vôi xi măng", "năm 2023"),
    cell("6.920\n3.480", "3.480", "đá vôi xi măng", "6 tháng đầu năm 2024"),
    cell("3.480\n7.300", "7.300", "đá vôi xi măng", "kế hoạch năm 2024"),
    cell("xây dựng\n1.540", "1.540", "đá vôi xây dựng", "năm 2023"),
    cell("1.540\n760", "760", "đá vôi xây dựng", "6 tháng đầu năm 2024"),
    cell("760\n1.600", "1.600", "đá vôi xây dựng", "kế hoạch năm 2024"),
    cell("dolomit\n310", "310", "đá dolomit", "năm 2023"),
    cell("310\n140", "140", "đá dolomit", "6 tháng đầu năm 2024"),
    cell("140\n300", "300", "đá dolomit", "kế hoạch năm 2024"),
    cell("Tổng số\n8.770", "8.770", "tổng số", "năm 2023"),
    cell("8.770\n4.380", "4.380", "tổng số", "6 tháng đầu năm 2024"),
    cell("4.380\n9.200", "9.200", "tổng số", "kế hoạch năm 2024"),
    F("từ 95.000 đến", "95.000", 95000, "money", "đồng/tấn", value_max=110000,
      subject="giá đá vôi nguyên liệu giao tại nhà máy"),
    F("Khoảng 65%", "65", 65, "percent", "%", approx="about",
      subject="tỷ lệ sản lượng đá vôi xây dựng được tiêu thụ trong tỉnh"),
    F("kiểm tra 9 mỏ", "9", 9, "count", "mỏ", subject="mỏ được Sở phối hợp kiểm tra", period=Q2),
    F("đó 3 mỏ", "3", 3, "count", "mỏ", total=9,
      subject="mỏ phải bổ sung hồ sơ ký quỹ cải tạo, phục hồi môi trường", period=Q2),
]

NOTES = [
    "Department site (Sở Xây dựng Hải Dương) with no dateline: menu, footer with address, phone, 'Tổng lượt truy cập: 2.318.544 | Đang trực tuyến: 31'.",
    "Table written one cell per line, 'Đơn vị tính: nghìn tấn' (cells x1000); rows are stone types; subject = indicator + row + column;",
    "period from the column header; 'Kế hoạch năm 2024' column -> status target. 'Tổng số' row: its own figures.",
    "'quý II' has no year: nearest earlier period (table header, 6 tháng đầu năm 2024) -> 2024. No published date.",
    "Kinh Môn passage: 14 mỏ, 6 nhà máy, 'gần 9 triệu tấn xi măng/năm' (unit tấn/năm) -> location Kinh Môn.",
    "Distractors: 'Số 2 đường Thanh Niên', phone 0220.3852.410, counters, 'quý II' itself.",
]

if __name__ == "__main__":
    write("p1222-7", TEXT, NOTES, FIGS, published=None, location="Hải Dương")
