"""p786-7: Chi cục Thủy sản Bà Rịa - Vũng Tàu (department site, no dateline) — one-cell-per-line table."""
from lib import emit, fig, per, inh, ch

TEXT = """CHI CỤC THỦY SẢN TỈNH BÀ RỊA - VŨNG TÀU
Trang chủ / Tin hoạt động / Khai thác thủy sản

Đóng mới tàu cá vỏ thép tăng mạnh trong năm 2023

Năm 2023, các cơ sở đóng sửa tàu cá trên địa bàn tỉnh Bà Rịa - Vũng Tàu đóng mới 74 tàu, giảm 8,6% so với năm 2022, nhưng số tàu vỏ thép tăng 58,3%. Tỷ trọng tàu vỏ thép và vỏ composite trong tổng số tàu đóng mới đạt 36,5%, cao hơn nhiều so với mức 21% của năm 2022.

Toàn tỉnh hiện có 19 cơ sở đóng mới, cải hoán tàu cá, trong đó 8 cơ sở đóng được tàu vỏ thép, tập trung tại thành phố Vũng Tàu (5 cơ sở) và huyện Long Điền (3 cơ sở). Giá trị sản xuất của các cơ sở năm 2023 đạt 1.268,4 tỷ đồng. Theo quy hoạch, đến năm 2030 tỉnh bố trí khoảng 20 ha đất tại khu vực Phước Tỉnh để di dời các cơ sở đóng sửa tàu ra khỏi khu dân cư.

Trong 9 tháng năm 2024, các cơ sở đã đóng mới 52 tàu, đạt 73,2% kế hoạch năm; trong đó có 21 tàu vỏ thép. Giá trị bình quân một tàu vỏ thép đóng mới khoảng 7,8 tỷ đồng.

Bảng: Số tàu cá đóng mới phân theo vật liệu vỏ
Đơn vị tính: chiếc
Vật liệu vỏ
Năm 2022
Năm 2023
Kế hoạch 2024
Vỏ gỗ
64
47
30
Vỏ thép
12
19
26
Vỏ composite
5
8
15
Tổng số
81
74
71

Địa chỉ: số 1064 đường 30/4, phường 11, TP Vũng Tàu. Điện thoại: 0254.3852.761.
Tổng lượt truy cập: 2.047.515
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
y22 = per("năm 2022", "2022-01-01", "2022-12-31")
y23 = per("năm 2023", "2023-01-01", "2023-12-31")
M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("đóng mới 74 tàu", "74", 74, "count", "tàu", "tàu cá đóng mới", Y23, change=ch("decrease", 8.6, baseline="năm 2022")),
    fig("tăng 58,3%", "58,3", 58.3, "percent", "%", "số tàu vỏ thép đóng mới tăng", Y23),
    fig("đạt 36,5%", "36,5", 36.5, "percent", "%", "tỷ trọng tàu vỏ thép và vỏ composite trong tổng số tàu đóng mới", inh(Y23)),
    fig("mức 21%", "21", 21, "percent", "%", "tỷ trọng tàu vỏ thép và vỏ composite trong tổng số tàu đóng mới", y22),
    fig("có 19 cơ sở", "19", 19, "count", "cơ sở", "cơ sở đóng mới, cải hoán tàu cá"),
    fig("8 cơ sở", "8", 8, "count", "cơ sở", "cơ sở đóng được tàu vỏ thép", total=19),
    fig("(5 cơ sở)", "5", 5, "count", "cơ sở", "cơ sở đóng được tàu vỏ thép", total=8, location="Vũng Tàu"),
    fig("(3 cơ sở)", "3", 3, "count", "cơ sở", "cơ sở đóng được tàu vỏ thép", total=8, location="Long Điền"),
    fig("đạt 1.268,4 tỷ", "1.268,4", 1268.4e9, "money", "đồng", "giá trị sản xuất của các cơ sở", y23),
    fig("khoảng 20 ha", "20", 20, "measure", "ha", "đất bố trí để di dời các cơ sở đóng sửa tàu", T30,
        approx="about", status="target"),
    fig("đóng mới 52 tàu", "52", 52, "count", "tàu", "tàu cá đóng mới", M9, percent=73.2),
    fig("có 21 tàu vỏ thép", "21", 21, "count", "tàu", "tàu vỏ thép đóng mới", M9, total=52),
    fig("khoảng 7,8 tỷ", "7,8", 7.8e9, "money", "đồng", "giá trị bình quân một tàu vỏ thép đóng mới", approx="about"),
]
CELLS = [
    ("Vỏ gỗ", [("Vỏ gỗ\n64", 64), ("64\n47", 47), ("47\n30", 30)]),
    ("Vỏ thép", [("Vỏ thép\n12", 12), ("12\n19", 19), ("19\n26", 26)]),
    ("Vỏ composite", [("Vỏ composite\n5", 5), ("\n5\n8", 8), ("8\n15", 15)]),
    ("Tổng số", [("Tổng số\n81", 81), ("81\n74", 74), ("74\n71", 71)]),
]
for row, cells in CELLS:
    for (anchor, v), (col, p) in zip(cells, [("năm 2022", Y22), ("năm 2023", Y23), ("kế hoạch 2024", K24)]):
        kw = {"status": "target"} if "hoạch" in col else {}
        FIGS.append(fig(anchor, str(v), v, "count", "chiếc", f"số tàu cá đóng mới {row.lower()} {col}", p, **kw))

COMMENTS = [
    "p786-7 — Chi cục Thủy sản Bà Rịa - Vũng Tàu (department site), no dateline; footer address, phone and visit counter.",
    "One-cell-per-line table with 'Đơn vị tính: chiếc'; every cell is a figure; period from the column header (scored, as in h23);",
    "the 'Kế hoạch 2024' column → status target. 5 + 3 = 8 district items → total 8 (bracketed breakdown), 8 → total 19 (trong đó).",
    "'số tàu vỏ thép tăng 58,3%' is a growth rate as the claim: percent, no change. 'cao hơn nhiều so với mức 21% của năm 2022':",
    "no change value; 21% is a percent figure of its own (2022). 36,5% takes 2023 from the previous sentence (inherited).",
    "Distractors: số 1064 đường 30/4, phường 11, phone 0254.3852.761, 'Tổng lượt truy cập: 2.047.515', 'Bảng:' label.",
]

if __name__ == "__main__":
    emit("p786-7", TEXT, COMMENTS, FIGS, published=None, location="Bà Rịa - Vũng Tàu")
