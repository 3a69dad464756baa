from lib import F, P, CH, TG, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức - Sự kiện

Năm 2023, cả nước phẫu thuật đục thủy tinh thể cho hơn 290.000 người
Thứ Năm, 21/03/2024 - 15:40

(MOH) - Chiều 20/3, tại Hà Nội, Bộ Y tế tổ chức Hội nghị tổng kết công tác phòng chống mù lòa năm 2023 và triển khai nhiệm vụ năm 2024.

Theo báo cáo của Bệnh viện Mắt Trung ương, năm 2023 cả nước đã phẫu thuật đục thủy tinh thể cho 291.450 người, tăng 6,8% so với năm 2022. Trong đó, 68.320 người được phẫu thuật miễn phí hoặc được hỗ trợ chi phí, chiếm 23,4%. Chỉ số phẫu thuật đục thủy tinh thể (CSR) đạt 2.910 ca/1 triệu dân.

Cả nước hiện có khoảng 1,9 triệu người mù, trong đó đục thủy tinh thể vẫn là nguyên nhân hàng đầu với tỷ lệ 66%. Một số địa phương có chỉ số CSR cao là TP. Hồ Chí Minh (5.120), Hà Nội (4.380), Đà Nẵng (4.015); ngược lại, nhiều tỉnh miền núi phía Bắc như Lai Châu, Điện Biên mới đạt dưới 1.000 ca/1 triệu dân.

Giai đoạn 2021-2023, tổng kinh phí đầu tư cho công tác phòng chống mù lòa từ ngân sách nhà nước và các tổ chức quốc tế đạt khoảng 1,2 nghìn tỷ đồng. Hiện mới có 54/63 tỉnh, thành phố có khoa mắt đủ năng lực phẫu thuật Phaco.

Theo Kế hoạch hành động quốc gia về chăm sóc mắt giai đoạn 2021-2025, mục tiêu giảm tỷ lệ mù lòa ở người từ 50 tuổi trở lên xuống dưới 1,5%; đến năm 2030, CSR đạt ít nhất 3.500 ca/1 triệu dân và 100% tỉnh, thành phố có khoa mắt đủ năng lực phẫu thuật Phaco.

Năm 2024, ngành nhãn khoa dự kiến phẫu thuật cho khoảng 300 nghìn người bệnh, đồng thời khám sàng lọc tật khúc xạ cho 1,2 triệu học sinh tại 20 tỉnh.
"""

P23 = P("năm 2023", "2023-01-01", "2023-12-31")
P23i = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
CSR = "chỉ số phẫu thuật đục thủy tinh thể (CSR)"
U = "ca/1 triệu dân"
P2123 = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
P2125 = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
P30 = P("đến năm 2030", None, "2030-12-31")
P24 = P("Năm 2024", "2024-01-01", "2024-12-31")
figs = [
    F("hơn 290.000 người", "290.000", 290000, "count", "người", "người được phẫu thuật đục thủy tinh thể", P23, approx="over"),
    F("cho 291.450 người", "291.450", 291450, "count", "người", "người được phẫu thuật đục thủy tinh thể", P23,
      change=CH("increase", 6.8, "%", "năm 2022")),
    F("Trong đó, 68.320 người", "68.320", 68320, "count", "người", "người được phẫu thuật miễn phí hoặc được hỗ trợ chi phí", P23i,
      total=291450, percent=23.4),
    F("đạt 2.910 ca", "2.910", 2910, "measure", U, CSR, P23i),
    F("khoảng 1,9 triệu người mù", "1,9", 1900000, "count", "người mù", "người mù", approx="about"),
    F("với tỷ lệ 66%", "66", 66, "percent", "%", "tỷ lệ đục thủy tinh thể trong nguyên nhân gây mù"),
    F("Hồ Chí Minh (5.120)", "5.120", 5120, "measure", U, CSR, P23i, location="TP. Hồ Chí Minh"),
    F("Hà Nội (4.380)", "4.380", 4380, "measure", U, CSR, P23i, location="Hà Nội"),
    F("Đà Nẵng (4.015)", "4.015", 4015, "measure", U, CSR, P23i, location="Đà Nẵng"),
    F("dưới 1.000 ca", "1.000", 1000, "measure", U, "chỉ số CSR của nhiều tỉnh miền núi phía Bắc", P23i, approx="under"),
    F("khoảng 1,2 nghìn tỷ", "1,2", 1200000000000, "money", "đồng", "tổng kinh phí đầu tư cho công tác phòng chống mù lòa", P2123,
      approx="about"),
    F("có 54/63 tỉnh", "54", 54, "count", "tỉnh, thành phố", "tỉnh, thành phố có khoa mắt đủ năng lực phẫu thuật Phaco", total=63),
    F("từ 50 tuổi trở lên", "50", 50, "measure", "tuổi", "độ tuổi", approx="at_least", optional=True),
    F("xuống dưới 1,5%", "1,5", 1.5, "percent", "%", "tỷ lệ mù lòa ở người từ 50 tuổi trở lên", P2125, approx="under",
      status="target"),
    F("ít nhất 3.500 ca", "3.500", 3500, "measure", U, "CSR", P30, approx="at_least", status="target"),
    F("và 100% tỉnh", "100", 100, "percent", "%", "tỉnh, thành phố có khoa mắt đủ năng lực phẫu thuật Phaco", P30, status="target"),
    F("khoảng 300 nghìn", "300", 300000, "count", "người bệnh", "người bệnh được phẫu thuật", P24, approx="about",
      status="forecast"),
    F("cho 1,2 triệu học sinh", "1,2", 1200000, "count", "học sinh", "học sinh được khám sàng lọc tật khúc xạ", P24,
      status="forecast"),
    F("tại 20 tỉnh", "20", 20, "count", "tỉnh", "tỉnh khám sàng lọc tật khúc xạ cho học sinh", P24, status="forecast"),
]

write(5, TEXT, figs, [
    "Ministry site (Bộ Y tế portal): national conference on blindness prevention, results of 2023. Dateline 'Thứ Năm, 21/03/2024 - 15:40'.",
    "Location Việt Nam (national totals); the CSR list puts each city in location; 'nhiều tỉnh … như Lai Châu, Điện Biên' is a group",
    "(examples), so that figure keeps Việt Nam. Rates keep their denominator in the unit ('ca/1 triệu dân'; '1 triệu dân' is no figure).",
    "68.320 is part of 291.450 (Trong đó, next sentence) with its share; 'với tỷ lệ 66%' is a subgroup's share: a figure of its own.",
    "'hiện' gives no period (1,9 triệu, 54/63). Targets: giai đoạn 2021-2025 (mục tiêu) and đến năm 2030; 'dự kiến' → forecast.",
    "Distractors: 'Chiều 20/3', 'tại Hà Nội' (venue), 'năm 2022' baseline, plan name with its period, '(MOH)'. Age threshold optional.",
], published="2024-03-21", location="Việt Nam")
