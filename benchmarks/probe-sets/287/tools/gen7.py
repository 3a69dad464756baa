from lib import F, P, build

T = """CỤC THỐNG KÊ TỈNH NGHỆ AN
Tình hình vận tải hàng không tháng 10 và 10 tháng năm 2024

Hoạt động vận tải hàng không qua Cảng hàng không quốc tế Vinh tiếp tục phục hồi. Ước tính tháng 10/2024, vận chuyển hành khách đạt 118,6 nghìn lượt người, tăng 4,2% so với tháng trước và tăng 9,8% so với cùng kỳ năm trước. Tính chung 10 tháng năm 2024, vận chuyển hành khách ước đạt 1.126,4 nghìn lượt người, tăng 7,3% so với cùng kỳ; luân chuyển hành khách ước đạt 1.402,5 triệu lượt người.km. Hàng hóa vận chuyển 10 tháng ước đạt gần 4 nghìn tấn, tăng 12,6%.

Trong tháng 10, cảng khai thác bình quân 24 chuyến bay/ngày trên 9 đường bay nội địa và 1 đường bay quốc tế Vinh - Viêng Chăn; hệ số sử dụng ghế đạt khoảng 80%. Dự báo tháng 11/2024, vận chuyển hành khách đạt 110-115 nghìn lượt người do bước vào mùa thấp điểm, các hãng giảm tần suất đường bay Vinh - TP Hồ Chí Minh.

Một số chỉ tiêu vận tải hàng không

Chỉ tiêu

Đơn vị tính

Thực hiện tháng 9/2024

Ước tính tháng 10/2024

Ước tính 10 tháng năm 2024

Ước tính 10 tháng năm 2024 so với cùng kỳ năm trước (%)

Hành khách vận chuyển

Nghìn lượt người

113,8

118,6

1.126,4

107,3

Hành khách luân chuyển

Triệu lượt người.km

141,7

147,9

1.402,5

106,1

Hàng hóa vận chuyển

Tấn

402

415

3.987

112,6

Hàng hóa luân chuyển

Nghìn tấn.km

498,2

514,6

4.936,8

111,9

Nguồn: Cảng hàng không quốc tế Vinh; Cục Thống kê tỉnh Nghệ An (số 8 Trường Thi, TP Vinh)

02/11/2024
"""

