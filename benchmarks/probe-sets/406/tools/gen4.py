from lib import *

A = """BÁO TÂY NINH ĐIỆN TỬ
Chính trị | Kinh tế | Văn hóa - Xã hội | Tôn giáo

Hơn 1,2 triệu lượt người dự Đại lễ Hội Yến Diêu Trì Cung

(BTN) - Đại lễ Hội Yến Diêu Trì Cung năm 2024 của đạo Cao Đài diễn ra từ ngày 15 đến 17/9/2024 tại Tòa Thánh Tây Ninh (thị xã Hòa Thành) đã thu hút hơn 1,2 triệu lượt chức sắc, chức việc, tín đồ và du khách, tăng khoảng 15% so với năm trước.

Theo Ban Tổ chức, trong đó có khoảng 18.000 lượt khách quốc tế. Đoàn chức sắc, chức việc về dự lễ có 4.500 người, đến từ 37 tỉnh, thành phố trong cả nước. Hội thánh bố trí 650 điểm phục vụ cơm chay miễn phí với trên 2,4 triệu suất ăn.

Để bảo đảm an ninh trật tự trong dịp đại lễ, Công an tỉnh huy động 2.300 lượt cán bộ, chiến sĩ; Sở Y tế bố trí 12 điểm sơ cấp cứu, khám, cấp thuốc cho 3.415 trường hợp.

Cũng trong quý III/2024, Khu du lịch quốc gia Núi Bà Đen đón 1.136.000 lượt khách, tăng 9,7% so với cùng kỳ; doanh thu ước đạt 312 tỷ đồng. Tính chung 9 tháng năm 2024, khu du lịch đón 4,87 triệu lượt khách, đạt 88,5% kế hoạch năm (5,5 triệu lượt).

Toàn tỉnh hiện có 6 tôn giáo với gần 560.000 tín đồ, chiếm hơn 47% dân số; trong đó tín đồ Cao Đài khoảng 410.000 người. Trên địa bàn có 352 cơ sở thờ tự, gồm 117 thánh thất, điện thờ Cao Đài, 168 chùa, tịnh xá và 67 nhà thờ, nhà nguyện.

Tuyết Nhung
02/10/2024
"""

fest_s = P("từ ngày 15 đến 17/9/2024", "2024-09-15", "2024-09-17")
fest = PI("từ ngày 15 đến 17/9/2024", "2024-09-15", "2024-09-17")
q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
m9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")

