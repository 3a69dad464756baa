from lib import F, P, I, CH, emit

TEXT = """Trang chủ / Tin tức / Tin hoạt động

Bộ Y tế phát động hưởng ứng Ngày Thế giới không thuốc lá năm 2024
Ngày đăng: 31/05/2024 | Chuyên mục: Tin hoạt động

(MOH) - Sáng 31/5, tại Hà Nội, Bộ Y tế phối hợp với Tổ chức Y tế Thế giới (WHO) tổ chức Lễ mít tinh hưởng ứng Ngày Thế giới không thuốc lá và Tuần lễ Quốc gia không thuốc lá (25-31/5).

Theo Thứ trưởng Bộ Y tế, sau 11 năm thực hiện Luật Phòng, chống tác hại của thuốc lá, tỷ lệ hút thuốc ở nam giới trưởng thành đã giảm từ 47,4% năm 2010 xuống 42,3% năm 2020. Tuy nhiên, Việt Nam vẫn nằm trong nhóm 15 quốc gia có số người hút thuốc cao nhất thế giới, với khoảng 15,6 triệu người trưởng thành hút thuốc. Mỗi năm cả nước có trên 100.000 người tử vong do các bệnh liên quan đến thuốc lá; tổng thiệt hại kinh tế ước khoảng 108 nghìn tỷ đồng, tương đương 1,14% GDP.

Đáng lo ngại, tỷ lệ sử dụng thuốc lá điện tử ở học sinh 13-15 tuổi đã tăng từ 2,6% năm 2019 lên 3,5% năm 2022; ở học sinh 13-17 tuổi là 8,1%, trong đó nam và nữ lần lượt là 9,8% và 6,3%. Từ năm 2020 đến nay, Trung tâm Chống độc Bệnh viện Bạch Mai đã tiếp nhận 1.224 ca ngộ độc, cấp cứu liên quan đến thuốc lá mới, trong đó có 71 ca dưới 18 tuổi.

Năm 2023, Quỹ Phòng, chống tác hại của thuốc lá tiếp nhận 385,6 tỷ đồng từ các khoản đóng góp bắt buộc, tăng 4,2% so với năm 2022; đã hỗ trợ kinh phí cho 25 bộ, ngành, đoàn thể và 63/63 tỉnh, thành phố.

Thứ trưởng đề nghị các bộ, ngành, địa phương thực hiện nghiêm Chiến lược quốc gia phòng, chống tác hại của thuốc lá đến năm 2030, phấn đấu giảm tỷ lệ hút thuốc ở nam giới từ 15 tuổi trở lên xuống 39% vào năm 2025 và 36% vào năm 2030; giảm tỷ lệ sử dụng thuốc lá ở học sinh 13-17 tuổi xuống dưới 2,5%. Bộ Y tế cũng kiến nghị cấm hoàn toàn thuốc lá điện tử, thuốc lá nung nóng ngay trong năm 2025.
"""

Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("sau 11 năm", "11", 11, "count", "năm", optional=True),
    F("từ 47,4% năm 2010", "47,4", 47.4, "percent", "%", "tỷ lệ hút thuốc ở nam giới trưởng thành",
      P("năm 2010", "2010-01-01", "2010-12-31")),
    F("xuống 42,3% năm 2020", "42,3", 42.3, "percent", "%", "tỷ lệ hút thuốc ở nam giới trưởng thành",
      P("năm 2020", "2020-01-01", "2020-12-31")),
    F("nhóm 15 quốc gia", "15", 15, "count", "quốc gia", "quốc gia có số người hút thuốc cao nhất thế giới", optional=True),
    F("khoảng 15,6 triệu người", "15,6", 15600000, "count", "người", "người trưởng thành hút thuốc", approx="about"),
    F("trên 100.000 người", "100.000", 100000, "count", "người", "người tử vong do các bệnh liên quan đến thuốc lá mỗi năm",
      approx="over"),
    F("ước khoảng 108 nghìn tỷ đồng", "108", 108e12, "money", "đồng", "tổng thiệt hại kinh tế do thuốc lá",
      approx="about", percent=1.14, status="estimate"),
    F("học sinh 13-15 tuổi", "13", 13, "measure", "tuổi", value_max=15, optional=True),
    F("từ 2,6% năm 2019", "2,6", 2.6, "percent", "%", "tỷ lệ sử dụng thuốc lá điện tử ở học sinh 13-15 tuổi",
      P("năm 2019", "2019-01-01", "2019-12-31")),
    F("lên 3,5% năm 2022", "3,5", 3.5, "percent", "%", "tỷ lệ sử dụng thuốc lá điện tử ở học sinh 13-15 tuổi", Y22),
    F("học sinh 13-17 tuổi là", "13", 13, "measure", "tuổi", value_max=17, optional=True),
    F("là 8,1%", "8,1", 8.1, "percent", "%", "tỷ lệ sử dụng thuốc lá điện tử ở học sinh 13-17 tuổi", Y22),
    F("là 9,8%", "9,8", 9.8, "percent", "%", "tỷ lệ sử dụng thuốc lá điện tử ở học sinh 13-17 tuổi nam", Y22),
    F("và 6,3%", "6,3", 6.3, "percent", "%", "tỷ lệ sử dụng thuốc lá điện tử ở học sinh 13-17 tuổi nữ", Y22),
    F("tiếp nhận 1.224 ca", "1.224", 1224, "count", "ca", "ca ngộ độc, cấp cứu liên quan đến thuốc lá mới",
      P("Từ năm 2020 đến nay", "2020-01-01", "2024-05-31")),
    F("có 71 ca", "71", 71, "count", "ca", "ca ngộ độc, cấp cứu liên quan đến thuốc lá mới dưới 18 tuổi",
      P("Từ năm 2020 đến nay", "2020-01-01", "2024-05-31"), total=1224),
    F("dưới 18 tuổi", "18", 18, "measure", "tuổi", approx="under", optional=True),
    F("tiếp nhận 385,6 tỷ đồng", "385,6", 385.6e9, "money", "đồng", "Quỹ Phòng, chống tác hại của thuốc lá tiếp nhận đóng góp bắt buộc",
      Y23, change=CH("increase", 4.2, "%", "năm 2022")),
    F("cho 25 bộ", "25", 25, "count", "bộ, ngành, đoàn thể", "bộ, ngành, đoàn thể được Quỹ hỗ trợ kinh phí", Y23),
    F("và 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố được Quỹ hỗ trợ kinh phí", Y23, total=63),
    F("từ 15 tuổi trở lên", "15", 15, "measure", "tuổi", approx="at_least", optional=True),
    F("xuống 39% vào năm 2025", "39", 39, "percent", "%", "tỷ lệ hút thuốc ở nam giới từ 15 tuổi trở lên",
      P("năm 2025", "2025-01-01", "2025-12-31"), status="target"),
    F("và 36% vào năm 2030", "36", 36, "percent", "%", "tỷ lệ hút thuốc ở nam giới từ 15 tuổi trở lên",
      P("năm 2030", "2030-01-01", "2030-12-31"), status="target"),
    F("học sinh 13-17 tuổi xuống", "13", 13, "measure", "tuổi", value_max=17, optional=True),
    F("xuống dưới 2,5%", "2,5", 2.5, "percent", "%", "tỷ lệ sử dụng thuốc lá ở học sinh 13-17 tuổi",
      approx="under", status="target"),
]

