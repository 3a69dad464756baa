from lib import F, P, INH, CH, emit

ROWS = [("TP. Biên Hòa", "Biên Hòa", "52", "47", "35"),
        ("Huyện Long Thành", "Long Thành", "29", "31", "26"),
        ("Huyện Trảng Bom", "Trảng Bom", "27", "22", "19"),
        ("Huyện Xuân Lộc", "Xuân Lộc", "21", "18", "16")]
HEAD = ["Địa phương", "Số vụ 6 tháng đầu năm 2023 (vụ)", "Số vụ 6 tháng đầu năm 2024 (vụ)",
        "Số người chết 6 tháng đầu năm 2024 (người)"]
table = "\n".join(HEAD + [c for r in ROWS for c in (r[0],) + r[2:]])

TEXT = """BAN AN TOÀN GIAO THÔNG TỈNH ĐỒNG NAI
Trang chủ | Giới thiệu | Tin tức | Văn bản

Tình hình tai nạn giao thông 6 tháng đầu năm 2024 tại một số địa phương

Theo số liệu của Phòng Cảnh sát giao thông Công an tỉnh, 6 tháng đầu năm 2024 toàn tỉnh xảy ra 214 vụ tai nạn giao thông, làm chết 168 người, bị thương 121 người; so với cùng kỳ năm 2023, số vụ giảm 18 vụ, số người chết giảm 11 người.

Bảng: Tai nạn giao thông tại 4 địa phương có số vụ cao nhất
""" + table + """

Tỷ lệ người chết do tai nạn giao thông của tỉnh là 5,2 người/10 vạn dân, cao hơn bình quân cả nước (3,1 người/10 vạn dân). Nguyên nhân chủ yếu do người điều khiển phương tiện đi không đúng phần đường, làn đường (chiếm 34,5%), chạy quá tốc độ (21,2%) và sử dụng rượu bia (15,8%).

Từ năm 2021 đến nay, Ban An toàn giao thông tỉnh đã đầu tư khoảng 42,5 tỷ đồng để xử lý 37 điểm đen, điểm tiềm ẩn tai nạn giao thông trên các tuyến Quốc lộ 1, Quốc lộ 20 và Quốc lộ 51.

Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP. Biên Hòa
Điện thoại: 0251.3822.545
Lượt truy cập: 2.456.789
"""

H24 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H23 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
COLS = [(H23, "vụ", "count", "Số vụ 6 tháng đầu năm 2023"),
        (H24, "vụ", "count", "Số vụ 6 tháng đầu năm 2024"),
        (H24, "người", "count", "Số người chết 6 tháng đầu năm 2024")]

FIGS = [
    F("xảy ra 214 vụ", "214", 214, "count", "vụ", "vụ tai nạn giao thông", H24,
      change=CH("decrease", 18, "vụ", "cùng kỳ năm 2023")),
    F("chết 168 người", "168", 168, "count", "người", "người chết do tai nạn giao thông", H24,
      change=CH("decrease", 11, "người", "cùng kỳ năm 2023")),
    F("thương 121 người", "121", 121, "count", "người", "người bị thương do tai nạn giao thông", H24),
    F("tại 4 địa phương", "4", 4, "count", "địa phương", "địa phương có số vụ cao nhất", optional=True),
]
for label, place, a, b, c in ROWS:
    anchors = [f"{label}\n{a}\n", f"\n{a}\n{b}\n{c}", f"{b}\n{c}\n"]
    # the last row's death cell is followed by a blank line
    for i, (cell, anc) in enumerate(zip((a, b, c), anchors)):
        per, unit, kind, subj = COLS[i]
        FIGS.append(F(anc, cell, int(cell), kind, unit, subj, per, location=place))
FIGS += [
    F("là 5,2 người", "5,2", 5.2, "measure", "người/10 vạn dân", "tỷ lệ người chết do tai nạn giao thông"),
    F("(3,1 người", "3,1", 3.1, "measure", "người/10 vạn dân",
      "tỷ lệ người chết do tai nạn giao thông bình quân cả nước", location="Việt Nam"),
    F("(chiếm 34,5%)", "34,5", 34.5, "percent", "%",
      "nguyên nhân tai nạn giao thông do đi không đúng phần đường, làn đường", INH(H24)),
    F("(21,2%)", "21,2", 21.2, "percent", "%", "nguyên nhân tai nạn giao thông do chạy quá tốc độ", INH(H24)),
    F("(15,8%)", "15,8", 15.8, "percent", "%", "nguyên nhân tai nạn giao thông do sử dụng rượu bia", INH(H24)),
    F("khoảng 42,5 tỷ", "42,5", 42500000000, "money", "đồng",
      "kinh phí đầu tư xử lý điểm đen, điểm tiềm ẩn tai nạn giao thông",
      P("Từ năm 2021 đến nay", "2021-01-01", None), approx="about"),
    F("xử lý 37 điểm", "37", 37, "count", "điểm", "điểm đen, điểm tiềm ẩn tai nạn giao thông được xử lý",
      P("Từ năm 2021 đến nay", "2021-01-01", None)),
]

COMMENTS = [
    "Ban An toàn giao thông tỉnh Đồng Nai (department site), no dateline; footer with address, phone and 'Lượt truy cập: 2.456.789'.",
    "Traffic accidents 6 months 2024. One-cell-per-line table by district with units in the column headers '(vụ)', '(người)' and periods",
    "in the headers (scored, as in shared h23/h24); row labels are districts → location; subject = column label.",
    "'so với cùng kỳ năm 2023, số vụ giảm 18 vụ, số người chết giảm 11 người' are the changes of 214 vụ and 168 người (same sentence).",
    "'5,2 người/10 vạn dân' a rate (measure); '(3,1 người/10 vạn dân)' the national average is its own figure (location Việt Nam), not a",
    "change of 5,2 ('cao hơn' carries no amount). Cause shares in brackets are percent figures (no total). 'Từ năm 2021 đến nay' with no",
    "dateline: start 2021-01-01, end null. 'tại 4 địa phương' in the table title is optional.",
    "Distractors: '10 vạn dân' denominators, 'Quốc lộ 1', 'Quốc lộ 20', 'Quốc lộ 51', 'Số 2 Nguyễn Văn Trị', '0251.3822.545', counter.",
]

emit("p531-7", TEXT, COMMENTS, FIGS, published=None, location="Đồng Nai")