T10 = P("tháng 10/2024", "2024-10-01", "2024-10-31")
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
T9 = P("tháng 9/2024", "2024-09-01", "2024-09-30")
ROWS = [
    ("Hành khách vận chuyển", "count", "lượt người", 1000,
     [("113,8", "Nghìn lượt người\n\n113,8"), ("118,6", "113,8\n\n118,6"), ("1.126,4", "118,6\n\n1.126,4"),
      ("107,3", "1.126,4\n\n107,3")]),
    ("Hành khách luân chuyển", "measure", "lượt người.km", 1000000,
     [("141,7", "141,7"), ("147,9", "147,9"), ("1.402,5", "147,9\n\n1.402,5"), ("106,1", "106,1")]),
    ("Hàng hóa vận chuyển", "measure", "tấn", 1,
     [("402", "Tấn\n\n402"), ("415", "415"), ("3.987", "3.987"), ("112,6", "3.987\n\n112,6")]),
    ("Hàng hóa luân chuyển", "measure", "tấn.km", 1000,
     [("498,2", "498,2"), ("514,6", "514,6"), ("4.936,8", "4.936,8"), ("111,9", "111,9")]),
]
COLS = [("thực hiện tháng 9/2024", T9, "actual"), ("ước tính tháng 10/2024", T10, "estimate"),
        ("ước tính 10 tháng năm 2024", M10, "estimate"), ("ước tính 10 tháng năm 2024 so với cùng kỳ năm trước", M10, "estimate")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


figs = [
    F("đạt 118,6 nghìn lượt người", "118,6", 118600, "count", "lượt người", "vận chuyển hành khách",
      status="estimate", change={"direction": "increase", "value": 4.2, "unit": "%", "baseline": "tháng trước"}, period=T10),
    F("tăng 9,8% so với cùng kỳ năm trước", "9,8", 9.8, "percent", "%", "tăng vận chuyển hành khách so với cùng kỳ",
      status="estimate", period=T10, optional=True),
    F("ước đạt 1.126,4 nghìn lượt người", "1.126,4", 1126400, "count", "lượt người", "vận chuyển hành khách",
      status="estimate", change={"direction": "increase", "value": 7.3, "unit": "%", "baseline": "cùng kỳ"}, period=M10),
    F("ước đạt 1.402,5 triệu lượt người.km", "1.402,5", 1402500000, "measure", "lượt người.km", "luân chuyển hành khách",
      status="estimate", period=M10),
    F("gần 4 nghìn tấn", "4", 4000, "measure", "tấn", "hàng hóa vận chuyển", approx="nearly", status="estimate",
      change={"direction": "increase", "value": 12.6, "unit": "%"}, period=P("10 tháng", "2024-01-01", "2024-10-31")),
    F("bình quân 24 chuyến bay/ngày", "24", 24, "measure", "chuyến bay/ngày", "chuyến bay khai thác bình quân",
      period=P("Trong tháng 10", "2024-10-01", "2024-10-31")),
    F("trên 9 đường bay", "9", 9, "count", "đường bay", "đường bay nội địa",
      period=P("Trong tháng 10", "2024-10-01", "2024-10-31")),
    F("và 1 đường bay", "1", 1, "count", "đường bay", "đường bay quốc tế",
      period=P("Trong tháng 10", "2024-10-01", "2024-10-31")),
    F("đạt khoảng 80%", "80", 80, "percent", "%", "hệ số sử dụng ghế", approx="about",
      period=P("Trong tháng 10", "2024-10-01", "2024-10-31")),
    F("đạt 110-115 nghìn", "110", 110000, "count", "lượt người", "vận chuyển hành khách", value_max=115000,
      status="forecast", period=P("tháng 11/2024", "2024-11-01", "2024-11-30")),
]
for label, kind, unit, mult, cells in ROWS:
    for (number, anchor), (col, per, st) in zip(cells, COLS):
        if col.endswith("so với cùng kỳ năm trước"):
            figs.append(F(anchor, number, num(number), "percent", "%", f"{label} {col}", status=st, period=per))
        else:
            v = num(number) * mult
            v = int(round(v)) if abs(v - round(v)) < 1e-9 else v
            figs.append(F(anchor, number, v, kind, unit, f"{label} {col}", status=st, period=per))

build("p287-7", T, figs, [
    "Cục Thống kê tỉnh Nghệ An (statistics office): monthly air transport through Vinh airport; bare date at the end (02/11/2024).",
    "Table written one cell per line (as h23/h24) with a 'Đơn vị tính' column: 'Nghìn lượt người' makes 113,8 = 113.800,",
    "'Triệu lượt người.km' ×10⁶, 'Nghìn tấn.km' ×10³. Every numeric cell is a figure; subject = row label + column label;",
    "period from the column header (scored, as in h23); 'Ước tính …' columns are estimates, 'Thực hiện tháng 9/2024' actual.",
    "The '(%)' column '10 tháng năm 2024 so với cùng kỳ năm trước' holds indices (107,3 = 107,3% of last year): percent figures,",
    "estimates (the column header says 'Ước tính').",
    "Text: 'tăng 4,2% so với tháng trước và tăng 9,8% so với cùng kỳ' → the first change is the attribute, the second a percent",
    "figure of its own, optional (FIGURES.md 'one of each attribute'). 'gần 4 nghìn tấn' = 4.000 tấn, nearly, estimate.",
    "'trên 9 đường bay' is 'on 9 routes' (a preposition), not 'more than': exact. 'Dự báo … 110-115 nghìn' forecast range.",
    "Distractors: 'tháng 10 và 10 tháng năm 2024' in the heading, 'số 8 Trường Thi' (address), the bare date.",
], published="2024-11-02", location="Nghệ An")
