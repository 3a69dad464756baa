from lib import F, P, CH, TG, emit

TEXT = """Chính trị - Nội chính
Thứ Sáu, 10/01/2025 - 16:20

Tòa án nhân dân tỉnh triển khai nhiệm vụ công tác năm 2025

(TBO) - Chiều 9/1, TAND tỉnh Thái Bình tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.

Năm 2024, TAND hai cấp trong tỉnh thụ lý 9.126 vụ, việc, giảm 3,4% so với năm 2023; đã giải quyết 8.597 vụ, việc, đạt tỷ lệ 94,2%, vượt 9,2% so với chỉ tiêu Quốc hội giao.

Về án hình sự, hai cấp Tòa án đã giải quyết 1.642 vụ/2.815 bị cáo, trong đó xét xử 1.589 vụ/2.730 bị cáo. Các tội phạm về ma túy chiếm 31,6% tổng số vụ; tội đánh bạc, tổ chức đánh bạc 214 vụ. Không có trường hợp kết án oan người không có tội.

Án hôn nhân và gia đình tiếp tục chiếm tỷ trọng lớn với 4.870 vụ, việc, chủ yếu là ly hôn. Các đơn vị thụ lý nhiều án ly hôn gồm: TP Thái Bình (612 vụ), huyện Quỳnh Phụ (498 vụ), huyện Đông Hưng (455 vụ), huyện Thái Thụy (431 vụ). Tỷ lệ hòa giải thành, đoàn tụ đạt 12,4%.

Công tác cải cách tư pháp có chuyển biến: tổ chức 215 phiên tòa rút kinh nghiệm, 276 phiên tòa trực tuyến; tỷ lệ bản án, quyết định bị hủy, sửa do nguyên nhân chủ quan chỉ 0,63%. Toàn ngành có 78 thẩm phán, bình quân mỗi thẩm phán giải quyết khoảng 110 vụ, việc/năm.

Năm 2025, ngành Tòa án tỉnh phấn đấu giải quyết đạt trên 90% tổng số vụ, việc thụ lý; án hình sự đạt 98% trở lên; tỷ lệ hòa giải thành đạt trên 65% theo Luật Hòa giải, đối thoại tại Tòa án năm 2020; tỷ lệ bản án bị hủy, sửa do nguyên nhân chủ quan không quá 1,5%.

Dịp này, 3 tập thể và 12 cá nhân được Chánh án TAND tối cao tặng Bằng khen; TAND huyện Vũ Thư nhận Cờ thi đua của ngành.

Thu Hiền
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("thụ lý 9.126 vụ, việc", "9.126", 9126, "count", "vụ, việc", "vụ, việc thụ lý", Y24,
      change=CH("decrease", 3.4, "%", "năm 2023")),
    F("giải quyết 8.597 vụ, việc", "8.597", 8597, "count", "vụ, việc", "vụ, việc đã giải quyết", Y24,
      percent=94.2, change=CH("increase", 9.2, "%", "chỉ tiêu Quốc hội giao")),
    F("giải quyết 1.642 vụ", "1.642", 1642, "count", "vụ", "án hình sự đã giải quyết", Y24i),
    F("1.642 vụ/2.815 bị cáo", "2.815", 2815, "count", "bị cáo", "bị cáo trong án hình sự đã giải quyết", Y24i),
    F("xét xử 1.589 vụ", "1.589", 1589, "count", "vụ", "án hình sự đã xét xử", Y24i, total=1642),
    F("1.589 vụ/2.730 bị cáo", "2.730", 2730, "count", "bị cáo", "bị cáo đã xét xử", Y24i, total=2815),
    F("chiếm 31,6%", "31,6", 31.6, "percent", "%", "tỷ lệ tội phạm về ma túy trong tổng số vụ", Y24i),
    F("đánh bạc 214 vụ", "214", 214, "count", "vụ", "tội đánh bạc, tổ chức đánh bạc", Y24i),
    F("với 4.870 vụ, việc", "4.870", 4870, "count", "vụ, việc", "Án hôn nhân và gia đình", Y24i),
    F("Thái Bình (612 vụ)", "612", 612, "count", "vụ", "án ly hôn thụ lý", Y24i, location="Thái Bình"),
    F("Quỳnh Phụ (498 vụ)", "498", 498, "count", "vụ", "án ly hôn thụ lý", Y24i, location="Quỳnh Phụ"),
    F("Đông Hưng (455 vụ)", "455", 455, "count", "vụ", "án ly hôn thụ lý", Y24i, location="Đông Hưng"),
    F("Thái Thụy (431 vụ)", "431", 431, "count", "vụ", "án ly hôn thụ lý", Y24i, location="Thái Thụy"),
    F("đoàn tụ đạt 12,4%", "12,4", 12.4, "percent", "%", "Tỷ lệ hòa giải thành, đoàn tụ", Y24i),
    F("tổ chức 215 phiên tòa", "215", 215, "count", "phiên tòa", "phiên tòa rút kinh nghiệm", Y24i),
    F("276 phiên tòa trực tuyến", "276", 276, "count", "phiên tòa", "phiên tòa trực tuyến", Y24i),
    F("chỉ 0,63%", "0,63", 0.63, "percent", "%", "tỷ lệ bản án, quyết định bị hủy, sửa do nguyên nhân chủ quan", Y24i),
    F("có 78 thẩm phán", "78", 78, "count", "thẩm phán", "thẩm phán toàn ngành", Y24i),
    F("khoảng 110 vụ, việc/năm", "110", 110, "measure", "vụ, việc/năm", "bình quân mỗi thẩm phán giải quyết", Y24i,
      approx="about"),
    F("đạt trên 90% tổng số", "90", 90, "percent", "%", "tỷ lệ giải quyết tổng số vụ, việc thụ lý", Y25,
      approx="over", status="target"),
    F("đạt 98% trở lên", "98", 98, "percent", "%", "tỷ lệ giải quyết án hình sự", Y25,
      approx="at_least", status="target"),
    F("đạt trên 65%", "65", 65, "percent", "%", "tỷ lệ hòa giải thành", Y25, approx="over", status="target"),
    F("không quá 1,5%", "1,5", 1.5, "percent", "%", "tỷ lệ bản án bị hủy, sửa do nguyên nhân chủ quan", Y25,
      approx="at_most", status="target"),
    F("3 tập thể", "3", 3, "count", "tập thể", "tập thể được tặng Bằng khen", optional=True),
    F("12 cá nhân", "12", 12, "count", "cá nhân", "cá nhân được tặng Bằng khen", optional=True),
]

COMMENTS = [
    "Báo Thái Bình (TBO), weekday dateline 'Thứ Sáu, dd/mm/yyyy - hh:mm', byline at the end; TAND hai cấp năm 2024, targets 2025.",
    "'đạt tỷ lệ 94,2%, vượt 9,2% so với chỉ tiêu Quốc hội giao': both attach to 8.597 (percent; change with baseline the plan).",
    "'giải quyết 1.642 vụ/2.815 bị cáo, trong đó xét xử 1.589 vụ/2.730 bị cáo': cases take the case whole, defendants the defendant whole;",
    "the '/' itself joins different units (no total). '214 vụ' has no part-of cue (no total). District list: subject án ly hôn thụ lý, places to location.",
    "'khoảng 110 vụ, việc/năm' is a per-judge rate (measure, denominator in unit). 'Năm 2025' targets: 'trở lên' = at_least, 'không quá' = at_most.",
    "Award counts (3 tập thể, 12 cá nhân) optional. Distractors: Chiều 9/1, 'Luật … năm 2020', TBO tag, 'năm 2023' baseline.",
]

emit("p355-2", TEXT, COMMENTS, FIGS, published="2025-01-10", location="Thái Bình")
