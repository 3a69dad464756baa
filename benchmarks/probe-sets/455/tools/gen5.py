from lib import F, P, I, CH, TG, write

TEXT = """Thể thao Nghệ An vươn lên thứ 11 tại Đại hội Thể thao toàn quốc lần thứ IX
22/12/2022 07:30

BNA - Khép lại Đại hội Thể thao toàn quốc lần thứ IX năm 2022, đoàn thể thao Nghệ An giành 56 huy chương các loại (14 HCV, 17 HCB, 25 HCĐ), xếp thứ 11/65 đoàn, tăng 4 bậc so với Đại hội lần thứ VIII năm 2018.

Nghệ An cử 248 vận động viên tham gia tranh tài ở 26/43 môn, ít hơn 30 vận động viên so với kỳ trước nhưng thành tích cao hơn. Môn Vật tiếp tục là "mỏ vàng" khi đóng góp 5 HCV; Điền kinh và Karate mỗi môn đóng góp 3 HCV. Đặc biệt, vận động viên Nguyễn Thị Hoa phá kỷ lục quốc gia nội dung nhảy ba bước với thành tích 14,05 m.

Theo ông Trần Văn Long, Giám đốc Trung tâm Huấn luyện và Thi đấu thể thao tỉnh (số 39 đường Lê Hồng Phong, TP Vinh), từ đầu năm đến nay, các vận động viên Nghệ An đã giành 132 huy chương tại các giải quốc gia và quốc tế, trong đó có 41 HCV. Hiện tỉnh có 312 vận động viên đội tuyển và đội tuyển trẻ, 19 vận động viên được triệu tập lên đội tuyển quốc gia.

Năm 2022, tỉnh bố trí khoảng 28,5 tỷ đồng cho công tác đào tạo, huấn luyện vận động viên, tăng 12% so với năm 2021. Tuy vậy, mức chi bồi dưỡng tập luyện hiện chỉ từ 90.000 đến 150.000 đồng/người/ngày, thấp hơn nhiều địa phương.

Mục tiêu tại Đại hội Thể thao toàn quốc lần thứ X năm 2026, Nghệ An phấn đấu giành từ 18 đến 20 HCV và đào tạo thêm ít nhất 50 vận động viên trẻ cho các môn trọng điểm.

Trung Kiên
"""

Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
YTD = P("từ đầu năm đến nay", "2022-01-01", "2022-12-22")
Y26 = P("năm 2026", "2026-01-01", "2026-12-31")

figs = [
    F("lên thứ 11 tại", "11", 11, "rank", "hạng", "xếp hạng toàn đoàn", optional=True),
    F("giành 56 huy chương", "56", 56, "count", "huy chương", "huy chương các loại", Y22),
    F("(14 HCV", "14", 14, "count", "HCV", "HCV", Y22, total=56),
    F("17 HCB", "17", 17, "count", "HCB", "HCB", Y22, total=56),
    F("25 HCĐ", "25", 25, "count", "HCĐ", "HCĐ", Y22, total=56),
    F("thứ 11/65", "11", 11, "rank", "hạng", "xếp hạng toàn đoàn", Y22, total=65,
      change=CH("increase", 4, "bậc", "Đại hội lần thứ VIII năm 2018")),
    F("cử 248 vận động viên", "248", 248, "count", "vận động viên", "vận động viên tham gia tranh tài", I(Y22),
      change=CH("decrease", 30, "vận động viên", "kỳ trước")),
    F("26/43 môn", "26", 26, "count", "môn", "môn tham gia tranh tài", I(Y22), total=43),
    F("đóng góp 5 HCV", "5", 5, "count", "HCV", "HCV môn Vật", I(Y22)),
    F("đóng góp 3 HCV", "3", 3, "count", "HCV", "HCV mỗi môn Điền kinh và Karate", I(Y22)),
    F("nhảy ba bước", "ba", 3, "count", "bước", optional=True),
    F("thành tích 14,05 m", "14,05", 14.05, "measure", "m", "thành tích nhảy ba bước phá kỷ lục quốc gia", I(Y22)),
    F("giành 132 huy chương", "132", 132, "count", "huy chương", "huy chương tại các giải quốc gia và quốc tế", YTD),
    F("có 41 HCV", "41", 41, "count", "HCV", "HCV tại các giải quốc gia và quốc tế", YTD, total=132),
    F("có 312 vận động viên", "312", 312, "count", "vận động viên", "vận động viên đội tuyển và đội tuyển trẻ"),
    F("19 vận động viên", "19", 19, "count", "vận động viên", "vận động viên được triệu tập lên đội tuyển quốc gia"),
    F("khoảng 28,5 tỷ đồng", "28,5", 28500000000, "money", "đồng", "kinh phí đào tạo, huấn luyện vận động viên", Y22,
      approx="about", change=CH("increase", 12, "%", "năm 2021")),
    F("từ 90.000 đến", "90.000", 90000, "money", "đồng/người/ngày", "mức chi bồi dưỡng tập luyện", value_max=150000),
    F("từ 18 đến 20 HCV", "18", 18, "count", "HCV", "HCV", Y26, value_max=20, status="target"),
    F("ít nhất 50 vận động viên", "50", 50, "count", "vận động viên trẻ", "vận động viên trẻ đào tạo thêm cho các môn trọng điểm",
      Y26, approx="at_least", status="target"),
]

write("p455-5", TEXT, [
    "Báo Nghệ An (Party newspaper): the province's delegation at the 9th National Sports Games 2022. Bare dateline '22/12/2022 07:30', 'BNA -' tag, byline at the end.",
    "Location Nghệ An throughout (the national games are the context, not the place). Bracketed breakdown (14+17+25=56) gives total 56.",
    "'thứ 11/65' rank with total 65 and change 4 bậc; 'ít hơn 30 vận động viên so với kỳ trước' is the decrease of 248. 'nhảy ba bước' is an event name (optional).",
    "'đóng góp 5 HCV', 'mỗi môn đóng góp 3 HCV' (one figure) have no part-of cue, so no total 14. 'từ đầu năm đến nay' runs to the dateline; 'Hiện' counts have no period.",
    "The title's 'thứ 11' repeats the body's rank: optional. Distractors: 'số 39 đường Lê Hồng Phong', 'lần thứ IX/VIII/X', 'năm 2018', personal names. 2026 goals: status target.",
], figs, published="2022-12-22", location="Nghệ An")
