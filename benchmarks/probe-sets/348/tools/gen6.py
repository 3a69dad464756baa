from lib import F, P, emit, parse_num

TEXT = """Sở Kế hoạch và Đầu tư tỉnh Thanh Hóa
Số liệu - Thống kê

Một số chỉ tiêu hoạt động của hệ thống quỹ tín dụng nhân dân giai đoạn 2021-2023 và kế hoạch năm 2024
Ngày cập nhật: 03/04/2024

Theo Ngân hàng Nhà nước chi nhánh tỉnh Thanh Hóa, năm 2023 nguồn vốn huy động của hệ thống QTDND toàn tỉnh đạt 8.912,7 tỷ đồng, tăng 10,9% so với năm 2022; dư nợ cho vay đạt 7.893,5 tỷ đồng, tăng 10,4%. Tỷ lệ nợ xấu giảm xuống còn 0,87%. Trong năm, các quỹ đã cho vay mới gần 5.430 tỷ đồng với trên 41 nghìn lượt khách hàng; lợi nhuận sau thuế toàn hệ thống đạt 96,8 tỷ đồng, tăng 6,5% so với năm 2022.

Đơn vị tính: tỷ đồng

Chỉ tiêu

Năm 2021

Năm 2022

Năm 2023

Kế hoạch năm 2024

Số quỹ tín dụng nhân dân (quỹ)

58

57

57

57

Số thành viên (người)

112.640

118.305

123.870

128.000

Nguồn vốn huy động

7.215,4

8.036,2

8.912,7

9.800

Dư nợ cho vay

6.482,1

7.150,6

7.893,5

8.700

Tỷ lệ nợ xấu (%)

0,82

0,95

0,87

Dưới 1

Hiện có 44 quỹ (chiếm 77,2% số quỹ) được xếp loại tốt và khá; 2 quỹ xếp loại yếu đang thực hiện phương án cơ cấu lại. Các huyện có nhiều quỹ là Hoằng Hóa (7 quỹ), Quảng Xương (6 quỹ) và Thọ Xuân (5 quỹ). Năm 2024, toàn tỉnh không thành lập mới quỹ, tập trung nâng cao chất lượng hoạt động.

Nguồn: NHNN chi nhánh tỉnh Thanh Hóa
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
COLP = [P("Năm 2021", "2021-01-01", "2021-12-31"), P("Năm 2022", "2022-01-01", "2022-12-31"),
        P("Năm 2023", "2023-01-01", "2023-12-31"), P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")]
COLN = ["Năm 2021", "Năm 2022", "Năm 2023", "Kế hoạch năm 2024"]

FIGS = [
    F("đạt 8.912,7 tỷ đồng", "8.912,7", 8912.7e9, "money", "đồng",
      "nguồn vốn huy động của hệ thống QTDND toàn tỉnh", Y23,
      change={"direction": "increase", "value": 10.9, "unit": "%", "baseline": "năm 2022"}),
    F("đạt 7.893,5 tỷ đồng", "7.893,5", 7893.5e9, "money", "đồng", "dư nợ cho vay", Y23,
      change={"direction": "increase", "value": 10.4, "unit": "%"}),
    F("còn 0,87%", "0,87", 0.87, "percent", "%", "Tỷ lệ nợ xấu", P("năm 2023", "2023-01-01", "2023-12-31", inh=True)),
]

FIGS += [
    F("gần 5.430 tỷ đồng", "5.430", 5430e9, "money", "đồng", "các quỹ cho vay mới", P("Trong năm", "2023-01-01", "2023-12-31"),
      approx="nearly"),
    F("trên 41 nghìn lượt", "41", 41000, "count", "lượt khách hàng", "lượt khách hàng vay mới",
      P("Trong năm", "2023-01-01", "2023-12-31"), approx="over"),
    F("đạt 96,8 tỷ đồng", "96,8", 96.8e9, "money", "đồng", "lợi nhuận sau thuế toàn hệ thống",
      P("Trong năm", "2023-01-01", "2023-12-31"),
      change={"direction": "increase", "value": 6.5, "unit": "%", "baseline": "năm 2022"}),
]

TABLE = [
    ("Số quỹ tín dụng nhân dân", "count", "quỹ", 1,
     [("(quỹ)\n\n58", "58"), ("58\n\n57", "57"), ("57\n\n57\n\nSố thành", "57"), ("57\n\nSố thành", "57")]),
    ("Số thành viên", "count", "người", 1,
     [("112.640", "112.640"), ("118.305", "118.305"), ("123.870", "123.870"), ("128.000", "128.000")]),
    ("Nguồn vốn huy động", "money", "đồng", 1e9,
     [("7.215,4", "7.215,4"), ("8.036,2", "8.036,2"), ("8.912,7\n", "8.912,7"), ("9.800", "9.800")]),
    ("Dư nợ cho vay", "money", "đồng", 1e9,
     [("6.482,1", "6.482,1"), ("7.150,6", "7.150,6"), ("7.893,5\n", "7.893,5"), ("8.700", "8.700")]),
    ("Tỷ lệ nợ xấu", "percent", "%", 1,
     [("0,82", "0,82"), ("0,95", "0,95"), ("0,87\n", "0,87"), ("Dưới 1", "1")]),
]
for row, kind, unit, mult, cells in TABLE:
    for i, (anchor, num) in enumerate(cells):
        kw = {}
        if i == 3:
            kw["status"] = "target"
        if anchor == "Dưới 1":
            kw["approx"] = "under"
        FIGS.append(F(anchor, num, parse_num(num) * mult, kind, unit, f"{row} {COLN[i]}", COLP[i], **kw))

FIGS += [
    F("có 44 quỹ", "44", 44, "count", "quỹ", "quỹ được xếp loại tốt và khá", percent=77.2),
    F("2 quỹ xếp loại yếu", "2", 2, "count", "quỹ", "quỹ xếp loại yếu đang thực hiện phương án cơ cấu lại"),
    F("Hoằng Hóa (7 quỹ)", "7", 7, "count", "quỹ", "số quỹ", location="Hoằng Hóa"),
    F("Quảng Xương (6 quỹ)", "6", 6, "count", "quỹ", "số quỹ", location="Quảng Xương"),
    F("Thọ Xuân (5 quỹ)", "5", 5, "count", "quỹ", "số quỹ", location="Thọ Xuân"),
]

COMMENTS = [
    "Department site (Sở KH&ĐT Thanh Hóa, statistics page): QTDND indicators 2021-2023 and plan 2024, lead paragraph + table written one cell per line.",
    "Dateline 'Ngày cập nhật: 03/04/2024' (no time). Default location Thanh Hóa. Title 'giai đoạn 2021-2023' is only a period.",
    "Table: 'Đơn vị tính: tỷ đồng' applies to the money rows; the row labels '(quỹ)', '(người)', '(%)' override it for count and percent rows.",
    "Each cell: subject = row label + column label, period from its column header; 'Kế hoạch năm 2024' cells are status target; 'Dưới 1' approx under.",
    "'dư nợ cho vay ... tăng 10,4%' without a baseline written. 'Tỷ lệ nợ xấu giảm xuống còn 0,87%' states the new level only: no change.",
    "'44 quỹ (chiếm 77,2% số quỹ)': percent 77,2 (no total: the whole is not a number in that sentence). District list: location, subject 'số quỹ'.",
    "'Trong năm' (in the sentence after 'năm 2023') is that year: 2023.",
    "Sentences beginning 'Hiện' have no stated period (gold period omitted). 'Năm 2024, ... không thành lập mới quỹ' has no number.",
]

emit("p348-6", TEXT, COMMENTS, FIGS, published="2024-04-03", location="Thanh Hóa")
