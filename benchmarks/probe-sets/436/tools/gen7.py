from lib import *

TEXT = """
SỞ Y TẾ TỈNH ĐỒNG NAI
Tin tức > Kế hoạch - Tài chính
Ngày cập nhật: 05/02/2024

Đồng Nai: Giường bệnh và nhân lực y tế năm 2023

Năm 2023, các cơ sở y tế công lập của tỉnh Đồng Nai có 11.842 người làm việc, trong đó 3.215 bác sĩ và 5.104 điều dưỡng. Tuy nhiên, số bác sĩ trên 1 vạn dân chỉ đạt 9,6, thấp hơn chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI đề ra (12 bác sĩ/vạn dân).

Bảng: Một số chỉ tiêu về giường bệnh và nhân lực y tế

Chỉ tiêu

Đơn vị

Năm 2022

Năm 2023

Kế hoạch năm 2025

Số giường bệnh/vạn dân

giường

24,8

26,3

30

Số bác sĩ/vạn dân

bác sĩ

9,1

9,6

12

Công suất sử dụng giường bệnh

%

98,7

104,5

90

Tỷ lệ chuyển tuyến

%

6,8

5,9

4

Giai đoạn 2021-2025, tổng vốn đầu tư cho các công trình y tế của tỉnh khoảng 3,2 nghìn tỷ đồng, trong đó dự án Bệnh viện Đa khoa Đồng Nai giai đoạn 2 với quy mô 1.500 giường có vốn 1.840 tỷ đồng. Bệnh viện Đa khoa khu vực Long Khánh mới đã hoàn thành, nâng số giường của bệnh viện từ 500 lên 700 giường.

Giai đoạn 2021-2023, tỉnh đã thu hút 186 bác sĩ về công tác theo chính sách của Nghị quyết số 17/2021/NQ-HĐND; mỗi bác sĩ được hỗ trợ từ 100 đến 300 triệu đồng.

Địa chỉ: số 2 Phan Đình Phùng, phường Quang Vinh, TP Biên Hòa. Điện thoại: 0251.3842.286.
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K25 = P("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
GDi = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31", inh=True)
GD3 = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
FIGS = [
    F("có 11.842 người", "11.842", 11842, "count", "người", "người làm việc trong các cơ sở y tế công lập", period=Y23),
    F("3.215 bác sĩ", "3.215", 3215, "count", "bác sĩ", "bác sĩ", total=11842, period=Y23),
    F("5.104 điều dưỡng", "5.104", 5104, "count", "điều dưỡng", "điều dưỡng", total=11842, period=Y23),
    F("chỉ đạt 9,6", "9,6", 9.6, "measure", "bác sĩ/1 vạn dân", "số bác sĩ trên 1 vạn dân",
      target=TG(12, "bác sĩ/vạn dân", False), period=P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)),
]
ROWS = [
    ("Số giường bệnh/vạn dân", "giường bệnh/vạn dân", "percent" if False else "measure",
     [("giường\n\n24,8", "24,8", 24.8), ("24,8\n\n26,3", "26,3", 26.3), ("26,3\n\n30", "30", 30)]),
    ("Số bác sĩ/vạn dân", "bác sĩ/vạn dân", "measure",
     [("bác sĩ\n\n9,1", "9,1", 9.1), ("9,1\n\n9,6", "9,6", 9.6), ("9,6\n\n12", "12", 12)]),
    ("Công suất sử dụng giường bệnh", "%", "percent",
     [("%\n\n98,7", "98,7", 98.7), ("98,7\n\n104,5", "104,5", 104.5), ("104,5\n\n90", "90", 90)]),
    ("Tỷ lệ chuyển tuyến", "%", "percent",
     [("%\n\n6,8", "6,8", 6.8), ("6,8\n\n5,9", "5,9", 5.9), ("5,9\n\n4\n", "4", 4)]),
]
for label, unit, kind, cells in ROWS:
    for (anchor, number, value), (col, per) in zip(cells, [("năm 2022", Y22), ("năm 2023", Y23), ("kế hoạch năm 2025", K25)]):
        kw = {"status": "target"} if per is K25 else {}
        FIGS.append(F(anchor, number, value, kind, unit, f"{label} {col}", period=per, **kw))

FIGS += [
    F("khoảng 3,2 nghìn tỷ", "3,2", 3.2e12, "money", "đồng", "tổng vốn đầu tư cho các công trình y tế", approx="about", period=GD),
    F("quy mô 1.500 giường", "1.500", 1500, "count", "giường", "quy mô giường Bệnh viện Đa khoa Đồng Nai giai đoạn 2", period=GD),
    F("vốn 1.840 tỷ", "1.840", 1840e9, "money", "đồng", "vốn dự án Bệnh viện Đa khoa Đồng Nai giai đoạn 2",
      total=3.2e12, period=GD),
    F("từ 500 lên", "500", 500, "count", "giường", "số giường Bệnh viện Đa khoa khu vực Long Khánh trước khi mở rộng",
      period=GDi, optional=True),
    F("lên 700 giường", "700", 700, "count", "giường", "số giường Bệnh viện Đa khoa khu vực Long Khánh", period=GDi),
    F("thu hút 186 bác sĩ", "186", 186, "count", "bác sĩ", "bác sĩ được thu hút về công tác",
      period=GD3),
    F("từ 100 đến 300 triệu", "100", 100e6, "money", "đồng", "mức hỗ trợ mỗi bác sĩ", value_max=300e6, period=GD3),
]

build(7, TEXT, FIGS, [
    "Department site (Sở Y tế Đồng Nai), 'Ngày cập nhật: 05/02/2024' without time. One-cell-per-line table with a 'Đơn vị' column",
    "and year columns: every cell a figure; subject = row + column label; period from the column header; 'Kế hoạch năm 2025' column -> status target.",
    "'(12 bác sĩ/vạn dân)' after 'chỉ tiêu … đề ra' is the target of 9,6 (met false), not a figure. 3.215 and 5.104 are parts of 11.842 ('trong đó').",
    "'nâng … từ 500 lên 700 giường': 700 is a figure, the old level 500 optional (no change number stated); period inherited from the paragraph's 'Giai đoạn 2021-2025'.",
    "'Giai đoạn 2 ' of a project is a name. Distractors: 'Đại hội … lần thứ XI', 'Nghị quyết số 17/2021/NQ-HĐND', address, phone.",
], published="2024-02-05", location="Đồng Nai")
