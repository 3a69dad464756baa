from lib import emit, fig, per, inh, ch

TEXT = """SỞ VĂN HÓA VÀ THỂ THAO TỈNH THỪA THIÊN HUẾ
Hoạt động chuyên ngành > Thư viện

Thư viện tỉnh đẩy mạnh số hóa tài liệu địa chí, Hán Nôm

Năm 2023, Thư viện tỉnh Thừa Thiên Huế đã số hóa 186.400 trang tài liệu, tăng 23,5% so với năm 2022, vượt 6,5% kế hoạch. Tổng số tài liệu trên Thư viện số đạt 4.820 tên với hơn 1,12 triệu trang, trong đó tài liệu Hán Nôm có 618 tên.

Bảng: Kết quả số hóa tài liệu theo loại hình
Đơn vị tính: trang
Loại tài liệu
Năm 2022
Năm 2023
Kế hoạch 2024
Sách địa chí
68.200
82.500
90.000
Sách Hán Nôm
24.300
31.700
40.000
Báo, tạp chí cũ
43.600
58.900
60.000
Luận văn, luận án
14.800
13.300
15.000
Tổng cộng
150.900
186.400
205.000

Kinh phí số hóa năm 2023 là 1,85 tỷ đồng, bình quân khoảng 9.900 đồng/trang. Hiện Thư viện số có 12.460 tài khoản bạn đọc; năm 2023 ghi nhận 238.000 lượt truy cập, gấp 2 lần năm 2022, trong đó 31% lượt truy cập từ nước ngoài.

Hiện Thư viện có 6 máy quét chuyên dụng, trong đó 2 máy quét khổ A2 được trang bị trong năm 2023 với kinh phí 780 triệu đồng. Theo kế hoạch năm 2024, Thư viện sẽ phối hợp với Trung tâm Bảo tồn Di tích Cố đô Huế số hóa 1.200 trang châu bản triều Nguyễn và 35 đầu sách quý hiếm.

Địa chỉ: 25 Lê Lợi, TP. Huế. Điện thoại: 0234.3823.447
Tổng lượt truy cập: 2.418.936
"""

COLS = [("Năm 2022", "2022-01-01", "2022-12-31", None),
        ("Năm 2023", "2023-01-01", "2023-12-31", None),
        ("Kế hoạch 2024", "2024-01-01", "2024-12-31", "target")]
ROWS = [("Sách địa chí", ["68.200", "82.500", "90.000"]),
        ("Sách Hán Nôm", ["24.300", "31.700", "40.000"]),
        ("Báo, tạp chí cũ", ["43.600", "58.900", "60.000"]),
        ("Luận văn, luận án", ["14.800", "13.300", "15.000"]),
        ("Tổng cộng", ["150.900", "186.400", "205.000"])]

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    fig("số hóa 186.400 trang", "186.400", 186400, "count", "trang", "trang tài liệu số hóa", Y23,
        change=ch("increase", 23.5, baseline="năm 2022")),
    fig("vượt 6,5%", "6,5", 6.5, "percent", "%", "số hóa tài liệu vượt kế hoạch", Y23, optional=True),
    fig("đạt 4.820 tên", "4.820", 4820, "count", "tên", "tổng số tài liệu trên Thư viện số"),
    fig("hơn 1,12 triệu trang", "1,12", 1120000, "count", "trang", "trang tài liệu trên Thư viện số",
        approx="over"),
    fig("có 618 tên", "618", 618, "count", "tên", "tài liệu Hán Nôm trên Thư viện số", total=4820),
]
for label, cells in ROWS:
    for i, (cell, (ctext, cs, ce, st)) in enumerate(zip(cells, COLS)):
        anchor = f"{label}\n{cell}" if i == 0 else f"{cells[i-1]}\n{cell}"
        kw = {"status": st} if st else {}
        FIGS.append(fig(anchor, cell, int(cell.replace(".", "")), "count", "trang",
                        f"{label} {ctext.lower()}", per(ctext, cs, ce), **kw))

FIGS += [
    fig("là 1,85 tỷ đồng", "1,85", 1850000000, "money", "đồng", "kinh phí số hóa", Y23),
    fig("khoảng 9.900 đồng/trang", "9.900", 9900, "money", "đồng/trang", "kinh phí số hóa bình quân", Y23,
        approx="about"),
    fig("có 12.460 tài khoản", "12.460", 12460, "count", "tài khoản bạn đọc", "tài khoản bạn đọc Thư viện số"),
    fig("ghi nhận 238.000 lượt", "238.000", 238000, "count", "lượt truy cập", "lượt truy cập Thư viện số",
        per("năm 2023", "2023-01-01", "2023-12-31"), change=ch("increase", 2, "lần", baseline="năm 2022")),
    fig("31% lượt", "31", 31, "percent", "%", "lượt truy cập từ nước ngoài",
        per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("có 6 máy", "6", 6, "count", "máy quét chuyên dụng", "máy quét chuyên dụng của Thư viện"),
    fig("2 máy quét", "2", 2, "count", "máy quét", "máy quét khổ A2 được trang bị",
        total=6),
    fig("kinh phí 780 triệu đồng", "780", 780000000, "money", "đồng", "kinh phí trang bị máy quét khổ A2",
        per("trong năm 2023", "2023-01-01", "2023-12-31")),
    fig("số hóa 1.200 trang", "1.200", 1200, "count", "trang", "trang châu bản triều Nguyễn số hóa",
        per("kế hoạch năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    fig("35 đầu sách", "35", 35, "count", "đầu sách", "đầu sách quý hiếm số hóa",
        per("kế hoạch năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

emit("p538-7", TEXT, [
    "Department site (Sở Văn hóa và Thể thao Thừa Thiên Huế), no dateline: Thư viện tỉnh digitisation 2022-2024.",
    "One-cell-per-line table with 'Đơn vị tính: trang': every numeric cell is a figure, subject = row label + column, period from",
    "the column header (scored, as in shared h23); 'Kế hoạch 2024' cells have status target. The 'Tổng cộng' row is a figure of",
    "its own; cells get no total (a table gives its parts no part-of cue). Row sums check (150.900, 186.400, 205.000).",
    "'vượt 6,5% kế hoạch' is the second change of 186.400 trang: optional percent figure. 'gấp 2 lần năm 2022' is the change of",
    "238.000 lượt; '31% lượt truy cập' after 'trong đó' is a percent figure of its own. 'Theo kế hoạch năm 2024' → target.",
    "'khổ A2' is a paper size, not a figure; 2 máy quét after 'trong đó' take the whole 6 máy quét.",
    "Address '25 Lê Lợi', phone and the footer counter 'Tổng lượt truy cập: 2.418.936' are furniture.",
], FIGS, published=None, location="Thừa Thiên Huế")
