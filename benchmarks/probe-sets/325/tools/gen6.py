from lib import P, C, T, write

rows = [
    ("Số gói thầu qua mạng (gói)", "Số gói thầu qua mạng", ["3.214", "3.876", "2.105"], "count", "gói"),
    ("Tỷ lệ về số lượng (%)", "Tỷ lệ về số lượng", ["88,4", "93,7", "96,2"], "percent", "%"),
    ("Tổng giá gói thầu (tỷ đồng)", "Tổng giá gói thầu", ["8.452,6", "10.318,2", "4.976,5"], "money", "đồng"),
    ("Tỷ lệ về giá trị (%)", "Tỷ lệ về giá trị", ["71,5", "82,3", "85,9"], "percent", "%"),
    ("Tỷ lệ tiết kiệm (%)", "Tỷ lệ tiết kiệm", ["4,6", "5,2", "6,1"], "percent", "%"),
]
cols = [("Năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31")),
        ("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31")),
        ("6 tháng đầu năm 2024", P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"))]

table = "Kết quả lựa chọn nhà thầu qua mạng\nChỉ tiêu\n" + "".join(c + "\n" for c, _ in cols)
for label, _, cells, _, _ in rows:
    table += label + "\n" + "".join(c + "\n" for c in cells)

text = """Sở Kế hoạch và Đầu tư tỉnh Đồng Nai
Tin tức > Đấu thầu

Đồng Nai: Tỷ lệ đấu thầu qua mạng 6 tháng đầu năm 2024 đạt 96,2%
Ngày cập nhật 05/08/2024

Sau hơn 2 năm thực hiện lộ trình bắt buộc lựa chọn nhà thầu qua mạng, kết quả đấu thầu qua mạng trên địa bàn tỉnh Đồng Nai đã cải thiện rõ rệt cả về số lượng và giá trị gói thầu. Cụ thể như sau:

""" + table + """
Trong 6 tháng đầu năm 2024, tỷ lệ tiết kiệm cao nhất thuộc về huyện Nhơn Trạch (8,4%), TP Long Khánh (7,9%); thấp nhất là huyện Tân Phú (1,7%). Có 9/11 huyện, thành phố đạt tỷ lệ đấu thầu qua mạng về số lượng trên 95%.

Năm 2023, Sở đã tiếp nhận 19 kiến nghị của nhà thầu, giải quyết dứt điểm 19/19 kiến nghị; phát hiện 3 trường hợp nhà thầu cung cấp thông tin không trung thực trong hồ sơ dự thầu và đề nghị xử lý theo Điều 16 Luật Đấu thầu.

Theo kế hoạch năm 2024, tỉnh phấn đấu tỷ lệ đấu thầu qua mạng đạt 98% về số lượng và 85% về giá trị gói thầu.

Phòng Đấu thầu, thẩm định và giám sát đầu tư - ĐT: 0251.3822.505
Số lượt xem: 1.024
"""

H = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")


def num(s):
    return float(s.replace(".", "").replace(",", "."))


figs = [
    dict(anchor="đạt 96,2%", number="96,2", value=96.2, kind="percent", unit="%",
         subject="Tỷ lệ đấu thầu qua mạng", period=H),
]
for label, short, cells, kind, unit in rows:
    prev = label
    for (cname, per), cell in zip(cols, cells):
        v = num(cell) * (1e9 if kind == "money" else 1)
        figs.append(dict(anchor=f"{prev}\n{cell}\n", number=cell, value=v, kind=kind, unit=unit,
                         subject=f"{short} {cname.lower()}", period=per))
        prev = cell

figs += [
    dict(anchor="Nhơn Trạch (8,4%)", number="8,4", value=8.4, kind="percent", unit="%",
         subject="tỷ lệ tiết kiệm", location="Nhơn Trạch", period=H),
    dict(anchor="Long Khánh (7,9%)", number="7,9", value=7.9, kind="percent", unit="%",
         subject="tỷ lệ tiết kiệm", location="Long Khánh", period=H),
    dict(anchor="Tân Phú (1,7%)", number="1,7", value=1.7, kind="percent", unit="%",
         subject="tỷ lệ tiết kiệm thấp nhất", location="Tân Phú", period=H),
    dict(anchor="Có 9/11 huyện", number="9", value=9, kind="count", unit="huyện, thành phố", total=11,
         subject="huyện, thành phố đạt tỷ lệ đấu thầu qua mạng về số lượng trên 95%", period=P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)),
    dict(anchor="số lượng trên 95%", number="95", value=95, kind="percent", unit="%", approx="over", optional=True),
    dict(anchor="tiếp nhận 19 kiến nghị", number="19", value=19, kind="count", unit="kiến nghị",
         subject="kiến nghị của nhà thầu tiếp nhận", period=Y23),
    dict(anchor="dứt điểm 19/19", number="19", value=19, kind="count", unit="kiến nghị", total=19,
         subject="kiến nghị giải quyết dứt điểm", period=Y23),
    dict(anchor="phát hiện 3 trường hợp", number="3", value=3, kind="count", unit="trường hợp",
         subject="trường hợp nhà thầu cung cấp thông tin không trung thực", period=Y23),
    dict(anchor="đạt 98% về số lượng", number="98", value=98, kind="percent", unit="%", status="target",
         subject="tỷ lệ đấu thầu qua mạng về số lượng", period=Y24),
    dict(anchor="và 85% về giá trị", number="85", value=85, kind="percent", unit="%", status="target",
         subject="tỷ lệ đấu thầu qua mạng về giá trị gói thầu", period=Y24),
]

comments = [
    "Department site (Sở KH&ĐT Đồng Nai): online bidding 2022 - 6 months 2024; 'Ngày cập nhật dd/mm/yyyy' without time, view counter at the end.",
    "Table written one cell per line: header 'Chỉ tiêu | Năm 2022 | Năm 2023 | 6 tháng đầu năm 2024', units in the row labels '(gói)', '(%)',",
    "'(tỷ đồng)' (×10^9, unit đồng). Every cell a figure; subject = row label + column label; period from the column header (scored, as h23/h24).",
    "District list after 'Trong 6 tháng đầu năm 2024' (same sentence): locations. '9/11 huyện, thành phố' total 11; its threshold 'trên 95%' optional.",
    "'19/19 kiến nghị' total 19. Targets: 'kế hoạch năm 2024 … phấn đấu … 98% … và 85%'.",
    "Distractors: 'Sau hơn 2 năm thực hiện' (a duration locating the article in time, not a figure), 'Điều 16 Luật Đấu thầu', phone, view counter.",
]
write(6, comments, text, figs, published="2024-08-05", location="Đồng Nai")
