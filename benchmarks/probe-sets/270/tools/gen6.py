from lib import F, P, Y, C, TG, build

T = """BÁO ĐẮK LẮK - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN TỈNH ĐẮK LẮK
Văn hóa - Du lịch

Lễ hội Cà phê Buôn Ma Thuột lần thứ 8: Thu hút hơn 1,5 triệu lượt khách

HOÀNG LAN 16:42, 15/03/2023

(BĐL) - Chiều 14/3, Ban Tổ chức Lễ hội Cà phê Buôn Ma Thuột lần thứ 8 năm 2023 họp tổng kết. Trong 5 ngày diễn ra lễ hội (từ ngày 9 đến 13/3), toàn tỉnh đón hơn 1,5 triệu lượt khách, tăng khoảng 30% so với lễ hội lần thứ 7 năm 2019; trong đó có khoảng 18.000 lượt khách quốc tế.

Tổng doanh thu từ các hoạt động du lịch, dịch vụ trong thời gian lễ hội ước đạt 2.350 tỷ đồng, tăng 1,6 lần so với lễ hội năm 2019. Công suất phòng các cơ sở lưu trú tại TP Buôn Ma Thuột đạt trên 90%, riêng các khách sạn từ 3 sao trở lên đạt 98%.

Lễ hội có 60 hoạt động chính và hoạt động hưởng ứng, trong đó 12 hoạt động do Trung ương và tỉnh tổ chức; 26 tỉnh, thành phố và tám đoàn nghệ thuật quốc tế tham gia. Ngày hội Đường phố có khoảng 5.000 diễn viên, nghệ nhân tham gia; 45 ngàn ly cà phê được phục vụ miễn phí cho người dân, du khách.

Song song với lễ hội, Trung tâm Văn hóa, Điện ảnh và Du lịch tỉnh tổ chức 180 buổi chiếu phim ngoài trời tại 15 huyện, thị xã, thành phố, phục vụ khoảng 63.000 lượt người xem. Tại huyện Lắk, Liên hoan Cồng chiêng có 22 đội với 660 nghệ nhân tham gia.

Theo Ban Tổ chức, Lễ hội Cà phê Buôn Ma Thuột lần thứ 9 dự kiến diễn ra vào tháng 3/2025, phấn đấu đón 2 triệu lượt khách.

Tổng đài: 0262.3852.486 | Lượt xem: 2.418
"""

