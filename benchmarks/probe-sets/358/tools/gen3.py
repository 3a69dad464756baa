from lib import F, P, write

TEXT = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH QUẢNG NAM
Thông tin cơ sở

Năm 2024: chuyển đổi thêm 45 đài truyền thanh xã sang ứng dụng công nghệ thông tin
Ngày đăng: 22/03/2024 | Lượt xem: 1.026

Năm 2023, toàn tỉnh Quảng Nam đã đầu tư chuyển đổi 37 đài truyền thanh cấp xã từ công nghệ FM sang ứng dụng công nghệ thông tin - viễn thông với tổng kinh phí hơn 14,2 tỷ đồng, nâng tổng số đài ứng dụng công nghệ mới lên 168/241 xã, phường, thị trấn (chiếm 69,7%). Đến nay, 6 huyện, thị xã, thành phố đã hoàn thành chuyển đổi toàn bộ đài truyền thanh cấp xã, gồm Hội An, Tam Kỳ, Điện Bàn, Núi Thành, Thăng Bình và Duy Xuyên.

Toàn tỉnh hiện có gần 1.900 cụm loa, trong đó 1.146 cụm loa thông minh. Năm qua, hệ thống truyền thanh cơ sở đã phát trên 52 nghìn tin, bài, trong đó tin, bài do cấp xã tự sản xuất chiếm 38%. Tỷ lệ người dân được tiếp cận thông tin qua hệ thống truyền thanh cơ sở ước đạt 92%.

Theo Kế hoạch số 1870/KH-UBND ngày 12/3/2024 của UBND tỉnh, năm 2024 Quảng Nam chuyển đổi thêm 45 đài; kinh phí dự kiến 17,5 tỷ đồng, trong đó ngân sách tỉnh 10,5 tỷ đồng, ngân sách cấp huyện 4,2 tỷ đồng, phần còn lại lồng ghép từ các chương trình mục tiêu quốc gia. Các huyện miền núi như Nam Trà My, Tây Giang, Phước Sơn được hỗ trợ mức từ 350 đến 400 triệu đồng/đài.

Ở huyện Nam Trà My, thời lượng phát thanh tiếng Ca Dong, Xơ Đăng trên loa xã năm 2023 là 2.880 phút, gấp 1,5 lần năm 2022. Huyện Tây Giang phát 1.640 phút tiếng Cơ Tu.

Phấn đấu đến năm 2025, 100% đài truyền thanh cấp xã của tỉnh ứng dụng công nghệ thông tin - viễn thông (chỉ tiêu của Trung ương là 70%).

Mọi chi tiết liên hệ: Phòng Thông tin - Báo chí - Xuất bản, số 62 Hùng Vương, TP Tam Kỳ.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24h = P("Năm 2024", "2024-01-01", "2024-12-31")
NOW = P("Đến nay", None, "2024-03-22")