figs = [
    F("Hơn 1,2 triệu lượt người dự", "1,2", 1200000, "count", "lượt người",
      "lượt người dự Đại lễ Hội Yến Diêu Trì Cung", approx="over", period=fest, location="Hòa Thành"),
    F("hơn 1,2 triệu lượt chức sắc", "1,2", 1200000, "count", "lượt chức sắc, chức việc, tín đồ và du khách",
      "lượt chức sắc, chức việc, tín đồ và du khách dự Đại lễ Hội Yến Diêu Trì Cung", approx="over",
      change=ch("increase", 15, "%", "năm trước", approx="about"), period=fest_s, location="Hòa Thành"),
    F("khoảng 18.000 lượt khách quốc tế", "18.000", 18000, "count", "lượt khách quốc tế", "lượt khách quốc tế",
      approx="about", total=1200000, period=fest, location="Hòa Thành"),
    F("có 4.500 người", "4.500", 4500, "count", "người", "đoàn chức sắc, chức việc về dự lễ", period=fest, location="Hòa Thành"),
    F("từ 37 tỉnh, thành phố", "37", 37, "count", "tỉnh, thành phố", "tỉnh, thành phố có chức sắc, chức việc về dự lễ",
      location="Việt Nam", period=fest),
    F("bố trí 650 điểm", "650", 650, "count", "điểm", "điểm phục vụ cơm chay miễn phí", period=fest, location="Hòa Thành"),
    F("trên 2,4 triệu suất ăn", "2,4", 2400000, "count", "suất ăn", "suất ăn cơm chay miễn phí", approx="over", period=fest, location="Hòa Thành"),
    F("huy động 2.300 lượt", "2.300", 2300, "count", "lượt cán bộ, chiến sĩ", "lượt cán bộ, chiến sĩ công an huy động",
      period=fest, location="Hòa Thành"),
    F("bố trí 12 điểm", "12", 12, "count", "điểm", "điểm sơ cấp cứu", period=fest, location="Hòa Thành"),
    F("cho 3.415 trường hợp", "3.415", 3415, "count", "trường hợp", "trường hợp được khám, cấp thuốc", period=fest, location="Hòa Thành"),
    F("đón 1.136.000 lượt khách", "1.136.000", 1136000, "count", "lượt khách", "lượt khách đến Khu du lịch quốc gia Núi Bà Đen",
      change=ch("increase", 9.7, "%", "cùng kỳ"), period=q3),
    F("ước đạt 312 tỷ đồng", "312", 312000000000, "money", "đồng", "doanh thu Khu du lịch quốc gia Núi Bà Đen",
      status="estimate", period=q3),
    F("đón 4,87 triệu lượt khách", "4,87", 4870000, "count", "lượt khách", "lượt khách đến khu du lịch",
      percent=88.5, target={"value": 5500000, "unit": "lượt"}, period=m9),
    F("có 6 tôn giáo", "6", 6, "count", "tôn giáo", "tôn giáo"),
    F("gần 560.000 tín đồ", "560.000", 560000, "count", "tín đồ", "tín đồ", approx="nearly", percent=47),
    F("khoảng 410.000 người", "410.000", 410000, "count", "người", "tín đồ Cao Đài", approx="about", total=560000),
    F("có 352 cơ sở thờ tự", "352", 352, "count", "cơ sở thờ tự", "cơ sở thờ tự"),
    F("gồm 117 thánh thất", "117", 117, "count", "thánh thất, điện thờ Cao Đài", "thánh thất, điện thờ Cao Đài", total=352),
    F("168 chùa", "168", 168, "count", "chùa, tịnh xá", "chùa, tịnh xá", total=352),
    F("67 nhà thờ", "67", 67, "count", "nhà thờ, nhà nguyện", "nhà thờ, nhà nguyện", total=352),
]

write("p406-4", A, figs, [
    "Party newspaper (Báo Tây Ninh): Cao Đài Hội Yến Diêu Trì Cung festival 2024, Núi Bà Đen visitors, religion statistics. Byline and bare date at the end.",
    "Headline figure annotated (no period of its own in the headline). Festival days 15–17/9/2024 = period of the festival figures (inherited after sentence 1).",
    "'trong đó có khoảng 18.000 lượt khách quốc tế' after a sentence break: part of 1,2 triệu. 'tăng khoảng 15% so với năm trước': change, approx about.",
    "'37 tỉnh, thành phố trong cả nước' = a count of provinces: location Việt Nam. '4,87 triệu …, đạt 88,5% kế hoạch năm (5,5 triệu lượt)': percent 88.5",
    "and the bracketed plan as target 5.500.000. 'hiện có' statistics carry no period. 'gồm 117 …, 168 …, 67 …' add up to 352: totals.",
    "Festival figures describe Tòa Thánh in thị xã Hòa Thành (named in the lead): location Hòa Thành (as Châu Đốc in p406-6, Hải Lăng in p406-8); Núi Bà Đen (city not named): Tây Ninh. Distractors: '(BTN)', 'thị xã Hòa Thành', dates, byline, bare date.",
    "revised after the first run: festival figures' location Tây Ninh → Hòa Thành (consistency with the district rule of p406-6/8);",
    "subject of 2,4 triệu 'suất ăn' → 'suất ăn cơm chay miễn phí' (the sentence's qualifier had been dropped).",
], published="2024-10-02", location="Tây Ninh")
