from lib import F, P, CH, emit

TEXT = """Thời sự › Giao thông

Hơn 6.200 cầu dân sinh thay cầu khỉ, đò ngang
Thứ ba, 5/11/2024, 14:20 (GMT+7)

Từ năm 2016 đến nay, cả nước đã xây mới hơn 6.200 cầu dân sinh, xóa gần 3.900 cầu khỉ, cầu tạm và 410 bến đò ngang; riêng 13 tỉnh, thành vùng Đồng bằng sông Cửu Long xây mới 4.050 cầu.

Theo Bộ Giao thông vận tải, tổng vốn cho các cây cầu này khoảng 7.600 tỷ đồng, trong đó vốn Dự án LRAMP do Ngân hàng Thế giới tài trợ chiếm 41%, xã hội hóa chiếm khoảng 24%. Dự án LRAMP (giai đoạn 2016-2023) đã xây dựng 2.174 cầu tại 14 tỉnh, vượt 3,2% so với thiết kế ban đầu.

Dẫn đầu về số cầu xây mới là Bến Tre với 786 cầu, tiếp đến là Trà Vinh 612 cầu, Sóc Trăng 540 cầu và Cà Mau 498 cầu. Tại Bến Tre, người dân đã đóng góp hơn 180 tỷ đồng và hiến trên 52 ha đất để xây cầu, làm đường dẫn. Nhiều cầu nối thẳng ra Quốc lộ 57 và đường dẫn cầu Rạch Miễu 2, rút ngắn thời gian đến trường của học sinh từ 40 phút xuống còn 10 phút.

Năm 2023, cả nước khởi công 1.124 cầu dân sinh, tăng 18% so với năm 2022; vốn nhân dân đóng góp đạt 1.350 tỷ đồng, gấp 1,5 lần năm 2022.

Ông Trần Văn Hòa, Phó chủ tịch UBND huyện Mỏ Cày Nam (Bến Tre), cho biết huyện còn khoảng 40 cầu khỉ cần thay thế. Mỗi cây cầu bê tông dài 20-30 m có chi phí 300-500 triệu đồng, người dân thường góp từ 20 đến 30%. "Có ấp bà con góp tới 70% kinh phí", ông Hòa nói.

Hoàng Nam
"""