FEST = P("từ ngày 9 đến 13/3", "2023-03-09", "2023-03-13")
FESTi = P("từ ngày 9 đến 13/3", "2023-03-09", "2023-03-13", inh=True)
FESTt = P("trong thời gian lễ hội", "2023-03-09", "2023-03-13", inh=True)
figs = [
    F("Thu hút hơn 1,5 triệu lượt", "1,5", 1500000, "count", "lượt khách", "lượt khách Lễ hội Cà phê Buôn Ma Thuột",
      approx="over"),
    F("đón hơn 1,5 triệu lượt", "1,5", 1500000, "count", "lượt khách", "lượt khách toàn tỉnh đón",
      approx="over", change=C("increase", 30, "%", "lễ hội lần thứ 7 năm 2019", approx="about"), period=FEST),
    F("khoảng 18.000 lượt", "18.000", 18000, "count", "lượt khách quốc tế", "lượt khách quốc tế", approx="about",
      total=1500000, period=FEST),
    F("ước đạt 2.350 tỷ đồng", "2.350", 2350000000000, "money", "đồng",
      "tổng doanh thu từ các hoạt động du lịch, dịch vụ", status="estimate",
      change=C("increase", 1.6, "lần", "lễ hội năm 2019"), period=FESTt),
    F("đạt trên 90%", "90", 90, "percent", "%", "công suất phòng các cơ sở lưu trú", approx="over",
      location="Buôn Ma Thuột", period=FESTi),
    F("từ 3 sao", "3", 3, "measure", "sao", approx="at_least", optional=True),
    F("đạt 98%", "98", 98, "percent", "%", "công suất phòng khách sạn từ 3 sao trở lên", location="Buôn Ma Thuột",
      period=FESTi),
    F("có 60 hoạt động", "60", 60, "count", "hoạt động", "hoạt động chính và hoạt động hưởng ứng của lễ hội"),
    F("trong đó 12 hoạt động", "12", 12, "count", "hoạt động", "hoạt động do Trung ương và tỉnh tổ chức", total=60),
    F("; 26 tỉnh", "26", 26, "count", "tỉnh, thành phố", "tỉnh, thành phố tham gia lễ hội", location="Việt Nam"),
    F("và tám đoàn", "tám", 8, "count", "đoàn nghệ thuật quốc tế", "đoàn nghệ thuật quốc tế tham gia lễ hội"),
    F("khoảng 5.000 diễn viên", "5.000", 5000, "count", "diễn viên, nghệ nhân",
      "diễn viên, nghệ nhân tham gia Ngày hội Đường phố", approx="about"),
    F("45 ngàn ly", "45", 45000, "count", "ly cà phê", "ly cà phê phục vụ miễn phí"),
    F("tổ chức 180 buổi", "180", 180, "count", "buổi chiếu phim", "buổi chiếu phim ngoài trời"),
    F("tại 15 huyện", "15", 15, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố có chiếu phim ngoài trời"),
    F("khoảng 63.000 lượt", "63.000", 63000, "count", "lượt người xem", "lượt người xem chiếu phim ngoài trời",
      approx="about"),
    F("có 22 đội", "22", 22, "count", "đội", "đội tham gia Liên hoan Cồng chiêng", location="Lắk"),
    F("với 660 nghệ nhân", "660", 660, "count", "nghệ nhân", "nghệ nhân tham gia Liên hoan Cồng chiêng", location="Lắk"),
    F("đón 2 triệu lượt", "2", 2000000, "count", "lượt khách", "lượt khách Lễ hội Cà phê Buôn Ma Thuột lần thứ 9",
      status="target", period=P("tháng 3/2025", "2025-03-01", "2025-03-31")),
]

build("p270-6", T, figs, [
    "Báo Đắk Lắk (Party newspaper): Lễ hội Cà phê Buôn Ma Thuột lần thứ 8 năm 2023, wrap-up. Byline + time + date 'HOÀNG LAN 16:42, 15/03/2023'.",
    "'lần thứ 8/7/9' are editions (names, not figures); 'Trong 5 ngày' is a duration locating the figures (not a figure); 'từ ngày 9 đến 13/3'",
    "is a date range (distractor) and gives the period 2023-03-09..13 to the figures of its sentence; 'trong thời gian lễ hội' = the same dates.",
    "'tăng khoảng 30% so với lễ hội lần thứ 7 năm 2019' is the change of 1,5 triệu (approx about). 'trong đó có khoảng 18.000 lượt khách quốc tế'",
    "is part of 1,5 triệu (total). 'tăng 1,6 lần' = change in lần. 'trên 90%' in TP Buôn Ma Thuột takes the city as location.",
    "'26 tỉnh, thành phố' is a count of provinces: location Việt Nam by the spec. 'tám đoàn' number word; '45 ngàn' = 45000.",
    "Counts of festival activities are not dated in their own sentence (periods not annotated). 'huyện Lắk' is a district: location Lắk.",
    "'dự kiến diễn ra vào tháng 3/2025, phấn đấu đón 2 triệu' — 'phấn đấu' governs the figure: target; the headline figure has no period word.",
    "revised after the first run: the period of 2.350 tỷ is marked inherited (its dates stand only in the previous sentence; 'trong thời gian lễ hội' refers back).",
    "'từ 3 sao trở lên' is a hotel class threshold (optional). Distractors: 'Chiều 14/3', hotline 0262.3852.486, 'Lượt xem: 2.418' at the foot.",
], published="2023-03-15", location="Đắk Lắk")
