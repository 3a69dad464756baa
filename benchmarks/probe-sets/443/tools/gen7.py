from lib import build, P, C, T

TEXT = """
Cổng thông tin điện tử tỉnh An Giang
Nông nghiệp - Nông thôn

Mùa lũ năm 2023: đỉnh lũ thấp, thiếu hụt phù sa

Theo Đài Khí tượng Thủy văn tỉnh An Giang, đỉnh lũ năm 2023 trên sông Tiền tại Tân Châu đạt 3,12 m, thấp hơn mức báo động 1 là 0,38 m và thấp hơn đỉnh lũ năm 2022 là 0,21 m. Trên sông Hậu tại Châu Đốc, đỉnh lũ đạt 2,86 m, thấp hơn TBNC 0,57 m. Đây là năm thứ 3 liên tiếp lũ ở mức thấp.

Từ tháng 5 đến nay, tổng lượng mưa tại trạm Châu Đốc đạt 1.146 mm, cao hơn cùng kỳ năm 2022 khoảng 9%. Hàm lượng phù sa trung bình mùa lũ tại Tân Châu chỉ khoảng 85 g/m3, bằng 40% so với các năm lũ lớn, khiến đồng ruộng thiếu nguồn bồi đắp cho vụ Đông Xuân.

Mực nước cao nhất tháng tại các trạm chính năm 2023
Đơn vị tính: m
Trạm
Tháng 8
Tháng 9
Tháng 10
Đỉnh lũ năm 2022
Tân Châu
2,41
2,87
3,12
3,33
Châu Đốc
2,18
2,63
2,86
3,05
Long Xuyên
1,52
1,79
1,94
2,07

Do lũ thấp, toàn tỉnh chỉ có khoảng 24.500 ha trong vùng đê bao tháng Tám được xả lũ, đạt 61% kế hoạch. Sản lượng thủy sản khai thác mùa lũ ước đạt 2,15 nghìn tấn, giảm 18% so với năm 2022.

Dự báo trong tháng 12/2023, mực nước tại Tân Châu giảm dần, mực nước cao nhất khoảng 1,85 m; xâm nhập mặn có thể xuất hiện sớm từ cuối tháng 1/2024. Người dân cần thông tin thêm liên hệ Chi cục Thủy lợi, số 8 đường Phan Văn Vàng, TP Long Xuyên.

Hữu Huấn
25/11/2023
"""

FIGS = [
    dict(anchor="Tân Châu đạt 3,12 m", number="3,12", value=3.12, kind="measure", unit="m",
         change=C("decrease", 0.38, "m", "mức báo động 1"),
         subject="đỉnh lũ năm 2023 trên sông Tiền tại Tân Châu",
         period=P("năm 2023", "2023-01-01", "2023-12-31"), location="Tân Châu"),
    dict(anchor="là 0,21 m", number="0,21", value=0.21, kind="measure", unit="m",
         subject="đỉnh lũ thấp hơn đỉnh lũ năm 2022", period=P("năm 2023", "2023-01-01", "2023-12-31"),
         location="Tân Châu", optional=True),
    dict(anchor="đạt 2,86 m", number="2,86", value=2.86, kind="measure", unit="m",
         change=C("decrease", 0.57, "m", "TBNC"),
         subject="đỉnh lũ trên sông Hậu tại Châu Đốc",
         period=P("năm 2023", "2023-01-01", "2023-12-31", True), location="Châu Đốc"),
    dict(anchor="năm thứ 3 liên tiếp", number="3", value=3, kind="count", unit="năm", optional=True),
    dict(anchor="đạt 1.146 mm", number="1.146", value=1146, kind="measure", unit="mm",
         change=C("increase", 9, "%", "cùng kỳ năm 2022", "about"),
         subject="tổng lượng mưa tại trạm Châu Đốc",
         period=P("Từ tháng 5 đến nay", "2023-05-01", "2023-11-25"), location="Châu Đốc"),
]

COLS = [("Tháng 8", "2023-08-01", "2023-08-31", "mực nước cao nhất tháng"),
        ("Tháng 9", "2023-09-01", "2023-09-30", "mực nước cao nhất tháng"),
        ("Tháng 10", "2023-10-01", "2023-10-31", "mực nước cao nhất tháng"),
        ("Đỉnh lũ năm 2022", "2022-01-01", "2022-12-31", "đỉnh lũ")]
ROWS = [("Tân Châu", ["2,41", "2,87", "3,12", "3,33"]),
        ("Châu Đốc", ["2,18", "2,63", "2,86", "3,05"]),
        ("Long Xuyên", ["1,52", "1,79", "1,94", "2,07"])]

for place, cells in ROWS:
    for j, cell in enumerate(cells):
        anchor = place + "\n" + "\n".join(cells[: j + 1])
        head, s, e, subj = COLS[j]
        FIGS.append(dict(anchor=anchor, number=cell, value=float(cell.replace(",", ".")), kind="measure", unit="m",
                         subject=subj, period=P(head, s, e), location=place))

FIGS += [
    dict(anchor="khoảng 85 g/m3", number="85", value=85, kind="measure", unit="g/m3", approx="about", percent=40,
         subject="hàm lượng phù sa trung bình mùa lũ", period=P("năm 2023", "2023-01-01", "2023-12-31", True),
         location="Tân Châu"),
    dict(anchor="khoảng 24.500 ha", number="24.500", value=24500, kind="measure", unit="ha", approx="about",
         percent=61, subject="diện tích trong vùng đê bao tháng Tám được xả lũ",
         period=P("mùa lũ năm 2023", "2023-01-01", "2023-12-31", True)),
    dict(anchor="đạt 2,15 nghìn tấn", number="2,15", value=2150, kind="measure", unit="tấn", status="estimate",
         change=C("decrease", 18, "%", "năm 2022"),
         subject="sản lượng thủy sản khai thác mùa lũ",
         period=P("mùa lũ năm 2023", "2023-01-01", "2023-12-31", True)),
    dict(anchor="khoảng 1,85 m", number="1,85", value=1.85, kind="measure", unit="m", approx="about",
         status="forecast", subject="mực nước cao nhất",
         period=P("tháng 12/2023", "2023-12-01", "2023-12-31"), location="Tân Châu"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh An Giang (province portal): mùa lũ 2023 water levels; bare date '25/11/2023' at the end after the byline.",
    "One-cell-per-line table 'Mực nước cao nhất tháng … năm 2023' with 'Đơn vị tính: m': each cell a figure; station rows",
    "(Tân Châu, Châu Đốc, Long Xuyên: town/cities) are the location; period from the column header ('Tháng 8' + the caption's 2023).",
    "'thấp hơn mức báo động 1 là 0,38 m và thấp hơn đỉnh lũ năm 2022 là 0,21 m': first change attached, second (0,21) optional.",
    "'Từ tháng 5 đến nay' runs to the article's date 2023-11-25. 'đạt 61% kế hoạch' is a share (percent attribute); '2,15 nghìn tấn' = 2150 tấn.",
    "Distractors: 'đê bao tháng Tám' (name of the August dyke, not a period/number), 'báo động 1', 'năm thứ 3 liên tiếp' (streak, optional),",
    "address 'số 8 đường Phan Văn Vàng', 'cuối tháng 1/2024' (a date only). Default location An Giang.",
]

build("p443-7", TEXT, COMMENTS, FIGS, published="2023-11-25", location="An Giang")
