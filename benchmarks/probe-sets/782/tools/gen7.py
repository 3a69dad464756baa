"""p782-7: department site (Sở VHTTDL Cần Thơ), no dateline, one-cell-per-line table by district."""
from lib import F, P, I, CH, emit

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH THÀNH PHỐ CẦN THƠ
Trang chủ / Thống kê / Du lịch

Du lịch đường sông và chợ nổi: kết quả năm 2023, kế hoạch năm 2024

Năm 2023, lượng khách tham quan chợ nổi và du lịch đường sông trên địa bàn thành phố đạt 1.229.600 lượt, tăng 32% so với năm 2022; doanh thu ước đạt 1.245,8 tỷ đồng. Tính đến cuối năm 2023, toàn thành phố có 218 tàu, thuyền du lịch được cấp phép, tăng 26 chiếc so với năm 2022; 100% phương tiện được trang bị đủ áo phao, phao cứu sinh. Bình quân mỗi ngày, bến tàu du lịch Ninh Kiều đón khoảng 2.800 lượt khách xuống tàu đi chợ nổi.

Bảng: Lượt khách du lịch đường sông phân theo quận, huyện
Đơn vị tính: lượt khách
Quận, huyện
Năm 2022
Năm 2023
Kế hoạch năm 2024
Ninh Kiều
312.800
401.200
450.000
Cái Răng
520.300
684.500
750.000
Phong Điền
98.600
143.900
170.000
Toàn thành phố
931.700
1.229.600
1.370.000

Năm 2024, Sở đặt mục tiêu lượng khách đường sông đạt 1,37 triệu lượt, tăng 11,4% so với năm 2023; trong đó quận Cái Răng phấn đấu đạt 750.000 lượt, chiếm 54,7%. Các tuyến mới Cái Răng - Phong Điền và Ninh Kiều - cồn Sơn sẽ được đưa vào khai thác từ quý II.

Địa chỉ: Số 32 Ngô Gia Tự, phường Tân An, quận Ninh Kiều, TP. Cần Thơ
Điện thoại: 0292.3820.437 - Fax: 0292.3822.591
Tổng lượt truy cập: 1.284.930
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến cuối năm 2023", None, "2023-12-31")
COLS = [("năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("kế hoạch năm 2024", P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [
    ("Ninh Kiều", [("Ninh Kiều\n312.800", "312.800", 312800), ("401.200", "401.200", 401200),
                   ("450.000", "450.000", 450000)]),
    ("Cái Răng", [("520.300", "520.300", 520300), ("684.500", "684.500", 684500),
                  ("684.500\n750.000", "750.000", 750000)]),
    ("Phong Điền", [("98.600", "98.600", 98600), ("143.900", "143.900", 143900), ("170.000", "170.000", 170000)]),
    ("Cần Thơ", [("931.700", "931.700", 931700), ("931.700\n1.229.600", "1.229.600", 1229600),
                 ("1.370.000", "1.370.000", 1370000)]),
]

FIGS = [
    F("đạt 1.229.600 lượt", "1.229.600", 1229600, "count", "lượt",
      change=CH("increase", 32, baseline="năm 2022"),
      subject="lượng khách tham quan chợ nổi và du lịch đường sông", period=Y23),
    F("ước đạt 1.245,8 tỷ đồng", "1.245,8", 1245.8e9, "money", "đồng", status="estimate",
      subject="doanh thu du lịch đường sông", period=Y23),
    F("có 218 tàu", "218", 218, "count", "tàu", change=CH("increase", 26, unit="chiếc", baseline="năm 2022"),
      subject="tàu, thuyền du lịch được cấp phép", period=ASOF),
    F("100% phương tiện", "100", 100, "percent", "%", subject="phương tiện được trang bị đủ áo phao, phao cứu sinh",
      period=ASOF),
    F("khoảng 2.800 lượt", "2.800", 2800, "count", "lượt khách", approx="about",
      subject="lượt khách xuống tàu đi chợ nổi bình quân mỗi ngày tại bến tàu du lịch Ninh Kiều", period=I(Y23),
      location="Ninh Kiều"),
]
for place, cells in ROWS:
    for (anchor, num, v), (col, per, st) in zip(cells, COLS):
        kw = {"status": st} if st else {}
        label = "Lượt khách du lịch đường sông"
        FIGS.append(F(anchor, num, v, "count", "lượt khách", subject=f"{label} {col}", period=per,
                      location=place, **kw))
FIGS += [
    F("đạt 1,37 triệu lượt", "1,37", 1.37e6, "count", "lượt", status="target",
      change=CH("increase", 11.4, baseline="năm 2023"), subject="lượng khách đường sông",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt 750.000 lượt", "750.000", 750000, "count", "lượt", status="target", total=1.37e6, percent=54.7,
      subject="lượng khách đường sông", period=P("Năm 2024", "2024-01-01", "2024-12-31"),
      location="Cái Răng"),
]

COMMENTS = [
    "Department site (Sở VHTTDL Cần Thơ) with no dateline: river tourism and floating markets, 2023 results and 2024 plan.",
    "One-cell-per-line table with 'Đơn vị tính: lượt khách': every numeric cell is a figure; row labels are districts -> location;",
    "'Toàn thành phố' -> Cần Thơ; subject = indicator + column; period from the column header (scored); 'Kế hoạch' column -> target.",
    "Table cells get no total (the spec's part-of cues do not cover a 'Toàn thành phố' row); the text's 750.000 after 'trong đó'",
    "takes the 1,37 triệu as total and 'chiếm 54,7%' as its share. 'Tính đến cuối năm 2023' is as-of (end 2023-12-31).",
    "'bến tàu du lịch Ninh Kiều' is named after and lies in quận Ninh Kiều: location Ninh Kiều (same rule as the markets).",
    "revised: the 'Toàn thành phố' row's subject no longer carries the place label (table rule: a place label goes to location);",
    "'quận Cái Răng' removed from the 750.000 subject (the place after 'trong đó' is the location).",
    "Distractors: address Số 32 Ngô Gia Tự, phone / fax, 'Tổng lượt truy cập: 1.284.930', 'từ quý II' (a date).",
]

emit("p782-7", TEXT, COMMENTS, FIGS, published=None, location="Cần Thơ")
