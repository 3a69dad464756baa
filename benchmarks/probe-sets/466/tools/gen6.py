from lib import *

TEXT = """
Du lịch
Ngôi làng vùng lũ đổi đời nhờ homestay
Thứ hai, 2/12/2024, 07:30 (GMT+7)

Từ một xã nghèo thường xuyên bị ngập lụt, Tân Hóa (huyện Minh Hóa, tỉnh Quảng Bình) trở thành điểm du lịch cộng đồng nổi tiếng với những ngôi nhà phao chống lũ.

Năm 2023, Tân Hóa được Tổ chức Du lịch Liên hợp quốc vinh danh là một trong 54 Làng du lịch tốt nhất thế giới. Cũng trong năm này, xã đón hơn 12.000 lượt khách, gấp 3 lần năm 2019.

Trong 10 tháng năm 2024, lượng khách tiếp tục tăng với khoảng 15.600 lượt, trong đó khách quốc tế chiếm 38%. Doanh thu từ du lịch ước đạt 7,5 tỷ đồng, tăng 40% so với cùng kỳ. Đến tháng 11/2024, toàn xã có 19 homestay với 260 giường, hơn 70% số hộ tham gia vào chuỗi dịch vụ như chèo thuyền, ẩm thực, dẫn đường vào hang.

Khách đặt tour "2 ngày 1 đêm" trải nghiệm hang Tiên, suối Mọoc phải trả từ 1,2 đến 1,5 triệu đồng/khách. Theo ông Đinh Minh Tuấn, Chủ tịch UBND xã, nhờ du lịch, thu nhập bình quân đầu người của xã tăng từ 9 triệu đồng năm 2015 lên 46 triệu đồng năm 2023; tỷ lệ hộ nghèo giảm từ 57% năm 2011 xuống còn 4,2% năm 2023.

"Nhà tôi có 4 phòng, mùa khô mỗi tháng đón khoảng 150 khách, thu nhập đủ trang trải và gửi con đi học đại học", bà Đinh Thị Hoa, chủ homestay ở bản Ổ Ồ, chia sẻ.

Xã dự kiến năm 2025 đón 25.000 lượt khách và nâng số homestay lên 25 cơ sở, với sự hỗ trợ của Quỹ Phát triển du lịch tỉnh và Công ty Oxalis.

Hoàng Táo
"""

y23 = Y(2023)
p10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
p10i = P("10 tháng năm 2024", "2024-01-01", "2024-10-31", inh=True)
p11 = P("Đến tháng 11/2024", None, "2024-11-30")

FIGS = [
    F("một trong 54 Làng", "54", 54, "count", "làng", "Làng du lịch tốt nhất thế giới", y23, optional=True),
    F("hơn 12.000 lượt khách", "12.000", 12000, "count", "lượt khách", "lượt khách", Y(2023, "trong năm này", inh=True), approx="over",
      change={"direction": "increase", "value": 3, "unit": "lần", "baseline": "năm 2019"}),
    F("khoảng 15.600 lượt", "15.600", 15600, "count", "lượt", "lượng khách", p10, approx="about"),
    F("chiếm 38%", "38", 38, "percent", "%", "khách quốc tế", p10),
    F("ước đạt 7,5 tỷ đồng", "7,5", 7500000000, "money", "đồng", "doanh thu từ du lịch", p10i, status="estimate",
      change={"direction": "increase", "value": 40, "unit": "%", "baseline": "cùng kỳ"}),
    F("có 19 homestay", "19", 19, "count", "homestay", "homestay", p11),
    F("với 260 giường", "260", 260, "count", "giường", "giường homestay", p11),
    F("hơn 70% số hộ", "70", 70, "percent", "%", "số hộ tham gia vào chuỗi dịch vụ", p11, approx="over"),
    F("từ 1,2 đến 1,5 triệu", "1,2", 1200000, "money", "đồng/khách", "giá tour 2 ngày 1 đêm", value_max=1500000),
    F("từ 9 triệu đồng", "9", 9000000, "money", "đồng", "thu nhập bình quân đầu người của xã", Y(2015)),
    F("lên 46 triệu đồng", "46", 46000000, "money", "đồng", "thu nhập bình quân đầu người của xã", y23),
    F("từ 57% năm", "57", 57, "percent", "%", "tỷ lệ hộ nghèo", Y(2011)),
    F("còn 4,2%", "4,2", 4.2, "percent", "%", "tỷ lệ hộ nghèo", y23),
    F("có 4 phòng", "4", 4, "count", "phòng", "phòng homestay nhà bà Đinh Thị Hoa"),
    F("khoảng 150 khách", "150", 150, "count", "khách", "khách mỗi tháng mùa khô", approx="about"),
    F("đón 25.000 lượt", "25.000", 25000, "count", "lượt khách", "lượt khách", Y(2025), status="forecast"),
    F("lên 25 cơ sở", "25", 25, "count", "cơ sở", "homestay", Y(2025), status="forecast"),
]

COMMENTS = [
    "National press (VnExpress-style Du lịch section): Tân Hóa, Minh Hóa (Quảng Bình). Dateline 'Thứ hai, 2/12/2024, 07:30 (GMT+7)', byline at the end.",
    "Distractors: tour name '2 ngày 1 đêm', '(GMT+7)', 'bản Ổ Ồ', years 2011/2015/2019/2023 used as periods or baselines.",
    "Location: the commune Tân Hóa lies in huyện Minh Hóa; the district is the place of its figures (location is province/city/district).",
    "'một trong 54 Làng du lịch tốt nhất thế giới' is a worldwide count (optional). 'gấp 3 lần năm 2019' is the change of 12.000 (baseline a year).",
    "'trong đó khách quốc tế chiếm 38%': no amount for the part, so 38% is a percent figure of its own (not the percent of 15.600).",
    "'tăng từ 9 triệu đồng năm 2015 lên 46 triệu đồng năm 2023': two figures with their years, no change object (the difference is not stated);",
    "likewise 57% (2011) and 4,2% (2023). 'Trong năm này' = 2023 (its year stands in the previous sentence: inherited). The quote's 4 rooms/150 guests have no period.",
    "'Xã dự kiến năm 2025 đón … và nâng … lên 25 cơ sở': forecast for both.",
]

write("p466-6", TEXT, FIGS, COMMENTS, published="2024-12-02", location="Minh Hóa")
