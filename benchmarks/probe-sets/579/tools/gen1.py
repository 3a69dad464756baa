from lib import F, P, I, CH, TG, emit

TEXT = """Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức - Sự kiện > Văn hóa - Thể thao
Cập nhật: 15/07/2024 08:30
Lượt xem: 3.482

Thanh Hóa: 38,2% dân số tập luyện thể dục thể thao thường xuyên

Theo báo cáo của Sở Văn hóa, Thể thao và Du lịch, 6 tháng đầu năm 2024, toàn tỉnh Thanh Hóa có khoảng 1,39 triệu người tập luyện thể dục thể thao thường xuyên, đạt tỷ lệ 38,2% dân số, tăng 0,6% so với cùng kỳ năm 2023; số gia đình thể thao đạt 215.460 hộ, chiếm 24,1% tổng số hộ.

Toàn tỉnh hiện có 2.146 câu lạc bộ thể dục thể thao cơ sở, trong đó có 312 câu lạc bộ ngoài công lập. Tỷ lệ người tập luyện thường xuyên cao nhất ở thành phố Thanh Hóa (46,5%), thị xã Nghi Sơn (42,3%) và thành phố Sầm Sơn (41,8%); thấp nhất là huyện Mường Lát (19,7%).

Về thể thao thành tích cao, các vận động viên của tỉnh đã tham gia 28 giải thể thao quốc gia và quốc tế, giành 186 huy chương các loại (62 HCV, 55 HCB, 69 HCĐ), đạt 58% kế hoạch năm. Tỉnh có 27 vận động viên được triệu tập lên đội tuyển quốc gia và 14 vận động viên lên đội tuyển trẻ quốc gia.

Tổng kinh phí sự nghiệp thể dục thể thao 6 tháng ước đạt 68,5 tỷ đồng. Thực hiện Quyết định số 1256/QĐ-UBND ngày 20/4/2022 của UBND tỉnh, 100% xã, phường, thị trấn đã có sân tập thể thao.

Phấn đấu đến năm 2025, tỷ lệ người tập luyện thể dục thể thao thường xuyên của tỉnh đạt 40% và tỷ lệ gia đình thể thao đạt 26%. Đại hội Thể dục thể thao tỉnh lần thứ IX sẽ được tổ chức vào năm 2026.

Sở Văn hóa, Thể thao và Du lịch Thanh Hóa - Số 40 Đại lộ Lê Lợi, phường Lam Sơn - ĐT: 0237.3852.547
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = I(H1)
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Thanh Hóa: 38,2%", "38,2", 38.2, "percent", "%", "dân số tập luyện thể dục thể thao thường xuyên", H1i),
    F("khoảng 1,39 triệu người", "1,39", 1390000, "count", "người", "người tập luyện thể dục thể thao thường xuyên", H1,
      approx="about", percent=38.2, change=CH("increase", 0.6, "%", "cùng kỳ năm 2023")),
    F("đạt 215.460 hộ", "215.460", 215460, "count", "hộ", "gia đình thể thao", H1, percent=24.1),
    F("có 2.146 câu lạc bộ", "2.146", 2146, "count", "câu lạc bộ", "câu lạc bộ thể dục thể thao cơ sở"),
    F("có 312 câu lạc bộ", "312", 312, "count", "câu lạc bộ", "câu lạc bộ thể dục thể thao cơ sở ngoài công lập", total=2146),
    F("(46,5%)", "46,5", 46.5, "percent", "%", "Tỷ lệ người tập luyện thường xuyên", H1i, location="thành phố Thanh Hóa"),
    F("(42,3%)", "42,3", 42.3, "percent", "%", "Tỷ lệ người tập luyện thường xuyên", H1i, location="Nghi Sơn"),
    F("(41,8%)", "41,8", 41.8, "percent", "%", "Tỷ lệ người tập luyện thường xuyên", H1i, location="Sầm Sơn"),
    F("(19,7%)", "19,7", 19.7, "percent", "%", "Tỷ lệ người tập luyện thường xuyên thấp nhất", H1i, location="Mường Lát"),
    F("tham gia 28 giải", "28", 28, "count", "giải", "giải thể thao quốc gia và quốc tế các vận động viên của tỉnh tham gia", H1i),
    F("giành 186 huy chương", "186", 186, "count", "huy chương", "huy chương các loại các vận động viên của tỉnh giành", H1i, percent=58),
    F("(62 HCV", "62", 62, "count", "HCV", "HCV các vận động viên của tỉnh giành", H1i, total=186),
    F("55 HCB", "55", 55, "count", "HCB", "HCB các vận động viên của tỉnh giành", H1i, total=186),
    F("69 HCĐ", "69", 69, "count", "HCĐ", "HCĐ các vận động viên của tỉnh giành", H1i, total=186),
    F("có 27 vận động viên", "27", 27, "count", "vận động viên", "vận động viên được triệu tập lên đội tuyển quốc gia"),
    F("và 14 vận động viên", "14", 14, "count", "vận động viên", "vận động viên lên đội tuyển trẻ quốc gia"),
    F("ước đạt 68,5 tỷ đồng", "68,5", 68500000000, "money", "đồng", "Tổng kinh phí sự nghiệp thể dục thể thao",
      P("6 tháng", "2024-01-01", "2024-06-30"), status="estimate"),
    F("100% xã", "100", 100, "percent", "%", "xã, phường, thị trấn đã có sân tập thể thao"),
    F("đạt 40%", "40", 40, "percent", "%", "tỷ lệ người tập luyện thể dục thể thao thường xuyên của tỉnh", T25, status="target"),
    F("đạt 26%", "26", 26, "percent", "%", "tỷ lệ gia đình thể thao", T25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thanh Hóa: phong trào TDTT 6 tháng đầu năm 2024 (người tập luyện thường xuyên, gia đình thể thao, CLB, huy chương).",
    "Province portal: breadcrumb, 'Cập nhật: 15/07/2024 08:30', 'Lượt xem: 3.482' (page furniture). Not figures: QĐ 1256/QĐ-UBND, lần thứ IX,",
    "năm 2026, 'Số 40 Đại lộ Lê Lợi', phone 0237.3852.547. 38,2% and 24,1% after 'đạt tỷ lệ'/'chiếm' are shares of the counts;",
    "the bracketed (62 HCV, 55 HCB, 69 HCĐ) adds up to 186. District list items take the list's indicator and their place as location.",
]

emit("p579-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Thanh Hóa")
