from lib import F, P, I, CH, T, emit

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ » Tin tức » Tài nguyên nước
Ngày đăng: 14/03/2024 | Lượt xem: 2.096

Năm 2023: Bộ Tài nguyên và Môi trường cấp 215 giấy phép tài nguyên nước

Theo Cục Quản lý tài nguyên nước, năm 2023 Bộ Tài nguyên và Môi trường đã cấp 215 giấy phép tài nguyên nước, trong đó 68 giấy phép khai thác nước dưới đất, 94 giấy phép khai thác nước mặt và 53 giấy phép xả nước thải vào nguồn nước. Tỷ lệ hồ sơ được giải quyết đúng hạn đạt 98,6%.

Bộ cũng phê duyệt tiền cấp quyền khai thác tài nguyên nước cho 173 công trình với tổng số tiền hơn 1.064,5 tỷ đồng, tăng 9,8% so với năm 2022.

Về khai thác nước dưới đất, Hà Nội và TP. Hồ Chí Minh lần lượt đứng thứ nhất và thứ hai cả nước về tổng lưu lượng được cấp phép. Tại Đồng bằng sông Cửu Long, tốc độ sụt lún bình quân ở một số tỉnh ở mức cao: Cà Mau (3,6 cm/năm), Bạc Liêu (3,1 cm/năm), Sóc Trăng (2,8 cm/năm).

Mạng quan trắc tài nguyên nước quốc gia hiện có 815 công trình quan trắc nước dưới đất tại 45 tỉnh, thành phố. Theo Quy hoạch tài nguyên nước thời kỳ 2021-2030, đến năm 2030 mạng quan trắc được nâng lên khoảng 1.200 công trình.

Luật Tài nguyên nước số 28/2023/QH15 có hiệu lực từ ngày 01/7/2024; Bộ đang hoàn thiện dự thảo Nghị định hướng dẫn gồm 6 chương, 98 điều. Dự kiến trong năm 2024, Bộ sẽ thẩm định khoảng 250 hồ sơ cấp phép.

Cục Quản lý tài nguyên nước - Số 10 Tôn Thất Thuyết, Nam Từ Liêm, Hà Nội.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23h = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
Y24 = P("trong năm 2024", "2024-01-01", "2024-12-31")
SL = "tốc độ sụt lún bình quân"
RK = "tổng lưu lượng nước dưới đất được cấp phép"

FIGS = [
    F("trường cấp 215", "215", 215, "count", "giấy phép", "giấy phép tài nguyên nước", Y23h),
    F("đã cấp 215 giấy phép", "215", 215, "count", "giấy phép", "giấy phép tài nguyên nước Bộ cấp", Y23),
    F("đó 68 giấy phép", "68", 68, "count", "giấy phép", "giấy phép khai thác nước dưới đất", Y23, total=215),
    F("94 giấy phép", "94", 94, "count", "giấy phép", "giấy phép khai thác nước mặt", Y23, total=215),
    F("và 53 giấy phép", "53", 53, "count", "giấy phép", "giấy phép xả nước thải vào nguồn nước", Y23, total=215),
    F("đạt 98,6%", "98,6", 98.6, "percent", "%", "tỷ lệ hồ sơ được giải quyết đúng hạn", I(Y23)),
    F("cho 173 công trình", "173", 173, "count", "công trình",
      "công trình được phê duyệt tiền cấp quyền khai thác tài nguyên nước", I(Y23)),
    F("hơn 1.064,5 tỷ", "1.064,5", 1064500000000, "money", "đồng",
      "tổng số tiền cấp quyền khai thác tài nguyên nước được phê duyệt", I(Y23), approx="over",
      change=CH("increase", 9.8, baseline="năm 2022")),
    F("thứ nhất và", "nhất", 1, "rank", "hạng", RK, I(Y23), location="Hà Nội"),
    F("thứ hai cả nước", "hai", 2, "rank", "hạng", RK, I(Y23), location="Thành phố Hồ Chí Minh"),
    F("(3,6 cm/năm)", "3,6", 3.6, "measure", "cm/năm", SL, location="Cà Mau"),
    F("(3,1 cm/năm)", "3,1", 3.1, "measure", "cm/năm", SL, location="Bạc Liêu"),
    F("(2,8 cm/năm)", "2,8", 2.8, "measure", "cm/năm", SL, location="Sóc Trăng"),
    F("có 815 công trình", "815", 815, "count", "công trình quan trắc",
      "công trình quan trắc nước dưới đất của mạng quan trắc tài nguyên nước quốc gia"),
    F("tại 45 tỉnh", "45", 45, "count", "tỉnh, thành phố", "tỉnh, thành phố có công trình quan trắc nước dưới đất"),
    F("khoảng 1.200 công trình", "1.200", 1200, "count", "công trình", "công trình của mạng quan trắc", T30,
      approx="about", status="target"),
    F("gồm 6 chương", "6", 6, "count", "chương", "chương của dự thảo Nghị định", optional=True),
    F("98 điều", "98", 98, "count", "điều", "điều của dự thảo Nghị định", optional=True),
    F("khoảng 250 hồ sơ", "250", 250, "count", "hồ sơ", "hồ sơ cấp phép thẩm định", Y24,
      approx="about", status="forecast"),
]

COMMENTS = [
    "Ministry site (Bộ TN&MT), 'Ngày đăng: 14/03/2024 | Lượt xem: 2.096': national water-resource permits in 2023, subsidence, monitoring network.",
    "Headline 215 is its own figure. '215 giấy phép …, trong đó 68 …, 94 … và 53 …' -> parts with total 215 (they add up).",
    "'hơn 1.064,5 tỷ đồng' = 1.0645·10¹² đồng (Vietnamese '1.234,5'), over, change +9,8% vs năm 2022.",
    "'lần lượt đứng thứ nhất và thứ hai' -> ranks 1 (Hà Nội) and 2 (TP. Hồ Chí Minh), number words; year 2023 from the lead (inherited).",
    "Subsidence list by province: location = province, subject = the indicator. A region (Đồng bằng sông Cửu Long) is not a location value;",
    "national network counts are Việt Nam. 'thời kỳ 2021-2030' is a name/period; 'đến năm 2030 … nâng lên khoảng 1.200' is a target.",
    "'6 chương, 98 điều' describe a draft decree's structure: optional. 'Dự kiến trong năm 2024 … khoảng 250 hồ sơ': forecast.",
    "Distractors: 'Luật Tài nguyên nước số 28/2023/QH15', 'ngày 01/7/2024', 'Số 10 Tôn Thất Thuyết', 'Lượt xem: 2.096'.",
]

emit("p688-4", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Việt Nam")
