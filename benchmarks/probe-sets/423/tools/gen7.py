from lib import F, P, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ SẦM SƠN
Trang chủ > Tin tức - Sự kiện > Du lịch

Sầm Sơn đón gần 5 triệu lượt khách, mùa du lịch biển 2024 đạt nhiều kết quả tích cực

Từ đầu năm đến ngày 15/7/2024, thành phố Sầm Sơn đón khoảng 4,95 triệu lượt khách, tăng 12,4% so với cùng kỳ, đạt 73,9% kế hoạch năm; trong đó khách lưu trú đạt 2,1 triệu lượt, khách quốc tế 22.300 lượt. Tổng doanh thu du lịch ước đạt 6.870 tỷ đồng.

Riêng tháng 6, lượng khách đạt 1,72 triệu lượt, cao điểm là các ngày cuối tuần với 80.000-100.000 lượt khách/ngày.

Toàn thành phố hiện có 1.238 cơ sở lưu trú với 30.460 phòng; công suất phòng bình quân dịp cao điểm hè đạt 85%, các ngày cuối tuần đạt gần 100%.

Công tác quản lý giá, vệ sinh môi trường được siết chặt. Các lực lượng chức năng đã kiểm tra 356 cơ sở kinh doanh dịch vụ, xử phạt 41 trường hợp vi phạm với tổng số tiền hơn 312 triệu đồng. Đội cứu hộ bãi biển đã cứu thành công 36 người bị đuối nước, phát hiện và trao trả 58 trẻ em đi lạc cho gia đình.

Năm 2024, thành phố phấn đấu đón 6,7 triệu lượt khách, tổng doanh thu du lịch đạt từ 9.500 đến 10.000 tỷ đồng. Du khách phản ánh về giá cả, dịch vụ qua đường dây nóng 0237.3821.368 hoặc ứng dụng Sầm Sơn Smart; Trung tâm hỗ trợ du khách tại số 01 đường Hồ Xuân Hương, phường Trường Sơn.

Hoàng Anh (Trung tâm VH-TT&TT thành phố)
18/07/2024
"""

PY = P("Từ đầu năm đến ngày 15/7/2024", "2024-01-01", "2024-07-15")
PYi = P("Từ đầu năm đến ngày 15/7/2024", "2024-01-01", "2024-07-15", inherited=True)
PT6 = P("tháng 6", "2024-06-01", "2024-06-30")

FIGS = [
    F("gần 5 triệu lượt", "5", 5000000, "count", "lượt", "lượt khách", approx="nearly",
      period=P("mùa du lịch biển 2024", "2024-01-01", "2024-07-15", inherited=True)),
    F("khoảng 4,95 triệu lượt", "4,95", 4950000, "count", "lượt", "lượt khách", approx="about",
      change={"direction": "increase", "value": 12.4, "unit": "%", "baseline": "cùng kỳ"}, percent=73.9, period=PY),
    F("đạt 2,1 triệu lượt", "2,1", 2100000, "count", "lượt", "khách lưu trú", total=4950000, period=PY),
    F("quốc tế 22.300 lượt", "22.300", 22300, "count", "lượt", "khách quốc tế", total=4950000, period=PY),
    F("ước đạt 6.870 tỷ đồng", "6.870", 6870000000000, "money", "đồng", "tổng doanh thu du lịch", status="estimate",
      period=PYi),
    F("đạt 1,72 triệu lượt", "1,72", 1720000, "count", "lượt", "lượng khách", period=PT6),
    F("80.000-100.000 lượt khách/ngày", "80.000", 80000, "measure", "lượt khách/ngày",
      "lượng khách các ngày cuối tuần cao điểm", value_max=100000, period=PT6),
    F("có 1.238 cơ sở", "1.238", 1238, "count", "cơ sở lưu trú", "cơ sở lưu trú"),
    F("với 30.460 phòng", "30.460", 30460, "count", "phòng", "phòng của cơ sở lưu trú"),
    F("hè đạt 85%", "85", 85, "percent", "%", "công suất phòng bình quân dịp cao điểm hè"),
    F("gần 100%", "100", 100, "percent", "%", "công suất phòng các ngày cuối tuần", approx="nearly"),
    F("kiểm tra 356 cơ sở", "356", 356, "count", "cơ sở", "cơ sở kinh doanh dịch vụ được kiểm tra", period=PYi),
    F("xử phạt 41 trường hợp", "41", 41, "count", "trường hợp", "trường hợp vi phạm bị xử phạt", period=PYi),
    F("hơn 312 triệu đồng", "312", 312000000, "money", "đồng", "tổng số tiền xử phạt", approx="over", period=PYi),
    F("cứu thành công 36 người", "36", 36, "count", "người", "người bị đuối nước được cứu", period=PYi),
    F("trao trả 58 trẻ em", "58", 58, "count", "trẻ em", "trẻ em đi lạc được trao trả", period=PYi),
    F("đón 6,7 triệu lượt", "6,7", 6700000, "count", "lượt", "lượt khách", status="target",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("từ 9.500 đến 10.000 tỷ đồng", "9.500", 9500000000000, "money", "đồng", "tổng doanh thu du lịch",
      value_max=10000000000000, status="target", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "City portal (thành phố Sầm Sơn, Thanh Hóa) with breadcrumb; no dateline at the top, the bare date '18/07/2024' after the byline at the end.",
    "Headline 'gần 5 triệu' restates 4,95 triệu; its 'mùa du lịch biển 2024' is taken as the body's period (inherited, not scored).",
    "'Từ đầu năm đến ngày 15/7/2024' = 2024-01-01..2024-07-15; 4,95 triệu carries change 12,4% and share 73,9% (of plan);",
    "'trong đó khách lưu trú …, khách quốc tế …' both parts of 4,95 triệu. 'tháng 6' takes the year 2024.",
    "'80.000-100.000 lượt khách/ngày' rate range (measure). The stock of 1.238 cơ sở / 30.460 phòng ('hiện có') and the summer-peak",
    "occupancies carry no stated period (null). Enforcement counts inherit the year-to-date period. Targets: 'phấn đấu', 'Năm 2024'.",
    "Distractors: hotline, app name, 'số 01 đường Hồ Xuân Hương', ward name, byline, breadcrumb.",
]

emit(7, TEXT, COMMENTS, FIGS, published="2024-07-18", location="Sầm Sơn")
