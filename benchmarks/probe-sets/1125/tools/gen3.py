"""p1125-3: formal report (UBND tỉnh Phú Yên) on areca production and sales 2022, flattened '|' table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH PHÚ YÊN
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Yên, ngày 20 tháng 12 năm 2022

BÁO CÁO
Tình hình sản xuất, tiêu thụ cau năm 2022 và kế hoạch năm 2023

I. KẾT QUẢ SẢN XUẤT
1. Diện tích, sản lượng
Năm 2022, toàn tỉnh có 3.415 ha cau, tăng 640 ha so với năm 2021, đạt 113,8% kế hoạch; diện tích cho sản phẩm 2.530 ha; sản lượng ước đạt 12.900 tấn. Năng suất bình quân đạt 5,1 tấn/ha.

2. Diện tích, sản lượng theo địa phương
Đơn vị tính: diện tích - ha; sản lượng - tấn
Địa phương | Diện tích | Diện tích cho sản phẩm | Sản lượng
Huyện Sơn Hòa | 1.120 | 860 | 4.380
Huyện Sông Hinh | 905 | 672 | 3.420
Huyện Đồng Xuân | 760 | 551 | 2.810
Huyện Tây Hòa | 390 | 285 | 1.450
Địa phương khác | 240 | 162 | 840
Tổng cộng | 3.415 | 2.530 | 12.900

II. TÌNH HÌNH TIÊU THỤ
Giá cau tươi bình quân năm 2022 đạt 28.000 đồng/kg, cao nhất vào tháng 8 với 42.000 đồng/kg. Toàn tỉnh có 23 cơ sở thu mua, sấy cau, trong đó 9 cơ sở có lò sấy công suất trên 10 tấn/ngày. Khoảng 85% sản lượng cau khô được xuất sang Trung Quốc qua cửa khẩu Tân Thanh (Lạng Sơn).

III. KẾ HOẠCH NĂM 2023
Phấn đấu giữ ổn định diện tích 3.500 ha, sản lượng đạt 13.500 tấn; xây dựng 2 chuỗi liên kết sản xuất - tiêu thụ cau với quy mô 150 ha.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Các sở: NN&PTNT, Công Thương;
- Lưu: VT, KT2.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đào Minh Hưng
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y22B = P("năm 2022", "2022-01-01", "2022-12-31")
AUG = P("tháng 8", "2022-08-01", "2022-08-31")
PLAN = P("KẾ HOẠCH NĂM 2023", "2023-01-01", "2023-12-31", inherited=True)

COLS = {"Diện tích": ("ha", "diện tích cau"),
        "Diện tích cho sản phẩm": ("ha", "diện tích cau cho sản phẩm"),
        "Sản lượng": ("tấn", "sản lượng cau")}


def cell(anchor, number, value, row, col):
    unit, subj = COLS[col]
    place = {"Huyện Sơn Hòa": "Sơn Hòa", "Huyện Sông Hinh": "Sông Hinh", "Huyện Đồng Xuân": "Đồng Xuân",
             "Huyện Tây Hòa": "Tây Hòa"}.get(row)
    kw = {"location": place} if place else {}
    subject = subj if place else f"{subj} {row.lower()}"
    return F(anchor, number, value, "measure", unit, subject=subject, period=I(Y22), **kw)


FIGS = [
    F("có 3.415 ha", "3.415", 3415, "measure", "ha", percent=113.8,
      change=C("increase", 640, "ha", "năm 2021"), subject="diện tích cau", period=Y22),
    F("sản phẩm 2.530 ha", "2.530", 2530, "measure", "ha", subject="diện tích cau cho sản phẩm", period=Y22),
    F("ước đạt 12.900 tấn", "12.900", 12900, "measure", "tấn", status="estimate", subject="sản lượng cau",
      period=Y22),
    F("đạt 5,1 tấn/ha", "5,1", 5.1, "measure", "tấn/ha", subject="năng suất cau bình quân", period=I(Y22)),
    cell("Sơn Hòa | 1.120", "1.120", 1120, "Huyện Sơn Hòa", "Diện tích"),
    cell("1.120 | 860", "860", 860, "Huyện Sơn Hòa", "Diện tích cho sản phẩm"),
    cell("860 | 4.380", "4.380", 4380, "Huyện Sơn Hòa", "Sản lượng"),
    cell("Hinh | 905", "905", 905, "Huyện Sông Hinh", "Diện tích"),
    cell("905 | 672", "672", 672, "Huyện Sông Hinh", "Diện tích cho sản phẩm"),
    cell("672 | 3.420", "3.420", 3420, "Huyện Sông Hinh", "Sản lượng"),
    cell("Xuân | 760", "760", 760, "Huyện Đồng Xuân", "Diện tích"),
    cell("760 | 551", "551", 551, "Huyện Đồng Xuân", "Diện tích cho sản phẩm"),
    cell("551 | 2.810", "2.810", 2810, "Huyện Đồng Xuân", "Sản lượng"),
    cell("Tây Hòa | 390", "390", 390, "Huyện Tây Hòa", "Diện tích"),
    cell("390 | 285", "285", 285, "Huyện Tây Hòa", "Diện tích cho sản phẩm"),
    cell("285 | 1.450", "1.450", 1450, "Huyện Tây Hòa", "Sản lượng"),
    cell("khác | 240", "240", 240, "Địa phương khác", "Diện tích"),
    cell("240 | 162", "162", 162, "Địa phương khác", "Diện tích cho sản phẩm"),
    cell("162 | 840", "840", 840, "Địa phương khác", "Sản lượng"),
    cell("Tổng cộng | 3.415", "3.415", 3415, "Tổng cộng", "Diện tích"),
    cell("3.415 | 2.530", "2.530", 2530, "Tổng cộng", "Diện tích cho sản phẩm"),
    cell("2.530 | 12.900", "12.900", 12900, "Tổng cộng", "Sản lượng"),
    F("đạt 28.000 đồng/kg", "28.000", 28000, "money", "đồng/kg", subject="giá cau tươi bình quân", period=Y22B),
    F("với 42.000 đồng/kg", "42.000", 42000, "money", "đồng/kg", subject="giá cau tươi cao nhất", period=AUG),
    F("có 23 cơ sở", "23", 23, "count", "cơ sở", subject="cơ sở thu mua, sấy cau"),
    F("9 cơ sở", "9", 9, "count", "cơ sở", total=23, subject="cơ sở có lò sấy công suất trên 10 tấn/ngày"),
    F("trên 10 tấn/ngày", "10", 10, "measure", "tấn/ngày", approx="over", optional=True,
      subject="công suất lò sấy"),
    F("Khoảng 85%", "85", 85, "percent", "%", approx="about",
      subject="tỷ lệ sản lượng cau khô xuất sang Trung Quốc", period=I(Y22)),
    F("diện tích 3.500 ha", "3.500", 3500, "measure", "ha", status="target", subject="diện tích cau giữ ổn định",
      period=PLAN),
    F("đạt 13.500 tấn", "13.500", 13500, "measure", "tấn", status="target", subject="sản lượng cau", period=PLAN),
    F("xây dựng 2 chuỗi", "2", 2, "count", "chuỗi liên kết", status="target",
      subject="chuỗi liên kết sản xuất - tiêu thụ cau", period=PLAN),
    F("quy mô 150 ha", "150", 150, "measure", "ha", status="target",
      subject="quy mô chuỗi liên kết sản xuất - tiêu thụ cau", period=PLAN),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH PHÚ YÊN', 'Số: 318/BC-UBND', 'Phú Yên, ngày 20 tháng 12 năm 2022' (published).",
    "Flattened '|' table, 'Đơn vị tính: diện tích - ha; sản lượng - tấn', header row, 'Tổng cộng' row. Row labels are districts",
    "(location, not subject); 'Địa phương khác' and 'Tổng cộng' rows stay at Phú Yên with the row label in the subject. Cells get the",
    "period of the report (năm 2022) as inherited, no totals, status actual (no Ước column).",
    "'đạt 113,8% kế hoạch' is the percent of 3.415 ha; 'tăng 640 ha so với năm 2021' its change. '; diện tích cho sản phẩm 2.530 ha'",
    "has no part-of cue: no total. '9 cơ sở' follows 'trong đó': total 23. 'công suất trên 10 tấn/ngày' is a category threshold (optional).",
    "Section III heading 'KẾ HOẠCH NĂM 2023' gives the targets' period (inherited). Distractors: Số: 318/BC-UBND, section numbers,",
    "'Lưu: VT, KT2', 'cửa khẩu Tân Thanh (Lạng Sơn)' (a trade route, not the place of the figure).",
]

if __name__ == "__main__":
    write("p1125-3", TEXT, NOTES, FIGS, published="2022-12-20", location="Phú Yên")
