from lib import F, per, chg, tgt, emit

TEXT = """Thứ tư, 23/10/2024, 07:30 (GMT+7)

Bạc Liêu có hơn 300 câu lạc bộ đờn ca tài tử

Di sản đờn ca tài tử Nam Bộ đang được Bạc Liêu gìn giữ qua mạng lưới câu lạc bộ phủ khắp các xã, phường, gắn với khai thác du lịch.

Tính đến 30/9, toàn tỉnh có 312 câu lạc bộ, nhóm đờn ca tài tử với khoảng 4.600 thành viên; trong đó thành phố Bạc Liêu có 68 câu lạc bộ, thị xã Giá Rai 54 câu lạc bộ, huyện Phước Long 41 câu lạc bộ. Với số lượng này, Bạc Liêu xếp thứ 3/13 tỉnh, thành vùng Đồng bằng sông Cửu Long.

Trong quý III/2024, các câu lạc bộ đã biểu diễn 1.180 suất phục vụ người dân và du khách, tăng 16% so với quý III/2023; doanh thu từ biểu diễn phục vụ khách du lịch ước đạt 2,7 tỷ đồng.

Tỉnh hiện có 2 Nghệ nhân nhân dân và 27 Nghệ nhân ưu tú trong lĩnh vực đờn ca tài tử. Theo Nghị quyết số 11/2022/NQ-HĐND, nghệ nhân có hoàn cảnh khó khăn được hỗ trợ 1,5 triệu đồng/người/tháng; 6 tháng đầu năm 2024, ngân sách tỉnh đã chi 486 triệu đồng hỗ trợ 54 nghệ nhân.

Từ đầu năm đến nay, Khu lưu niệm nhạc sĩ Cao Văn Lầu - di tích cấp quốc gia gắn với bản Dạ cổ hoài lang - đón 412.000 lượt khách, bằng 89% cùng kỳ. Festival Đờn ca tài tử quốc gia tổ chức tại Bạc Liêu vào tháng 4/2024 có 28 tỉnh, thành phố tham gia với hơn 700 nghệ nhân, diễn viên, thu hút khoảng 350.000 lượt khách.

Ông Trần Văn Hòa, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch Bạc Liêu, cho biết đến năm 2025, tỉnh phấn đấu 100% xã, phường, thị trấn có câu lạc bộ đờn ca tài tử hoạt động thường xuyên; mỗi năm tổ chức từ 2 đến 3 lớp truyền dạy cho khoảng 60 học viên.

Hoàng Nam
12 bình luận
"""

