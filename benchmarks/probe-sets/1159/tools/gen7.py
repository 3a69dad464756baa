"""p1159-7: department site (Sở Công Thương Hà Nam), no dateline, wig villages of Lý Nhân; one-cell-per-line table."""
from lib import F, P, I, C, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH HÀ NAM
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp

Làng nghề tóc giả Lý Nhân mở rộng thị trường xuất khẩu

Huyện Lý Nhân hiện có 3 làng nghề sản xuất tóc giả được công nhận với khoảng 1.450 hộ tham gia, trong đó 620 hộ trực tiếp làm hàng xuất khẩu. Năm 2023, giá trị sản xuất của các làng nghề tóc giả đạt 385 tỷ đồng, chiếm 21,4% giá trị sản xuất tiểu thủ công nghiệp của huyện. Thu nhập bình quân của lao động làm tóc giả khoảng 5,8 triệu đồng/người/tháng.

Sản lượng sản phẩm tóc chủ yếu của huyện Lý Nhân
Đơn vị tính: nghìn sản phẩm
Sản phẩm
Năm 2022
Năm 2023
Ước năm 2024
Tóc giả nguyên đầu
182
205
230
Tóc nối, tóc kẹp
416
468
520
Mi giả, râu giả
95
110
126
Tổng cộng
693
783
876

Trong quý I, Công ty TNHH Tóc Đức Lý ở xã Đức Lý đã xuất sang châu Âu 12 container tóc giả, mỗi container trị giá khoảng 85.000 USD. Công ty đang đào tạo nghề cho 40 lao động, mỗi người được hỗ trợ 1,5 triệu đồng/tháng trong thời gian học.

Tin liên quan:
- Hội chợ hàng thủ công mỹ nghệ Hà Nam lần thứ 4
- Lý Nhân: Khởi công Cụm công nghiệp Nhân Bình 2

SỞ CÔNG THƯƠNG TỈNH HÀ NAM
Địa chỉ: Số 8 đường Trần Phú, phường Quang Trung, TP Phủ Lý, tỉnh Hà Nam
Điện thoại: 0226.3852.701 - Email: sct@hanam.gov.vn
Tổng lượt truy cập: 846.219 | Đang trực tuyến: 31
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
E24 = P("Ước năm 2024", "2024-01-01", "2024-12-31")
Q1 = P("quý I", "2024-01-01", "2024-03-31")


def cell(anchor, number, value, row, col):
    per = {"Năm 2022": Y22, "Năm 2023": Y23, "Ước năm 2024": E24}[col]
    kw = {"status": "estimate"} if col.startswith("Ước") else {}
    return F(anchor, number, value * 1000, "count", "sản phẩm",
             subject=f"sản lượng {row} {col.lower()}", period=per, **kw)


FIGS = [
    F("có 3 làng nghề", "3", 3, "count", "làng nghề", subject="làng nghề sản xuất tóc giả được công nhận"),
    F("khoảng 1.450 hộ", "1.450", 1450, "count", "hộ", approx="about",
      subject="hộ tham gia làng nghề sản xuất tóc giả"),
    F("trong đó 620 hộ", "620", 620, "count", "hộ", total=1450,
      subject="hộ trực tiếp làm hàng tóc giả xuất khẩu"),
    F("đạt 385 tỷ đồng", "385", 385000000000, "money", "đồng", percent=21.4,
      subject="giá trị sản xuất của các làng nghề tóc giả", period=Y23),
    F("khoảng 5,8 triệu", "5,8", 5800000, "money", "đồng/người/tháng", approx="about",
      subject="thu nhập bình quân của lao động làm tóc giả", period=I(Y23)),
    cell("Tóc giả nguyên đầu\n182", "182", 182, "tóc giả nguyên đầu", "Năm 2022"),
    cell("182\n205", "205", 205, "tóc giả nguyên đầu", "Năm 2023"),
    cell("205\n230", "230", 230, "tóc giả nguyên đầu", "Ước năm 2024"),
    cell("tóc kẹp\n416", "416", 416, "tóc nối, tóc kẹp", "Năm 2022"),
    cell("416\n468", "468", 468, "tóc nối, tóc kẹp", "Năm 2023"),
    cell("468\n520", "520", 520, "tóc nối, tóc kẹp", "Ước năm 2024"),
    cell("râu giả\n95", "95", 95, "mi giả, râu giả", "Năm 2022"),
    cell("95\n110", "110", 110, "mi giả, râu giả", "Năm 2023"),
    cell("110\n126", "126", 126, "mi giả, râu giả", "Ước năm 2024"),
    cell("Tổng cộng\n693", "693", 693, "tổng cộng", "Năm 2022"),
    cell("693\n783", "783", 783, "tổng cộng", "Năm 2023"),
    cell("783\n876", "876", 876, "tổng cộng", "Ước năm 2024"),
    F("châu Âu 12 container", "12", 12, "count", "container",
      subject="container tóc giả Công ty TNHH Tóc Đức Lý xuất sang châu Âu", period=Q1),
    F("khoảng 85.000 USD", "85.000", 85000, "money", "USD/container", approx="about",
      subject="trị giá mỗi container tóc giả", period=Q1),
    F("cho 40 lao động", "40", 40, "count", "lao động", subject="lao động được công ty đào tạo nghề"),
    F("hỗ trợ 1,5 triệu", "1,5", 1500000, "money", "đồng/tháng",
      subject="hỗ trợ mỗi lao động học nghề"),
]

NOTES = [
    "Department site (Sở Công Thương Hà Nam) with no dateline: no published. Menu, related links, footer address, phone, e-mail, counters.",
    "All figures describe huyện Lý Nhân (the company is in xã Đức Lý, Lý Nhân): default location Lý Nhân.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn sản phẩm' (182 = 182 000 sản phẩm); subject = 'sản lượng' + row + column;",
    "periods from column headers (scored); 'Ước năm 2024' → status estimate. Cells get no totals; the 'Tổng cộng' row is its own figure.",
    "Year-less 'quý I' takes 2024 from the nearest earlier period ('Ước năm 2024' in the table header). 'mỗi container trị giá' → unit 'USD/container'.",
    "Distractors: 'lần thứ 4', 'Cụm công nghiệp Nhân Bình 2', 'Số 8 đường Trần Phú', phone 0226.3852.701, 'Tổng lượt truy cập: 846.219', 'Đang trực tuyến: 31'.",
]

if __name__ == "__main__":
    write("p1159-7", TEXT, NOTES, FIGS, published=None, location="Lý Nhân")
