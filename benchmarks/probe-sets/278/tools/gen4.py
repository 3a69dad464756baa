from lib import F, P, chg, emit

TEXT = """BÁO NAM ĐỊNH ĐIỆN TỬ
Văn hóa - Xã hội
Thứ Bảy, 19/10/2024 - 07:12

Nam Định: Hơn 98% đám tang thực hiện nếp sống văn minh

(BNĐ) - Theo báo cáo của Sở Văn hóa, Thể thao và Du lịch tại hội nghị sơ kết ngày 17/10, 9 tháng năm 2024, toàn tỉnh có 9.476 đám tang, trong đó 9.318 đám tang thực hiện đúng quy định về nếp sống văn minh, đạt 98,3%. Số đám tang còn rải vàng mã trên đường, để thi hài quá 48 giờ giảm còn 41 trường hợp, giảm 27 trường hợp so với cùng kỳ.

Riêng quý III/2024, các địa phương tổ chức 3.105 đám tang, tăng 4,2% so với quý II; 100% đám tang không sử dụng nhạc tang sau 22 giờ và trước 6 giờ sáng.

Hỏa táng tiếp tục được người dân hưởng ứng. Từ đầu năm đến nay, toàn tỉnh có 3.884 trường hợp hỏa táng, chiếm khoảng 41% số người từ trần; trong đó thành phố Nam Định có tỷ lệ cao nhất với 86,2%, tiếp đến là huyện Ý Yên 52,7%, huyện Nghĩa Hưng 40,5%. Mỗi ca hỏa táng được tỉnh hỗ trợ 3 triệu đồng, huyện hỗ trợ thêm từ 1 đến 2 triệu đồng.

Toàn tỉnh hiện có 204/226 xã, phường, thị trấn xây dựng được nhà tang lễ hoặc nhà quàn, đạt 90,3%; 100% thôn, tổ dân phố có quy ước về việc cưới, việc tang. Thực hiện Nghị quyết số 12-NQ/TU của Tỉnh ủy, tỉnh phấn đấu đến năm 2025 có 100% xã, phường, thị trấn có nhà tang lễ và tỷ lệ hỏa táng đạt 50%.

Tại hội nghị, 25 tập thể và 40 cá nhân có thành tích xuất sắc được Chủ tịch UBND tỉnh tặng Bằng khen.

Thanh Thúy
"""

Q9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-19")
YTDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-19", inh=True)
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hơn 98%", "98", 98, "percent", "%", "đám tang thực hiện nếp sống văn minh", approx="over"),
    F("có 9.476 đám tang", "9.476", 9476, "count", "đám tang", "đám tang", Q9),
    F("9.318 đám tang", "9.318", 9318, "count", "đám tang", "đám tang thực hiện đúng quy định về nếp sống văn minh", Q9,
      total=9476, percent=98.3),
    F("quá 48 giờ", "48", 48, "measure", "giờ", "thời gian để thi hài", approx="over", optional=True),
    F("còn 41 trường hợp", "41", 41, "count", "trường hợp", "đám tang còn rải vàng mã trên đường, để thi hài quá 48 giờ",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True), change=chg("decrease", 27, "trường hợp", "cùng kỳ")),
    F("tổ chức 3.105 đám tang", "3.105", 3105, "count", "đám tang", "đám tang",
      P("quý III/2024", "2024-07-01", "2024-09-30"), change=chg("increase", 4.2, "%", "quý II")),
    F("100% đám tang", "100", 100, "percent", "%", "đám tang không sử dụng nhạc tang sau 22 giờ và trước 6 giờ sáng",
      P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("có 3.884 trường hợp", "3.884", 3884, "count", "trường hợp", "trường hợp hỏa táng", YTD, percent=41),
    F("với 86,2%", "86,2", 86.2, "percent", "%", "tỷ lệ hỏa táng", YTD, location="Nam Định"),
    F("Ý Yên 52,7%", "52,7", 52.7, "percent", "%", "tỷ lệ hỏa táng", YTD, location="Ý Yên"),
    F("Nghĩa Hưng 40,5%", "40,5", 40.5, "percent", "%", "tỷ lệ hỏa táng", YTD, location="Nghĩa Hưng"),
    F("hỗ trợ 3 triệu đồng", "3", 3000000, "money", "đồng", "mức hỗ trợ của tỉnh cho mỗi ca hỏa táng", YTDi),
    F("từ 1 đến 2 triệu đồng", "1", 1000000, "money", "đồng", "mức hỗ trợ thêm của huyện cho mỗi ca hỏa táng", YTDi,
      value_max=2000000),
    F("204/226 xã", "204", 204, "count", "xã, phường, thị trấn", "xã, phường, thị trấn xây dựng được nhà tang lễ hoặc nhà quàn",
      total=226, percent=90.3),
    F("100% thôn", "100", 100, "percent", "%", "thôn, tổ dân phố có quy ước về việc cưới, việc tang"),
    F("có 100% xã", "100", 100, "percent", "%", "xã, phường, thị trấn có nhà tang lễ", T25, status="target"),
    F("đạt 50%", "50", 50, "percent", "%", "tỷ lệ hỏa táng", T25, status="target"),
    F("25 tập thể", "25", 25, "count", "tập thể", "tập thể được tặng Bằng khen"),
    F("40 cá nhân", "40", 40, "count", "cá nhân", "cá nhân được tặng Bằng khen"),
]

COMMENTS = [
    "Báo Nam Định (Party newspaper): civilised funerals and cremation, 9 months / Q3 2024. Dateline 'Thứ Bảy, 19/10/2024 - 07:12'; byline at the end.",
    "Distractors: 'ngày 17/10', times of day 'sau 22 giờ và trước 6 giờ sáng', Nghị quyết số 12-NQ/TU, '(BNĐ)'. The 48-hour threshold is optional.",
    "'giảm còn 41 trường hợp' states the new level; the following 'giảm 27 trường hợp so với cùng kỳ' is its change.",
    "'Từ đầu năm đến nay' = 2024-01-01 .. published date. City/district items after 'trong đó' are rates, not parts of 3.884: no total.",
    "'chiếm khoảng 41%' is the share of 3.884 (the approx belongs to the share, so 3.884 stays exact). 204/226 has total 226 and share 90,3%.",
    "Headline 'Hơn 98%' is a figure (over). '100% thôn' has no period phrase (hiện).",
]
emit("p278-4", TEXT, COMMENTS, FIGS, published="2024-10-19", location="Nam Định")
