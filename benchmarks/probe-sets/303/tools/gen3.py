from lib import Doc, P

TEXT = """BÁO QUẢNG NGÃI ĐIỆN TỬ
Thứ Hai, 12/08/2024 - 09:15

Xây cầu dân sinh, nối đôi bờ vùng cao

(Baoquangngai.vn)- Từ năm 2021 đến nay, tỉnh đã đầu tư xây dựng 64 cầu dân sinh tại các huyện miền núi với tổng vốn hơn 196 tỷ đồng, giúp hàng chục nghìn người dân đi lại thuận lợi trong mùa mưa lũ.

Theo Sở Giao thông vận tải, trong tổng số 64 cầu, có 41 cầu được đầu tư từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, 23 cầu từ nguồn ngân sách tỉnh và xã hội hóa. Các cầu có chiều dài từ 18 đến 66 m, tải trọng thiết kế 5 tấn, kinh phí mỗi cầu từ 1,8 tỷ đến 4,5 tỷ đồng.

Tại huyện Ba Tơ, 18 cầu đã hoàn thành, trong đó cầu Nước Lang dài 66 m là cây cầu lớn nhất với vốn đầu tư 4,5 tỷ đồng. Huyện Sơn Tây và Minh Long lần lượt có 11 và 7 cầu dân sinh.

Để có mặt bằng thi công, người dân các xã đã hiến gần 4.200 m2 đất, đóng góp trên 1.300 ngày công. Ông Đinh Văn Ba, Trưởng thôn Làng Trui, xã Ba Điền, cho biết: "Trước đây, mỗi mùa mưa, con nước lên là 120 hộ trong thôn bị cô lập từ 5 đến 7 ngày. Có cầu rồi, học sinh không phải nghỉ học, bà con chở keo, quế ra chợ được quanh năm".

Giai đoạn 2024-2025, tỉnh dự kiến đầu tư thêm 25 cầu với kinh phí khoảng 90 tỷ đồng; phấn đấu đến năm 2025 có 100% thôn, làng ở 6 huyện miền núi không còn bị chia cắt do thiếu cầu.

Bài, ảnh: THANH NHỊ
"""

d = Doc("p303-3", TEXT, [
    "Báo Quảng Ngãi (Party newspaper): 'cầu dân sinh' bridges in mountain districts since 2021. Dateline 'Thứ Hai, 12/08/2024 - 09:15', byline at the end.",
    "'Từ năm 2021 đến nay' runs to the dateline. 'trong tổng số 64 cầu' restates the whole: the total attribute of 41 and 23, not a figure of its own.",
    "'hàng chục nghìn người dân' (approx number word) and 'từ 5 đến 7 ngày' (isolation time in a quote) are optional; '6 huyện miền núi' (scope) optional.",
    "Ranges 'từ 18 đến 66 m', 'từ 1,8 tỷ đến 4,5 tỷ đồng' give value_max. Ba Tơ / Sơn Tây / Minh Long items take the district as location.",
    "revised after the first run: bare money subjects ('tổng vốn', 'kinh phí', 'tổng kinh phí', 'tổng mức đầu tư') now name what the same sentence says the money is for.",
    "Distractors: names with number words ('Đinh Văn Ba', 'Ba Tơ', 'Ba Điền'), 'Giai đoạn 2024-2025', 'đến năm 2025', dateline. '120 hộ' has no period ('Trước đây').",
    "'dự kiến' -> forecast for 25 cầu / 90 tỷ; 'phấn đấu đến năm 2025 ... 100%' -> target.",
], published="2024-08-12", location="Quảng Ngãi")

SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2024-08-12")
SINCEi = P("Từ năm 2021 đến nay", "2021-01-01", "2024-08-12", inherited=True)
d.f("xây dựng 64 cầu", "64", 64, "count", "cầu", "cầu dân sinh đầu tư xây dựng tại các huyện miền núi", period=SINCE)
d.f("hơn 196 tỷ đồng", "196", 196e9, "money", "đồng", "tổng vốn đầu tư xây dựng cầu dân sinh", approx="over", period=SINCE)
d.f("hàng chục nghìn người dân", "hàng chục nghìn", 10000, "count", "người", "người dân đi lại thuận lợi", approx="over", period=SINCE, optional=True)
d.f("có 41 cầu", "41", 41, "count", "cầu",
    "cầu được đầu tư từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", total=64, period=SINCEi)
d.f("23 cầu từ", "23", 23, "count", "cầu", "cầu từ nguồn ngân sách tỉnh và xã hội hóa", total=64, period=SINCEi)
d.f("từ 18 đến 66 m", "18", 18, "measure", "m", "chiều dài các cầu", value_max=66, period=SINCEi)
d.f("thiết kế 5 tấn", "5", 5, "measure", "tấn", "tải trọng thiết kế", period=SINCEi)
d.f("từ 1,8 tỷ đến", "1,8", 1.8e9, "money", "đồng", "kinh phí mỗi cầu", value_max=4.5e9, period=SINCEi)
d.f("Ba Tơ, 18 cầu", "18", 18, "count", "cầu", "cầu đã hoàn thành", period=SINCEi, location="Ba Tơ")
d.f("dài 66 m là", "66", 66, "measure", "m", "chiều dài cầu Nước Lang", period=SINCEi, location="Ba Tơ")
d.f("đầu tư 4,5 tỷ đồng", "4,5", 4.5e9, "money", "đồng", "vốn đầu tư cầu Nước Lang", period=SINCEi, location="Ba Tơ")
d.f("có 11 và", "11", 11, "count", "cầu", "cầu dân sinh", period=SINCEi, location="Sơn Tây")
d.f("và 7 cầu", "7", 7, "count", "cầu", "cầu dân sinh", period=SINCEi, location="Minh Long")
d.f("gần 4.200 m2", "4.200", 4200, "measure", "m2", "đất người dân hiến", approx="nearly", period=SINCEi)
d.f("trên 1.300 ngày công", "1.300", 1300, "count", "ngày công", "ngày công người dân đóng góp", approx="over", period=SINCEi)
d.f("là 120 hộ", "120", 120, "count", "hộ", "hộ trong thôn bị cô lập")
d.f("từ 5 đến 7 ngày", "5", 5, "measure", "ngày", "thời gian bị cô lập", value_max=7, optional=True)
GD = P("Giai đoạn 2024-2025", "2024-01-01", "2025-12-31")
d.f("thêm 25 cầu", "25", 25, "count", "cầu", "cầu đầu tư thêm", status="forecast", period=GD)
d.f("khoảng 90 tỷ đồng", "90", 90e9, "money", "đồng", "kinh phí đầu tư thêm cầu", approx="about", status="forecast", period=GD)
d.f("có 100% thôn", "100", 100, "percent", "%", "thôn, làng không còn bị chia cắt do thiếu cầu", status="target",
    period=P("đến năm 2025", None, "2025-12-31"))
d.f("ở 6 huyện", "6", 6, "count", "huyện", "huyện miền núi", optional=True)
d.write()
