"""p482-7: Sở GTVT TP.HCM department site, no dateline — bus ridership 2021-2023, one-cell-per-line table."""
from lib import F, P, I, CH, TG, emit

TEXT = """SỞ GIAO THÔNG VẬN TẢI THÀNH PHỐ HỒ CHÍ MINH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Dịch vụ công trực tuyến

Hoạt động vận tải hành khách công cộng bằng xe buýt giai đoạn 2021-2023

Theo Trung tâm Quản lý giao thông công cộng thành phố, năm 2023 toàn thành phố có 131 tuyến xe buýt, trong đó 95 tuyến có trợ giá và 36 tuyến không trợ giá, với 2.214 phương tiện. Sản lượng năm 2023 đạt 205,4 triệu lượt khách, tăng 47,6% so với năm 2022 nhưng chỉ bằng 71% năm 2019.

Bảng 1. Sản lượng hành khách xe buýt
Đơn vị tính: triệu lượt khách
Chỉ tiêu
Năm 2021
Năm 2022
Năm 2023
Kế hoạch 2024
Tổng sản lượng
68,2
139,2
205,4
230
Tuyến có trợ giá
52,6
101,8
148,9
165
Tuyến không trợ giá
15,6
37,4
56,5
65

Năm 2023, ngân sách thành phố chi trợ giá xe buýt 1.097 tỷ đồng, giảm 9,2% so với năm 2022. Tốc độ khai thác bình quân 18,5 km/h, giờ cao điểm chỉ 12-14 km/h. Các tuyến số 152 (Khu dân cư Trung Sơn - Sân bay Tân Sơn Nhất) và số 109 lần lượt đạt 3,1 triệu và 2,4 triệu lượt khách.

Thành phố đặt mục tiêu đến năm 2025 có 100% xe buýt có trợ giá sử dụng năng lượng xanh; hiện mới có 214 xe buýt điện và 1.060 xe buýt CNG.

Địa chỉ: 63 Lý Tự Trọng, phường Bến Nghé, Quận 1
Điện thoại: (028) 3829.0451 - Tổng đài xe buýt: 1022
Tổng lượt truy cập: 5.482.117
"""

Y = {y: P(f"Năm {y}", f"{y}-01-01", f"{y}-12-31") for y in (2021, 2022, 2023)}
KH = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23c = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

COLS = [("năm 2021", Y[2021], None), ("năm 2022", Y[2022], None), ("năm 2023", Y[2023], None),
        ("kế hoạch 2024", KH, "target")]
ROWS = [
    ("Tổng sản lượng", "\nTổng sản lượng\n68,2\n139,2\n205,4\n230\n", ["68,2", "139,2", "205,4", "230"]),
    ("Tuyến có trợ giá", "\nTuyến có trợ giá\n52,6\n101,8\n148,9\n165\n", ["52,6", "101,8", "148,9", "165"]),
    ("Tuyến không trợ giá", "\nTuyến không trợ giá\n15,6\n37,4\n56,5\n65\n", ["15,6", "37,4", "56,5", "65"]),
]

TABLE = []
for label, block, cells in ROWS:
    assert block in TEXT, label
    for i, (cell, (cname, per, st)) in enumerate(zip(cells, COLS)):
        prev = cells[i - 1] if i else label
        nxt = cells[i + 1] if i + 1 < len(cells) else None
        anchor = f"{prev}\n{cell}\n" + (f"{nxt}" if nxt else "")
        if i + 1 == len(cells):
            anchor = f"{prev}\n{cell}\n"
        kw = {"status": st} if st else {}
        TABLE.append(F(anchor, cell, round(float(cell.replace(",", ".")) * 1e6), "count", "lượt khách",
                       subject=f"sản lượng hành khách xe buýt {label.lower()} {cname}", period=per, **kw))

FIGS = [
    F("có 131 tuyến", "131", 131, "count", "tuyến", subject="tuyến xe buýt", period=Y23),
    F("95 tuyến có trợ giá", "95", 95, "count", "tuyến", total=131, subject="tuyến có trợ giá", period=Y23),
    F("36 tuyến không trợ giá", "36", 36, "count", "tuyến", total=131, subject="tuyến không trợ giá", period=Y23),
    F("2.214 phương tiện", "2.214", 2214, "count", "phương tiện", subject="phương tiện xe buýt", period=Y23),
    F("đạt 205,4 triệu", "205,4", 205400000, "count", "lượt khách", percent=71,
      change=CH("increase", 47.6, baseline="năm 2022"), subject="sản lượng xe buýt", period=Y23),
] + TABLE + [
    F("xe buýt 1.097 tỷ đồng", "1.097", 1097000000000, "money", "đồng",
      change=CH("decrease", 9.2, baseline="năm 2022"), subject="ngân sách thành phố chi trợ giá xe buýt", period=Y23c),
    F("bình quân 18,5 km/h", "18,5", 18.5, "measure", "km/h", subject="tốc độ khai thác bình quân", period=I(Y23c)),
    F("chỉ 12-14 km/h", "12", 12, "measure", "km/h", value_max=14, subject="tốc độ khai thác giờ cao điểm",
      period=I(Y23c)),
    F("đạt 3,1 triệu", "3,1", 3100000, "count", "lượt khách",
      subject="lượt khách tuyến số 152 (Khu dân cư Trung Sơn - Sân bay Tân Sơn Nhất)", period=I(Y23c)),
    F("và 2,4 triệu", "2,4", 2400000, "count", "lượt khách", subject="lượt khách tuyến số 109", period=I(Y23c)),
    F("có 100% xe buýt", "100", 100, "percent", "%", status="target",
      subject="xe buýt có trợ giá sử dụng năng lượng xanh", period=T25),
    F("có 214 xe buýt điện", "214", 214, "count", "xe buýt điện", subject="xe buýt điện"),
    F("và 1.060 xe buýt CNG", "1.060", 1060, "count", "xe buýt CNG", subject="xe buýt CNG"),
]

COMMENTS = [
    "Sở GTVT TP.HCM (department site, no dateline, visit counter in the footer): xe buýt 2021-2023, one-cell-per-line table.",
    "Table: 'Đơn vị tính: triệu lượt khách' → ×10^6, unit 'lượt khách'; period from the column headers (scored, as shared h23);",
    "'Kế hoạch 2024' column → status target. Subject = indicator + row label + column label. No total from the 'Tổng sản lượng' row.",
    "'trong đó 95 … và 36 …' parts of 131 tuyến. 'lần lượt đạt 3,1 triệu và 2,4 triệu' → two figures, multiplier on both.",
    "Distractors: 'giai đoạn 2021-2023', 'Bảng 1', route numbers 152/109, '63 Lý Tự Trọng', 'Quận 1', phone, 'Tổng đài xe buýt: 1022',",
    "'Tổng lượt truy cập: 5.482.117'. No published date.",
]

if __name__ == "__main__":
    emit("p482-7", TEXT, COMMENTS, FIGS, published=None, location="TP Hồ Chí Minh")
