from lib import F, P, I, CH, emit

TEXT = """Thứ hai, 3/3/2025, 07:00 (GMT+7)

Lễ hội Áo dài TP HCM dự kiến đón một triệu lượt khách

Lễ hội Áo dài TP HCM lần thứ 11 diễn ra từ ngày 7 đến 16/3 với hơn 30 hoạt động, dự kiến thu hút khoảng một triệu lượt khách, tăng 25% so với năm ngoái. Các hoạt động được tổ chức tại 21 quận, huyện và TP Thủ Đức, trong đó chương trình chính diễn ra ở công viên Tao Đàn.

Theo Sở Du lịch TP HCM, ban tổ chức đã đăng ký 3.000 người tham gia màn đồng diễn áo dài trên phố đi bộ Nguyễn Huệ tối 8/3 và chuẩn bị triển lãm 500 bộ áo dài của 40 nhà thiết kế. Có 120 doanh nghiệp lữ hành, khách sạn, nhà hàng cam kết giảm giá 10-50% cho khách mặc áo dài trong thời gian diễn ra lễ hội.

Năm 2024, lễ hội lần thứ 10 thu hút khoảng 800.000 lượt khách; doanh thu du lịch của thành phố trong tháng 3/2024 đạt 16.500 tỷ đồng, tăng 21,4% so với cùng kỳ. Thành phố hiện có khoảng 1.300 cơ sở may áo dài, trong đó hơn 60% tập trung ở các quận 1, 3, 5 và 10.

Bảo tàng Áo dài tại TP Thủ Đức dự kiến đón 50.000 lượt khách trong dịp lễ hội. Theo bà Nguyễn Thị Ánh Hoa, Giám đốc Sở Du lịch, năm 2025 thành phố đặt mục tiêu đón 8,5 triệu lượt khách quốc tế và đạt tổng thu từ du lịch 230.000 tỷ đồng.

Văn phòng ban tổ chức: số 92 Lê Thánh Tôn, phường Bến Nghé, quận 1, điện thoại (028) 3829.5834.

Quỳnh Trần
"""

FEST = P("từ ngày 7 đến 16/3", "2025-03-07", "2025-03-16")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("đón một triệu lượt khách\n", "một", 1000000, "count", "lượt khách", "lượt khách Lễ hội Áo dài TP HCM đón",
      I(FEST), status="forecast"),
    F("hơn 30 hoạt động", "30", 30, "count", "hoạt động", "hoạt động Lễ hội Áo dài TP HCM lần thứ 11", FEST,
      approx="over"),
    F("khoảng một triệu lượt khách, tăng", "một", 1000000, "count", "lượt khách",
      "lượt khách Lễ hội Áo dài TP HCM thu hút", FEST, approx="about", status="forecast",
      change=CH("increase", 25, "%", "năm ngoái")),
    F("tại 21 quận, huyện", "21", 21, "count", "quận, huyện", "quận, huyện tổ chức hoạt động lễ hội", I(FEST)),
    F("đăng ký 3.000 người", "3.000", 3000, "count", "người", "người tham gia màn đồng diễn áo dài"),
    F("triển lãm 500 bộ", "500", 500, "count", "bộ áo dài", "bộ áo dài triển lãm"),
    F("của 40 nhà thiết kế", "40", 40, "count", "nhà thiết kế", "nhà thiết kế có áo dài triển lãm"),
    F("Có 120 doanh nghiệp", "120", 120, "count", "doanh nghiệp",
      "doanh nghiệp lữ hành, khách sạn, nhà hàng cam kết giảm giá cho khách mặc áo dài"),
    F("giảm giá 10-50%", "10", 10, "percent", "%", "mức giảm giá cho khách mặc áo dài", value_max=50),
    F("khoảng 800.000 lượt", "800.000", 800000, "count", "lượt khách", "lượt khách lễ hội lần thứ 10",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="about"),
    F("đạt 16.500 tỷ", "16.500", 16500000000000, "money", "đồng", "doanh thu du lịch của thành phố",
      P("tháng 3/2024", "2024-03-01", "2024-03-31"), change=CH("increase", 21.4, "%", "cùng kỳ")),
    F("khoảng 1.300 cơ sở", "1.300", 1300, "count", "cơ sở", "cơ sở may áo dài", approx="about"),
    F("hơn 60%", "60", 60, "percent", "%", "cơ sở may áo dài tập trung ở các quận 1, 3, 5 và 10",
      approx="over"),
    F("đón 50.000 lượt", "50.000", 50000, "count", "lượt khách", "lượt khách Bảo tàng Áo dài đón trong dịp lễ hội",
      status="forecast", location="Thủ Đức"),
    F("đón 8,5 triệu", "8,5", 8500000, "count", "lượt khách", "lượt khách quốc tế", Y25, status="target"),
    F("du lịch 230.000 tỷ", "230.000", 230000000000000, "money", "đồng", "tổng thu từ du lịch", Y25,
      status="target"),
]

COMMENTS = [
    "National press (VnExpress style), 'Thứ hai, 3/3/2025, 07:00 (GMT+7)', byline at the end: Lễ hội Áo dài TP HCM lần thứ 11 (7-16/3/2025).",
    "'một triệu' is a number word with a multiplier (1.000.000). The headline figure and the lead's 'dự kiến … khoảng một triệu' are forecasts;",
    "'hơn 30 hoạt động' stands before the cue in its own clause: actual. 'đã đăng ký', 'chuẩn bị', 'cam kết' carry no status cue: actual.",
    "'tối 8/3' is a date (no period given, unscored). 'giảm giá 10-50%' is a discount range (percent). 'hơn 60% tập trung ở các quận 1, 3, 5 và 10'",
    "is a share with no count (percent figure, no total); 'quận 1, 3, 5 và 10' are district names, not figures; location stays the city.",
    "'Bảo tàng Áo dài tại TP Thủ Đức': location Thủ Đức (a city of TP HCM). 'năm 2025 … đặt mục tiêu' → target.",
    "Distractors: '(GMT+7)', 'lần thứ 11', 'lần thứ 10', 'số 92 Lê Thánh Tôn, phường Bến Nghé, quận 1', '(028) 3829.5834'.",
]

emit("p785-6", TEXT, COMMENTS, FIGS, published="2025-03-03", location="TP Hồ Chí Minh")
