from lib import F, P, I, C, emit

TABLE = """Bảng: Một số chỉ tiêu về thiết chế văn hóa cơ sở
Chỉ tiêu
Đơn vị
Năm 2021
Năm 2022
Năm 2023
Kế hoạch 2024
Nhà văn hóa thôn, khu phố
Nhà
1.318
1.337
1.352
1.360
Tỷ lệ thôn, khu phố có nhà văn hóa
%
97,2
98,1
99,0
100
Tỷ lệ nhà văn hóa đạt chuẩn
%
76,5
80,2
83,4
86
Thôn, khu phố văn hóa
Thôn, khu phố
1.203
1.229
1.241
1.250"""

TEXT = """SỞ VĂN HÓA VÀ THỂ THAO TỈNH QUẢNG NINH
Trang chủ / Tin tức - Sự kiện / Văn hóa cơ sở

Nâng cao hiệu quả hoạt động nhà văn hóa thôn, khu phố
Ngày đăng: 15/03/2024 | Lượt xem: 2.046

Năm 2023, toàn tỉnh có 1.352 nhà văn hóa thôn, khu phố đang hoạt động, trong đó 1.127 nhà văn hóa đạt chuẩn theo quy định của Bộ Văn hóa, Thể thao và Du lịch, chiếm 83,4%. Bình quân mỗi nhà văn hóa tổ chức 46 buổi sinh hoạt cộng đồng/năm; có 2.684 câu lạc bộ văn hóa, văn nghệ, thể thao hoạt động thường xuyên tại nhà văn hóa.

""" + TABLE + """

Đến năm 2023, 13/13 huyện, thị xã, thành phố có Trung tâm Văn hóa - Thể thao; 171/171 xã, phường, thị trấn có nhà văn hóa đa năng. Thành phố Hạ Long và thị xã Đông Triều là hai địa phương có số nhà văn hóa thôn, khu phố nhiều nhất với lần lượt 212 và 168 nhà; huyện Cô Tô ít nhất với 19 nhà.

Năm 2024, Sở phối hợp các địa phương rà soát, dự kiến bố trí khoảng 25 tỷ đồng để cải tạo 46 nhà văn hóa xuống cấp tại các xã vùng đồng bào dân tộc thiểu số, miền núi.

Phòng Quản lý Văn hóa - Sở VH&TT
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y = {y: P(f"Năm {y}", f"{y}-01-01", f"{y}-12-31") for y in (2021, 2022, 2023)}
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
D23 = P("Đến năm 2023", None, "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 1.352 nhà", "1.352", 1352, "count", "nhà văn hóa thôn, khu phố", "nhà văn hóa thôn, khu phố đang hoạt động", Y23),
    F("1.127 nhà", "1.127", 1127, "count", "nhà văn hóa", "nhà văn hóa đạt chuẩn", Y23, total=1352, percent=83.4),
    F("46 buổi", "46", 46, "measure", "buổi sinh hoạt cộng đồng/năm", "bình quân mỗi nhà văn hóa tổ chức buổi sinh hoạt cộng đồng",
      I(Y23)),
    F("2.684 câu lạc bộ", "2.684", 2684, "count", "câu lạc bộ",
      "câu lạc bộ văn hóa, văn nghệ, thể thao hoạt động thường xuyên tại nhà văn hóa", I(Y23)),
]

ROWS = [
    ("Nhà văn hóa thôn, khu phố", "count", "nhà", ["1.318", "1.337", "1.352", "1.360"], "Tỷ lệ thôn"),
    ("Tỷ lệ thôn, khu phố có nhà văn hóa", "percent", "%", ["97,2", "98,1", "99,0", "100"], "Tỷ lệ nhà"),
    ("Tỷ lệ nhà văn hóa đạt chuẩn", "percent", "%", ["76,5", "80,2", "83,4", "86"], "Thôn, khu phố văn hóa"),
    ("Thôn, khu phố văn hóa", "count", "thôn, khu phố", ["1.203", "1.229", "1.241", "1.250"], None),
]
num = lambda s: float(s.replace(".", "").replace(",", "."))
cols = [(2021, Y[2021]), (2022, Y[2022]), (2023, Y[2023]), (2024, K24)]
for label, kind, unit, cells, nxt in ROWS:
    for i, (yr, per) in enumerate(cols):
        c = cells[i]
        # anchor: the cell and the one after it (or the next row's label) to make it unique
        after = cells[i + 1] if i + 1 < len(cells) else nxt
        anchor = f"{c}\n{after}" if after else f"{cells[i-1]}\n{c}"
        if after is None:
            # last cell of the table: the previous cell before it, the number must come first -> use the tail
            anchor = f"{c}\n\nĐến năm 2023"
        colname = "Kế hoạch 2024" if yr == 2024 else f"Năm {yr}"
        kw = {"status": "target"} if yr == 2024 else {}
        FIGS.append(F(anchor, c, num(c), kind, unit, f"{label} {colname}", per, **kw))

FIGS += [
    F("2023, 13/13 huyện", "13", 13, "count", "huyện, thị xã, thành phố",
      "huyện, thị xã, thành phố có Trung tâm Văn hóa - Thể thao", D23, total=13),
    F("171/171 xã", "171", 171, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có nhà văn hóa đa năng", D23, total=171),
    F("là hai địa phương", "hai", 2, "count", "địa phương", optional=True),
    F("lần lượt 212", "212", 212, "count", "nhà", "số nhà văn hóa thôn, khu phố", I(D23), location="Hạ Long"),
    F("và 168 nhà", "168", 168, "count", "nhà", "số nhà văn hóa thôn, khu phố", I(D23), location="Đông Triều"),
    F("với 19 nhà", "19", 19, "count", "nhà", "số nhà văn hóa thôn, khu phố", I(D23), location="Cô Tô"),
    F("khoảng 25 tỷ đồng", "25", 25e9, "money", "đồng", "kinh phí cải tạo nhà văn hóa xuống cấp", Y24, approx="about", status="forecast"),
    F("cải tạo 46 nhà", "46", 46, "count", "nhà văn hóa", "nhà văn hóa xuống cấp tại các xã vùng đồng bào dân tộc thiểu số, miền núi được cải tạo", Y24, status="forecast"),
]

COMMENTS = [
    "Department site (Sở Văn hóa và Thể thao Quảng Ninh): village cultural houses; 'Ngày đăng: 15/03/2024 | Lượt xem: 2.046' (date without time, counter).",
    "One-cell-per-line table (as h23/h24): columns Năm 2021/2022/2023 and 'Kế hoạch 2024' (status target), a 'Đơn vị' column per row (Nhà, %, Thôn, khu phố).",
    "Each numeric cell is a figure; subject = row label + column label; period from the column header (stated, scored). Cell 1.352 (2023) repeats the text figure.",
    "Text: '1.127 nhà …, chiếm 83,4%' after 'trong đó' -> total 1.352 and percent. '46 buổi sinh hoạt cộng đồng/năm' is a rate (measure, unit with /năm).",
    "'13/13', '171/171' totals; 'hai địa phương' is the list head (optional); 'lần lượt 212 và 168 nhà' -> Hạ Long, Đông Triều; Cô Tô 19.",
    "revised: subject of '46 nhà' now keeps the defining place clause 'tại các xã vùng đồng bào dân tộc thiểu số, miền núi' (as the sentence names it).",
    "Location default Quảng Ninh. 'Năm 2024 … dự kiến bố trí khoảng 25 tỷ đồng để cải tạo 46 nhà': 'dự kiến' governs the clause -> both forecast.",
]

emit("p383-6", TEXT, COMMENTS, FIGS, published="2024-03-15", location="Quảng Ninh")
