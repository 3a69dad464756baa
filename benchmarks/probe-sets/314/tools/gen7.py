from lib import F, P, C, T, build

TEXT = """
Thời sự > Giáo dục
Thứ năm, 19/9/2024, 06:00 (GMT+7)

TP HCM: Gần 40% học sinh tiểu học thừa cân, béo phì

Kết quả điều tra do Trung tâm Dinh dưỡng TP HCM công bố sáng 18/9 cho thấy, tỷ lệ thừa cân, béo phì ở học sinh tiểu học của thành phố năm 2023 là 38,2%, cao hơn 6,7% so với năm 2020. Ở bậc THCS và THPT, tỷ lệ này lần lượt là 26,5% và 17,4%.

Cuộc điều tra khảo sát 9.600 học sinh tại 22 quận, huyện và TP Thủ Đức. Quận 1 (45,6%), Quận 3 (43,8%) và Phú Nhuận (42,1%) là các địa phương có tỷ lệ thừa cân, béo phì ở học sinh tiểu học cao nhất; thấp nhất là huyện Cần Giờ với 19,3%.

Theo bác sĩ Đỗ Thị Ngọc Diệp, nguyên Giám đốc Trung tâm, khẩu phần bán trú tại nhiều trường vẫn thừa chất béo, bữa trưa cung cấp khoảng 750-800 kcal, vượt 15-20% so với nhu cầu khuyến nghị. Chỉ 21% học sinh ăn đủ 400 g rau, quả mỗi ngày, trong khi gần một nửa uống nước ngọt từ 3 lần/tuần trở lên.

Trên phạm vi cả nước, theo Bộ Y tế, tỷ lệ thừa cân, béo phì ở trẻ 5-19 tuổi đã tăng từ 8,5% năm 2010 lên 19% năm 2020.

Năm 2024, thành phố chi khoảng 120 tỷ đồng cho Chương trình Sữa học đường, hỗ trợ hơn 480 nghìn trẻ mầm non và học sinh tiểu học. Sở Giáo dục và Đào tạo cũng yêu cầu 100% trường có bán trú xây dựng thực đơn với sự tư vấn của chuyên gia dinh dưỡng. Thành phố đặt mục tiêu đến năm 2030 khống chế tỷ lệ thừa cân, béo phì ở học sinh dưới 30%.

Phụ huynh cần tư vấn có thể gọi tổng đài 1900 1234 hoặc đến Trung tâm Dinh dưỡng, 180 Lê Văn Sỹ, quận Phú Nhuận.

Lê Nguyễn
"""

H = """
National press (VnExpress style), dateline 'Thứ năm, 19/9/2024, 06:00 (GMT+7)'. Default location TP Hồ Chí Minh; national figures (Bộ Y tế) are Việt Nam.
'38,2%, cao hơn 6,7% so với năm 2020' -> change on the level. 'lần lượt là 26,5% và 17,4%' list sharing the indicator.
'Quận 1 (45,6%), Quận 3 (43,8%) và Phú Nhuận (42,1%)': items are districts -> location; the 1 and 3 of the district names are not figures.
'khoảng 750-800 kcal, vượt 15-20% so với nhu cầu khuyến nghị' -> measure range with a change 15 (range lower end) vs the recommendation.
'gần một nửa' is a fraction word, not annotated. '400 g', '3 lần/tuần trở lên', '5-19 tuổi' are criteria: optional; '22 quận, huyện' (survey scope) optional as in p314-6.
'tăng từ 8,5% năm 2010 lên 19% năm 2020': two level figures with their own years. '100% trường có bán trú ...' is a requirement (status target).
Distractors: dateline, 'sáng 18/9', 'GMT+7', 'TP Thủ Đức', phone '1900 1234', address '180 Lê Văn Sỹ'.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23I = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

SUBJ = "tỷ lệ thừa cân, béo phì ở học sinh tiểu học"
FIGS = [
    F("Gần 40%", "40", 40, "percent", "%", "học sinh tiểu học thừa cân, béo phì", approx="nearly", period=Y23I),
    F("là 38,2%", "38,2", 38.2, "percent", "%", SUBJ, change=C("increase", 6.7, "%", "năm 2020"), period=Y23),
    F("là 26,5%", "26,5", 26.5, "percent", "%", "tỷ lệ thừa cân, béo phì ở bậc THCS", period=Y23I),
    F("và 17,4%", "17,4", 17.4, "percent", "%", "tỷ lệ thừa cân, béo phì ở bậc THPT", period=Y23I),
    F("khảo sát 9.600 học sinh", "9.600", 9600, "count", "học sinh", "học sinh được khảo sát"),
    F("tại 22 quận", "22", 22, "count", "quận, huyện", "quận, huyện được khảo sát", optional=True),
    F("Quận 1 (45,6%)", "45,6", 45.6, "percent", "%", SUBJ, location="Quận 1", period=Y23I),
    F("Quận 3 (43,8%)", "43,8", 43.8, "percent", "%", SUBJ, location="Quận 3", period=Y23I),
    F("Phú Nhuận (42,1%)", "42,1", 42.1, "percent", "%", SUBJ, location="Phú Nhuận", period=Y23I),
    F("với 19,3%", "19,3", 19.3, "percent", "%", SUBJ, location="Cần Giờ", period=Y23I),
    F("khoảng 750-800 kcal", "750", 750, "measure", "kcal", "năng lượng bữa trưa cung cấp", value_max=800, approx="about",
      change=C("increase", 15, "%", "nhu cầu khuyến nghị")),
    F("Chỉ 21% học sinh", "21", 21, "percent", "%", "học sinh ăn đủ 400 g rau, quả mỗi ngày"),
    F("đủ 400 g", "400", 400, "measure", "g", "rau, quả mỗi ngày", optional=True),
    F("từ 3 lần/tuần", "3", 3, "measure", "lần/tuần", "uống nước ngọt", approx="at_least", optional=True),
    F("trẻ 5-19 tuổi", "5", 5, "measure", "tuổi", value_max=19, optional=True, location="Việt Nam"),
    F("từ 8,5% năm 2010", "8,5", 8.5, "percent", "%", "tỷ lệ thừa cân, béo phì ở trẻ 5-19 tuổi", location="Việt Nam",
      period=P("năm 2010", "2010-01-01", "2010-12-31")),
    F("lên 19% năm 2020", "19", 19, "percent", "%", "tỷ lệ thừa cân, béo phì ở trẻ 5-19 tuổi", location="Việt Nam",
      period=P("năm 2020", "2020-01-01", "2020-12-31")),
    F("khoảng 120 tỷ đồng", "120", 120000000000, "money", "đồng", "kinh phí Chương trình Sữa học đường", approx="about", period=Y24),
    F("hơn 480 nghìn trẻ", "480", 480000, "count", "trẻ", "trẻ mầm non và học sinh tiểu học được hỗ trợ sữa", approx="over", period=Y24),
    F("yêu cầu 100% trường", "100", 100, "percent", "%", "trường có bán trú xây dựng thực đơn với sự tư vấn của chuyên gia dinh dưỡng", status="target"),
    F("dưới 30%", "30", 30, "percent", "%", "tỷ lệ thừa cân, béo phì ở học sinh", approx="under", status="target", period=T30),
]

build("p314-7", TEXT, H, FIGS, published="2024-09-19", location="TP Hồ Chí Minh")
