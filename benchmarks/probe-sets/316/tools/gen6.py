from lib import Doc, P, C, T

TEXT = """Khoa học > Đổi mới sáng tạo
Thứ tư, 17/1/2024, 14:20 (GMT+7)

Quỹ Đổi mới công nghệ quốc gia giải ngân gần 200 tỷ đồng

Năm 2023, Quỹ Đổi mới công nghệ quốc gia (NATIF) giải ngân 196,4 tỷ đồng cho các nhiệm vụ đổi mới công nghệ, gấp 1,7 lần năm 2022.

Theo báo cáo tại hội nghị tổng kết chiều 16/1, Quỹ đã tiếp nhận 312 hồ sơ đề xuất, phê duyệt tài trợ 58 nhiệm vụ với tổng kinh phí tài trợ 243 tỷ đồng, bình quân khoảng 4,2 tỷ đồng/nhiệm vụ. Mức tài trợ cho mỗi nhiệm vụ từ 1,5 tỷ đến 15 tỷ đồng, tùy quy mô. Trong 58 nhiệm vụ, có 36 nhiệm vụ của doanh nghiệp nhỏ và vừa, chiếm 62,1%.

Cũng trong năm 2023, Quỹ Phát triển khoa học và công nghệ quốc gia (NAFOSTED) tài trợ 412 đề tài nghiên cứu cơ bản với tổng kinh phí hơn 520 tỷ đồng, tăng 11% so với năm trước. Hà Nội có số đề tài được tài trợ nhiều nhất (251 đề tài), tiếp đến là TP Hồ Chí Minh (87 đề tài) và Thừa Thiên Huế (19 đề tài). Số bài báo quốc tế công bố từ các đề tài đạt 2.140 bài, trong đó gần 1.600 bài thuộc danh mục Web of Science.

Theo Thông tư số 06/2023/TT-BKHCN, từ năm 2024 doanh nghiệp được tài trợ tối đa 50% kinh phí thực hiện nhiệm vụ đổi mới công nghệ, doanh nghiệp tại địa bàn khó khăn được không quá 70%.

Năm 2024, NATIF dự kiến bố trí khoảng 300 tỷ đồng, phấn đấu tài trợ 70 nhiệm vụ. Đại diện Quỹ cho biết, hồ sơ nộp trực tuyến tại cổng thông tin của Quỹ hoặc trực tiếp tại số 113 Trần Duy Hưng, Hà Nội; tổng đài hỗ trợ 1900 6789.

Minh Ngọc
"""

