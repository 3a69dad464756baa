"""p970-7: Sở Tư pháp Sóc Trăng department site, no dateline, one-cell-per-line table."""
from lib import F, P, I, C, T, write_set

TEXT = """SỞ TƯ PHÁP TỈNH SÓC TRĂNG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Hỏi đáp

Kết quả công tác hòa giải ở cơ sở năm 2023 và 9 tháng đầu năm 2024

Năm 2023, các tổ hòa giải trên địa bàn tỉnh Sóc Trăng tiếp nhận 1.112 vụ việc, giảm 2,3% so với năm 2022; hòa giải thành 956 vụ việc, đạt 86%. Số liệu theo lĩnh vực như sau:

Đơn vị tính: vụ việc
Lĩnh vực
Năm 2022
Năm 2023
Đất đai
512
468
Hôn nhân và gia đình
287
301
Dân sự
196
214
Lĩnh vực khác
143
129
Tổng cộng
1.138
1.112

Toàn tỉnh hiện có 1.179 tổ hòa giải với 8.452 hòa giải viên, trong đó 2.367 hòa giải viên là người Khmer. 9 tháng đầu năm 2024, các tổ tiếp nhận 803 vụ việc, hòa giải thành 702 vụ việc, đạt 87,4%. Các huyện có tỷ lệ hòa giải thành cao là Long Phú (92,3%), Mỹ Xuyên (90,8%) và Trần Đề (89,5%).

Hưởng ứng Ngày Pháp luật Việt Nam (9/11), Sở Tư pháp phối hợp tổ chức Hội thi hòa giải viên giỏi lần thứ IV với 11 đội thi đến từ các huyện, thị xã, thành phố.

Năm 2024, Sở Tư pháp đặt mục tiêu tỷ lệ hòa giải thành của tỉnh đạt trên 88%; 100% tổ hòa giải ở ấp, khóm có đông đồng bào Khmer được cấp sổ tay hòa giải song ngữ Việt - Khmer.

SỞ TƯ PHÁP TỈNH SÓC TRĂNG
Địa chỉ: Số 6 Châu Văn Tiếp, Phường 2, TP Sóc Trăng, tỉnh Sóc Trăng
Điện thoại: 0299.3822.358 - Fax: 0299.3826.094
Lượt truy cập: 1.284.905
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")

ROWS = [
    ("vụ việc đất đai", [("Đất đai\n512", "512", 512), ("512\n468", "468", 468)]),
    ("vụ việc hôn nhân và gia đình", [("Hôn nhân và gia đình\n287", "287", 287), ("287\n301", "301", 301)]),
    ("vụ việc dân sự", [("Dân sự\n196", "196", 196), ("196\n214", "214", 214)]),
    ("vụ việc lĩnh vực khác", [("Lĩnh vực khác\n143", "143", 143), ("143\n129", "129", 129)]),
    ("tổng cộng vụ việc", [("Tổng cộng\n1.138", "1.138", 1138), ("1.138\n1.112", "1.112", 1112)]),
]

FIGS = [
    F("tiếp nhận 1.112 vụ việc", "1.112", 1112, "count", "vụ việc", "vụ việc các tổ hòa giải tiếp nhận", Y23,
      change=C("decrease", 2.3, "%", "năm 2022")),
    F("thành 956 vụ việc", "956", 956, "count", "vụ việc", "vụ việc hòa giải thành", Y23, percent=86),
]
for subj, cells in ROWS:
    for per, (anchor, number, value) in zip((Y22, Y23), cells):
        FIGS.append(F(anchor, number, value, "count", "vụ việc", subj, per))
FIGS += [
    F("có 1.179 tổ hòa giải", "1.179", 1179, "count", "tổ hòa giải", "tổ hòa giải"),
    F("với 8.452 hòa giải viên", "8.452", 8452, "count", "hòa giải viên", "hòa giải viên"),
    F("trong đó 2.367 hòa giải viên", "2.367", 2367, "count", "hòa giải viên", "hòa giải viên là người Khmer",
      total=8452),
    F("tiếp nhận 803 vụ việc", "803", 803, "count", "vụ việc", "vụ việc các tổ tiếp nhận", M9),
    F("thành 702 vụ việc", "702", 702, "count", "vụ việc", "vụ việc hòa giải thành", M9, percent=87.4),
    F("Long Phú (92,3%)", "92,3", 92.3, "percent", "%", "tỷ lệ hòa giải thành", I(M9), location="Long Phú"),
    F("Mỹ Xuyên (90,8%)", "90,8", 90.8, "percent", "%", "tỷ lệ hòa giải thành", I(M9), location="Mỹ Xuyên"),
    F("Trần Đề (89,5%)", "89,5", 89.5, "percent", "%", "tỷ lệ hòa giải thành", I(M9), location="Trần Đề"),
    F("đạt trên 88%", "88", 88, "percent", "%", "tỷ lệ hòa giải thành", P("Năm 2024", "2024-01-01", "2024-12-31"),
      approx="over", status="target"),
    F("100% tổ hòa giải ở ấp", "100", 100, "percent", "%",
      "tổ hòa giải ở ấp, khóm có đông đồng bào Khmer được cấp sổ tay hòa giải song ngữ",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("với 11 đội thi", "11", 11, "count", "đội thi", "đội thi Hội thi hòa giải viên giỏi"),
]

NOTES = [
    "Sở Tư pháp Sóc Trăng department site: no dateline (published absent), footer address/phone/visit counter.",
    "Table pasted one cell per line: header 'Lĩnh vực / Năm 2022 / Năm 2023', unit line 'Đơn vị tính: vụ việc';",
    "each cell a figure, subject = row label, period = column header (stated, scored), no totals for cells.",
    "1.112 in the text: change 'giảm 2,3% so với năm 2022' (1.112 vs 1.138). 2.367 is part of 8.452 ('trong đó').",
    "'Hiện' sentence: no period. District list of rates: location each district, period inherited from the sentence before.",
    "'Ngày Pháp luật Việt Nam (9/11)', 'lần thứ IV', address 'Số 6 ..., Phường 2', phones, 'Lượt truy cập' are not figures.",
]

write_set(7, TEXT, FIGS, NOTES, published=None, location="Sóc Trăng")
