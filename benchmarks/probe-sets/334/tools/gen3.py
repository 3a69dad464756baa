from lib import F, P, Y, CH, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HƯNG YÊN
Tin hoạt động ngành

Hưng Yên: Sản lượng nhãn năm 2024 ước đạt 70.000 tấn
Ngày đăng: 22/07/2024 | Lượt xem: 1.087

Vụ nhãn năm 2024, toàn tỉnh có 5.650 ha nhãn, trong đó diện tích cho thu hoạch 5.120 ha; năng suất bình quân ước đạt 13,7 tấn/ha, sản lượng ước đạt 70.000 tấn, tăng 12% so với năm trước. Diện tích nhãn được chứng nhận VietGAP là 352 ha, GlobalGAP 25,5 ha; toàn tỉnh có 41 mã số vùng trồng nhãn phục vụ xuất khẩu. 6 tháng đầu năm, ngành nông nghiệp đã hướng dẫn cấp mới 9 mã số vùng trồng.

Diện tích, sản lượng nhãn một số địa phương như sau:
Địa phương | Diện tích (ha) | Sản lượng ước (tấn) | Tỷ lệ VietGAP (%)
Khoái Châu | 1.530 | 19.800 | 9,5
Kim Động | 1.120 | 14.500 | 6,2
TP Hưng Yên | 960 | 12.600 | 4,8
Tiên Lữ | 845 | 10.300 | 3,1

Đầu vụ, nhãn lồng chín sớm được thương lái thu mua tại vườn với giá 35.000-40.000 đồng/kg; hiện giá nhãn lồng loại 1 khoảng 25.000 đồng/kg, nhãn loại 2 từ 12.000 đến 15.000 đồng/kg. Giống nhãn HTM-1 có giá cao hơn 20% so với nhãn lồng thường.

Theo kế hoạch, tỉnh phấn đấu xuất khẩu trên 4.000 tấn nhãn quả tươi sang Nhật Bản, Mỹ, Úc và các nước EU. Lũy kế từ đầu năm đến ngày 20/7, toàn tỉnh đã xuất khẩu 1.250 tấn nhãn, riêng thị trường Mỹ 480 tấn, chiếm 38,4%.

Phòng Trồng trọt - Bảo vệ thực vật
"""

V = P("Vụ nhãn năm 2024", "2024-01-01", "2024-12-31")
Vi = P("Vụ nhãn năm 2024", "2024-01-01", "2024-12-31", inh=True)
LK = P("từ đầu năm đến ngày 20/7", "2024-01-01", "2024-07-20")

FIGS = [
    F("năm 2024 ước đạt 70.000 tấn", "70.000", 70000, "measure", "tấn", "sản lượng nhãn", Y(2024),
      status="estimate"),
    F("có 5.650 ha nhãn", "5.650", 5650, "measure", "ha", "diện tích nhãn", V),
    F("thu hoạch 5.120 ha", "5.120", 5120, "measure", "ha", "diện tích cho thu hoạch", V, total=5650),
    F("13,7 tấn/ha", "13,7", 13.7, "measure", "tấn/ha", "năng suất bình quân", V, status="estimate"),
    F("sản lượng ước đạt 70.000 tấn, tăng", "70.000", 70000, "measure", "tấn", "sản lượng", V,
      status="estimate", change=CH("increase", 12, baseline="năm trước")),
    F("VietGAP là 352 ha", "352", 352, "measure", "ha", "diện tích nhãn được chứng nhận VietGAP", Vi),
    F("GlobalGAP 25,5 ha", "25,5", 25.5, "measure", "ha", "diện tích nhãn được chứng nhận GlobalGAP", Vi),
    F("có 41 mã số", "41", 41, "count", "mã số vùng trồng", "mã số vùng trồng nhãn phục vụ xuất khẩu", Vi),
    F("cấp mới 9 mã số", "9", 9, "count", "mã số vùng trồng", "mã số vùng trồng cấp mới",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
]

ROWS = [("Khoái Châu", "1.530", "19.800", "9,5", "Khoái Châu"),
        ("Kim Động", "1.120", "14.500", "6,2", "Kim Động"),
        ("TP Hưng Yên", "960", "12.600", "4,8", "Hưng Yên"),
        ("Tiên Lữ", "845", "10.300", "3,1", "Tiên Lữ")]
for label, a, s, r, loc in ROWS:
    num = lambda x: float(x.replace(".", "").replace(",", "."))
    FIGS += [
        F(f"{label} | {a} |", a, num(a), "measure", "ha", "Diện tích nhãn", Vi, location=loc),
        F(f"{a} | {s} |", s, num(s), "measure", "tấn", "Sản lượng ước nhãn", Vi, status="estimate",
          location=loc),
        F(f"{s} | {r}\n", r, num(r), "percent", "%", "Tỷ lệ VietGAP", Vi, location=loc),
    ]

FIGS += [
    F("giá 35.000-40.000", "35.000", 35000, "money", "đồng/kg", "giá thu mua nhãn lồng chín sớm tại vườn",
      value_max=40000),
    F("khoảng 25.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá nhãn lồng loại 1", approx="about"),
    F("từ 12.000 đến 15.000", "12.000", 12000, "money", "đồng/kg", "giá nhãn loại 2", value_max=15000),
    F("cao hơn 20%", "20", 20, "percent", "%", "giá giống nhãn HTM-1 cao hơn so với nhãn lồng thường"),
    F("trên 4.000 tấn", "4.000", 4000, "measure", "tấn", "nhãn quả tươi xuất khẩu", approx="over",
      status="target"),
    F("xuất khẩu 1.250 tấn", "1.250", 1250, "measure", "tấn", "nhãn xuất khẩu", LK),
    F("Mỹ 480 tấn", "480", 480, "measure", "tấn", "nhãn xuất khẩu thị trường Mỹ", LK, percent=38.4),
]

COMMENTS = [
    "Department site (Sở NN&PTNT Hưng Yên), 'Ngày đăng: 22/07/2024 | Lượt xem: 1.087'. Default location Hưng Yên.",
    "Flattened '|' table, units in the column headers '(ha)', '(tấn)', '(%)'; district row labels go to location ('TP Hưng Yên' = Hưng Yên);",
    "'Sản lượng ước' column = estimate; period from 'Vụ nhãn năm 2024' above the table (inherited).",
    "'trong đó diện tích cho thu hoạch 5.120 ha' has total 5.650. 'riêng thị trường Mỹ 480 tấn, chiếm 38,4%': 'riêng' is not a part-of cue",
    "of FIGURES.md, so percent 38,4 but no total. 'cao hơn 20% so với nhãn lồng thường' is a rate standing as the claim (percent figure).",
    "Distractors: 'HTM-1' (variety), 'loại 1', 'loại 2' (grades), 'ngày 20/7', view counter. '6 tháng đầu năm' takes 2024.",
    "'Theo kế hoạch, ... phấn đấu ... trên 4.000 tấn' has no year: no period.",
]

emit("p334-3", TEXT, COMMENTS, FIGS, published="2024-07-22", location="Hưng Yên")
