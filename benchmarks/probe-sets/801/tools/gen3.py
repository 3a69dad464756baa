"""p801-3: formal report UBND tỉnh Bắc Ninh, metal craft villages; flattened '|' table."""
from lib import F, build, year, months, asof, span, inherit, up, tgt

TEXT = """
UBND TỈNH BẮC NINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Bắc Ninh, ngày 05 tháng 7 năm 2024

BÁO CÁO
Tình hình sản xuất và bảo vệ môi trường tại các làng nghề kim loại 6 tháng đầu năm 2024

I. KHÁI QUÁT CHUNG
1. Toàn tỉnh có 4 làng nghề cơ khí, tái chế kim loại và đúc đồng, với 3.870 hộ sản xuất và khoảng 15.400 lao động.
2. 6 tháng đầu năm 2024, doanh thu các làng nghề kim loại ước đạt 6.240 tỷ đồng, tăng 7,4% so với cùng kỳ, chiếm 18,6% doanh thu toàn bộ làng nghề của tỉnh.

Bảng 1. Kết quả sản xuất các làng nghề kim loại 6 tháng đầu năm 2024
Đơn vị tính: hộ, người, tỷ đồng, m3/ngày
TT | Làng nghề | Số hộ sản xuất (hộ) | Lao động (người) | Doanh thu (tỷ đồng) | Nước thải phát sinh (m3/ngày)
1 | Đa Hội (TP Từ Sơn) | 1.520 | 6.800 | 4.150 | 1.900
2 | Văn Môn (Yên Phong) | 1.260 | 4.900 | 1.480 | 650
3 | Đại Bái (Gia Bình) | 820 | 2.900 | 520 | 210
4 | Quảng Bố (Lương Tài) | 270 | 800 | 90 | 40
 | Tổng cộng | 3.870 | 15.400 | 6.240 | 2.800

II. CÔNG TÁC BẢO VỆ MÔI TRƯỜNG
1. Đến 30/6/2024, có 1.115/3.870 hộ đã đầu tư thiết bị xử lý khí thải lò nấu, đạt 28,8%. Trạm xử lý nước thải tập trung Cụm công nghiệp Châu Khê (TP Từ Sơn) có công suất 2.000 m3/ngày đêm, hiện mới tiếp nhận khoảng 1.400 m3/ngày đêm.
2. Trong 6 tháng, lực lượng chức năng kiểm tra 46 cơ sở, xử phạt 12 cơ sở vi phạm về môi trường, trong đó 3 cơ sở bị đình chỉ hoạt động lò nấu từ 3 đến 6 tháng; tổng số tiền phạt 685 triệu đồng.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
1. Phấn đấu cả năm 2024 doanh thu các làng nghề kim loại đạt 12.800 tỷ đồng.
2. Dự kiến khởi công Cụm công nghiệp làng nghề Văn Môn (Yên Phong) quy mô 24,5 ha, tổng vốn đầu tư khoảng 580 tỷ đồng theo Quyết định số 1230/QĐ-UBND.
"""

H1 = months("6 tháng đầu năm 2024", 2024, 1, 6)
H1T = inherit(months("6 tháng đầu năm 2024", 2024, 1, 6))
H1b = months("Trong 6 tháng", 2024, 1, 6)

ROWS = [  # (row label for anchors, village, district, cells)
    ("Đa Hội (TP Từ Sơn) | ", "Đa Hội", "Từ Sơn", ["1.520", "6.800", "4.150", "1.900"]),
    ("Văn Môn (Yên Phong) | ", "Văn Môn", "Yên Phong", ["1.260", "4.900", "1.480", "650"]),
    ("Đại Bái (Gia Bình) | ", "Đại Bái", "Gia Bình", ["820", "2.900", "520", "210"]),
    ("Quảng Bố (Lương Tài) | ", "Quảng Bố", "Lương Tài", ["270", "800", "90", "40"]),
    ("Tổng cộng | ", None, "Bắc Ninh", ["3.870", "15.400", "6.240", "2.800"]),
]
COLS = [("count", "hộ", 1, "số hộ sản xuất"), ("count", "người", 1, "lao động"),
        ("money", "đồng", 1e9, "doanh thu"), ("measure", "m3/ngày", 1, "nước thải phát sinh")]


