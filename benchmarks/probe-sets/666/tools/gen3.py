from lib import F, P, I, CH, emit

ROWS = [("Bệnh viện Hữu nghị Đa khoa Nghệ An", "38", "4", "0"),
        ("Bệnh viện 115 Nghệ An", "6", "0", "0"),
        ("Bệnh viện Mắt Nghệ An", "0", "0", "23")]
COLS = ["Ghép thận", "Ghép gan", "Ghép giác mạc"]

table = "\n".join(["Bệnh viện | " + " | ".join(COLS)] + [" | ".join(r) for r in ROWS])

TEXT = """UBND TỈNH NGHỆ AN
Số: 35/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 12 tháng 01 năm 2024

BÁO CÁO
Kết quả công tác hiến, lấy, ghép mô, bộ phận cơ thể người năm 2023

Thực hiện Công văn số 4120/BYT-KCB ngày 18/7/2023 của Bộ Y tế, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Vận động đăng ký hiến
Năm 2023, toàn tỉnh có 1.072 người đăng ký hiến mô, bộ phận cơ thể người sau khi chết, đạt 107,2% kế hoạch, tăng 31,4% so với năm 2022; lũy kế đến ngày 31/12/2023 có 4.860 người đăng ký.

2. Ghép mô, tạng
Năm 2023, 3 bệnh viện trên địa bàn thực hiện 71 ca ghép mô, tạng, tăng 18,3% so với năm 2022 (Bảng 1).

Bảng 1. Số ca ghép theo bệnh viện năm 2023
Đơn vị tính: ca
""" + table + """

Trong năm, toàn tỉnh có 2 người hiến chết não, lấy được 4 thận, 1 gan và 6 giác mạc. Tỷ lệ người bệnh sống sau ghép thận 1 năm đạt 96,8%. Quỹ BHYT tỉnh đã chi trả 4,86 tỷ đồng cho các ca ghép thận, bình quân khoảng 110 triệu đồng/ca.

3. Danh sách chờ ghép
Tính đến 31/12/2023, có 146 người bệnh chờ ghép thận và 23 người bệnh chờ ghép gan; khoảng 650 người bệnh suy thận giai đoạn cuối đang lọc máu chu kỳ.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu năm 2024 thực hiện từ 80 đến 90 ca ghép; vận động 1.200 người đăng ký hiến.

Nơi nhận:
- Bộ Y tế;
- Lưu: VT, KGVX.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TY = P("Trong năm", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến 31/12/2023", None, "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
TBL = I(P("năm 2023", "2023-01-01", "2023-12-31"))

FIGS = [
    F("có 1.072 người", "1.072", 1072, "count", "người",
      "người đăng ký hiến mô, bộ phận cơ thể người sau khi chết", Y23,
      percent=107.2, change=CH("increase", 31.4, "%", "năm 2022")),
    F("có 4.860 người", "4.860", 4860, "count", "người", "người đăng ký hiến lũy kế",
      P("lũy kế đến ngày 31/12/2023", None, "2023-12-31")),
    F("3 bệnh viện", "3", 3, "count", "bệnh viện", "bệnh viện trên địa bàn thực hiện ghép mô, tạng", Y23),
    F("71 ca", "71", 71, "count", "ca", "ca ghép mô, tạng", Y23, change=CH("increase", 18.3, "%", "năm 2022")),
]
for r, (hosp, *cells) in enumerate(ROWS):
    line = " | ".join((hosp, *cells))
    after = TEXT[TEXT.index(line) + len(line):][:16]
    for c, cell in enumerate(cells):
        # anchor: from this cell to the end of its row plus the start of the next line, so that the
        # cell is the first whole occurrence of its number in the anchor (score.py takes the first)
        anchor = " | ".join(cells[c:]) + after
        FIGS.append(F(anchor, cell, float(cell), "count", "ca", f"{COLS[c]} {hosp}", TBL))
FIGS += [
    F("có 2 người hiến", "2", 2, "count", "người", "người hiến chết não", TY),
    F("được 4 thận", "4", 4, "count", "thận", "thận lấy được từ người hiến chết não", TY),
    F("1 gan", "1", 1, "count", "gan", "gan lấy được từ người hiến chết não", TY),
    F("6 giác mạc", "6", 6, "count", "giác mạc", "giác mạc lấy được từ người hiến chết não", TY),
    F("ghép thận 1 năm", "1", 1, "measure", "năm", optional=True),
    F("đạt 96,8%", "96,8", 96.8, "percent", "%", "tỷ lệ người bệnh sống sau ghép thận 1 năm"),
    F("4,86 tỷ đồng", "4,86", 4.86e9, "money", "đồng", "quỹ BHYT tỉnh chi trả cho các ca ghép thận", I(TY)),
    F("khoảng 110 triệu đồng/ca", "110", 110e6, "money", "đồng/ca",
      "quỹ BHYT chi trả bình quân cho một ca ghép thận", I(TY), approx="about"),
    F("có 146 người bệnh", "146", 146, "count", "người bệnh", "người bệnh chờ ghép thận", ASOF),
    F("23 người bệnh", "23", 23, "count", "người bệnh", "người bệnh chờ ghép gan", ASOF),
    F("khoảng 650 người bệnh", "650", 650, "count", "người bệnh",
      "người bệnh suy thận giai đoạn cuối đang lọc máu chu kỳ", ASOF, approx="about"),
    F("từ 80 đến 90 ca", "80", 80, "count", "ca", "ca ghép", Y24, value_max=90, status="target"),
    F("vận động 1.200 người", "1.200", 1200, "count", "người", "người đăng ký hiến", Y24, status="target"),
]

COMMENTS = [
    "Formal report, letterhead UBND TỈNH NGHỆ AN, 'Số: 35/BC-UBND', 'Nghệ An, ngày 12 tháng 01 năm 2024' (published).",
    "Flattened '|' table (Bệnh viện | Ghép thận | Ghép gan | Ghép giác mạc), 'Đơn vị tính: ca'; every cell incl. zeros is a figure;",
    "subject = column + row label (hospitals are not places: location stays Nghệ An); period from the table title 'năm 2023' (inherited).",
    "The 71 ca sentence ends with '(Bảng 1).' — no part-of cue, so table cells get no total. 'Bệnh viện 115 Nghệ An' is a name, 115 no figure.",
    "'đạt 107,2% kế hoạch' is the percent of 1.072, the change 31,4% its change. 'Trong năm' in an annual report = 2023.",
    "4 thận, 1 gan, 6 giác mạc count organs, not the 2 donors: no total. 'Phấn đấu' governs both clauses of the 2024 line (target).",
    "Distractors: Công văn số 4120/BYT-KCB ngày 18/7/2023, section numbers I./1./2./3./II., 'Bảng 1', 'giai đoạn cuối'.",
]

emit("p666-3", TEXT, COMMENTS, FIGS, published="2024-01-12", location="Nghệ An")
