from lib import F, P, CH, TG, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHƯ PRÔNG
Kinh tế - Xã hội

Chư Prông: Cây công nghiệp dài ngày tiếp tục giữ vai trò chủ lực

Năm 2024, tổng diện tích cây công nghiệp dài ngày toàn huyện đạt 52.380 ha, chiếm 61,2% tổng diện tích gieo trồng, tăng 1.150 ha so với năm 2023. Kết quả sản xuất các cây trồng chính như sau:

Cây trồng
Diện tích (ha)
Diện tích thu hoạch (ha)
Năng suất (tạ/ha)
Sản lượng (tấn)
Cà phê
24.650
22.870
31,2
71.354
Hồ tiêu
3.180
2.960
32,5
9.620
Cao su
18.920
15.430
14,6
22.528
Điều
5.630
4.980
9,8
4.880

Giai đoạn 2021-2024, huyện đã tái canh 1.450 ha cà phê, vượt 16% so với kế hoạch. Diện tích hồ tiêu bị bệnh chết nhanh, chết chậm hiện giảm còn 86 ha. Toàn huyện có 3.520 ha cà phê đạt chứng nhận 4C, Rainforest Alliance; trong đó Công ty TNHH MTV Cà phê 705 có 1.100 ha. Trên địa bàn có 41 cơ sở sơ chế, chế biến nông sản, trong đó có 7 nhà máy chế biến cà phê nhân và mủ cao su; các nhà máy tập trung dọc Quốc lộ 19 và Tỉnh lộ 663.

Trong tháng 11/2024, giá cà phê nhân tại huyện dao động 112.000-114.000 đồng/kg. Lợi nhuận bình quân của hộ trồng cà phê năm 2024 ước đạt khoảng 180 triệu đồng/ha.

Năm 2025, huyện phấn đấu sản lượng cà phê đạt 73.000 tấn, năng suất hồ tiêu bình quân từ 33 đến 35 tạ/ha.

Quang Hưng (Phòng NN&PTNT)
15/12/2024
Số lượt truy cập: 1.204.557
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

COLS = [("Diện tích", "ha", "measure"), ("Diện tích thu hoạch", "ha", "measure"),
        ("Năng suất", "tạ/ha", "measure"), ("Sản lượng", "tấn", "measure")]
ROWS = [
    ("Cà phê", [("24.650", 24650), ("22.870", 22870), ("31,2", 31.2), ("71.354", 71354)]),
    ("Hồ tiêu", [("3.180", 3180), ("2.960", 2960), ("32,5", 32.5), ("9.620", 9620)]),
    ("Cao su", [("18.920", 18920), ("15.430", 15430), ("14,6", 14.6), ("22.528", 22528)]),
    ("Điều", [("5.630", 5630), ("4.980", 4980), ("9,8", 9.8), ("4.880", 4880)]),
]

FIGS = [
    F("đạt 52.380 ha", "52.380", 52380, "measure", "ha", "tổng diện tích cây công nghiệp dài ngày", percent=61.2,
      change=CH("+", 1150, "ha", "năm 2023"), period=Y24),
]
for label, cells in ROWS:
    prev = label
    for (col, unit, kind), (txt, val) in zip(COLS, cells):
        FIGS.append(F(f"{prev}\n{txt}\n", txt, val, kind, unit, f"{col} {label}", period=Y24i))
        prev = txt

FIGS += [
    F("tái canh 1.450 ha", "1.450", 1450, "measure", "ha", "diện tích cà phê tái canh",
      change=CH("+", 16, "%", "kế hoạch"), period=P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")),
    F("giảm còn 86 ha", "86", 86, "measure", "ha", "diện tích hồ tiêu bị bệnh chết nhanh, chết chậm"),
    F("có 3.520 ha", "3.520", 3520, "measure", "ha", "diện tích cà phê đạt chứng nhận 4C, Rainforest Alliance"),
    F("có 1.100 ha", "1.100", 1100, "measure", "ha",
      "diện tích cà phê đạt chứng nhận của Công ty TNHH MTV Cà phê 705", total=3520),
    F("có 41 cơ sở", "41", 41, "count", "cơ sở", "cơ sở sơ chế, chế biến nông sản"),
    F("có 7 nhà máy", "7", 7, "count", "nhà máy", "nhà máy chế biến cà phê nhân và mủ cao su", total=41),
    F("112.000-114.000 đồng/kg", "112.000", 112000, "money", "đồng/kg", "giá cà phê nhân", value_max=114000,
      period=P("tháng 11/2024", "2024-11-01", "2024-11-30")),
    F("khoảng 180 triệu đồng/ha", "180", 180000000, "money", "đồng/ha", "lợi nhuận bình quân của hộ trồng cà phê",
      approx="about", status="estimate", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt 73.000 tấn", "73.000", 73000, "measure", "tấn", "sản lượng cà phê", status="target", period=Y25),
    F("từ 33 đến 35", "33", 33, "measure", "tạ/ha", "năng suất hồ tiêu bình quân", value_max=35, status="target",
      period=Y25),
]

COMMENTS = [
    "District portal (Cổng TTĐT huyện Chư Prông, Gia Lai): perennial industrial crops 2024, one-cell-per-line table, replanting,",
    "certified area, processing, 2025 targets. No dateline at the top: a bare date '15/12/2024' after the byline at the end",
    "is the article's date; 'Số lượt truy cập: 1.204.557' is page furniture.",
    "Table written one cell per line (as h23): header Cây trồng / Diện tích (ha) / Diện tích thu hoạch (ha) / Năng suất (tạ/ha) /",
    "Sản lượng (tấn); unit from the column header; subject = column label + row label; the column headers carry no year, so",
    "the period 'Năm 2024' comes from the text above (inherited).",
    "Distractors: 'Công ty TNHH MTV Cà phê 705' (name with a number), '4C', 'Quốc lộ 19', 'Tỉnh lộ 663', 'năm 2023' (baseline).",
    "'vượt 16% so với kế hoạch' is a gap to plan: a change of 1.450 ha with baseline 'kế hoạch'. 'giảm còn 86 ha' states only the",
    "new level (no change). 'trong đó … 1.100 ha' and 'trong đó có 7 nhà máy' carry their wholes.",
    "'phấn đấu' governs the whole last sentence: both targets (the range 33-35 tạ/ha has value_max).",
]

build(7, TEXT, FIGS, COMMENTS, published="2024-12-15", location="Chư Prông")
