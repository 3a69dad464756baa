from lib import F, P, I, CH, TG, emit

ROWS = [("Ninh Kiều", "14.326", "8.915", "9.702"),
        ("Bình Thủy", "5.418", "2.604", "2.911"),
        ("Cái Răng", "4.107", "1.873", "2.150"),
        ("Ô Môn", "3.952", "1.206", "1.388"),
        ("Thốt Nốt", "3.275", "912", "1.064")]
COLS = ["Quận", "Số người hưởng", "Nhận qua tài khoản quý I/2024", "Nhận qua tài khoản quý II/2024"]
table = "\n".join(COLS + [c for r in ROWS for c in r])

TEXT = """BẢO HIỂM XÃ HỘI THÀNH PHỐ CẦN THƠ
Trang chủ / Tin tức / Chế độ BHXH

Cần Thơ: Hơn 20.400 người hưởng lương hưu nhận tiền qua tài khoản

Tính đến ngày 30/6/2024, toàn thành phố có 41.860 người hưởng lương hưu, trợ cấp BHXH hằng tháng; trong đó 20.496 người nhận qua tài khoản, chiếm 49%, tăng 1.935 người so với quý I/2024.

Số người hưởng nhận qua tài khoản tại một số quận
Đơn vị tính: người
""" + table + """

Ở khu vực ngoại thành, tỷ lệ nhận qua tài khoản còn thấp do người hưởng chủ yếu là người cao tuổi, ngại sử dụng thẻ ATM. Hai huyện Cờ Đỏ và Vĩnh Thạnh có tỷ lệ thấp nhất, lần lượt đạt 21,4% và 19,8%.

Ngoài ra, trong quý II/2024, BHXH thành phố đã chi trả trợ cấp mai táng cho 398 trường hợp với số tiền 7,2 tỷ đồng; giải quyết truy lĩnh lương hưu cho 57 người với tổng số tiền 1,35 tỷ đồng; thu hồi 214 triệu đồng tiền hưởng sai chế độ của 19 trường hợp.

BHXH thành phố khuyến khích người hưởng đăng ký nhận qua tài khoản để được nhận tiền ngay từ ngày 2 hằng tháng, không phải chờ đến lịch chi trả tại điểm.

Địa chỉ: 12 đường 30/4, phường Xuân Khánh, quận Ninh Kiều
Điện thoại: 0292.3820.567
Số lượt truy cập: 2.085.114
"""

ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
Q2 = P("trong quý II/2024", "2024-04-01", "2024-06-30")
COLP = [(None, "số người hưởng"),
        (P("quý I/2024", "2024-01-01", "2024-03-31"), "số người hưởng nhận qua tài khoản quý I/2024"),
        (P("quý II/2024", "2024-04-01", "2024-06-30"), "số người hưởng nhận qua tài khoản quý II/2024")]

FIGS = [
    F("Hơn 20.400 người", "20.400", 20400, "count", "người",
      "người hưởng lương hưu nhận tiền qua tài khoản", approx="over"),
    F("có 41.860 người", "41.860", 41860, "count", "người",
      "người hưởng lương hưu, trợ cấp BHXH hằng tháng", ASOF),
    F("20.496 người", "20.496", 20496, "count", "người",
      "người hưởng nhận qua tài khoản", ASOF, total=41860, percent=49,
      change=CH("increase", 1935, "người", "quý I/2024")),
]
for place, *cells in ROWS:
    for i, cell in enumerate(cells):
        per, subj = COLP[i]
        if i == 0:
            anchor = f"{place}\n{cell}\n"
            per = I(ASOF)
        elif i == 1:
            anchor = f"\n{cells[0]}\n{cell}\n{cells[2]}"
        else:
            anchor = f"{cells[1]}\n{cell}\n"
        FIGS.append(F(anchor, cell, int(cell.replace(".", "")), "count", "người", subj, per, location=place))

FIGS += [
    F("Hai huyện", "Hai", 2, "count", "huyện", "huyện có tỷ lệ thấp nhất", optional=True),
    F("đạt 21,4%", "21,4", 21.4, "percent", "%", "tỷ lệ người hưởng nhận qua tài khoản", location="Cờ Đỏ"),
    F("và 19,8%", "19,8", 19.8, "percent", "%", "tỷ lệ người hưởng nhận qua tài khoản", location="Vĩnh Thạnh"),
    F("cho 398 trường hợp", "398", 398, "count", "trường hợp",
      "trường hợp được chi trả trợ cấp mai táng", Q2),
    F("số tiền 7,2 tỷ", "7,2", 7.2e9, "money", "đồng", "số tiền trợ cấp mai táng", Q2),
    F("cho 57 người", "57", 57, "count", "người", "người được giải quyết truy lĩnh lương hưu", Q2),
    F("số tiền 1,35 tỷ", "1,35", 1.35e9, "money", "đồng", "số tiền truy lĩnh lương hưu", Q2),
    F("thu hồi 214 triệu", "214", 214e6, "money", "đồng", "tiền hưởng sai chế độ thu hồi", Q2),
    F("của 19 trường hợp", "19", 19, "count", "trường hợp", "trường hợp hưởng sai chế độ bị thu hồi", Q2),
]

COMMENTS = [
    "BHXH TP. Cần Thơ department site, no dateline, visit counter in the footer: cashless pension receipt by district, one-cell-per-line table.",
    "'Đơn vị tính: người'. Row labels are districts (location). Subject = indicator + column; quý I/II columns give scored periods (as shared h23/h24);",
    "the 'Số người hưởng' column has no period of its own: the lead's as-of date, inherited. The table gives no row totals, and cells get no total",
    "(the spec's table rule names subject/unit/period/status only). 20.496 after 'trong đó' is part of 41.860, share 49%, change +1.935 người vs quý I/2024.",
    "'lần lượt đạt 21,4% và 19,8%' maps to Cờ Đỏ, Vĩnh Thạnh (location); no period in that sentence. 'từ ngày 2 hằng tháng' is a day, not a figure.",
    "revised after the first scoring: 'Số người hưởng' cells take the column label as subject (spec table rule; was 'số người hưởng lương hưu, trợ cấp BHXH hằng tháng');",
    "'Hai huyện Cờ Đỏ và Vĩnh Thạnh' added as optional (a count that only introduces the names, as the shared '2 trung tâm kinh tế lớn nhất').",
    "Distractors: '12 đường 30/4', '0292.3820.567', 'Số lượt truy cập: 2.085.114', 'ngày 2 hằng tháng'.",
]

emit("p660-7", TEXT, COMMENTS, FIGS, published=None, location="Cần Thơ")
