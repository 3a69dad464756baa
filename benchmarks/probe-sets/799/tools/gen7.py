"""p799-7: department site (Sở Công Thương Nghệ An), no dateline, one-cell-per-line table."""
from lib import F, P, I, C, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH NGHỆ AN
Trang chủ | Giới thiệu | Tin tức | Khuyến công | Liên hệ

Khuyến công tiếp sức cho các làng nghề nón lá

Năm 2023, sản lượng nón lá của các làng nghề trên địa bàn tỉnh đạt 628 nghìn chiếc, tăng 5,9% so với năm 2022. Giá trị sản xuất đạt 27,6 tỷ đồng; thu nhập bình quân của lao động làm nón khoảng 2,9 triệu đồng/người/tháng.

Toàn tỉnh có 7 làng nghề nón lá với 1.940 lao động, tập trung ở các huyện Yên Thành (4 làng), Diễn Châu (2 làng) và Quỳnh Lưu (1 làng).

Sản lượng nón lá của các làng nghề
Đơn vị tính: nghìn chiếc
Địa phương
Năm 2022
Năm 2023
Kế hoạch 2024
Yên Thành
312
348
380
Diễn Châu
185
176
190
Quỳnh Lưu
96
104
115
Tổng cộng
593
628
685

Năm 2023, Trung tâm Khuyến công và Tư vấn phát triển công nghiệp đã hỗ trợ 3 cơ sở đầu tư máy ép vành, máy khâu nón với tổng kinh phí 420 triệu đồng; mở 4 lớp truyền nghề cho 120 học viên, trong đó 96 học viên đã có việc làm ổn định.

Năm 2024, các làng nghề phấn đấu đạt sản lượng 685 nghìn chiếc, trong đó nón xuất khẩu chiếm 15%. Sở Công Thương dự kiến hỗ trợ thêm khoảng 500 triệu đồng để xây dựng nhãn hiệu "Nón lá Yên Thành".

Sở Công Thương tỉnh Nghệ An
Địa chỉ: số 4 đường Phan Đăng Lưu, phường Trường Thi, TP. Vinh
Điện thoại: 0238.3844.372 - Fax: 0238.3844.366
Lượt truy cập: 1.204.557
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
KH = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Yên Thành", "Yên Thành\n312", "312", 312, "312\n348", "348", 348, "348\n380", "380", 380),
    ("Diễn Châu", "Diễn Châu\n185", "185", 185, "185\n176", "176", 176, "176\n190", "190", 190),
    ("Quỳnh Lưu", "Quỳnh Lưu\n96", "96", 96, "96\n104", "104", 104, "104\n115", "115", 115),
    (None, "Tổng cộng\n593", "593", 593, "593\n628", "628", 628, "628\n685", "685", 685),
]
TABLE = []
for place, a1, n1, v1, a2, n2, v2, a3, n3, v3 in ROWS:
    loc = {"location": place} if place else {}
    TABLE += [
        F(a1, n1, v1 * 1000, "count", "chiếc", "sản lượng nón lá năm 2022", Y22, **loc),
        F(a2, n2, v2 * 1000, "count", "chiếc", "sản lượng nón lá năm 2023", Y23, **loc),
        F(a3, n3, v3 * 1000, "count", "chiếc", "sản lượng nón lá kế hoạch 2024", KH, status="target", **loc),
    ]

FIGS = [
    F("đạt 628 nghìn chiếc", "628", 628_000, "count", "chiếc", "sản lượng nón lá của các làng nghề", Y23,
      change=C("increase", 5.9, "%", "năm 2022")),
    F("đạt 27,6 tỷ đồng", "27,6", 27.6e9, "money", "đồng", "giá trị sản xuất nón lá", I(Y23)),
    F("khoảng 2,9 triệu đồng/người/tháng", "2,9", 2.9e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của lao động làm nón", I(Y23), approx="about"),
    F("có 7 làng nghề nón lá", "7", 7, "count", "làng nghề", "làng nghề nón lá"),
    F("1.940 lao động", "1.940", 1940, "count", "lao động", "lao động làng nghề nón lá"),
    F("Yên Thành (4 làng)", "4", 4, "count", "làng", "làng nghề nón lá", total=7, location="Yên Thành"),
    F("Diễn Châu (2 làng)", "2", 2, "count", "làng", "làng nghề nón lá", total=7, location="Diễn Châu"),
    F("Quỳnh Lưu (1 làng)", "1", 1, "count", "làng", "làng nghề nón lá", total=7, location="Quỳnh Lưu"),
] + TABLE + [
    F("hỗ trợ 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở được hỗ trợ đầu tư máy ép vành, máy khâu nón", Y23),
    F("420 triệu đồng", "420", 420e6, "money", "đồng", "kinh phí hỗ trợ đầu tư máy móc", Y23),
    F("mở 4 lớp", "4", 4, "count", "lớp", "lớp truyền nghề", Y23),
    F("cho 120 học viên", "120", 120, "count", "học viên", "học viên lớp truyền nghề", Y23),
    F("trong đó 96 học viên", "96", 96, "count", "học viên", "học viên đã có việc làm ổn định", Y23, total=120),
    F("sản lượng 685 nghìn chiếc", "685", 685_000, "count", "chiếc", "sản lượng nón lá", Y24, status="target"),
    F("chiếm 15%", "15", 15, "percent", "%", "nón xuất khẩu trong sản lượng", Y24, status="target"),
    F("khoảng 500 triệu đồng", "500", 500e6, "money", "đồng", "kinh phí hỗ trợ xây dựng nhãn hiệu Nón lá Yên Thành",
      I(Y24), approx="about", status="forecast"),
]

NOTES = [
    "Department site (Sở Công Thương Nghệ An) with no dateline: published absent. Footer address 'số 4 đường Phan Đăng Lưu',",
    "phone and fax numbers and 'Lượt truy cập: 1.204.557' are not figures.",
    "One-cell-per-line table: 'Đơn vị tính: nghìn chiếc' gives ×1000; district rows go to location; 'Tổng cộng' keeps Nghệ An;",
    "periods from the column headers (scored); 'Kế hoạch 2024' gives status target. The district list in brackets adds up to 7.",
    "The 500 triệu sentence has no period phrase of its own; it continues the 2024 plan (inherited).",
]

if __name__ == "__main__":
    write("p799-7", TEXT, FIGS, NOTES, location="Nghệ An")
