from lib import F, P, C, T, emit

TEXT = """ĐÀI KHÍ TƯỢNG THỦY VĂN TỈNH AN GIANG
Tin thủy văn

Lũ đầu nguồn sông Cửu Long xuống chậm, thấp hơn cùng kỳ

Theo Đài Khí tượng Thủy văn tỉnh An Giang, mực nước đầu nguồn sông Cửu Long đang xuống chậm. Lúc 7 giờ ngày 15/10/2024, mực nước tại trạm Tân Châu (sông Tiền) là 2,68 m, thấp hơn mức báo động 1 (3,50 m) là 0,82 m và thấp hơn cùng kỳ năm 2023 là 0,27 m; tại trạm Châu Đốc (sông Hậu) 2,41 m, thấp hơn báo động 1 là 0,59 m.

Đỉnh lũ tại Tân Châu đạt 3,12 m vào ngày 6/10, thấp hơn đỉnh lũ năm 2023 khoảng 0,3 m; tại Châu Đốc đạt 2,85 m vào ngày 7/10. Đây là năm thứ tư liên tiếp đỉnh lũ ở đầu nguồn dưới báo động 1.

Mực nước tại một số trạm chính
Đơn vị tính: m
Trạm
Sông
Ngày 15/10/2024
Ngày 15/10/2023
Chênh lệch
Tân Châu
Tiền
2,68
2,95
-0,27
Châu Đốc
Hậu
2,41
2,70
-0,29
Long Xuyên
Hậu
1,52
1,61
-0,09
Chợ Mới
Tiền
1,87
2,06
-0,19

Do lũ thấp, lượng phù sa về đồng ít. Tính đến ngày 14/10, toàn tỉnh đã xuống giống 46.500 ha lúa thu đông, đạt 93% kế hoạch (50.000 ha); trong đó huyện Phú Tân 12.800 ha, Chợ Mới 9.600 ha.

Dự báo đến ngày 20/10, mực nước tại Tân Châu xuống mức 2,45-2,55 m, tại Châu Đốc 2,20-2,30 m. Người dân có thể liên hệ Đài KTTV tỉnh qua số 0296.3852.615 hoặc địa chỉ số 9 Lê Lợi, phường Mỹ Bình, TP Long Xuyên.

Thu Thảo
15/10/2024
"""

D = P("ngày 15/10/2024", "2024-10-15", "2024-10-15")
H24 = P("Ngày 15/10/2024", "2024-10-15", "2024-10-15")
H23 = P("Ngày 15/10/2023", "2023-10-15", "2023-10-15")
Hd = P("Ngày 15/10/2024", "2024-10-15", "2024-10-15", inh=True)
FC = P("đến ngày 20/10", None, "2024-10-20")

def row(st, river, a, b, c, loc):
    return [
        F(f"{river}\n{a}\n", a, float(a.replace(",", ".")), "measure", "m", "Mực nước", period=H24, location=loc),
        F(f"{a}\n{b}\n", b, float(b.replace(",", ".")), "measure", "m", "Mực nước", period=H23, location=loc),
        F(f"{b}\n{c}\n", c, float(c.replace(",", ".")), "measure", "m", "Chênh lệch mực nước", period=Hd, location=loc),
    ]

FIGS = [
    F("(sông Tiền) là 2,68 m", "2,68", 2.68, "measure", "m", "mực nước",
      change=C("decrease", 0.82, "m", "mức báo động 1"), period=D, location="Tân Châu"),
    F("(3,50 m)", "3,50", 3.5, "measure", "m", "mức báo động 1 tại Tân Châu", location="Tân Châu", optional=True),
    F("năm 2023 là 0,27 m", "0,27", 0.27, "measure", "m", "mực nước thấp hơn cùng kỳ năm 2023", period=D,
      location="Tân Châu", optional=True),
    F("(sông Hậu) 2,41 m", "2,41", 2.41, "measure", "m", "mực nước",
      change=C("decrease", 0.59, "m", "báo động 1"), period=D, location="Châu Đốc"),
    F("đạt 3,12 m", "3,12", 3.12, "measure", "m", "đỉnh lũ",
      change=C("decrease", 0.3, "m", "đỉnh lũ năm 2023", approx="about"),
      period=P("ngày 6/10", "2024-10-06", "2024-10-06"), location="Tân Châu"),
    F("đạt 2,85 m", "2,85", 2.85, "measure", "m", "đỉnh lũ", period=P("ngày 7/10", "2024-10-07", "2024-10-07"),
      location="Châu Đốc"),
    F("năm thứ tư liên tiếp", "tư", 4, "count", "năm", "năm liên tiếp đỉnh lũ dưới báo động 1", optional=True),
] + row("Tân Châu", "Tiền", "2,68", "2,95", "-0,27", "Tân Châu") \
  + row("Châu Đốc", "Hậu", "2,41", "2,70", "-0,29", "Châu Đốc") \
  + row("Long Xuyên", "Hậu", "1,52", "1,61", "-0,09", "Long Xuyên") \
  + row("Chợ Mới", "Tiền", "1,87", "2,06", "-0,19", "Chợ Mới") + [
    F("giống 46.500 ha", "46.500", 46500, "measure", "ha", "lúa thu đông xuống giống", percent=93,
      target=T(50000, "ha"), period=P("Tính đến ngày 14/10", None, "2024-10-14")),
    F("Phú Tân 12.800 ha", "12.800", 12800, "measure", "ha", "lúa thu đông xuống giống", total=46500,
      period=P("Tính đến ngày 14/10", None, "2024-10-14"), location="Phú Tân"),
    F("Chợ Mới 9.600 ha", "9.600", 9600, "measure", "ha", "lúa thu đông xuống giống", total=46500,
      period=P("Tính đến ngày 14/10", None, "2024-10-14"), location="Chợ Mới"),
    F("mức 2,45-2,55 m", "2,45", 2.45, "measure", "m", "mực nước", value_max=2.55, status="forecast", period=FC,
      location="Tân Châu"),
    F("Châu Đốc 2,20-2,30 m", "2,20", 2.2, "measure", "m", "mực nước", value_max=2.3, status="forecast", period=FC,
      location="Châu Đốc"),
]

HEADER = """Site of the provincial hydro-meteorological station (Đài KTTV An Giang): flood bulletin; one-cell-per-line table with 'Đơn vị tính: m'.
Bare date at the end ('15/10/2024') -> published. Distractors: '7 giờ', 'báo động 1' label, phone 0296.3852.615, 'số 9 Lê Lợi', dates.
'2,68 m, thấp hơn mức báo động 1 (3,50 m) là 0,82 m và thấp hơn cùng kỳ năm 2023 là 0,27 m': first gap is the change, the second
a figure of its own (optional, FIGURES.md: further changes are optional); the alarm level in brackets is optional.
Table: stations (towns/cities/district) -> location; river names are labels; periods from the date column headers (scored);
'Chênh lệch' column has no date in its header -> inherited. Negative cells read with the sign.
'46.500 ha, đạt 93% kế hoạch (50.000 ha)': percent 93, target 50.000 (the plan in brackets is an attribute, not a figure).
'trong đó huyện Phú Tân 12.800 ha, Chợ Mới 9.600 ha': total 46.500. 'Dự báo đến ngày 20/10' -> as-of, forecast."""

emit("p293-7", TEXT, FIGS, HEADER, published="2024-10-15", location="An Giang")
