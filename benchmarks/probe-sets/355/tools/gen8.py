from lib import F, P, CH, TG, emit

TEXT = """Kiên Giang: Nâng cao chất lượng giải quyết các vụ án hành chính

NGỌC LAN

Năm 2023, Tòa án nhân dân hai cấp tỉnh Kiên Giang thụ lý 356 vụ án hành chính, tăng 18,3% so với năm 2022; đã giải quyết 274 vụ, đạt 76,97%, vượt 16,97% so với chỉ tiêu Quốc hội giao (60%).

Các vụ án hành chính chủ yếu liên quan đến lĩnh vực đất đai (chiếm khoảng 85%), tập trung tại TP Phú Quốc (98 vụ), TP Rạch Giá (64 vụ) và huyện Châu Thành (31 vụ). Người khởi kiện phần lớn yêu cầu hủy quyết định thu hồi đất, bồi thường, hỗ trợ tái định cư theo Điều 30 Luật Tố tụng hành chính năm 2015. Tổng giá trị tài sản tranh chấp trong các vụ án dân sự, kinh doanh, thương mại năm qua hơn 1,2 nghìn tỷ đồng.

Thực hiện Luật Hòa giải, đối thoại tại Tòa án, trong năm, các hòa giải viên đã tiến hành đối thoại 52 vụ án hành chính, đối thoại thành 19 vụ (đạt 36,5%). Tỷ lệ người bị kiện là Chủ tịch UBND các cấp tham gia đối thoại đạt 68%, tăng 15 điểm phần trăm so với năm trước.

Tuy nhiên, chất lượng giải quyết án hành chính vẫn còn hạn chế: trong năm có 9 bản án hành chính bị hủy, 14 bản án bị sửa; tỷ lệ bị hủy, sửa do lỗi chủ quan của Thẩm phán là 2,1%, cao hơn mức bình quân chung của toàn ngành Tòa án tỉnh (0,8%). Thời hạn chuẩn bị xét xử nhiều vụ kéo dài từ 6 đến 8 tháng do phải chờ kết quả đo đạc, định giá.

Năm 2024, Tòa án tỉnh phấn đấu tỷ lệ giải quyết án hành chính đạt trên 70%, đưa ra xét xử trực tuyến ít nhất 20 phiên tòa hành chính; tỷ lệ đối thoại thành đạt từ 40% trở lên. Mọi phản ánh xin gửi về TAND tỉnh Kiên Giang, số 01 Nguyễn Công Trứ, phường Vĩnh Thanh, TP Rạch Giá.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
TN = P("trong năm", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("thụ lý 356 vụ", "356", 356, "count", "vụ", "vụ án hành chính thụ lý", Y23,
      change=CH("increase", 18.3, "%", "năm 2022")),
    F("giải quyết 274 vụ", "274", 274, "count", "vụ", "vụ án hành chính đã giải quyết", Y23,
      percent=76.97, change=CH("increase", 16.97, "%", "chỉ tiêu Quốc hội giao"), target=TG(60, "%", True)),
    F("chiếm khoảng 85%", "85", 85, "percent", "%", "vụ án hành chính liên quan đến lĩnh vực đất đai", Y23i,
      approx="about"),
    F("Phú Quốc (98 vụ)", "98", 98, "count", "vụ", "vụ án hành chính", Y23i, location="Phú Quốc"),
    F("Rạch Giá (64 vụ)", "64", 64, "count", "vụ", "vụ án hành chính", Y23i, location="Rạch Giá"),
    F("Châu Thành (31 vụ)", "31", 31, "count", "vụ", "vụ án hành chính", Y23i, location="Châu Thành"),
    F("hơn 1,2 nghìn tỷ đồng", "1,2", 1.2e12, "money", "đồng",
      "Tổng giá trị tài sản tranh chấp trong các vụ án dân sự, kinh doanh, thương mại", P("năm qua", "2023-01-01", "2023-12-31"),
      approx="over"),
    F("đối thoại 52 vụ", "52", 52, "count", "vụ", "vụ án hành chính đối thoại", TN),
    F("thành 19 vụ", "19", 19, "count", "vụ", "vụ án hành chính đối thoại thành", TN, percent=36.5),
    F("đạt 68%", "68", 68, "percent", "%", "Tỷ lệ người bị kiện là Chủ tịch UBND các cấp tham gia đối thoại", Y23i,
      change=CH("increase", 15, "điểm phần trăm", "năm trước")),
    F("có 9 bản án", "9", 9, "count", "bản án", "bản án hành chính bị hủy", P("trong năm", "2023-01-01", "2023-12-31")),
    F("14 bản án", "14", 14, "count", "bản án", "bản án hành chính bị sửa", P("trong năm", "2023-01-01", "2023-12-31")),
    F("là 2,1%", "2,1", 2.1, "percent", "%", "tỷ lệ bị hủy, sửa do lỗi chủ quan của Thẩm phán",
      P("trong năm", "2023-01-01", "2023-12-31")),
    F("(0,8%)", "0,8", 0.8, "percent", "%", "mức bình quân chung của toàn ngành Tòa án tỉnh",
      P("trong năm", "2023-01-01", "2023-12-31")),
    F("từ 6 đến 8 tháng", "6", 6, "measure", "tháng", "Thời hạn chuẩn bị xét xử nhiều vụ", Y23i, value_max=8),
    F("đạt trên 70%", "70", 70, "percent", "%", "tỷ lệ giải quyết án hành chính", Y24, approx="over", status="target"),
    F("ít nhất 20 phiên", "20", 20, "count", "phiên tòa", "phiên tòa hành chính xét xử trực tuyến", Y24,
      approx="at_least", status="target"),
    F("từ 40% trở lên", "40", 40, "percent", "%", "tỷ lệ đối thoại thành", Y24, approx="at_least", status="target"),
]

COMMENTS = [
    "Provincial newspaper article (Kiên Giang), no dateline at all (published null), byline under the title. Administrative cases, năm 2023.",
    "'đã giải quyết 274 vụ, đạt 76,97%, vượt 16,97% so với chỉ tiêu Quốc hội giao (60%)': percent, change vs plan and target all on 274.",
    "Place list (Phú Quốc, Rạch Giá, Châu Thành) takes the indicator 'vụ án hành chính' as subject. 'hơn 1,2 nghìn tỷ đồng' = 1.2e12, 'năm qua' = 2023.",
    "'trong năm' in an annual article = năm 2023. 19 of 52 dialogues: no part-of cue, so no total. 'đạt 68%, tăng 15 điểm phần trăm …': a level with",
    "its change (not a growth rate as the claim). '(0,8%)' after '2,1%' is a percent figure of its own (the sector average).",
    "'từ 6 đến 8 tháng' a range of durations (measure). 'Năm 2024 … phấn đấu' targets; 'từ 40% trở lên' at_least.",
    "Distractors: Điều 30 Luật Tố tụng hành chính năm 2015, 'năm 2022' baseline, số 01 Nguyễn Công Trứ, byline.",
]

emit("p355-8", TEXT, COMMENTS, FIGS, published=None, location="Kiên Giang")