d = Doc("p316-6", TEXT, [
    "National press (science section): national innovation funds (NATIF, NAFOSTED) in 2023. Dateline 'Thứ tư, 17/1/2024, 14:20 (GMT+7)'.",
    "Distractors: '(GMT+7)', 'chiều 16/1', 'Thông tư số 06/2023/TT-BKHCN', 'từ năm 2024', address 'số 113 Trần Duy Hưng, Hà Nội', hotline '1900 6789'.",
    "Headline 'gần 200 tỷ đồng' is a figure (nearly); its year comes from the lead ('Năm 2023'), so its period is inherited.",
    "'gấp 1,7 lần năm 2022' after 196,4 tỷ: its change (1.7 lần). 'bình quân khoảng 4,2 tỷ đồng/nhiệm vụ' a rate (unit đồng/nhiệm vụ).",
    "'từ 1,5 tỷ đến 15 tỷ đồng' a range, multiplier on each end. 'Trong 58 nhiệm vụ, có 36 …, chiếm 62,1%': total 58 and percent 62.1.",
    "NAFOSTED: 'hơn 520 tỷ đồng, tăng 11% so với năm trước' change; provinces in the list are locations; '… 2.140 bài, trong đó gần 1.600 bài': total.",
    "Funding-rule shares 'tối đa 50%' (at_most) and 'không quá 70%' (at_most) are figures of the rule, no period. 2024: 'dự kiến' -> forecast; 'phấn đấu' -> target.",
], published="2024-01-17", location="Việt Nam")

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y23b = P("Cũng trong năm 2023", "2023-01-01", "2023-12-31")
Y23bi = P("Cũng trong năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

d.f("gần 200 tỷ đồng", "200", 200e9, "money", "đồng", "Quỹ Đổi mới công nghệ quốc gia giải ngân", approx="nearly", period=Y23i)
d.f("giải ngân 196,4 tỷ đồng", "196,4", 196.4e9, "money", "đồng", "Quỹ Đổi mới công nghệ quốc gia (NATIF) giải ngân",
    change=C("increase", 1.7, "lần", "năm 2022"), period=Y23)
d.f("tiếp nhận 312 hồ sơ", "312", 312, "count", "hồ sơ", "hồ sơ đề xuất Quỹ tiếp nhận", period=Y23i)
d.f("tài trợ 58 nhiệm vụ", "58", 58, "count", "nhiệm vụ", "nhiệm vụ được phê duyệt tài trợ", period=Y23i)
d.f("tài trợ 243 tỷ đồng", "243", 243e9, "money", "đồng", "tổng kinh phí tài trợ", period=Y23i)
d.f("khoảng 4,2 tỷ đồng/nhiệm vụ", "4,2", 4.2e9, "money", "đồng/nhiệm vụ", "kinh phí tài trợ bình quân", approx="about", period=Y23i)
d.f("từ 1,5 tỷ đến 15 tỷ đồng", "1,5", 1.5e9, "money", "đồng", "mức tài trợ cho mỗi nhiệm vụ", value_max=15e9, period=Y23i)
d.f("Trong 58 nhiệm vụ", "58", 58, "count", "nhiệm vụ", "nhiệm vụ", optional=True)
d.f("có 36 nhiệm vụ", "36", 36, "count", "nhiệm vụ", "nhiệm vụ của doanh nghiệp nhỏ và vừa", total=58, percent=62.1, period=Y23i)
d.f("tài trợ 412 đề tài", "412", 412, "count", "đề tài", "đề tài nghiên cứu cơ bản được NAFOSTED tài trợ", period=Y23b)
d.f("hơn 520 tỷ đồng", "520", 520e9, "money", "đồng", "tổng kinh phí", approx="over",
    change=C("increase", 11, "%", "năm trước"), period=Y23b)
d.f("(251 đề tài)", "251", 251, "count", "đề tài", "đề tài được tài trợ", location="Hà Nội", period=Y23bi)
d.f("(87 đề tài)", "87", 87, "count", "đề tài", "đề tài được tài trợ", location="TP Hồ Chí Minh", period=Y23bi)
d.f("(19 đề tài)", "19", 19, "count", "đề tài", "đề tài được tài trợ", location="Thừa Thiên Huế", period=Y23bi)
d.f("đạt 2.140 bài", "2.140", 2140, "count", "bài", "bài báo quốc tế công bố từ các đề tài", period=Y23bi)
d.f("gần 1.600 bài", "1.600", 1600, "count", "bài", "bài thuộc danh mục Web of Science", approx="nearly", total=2140, period=Y23bi)
d.f("tối đa 50%", "50", 50, "percent", "%", "kinh phí thực hiện nhiệm vụ đổi mới công nghệ được tài trợ", approx="at_most")
d.f("không quá 70%", "70", 70, "percent", "%", "kinh phí được tài trợ cho doanh nghiệp tại địa bàn khó khăn", approx="at_most")
d.f("khoảng 300 tỷ đồng", "300", 300e9, "money", "đồng", "kinh phí NATIF bố trí", approx="about", status="forecast", period=Y24)
d.f("tài trợ 70 nhiệm vụ", "70", 70, "count", "nhiệm vụ", "nhiệm vụ được tài trợ", status="target", period=Y24)
d.write()