T16 = P("Từ năm 2016 đến nay", "2016-01-01", "2024-11-05")
T16i = P("Từ năm 2016 đến nay", "2016-01-01", "2024-11-05", inh=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
MCN = "Mỏ Cày Nam"
S = "cầu xây mới"

FIGS = [
    F("Hơn 6.200 cầu dân sinh", "6.200", 6200, "count", "cầu dân sinh", "cầu dân sinh thay cầu khỉ, đò ngang", T16i, approx="over"),
    F("mới hơn 6.200 cầu dân sinh", "6.200", 6200, "count", "cầu dân sinh", "cầu dân sinh xây mới", T16, approx="over"),
    F("gần 3.900 cầu khỉ", "3.900", 3900, "count", "cầu khỉ", "cầu khỉ, cầu tạm xóa", T16, approx="nearly"),
    F("và 410 bến đò", "410", 410, "count", "bến đò ngang", "bến đò ngang xóa", T16),
    F("riêng 13 tỉnh", "13", 13, "count", "tỉnh, thành", "tỉnh, thành vùng Đồng bằng sông Cửu Long", optional=True),
    F("xây mới 4.050 cầu", "4.050", 4050, "count", "cầu", "cầu xây mới của 13 tỉnh, thành vùng Đồng bằng sông Cửu Long", T16),
    F("khoảng 7.600 tỷ đồng", "7.600", 7600e9, "money", "đồng", "tổng vốn cho các cây cầu", T16i, approx="about"),
    F("tài trợ chiếm 41%", "41", 41, "percent", "%", "vốn Dự án LRAMP do Ngân hàng Thế giới tài trợ", T16i),
    F("chiếm khoảng 24%", "24", 24, "percent", "%", "xã hội hóa", T16i, approx="about"),
    F("xây dựng 2.174 cầu", "2.174", 2174, "count", "cầu", "cầu Dự án LRAMP đã xây dựng",
      P("giai đoạn 2016-2023", "2016-01-01", "2023-12-31"), change=CH("increase", 3.2, baseline="thiết kế ban đầu")),
    F("tại 14 tỉnh", "14", 14, "count", "tỉnh", "tỉnh có cầu Dự án LRAMP",
      P("giai đoạn 2016-2023", "2016-01-01", "2023-12-31")),
    F("Bến Tre với 786 cầu", "786", 786, "count", "cầu", S, T16i, location="Bến Tre"),
    F("Trà Vinh 612 cầu", "612", 612, "count", "cầu", S, T16i, location="Trà Vinh"),
    F("Sóc Trăng 540 cầu", "540", 540, "count", "cầu", S, T16i, location="Sóc Trăng"),
    F("Cà Mau 498 cầu", "498", 498, "count", "cầu", S, T16i, location="Cà Mau"),
    F("hơn 180 tỷ đồng", "180", 180e9, "money", "đồng", "người dân đóng góp", T16i, approx="over", location="Bến Tre"),
    F("trên 52 ha đất", "52", 52, "measure", "ha", "đất người dân hiến để xây cầu, làm đường dẫn", T16i, approx="over",
      location="Bến Tre"),
    F("từ 40 phút", "40", 40, "measure", "phút", "thời gian đến trường của học sinh trước đây", location="Bến Tre", optional=True),
    F("còn 10 phút", "10", 10, "measure", "phút", "thời gian đến trường của học sinh", location="Bến Tre"),
    F("khởi công 1.124 cầu", "1.124", 1124, "count", "cầu dân sinh", "cầu dân sinh khởi công", Y23,
      change=CH("increase", 18, baseline="năm 2022")),
    F("đạt 1.350 tỷ đồng", "1.350", 1350e9, "money", "đồng", "vốn nhân dân đóng góp", Y23,
      change=CH("increase", 1.5, unit="lần", baseline="năm 2022")),
    F("khoảng 40 cầu khỉ", "40", 40, "count", "cầu khỉ", "cầu khỉ cần thay thế", approx="about", location=MCN),
    F("dài 20-30 m", "20", 20, "measure", "m", "chiều dài cây cầu bê tông", value_max=30, location=MCN, optional=True),
    F("chi phí 300-500 triệu đồng", "300", 300e6, "money", "đồng", "chi phí mỗi cây cầu bê tông", value_max=500e6,
      location=MCN),
    F("từ 20 đến 30%", "20", 20, "percent", "%", "người dân góp", value_max=30, location=MCN),
    F("tới 70% kinh phí", "70", 70, "percent", "%", "bà con góp kinh phí", location=MCN),
]

COMMENTS = [
    "National online press (Thời sự › Giao thông), dateline 'Thứ ba, 5/11/2024, 14:20 (GMT+7)'; byline at the end. National figures → Việt Nam.",
    "'Từ năm 2016 đến nay' runs to the dateline. The Mekong-region count (4.050 cầu) is no province: location stays Việt Nam, region in the subject",
    "(judgment call; FIGURES.md has no rule for regions). '13 tỉnh, thành' (a structure count) is optional; '14 tỉnh' of LRAMP is a stated fact.",
    "'chiếm 41%', 'chiếm khoảng 24%' after the money whole: shares with no base amount in their clause → percent figures of their own.",
    "'gấp 1,5 lần năm 2022' after 1.350 tỷ is its change (unit lần); 'vượt 3,2% so với thiết kế ban đầu' is the 2.174 cầu's change.",
    "'từ 40 phút xuống còn 10 phút': 10 is the new level (required, no change object), 40 the old level (optional).",
    "Mỏ Cày Nam (district of Bến Tre) figures: location Mỏ Cày Nam; 'dài 20-30 m' only qualifies the cost (optional). 'góp tới 70%': exact.",
    "Distractors: 'Quốc lộ 57', 'cầu Rạch Miễu 2', 'LRAMP', '(GMT+7)', dateline.",
]

emit("p421-6", TEXT, COMMENTS, FIGS, published="2024-11-05", location="Việt Nam")
