"""p1040-7: department site (Sở VHTTDL Quảng Ngãi), no dateline; Lễ hội đua thuyền Tứ linh Lý Sơn; one-cell-per-line table."""
from lib import F, P, Y, I, C, T, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH QUẢNG NGÃI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Lễ hội đua thuyền Tứ linh Lý Sơn: điểm nhấn du lịch đầu xuân

Lễ hội đua thuyền Tứ linh được tổ chức hằng năm vào dịp Tết Nguyên đán trên vùng biển huyện đảo Lý Sơn, đã được công nhận là Di sản văn hóa phi vật thể quốc gia theo Quyết định số 3654/QĐ-BVHTTDL. Năm 2024, lễ hội có 14 đội thuyền với 590 vận động viên, thu hút khoảng 32.500 lượt khách, tăng 30% so với năm 2023. Mỗi thuyền đua có 24 tay chèo và một người cầm lái.

Kết quả tổ chức lễ hội giai đoạn 2022-2024:

Chỉ tiêu
Năm 2022
Năm 2023
Năm 2024
Số đội thuyền (đội)
10
12
14
Vận động viên (người)
420
505
590
Lượt khách xem (nghìn lượt)
18
25
32,5
Kinh phí tổ chức (triệu đồng)
650
780
920

Trong kinh phí năm 2024, ngân sách tỉnh hỗ trợ 500 triệu đồng, chiếm 54,3%; phần còn lại do huyện và các doanh nghiệp tài trợ. Dịp lễ hội, các tàu cao tốc tuyến Sa Kỳ - Lý Sơn tăng lên 18 chuyến/ngày.

Mục tiêu năm 2025, huyện Lý Sơn tổ chức lễ hội với 16 đội thuyền, đón trên 40.000 lượt khách; tổng kinh phí dự kiến khoảng 1 tỷ đồng.

SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH QUẢNG NGÃI
Địa chỉ: 452 Quang Trung, phường Nguyễn Nghiêm, TP Quảng Ngãi
Điện thoại: 0255.3822.647 - Fax: 0255.3822.191
Tổng lượt truy cập: 1.284.906
"""

Y22, Y23, Y24, Y25 = Y(2022, "Năm 2022"), Y(2023, "Năm 2023"), Y(2024, "Năm 2024"), Y(2025)


def cells(rows):
    out = []
    for label, unit, kind, mult, items in rows:
        for (anchor, number), per in zip(items, (Y22, Y23, Y24)):
            v = float(number.replace(".", "").replace(",", ".")) * mult
            out.append(F(anchor, number, v, kind, unit, label, per))
    return out


FIGS = [
    F("có 14 đội thuyền", "14", 14, "count", "đội thuyền", "đội thuyền tham gia lễ hội", Y24),
    F("với 590 vận động viên", "590", 590, "count", "vận động viên", "vận động viên tham gia lễ hội", Y24),
    F("khoảng 32.500 lượt khách", "32.500", 32500, "count", "lượt khách", "lượt khách lễ hội thu hút", Y24,
      approx="about", change=C("increase", 30, "%", "năm 2023")),
    F("có 24 tay chèo", "24", 24, "count", "tay chèo", "tay chèo mỗi thuyền đua", optional=True),
    F("và một người cầm lái", "một", 1, "count", "người", "người cầm lái mỗi thuyền đua", optional=True),
] + cells([
    ("Số đội thuyền", "đội", "count", 1,
     [("(đội)\n10", "10"), ("10\n12", "12"), ("12\n14\nVận", "14")]),
    ("Vận động viên", "người", "count", 1,
     [("(người)\n420", "420"), ("505", "505"), ("505\n590", "590")]),
    ("Lượt khách xem", "lượt", "count", 1000,
     [("(nghìn lượt)\n18", "18"), ("18\n25", "25"), ("32,5\nKinh", "32,5")]),
    ("Kinh phí tổ chức", "đồng", "money", 1e6,
     [("(triệu đồng)\n650", "650"), ("780", "780"), ("780\n920", "920")]),
]) + [
    F("hỗ trợ 500 triệu đồng", "500", 500e6, "money", "đồng", "ngân sách tỉnh hỗ trợ kinh phí lễ hội",
      P("năm 2024", "2024-01-01", "2024-12-31"), percent=54.3),
    F("lên 18 chuyến/ngày", "18", 18, "measure", "chuyến/ngày", "tàu cao tốc tuyến Sa Kỳ - Lý Sơn dịp lễ hội"),
    F("với 16 đội thuyền", "16", 16, "count", "đội thuyền", "đội thuyền tham gia lễ hội", Y25, status="target"),
    F("trên 40.000 lượt khách", "40.000", 40000, "count", "lượt khách", "lượt khách lễ hội đón", Y25,
      approx="over", status="target"),
    F("khoảng 1 tỷ đồng", "1", 1e9, "money", "đồng", "tổng kinh phí tổ chức lễ hội", Y25, approx="about",
      status="forecast"),
]

NOTES = [
    "Sở VHTTDL Quảng Ngãi: Lễ hội đua thuyền Tứ linh Lý Sơn; no dateline (published null); one-cell-per-line table",
    "(Chỉ tiêu | Năm 2022 | Năm 2023 | Năm 2024; units in the row labels, '(nghìn lượt)' and '(triệu đồng)' multiply the cells).",
    "Location: the festival of huyện đảo Lý Sơn -> 'Lý Sơn' for all figures (the table describes the same festival).",
    "Not figures: 'Tứ linh' (a name), 'Quyết định số 3654/QĐ-BVHTTDL', 'giai đoạn 2022-2024', address, phone/fax, 'Tổng lượt truy cập'.",
    "Crew of a boat (24 tay chèo, một người cầm lái) optional. 'chiếm 54,3%' is the percent of 500 triệu.",
    "'Mục tiêu năm 2025' -> target for the clause and its continuation; 'tổng kinh phí dự kiến' -> forecast.",
]

write("p1040-7", TEXT, FIGS, NOTES, published=None, location="Lý Sơn")
