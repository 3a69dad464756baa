"""p723-7: Chi cục Thủy sản Kiên Giang (department site, no dateline), landed volume by port, one cell per line."""
from lib import F, P, I, CH, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH KIÊN GIANG
Chi cục Thủy sản
Trang chủ / Hoạt động chuyên ngành

Hoạt động của các cảng cá giai đoạn 2022-2023 và kế hoạch năm 2024

Kiên Giang hiện có 5 cảng cá đang hoạt động, gồm 3 cảng cá loại I và 2 cảng cá loại II. Năm 2023, các cảng cá tiếp nhận 31.480 lượt tàu cập cảng, sản lượng thủy sản qua cảng đạt 487.600 tấn, giảm 2,3% so với năm 2022 do nguồn lợi suy giảm và giá nhiên liệu tăng. Sản lượng bốc dỡ bình quân đạt 15,5 tấn/lượt tàu. Thu phí, giá dịch vụ tại các cảng năm 2023 đạt 15,2 tỷ đồng, bằng 101,3% dự toán.

Bảng: Sản lượng thủy sản qua các cảng cá
Đơn vị tính: tấn
Cảng cá
Năm 2022
Năm 2023
Kế hoạch 2024
Tắc Cậu
221.500
214.300
220.000
An Thới
136.200
131.900
135.000
Xẻo Nhàu
88.400
89.700
92.000
Hà Tiên
33.900
32.600
34.000
Thổ Châu
19.100
19.100
20.000
Tổng cộng
499.100
487.600
501.000

Năm 2024, Chi cục phấn đấu lượt tàu cập cảng đạt 32.000 lượt; hoàn thành nạo vét luồng vào cảng cá Tắc Cậu dài 2,6 km với kinh phí 46 tỷ đồng. Khu neo đậu tránh trú bão kết hợp cảng cá Hòn Tre (huyện Kiên Hải) đã hoàn thành giai đoạn 1, có sức chứa 600 tàu cá.

Chi cục Thủy sản Kiên Giang - Số 09 Trần Phú, TP Rạch Giá - Điện thoại: 0297.3862.474
Tổng lượt truy cập: 1.284.517
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Tắc Cậu", None, [("Tắc Cậu\n221.500", "221.500"), ("214.300", "214.300"), ("220.000", "220.000")]),
    ("An Thới", None, [("136.200", "136.200"), ("131.900", "131.900"), ("135.000", "135.000")]),
    ("Xẻo Nhàu", None, [("88.400", "88.400"), ("89.700", "89.700"), ("92.000", "92.000")]),
    ("Hà Tiên", "Hà Tiên", [("33.900", "33.900"), ("32.600", "32.600"), ("34.000", "34.000")]),
    ("Thổ Châu", None, [("Thổ Châu\n19.100", "19.100"), ("19.100\n20.000", "19.100"), ("\n20.000", "20.000")]),
    ("Tổng cộng", None, [("499.100", "499.100"), ("499.100\n487.600", "487.600"), ("501.000", "501.000")]),
]

TABLE = []
for label, loc, cells in ROWS:
    name = "tổng cộng các cảng cá" if label == "Tổng cộng" else f"cảng cá {label}"
    extra = {"location": loc} if loc else {}
    for (anchor, num), (col, per) in zip(cells, (("năm 2022", Y22), ("năm 2023", Y23), ("kế hoạch 2024", K24))):
        kw = dict(extra)
        if per is K24:
            kw["status"] = "target"
        TABLE.append(F(anchor, num, float(num.replace(".", "")), "measure", "tấn",
                       f"Sản lượng thủy sản qua {name} {col}", per, **kw))

FIGS = [
    F("có 5 cảng cá", "5", 5, "count", "cảng cá", "cảng cá đang hoạt động"),
    F("gồm 3 cảng cá", "3", 3, "count", "cảng cá", "cảng cá loại I", total=5),
    F("và 2 cảng cá", "2", 2, "count", "cảng cá", "cảng cá loại II", total=5),
    F("tiếp nhận 31.480 lượt", "31.480", 31480, "count", "lượt tàu", "lượt tàu cập cảng", Y23),
    F("đạt 487.600 tấn", "487.600", 487600, "measure", "tấn", "sản lượng thủy sản qua cảng", Y23,
      change=CH("decrease", 2.3, baseline="năm 2022")),
    F("đạt 15,5 tấn/lượt tàu", "15,5", 15.5, "measure", "tấn/lượt tàu", "sản lượng bốc dỡ bình quân mỗi lượt tàu",
      I(Y23)),
    F("đạt 15,2 tỷ đồng", "15,2", 15.2e9, "money", "đồng", "thu phí, giá dịch vụ tại các cảng",
      P("năm 2023", "2023-01-01", "2023-12-31"), percent=101.3),
] + TABLE + [
    F("đạt 32.000 lượt", "32.000", 32000, "count", "lượt", "lượt tàu cập cảng", Y24, status="target"),
    F("dài 2,6 km", "2,6", 2.6, "measure", "km", "chiều dài luồng nạo vét vào cảng cá Tắc Cậu", Y24,
      status="target"),
    F("kinh phí 46 tỷ đồng", "46", 46e9, "money", "đồng", "kinh phí nạo vét luồng vào cảng cá Tắc Cậu", Y24,
      status="target"),
    F("sức chứa 600 tàu cá", "600", 600, "count", "tàu cá",
      "sức chứa khu neo đậu tránh trú bão kết hợp cảng cá Hòn Tre", location="Kiên Hải"),
]

COMMENTS = [
    "Chi cục Thủy sản Kiên Giang (department site): no dateline, so no published; visit counter in the footer is not a figure.",
    "One-cell-per-line table with 'Đơn vị tính: tấn': 18 cells, periods from the column headers (scored, as shared h23),",
    "'Kế hoạch 2024' cells are targets. Row labels: Hà Tiên is a city (location Hà Tiên); Tắc Cậu, An Thới, Xẻo Nhàu and",
    "Thổ Châu are commune-level names, so Kiên Giang. Thổ Châu has the same value (19.100) in 2022 and 2023.",
    "'15,5 tấn/lượt tàu' is a rate (unit keeps the denominator). '101,3% dự toán' is the 15,2 tỷ's share.",
    "'gồm 3 cảng cá loại I và 2 cảng cá loại II' are parts of 5 ('loại I/II' are class names). The '; hoàn thành ...' clause",
    "continues 'phấn đấu' (target). '(huyện Kiên Hải)' makes the Hòn Tre anchorage Kiên Hải. 'giai đoạn 1' is a name.",
]

if __name__ == "__main__":
    emit("p723-7", TEXT, COMMENTS, FIGS, location="Kiên Giang")
