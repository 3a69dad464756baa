from lib import F, P, I, CH, emit

COLS = [("Ghép thận (ca)", "ca", "Ghép thận"),
        ("Ghép gan (ca)", "ca", "Ghép gan"),
        ("Ghép giác mạc (ca)", "ca", "Ghép giác mạc"),
        ("Đăng ký hiến sau khi chết (người)", "người", "Đăng ký hiến sau khi chết")]
ROWS = [("2021", "12", "0", "21", "318"),
        ("2022", "19", "2", "33", "540"),
        ("2023", "27", "4", "45", "862")]

table = "\n".join(["Năm"] + [c[0] for c in COLS] + [cell for row in ROWS for cell in row])

TEXT = """SỞ Y TẾ THÀNH PHỐ ĐÀ NẴNG
Trang chủ › Tin tức › Khám, chữa bệnh

Kết quả hiến, ghép mô, tạng trên địa bàn thành phố giai đoạn 2021-2023

Bệnh viện Đà Nẵng triển khai ghép thận từ năm 2017. Giai đoạn 2021-2023, các bệnh viện trên địa bàn thành phố Đà Nẵng đã thực hiện 163 ca ghép mô, tạng, bình quân hơn 54 ca mỗi năm.

Bảng 1. Số ca ghép và số người đăng ký hiến theo năm
""" + table + """

Năm 2023, Bệnh viện Đà Nẵng lần đầu tiên thực hiện thành công quy trình lấy đa tạng từ người hiến chết não, ghép cho 5 người bệnh. Tỷ lệ người bệnh sống sau ghép thận 1 năm tại bệnh viện đạt 100%; thời gian nằm viện sau ghép trung bình 14 ngày.

Cũng trong năm 2023, Ngân hàng Mắt của Bệnh viện Mắt Đà Nẵng tiếp nhận 26 giác mạc hiến, tăng 8 giác mạc so với năm 2022; hiện còn khoảng 120 người bệnh đang chờ ghép giác mạc.

Theo kế hoạch, đến năm 2025 thành phố phấn đấu có 1.500 người đăng ký hiến mô, tạng và thực hiện 40 ca ghép thận mỗi năm. Hiện thành phố hỗ trợ 5 triệu đồng cho mỗi gia đình có người hiến chết não.

Sở Y tế Đà Nẵng - Tầng 8, Trung tâm Hành chính, 24 Trần Phú, quận Hải Châu
Điện thoại: 0236.3821.170
Tổng lượt truy cập: 2.481.553
"""

GD = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("thực hiện 163 ca", "163", 163, "count", "ca", "ca ghép mô, tạng các bệnh viện trên địa bàn thực hiện", GD),
    F("hơn 54 ca", "54", 54, "count", "ca", "ca ghép mô, tạng bình quân mỗi năm", GD, approx="over"),
]
# one cell per line: anchor = this cell and the following lines up to the next row's year (or the paragraph after)
lines = table.split("\n")
body = lines[1 + len(COLS):]
for r, (year, *cells) in enumerate(ROWS):
    per = P(year, f"{year}-01-01", f"{year}-12-31")
    for c, cell in enumerate(cells):
        i = r * (1 + len(COLS)) + 1 + c
        rest = body[i:r * (1 + len(COLS)) + 1 + len(COLS)]
        nxt = body[(r + 1) * (1 + len(COLS))] if r + 1 < len(ROWS) else "\nNăm 2023, Bệnh"
        anchor = "\n".join(rest) + "\n" + nxt
        head, unit, label = COLS[c]
        FIGS.append(F(anchor, cell, float(cell), "count", unit, f"{label} năm {year}", per))
FIGS += [
    F("ghép cho 5 người bệnh", "5", 5, "count", "người bệnh",
      "người bệnh được ghép từ người hiến chết não tại Bệnh viện Đà Nẵng", P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("ghép thận 1 năm", "1", 1, "measure", "năm", optional=True),
    F("đạt 100%", "100", 100, "percent", "%", "tỷ lệ người bệnh sống sau ghép thận 1 năm tại bệnh viện"),
    F("trung bình 14 ngày", "14", 14, "measure", "ngày", "thời gian nằm viện sau ghép trung bình"),
    F("tiếp nhận 26 giác mạc", "26", 26, "count", "giác mạc", "giác mạc hiến Ngân hàng Mắt tiếp nhận",
      P("Cũng trong năm 2023", "2023-01-01", "2023-12-31"), change=CH("increase", 8, "giác mạc", "năm 2022")),
    F("khoảng 120 người bệnh", "120", 120, "count", "người bệnh", "người bệnh đang chờ ghép giác mạc", approx="about"),
    F("có 1.500 người", "1.500", 1500, "count", "người", "người đăng ký hiến mô, tạng", T25, status="target"),
    F("thực hiện 40 ca", "40", 40, "count", "ca", "ca ghép thận mỗi năm", T25, status="target"),
    F("hỗ trợ 5 triệu đồng", "5", 5e6, "money", "đồng", "hỗ trợ cho mỗi gia đình có người hiến chết não"),
]

COMMENTS = [
    "Department site (Sở Y tế Đà Nẵng), no dateline (no `published`); footer address, phone and 'Tổng lượt truy cập' are furniture.",
    "One-cell-per-line table: header 'Năm' + four indicator columns with units in brackets ('(ca)', '(người)'); rows are years.",
    "The year cells (2021, 2022, 2023) are row labels and give each cell its period (scored, as in shared h23); every number cell, zero included, is a figure.",
    "Cells: subject = column indicator + year, unit from the column header. The lead's 163 = sum of the three transplant columns; no cue ties the cells to it (no total).",
    "'bình quân hơn 54 ca mỗi năm': count 54 over. 'phấn đấu … đến năm 2025' makes 1.500 and 40 targets (the 'và' clause continues it).",
    "'từ năm 2017' is a date; 'Bảng 1', 'Tầng 8', '24 Trần Phú' are not figures; 'sau ghép thận 1 năm' optional.",
]

emit("p666-7", TEXT, COMMENTS, FIGS, location="Đà Nẵng")
