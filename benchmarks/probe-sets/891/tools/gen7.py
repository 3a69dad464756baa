"""p891-7: department site (Sở NN&PTNT Ninh Thuận), no dateline, one-cell-per-line table, footer and counter."""
from lib import F, C, P, Y, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH NINH THUẬN
Trang chủ » Khuyến nông » Mô hình hiệu quả

Phát triển dưa lưới công nghệ cao ở Ninh Thuận

Với lợi thế nắng nhiều, ít mưa, Ninh Thuận đang trở thành vùng trồng dưa lưới công nghệ cao của Nam Trung Bộ. Năm 2023, diện tích dưa lưới trong nhà màng toàn tỉnh đạt 38,5 ha, tăng 41% so với năm 2022, gồm huyện Ninh Hải 14,2 ha, Ninh Phước 11,6 ha, Thuận Nam 7,4 ha và TP Phan Rang - Tháp Chàm 5,3 ha.

9 tháng đầu năm 2024, sản lượng dưa lưới toàn tỉnh đạt 2.350 tấn, bằng 78,3% kế hoạch năm. Năng suất bình quân khoảng 57 tấn/ha/năm; giá bán tại vườn từ 28.000 đến 40.000 đồng/kg tùy loại. Lợi nhuận bình quân đạt 1,2 tỷ đồng/ha/năm. Mức lợi nhuận này gấp khoảng 8 lần so với trồng nho.

Một số chỉ tiêu sản xuất dưa lưới
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Diện tích nhà màng (ha)
27,3
38,5
50
Số cơ sở sản xuất
21
29
40
Sản lượng (tấn)
1.450
2.180
3.000
Giá trị sản xuất (tỷ đồng)
43,5
67,6
90

Hiện toàn tỉnh có 12 cơ sở được cấp chứng nhận VietGAP, 4 sản phẩm dưa lưới đạt chứng nhận OCOP. Trung tâm Khuyến nông tỉnh tiếp tục chuyển giao quy trình trồng dưa lưới trong nhà màng, tưới nhỏ giọt cho nông dân.

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH NINH THUẬN
Địa chỉ: Số 64 đường 16 Tháng 4, TP Phan Rang - Tháp Chàm, tỉnh Ninh Thuận
Điện thoại: 0259.3822.413 - Fax: 0259.3830.126
Đang truy cập: 37 | Tổng lượt truy cập: 1.284.906
"""

Y23 = Y(2023, "Năm 2023")
DT = "diện tích dưa lưới trong nhà màng"
FIGS = [
    F("đạt 38,5 ha", "38,5", 38.5, "measure", "ha", DT, Y23, change=C("+", 41, "%", "năm 2022")),
    F("Ninh Hải 14,2 ha", "14,2", 14.2, "measure", "ha", DT, Y23, total=38.5, location="Ninh Hải"),
    F("Ninh Phước 11,6 ha", "11,6", 11.6, "measure", "ha", DT, Y23, total=38.5, location="Ninh Phước"),
    F("Thuận Nam 7,4 ha", "7,4", 7.4, "measure", "ha", DT, Y23, total=38.5, location="Thuận Nam"),
    F("Tháp Chàm 5,3 ha", "5,3", 5.3, "measure", "ha", DT, Y23, total=38.5, location="Phan Rang - Tháp Chàm"),
    F("đạt 2.350 tấn", "2.350", 2350, "measure", "tấn", "sản lượng dưa lưới",
      P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30"), percent=78.3),
    F("khoảng 57 tấn/ha/năm", "57", 57, "measure", "tấn/ha/năm", "năng suất dưa lưới bình quân", approx="about"),
    F("từ 28.000 đến 40.000 đồng/kg", "28.000", 28000, "money", "đồng/kg", "giá bán dưa lưới tại vườn", value_max=40000),
    F("đạt 1,2 tỷ đồng/ha/năm", "1,2", 1.2e9, "money", "đồng/ha/năm", "lợi nhuận dưa lưới bình quân"),
    F("gấp khoảng 8 lần", "8", 8, "multiple", "lần", "lợi nhuận dưa lưới so với trồng nho", approx="about"),
]
COLS = [(Y(2022, "Năm 2022"), "năm 2022", None), (Y23, "năm 2023", None), (Y(2024, "Kế hoạch 2024"), "kế hoạch 2024", "target")]
ROWS = [("Diện tích nhà màng (ha)", "diện tích nhà màng", "measure", "ha", 1, ["27,3", "38,5", "50"]),
        ("Số cơ sở sản xuất", "số cơ sở sản xuất", "count", "cơ sở", 1, ["21", "29", "40"]),
        ("Sản lượng (tấn)", "sản lượng", "measure", "tấn", 1, ["1.450", "2.180", "3.000"]),
        ("Giá trị sản xuất (tỷ đồng)", "giá trị sản xuất", "money", "đồng", 1e9, ["43,5", "67,6", "90"])]
for label, subj, kind, unit, mult, cells in ROWS:
    prev = label
    for (per, coltxt, status), c in zip(COLS, cells):
        v = float(c.replace(".", "").replace(",", ".")) * mult
        FIGS.append(F(f"{prev}\n{c}", c, v, kind, unit, f"{subj} {coltxt}", per, status=status))
        prev = c
FIGS += [
    F("có 12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở được cấp chứng nhận VietGAP"),
    F("4 sản phẩm", "4", 4, "count", "sản phẩm", "sản phẩm dưa lưới đạt chứng nhận OCOP"),
]
NOTES = [
    "Sở NN&PTNT Ninh Thuận (no dateline): dưa lưới công nghệ cao; district breakdown with 'gồm', 9 months 2024 vs plan,",
    "and a one-cell-per-line table (Chỉ tiêu | Năm 2022 | Năm 2023 | Kế hoạch 2024). No published date.",
    "Table: subject = row label + column label; period from the column header; 'Kế hoạch 2024' cells are targets; '(tỷ đồng)' multiplies.",
    "The 'gồm' parts add up to 38,5 ha: total 38.5. 'bằng 78,3% kế hoạch năm' is the share of 2.350 tấn.",
    "Yield/price/profit sentences have no period phrase: no period. 'gấp khoảng 8 lần' stands as its own sentence: a multiple.",
    "Distractors: footer address 'Số 64 đường 16 Tháng 4', phone/fax, 'Đang truy cập: 37', 'Tổng lượt truy cập: 1.284.906'.",
]
write(7, TEXT, FIGS, NOTES, location="Ninh Thuận")
