"""p1214-7: department site (Sở Công Thương Long An), no dateline; aquafeed capacity, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH LONG AN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp

Ngành sản xuất thức ăn thủy sản tiếp tục thu hút đầu tư

Long An hiện có 17 nhà máy sản xuất thức ăn chăn nuôi, thức ăn thủy sản đang hoạt động, trong đó 9 nhà máy chuyên sản xuất thức ăn thủy sản. Năm 2023, sản lượng thức ăn thủy sản của tỉnh đạt 1,12 triệu tấn, tăng 4,6% so với năm 2022, chiếm khoảng 17% sản lượng cả nước. Các nhà máy sử dụng khoảng 3.200 lao động, thu nhập bình quân 9,8 triệu đồng/người/tháng.

Năng lực sản xuất thức ăn thủy sản theo địa bàn:
Đơn vị tính: nghìn tấn
Địa bàn
Công suất thiết kế
Sản lượng năm 2023
Huyện Đức Hòa
520
410
Huyện Bến Lức
380
296
Huyện Cần Giuộc
290
235
Huyện Thủ Thừa
220
179
Tổng cộng
1.410
1.120

Từ đầu năm 2024 đến nay, tỉnh đã chấp thuận chủ trương đầu tư 2 dự án nhà máy thức ăn thủy sản tại huyện Đức Hòa với tổng vốn 1.450 tỷ đồng, công suất thiết kế 360.000 tấn/năm. Dự kiến đến năm 2026, tổng công suất các nhà máy thức ăn thủy sản trên địa bàn tỉnh đạt khoảng 1,8 triệu tấn/năm.

Sở Công Thương đề nghị các doanh nghiệp ưu tiên sử dụng bột cá, phụ phẩm cá tra trong nước; phối hợp tổ chức lần thứ 2 Hội nghị kết nối cung cầu nguyên liệu thức ăn chăn nuôi.

Tin liên quan:
- Kết nối tiêu thụ nông sản Long An với hệ thống siêu thị

SỞ CÔNG THƯƠNG TỈNH LONG AN
Địa chỉ: Số 137 Quốc lộ 1, Phường 2, TP Tân An, tỉnh Long An
Điện thoại: 0272.3826.391 | Fax: 0272.3826.394
Lượt truy cập: 846.215 | Đang online: 31
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23COL = P("Sản lượng năm 2023", "2023-01-01", "2023-12-31")
SINCE = P("Từ đầu năm 2024 đến nay", "2024-01-01", None)
TO26 = P("đến năm 2026", None, "2026-12-31")
DH = "Đức Hòa"


def cell(anchor, number, value, place, col):
    if col == "cap":
        return F(anchor, number, value, "measure", "tấn", subject="công suất thiết kế thức ăn thủy sản",
                 location=place)
    return F(anchor, number, value, "measure", "tấn", subject="sản lượng thức ăn thủy sản năm 2023",
             period=Y23COL, location=place)


FIGS = [
    F("có 17 nhà máy", "17", 17, "count", "nhà máy", subject="nhà máy sản xuất thức ăn chăn nuôi, thức ăn thủy sản đang hoạt động"),
    F("trong đó 9 nhà máy", "9", 9, "count", "nhà máy", total=17, subject="nhà máy chuyên sản xuất thức ăn thủy sản"),
    F("đạt 1,12 triệu", "1,12", 1120000, "measure", "tấn", percent=17,
      change=C("increase", 4.6, "%", "năm 2022"), subject="sản lượng thức ăn thủy sản", period=Y23),
    F("khoảng 3.200 lao động", "3.200", 3200, "count", "lao động", approx="about",
      subject="lao động các nhà máy sử dụng", period=I(Y23)),
    F("bình quân 9,8 triệu", "9,8", 9800000, "money", "đồng/người/tháng",
      subject="thu nhập bình quân lao động các nhà máy", period=I(Y23)),
    cell("Đức Hòa\n520", "520", 520000, "Đức Hòa", "cap"),
    cell("520\n410", "410", 410000, "Đức Hòa", "out"),
    cell("Bến Lức\n380", "380", 380000, "Bến Lức", "cap"),
    cell("380\n296", "296", 296000, "Bến Lức", "out"),
    cell("Cần Giuộc\n290", "290", 290000, "Cần Giuộc", "cap"),
    cell("290\n235", "235", 235000, "Cần Giuộc", "out"),
    cell("Thủ Thừa\n220", "220", 220000, "Thủ Thừa", "cap"),
    cell("220\n179", "179", 179000, "Thủ Thừa", "out"),
    F("Tổng cộng\n1.410", "1.410", 1410000, "measure", "tấn", subject="tổng cộng công suất thiết kế thức ăn thủy sản"),
    F("1.410\n1.120", "1.120", 1120000, "measure", "tấn", subject="tổng cộng sản lượng thức ăn thủy sản năm 2023",
      period=Y23COL),
    F("đầu tư 2 dự án", "2", 2, "count", "dự án", subject="dự án nhà máy thức ăn thủy sản được chấp thuận chủ trương đầu tư",
      period=SINCE, location=DH),
    F("tổng vốn 1.450 tỷ", "1.450", 1450000000000, "money", "đồng", subject="tổng vốn dự án nhà máy thức ăn thủy sản",
      period=SINCE, location=DH),
    F("thiết kế 360.000 tấn", "360.000", 360000, "measure", "tấn/năm",
      subject="công suất thiết kế dự án nhà máy thức ăn thủy sản", period=SINCE, location=DH),
    F("khoảng 1,8 triệu", "1,8", 1800000, "measure", "tấn/năm", approx="about", status="forecast",
      subject="tổng công suất các nhà máy thức ăn thủy sản trên địa bàn tỉnh", period=TO26),
]

NOTES = [
    "Department site (Sở Công Thương Long An) with no dateline: no published. Menu, related link, footer address, phone/fax, counters.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn tấn' (×1000 tấn). Row labels are districts → location, not subject; the 'Tổng cộng' row",
    "is Long An. Column 'Sản lượng năm 2023' gives the period (scored); the capacity column has none. Cells get no total.",
    "Distractors: 'Số 137 Quốc lộ 1, Phường 2', phones 0272.3826.391 / .394, 'Lượt truy cập: 846.215', 'Đang online: 31', 'lần thứ 2'.",
    "'1,12 triệu tấn, tăng 4,6% ..., chiếm khoảng 17% sản lượng cả nước' → change and percent of one figure.",
    "'Từ đầu năm 2024 đến nay' with no published date → start 2024-01-01, end null. 'Dự kiến đến năm 2026' → forecast.",
]

if __name__ == "__main__":
    write("p1214-7", TEXT, NOTES, FIGS, published=None, location="Long An")
