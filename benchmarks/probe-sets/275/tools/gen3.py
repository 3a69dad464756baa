from lib import F, P, ch, build

A = """Đại hội Thể dục thể thao tỉnh Bắc Giang lần thứ IX năm 2022 thành công tốt đẹp
Ngày đăng: 14/12/2022 | Lượt xem: 1.236

Sau 10 ngày tranh tài sôi nổi (từ ngày 2/12 đến ngày 11/12/2022), Đại hội Thể dục thể thao tỉnh Bắc Giang lần thứ IX năm 2022 đã khép lại. Đại hội có 2.437 vận động viên của 10 huyện, thị xã, thành phố và 9 đơn vị ngành tham gia tranh tài ở 22 môn, với tổng số 398 bộ huy chương. Đại hội được tổ chức theo Kế hoạch số 112/KH-UBND ngày 15/3/2022 của UBND tỉnh.

Ban Tổ chức đã trao 398 huy chương Vàng, 395 huy chương Bạc và 542 huy chương Đồng; 17 kỷ lục đại hội bị phá, trong đó có 6 kỷ lục ở môn bơi và 8 kỷ lục ở môn điền kinh.

Bảng tổng sắp huy chương của 5 đơn vị dẫn đầu
Đơn vị tính: huy chương
Đơn vị | Vàng | Bạc | Đồng | Tổng
TP Bắc Giang | 72 | 58 | 61 | 191
Huyện Việt Yên | 48 | 41 | 55 | 144
Huyện Lục Nam | 39 | 44 | 47 | 130
Huyện Yên Dũng | 31 | 30 | 42 | 103
Huyện Lạng Giang | 27 | 35 | 38 | 100

Đại hội cũng là dịp để tuyển chọn 156 vận động viên năng khiếu bổ sung cho các đội tuyển của tỉnh. Năm 2022, tỷ lệ dân số tập luyện thể dục thể thao thường xuyên toàn tỉnh đạt 34,8%; số câu lạc bộ thể dục thể thao đạt 2.165 câu lạc bộ, tăng 215 câu lạc bộ so với năm 2021.

Năm 2023, ngành phấn đấu giành từ 45 đến 50 huy chương tại các giải thể thao quốc gia, tỷ lệ người tập luyện thường xuyên đạt 35,5%.

Sở Văn hóa, Thể thao và Du lịch Bắc Giang - Số 2 đường Nguyễn Văn Cừ, TP Bắc Giang.
"""

Yi = P("năm 2022", "2022-01-01", "2022-12-31", inh=True)
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

figs = [
    F("Sau 10 ngày", "10", 10, "measure", "ngày", "thời gian tranh tài", optional=True),
    F("có 2.437 vận động viên", "2.437", 2437, "count", "vận động viên", "vận động viên tham gia đại hội", Yi),
    F("của 10 huyện", "10", 10, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố tham gia đại hội", Yi),
    F("và 9 đơn vị", "9", 9, "count", "đơn vị ngành", "đơn vị ngành tham gia đại hội", Yi),
    F("ở 22 môn", "22", 22, "count", "môn", "môn thi đấu", Yi),
    F("tổng số 398 bộ", "398", 398, "count", "bộ huy chương", "bộ huy chương", Yi),
    F("trao 398 huy chương Vàng", "398", 398, "count", "huy chương Vàng", "huy chương Vàng được trao", Yi),
    F("395 huy chương Bạc", "395", 395, "count", "huy chương Bạc", "huy chương Bạc được trao", Yi),
    F("542 huy chương Đồng", "542", 542, "count", "huy chương Đồng", "huy chương Đồng được trao", Yi),
    F("17 kỷ lục", "17", 17, "count", "kỷ lục", "kỷ lục đại hội bị phá", Yi),
    F("có 6 kỷ lục", "6", 6, "count", "kỷ lục", "kỷ lục đại hội bị phá ở môn bơi", Yi, total=17),
    F("8 kỷ lục", "8", 8, "count", "kỷ lục", "kỷ lục đại hội bị phá ở môn điền kinh", Yi, total=17),
    F("của 5 đơn vị dẫn đầu", "5", 5, "count", "đơn vị", "đơn vị dẫn đầu", optional=True),
]

rows = [("TP Bắc Giang", "thành phố Bắc Giang", [72, 58, 61, 191]),
        ("Huyện Việt Yên", "Việt Yên", [48, 41, 55, 144]),
        ("Huyện Lục Nam", "Lục Nam", [39, 44, 47, 130]),
        ("Huyện Yên Dũng", "Yên Dũng", [31, 30, 42, 103]),
        ("Huyện Lạng Giang", "Lạng Giang", [27, 35, 38, 100])]
cols = ["huy chương Vàng", "huy chương Bạc", "huy chương Đồng", "tổng số huy chương"]
for label, loc, cells in rows:
    for j, v in enumerate(cells):
        if j == 0:
            anchor = f"{label} | {v} |"
        elif j < 3:
            anchor = f"| {cells[j-1]} | {v} |"
        else:
            anchor = f"| {cells[j-1]} | {v}\n"
        figs.append(F(anchor, str(v), v, "count", "huy chương", cols[j], Yi, location=loc))

figs += [
    F("tuyển chọn 156 vận động viên", "156", 156, "count", "vận động viên", "vận động viên năng khiếu được tuyển chọn", Yi),
    F("đạt 34,8%", "34,8", 34.8, "percent", "%", "tỷ lệ dân số tập luyện thể dục thể thao thường xuyên", Y22),
    F("đạt 2.165 câu lạc bộ", "2.165", 2165, "count", "câu lạc bộ", "số câu lạc bộ thể dục thể thao", Y22,
      change=ch("increase", 215, "câu lạc bộ", "năm 2021")),
    F("từ 45 đến 50 huy chương", "45", 45, "count", "huy chương", "huy chương tại các giải thể thao quốc gia", Y23,
      value_max=50, status="target"),
    F("đạt 35,5%", "35,5", 35.5, "percent", "%", "tỷ lệ người tập luyện thường xuyên", Y23, status="target"),
]

build(3, A, [
    "Sở VH-TT&DL Bắc Giang (department site): Đại hội TDTT tỉnh lần thứ IX năm 2022. Dateline 'Ngày đăng: 14/12/2022 | Lượt xem: 1.236' (counter = furniture).",
    "Distractors: 'lần thứ IX', dates 2/12-11/12/2022, 'Kế hoạch số 112/KH-UBND ngày 15/3/2022', address 'Số 2 đường Nguyễn Văn Cừ'.",
    "Flattened '|' table with 'Đơn vị tính: huy chương': every cell a figure, row label (a district) = location, column label = subject;",
    "period inherited from the event year 'năm 2022' in the opening paragraph; the 'Tổng' column is not a total attribute (FIGURES.md gives tables no part-of rule).",
    "'17 kỷ lục ..., trong đó có 6 ... và 8 ...' gives total 17 to both parts. 'Sau 10 ngày' (duration) and '5 đơn vị dẫn đầu' (label) are optional.",
    "'tăng 215 câu lạc bộ so với năm 2021' is the change of 2.165 CLB. 2023 targets: 'phấn đấu' governs both clauses; 'từ 45 đến 50' range.",
], figs, published="2022-12-14", location="Bắc Giang")
