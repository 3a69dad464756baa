from lib import F, P, I, C, T, write

TEXT = """Thể thao > Các môn khác
Chủ nhật, 12/11/2023, 07:30 (GMT+7)

Võ đường cổ truyền giữa lòng phố thị

Trong con hẻm số 218 đường Nguyễn Trãi, TP HCM, võ đường Hùng Phong vẫn sáng đèn mỗi tối, dù xung quanh mọc lên nhiều phòng tập gym, taekwondo.

Võ đường do võ sư Lâm Văn Tám, 68 tuổi, mở từ năm 1992, hiện có khoảng 150 võ sinh, nhỏ nhất 6 tuổi, lớn nhất 60 tuổi. Khoảng 60% võ sinh là học sinh tiểu học và THCS. Học phí 400.000 đồng/tháng, thấp hơn 30-40% so với các lớp taekwondo, karate cùng khu vực.

Chi phí duy trì võ đường khoảng 25 triệu đồng mỗi tháng, gồm tiền thuê mặt bằng 15 triệu đồng, tiền điện nước và lương cho hai huấn luyện viên. "Có tháng thu không đủ chi, tôi phải bù thêm", ông Tám nói. Từ năm 2018 đến nay, võ đường đã đào tạo hơn 40 võ sinh đạt đai đen, trong đó 7 em giành huy chương tại giải trẻ toàn quốc.

Theo Liên đoàn Võ thuật cổ truyền TP HCM, thành phố hiện có 186 câu lạc bộ, võ đường với khoảng 12.000 võ sinh, tập trung ở quận 5, quận 10 và TP Thủ Đức. Tại Giải vô địch Võ cổ truyền toàn quốc năm 2023, TP HCM giành 17 HCV, 12 HCB và 15 HCĐ, lần thứ 6 liên tiếp dẫn đầu toàn đoàn. Tổng số vận động viên của đội tuyển thành phố là 54 người.

Năm 2024, thành phố đặt mục tiêu đưa võ cổ truyền vào 50 trường học và nâng số võ sinh lên 15.000 người, đồng thời hỗ trợ mỗi câu lạc bộ đạt chuẩn 20 triệu đồng để mua sắm trang thiết bị.

Hà An
"""

since = P("Từ năm 2018 đến nay", "2018-01-01", "2023-11-12")
y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("Lâm Văn Tám, 68 tuổi", "68", 68, "measure", "tuổi", "tuổi võ sư", optional=True),
    F("khoảng 150 võ sinh", "150", 150, "count", "võ sinh", "võ sinh võ đường Hùng Phong", approx="about"),
    F("nhỏ nhất 6 tuổi", "6", 6, "measure", "tuổi", "tuổi võ sinh nhỏ nhất", optional=True),
    F("lớn nhất 60 tuổi", "60", 60, "measure", "tuổi", "tuổi võ sinh lớn nhất", optional=True),
    F("Khoảng 60% võ sinh", "60", 60, "percent", "%", "tỷ lệ võ sinh là học sinh tiểu học và THCS", approx="about"),
    F("Học phí 400.000 đồng/tháng", "400.000", 400000, "money", "đồng/tháng", "học phí",
      change=C("decrease", 30, "%", "các lớp taekwondo, karate cùng khu vực")),
    F("khoảng 25 triệu đồng", "25", 25000000, "money", "đồng/tháng", "chi phí duy trì võ đường", approx="about"),
    F("mặt bằng 15 triệu đồng", "15", 15000000, "money", "đồng", "tiền thuê mặt bằng", total=25000000),
    F("cho hai huấn luyện viên", "hai", 2, "count", "huấn luyện viên", "huấn luyện viên"),
    F("hơn 40 võ sinh", "40", 40, "count", "võ sinh", "võ sinh đạt đai đen được đào tạo", since, approx="over"),
    F("7 em giành", "7", 7, "count", "em", "võ sinh giành huy chương tại giải trẻ toàn quốc", since, total=40),
    F("có 186 câu lạc bộ", "186", 186, "count", "câu lạc bộ, võ đường", "câu lạc bộ, võ đường võ cổ truyền"),
    F("khoảng 12.000 võ sinh", "12.000", 12000, "count", "võ sinh", "võ sinh võ cổ truyền", approx="about"),
    F("giành 17 HCV", "17", 17, "count", "HCV", "huy chương vàng tại Giải vô địch Võ cổ truyền toàn quốc", y23),
    F("12 HCB", "12", 12, "count", "HCB", "huy chương bạc tại Giải vô địch Võ cổ truyền toàn quốc", y23),
    F("15 HCĐ", "15", 15, "count", "HCĐ", "huy chương đồng tại Giải vô địch Võ cổ truyền toàn quốc", y23),
    F("là 54 người", "54", 54, "count", "người", "vận động viên của đội tuyển thành phố", I(y23)),
    F("vào 50 trường học", "50", 50, "count", "trường học", "trường học đưa võ cổ truyền vào", Y24, status="target"),
    F("lên 15.000 người", "15.000", 15000, "count", "người", "võ sinh", Y24, status="target"),
    F("đạt chuẩn 20 triệu đồng", "20", 20000000, "money", "đồng", "hỗ trợ mỗi câu lạc bộ đạt chuẩn mua sắm trang thiết bị",
      Y24, status="target"),
]

NOTES = [
    "National newspaper feature, 'Chủ nhật, 12/11/2023, 07:30 (GMT+7)', byline 'Hà An': one võ đường and the city's movement, TP Hồ Chí Minh.",
    "Distractors: 'số 218 đường Nguyễn Trãi', name Lâm Văn Tám, 'năm 1992', 'quận 5, quận 10', 'lần thứ 6 liên tiếp', 07:30, GMT+7.",
    "Ages (68 tuổi, 6 / 60 tuổi) describe people, optional. 'thấp hơn 30-40% so với ...' is the change of the fee (first value 30).",
    "'25 triệu đồng mỗi tháng, gồm ... 15 triệu đồng' → total 25 triệu. 'Từ năm 2018 đến nay' ends at the dateline.",
    "'7 em' after 'trong đó' is part of the 40 black belts. 'hai huấn luyện viên' is a number word.",
    "The 2024 support per club (20 triệu đồng) continues 'đặt mục tiêu' with 'đồng thời' → status target.",
    "The võ đường's address names no district, so every figure is TP Hồ Chí Minh.",
]

write(6, TEXT, NOTES, FIGS, published="2023-11-12", location="TP Hồ Chí Minh")