P30 = per("Tính đến 30/9", None, "2024-09-30")
P30i = per("Tính đến 30/9", None, "2024-09-30", inh=True)
PQ3 = per("Trong quý III/2024", "2024-07-01", "2024-09-30")
P6 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
PDN = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-23")
PT4 = per("tháng 4/2024", "2024-04-01", "2024-04-30")
P25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có hơn 300 câu lạc bộ", "300", 300, "count", "câu lạc bộ", "câu lạc bộ đờn ca tài tử", P30i, approx="over"),
    F("có 312 câu lạc bộ", "312", 312, "count", "câu lạc bộ", "câu lạc bộ, nhóm đờn ca tài tử", P30),
    F("khoảng 4.600 thành viên", "4.600", 4600, "count", "thành viên", "thành viên câu lạc bộ, nhóm đờn ca tài tử", P30, approx="about"),
    F("có 68 câu lạc bộ", "68", 68, "count", "câu lạc bộ", "câu lạc bộ đờn ca tài tử", P30, total=312, location="Bạc Liêu"),
    F("Giá Rai 54 câu lạc bộ", "54", 54, "count", "câu lạc bộ", "câu lạc bộ đờn ca tài tử", P30, total=312, location="Giá Rai"),
    F("Phước Long 41 câu lạc bộ", "41", 41, "count", "câu lạc bộ", "câu lạc bộ đờn ca tài tử", P30, total=312, location="Phước Long"),
    F("thứ 3/13", "3", 3, "rank", "hạng", "số lượng câu lạc bộ đờn ca tài tử", P30i, total=13),
    F("biểu diễn 1.180 suất", "1.180", 1180, "count", "suất", "suất biểu diễn phục vụ người dân và du khách", PQ3,
      change=chg("increase", 16, "%", "quý III/2023")),
    F("ước đạt 2,7 tỷ", "2,7", 2.7e9, "money", "đồng", "doanh thu từ biểu diễn phục vụ khách du lịch", PQ3, status="estimate"),
    F("có 2 Nghệ nhân", "2", 2, "count", "Nghệ nhân nhân dân", "Nghệ nhân nhân dân trong lĩnh vực đờn ca tài tử"),
    F("27 Nghệ nhân", "27", 27, "count", "Nghệ nhân ưu tú", "Nghệ nhân ưu tú trong lĩnh vực đờn ca tài tử"),
    F("hỗ trợ 1,5 triệu", "1,5", 1.5e6, "money", "đồng/người/tháng", "mức hỗ trợ nghệ nhân có hoàn cảnh khó khăn"),
    F("chi 486 triệu", "486", 486e6, "money", "đồng", "ngân sách tỉnh chi hỗ trợ nghệ nhân", P6),
    F("hỗ trợ 54 nghệ nhân", "54", 54, "count", "nghệ nhân", "nghệ nhân được hỗ trợ", P6),
    F("đón 412.000 lượt", "412.000", 412000, "count", "lượt khách", "khách đến Khu lưu niệm nhạc sĩ Cao Văn Lầu", PDN, percent=89),
    F("có 28 tỉnh", "28", 28, "count", "tỉnh, thành phố", "tỉnh, thành phố tham gia Festival Đờn ca tài tử quốc gia", PT4, location="Việt Nam"),
    F("hơn 700 nghệ nhân", "700", 700, "count", "nghệ nhân, diễn viên", "nghệ nhân, diễn viên tham gia Festival", PT4, approx="over"),
    F("khoảng 350.000 lượt", "350.000", 350000, "count", "lượt khách", "khách đến Festival Đờn ca tài tử quốc gia", PT4, approx="about"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "xã, phường, thị trấn có câu lạc bộ đờn ca tài tử hoạt động thường xuyên", P25, status="target"),
    F("từ 2 đến 3 lớp", "2", 2, "count", "lớp", "lớp truyền dạy mỗi năm", P25, value_max=3, status="target"),
    F("khoảng 60 học viên", "60", 60, "count", "học viên", "học viên lớp truyền dạy", P25, approx="about", status="target"),
]

COMMENTS = [
    "National press style (VnExpress-like dateline 'Thứ tư, 23/10/2024, 07:30 (GMT+7)'), byline and '12 bình luận' at the end (page furniture).",
    "Topic: intangible heritage đờn ca tài tử in Bạc Liêu — clubs by district, performances, artisans, support rate, relic visitors, festival.",
    "'Tính đến 30/9' has no year: 2024 from the dateline. Club parts after 'trong đó' take total 312; 'thành phố Bạc Liêu' is the city",
    "(location Bạc Liêu either way), 'thị xã Giá Rai', 'huyện Phước Long' go to location. 'xếp thứ 3/13 tỉnh, thành' rank with total 13.",
    "'tăng 16% so với quý III/2023' is the change of 1.180 suất. '1,5 triệu đồng/người/tháng' is a rate: money, unit 'đồng/người/tháng', no period",
    "(the Nghị quyết 11/2022 number is a distractor). 'bằng 89% cùng kỳ' is the percent of 412.000 lượt.",
    "'đến năm 2025, tỉnh phấn đấu …' makes the three last figures targets (the clause after ';' continues it); 'từ 2 đến 3 lớp' range.",
    "revised after the first run: '28 tỉnh, thành phố tham gia' → location Việt Nam (FIGURES.md: a count of provinces is national).",
    "'Hiện có' artisans: no period. Distractors: (GMT+7), 'bản Dạ cổ hoài lang', 'Nghị quyết số 11/2022/NQ-HĐND', '12 bình luận'.",
]

emit("p282-8", TEXT, COMMENTS, FIGS, published="2024-10-23", location="Bạc Liêu")
