"""p712-7: Sở Xây dựng TP. Hồ Chí Minh (department site, no dateline) — nguồn cung căn hộ 2021-2023, one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """SỞ XÂY DỰNG THÀNH PHỐ HỒ CHÍ MINH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Liên hệ

Nguồn cung căn hộ thương mại giai đoạn 2021-2023 giảm mạnh, phân khúc bình dân gần như biến mất

Theo số liệu tổng hợp của Sở Xây dựng, nguồn cung căn hộ chung cư thương mại mở bán mới trên địa bàn Thành phố giảm liên tục trong giai đoạn 2021-2023. Năm 2023, toàn Thành phố chỉ có 6.070 căn hộ mở bán mới, bằng 34,6% năm 2021.

Bảng 2. Căn hộ thương mại mở bán mới theo phân khúc
Đơn vị tính: căn
Phân khúc
Năm 2021
Năm 2022
Năm 2023
Cao cấp
6.830
5.210
2.950
Trung cấp
9.460
7.380
3.120
Bình dân
1.240
520
0
Tổng số
17.530
13.110
6.070

Năm 2023, nguồn cung tập trung tại TP. Thủ Đức (2.480 căn), Quận 7 (1.150 căn) và huyện Bình Chánh (860 căn). Giá bán sơ cấp bình quân năm 2023 đạt 61,5 triệu đồng/m², tăng 4,2% so với năm 2022; căn hộ có giá dưới 40 triệu đồng/m² chiếm chưa đến 5% nguồn cung. Tỷ lệ hấp thụ bình quân năm 2023 chỉ đạt 62%, thấp hơn mức 78% của năm 2022.

Theo Chương trình phát triển nhà ở Thành phố, giai đoạn 2021-2025 phấn đấu phát triển khoảng 35.000 căn nhà ở xã hội.

Sở Xây dựng TP. Hồ Chí Minh - 60 Trương Định, Phường Võ Thị Sáu, Quận 3 - Điện thoại: (028) 3932.5851
Tổng số lượt truy cập: 5.231.447
"""

COMMENTS = [
    "Sở Xây dựng TP. Hồ Chí Minh department site, no dateline (no `published`): nguồn cung căn hộ thương mại 2021-2023.",
    "One-cell-per-line table with 'Đơn vị tính: căn' (rows = segments, columns = Năm 2021/2022/2023): every numeric cell, the 0",
    "included, is a count in căn; subject = row label + column label; period from the column header (scored, as in shared h23);",
    "the Tổng số row cells are figures; no totals for table cells. 'bằng 34,6% năm 2021' is the percent of 6.070 căn hộ (text).",
    "District items in brackets: location = the district (Thủ Đức, Quận 7, Bình Chánh), period 'Năm 2023' of their sentence, no total.",
    "'thấp hơn mức 78% của năm 2022': 78% is the baseline level, not the gap, so a percent figure of its own (cf. h06 baseline amounts).",
    "revised: table-cell subjects were 'căn hộ thương mại mở bán mới phân khúc … năm …' (title + labels); FIGURES.md says row label",
    "and column label, so now 'phân khúc cao cấp năm 2021', 'tổng số năm 2021' etc.",
    "'dưới 40 triệu đồng/m²' is a segment threshold (optional). Distractors: 'Bảng 2', 'giai đoạn 2021-2023', address '60 Trương",
    "Định, Phường Võ Thị Sáu, Quận 3', phone '(028) 3932.5851', 'Tổng số lượt truy cập: 5.231.447', 'Quận 7' as a name.",
]

Y21 = P("Năm 2021", "2021-01-01", "2021-12-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T = "căn hộ thương mại mở bán mới"

ROWS = [
    ("Cao cấp", "phân khúc cao cấp", [("Cao cấp\n6.830", "6.830"), ("6.830\n5.210", "5.210"), ("5.210\n2.950", "2.950")]),
    ("Trung cấp", "phân khúc trung cấp", [("Trung cấp\n9.460", "9.460"), ("9.460\n7.380", "7.380"), ("7.380\n3.120", "3.120")]),
    ("Bình dân", "phân khúc bình dân", [("Bình dân\n1.240", "1.240"), ("1.240\n520", "520"), ("520\n0", "0")]),
    ("Tổng số", "tổng số", [("Tổng số\n17.530", "17.530"), ("17.530\n13.110", "13.110"), ("13.110\n6.070", "6.070")]),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("có 6.070 căn hộ", "6.070", 6070, "count", "căn hộ", "căn hộ mở bán mới", Y23, percent=34.6),
]
for _, label, cells in ROWS:
    for (anchor, n), (per, yr) in zip(cells, ((Y21, "năm 2021"), (Y22, "năm 2022"), (Y23, "năm 2023"))):
        # FIGURES.md: a table cell's subject is the row label and the column label (first draft also had the table title)
        subj = f"{label} {yr}"
        FIGS.append(F(anchor, n, num(n), "count", "căn", subj, per))

FIGS += [
    F("Đức (2.480 căn)", "2.480", 2480, "count", "căn", "nguồn cung căn hộ mở bán mới", Y23, location="Thủ Đức"),
    F("Quận 7 (1.150 căn)", "1.150", 1150, "count", "căn", "nguồn cung căn hộ mở bán mới", Y23, location="Quận 7"),
    F("Chánh (860 căn)", "860", 860, "count", "căn", "nguồn cung căn hộ mở bán mới", Y23, location="Bình Chánh"),
    F("đạt 61,5 triệu", "61,5", 61.5e6, "money", "đồng/m²", "giá bán sơ cấp bình quân", P("năm 2023", "2023-01-01", "2023-12-31"),
      change=CH("increase", 4.2, baseline="năm 2022")),
    F("dưới 40 triệu", "40", 40e6, "money", "đồng/m²", "phân khúc giá căn hộ", approx="under", optional=True),
    F("chưa đến 5%", "5", 5, "percent", "%", "tỷ trọng căn hộ có giá dưới 40 triệu đồng/m² trong nguồn cung",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="under"),
    F("chỉ đạt 62%", "62", 62, "percent", "%", "tỷ lệ hấp thụ bình quân", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("mức 78%", "78", 78, "percent", "%", "tỷ lệ hấp thụ bình quân", P("năm 2022", "2022-01-01", "2022-12-31")),
    F("khoảng 35.000 căn", "35.000", 35000, "count", "căn", "căn nhà ở xã hội phát triển",
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), approx="about", status="target"),
]

if __name__ == "__main__":
    emit("p712-7", TEXT, COMMENTS, FIGS, location="Thành phố Hồ Chí Minh")
