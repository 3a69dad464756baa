from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ĐẮK LẮK
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy
Giống cà phê mới nâng cao hiệu quả tái canh

Đắk Lắk hiện có khoảng 213.000 ha cà phê, lớn nhất cả nước. Từ năm 2014 đến hết năm 2023, toàn tỉnh đã tái canh 68.450 ha; riêng năm 2023 tái canh 5.000 ha, trong đó các giống mới chiếm 87,4%.

Theo kết quả theo dõi của Trung tâm Khuyến nông tỉnh, các giống TR4, TR9, TR11, TRS1 cho năng suất bình quân từ 4 đến 5 tấn nhân/ha, cao hơn 30-40% so với giống cũ; tỷ lệ hạt loại 1 (trên sàng 16) đạt trên 80%. Tại Lễ hội Cà phê Buôn Ma Thuột lần thứ 8, nhiều giống mới đã được giới thiệu tới nông dân.

Cơ cấu giống cà phê trồng tái canh năm 2023
Giống
Diện tích (ha)
Tỷ lệ (%)
Năng suất tiềm năng (tấn nhân/ha)
TR4
1.850
37,0
7,0
TR9
1.120
22,4
5,5
TRS1
760
15,2
5,0
Xanh lùn
640
12,8
6,0
Giống khác
630
12,6
-
Tổng số
5.000
100
-

Năm 2024, tỉnh phấn đấu tái canh 4.500 ha, sản xuất và cung ứng khoảng 5 triệu cây giống đạt chuẩn. Giá cây giống ghép TR4 hiện dao động 8.000-10.000 đồng/cây.

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ĐẮK LẮK
Địa chỉ: 47 Nguyễn Tất Thành, TP. Buôn Ma Thuột, tỉnh Đắk Lắk
Điện thoại: 0262.3852.621 - Fax: 0262.3852.613
Tổng lượt truy cập: 3.418.205
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
TAB = I(P("năm 2023", "2023-01-01", "2023-12-31"))
FIGS = [
    F("khoảng 213.000 ha", "213.000", 213000, "measure", "ha", "diện tích cà phê toàn tỉnh", approx="about"),
    F("đã tái canh 68.450 ha", "68.450", 68450, "measure", "ha", "diện tích cà phê tái canh",
      P("Từ năm 2014 đến hết năm 2023", "2014-01-01", "2023-12-31")),
    F("tái canh 5.000 ha", "5.000", 5000, "measure", "ha", "diện tích cà phê tái canh", P("riêng năm 2023", "2023-01-01", "2023-12-31")),
    F("chiếm 87,4%", "87,4", 87.4, "percent", "%", "tỷ lệ giống mới trong diện tích tái canh", Y23),
    F("từ 4 đến 5 tấn nhân/ha", "4", 4, "measure", "tấn/ha", "năng suất bình quân các giống mới", value_max=5,
      change=C("increase", 30, baseline="giống cũ")),
    F("sàng 16", "16", 16, "measure", "sàng", "cỡ hạt loại 1", approx="over", optional=True),
    F("đạt trên 80%", "80", 80, "percent", "%", "tỷ lệ hạt loại 1", approx="over"),
]
ROWS = [("TR4", "1.850", 1850, "37,0", 37.0, "7,0", 7.0),
        ("TR9", "1.120", 1120, "22,4", 22.4, "5,5", 5.5),
        ("TRS1", "760", 760, "15,2", 15.2, "5,0", 5.0),
        ("Xanh lùn", "640", 640, "12,8", 12.8, "6,0", 6.0),
        ("Giống khác", "630", 630, "12,6", 12.6, None, None),
        ("Tổng số", "5.000", 5000, "100", 100, None, None)]
for name, an, av, pn, pv, yn, yv in ROWS:
    label = "" if name == "Tổng số" else f" giống {name}" if name not in ("Giống khác",) else " giống khác"
    FIGS.append(F(f"{name}\n{an}\n", an, av, "measure", "ha", f"diện tích tái canh{label}", TAB))
    FIGS.append(F(f"{an}\n{pn}\n", pn, pv, "percent", "%", f"tỷ lệ diện tích{label}", TAB))
    if yn:
        FIGS.append(F(f"{pn}\n{yn}\n", yn, yv, "measure", "tấn/ha", f"năng suất tiềm năng{label}", TAB))
FIGS += [
    F("tái canh 4.500 ha", "4.500", 4500, "measure", "ha", "diện tích cà phê tái canh", P("Năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
    F("khoảng 5 triệu cây", "5", 5e6, "count", "cây giống", "cây giống đạt chuẩn sản xuất và cung ứng",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="target"),
    F("8.000-10.000 đồng/cây", "8.000", 8000, "money", "đồng/cây", "giá cây giống ghép TR4", value_max=10000),
]

NOTES = [
    "revised after the first run: unit 'tấn nhân/ha' -> 'tấn/ha' (shortest unit; the substance 'nhân' is not a unit, cf. '18 tấn nhân' -> 'tấn' in p973-6).",
    "Sở NN&PTNT Đắk Lắk site: new coffee varieties in replanting; NO dateline (published null); footer with address, phone, fax, visit counter.",
    "One-cell-per-line table (title line 'Cơ cấu giống … năm 2023', 4 header cells, 6 rows of 4 cells). Row labels are varieties (TR4 …), not",
    "places: subject = column + row label, location Đắk Lắk. Period from the title line (inherited, unscored) for every cell, also the",
    "potential-yield column (a property of the variety that a reader may or may not date). '-' cells are empty. 'Tổng số' row: own figures, no totals on cells.",
    "'trong đó các giống mới chiếm 87,4%': a share of a part, so a percent figure of its own (not the percent of 5.000 ha).",
    "'cao hơn 30-40% so với giống cũ': change of the yield range (value 30). 'trên sàng 16' is a bean-size grade (optional); 'loại 1' a class label.",
    "Distractors: 'TR4, TR9, TR11, TRS1' also as one-line cells, 'lần thứ 8', address '47 Nguyễn Tất Thành', phone/fax, 'Tổng lượt truy cập: 3.418.205'.",
]

write(7, TEXT, FIGS, NOTES, published=None, location="Đắk Lắk")
