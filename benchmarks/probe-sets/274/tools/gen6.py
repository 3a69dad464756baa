from lib import F, P, C, emit

ROWS = [
    ("Dầu Tiếng", "Dầu Tiếng", ("43.850", 43850), ("40.120", 40120), ("70.610", 70610)),
    ("Phú Giáo", "Phú Giáo", ("28.460", 28460), ("25.330", 25330), ("43.060", 43060)),
    ("Bàu Bàng", "Bàu Bàng", ("25.730", 25730), ("23.180", 23180), ("40.100", 40100)),
    ("Bắc Tân Uyên", "Bắc Tân Uyên", ("19.640", 19640), ("17.250", 17250), ("29.330", 29330)),
    ("Các huyện, thị xã khác", None, ("8.120", 8120), ("7.060", 7060), ("11.860", 11860)),
    ("Toàn tỉnh", None, ("125.800", 125800), ("112.940", 112940), ("194.960", 194960)),
]
tbl = "\n\n".join(["Huyện, thị xã", "Diện tích hiện có", "Diện tích cho sản phẩm", "Sản lượng"] +
                  [x for r in ROWS for x in (r[0], r[2][0], r[3][0], r[4][0])])

TEXT = """CỤC THỐNG KÊ TỈNH BÌNH DƯƠNG
Số liệu thống kê > Nông, lâm nghiệp và thủy sản

Diện tích và sản lượng cao su năm 2023
Ngày cập nhật: 05/08/2024

Năm 2023, diện tích cao su hiện có của tỉnh Bình Dương là 125.800 ha, giảm 2.150 ha so với năm 2022; diện tích cho sản phẩm 112.940 ha. Sản lượng mủ cao su (quy khô) đạt 194.960 tấn, tăng 1,3%; năng suất bình quân 17,26 tạ/ha. Cao su tiếp tục là cây công nghiệp lâu năm chủ lực, chiếm 89,5% diện tích cây lâu năm toàn tỉnh.

Sơ bộ 6 tháng đầu năm 2024, sản lượng mủ cao su ước đạt 82.400 tấn, bằng 98,6% so với cùng kỳ năm trước do một số diện tích bước vào giai đoạn thanh lý, tái canh.

Trong 5 năm gần đây (2019-2023), diện tích cao su của tỉnh giảm bình quân 1,1%/năm do chuyển đổi sang đất công nghiệp, đô thị; riêng huyện Bắc Tân Uyên giảm hơn 1.900 ha. Các doanh nghiệp nhà nước quản lý khoảng 41% diện tích, phần còn lại là cao su tiểu điền và trang trại.

Biểu 1. Diện tích và sản lượng cao su năm 2023 phân theo huyện, thị xã

Đơn vị tính: Diện tích - ha; Sản lượng - tấn

""" + tbl + """

Nguồn: Niên giám thống kê tỉnh Bình Dương 2023
"""

COMMENTS = [
    "Provincial statistics office site (Cục Thống kê Bình Dương), 'Ngày cập nhật: 05/08/2024' without time. Default location Bình Dương.",
    "Lead: 'Năm 2023' governs its own sentence; the next sentences inherit it. 'giảm 2.150 ha so với năm 2022' is the change of 125.800 ha;",
    "'tăng 1,3%' without a baseline is the change of 194.960 tấn; 'chiếm 89,5% diện tích cây lâu năm' stands without a base amount: percent figure.",
    "'Sơ bộ 6 tháng đầu năm 2024 ... ước đạt' -> estimate; 'bằng 98,6% so với cùng kỳ' is its share (percent attribute).",
    "One-cell-per-line table (blank line between cells), unit from the 'Đơn vị tính' line (ha for the two area columns, tấn for Sản lượng);",
    "district rows give location; 'Các huyện, thị xã khác' and 'Toàn tỉnh' keep Bình Dương. Period 'năm 2023' from the table title (inherited).",
    "'5 năm gần đây (2019-2023)' is the period of the average rate '1,1%/năm' (percent figure) and of the district's decrease 'hơn 1.900 ha'",
    "(a decrease standing alone, measure in ha, location Bắc Tân Uyên). '5 năm' is a duration, not a figure.",
    "Distractors: 'Biểu 1', 'Niên giám thống kê ... 2023', the date line.",
]

Y = P("Năm 2023", "2023-01-01", "2023-12-31")
Yi = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
G5 = P("5 năm gần đây (2019-2023)", "2019-01-01", "2023-12-31")
TY = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)

FIGS = [
    F("là 125.800 ha", "125.800", 125800, "measure", "ha", "diện tích cao su hiện có", Y,
      change=C("decrease", 2150, "ha", "năm 2022")),
    F("sản phẩm 112.940 ha", "112.940", 112940, "measure", "ha", "diện tích cao su cho sản phẩm", Y),
    F("đạt 194.960 tấn", "194.960", 194960, "measure", "tấn", "sản lượng mủ cao su (quy khô)", Yi,
      change=C("increase", 1.3, "%")),
    F("bình quân 17,26 tạ/ha", "17,26", 17.26, "measure", "tạ/ha", "năng suất bình quân", Yi),
    F("chiếm 89,5%", "89,5", 89.5, "percent", "%", "tỷ trọng cao su trong diện tích cây lâu năm", Yi),
    F("ước đạt 82.400 tấn", "82.400", 82400, "measure", "tấn", "sản lượng mủ cao su",
      P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"), status="estimate", percent=98.6),
    F("bình quân 1,1%/năm", "1,1", 1.1, "percent", "%", "diện tích cao su giảm bình quân mỗi năm", G5),
    F("giảm hơn 1.900 ha", "1.900", 1900, "measure", "ha", "diện tích cao su giảm", G5, approx="over", location="Bắc Tân Uyên"),
    F("khoảng 41% diện tích", "41", 41, "percent", "%", "tỷ lệ diện tích cao su do các doanh nghiệp nhà nước quản lý", approx="about"),
]
for label, loc, a, b, c in ROWS:
    kw = {"location": loc} if loc else {}
    pre = "" if loc else f" {label.lower()}"
    FIGS.append(F(f"{label}\n\n{a[0]}\n", a[0], a[1], "measure", "ha", "Diện tích cao su hiện có" + pre, TY, **kw))
    FIGS.append(F(f"\n{a[0]}\n\n{b[0]}\n", b[0], b[1], "measure", "ha", "Diện tích cao su cho sản phẩm" + pre, TY, **kw))
    FIGS.append(F(f"\n{b[0]}\n\n{c[0]}\n", c[0], c[1], "measure", "tấn", "Sản lượng cao su" + pre, TY, **kw))

emit("p274-6", TEXT, COMMENTS, FIGS, published="2024-08-05", location="Bình Dương")
