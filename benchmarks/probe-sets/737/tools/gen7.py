from lib import *

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH TUYÊN QUANG
Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Khu du lịch suối khoáng Mỹ Lâm: lượng khách tăng qua từng năm

Khu du lịch suối khoáng Mỹ Lâm (thành phố Tuyên Quang) nằm cách trung tâm thành phố 15 km theo Quốc lộ 2. Nguồn nước khoáng tại đây có nhiệt độ ổn định 68 độ C. Khu du lịch được UBND tỉnh công nhận là khu du lịch cấp tỉnh theo Quyết định số 612/QĐ-UBND ngày 28/12/2021. Số liệu lượt khách của các cơ sở tắm khoáng chính như sau:

Bảng 2. Lượt khách tại các cơ sở tắm khoáng Mỹ Lâm
Đơn vị tính: lượt khách

Cơ sở
Năm 2022
Năm 2023
Kế hoạch 2024
Khách sạn Suối khoáng Mỹ Lâm
48.250
63.400
70.000
Mỹ Lâm Onsen Resort
31.700
52.150
65.000
Các cơ sở tư nhân
20.550
24.950
30.000
Tổng cộng
100.500
140.500
165.000

Năm 2023, tổng doanh thu từ dịch vụ tắm khoáng đạt 86,7 tỷ đồng, tăng 45,2% so với năm 2022; giá vé bình quân khoảng 180.000 đồng/lượt. Mỹ Lâm Onsen Resort hiện có 135 phòng, trong đó 40 phòng có bồn khoáng riêng. Dịp Lễ hội Thành Tuyên lần thứ 8 năm 2023, các cơ sở giảm giá vé 20% cho khách đoàn.

Thành phố phấn đấu đến năm 2025 đón 200.000 lượt khách tắm khoáng, trong đó khách lưu trú chiếm trên 30%.

Địa chỉ: Số 8, đường 17/8, phường Minh Xuân, TP Tuyên Quang. Điện thoại: 0207.3822.461
Tổng số lượt truy cập: 1.482.306
"""

COLS = ((P("Năm 2022", "2022-01-01", "2022-12-31"), None, "năm 2022"),
        (P("Năm 2023", "2023-01-01", "2023-12-31"), None, "năm 2023"),
        (P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target", "kế hoạch 2024"))


def row(label, cells):
    out = []
    for (anc, num), (per, st, col) in zip(cells, COLS):
        kw = {"status": st} if st else {}
        out.append(F(anc, num, parse_num(num), "count", "lượt khách", f"lượt khách {label} {col}", per, **kw))
    return out


FIGS = [
    F("15 km", "15", 15, "measure", "km", "khoảng cách từ Khu du lịch suối khoáng Mỹ Lâm đến trung tâm thành phố"),
    F("68 độ C", "68", 68, "measure", "độ C", "nhiệt độ nguồn nước khoáng"),
]
FIGS += row("Khách sạn Suối khoáng Mỹ Lâm", [("Mỹ Lâm\n48.250", "48.250"), ("\n63.400", "63.400"), ("\n70.000", "70.000")])
FIGS += row("Mỹ Lâm Onsen Resort", [("Resort\n31.700", "31.700"), ("\n52.150", "52.150"), ("\n65.000", "65.000")])
FIGS += row("các cơ sở tư nhân", [("\n20.550", "20.550"), ("\n24.950", "24.950"), ("\n30.000", "30.000")])
FIGS += row("tổng cộng", [("\n100.500", "100.500"), ("\n140.500", "140.500"), ("\n165.000", "165.000")])
FIGS += [
    F("86,7 tỷ đồng", "86,7", 86.7e9, "money", "đồng", "tổng doanh thu từ dịch vụ tắm khoáng", P("Năm 2023", "2023-01-01", "2023-12-31"),
      change=CH("increase", 45.2, baseline="năm 2022")),
    F("khoảng 180.000", "180.000", 180000, "money", "đồng/lượt", "giá vé bình quân", P("Năm 2023", "2023-01-01", "2023-12-31"),
      approx="about"),
    F("135 phòng", "135", 135, "count", "phòng", "phòng Mỹ Lâm Onsen Resort"),
    F("40 phòng", "40", 40, "count", "phòng", "phòng có bồn khoáng riêng", total=135),
    F("giảm giá vé 20%", "20", 20, "percent", "%", "mức giảm giá vé cho khách đoàn", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("200.000 lượt", "200.000", 200000, "count", "lượt khách", "lượt khách tắm khoáng", P("đến năm 2025", None, "2025-12-31"),
      status="target"),
    F("trên 30%", "30", 30, "percent", "%", "tỷ lệ khách lưu trú", P("đến năm 2025", None, "2025-12-31"), approx="over",
      status="target"),
]

COMMENTS = [
    "Department site (Sở VHTTDL Tuyên Quang) with no dateline; menu line, address and visit counter in the footer.",
    "One-cell-per-line table with 'Đơn vị tính: lượt khách'; columns Năm 2022 / Năm 2023 / Kế hoạch 2024 (target) give period and status.",
    "Row labels are facilities (not places): they go into the subject; location is Tuyên Quang throughout (thành phố Tuyên Quang).",
    "The 'Tổng cộng' row is a figure row of its own; no total attribute is set on the facility cells (no textual part cue).",
    "'giảm giá vé 20%' is a rate that is the claim: a percent figure without change.",
    "'trong đó 40 phòng' → total 135. Not figures: Quyết định số 612/QĐ-UBND ngày 28/12/2021, 'lần thứ 8', 'Bảng 2', Quốc lộ 2, 'đường 17/8' (a street named after a date), Số 8,",
    "phone 0207.3822.461, 'Tổng số lượt truy cập: 1.482.306'.",
]

emit("p737-7", TEXT, COMMENTS, FIGS, location="Tuyên Quang")
