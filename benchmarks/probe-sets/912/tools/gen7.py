"""p912-7: department site (Sở Công Thương Hải Dương), no dateline, one-cell-per-line table."""
from lib import F, P, C, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH HẢI DƯƠNG
Trang chủ » Công nghiệp » Tin hoạt động

Ngành hóa mỹ phẩm gia dụng Hải Dương tăng trưởng ổn định

Năm 2023, toàn tỉnh có 34 cơ sở sản xuất xà phòng, chất tẩy rửa, tăng 4 cơ sở so với năm 2022; giá trị sản xuất đạt 2.315 tỷ đồng, tăng 9,7%. Sản phẩm chủ yếu là nước giặt, nước rửa chén, nước lau sàn; riêng nước giặt chiếm khoảng 46% sản lượng. Có 11/34 cơ sở đã áp dụng hệ thống quản lý chất lượng ISO 9001:2015.

Số cơ sở và sản lượng chất tẩy rửa năm 2023 theo địa phương:
Địa phương
Số cơ sở
Sản lượng (tấn)
TP Hải Dương
14
18.600
TP Chí Linh
6
7.350
TX Kinh Môn
5
12.800
Huyện Cẩm Giàng
9
25.450
Toàn tỉnh
34
64.200

6 tháng đầu năm 2024, sản lượng chất tẩy rửa ước đạt 35.800 tấn, tăng 8,3% so với cùng kỳ, bằng 52,6% kế hoạch năm. Sở Công Thương đang phối hợp hướng dẫn 7 cơ sở chưa đạt yêu cầu về phòng cháy, chữa cháy hoàn thiện hồ sơ trước ngày 30/9/2024.

Tỉnh phấn đấu đến năm 2025 sản lượng chất tẩy rửa đạt 80.000 tấn, giá trị sản xuất trên 3.000 tỷ đồng; hỗ trợ tối đa 300 triệu đồng/cơ sở để đổi mới công nghệ theo Nghị quyết số 09/2023/NQ-HĐND.

SỞ CÔNG THƯƠNG TỈNH HẢI DƯƠNG
Địa chỉ: Số 2 Hồng Quang, TP Hải Dương
Điện thoại: 0220.3852.184 - Fax: 0220.3852.419
Lượt truy cập: 1.284.093
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
T25 = P("đến năm 2025", None, "2025-12-31")
CS = "số cơ sở sản xuất xà phòng, chất tẩy rửa"
SL = "sản lượng chất tẩy rửa"
ROWS = [("TP Hải Dương", "Hải Dương\n", "14", "18.600", "Hải Dương"),
        ("TP Chí Linh", "Linh\n", "6", "7.350", "Chí Linh"),
        ("TX Kinh Môn", "Môn\n", "5", "12.800", "Kinh Môn"),
        ("Huyện Cẩm Giàng", "Giàng\n", "9", "25.450", "Cẩm Giàng"),
        ("Toàn tỉnh", "Toàn tỉnh\n", "34", "64.200", "Hải Dương")]
TABLE = []
for label, pre, a, b, loc in ROWS:
    TABLE.append(F(pre + a, a, int(a), "count", "cơ sở", CS, Y23i, location=loc))
    TABLE.append(F(f"{a}\n{b}", b, int(b.replace(".", "")), "measure", "tấn", SL, Y23i, location=loc))

FIGS = [
    F("có 34 cơ sở", "34", 34, "count", "cơ sở", "cơ sở sản xuất xà phòng, chất tẩy rửa", Y23,
      change=C("increase", 4, "cơ sở", "năm 2022")),
    F("đạt 2.315 tỷ đồng", "2.315", 2315e9, "money", "đồng", "giá trị sản xuất ngành hóa mỹ phẩm gia dụng", Y23,
      change=C("increase", 9.7)),
    F("khoảng 46% sản lượng", "46", 46, "percent", "%", "tỷ trọng nước giặt trong sản lượng", Y23i,
      approx="about"),
    F("11/34 cơ sở", "11", 11, "count", "cơ sở", "cơ sở đã áp dụng hệ thống quản lý chất lượng ISO 9001:2015",
      total=34),
    *TABLE,
    F("ước đạt 35.800 tấn", "35.800", 35800, "measure", "tấn", SL,
      P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"), percent=52.6,
      change=C("increase", 8.3, baseline="cùng kỳ"), status="estimate"),
    F("hướng dẫn 7 cơ sở", "7", 7, "count", "cơ sở", "cơ sở chưa đạt yêu cầu về phòng cháy, chữa cháy"),
    F("đạt 80.000 tấn", "80.000", 80000, "measure", "tấn", SL, T25, status="target"),
    F("trên 3.000 tỷ đồng", "3.000", 3000e9, "money", "đồng", "giá trị sản xuất", T25, approx="over",
      status="target"),
    F("tối đa 300 triệu đồng/cơ sở", "300", 300e6, "money", "đồng/cơ sở", "mức hỗ trợ đổi mới công nghệ",
      approx="at_most", status="target"),
]

NOTES = [
    "Sở Công Thương Hải Dương (invented department site): no dateline; footer with address, phone, fax and 'Lượt truy cập' (page furniture).",
    "One-cell-per-line table (Địa phương / Số cơ sở / Sản lượng (tấn)): the place label of each row is the location; the period 'năm 2023'",
    "stands in the caption line above the table, so it is inherited; 'Toàn tỉnh' row = Hải Dương. Cells get no totals.",
    "'tăng 4 cơ sở so với năm 2022' is the change of 34 cơ sở; 'bằng 52,6% kế hoạch năm' the percent of 35.800 tấn.",
    "The 300 triệu đồng/cơ sở support continues the 'phấn đấu' sentence (target). Not figures: ISO 9001:2015, 'trước ngày 30/9/2024',",
    "Nghị quyết 09/2023/NQ-HĐND, 'Số 2 Hồng Quang', phone/fax numbers.",
]

if __name__ == "__main__":
    write("p912-7", TEXT, NOTES, FIGS, published=None, location="Hải Dương")
