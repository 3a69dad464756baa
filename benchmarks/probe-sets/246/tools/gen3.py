from lib import F, P, write

ART = """Hà Giang: Kéo giảm tình trạng tảo hôn, hôn nhân cận huyết thống
MINH ANH 10:42, 12/09/2024

(BHG) - Sau 9 năm triển khai Đề án "Giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống trong vùng dân tộc thiểu số" theo Quyết định số 498/QĐ-TTg, tình trạng kết hôn khi chưa đủ tuổi (nam chưa đủ 20 tuổi, nữ chưa đủ 18 tuổi) trên địa bàn tỉnh đã giảm rõ rệt.

Theo Ban Dân tộc tỉnh, năm 2023 toàn tỉnh có 312 cặp tảo hôn, giảm 58 cặp so với năm 2022. Trong đó, nam tảo hôn 96 trường hợp, nữ tảo hôn 251 trường hợp; có 35 cặp cả hai bên đều chưa đủ tuổi kết hôn. Năm 2015, con số này là 608 cặp.

Tỷ lệ tảo hôn năm 2023 ước khoảng 11,6%, giảm 2,3% so với năm 2022 nhưng vẫn cao gấp hơn 1,5 lần bình quân vùng dân tộc thiểu số cả nước.

Về hôn nhân cận huyết thống, năm 2023 toàn tỉnh phát hiện 9 cặp, gồm: Mèo Vạc 4 cặp, Đồng Văn 3 cặp và Yên Minh 2 cặp. Giai đoạn 2021-2023, tổng số cặp tảo hôn toàn tỉnh là 1.047 cặp, trong đó huyện Xín Mần 186 cặp, Hoàng Su Phì 171 cặp, Quản Bạ 142 cặp.

Mục tiêu đến năm 2025, tỉnh phấn đấu giảm bình quân từ 2% đến 3% số cặp tảo hôn mỗi năm và giảm 50% số cặp hôn nhân cận huyết thống so với năm 2015. Để đạt mục tiêu, các huyện đã thành lập 215 câu lạc bộ "Tiền hôn nhân" với khoảng 6.400 thành viên; từ đầu năm 2024 đến nay, ngành giáo dục tổ chức 1.320 buổi truyền thông tại các trường THCS, THPT, thu hút trên 48 nghìn lượt học sinh tham gia.

Báo Hà Giang
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
D25 = P("đến năm 2025", None, "2025-12-31")
SCH = P("từ đầu năm 2024 đến nay", "2024-01-01", "2024-09-12")

FIGS = [
    F("Sau 9 năm", "9", 9, "measure", "năm", optional=True),
    F("chưa đủ 20 tuổi", "20", 20, "measure", "tuổi", optional=True),
    F("chưa đủ 18 tuổi", "18", 18, "measure", "tuổi", optional=True),
    F("có 312 cặp", "312", 312, "count", "cặp", "cặp tảo hôn",
      change={"direction": "decrease", "value": 58, "unit": "cặp", "baseline": "năm 2022"}, period=Y23),
    F("nam tảo hôn 96 trường hợp", "96", 96, "count", "trường hợp", "nam tảo hôn", period=Y23i),
    F("nữ tảo hôn 251 trường hợp", "251", 251, "count", "trường hợp", "nữ tảo hôn", period=Y23i),
    F("có 35 cặp", "35", 35, "count", "cặp", "cặp cả hai bên đều chưa đủ tuổi kết hôn", total=312, period=Y23i),
    F("là 608 cặp", "608", 608, "count", "cặp", "cặp tảo hôn", period=P("Năm 2015", "2015-01-01", "2015-12-31")),
    F("ước khoảng 11,6%", "11,6", 11.6, "percent", "%", "Tỷ lệ tảo hôn", approx="about", status="estimate",
      change={"direction": "decrease", "value": 2.3, "unit": "%", "baseline": "năm 2022"}, period=Y23),
    F("gấp hơn 1,5 lần", "1,5", 1.5, "multiple", "lần", "tỷ lệ tảo hôn so với bình quân vùng dân tộc thiểu số cả nước",
      approx="over", status="estimate", period=Y23, optional=True),
    F("phát hiện 9 cặp", "9", 9, "count", "cặp", "cặp hôn nhân cận huyết thống", period=Y23),
    F("Mèo Vạc 4 cặp", "4", 4, "count", "cặp", "cặp hôn nhân cận huyết thống", total=9, period=Y23, location="Mèo Vạc"),
    F("Đồng Văn 3 cặp", "3", 3, "count", "cặp", "cặp hôn nhân cận huyết thống", total=9, period=Y23, location="Đồng Văn"),
    F("Yên Minh 2 cặp", "2", 2, "count", "cặp", "cặp hôn nhân cận huyết thống", total=9, period=Y23, location="Yên Minh"),
    F("là 1.047 cặp", "1.047", 1047, "count", "cặp", "tổng số cặp tảo hôn", period=G),
    F("Xín Mần 186 cặp", "186", 186, "count", "cặp", "cặp tảo hôn", total=1047, period=G, location="Xín Mần"),
    F("Hoàng Su Phì 171 cặp", "171", 171, "count", "cặp", "cặp tảo hôn", total=1047, period=G, location="Hoàng Su Phì"),
    F("Quản Bạ 142 cặp", "142", 142, "count", "cặp", "cặp tảo hôn", total=1047, period=G, location="Quản Bạ"),
    F("từ 2% đến 3%", "2", 2, "percent", "%", "giảm bình quân số cặp tảo hôn mỗi năm", value_max=3, status="target", period=D25),
    F("giảm 50% số cặp", "50", 50, "percent", "%", "giảm số cặp hôn nhân cận huyết thống so với năm 2015",
      status="target", period=D25),
    F("thành lập 215 câu lạc bộ", "215", 215, "count", "câu lạc bộ", "câu lạc bộ \"Tiền hôn nhân\""),
    F("khoảng 6.400 thành viên", "6.400", 6400, "count", "thành viên", "thành viên câu lạc bộ \"Tiền hôn nhân\"", approx="about"),
    F("tổ chức 1.320 buổi", "1.320", 1320, "count", "buổi truyền thông", "buổi truyền thông tại các trường THCS, THPT", period=SCH),
    F("trên 48 nghìn lượt", "48", 48000, "count", "lượt học sinh", "lượt học sinh tham gia", approx="over", period=SCH),
]

COMMENTS = [
    "Báo Hà Giang (Party newspaper): child marriage and consanguineous marriage, 2023 figures, 2021-2023 by district, 2025 targets.",
    "Dateline 'MINH ANH 10:42, 12/09/2024' (byline before time and date).",
    "Distractors: 'Quyết định số 498/QĐ-TTg', '(BHG)', 'Sau 9 năm' (duration, optional), legal ages 20/18 (criteria, optional).",
    "'Trong đó, nam tảo hôn 96 trường hợp, nữ tảo hôn 251 trường hợp': persons, not couples, and they do not add to 312, so they are",
    "not parts of 312 cặp (no total); '35 cặp' is a part of 312. '9 cặp, gồm: ...' gives total 9 to the three districts.",
    "'ước khoảng 11,6%' = approx about + estimate; its first change is 'giảm 2,3%'; the second comparison 'gấp hơn 1,5 lần' is optional.",
    "'từ đầu năm 2024 đến nay' runs from 2024-01-01 to the dateline (2024-09-12).",
]

write(3, COMMENTS, ART, FIGS, published="2024-09-12", location="Hà Giang")