TABLE = []
for label, village, district, cells in ROWS:
    for i, cell in enumerate(cells):
        kind, unit, mult, col = COLS[i]
        # anchor: the row label and the cells up to this one (the last cell: the two cells before it)
        anchor = label + " | ".join(cells[: i + 1]) if i < 3 else " | ".join(cells[1:4])
        value = float(cell.replace(".", "")) * mult
        subj = f"{col} làng nghề {village}" if village else f"tổng {col} các làng nghề kim loại"
        TABLE.append(F(anchor, cell, value, kind, unit, subj, H1T, location=district))

FIGS = [
    F("có 4 làng nghề", "4", 4, "count", "làng nghề", "làng nghề cơ khí, tái chế kim loại và đúc đồng"),
    F("với 3.870 hộ", "3.870", 3870, "count", "hộ", "hộ sản xuất"),
    F("khoảng 15.400 lao động", "15.400", 15400, "count", "lao động", "lao động", approx="about"),
    F("ước đạt 6.240 tỷ đồng", "6.240", 6240e9, "money", "đồng", "doanh thu các làng nghề kim loại", H1,
      status="estimate", change=up(7.4, baseline="cùng kỳ"), percent=18.6),
] + TABLE + [
    F("có 1.115/3.870 hộ", "1.115", 1115, "count", "hộ", "hộ đã đầu tư thiết bị xử lý khí thải lò nấu",
      asof("Đến 30/6/2024", "2024-06-30"), total=3870, percent=28.8),
    F("công suất 2.000 m3/ngày đêm", "2.000", 2000, "measure", "m3/ngày đêm",
      "công suất trạm xử lý nước thải tập trung Cụm công nghiệp Châu Khê", location="Từ Sơn"),
    F("khoảng 1.400 m3/ngày đêm", "1.400", 1400, "measure", "m3/ngày đêm", "lượng nước thải trạm tiếp nhận",
      approx="about", location="Từ Sơn"),
    F("kiểm tra 46 cơ sở", "46", 46, "count", "cơ sở", "cơ sở được kiểm tra", H1b),
    F("xử phạt 12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở vi phạm về môi trường bị xử phạt", H1b),
    F("3 cơ sở bị đình chỉ", "3", 3, "count", "cơ sở", "cơ sở bị đình chỉ hoạt động lò nấu", H1b, total=12),
    F("từ 3 đến 6 tháng", "3", 3, "measure", "tháng", "thời hạn đình chỉ hoạt động lò nấu", value_max=6),
    F("phạt 685 triệu đồng", "685", 685e6, "money", "đồng", "tổng số tiền phạt", H1b),
    F("đạt 12.800 tỷ đồng", "12.800", 12800e9, "money", "đồng", "doanh thu các làng nghề kim loại",
      year("cả năm 2024", 2024), status="target"),
    F("quy mô 24,5 ha", "24,5", 24.5, "measure", "ha", "quy mô Cụm công nghiệp làng nghề Văn Môn", status="forecast",
      location="Yên Phong"),
    F("khoảng 580 tỷ đồng", "580", 580e9, "money", "đồng", "tổng vốn đầu tư Cụm công nghiệp làng nghề Văn Môn",
      approx="about", status="forecast", location="Yên Phong"),
]

build(3, TEXT, FIGS, published="2024-07-05", location="Bắc Ninh", comments=[
    "Formal report UBND tỉnh Bắc Ninh Số 287/BC-UBND, 05/7/2024: metal craft villages (Đa Hội, Văn Môn, Đại Bái, Quảng Bố), H1/2024.",
    "Flattened '|' table: each cell a figure; subject = column label + village, location = the district in brackets (Tổng cộng row: Bắc Ninh);",
    "unit from the header; 'Doanh thu (tỷ đồng)' multiplies by 10^9; period from the table title line above (inherited); no totals on cells.",
    "'Trong 6 tháng' takes 2024 from the title. 3 cơ sở đình chỉ is part of the 12 cơ sở xử phạt (trong đó). Row numbers TT are not figures.",
])
