from lib import F, P, CH, emit, parse_num

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH ĐỒNG NAI
Tin hoạt động > Khoáng sản

Đồng Nai: Rà soát 32 mỏ đá xây dựng đang khai thác
Ngày cập nhật: 18/11/2024 | Lượt xem: 389

Tính đến ngày 31/10/2024, trên địa bàn tỉnh có 32 mỏ đá xây dựng còn hiệu lực giấy phép khai thác với tổng diện tích 1.248,6 ha, tổng trữ lượng còn lại khoảng 486 triệu m³. Trong đó, 24 mỏ do UBND tỉnh cấp phép và 8 mỏ do Bộ Tài nguyên và Môi trường cấp phép.

Sản lượng khai thác đá xây dựng theo địa bàn (đơn vị tính: triệu m³):
Địa bàn
Năm 2023
10 tháng năm 2024
Kế hoạch năm 2024
Huyện Vĩnh Cửu
10,42
8,96
11,00
Huyện Thống Nhất
6,15
5,38
6,50
Huyện Trảng Bom
4,87
4,12
5,00
Các địa bàn khác
5,06
4,40
5,50
Toàn tỉnh
26,50
22,86
28,00

10 tháng năm 2024, sản lượng đá xây dựng khai thác toàn tỉnh đạt 22,86 triệu m³, bằng 81,6% kế hoạch năm, giảm 3,7% so với cùng kỳ năm 2023; số thu tiền cấp quyền khai thác khoáng sản đạt 386,4 tỷ đồng. Giá đá 1x2 bán tại mỏ dao động từ 310.000 đến 345.000 đồng/m³, đá 4x6 khoảng 255.000 đồng/m³.

Qua kiểm tra theo Công văn số 7512/STNMT-KS, Sở đã kiến nghị xử phạt 5 doanh nghiệp khai thác vượt công suất với tổng số tiền hơn 1,2 tỷ đồng; yêu cầu 3 mỏ hết trữ lượng thực hiện đóng cửa mỏ trước tháng 6/2025. Đến năm 2030, tỉnh phấn đấu giảm số mỏ đá xây dựng xuống còn không quá 25 mỏ, tập trung tại các huyện Vĩnh Cửu, Thống Nhất.

Địa chỉ: Số 2 đường Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa.
"""

D = P("Tính đến ngày 31/10/2024", None, "2024-10-31")
Di = P("Tính đến ngày 31/10/2024", None, "2024-10-31", inh=True)
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
CKH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Rà soát 32 mỏ", "32", 32, "count", "mỏ", "mỏ đá xây dựng đang khai thác"),
    F("có 32 mỏ", "32", 32, "count", "mỏ", "mỏ đá xây dựng còn hiệu lực giấy phép khai thác", D),
    F("diện tích 1.248,6 ha", "1.248,6", 1248.6, "measure", "ha", "tổng diện tích", D),
    F("khoảng 486 triệu m³", "486", 486000000, "measure", "m³", "tổng trữ lượng còn lại", D, approx="about"),
    F("24 mỏ do", "24", 24, "count", "mỏ", "mỏ do UBND tỉnh cấp phép", Di, total=32),
    F("8 mỏ do", "8", 8, "count", "mỏ", "mỏ do Bộ Tài nguyên và Môi trường cấp phép", Di, total=32),
]
rows = [
    ("Huyện Vĩnh Cửu", "Vĩnh Cửu", ["10,42", "8,96", "11,00"]),
    ("Huyện Thống Nhất", "Thống Nhất", ["6,15", "5,38", "6,50"]),
    ("Huyện Trảng Bom", "Trảng Bom", ["4,87", "4,12", "5,00"]),
    ("Các địa bàn khác", "Đồng Nai", ["5,06", "4,40", "5,50"]),
    ("Toàn tỉnh", "Đồng Nai", ["26,50", "22,86", "28,00"]),
]
cols = [("Năm 2023", C23, "actual"), ("10 tháng năm 2024", C10, "actual"), ("Kế hoạch năm 2024", CKH, "target")]
for label, loc, cells in rows:
    for i, c in enumerate(cells):
        anchor = label + "\n" + "\n".join(cells[: i + 1])
        col, per, st = cols[i]
        kw = {"status": st} if st != "actual" else {}
        FIGS.append(F(anchor, c, round(parse_num(c) * 1e6), "measure", "m³", f"sản lượng khai thác đá xây dựng {col.lower()}",
                      per, location=loc, **kw))

FIGS += [
    F("đạt 22,86 triệu m³", "22,86", 22860000, "measure", "m³", "sản lượng đá xây dựng khai thác", C10,
      percent=81.6, change=CH("decrease", 3.7, baseline="cùng kỳ năm 2023")),
    F("đạt 386,4 tỷ đồng", "386,4", 386400000000, "money", "đồng", "số thu tiền cấp quyền khai thác khoáng sản", C10),
    F("từ 310.000 đến 345.000", "310.000", 310000, "money", "đồng/m³", "giá đá 1x2 bán tại mỏ", value_max=345000),
    F("khoảng 255.000 đồng/m³", "255.000", 255000, "money", "đồng/m³", "giá đá 4x6", approx="about"),
    F("xử phạt 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", "doanh nghiệp khai thác vượt công suất bị kiến nghị xử phạt"),
    F("hơn 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "tổng số tiền xử phạt", approx="over"),
    F("yêu cầu 3 mỏ", "3", 3, "count", "mỏ", "mỏ hết trữ lượng thực hiện đóng cửa mỏ"),
    F("không quá 25 mỏ", "25", 25, "count", "mỏ", "số mỏ đá xây dựng", P("Đến năm 2030", None, "2030-12-31"),
      approx="at_most", status="target"),
]

COMMENTS = [
    "Department site (Sở TN&MT Đồng Nai): construction-stone quarries — licences, area, reserves, output by district, prices, inspections.",
    "'Ngày cập nhật: 18/11/2024 | Lượt xem: 389' (no time). Default location Đồng Nai; table rows Vĩnh Cửu, Thống Nhất, Trảng Bom -> location.",
    "One-cell-per-line table, header 'Địa bàn | Năm 2023 | 10 tháng năm 2024 | Kế hoạch năm 2024', unit from '(đơn vị tính: triệu m³)':",
    "cells x10^6 m³, measure; period from the column header (scored, as h23); 'Kế hoạch' column -> status target. No totals for table cells.",
    "Headline '32 mỏ' is a figure without period. 'Trong đó, 24 mỏ ... và 8 mỏ' -> total 32 (period in the previous sentence: inherited).",
    "'bằng 81,6% kế hoạch năm, giảm 3,7% ...' -> percent + change of 22,86 triệu m³ (the text figure is separate from the table cell).",
    "'đá 1x2', 'đá 4x6' are product names (stone sizes): not figures. 'không quá 25 mỏ' after 'Đến năm 2030 ... phấn đấu' -> target, at_most.",
    "Distractors: 'Công văn số 7512/STNMT-KS', 'trước tháng 6/2025' (a deadline), 'Số 2 đường Nguyễn Văn Trị', TP Biên Hòa, counter, dateline.",
    "Inspection figures (5 doanh nghiệp, 1,2 tỷ, 3 mỏ) carry no period in the text.",
]

emit("p302-6", TEXT, COMMENTS, FIGS, published="2024-11-18", location="Đồng Nai")
