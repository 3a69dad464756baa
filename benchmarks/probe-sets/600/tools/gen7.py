from lib import *

ROWS = [("Trần Văn Thời", ["1.186", "1.142", "1.120"]),
        ("Ngọc Hiển", ["842", "818", "800"]),
        ("Năm Căn", ["615", "597", "590"]),
        ("Phú Tân", ["534", "521", "515"]),
        ("Đầm Dơi", ["476", "461", "455"]),
        ("Toàn tỉnh", ["4.470", "4.353", "4.300"])]

table = "Địa phương\nNăm 2022\nNăm 2023\nKế hoạch 2024\n" + "".join(
    r + "\n" + "\n".join(c) + "\n" for r, c in ROWS)

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH CÀ MAU
Trang chủ > Thủy sản > Khai thác thủy sản

Năm 2023, Cà Mau giảm 117 tàu cá

Năm 2023, số tàu cá đăng ký toàn tỉnh giảm 117 chiếc, còn 4.353 chiếc với tổng công suất 1.052.400 CV. Trong đó, tàu có chiều dài từ 15 m trở lên là 1.962 chiếc, chiếm 45,1%. Trong năm, các cơ sở trên địa bàn đóng mới 64 tàu cá, trong đó 18 tàu vỏ thép.

Số tàu cá đăng ký tại một số địa phương như sau:

Đơn vị tính: chiếc

""" + table + """
Toàn tỉnh hiện có 23 cơ sở đóng mới, sửa chữa tàu cá, trong đó 9 cơ sở đóng được tàu vỏ thép, thu hút khoảng 1.150 lao động. Năm qua, các cơ sở sửa chữa 3.260 lượt tàu, doanh thu ước đạt 215 tỷ đồng, tăng 6,4% so với năm 2022.

Tổng kinh phí hỗ trợ ngư dân đóng mới, cải hoán tàu năm 2023 là 41,7 tỷ đồng. Mỗi tàu cá giảm được hỗ trợ chuyển đổi nghề từ 20 đến 50 triệu đồng. Theo kế hoạch, đến năm 2025 tỉnh giảm số tàu cá xuống còn khoảng 4.200 chiếc.

Phòng Quản lý khai thác thủy sản - ĐT: 0290.3831.407

Tổng số lượt truy cập: 1.284.906
Địa chỉ: Số 88 Lý Thường Kiệt, phường 6, TP Cà Mau
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = I(Y23)
COL = [("Năm 2022", "2022-01-01", "2022-12-31", None, "năm 2022"),
       ("Năm 2023", "2023-01-01", "2023-12-31", None, "năm 2023"),
       ("Kế hoạch 2024", "2024-01-01", "2024-12-31", "target", "kế hoạch 2024")]

FIGS = [
    F("giảm 117 tàu cá", "117", 117, "count", "tàu cá", "tàu cá giảm", Y23),
    F("còn 4.353 chiếc", "4.353", 4353, "count", "chiếc", "tàu cá đăng ký toàn tỉnh", Y23,
      change=CH("decrease", 117, "chiếc")),
    F("1.052.400 CV", "1.052.400", 1052400, "measure", "CV", "tổng công suất tàu cá", Y23),
    F("từ 15 m trở lên", "15", 15, "measure", "m", optional=True),
    F("là 1.962 chiếc", "1.962", 1962, "count", "chiếc", "tàu có chiều dài từ 15 m trở lên", Y23i,
      total=4353, percent=45.1),
    F("đóng mới 64 tàu cá", "64", 64, "count", "tàu cá", "tàu cá đóng mới", P("Trong năm", "2023-01-01", "2023-12-31")),
    F("18 tàu vỏ thép", "18", 18, "count", "tàu", "tàu vỏ thép đóng mới", P("Trong năm", "2023-01-01", "2023-12-31"),
      total=64),
]
for r, cells in ROWS:
    prev = r
    for (hdr, s, e, st, lab), c in zip(COL, cells):
        anchor = prev + "\n" + c + "\n"
        prev = c
        v = float(c.replace(".", ""))
        kw = {}
        if st:
            kw["status"] = st
        if r == "Toàn tỉnh":
            kw["location"] = "Cà Mau"
        else:
            kw["location"] = r
        FIGS.append(F(anchor, c, v, "count", "chiếc", f"tàu cá đăng ký {lab}", P(hdr, s, e), **kw))

FIGS += [
    F("có 23 cơ sở", "23", 23, "count", "cơ sở", "cơ sở đóng mới, sửa chữa tàu cá"),
    F("9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở đóng được tàu vỏ thép", total=23),
    F("khoảng 1.150 lao động", "1.150", 1150, "count", "lao động", "lao động tại cơ sở đóng mới, sửa chữa tàu cá", approx="about"),
    F("sửa chữa 3.260 lượt tàu", "3.260", 3260, "count", "lượt tàu", "lượt tàu các cơ sở sửa chữa",
      P("Năm qua", "2023-01-01", "2023-12-31")),
    F("ước đạt 215 tỷ đồng", "215", 215e9, "money", "đồng", "doanh thu của các cơ sở đóng mới, sửa chữa tàu cá",
      P("Năm qua", "2023-01-01", "2023-12-31"), change=CH("increase", 6.4, "%", "năm 2022"), status="estimate"),
    F("là 41,7 tỷ đồng", "41,7", 41.7e9, "money", "đồng", "tổng kinh phí hỗ trợ ngư dân đóng mới, cải hoán tàu",
      P("năm 2023 là", "2023-01-01", "2023-12-31")),
    F("từ 20 đến 50 triệu đồng", "20", 20e6, "money", "đồng", "hỗ trợ chuyển đổi nghề cho mỗi tàu cá giảm", value_max=50e6),
    F("khoảng 4.200 chiếc", "4.200", 4200, "count", "chiếc", "tàu cá", P("đến năm 2025", None, "2025-12-31"),
      approx="about", status="target"),
]

COMMENTS = [
    "Department site (Sở NN&PTNT Cà Mau) with no dateline: fishing vessels registered 2023, table by district one cell per line, unit line 'Đơn vị tính: chiếc'.",
    "Table cells: location = district row (Toàn tỉnh -> Cà Mau), subject = indicator + column, period from the column header (scored, as shared h23),",
    "'Kế hoạch 2024' column -> status target. 'giảm 117 chiếc, còn 4.353 chiếc': the decrease is the change of 4.353; the headline 'giảm 117 tàu cá' stands alone.",
    "'Năm qua' (no dateline) follows 'Năm 2023' and the baseline 'so với năm 2022': 2023. 'Năm Căn' is a district name (not the number five); 'phường 6', 'Số 88', visitor counter are distractors. 15 m threshold optional.",
    "No place other than the table's districts is a figure's location except Cà Mau (named in headline and masthead).",
]

emit("p600-7", TEXT, COMMENTS, FIGS, location="Cà Mau")
