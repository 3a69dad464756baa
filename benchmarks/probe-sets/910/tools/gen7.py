"""p910-7: department site (Chi cục Thủy sản Thanh Hóa), no dateline, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """CHI CỤC THỦY SẢN THANH HÓA
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả sản xuất giống thủy sản nước ngọt năm 2023 và kế hoạch năm 2024

Năm 2023, các cơ sở sản xuất giống thủy sản nước ngọt trên địa bàn tỉnh Thanh Hóa đã sản xuất được 1.025 triệu con giống các loại, tăng 7,4% so với năm 2022, đạt 102,5% kế hoạch. Toàn tỉnh có 58 cơ sở sản xuất, ương dưỡng giống, tập trung ở các huyện Thọ Xuân (12 cơ sở), Yên Định (9 cơ sở) và Hoằng Hóa (8 cơ sở). Kết quả theo đối tượng nuôi như sau:

Đơn vị tính: triệu con
Đối tượng
Năm 2022
Năm 2023
Kế hoạch 2024
Cá trắm cỏ
265
281
290
Cá chép
198
214
225
Cá rô phi
240
262
280
Cá mè, cá trôi
251
268
275
Tổng số
954
1.025
1.070

Giá cá giống năm 2023 tương đối ổn định: cá trắm cỏ giống dao động 50.000-55.000 đồng/kg, cá rô phi đơn tính 250 đồng/con. Tổng doanh thu của các cơ sở ước đạt khoảng 185 tỷ đồng, tạo việc làm cho gần 1.200 lao động.

Năm 2024, Chi cục đặt mục tiêu sản xuất 1.070 triệu con giống, trong đó cá rô phi đơn tính 280 triệu con; nâng tỷ lệ cơ sở được cấp giấy chứng nhận đủ điều kiện lên 80%. Dự kiến nhu cầu con giống của tỉnh năm 2024 khoảng 1,3 tỷ con, phần thiếu hụt phải nhập từ Hải Dương, Bắc Ninh.

CHI CỤC THỦY SẢN THANH HÓA
Địa chỉ: Số 99 Lê Lai, phường Đông Sơn, TP Thanh Hóa
Điện thoại: 0237.3852.947 - Fax: 0237.3855.114
Tổng lượt truy cập: 1.204.337 | Đang trực tuyến: 27
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
CS = "cơ sở sản xuất, ương dưỡng giống"


def row(label, a, b, c, a_anchor, b_anchor, c_anchor, subj):
    # subject = row label + column label (FIGURES.md Tables; shared gold h23/h24 keep the column's year)
    return [
        F(a_anchor, a[0], a[1], "count", "con", subj + " năm 2022", Y22),
        F(b_anchor, b[0], b[1], "count", "con", subj + " năm 2023", Y23),
        F(c_anchor, c[0], c[1], "count", "con", subj + " kế hoạch 2024", K24, status="target"),
    ]


FIGS = [
    F("được 1.025 triệu con", "1.025", 1.025e9, "count", "con", "con giống các loại sản xuất", Y23,
      change=C("increase", 7.4, "%", "năm 2022"), percent=102.5),
    F("có 58 cơ sở", "58", 58, "count", "cơ sở", CS),
    F("Thọ Xuân (12 cơ sở)", "12", 12, "count", "cơ sở", CS, location="Thọ Xuân"),
    F("Yên Định (9 cơ sở)", "9", 9, "count", "cơ sở", CS, location="Yên Định"),
    F("Hoằng Hóa (8 cơ sở)", "8", 8, "count", "cơ sở", CS, location="Hoằng Hóa"),
]
FIGS += row("Cá trắm cỏ", ("265", 265e6), ("281", 281e6), ("290", 290e6),
            "Cá trắm cỏ\n265", "265\n281", "281\n290", "Cá trắm cỏ")
FIGS += row("Cá chép", ("198", 198e6), ("214", 214e6), ("225", 225e6),
            "Cá chép\n198", "198\n214", "214\n225", "Cá chép")
FIGS += row("Cá rô phi", ("240", 240e6), ("262", 262e6), ("280", 280e6),
            "Cá rô phi\n240", "240\n262", "262\n280", "Cá rô phi")
FIGS += row("Cá mè, cá trôi", ("251", 251e6), ("268", 268e6), ("275", 275e6),
            "cá trôi\n251", "251\n268", "268\n275", "Cá mè, cá trôi")
FIGS += row("Tổng số", ("954", 954e6), ("1.025", 1.025e9), ("1.070", 1.070e9),
            "Tổng số\n954", "954\n1.025", "1.025\n1.070", "Tổng số")
FIGS += [
    F("50.000-55.000 đồng/kg", "50.000", 50000, "money", "đồng/kg", "giá cá trắm cỏ giống", Y23, value_max=55000),
    F("250 đồng/con", "250", 250, "money", "đồng/con", "giá cá rô phi đơn tính giống", Y23),
    F("khoảng 185 tỷ đồng", "185", 185e9, "money", "đồng", "tổng doanh thu của các cơ sở", I(Y23), approx="about",
      status="estimate"),
    F("gần 1.200 lao động", "1.200", 1200, "count", "lao động", "lao động có việc làm", I(Y23), approx="nearly",
      status="estimate"),
    F("sản xuất 1.070 triệu con", "1.070", 1.070e9, "count", "con", "con giống sản xuất", Y24, status="target"),
    F("đơn tính 280 triệu con", "280", 280e6, "count", "con", "cá rô phi đơn tính", Y24, status="target",
      total=1.070e9),
    F("lên 80%", "80", 80, "percent", "%", "tỷ lệ cơ sở được cấp giấy chứng nhận đủ điều kiện", Y24, status="target"),
    F("khoảng 1,3 tỷ con", "1,3", 1.3e9, "count", "con", "nhu cầu con giống của tỉnh",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Chi cục Thủy sản Thanh Hóa (department site): giống thủy sản nước ngọt năm 2023, kế hoạch 2024. No dateline, so no published.",
    "Table pasted one cell per line: header cells Đối tượng / Năm 2022 / Năm 2023 / Kế hoạch 2024, then 5 rows of 4 cells;",
    "Đơn vị tính: triệu con; periods from the column headers; the Kế hoạch 2024 column is target. No totals on table cells.",
    "Distractors: Số 99 Lê Lai, 0237.3852.947, 0237.3855.114, Tổng lượt truy cập 1.204.337, Đang trực tuyến 27.",
    "District list after 'tập trung ở' (12+9+8=29 of 58): no total. 'đạt 102,5% kế hoạch' -> percent of 1.025 triệu.",
    "revised after the first run: table subjects are row label + column label (the gold had the row label only, and",
    "'Tổng số con giống' with words not in the table).",
    "'Hải Dương, Bắc Ninh' are the sources of imported seed, not places of any figure.",
]

write("p910-7", TEXT, FIGS, NOTES, location="Thanh Hóa")
