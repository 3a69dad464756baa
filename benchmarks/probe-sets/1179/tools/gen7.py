"""p1179-7: department site (Sở NN&PTNT Lạng Sơn), no dateline; quýt vàng Bắc Sơn; one-cell-per-line table by sales channel."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LẠNG SƠN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Liên hệ

Quýt vàng Bắc Sơn mở rộng kênh tiêu thụ

Huyện Bắc Sơn hiện có 820 ha quýt vàng, trong đó 610 ha đang cho thu hoạch. Năm 2023, sản lượng quýt đạt 7.350 tấn, tăng 9,2% so với năm 2022; giá bán bình quân 25.000 đồng/kg, giá trị thu được khoảng 184 tỷ đồng.

Sản lượng quýt Bắc Sơn tiêu thụ theo kênh:
Đơn vị tính: tấn
Kênh tiêu thụ
Năm 2022
Năm 2023
Thương lái
4.120
4.310
Bán lẻ tại vườn, điểm du lịch
1.580
1.840
Siêu thị, doanh nghiệp
760
905
Sàn thương mại điện tử
270
295
Tổng cộng
6.730
7.350

Hiện 5 hợp tác xã của huyện đã liên kết với 3 chuỗi siêu thị tại Hà Nội; 150 ha quýt được cấp mã số vùng trồng. Mỗi mùa lễ hội quýt vàng thu hút từ 20.000 đến 25.000 lượt khách. Sở đặt mục tiêu đến năm 2025 nâng tỷ lệ sản lượng quýt tiêu thụ qua hợp đồng liên kết lên 40%.

Tin liên quan:
- Hội nghị xúc tiến tiêu thụ nông sản lần thứ 3 năm 2023
- Hướng dẫn số 1725/HD-SNN về chăm sóc cây có múi sau thu hoạch

Bản quyền thuộc Sở Nông nghiệp và PTNT tỉnh Lạng Sơn
Địa chỉ: Số 2 đường Hoàng Văn Thụ, phường Chi Lăng, TP Lạng Sơn
Điện thoại: 0205.3812.345 - Email: snnptnt@langson.gov.vn
Lượt truy cập: 2.316.540 | Đang online: 41
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")


def cell(anchor, number, value, row, col, per):
    return F(anchor, number, value, "measure", "tấn",
             subject=f"sản lượng quýt tiêu thụ qua {row} {col}", period=per)


FIGS = [
    F("hiện có 820 ha", "820", 820, "measure", "ha", subject="diện tích quýt vàng"),
    F("đó 610 ha", "610", 610, "measure", "ha", total=820, subject="diện tích quýt vàng đang cho thu hoạch"),
    F("đạt 7.350 tấn", "7.350", 7350, "measure", "tấn", change=C("increase", 9.2, "%", "năm 2022"),
      subject="sản lượng quýt", period=Y23),
    F("bình quân 25.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", subject="giá bán quýt bình quân", period=Y23),
    F("khoảng 184 tỷ", "184", 184e9, "money", "đồng", approx="about", subject="giá trị quýt thu được", period=Y23),
    cell("Thương lái\n4.120", "4.120", 4120, "thương lái", "năm 2022", C22),
    cell("4.120\n4.310", "4.310", 4310, "thương lái", "năm 2023", C23),
    cell("du lịch\n1.580", "1.580", 1580, "bán lẻ tại vườn, điểm du lịch", "năm 2022", C22),
    cell("1.580\n1.840", "1.840", 1840, "bán lẻ tại vườn, điểm du lịch", "năm 2023", C23),
    cell("doanh nghiệp\n760", "760", 760, "siêu thị, doanh nghiệp", "năm 2022", C22),
    cell("760\n905", "905", 905, "siêu thị, doanh nghiệp", "năm 2023", C23),
    cell("điện tử\n270", "270", 270, "sàn thương mại điện tử", "năm 2022", C22),
    cell("270\n295", "295", 295, "sàn thương mại điện tử", "năm 2023", C23),
    F("Tổng cộng\n6.730", "6.730", 6730, "measure", "tấn", subject="tổng cộng sản lượng quýt tiêu thụ năm 2022",
      period=C22),
    F("6.730\n7.350", "7.350", 7350, "measure", "tấn", subject="tổng cộng sản lượng quýt tiêu thụ năm 2023",
      period=C23),
    F("Hiện 5 hợp tác xã", "5", 5, "count", "hợp tác xã", subject="hợp tác xã liên kết với chuỗi siêu thị"),
    F("với 3 chuỗi", "3", 3, "count", "chuỗi siêu thị", subject="chuỗi siêu thị tại Hà Nội liên kết với hợp tác xã"),
    F("150 ha quýt", "150", 150, "measure", "ha", subject="diện tích quýt được cấp mã số vùng trồng"),
    F("từ 20.000 đến 25.000", "20.000", 20000, "count", "lượt khách", value_max=25000,
      subject="lượt khách lễ hội quýt vàng mỗi mùa"),
    F("lên 40%", "40", 40, "percent", "%", status="target",
      subject="tỷ lệ sản lượng quýt tiêu thụ qua hợp đồng liên kết", period=TO25),
]

NOTES = [
    "Department site (Sở NN&PTNT Lạng Sơn) with NO dateline: menu, related links, footer address, phone, email, visitor counters.",
    "No published date. Default location Bắc Sơn (district); the 3 supermarket chains are in Hà Nội but the figure is Bắc Sơn's links.",
    "One-cell-per-line table, 'Đơn vị tính: tấn', rows are sales channels (items), columns Năm 2022 / Năm 2023 (periods, scored).",
    "Subject = caption indicator + row label + column label. Cells carry no total; 'Tổng cộng' row is its own figures.",
    "'trong đó 610 ha' → total 820. 'tăng 9,2% so với năm 2022' → change of 7.350 tấn. Price and value continue 'Năm 2023'.",
    "'Mỗi mùa lễ hội … từ 20.000 đến 25.000 lượt khách' → count range, no period.",
    "Distractors: 'lần thứ 3 năm 2023', 'Hướng dẫn số 1725/HD-SNN', 'Số 2 đường Hoàng Văn Thụ', phone, 'Lượt truy cập: 2.316.540',",
    "'Đang online: 41'.",
]

if __name__ == "__main__":
    write("p1179-7", TEXT, NOTES, FIGS, location="Bắc Sơn")
