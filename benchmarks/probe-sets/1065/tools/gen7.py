from lib import F, P, I, C, T, write

TEXT = """
SỞ CÔNG THƯƠNG TỈNH QUẢNG NAM
Trang chủ > Quản lý thương mại > Xăng dầu

Phát triển mạng lưới cửa hàng xăng dầu gắn với hóa đơn điện tử

Năm 2023, sản lượng xăng dầu bán lẻ trên địa bàn tỉnh đạt 486.300 m3, tăng 3,9% so với năm 2022. Toàn tỉnh có 7 thương nhân phân phối và 2 thương nhân đầu mối có chi nhánh hoạt động; khoảng 86% cửa hàng thuộc hệ thống của Petrolimex, PVOIL và Mipec.

Hiện trạng và quy hoạch mạng lưới cửa hàng xăng dầu theo khu vực:
Đơn vị tính: cửa hàng
Khu vực
Năm 2022
Năm 2023
Quy hoạch đến năm 2030
Đồng bằng
198
204
236
Miền núi
73
78
112
Ven biển
41
42
50
Tổng cộng
312
324
398

Theo Quyết định số 1437/QĐ-UBND của UBND tỉnh, đến năm 2030 tỉnh bổ sung 74 cửa hàng mới, chủ yếu tại khu vực miền núi dọc đường Hồ Chí Minh và Quốc lộ 14E, nâng tổng số lên 398 cửa hàng. Khi đó, số cửa hàng ở khu vực miền núi sẽ gấp gần 1,5 lần năm 2023.

Đến hết quý III/2023, 318/324 cửa hàng đã lập hóa đơn điện tử từng lần bán, đạt 98,1%. Trong 9 tháng năm 2023, Sở đã phối hợp kiểm tra 52 cửa hàng, xử phạt 5 trường hợp vi phạm với số tiền 112,5 triệu đồng.

SỞ CÔNG THƯƠNG TỈNH QUẢNG NAM
Địa chỉ: số 9 Trần Hưng Đạo, TP Tam Kỳ, tỉnh Quảng Nam
Điện thoại: 0235.3852.543 - Fax: 0235.3811.260
Tổng lượt truy cập: 1.284.903
"""

NOTES = [
    "Probe 1065-7: Sở Công Thương Quảng Nam (department site, no dateline), network of petrol stations 2022-2023 and plan to 2030, one-cell-per-line table.",
    "Distractors: Quyết định số 1437/QĐ-UBND, đường Hồ Chí Minh (a road), Quốc lộ 14E, address số 9 Trần Hưng Đạo, phone/fax, Tổng lượt truy cập: 1.284.903.",
    "No dateline: no published. Table cells take their period from the column header (scored); 'Quy hoạch đến năm 2030' gives status target.",
    "Table regions (đồng bằng, miền núi, ven biển) are not administrative places: they stay in the subject; location Quảng Nam. No totals for cells.",
    "'gấp gần 1,5 lần năm 2023' stands as its own claim: kind multiple, status target (continues the plan), period inherited from 'đến năm 2030'.",
    "revised after the first run: table subjects are the literal row label + column label (FIGURES.md, Tables; cf. h24), e.g. 'Đồng bằng năm 2022'; they had been paraphrased ('cửa hàng xăng dầu khu vực đồng bằng').",
    "'nâng tổng số lên 398 cửa hàng' repeats the plan total in running text: recorded (target).",
]

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
PL = P("Quy hoạch đến năm 2030", end="2030-12-31")
TO30 = P("đến năm 2030", end="2030-12-31")


def row(label, cells):
    out = []
    for (anchor, number, value), per, col in zip(cells, (Y22, Y23, PL), ("năm 2022", "năm 2023", "quy hoạch đến năm 2030")):
        kw = {"status": "target"} if per is PL else {}
        out.append(F(anchor, number, value, "count", "cửa hàng", f"{label} {col}", per, **kw))
    return out


FIGS = [
    F("đạt 486.300 m3", "486.300", 486300, "measure", "m3", "sản lượng xăng dầu bán lẻ trên địa bàn tỉnh",
      P("Năm 2023", "2023-01-01", "2023-12-31"), change=C("increase", 3.9, "%", "năm 2022")),
    F("có 7 thương nhân", "7", 7, "count", "thương nhân phân phối", "thương nhân phân phối", I(Y23)),
    F("và 2 thương nhân", "2", 2, "count", "thương nhân đầu mối", "thương nhân đầu mối có chi nhánh hoạt động", I(Y23)),
    F("khoảng 86%", "86", 86, "percent", "%", "cửa hàng thuộc hệ thống của Petrolimex, PVOIL và Mipec", I(Y23), approx="about"),
]
FIGS += row("Đồng bằng",
            [("Đồng bằng\n198", "198", 198), ("198\n204", "204", 204), ("204\n236", "236", 236)])
FIGS += row("Miền núi",
            [("Miền núi\n73", "73", 73), ("73\n78", "78", 78), ("78\n112", "112", 112)])
FIGS += row("Ven biển",
            [("Ven biển\n41", "41", 41), ("41\n42", "42", 42), ("42\n50", "50", 50)])
FIGS += row("Tổng cộng",
            [("Tổng cộng\n312", "312", 312), ("312\n324", "324", 324), ("324\n398", "398", 398)])
FIGS += [
    F("bổ sung 74 cửa hàng", "74", 74, "count", "cửa hàng", "cửa hàng bổ sung mới", TO30, status="target"),
    F("lên 398 cửa hàng", "398", 398, "count", "cửa hàng", "tổng số cửa hàng", TO30, status="target"),
    F("gấp gần 1,5 lần", "1,5", 1.5, "multiple", "lần", "số cửa hàng ở khu vực miền núi so với năm 2023", I(TO30),
      approx="nearly", status="target"),
    F("318/324 cửa hàng", "318", 318, "count", "cửa hàng", "cửa hàng đã lập hóa đơn điện tử từng lần bán",
      P("Đến hết quý III/2023", end="2023-09-30"), total=324, percent=98.1),
    F("kiểm tra 52 cửa hàng", "52", 52, "count", "cửa hàng", "cửa hàng được kiểm tra",
      P("9 tháng năm 2023", "2023-01-01", "2023-09-30")),
    F("xử phạt 5 trường hợp", "5", 5, "count", "trường hợp", "trường hợp vi phạm bị xử phạt",
      P("9 tháng năm 2023", "2023-01-01", "2023-09-30")),
    F("112,5 triệu đồng", "112,5", 112500000, "money", "đồng", "số tiền xử phạt",
      P("9 tháng năm 2023", "2023-01-01", "2023-09-30")),
]

write("p1065-7", TEXT, NOTES, FIGS, location="Quảng Nam")