figs = [
    F("thêm 45 đài truyền thanh xã sang", "45", "count", "đài truyền thanh xã", "đài truyền thanh xã chuyển đổi thêm",
      status="target", period=Y24h, optional=True),
    F("chuyển đổi 37 đài", "37", "count", "đài truyền thanh cấp xã", "đài truyền thanh cấp xã được đầu tư chuyển đổi", period=Y23),
    F("hơn 14,2 tỷ đồng", "14,2", "money", "đồng", "tổng kinh phí chuyển đổi đài truyền thanh cấp xã", approx="over", period=Y23),
    F("lên 168/241", "168", "count", "xã, phường, thị trấn", "đài ứng dụng công nghệ mới", total=241, percent=69.7, period=Y23),
    F("Đến nay, 6 huyện", "6", "count", "huyện, thị xã, thành phố",
      "huyện, thị xã, thành phố hoàn thành chuyển đổi toàn bộ đài truyền thanh cấp xã", period=NOW),
    F("gần 1.900 cụm loa", "1.900", "count", "cụm loa", "cụm loa", approx="nearly"),
    F("trong đó 1.146 cụm loa", "1.146", "count", "cụm loa thông minh", "cụm loa thông minh", total=1900),
    F("trên 52 nghìn tin, bài", "52", "count", "tin, bài", "tin, bài hệ thống truyền thanh cơ sở đã phát", approx="over",
      period=P("Năm qua", "2023-01-01", "2023-12-31")),
    F("chiếm 38%", "38", "percent", "%", "tin, bài do cấp xã tự sản xuất", period=P("Năm qua", "2023-01-01", "2023-12-31")),
    F("ước đạt 92%", "92", "percent", "%", "Tỷ lệ người dân được tiếp cận thông tin qua hệ thống truyền thanh cơ sở",
      status="estimate", period=Y23i),
    F("thêm 45 đài;", "45", "count", "đài", "đài chuyển đổi thêm", status="target", period=Y24),
    F("dự kiến 17,5 tỷ đồng", "17,5", "money", "đồng", "kinh phí", status="forecast", period=Y24),
    F("ngân sách tỉnh 10,5 tỷ đồng", "10,5", "money", "đồng", "kinh phí ngân sách tỉnh", total=17.5e9, status="forecast",
      period=Y24),
    F("huyện 4,2 tỷ đồng", "4,2", "money", "đồng", "kinh phí ngân sách cấp huyện", total=17.5e9, status="forecast",
      period=Y24),
    F("từ 350 đến 400 triệu đồng/đài", "350", "money", "đồng/đài", "mức hỗ trợ các huyện miền núi", value=350e6,
      value_max=400e6, period=P("năm 2024", "2024-01-01", "2024-12-31", True)),
    F("là 2.880 phút", "2.880", "measure", "phút", "thời lượng phát thanh tiếng Ca Dong, Xơ Đăng trên loa xã",
      change={"direction": "increase", "value": 1.5, "unit": "lần", "baseline": "năm 2022"},
      location="Nam Trà My", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("phát 1.640 phút", "1.640", "measure", "phút", "thời lượng phát thanh tiếng Cơ Tu", location="Tây Giang",
      period=Y23i),
    F("2025, 100% đài", "100", "percent", "%", "đài truyền thanh cấp xã ứng dụng công nghệ thông tin - viễn thông",
      status="target", target={"value": 70, "unit": "%"}, period=P("đến năm 2025", None, "2025-12-31")),
]

write("p358-3", [
    "Department site (Sở TT&TT Quảng Nam), 'Ngày đăng: 22/03/2024 | Lượt xem: 1.026': đài truyền thanh xã chuyển đổi sang CNTT-VT, kinh phí 2023/2024.",
    "Distractors: Kế hoạch số 1870/KH-UBND ngày 12/3/2024, 'FM', 'số 62 Hùng Vương', view counter.",
    "'168/241 xã … (chiếm 69,7%)': total 241, percent. 'trong đó 1.146 cụm loa thông minh' part of 'gần 1.900 cụm loa' (total 1900).",
    "'trên 52 nghìn tin, bài' = 52000 over. 'chiếm 38%' has no base count in the same unit of its own: a percent figure.",
    "'Năm qua' in an article of March 2024 about 2023 results = 2023. 'Đến nay' is an as-of at the dateline.",
    "'kinh phí dự kiến' = forecast; its parts after 'trong đó' share it. 'năm 2024 … chuyển đổi thêm 45 đài' under 'Theo Kế hoạch' = target.",
    "'gấp 1,5 lần năm 2022' after a figure = its change (unit lần). '(chỉ tiêu của Trung ương là 70%)' = target attribute of the 100% figure.",
    "revised: the headline's '45 đài' restates the plan figure of the body: added as optional (as restatements in captions in the shared gold).",
    "The support range stands in its own sentence without a cue: actual (period 2024 inherited from the plan sentence).",
], TEXT, figs, published="2024-03-22", location="Quảng Nam")
