from lib import emit, fig, per, inh, chg

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH NAM ĐỊNH
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính

Kết quả tổ chức lễ hội và quản lý tiền công đức năm 2024

Năm 2024, trên địa bàn tỉnh Nam Định diễn ra 1.034 lễ hội, trong đó 72 lễ hội có quy mô cấp huyện trở lên. Các lễ hội được tổ chức trang trọng, an toàn; 100% di tích có tiền công đức đã thành lập ban quản lý, mở sổ theo dõi thu, chi.

Tổng số lượt khách tại 4 lễ hội trọng điểm đạt 2,61 triệu lượt, tăng 5,2% so với năm 2023; tổng tiền công đức đạt 18,35 tỷ đồng, vượt 8% kế hoạch.

Bảng 2. Lượt khách và tiền công đức tại một số lễ hội trọng điểm
Lễ hội
Lượt khách 2023 (nghìn lượt)
Lượt khách 2024 (nghìn lượt)
Tiền công đức 2023 (triệu đồng)
Tiền công đức 2024 (triệu đồng)
Đền Trần
1.180
1.250
8.120
8.460
Phủ Dầy
790
820
5.410
5.730
Chùa Cổ Lễ
350
395
2.005
2.210
Chùa Keo Hành Thiện
161
145
1.860
1.950

Trong số 35 di tích được kiểm tra trong năm, đoàn liên ngành của Sở phát hiện 6 di tích chưa kiểm đếm tiền công đức có sự giám sát của chính quyền địa phương, đã yêu cầu khắc phục ngay.

Năm 2025, Sở đề ra chỉ tiêu tổng tiền công đức tại 4 lễ hội trọng điểm đạt 19,5 tỷ đồng; 100% số tiền công đức nhận qua tài khoản được công khai hằng quý.

Địa chỉ: số 15 Hùng Vương, TP Nam Định | ĐT: 0228.3849.220
Đang truy cập: 37 | Tổng lượt truy cập: 2.015.446
"""

Y = {y: per(str(y), f"{y}-01-01", f"{y}-12-31") for y in (2023, 2024)}
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TN = per("trong năm", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

ROWS = [("Đền Trần", ["Trần\n1.180\n", "1.180\n1.250\n", "1.250\n8.120\n", "8.120\n8.460\n"]),
        ("Phủ Dầy", ["Dầy\n790\n", "790\n820\n", "820\n5.410\n", "5.410\n5.730\n"]),
        ("Chùa Cổ Lễ", ["Lễ\n350\n", "350\n395\n", "395\n2.005\n", "2.005\n2.210\n"]),
        ("Chùa Keo Hành Thiện", ["Thiện\n161\n", "161\n145\n", "145\n1.860\n", "1.860\n1.950\n"])]
COLS = [("Lượt khách", 2023, "count", "lượt", 1e3), ("Lượt khách", 2024, "count", "lượt", 1e3),
        ("Tiền công đức", 2023, "money", "đồng", 1e6), ("Tiền công đức", 2024, "money", "đồng", 1e6)]

FIGS = [
    fig("diễn ra 1.034 lễ hội", "1.034", 1034, "count", "lễ hội", "lễ hội diễn ra trên địa bàn tỉnh", Y24),
    fig("đó 72 lễ hội", "72", 72, "count", "lễ hội", "lễ hội có quy mô cấp huyện trở lên", Y24, total=1034),
    fig("; 100% di tích", "100", 100, "percent", "%",
        "di tích có tiền công đức đã thành lập ban quản lý, mở sổ theo dõi thu, chi", inh(Y24)),
    fig("lượt khách tại 4 lễ hội", "4", 4, "count", "lễ hội", "lễ hội trọng điểm", optional=True),
    fig("đạt 2,61 triệu lượt", "2,61", 2610000, "count", "lượt", "tổng số lượt khách tại 4 lễ hội trọng điểm",
        inh(Y24), change=chg("increase", 5.2, baseline="năm 2023")),
    fig("đạt 18,35 tỷ đồng", "18,35", 18350000000, "money", "đồng", "tổng tiền công đức tại 4 lễ hội trọng điểm",
        inh(Y24), change=chg("increase", 8, baseline="kế hoạch")),
]
for row, anchors in ROWS:
    for (col, year, kind, unit, mult), a in zip(COLS, anchors):
        n = a.rstrip("\n").split("\n")[-1]
        v = float(n.replace(".", "")) * mult
        FIGS.append(fig(a, n, v, kind, unit, f"{col} {year} {row}", Y[year]))
FIGS += [
    fig("số 35 di tích", "35", 35, "count", "di tích", "di tích được đoàn liên ngành kiểm tra", TN),
    fig("phát hiện 6 di tích", "6", 6, "count", "di tích",
        "di tích chưa kiểm đếm tiền công đức có sự giám sát của chính quyền địa phương", TN, total=35),
    fig("công đức tại 4 lễ hội trọng điểm đạt 19,5", "4", 4, "count", "lễ hội", "lễ hội trọng điểm", optional=True),
    fig("đạt 19,5 tỷ đồng", "19,5", 19500000000, "money", "đồng", "tổng tiền công đức tại 4 lễ hội trọng điểm", Y25,
        status="target"),
    fig("; 100% số tiền", "100", 100, "percent", "%", "số tiền công đức nhận qua tài khoản được công khai hằng quý",
        Y25, status="target"),
]

COMMENTS = [
    "Department site (Sở VHTTDL Nam Định), no dateline (no published); footer counters 'Đang truy cập: 37', 'Tổng lượt truy cập' are furniture.",
    "Lễ hội, lượt khách, tiền công đức năm 2024 with a one-cell-per-line table; units and multipliers in the column headers:",
    "'(nghìn lượt)' → ×10^3 lượt, '(triệu đồng)' → ×10^6 đồng. Cell subject = column + row label; period from the column year (scored,",
    "as in shared h23). Table sums agree with the text (2.610 nghìn lượt, 18.350 triệu đồng). 'vượt 8% kế hoạch' is a change against plan.",
    "'4 lễ hội trọng điểm' names the group (optional, like '3 trụ cột'). Not figures: 'Bảng 2', address 'số 15 Hùng Vương', phone.",
]

emit("p728-7", TEXT, COMMENTS, FIGS, location="Nam Định")