COMMENTS = [
    "Bộ Y tế portal (ministry site): World No Tobacco Day 2024, national rates, e-cigarette use by students, Quỹ PCTHTL, 2025/2030 targets.",
    "'Ngày đăng: 31/05/2024' dateline. Distractors: 'Sáng 31/5', '(25-31/5)' (the week's dates), years, 'ngay trong năm 2025'.",
    "'giảm từ 47,4% năm 2010 xuống 42,3% năm 2020': two levels, each with its own year; no change object (no amount of change is stated).",
    "'sau 11 năm' (duration), 'nhóm 15 quốc gia' (a group label) and every age bound are optional.",
    "'ước khoảng 108 nghìn tỷ đồng, tương đương 1,14% GDP': estimate, about, percent attribute 1,14.",
    "8,1% and 'nam và nữ lần lượt là 9,8% và 6,3%' take 'năm 2022' from earlier in the same sentence; rates get no total.",
    "'Từ năm 2020 đến nay' ends at the dateline 2024-05-31; '71 ca' after 'trong đó' has total 1.224.",
    "'63/63 tỉnh, thành phố': total 63. National figures: location Việt Nam. 'xuống dưới 2,5%' has no period of its own (the strategy name is a title).",
]

emit("p349-2", TEXT, COMMENTS, FIGS, published="2024-05-31", location="Việt Nam")
