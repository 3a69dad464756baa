"""p543-7: department site (Sở GTVT Lâm Đồng), no dateline, one-cell-per-line table; Liên Khương airport 2023."""
from lib import F, P, I, CH, emit

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH LÂM ĐỒNG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Cảng hàng không Liên Khương: sản lượng khách năm 2023 tăng 7,8%

Năm 2023, Cảng hàng không Liên Khương đón 1,83 triệu lượt khách, tăng 7,8% so với năm 2022; bình quân mỗi ngày có khoảng 58 chuyến bay cất, hạ cánh. Hàng hóa thông qua cảng đạt 2.417 tấn. Hiện cảng khai thác 9 đường bay nội địa và 1 đường bay quốc tế thường lệ đến Seoul.

Sản lượng hành khách theo hãng hàng không như sau:

Đơn vị tính: lượt khách

Hãng hàng không
Năm 2022
Năm 2023
Kế hoạch 2024
Vietnam Airlines
742.180
865.400
900.000
Vietjet Air
698.350
812.760
850.000
Bamboo Airways
215.900
96.120
80.000
Vietravel Airlines
38.470
52.300
60.000
Tổng cộng
1.694.900
1.826.580
1.890.000

Năm 2023, Vietnam Airlines và Vietjet Air lần lượt chiếm 47,4% và 44,5% thị phần hành khách tại Cảng.

Nhà ga hành khách hiện có công suất 2 triệu khách/năm, thường xuyên quá tải vào giờ cao điểm. Tỉnh đã đề xuất Bộ Giao thông vận tải đầu tư mở rộng nhà ga lên 5 triệu khách/năm với kinh phí khoảng 1.900 tỷ đồng. Mục tiêu đến năm 2030, Cảng đón 5 triệu lượt khách, trong đó khách quốc tế khoảng 1 triệu lượt.

Địa chỉ: số 6 đường Trần Hưng Đạo, Phường 10, TP. Đà Lạt. Điện thoại: 0263.3822.112
Tổng số lượt truy cập: 2.846.159
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
KH = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")


def row(label, cells):
    out = []
    for (anchor, number, value), per in zip(cells, (Y22, Y23, KH)):
        kw = {"status": "target"} if per is KH else {}
        subj = f"sản lượng hành khách {label} {per['text'].lower()}"
        out.append(F(anchor, number, value, "count", "lượt khách", subj, per, **kw))
    return out


FIGS = [
    F("năm 2023 tăng 7,8%", "7,8", 7.8, "percent", "%",
      "sản lượng khách Cảng hàng không Liên Khương", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("đón 1,83 triệu lượt khách", "1,83", 1830000, "count", "lượt khách",
      "lượt khách Cảng hàng không Liên Khương đón", Y23, change=CH("increase", 7.8, baseline="năm 2022")),
    F("khoảng 58 chuyến bay", "58", 58, "count", "chuyến bay",
      "chuyến bay cất, hạ cánh bình quân mỗi ngày", Y23, approx="about"),
    F("đạt 2.417 tấn", "2.417", 2417, "measure", "tấn", "hàng hóa thông qua cảng", I(Y23)),
    F("khai thác 9 đường bay", "9", 9, "count", "đường bay", "đường bay nội địa cảng khai thác"),
    F("và 1 đường bay", "1", 1, "count", "đường bay", "đường bay quốc tế thường lệ"),
] + (
    row("Vietnam Airlines", [("742.180", "742.180", 742180), ("865.400", "865.400", 865400), ("900.000", "900.000", 900000)])
    + row("Vietjet Air", [("698.350", "698.350", 698350), ("812.760", "812.760", 812760), ("850.000", "850.000", 850000)])
    + row("Bamboo Airways", [("215.900", "215.900", 215900), ("96.120", "96.120", 96120), ("\n80.000", "80.000", 80000)])
    + row("Vietravel Airlines", [("38.470", "38.470", 38470), ("52.300", "52.300", 52300), ("\n60.000", "60.000", 60000)])
    + row("tổng cộng", [("1.694.900", "1.694.900", 1694900), ("1.826.580", "1.826.580", 1826580), ("1.890.000", "1.890.000", 1890000)])
) + [
    F("chiếm 47,4%", "47,4", 47.4, "percent", "%", "thị phần hành khách tại Cảng của Vietnam Airlines", Y23),
    F("và 44,5%", "44,5", 44.5, "percent", "%", "thị phần hành khách tại Cảng của Vietjet Air", Y23),
    F("công suất 2 triệu khách/năm", "2", 2000000, "measure", "khách/năm", "công suất nhà ga hành khách hiện có"),
    F("lên 5 triệu khách/năm", "5", 5000000, "measure", "khách/năm", "công suất nhà ga sau mở rộng đề xuất"),
    F("khoảng 1.900 tỷ đồng", "1.900", 1900000000000, "money", "đồng",
      "kinh phí đầu tư mở rộng nhà ga đề xuất", approx="about"),
    F("đón 5 triệu lượt khách", "5", 5000000, "count", "lượt khách", "lượt khách Cảng đón", T30, status="target"),
    F("khoảng 1 triệu lượt", "1", 1000000, "count", "lượt", "khách quốc tế", T30,
      approx="about", total=5000000, status="target"),
]

COMMENTS = [
    "Department site (Sở GTVT Lâm Đồng), no dateline, menu line, visit counter in the footer: Liên Khương airport 2023.",
    "One-cell-per-line table with 'Đơn vị tính: lượt khách': rows are airlines (subjects, not places), columns Năm 2022 | Năm 2023 |",
    "Kế hoạch 2024 (period from the header, scored; plan column = target). Airline rows carry no total: no cue ties them to 'Tổng cộng'.",
    "Location Lâm Đồng (named in the site header). 'lần lượt chiếm 47,4% và 44,5% thị phần' gives two percent figures.",
    "The proposed expansion (đề xuất) has no status cue: actual. Not figures: 'Phường 10', 'số 6', phone, 'Tổng số lượt truy cập: 2.846.159'.",
]

if __name__ == "__main__":
    emit("p543-7", TEXT, COMMENTS, FIGS, published=None, location="Lâm Đồng")
