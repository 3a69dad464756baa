"""p941-7: Sở NN&PTNT Thừa Thiên Huế (Chi cục Kiểm lâm) page — coastal protection forest 2023, table one cell per line, no dateline."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THỪA THIÊN HUẾ
Chi cục Kiểm lâm
Kết quả trồng rừng phòng hộ ven biển chống cát bay năm 2023

Năm 2023, các địa phương vùng cát ven biển tỉnh Thừa Thiên Huế đã trồng mới 238 ha rừng phòng hộ, vượt 8,2% kế hoạch, và trồng 1,2 triệu cây phân tán. Tỷ lệ che phủ rừng toàn tỉnh đạt 57,3%. Diện tích rừng phòng hộ ven biển theo từng địa phương như sau:

Địa phương
Diện tích hiện có (ha)
Trồng mới năm 2023 (ha)
Kế hoạch năm 2024 (ha)
Phong Điền
2.140
72
80
Quảng Điền
1.385
46
50
Phú Vang
1.760
58
65
Phú Lộc
925
62
55
Tổng số
6.210
238
250

Để nâng cao hiệu quả bảo vệ, Chi cục đã giao khoán 4.350 ha rừng phòng hộ cho 27 cộng đồng thôn và 615 hộ gia đình, đơn giá khoán bình quân 400.000 đồng/ha/năm. Tuy nhiên, do ảnh hưởng của bão số 6, khoảng 96 ha rừng phi lao ở huyện Phú Vang bị gãy đổ, cần trồng lại trong năm 2024.

Dải cát ven biển của tỉnh dài 128 km, rộng từ 2 đến 6 km, có nơi như xã Điền Hương, Điền Môn cát bay lấn vào đồng ruộng 20-30 m mỗi năm. Chi cục đề nghị các địa phương rà soát, bố trí quỹ đất và đảm bảo tỷ lệ cây sống từ 85% trở lên.

Thông tin liên hệ:
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THỪA THIÊN HUẾ
Địa chỉ: số 112 Nguyễn Tất Thành, phường Thủy Dương, thị xã Hương Thủy
Điện thoại: 0234.3822.614 - Fax: 0234.3825.387
Lượt truy cập: 1.486.302
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C23 = P("Trồng mới năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
ROWS = [("Phong Điền", "2.140", "72", "80"), ("Quảng Điền", "1.385", "46", "50"),
        ("Phú Vang", "1.760", "58", "65"), ("Phú Lộc", "925", "62", "55")]


def num(s):
    return float(s.replace(".", ""))


FIGS = [
    F("trồng mới 238 ha", "238", 238, "measure", "ha", "rừng phòng hộ trồng mới",
      change=C("increase", 8.2, "%", "kế hoạch"), period=Y23),
    F("1,2 triệu cây", "1,2", 1.2e6, "count", "cây", "cây phân tán trồng", period=Y23),
    F("đạt 57,3%", "57,3", 57.3, "percent", "%", "tỷ lệ che phủ rừng toàn tỉnh", period=I(Y23)),
]
for place, a, b, c in ROWS:
    FIGS += [
        F(f"{place}\n{a}", a, num(a), "measure", "ha", "Diện tích rừng phòng hộ ven biển hiện có", location=place),
        F(f"{a}\n{b}", b, num(b), "measure", "ha", "Diện tích rừng phòng hộ ven biển trồng mới năm 2023",
          period=C23, location=place),
        F(f"{b}\n{c}", c, num(c), "measure", "ha", "Diện tích rừng phòng hộ ven biển kế hoạch năm 2024",
          status="target", period=C24, location=place),
    ]
FIGS += [
    F("Tổng số\n6.210", "6.210", 6210, "measure", "ha", "Tổng số diện tích rừng phòng hộ ven biển hiện có"),
    F("6.210\n238", "238", 238, "measure", "ha", "Tổng số diện tích rừng phòng hộ ven biển trồng mới năm 2023",
      period=C23),
    F("238\n250", "250", 250, "measure", "ha", "Tổng số diện tích rừng phòng hộ ven biển kế hoạch năm 2024",
      status="target", period=C24),
    F("giao khoán 4.350 ha", "4.350", 4350, "measure", "ha", "rừng phòng hộ giao khoán"),
    F("cho 27 cộng đồng", "27", 27, "count", "cộng đồng thôn", "cộng đồng thôn nhận khoán rừng phòng hộ"),
    F("615 hộ gia đình", "615", 615, "count", "hộ gia đình", "hộ gia đình nhận khoán rừng phòng hộ"),
    F("400.000 đồng/ha/năm", "400.000", 400000, "money", "đồng/ha/năm", "đơn giá khoán bình quân"),
    F("khoảng 96 ha", "96", 96, "measure", "ha", "rừng phi lao bị gãy đổ do bão", approx="about",
      location="Phú Vang"),
    F("dài 128 km", "128", 128, "measure", "km", "chiều dài dải cát ven biển"),
    F("từ 2 đến 6 km", "2", 2, "measure", "km", "chiều rộng dải cát ven biển", value_max=6),
    F("ruộng 20-30 m", "20", 20, "measure", "m", "cát bay lấn vào đồng ruộng mỗi năm", value_max=30,
      location="Phong Điền"),
    F("từ 85% trở lên", "85", 85, "percent", "%", "tỷ lệ cây sống", approx="at_least", status="target",
      optional=True),
]
COMMENTS = [
    "Sở NN&PTNT Thừa Thiên Huế / Chi cục Kiểm lâm page, no dateline (no published): trồng rừng phòng hộ ven biển năm 2023; the table is pasted",
    "one cell per line (header cells, then each row's cells). Every numeric cell is a figure: district = location, column label (with the table",
    "title 'Diện tích rừng phòng hộ ven biển') = subject, period from the column header (scored), 'Kế hoạch năm 2024' column = target;",
    "the 'Tổng số' row is a figure of its own (location Thừa Thiên Huế); cells get no totals. 'vượt 8,2% kế hoạch' = change against plan.",
    "'bão số 6', address 'số 112 Nguyễn Tất Thành', phone/fax, 'Lượt truy cập: 1.486.302' are not figures.",
    "'xã Điền Hương, Điền Môn' lie in huyện Phong Điền (location of 20-30 m). 'tỷ lệ cây sống từ 85% trở lên' is a required threshold (optional).",
]
write(7, TEXT, FIGS, COMMENTS, published=None, location="Thừa Thiên Huế")
