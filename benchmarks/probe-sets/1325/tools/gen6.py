"""p1325-6: department site (Sở Du lịch TP Hồ Chí Minh), no dateline: food streets, one-cell-per-line table with a district column."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ DU LỊCH THÀNH PHỐ HỒ CHÍ MINH
Giới thiệu | Tin tức - Sự kiện | Sản phẩm du lịch | Văn bản | Liên hệ

Phố ẩm thực - điểm nhấn của du lịch đêm thành phố

Thực hiện Kế hoạch số 2417/KH-SDL về phát triển sản phẩm du lịch đêm, thành phố hiện có 10 tuyến phố ẩm thực được công nhận, thu hút bình quân 30.000-35.000 lượt khách mỗi tuần. Các tuyến phố mở cửa từ 17 giờ đến 24 giờ hằng ngày, riêng tối thứ Bảy kéo dài đến 2 giờ sáng.

Kết quả hoạt động một số tuyến phố ẩm thực tiêu biểu năm 2023
Tuyến phố
Quận
Số hàng quán
Lượt khách (nghìn lượt)
Doanh thu (tỷ đồng)
Vĩnh Khánh
Quận 4
126
520
95,4
Hồ Thị Kỷ
Quận 3
84
310
41,2
Phan Xích Long
Phú Nhuận
72
265
58,7
Nguyễn Thượng Hiền
Quận 3
45
118
16,3
Tổng cộng
327
1.213
211,6

Phố Vĩnh Khánh (Quận 4) được tạp chí Time Out xếp thứ 11 trong danh sách những con phố thú vị nhất thế giới năm 2024. 9 tháng đầu năm 2024, tuyến phố đón khoảng 480 nghìn lượt khách, trong đó khách quốc tế chiếm gần 40%.

Năm 2025, Sở phấn đấu công nhận thêm 3 tuyến phố ẩm thực, nâng tổng số lên 13 tuyến; dự kiến tổ chức Lễ hội Ẩm thực đường phố lần thứ 2 với khoảng 150 gian hàng.

Liên kết website | Sơ đồ trang
Địa chỉ: 140 Nguyễn Thị Minh Khai, Phường 6, Quận 3, TP Hồ Chí Minh
Điện thoại: (028) 3930.5711
Lượt truy cập: 1.204.663
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
N9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

# column: (label for subject, kind, unit, multiplier)
COLS = [("số hàng quán", "count", "hàng quán", 1), ("lượt khách", "count", "lượt khách", 1e3),
        ("doanh thu", "money", "đồng", 1e9)]
ROWS = [("Vĩnh Khánh", "Quận 4", ["126", "520", "95,4"]),
        ("Hồ Thị Kỷ", "Quận 3", ["84", "310", "41,2"]),
        ("Phan Xích Long", "Phú Nhuận", ["72", "265", "58,7"]),
        ("Nguyễn Thượng Hiền", "Quận 3", ["45", "118", "16,3"]),
        ("Tổng cộng", None, ["327", "1.213", "211,6"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for street, district, cells in ROWS:
    prev = district or street
    for (col, kind, unit, mult), n in zip(COLS, cells):
        kw = {"location": district} if district else {}
        subj = f"{col} tuyến phố ẩm thực tổng cộng" if street == "Tổng cộng" else f"{col} phố {street}"
        CELLS.append(fig(f"{prev}\n{n}", n, num(n) * mult, kind, unit, subject=subj, period=Y23, **kw))
        prev = n

FIGS = [
    fig("có 10 tuyến phố", "10", 10, "count", "tuyến phố ẩm thực", subject="tuyến phố ẩm thực được công nhận"),
    fig("30.000-35.000", "30.000", 30000, "measure", "lượt khách/tuần", value_max=35000,
        subject="lượt khách các tuyến phố ẩm thực thu hút bình quân mỗi tuần"),
] + CELLS + [
    fig("xếp thứ 11", "11", 11, "rank", "hạng", subject="những con phố thú vị nhất thế giới", period=Y24,
        location="Quận 4"),
    fig("khoảng 480 nghìn", "480", 480000, "count", "lượt khách", approx="about",
        subject="lượt khách tuyến phố Vĩnh Khánh đón", period=N9, location="Quận 4"),
    fig("chiếm gần 40%", "40", 40, "percent", "%", approx="nearly",
        subject="khách quốc tế trong lượt khách phố Vĩnh Khánh", period=N9, location="Quận 4"),
    fig("thêm 3 tuyến", "3", 3, "count", "tuyến phố ẩm thực", status="target",
        subject="tuyến phố ẩm thực công nhận thêm", period=Y25),
    fig("lên 13 tuyến", "13", 13, "count", "tuyến", status="target", subject="tổng số tuyến phố ẩm thực",
        period=Y25),
    fig("khoảng 150 gian hàng", "150", 150, "count", "gian hàng", approx="about", status="forecast",
        subject="gian hàng Lễ hội Ẩm thực đường phố", period=Y25),
]

NOTES = [
    "Department site (Sở Du lịch TP Hồ Chí Minh), no dateline: menu, footer address, phone, 'Lượt truy cập'. published absent.",
    "Distractors: Kế hoạch số 2417/KH-SDL, the district names 'Quận 4'/'Quận 3' (table column, text, footer), 'Phường 6', '140 Nguyễn Thị Minh Khai',",
    "'(028) 3930.5711', 'Lượt truy cập: 1.204.663', 'lần thứ 2', 'Time Out' list year, opening hours 'từ 17 giờ đến 24 giờ', 'đến 2 giờ sáng' (times of day).",
    "'30.000-35.000 lượt khách mỗi tuần' is a rate (lượt khách/tuần), range; 'hiện' gives no period.",
    "One-cell-per-line table; caption 'năm 2023' gives every cell its period (scored: the caption belongs to the table); the Quận",
    "column is the place of each row (location, not subject); 'Tổng cộng' row is the city. Units from the headers: (nghìn lượt) x1000,",
    "(tỷ đồng) x1e9. Cells get no total.",
    "'Phố Vĩnh Khánh (Quận 4)' passage: location Quận 4; the rank's period is the list's 'năm 2024'. 'chiếm gần 40%' has no base: percent figure.",
    "'phấn đấu' → target for both clauses before ';'; 'dự kiến' → forecast; 'Năm 2025' governs the whole sentence.",
]

if __name__ == "__main__":
    write("p1325-6", TEXT, NOTES, FIGS, location="TP Hồ Chí Minh")
