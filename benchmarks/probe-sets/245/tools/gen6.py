from lib import F, P, CH, TG, build

ROWS = [("Học sinh được hỗ trợ tiền ăn", "Em", "count", "em", 1, ["3.412", "3.586", "3.650"]),
        ("Gạo hỗ trợ", "Tấn", "measure", "tấn", 1, ["460,6", "484,1", "492,8"]),
        ("Kinh phí hỗ trợ tiền ăn", "Triệu đồng", "money", "đồng", 10**6, ["22.105", "24.870", "29.640"]),
        ("Tỷ lệ học sinh bán trú", "%", "percent", "%", 1, ["71,2", "74,5", "76"])]
COLS = [("Năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("Kế hoạch năm 2024", P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31"), "target")]

table_lines = ["Chỉ tiêu", "Đơn vị tính"] + [c[0] for c in COLS]
for label, ucell, *_r, cells in ROWS:
    table_lines += [label, ucell] + cells
TABLE_TEXT = "\n".join(table_lines)

TEXT = """Cổng thông tin điện tử huyện Nam Trà My
Trang chủ > Tin tức > Văn hóa - Xã hội

Nam Trà My: Chăm lo bữa ăn, chỗ ở cho học sinh bán trú

Những năm qua, huyện Nam Trà My (Quảng Nam) luôn quan tâm thực hiện đầy đủ chính sách đối với học sinh dân tộc thiểu số. Toàn huyện hiện có 2 trường PTDTNT (THCS và THPT) và 9 trường PTDTBT với 58 khu nội trú, trong đó 41 khu được xây dựng kiên cố. Kết quả thực hiện chính sách hỗ trợ học sinh bán trú từ năm 2022 đến nay như sau:

""" + TABLE_TEXT + """

Năm 2024, ngoài nguồn ngân sách, huyện vận động các tổ chức, cá nhân hỗ trợ hơn 1,3 tỷ đồng, trao tặng 2.150 bộ chăn, màn, áo ấm cho học sinh nội trú. Tỷ lệ học sinh bỏ học năm 2023 là 0,42%, giảm mạnh so với mức 0,77% của năm 2022; 6 tháng đầu năm 2024 không có học sinh bán trú bỏ học.

Tại các điểm trường xa như Trà Linh, Trà Nam, học sinh phải đi bộ từ 2 đến 3 giờ mới đến trường, nên nhu cầu ở bán trú rất lớn. Huyện phấn đấu đến năm 2025 xây mới thêm 24 phòng ở bán trú, 6 nhà ăn với tổng kinh phí dự kiến khoảng 18,5 tỷ đồng.

Thanh Hà - Phòng Văn hóa và Thông tin huyện
18/11/2024
Số lượt truy cập: 215.430
"""

TABLE = []
for label, ucell, kind, unit, mult, cells in ROWS:
    for j, c in enumerate(cells):
        colname, per, status = COLS[j]
        prev = ucell if j == 0 else cells[j - 1]
        nxt = ROWS[ROWS.index(next(r for r in ROWS if r[0] == label)) + 1][0] if (j == 2 and label != ROWS[-1][0]) else None
        anchor = f"{prev}\n{c}\n"
        v = float(c.replace(".", "").replace(",", "."))
        v = v * mult
        if v.is_integer():
            v = int(v)
        kw = {"period": P(per["text"], per["start"], per["end"])}
        if status:
            kw["status"] = status
        TABLE.append(F(anchor, c, v, kind, unit, f"{label} {colname}", **kw))

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 2 trường PTDTNT", "2", 2, "count", "trường", "trường PTDTNT"),
    F("và 9 trường PTDTBT", "9", 9, "count", "trường", "trường PTDTBT"),
    F("với 58 khu", "58", 58, "count", "khu nội trú", "khu nội trú"),
    F("đó 41 khu", "41", 41, "count", "khu", "khu nội trú được xây dựng kiên cố", total=58),
] + TABLE + [
    F("hơn 1,3 tỷ đồng", "1,3", 1300000000, "money", "đồng", "tổ chức, cá nhân hỗ trợ", approx="over", period=Y24),
    F("trao tặng 2.150 bộ", "2.150", 2150, "count", "bộ", "bộ chăn, màn, áo ấm trao tặng cho học sinh nội trú",
      period=Y24),
    F("năm 2023 là 0,42%", "0,42", 0.42, "percent", "%", "tỷ lệ học sinh bỏ học",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("mức 0,77%", "0,77", 0.77, "percent", "%", "tỷ lệ học sinh bỏ học",
      period=P("năm 2022", "2022-01-01", "2022-12-31")),
    F("từ 2 đến 3 giờ", "2", 2, "measure", "giờ", "thời gian học sinh đi bộ đến trường", value_max=3),
    F("thêm 24 phòng", "24", 24, "count", "phòng ở", "phòng ở bán trú xây mới", status="target", period=T25),
    F("6 nhà ăn", "6", 6, "count", "nhà ăn", "nhà ăn xây mới", status="target", period=T25),
    F("khoảng 18,5 tỷ đồng", "18,5", 18500000000, "money", "đồng", "tổng kinh phí dự kiến", approx="about",
      status="forecast", period=T25),
]

COMMENTS = [
    "District portal (huyện Nam Trà My, Quảng Nam): no dateline on top; byline, then a bare date '18/11/2024' at the end, then a",
    "visitor counter 'Số lượt truy cập: 215.430' (furniture). One-cell-per-line table (as h23): Chỉ tiêu | Đơn vị tính | Năm 2022 |",
    "Năm 2023 | Kế hoạch năm 2024. Each numeric cell is a figure: unit and multiplier from the 'Đơn vị tính' cell ('Triệu đồng' → ×10^6",
    "đồng), period from the column header, 'Kế hoạch' column → status target. Subject = row label + column label.",
    "Distractors: '(THCS và THPT)', 'từ năm 2022 đến nay' heading the table, '6 tháng đầu năm 2024 không có …' (no number), commune names",
    "Trà Linh, Trà Nam (not districts; the figure there stays with the district), 'Quảng Nam' in brackets (province of the district).",
    "'giảm mạnh so với mức 0,77% của năm 2022': 0,77% is the earlier level (a figure of its own, period 2022), not a change amount.",
    "'từ 2 đến 3 giờ' walking time (measure range), not a time of day. 'phấn đấu đến năm 2025 …': targets; the cost after 'dự kiến'",
    "is a forecast (the nearer cue).",
]

build(6, TEXT, FIGS, COMMENTS, published="2024-11-18", location="Nam Trà My")
