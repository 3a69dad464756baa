from lib import F, P, build

text = """Thời sự › Giao thông
Thứ hai, 3/6/2024, 06:00 (GMT+7)
Vận tải công cộng mới đáp ứng chưa đến 10% nhu cầu đi lại ở đô thị lớn

Sau nhiều năm đầu tư, xe buýt vẫn chưa trở thành lựa chọn chính của người dân đô thị, trong khi số xe máy cá nhân tiếp tục tăng.

Theo Bộ Giao thông vận tải, năm 2023 cả nước có khoảng 1.100 tuyến xe buýt với hơn 11.000 phương tiện, vận chuyển khoảng 1,2 tỷ lượt khách. Riêng Hà Nội chiếm khoảng 38% sản lượng này.
Tỷ lệ đáp ứng nhu cầu đi lại bằng vận tải hành khách công cộng tại các đô thị còn thấp: Hà Nội khoảng 19,4%, TP Hồ Chí Minh 9,6%, Đà Nẵng 2,5%, Hải Phòng 2,1%, Cần Thơ dưới 1%.
Tính đến hết tháng 4/2024, cả nước có 1.028 xe buýt điện đang hoạt động tại 7 tỉnh, thành phố, chiếm khoảng 9% tổng số xe buýt. Riêng VinBus vận hành 359 xe trên 17 tuyến, đã chở hơn 100 triệu lượt khách kể từ năm 2021.
Tổng kinh phí trợ giá xe buýt năm 2023 của Hà Nội khoảng 1,76 nghìn tỷ đồng, TP Hồ Chí Minh khoảng 1.150 tỷ đồng. Chi phí trợ giá bình quân vào khoảng 5.000-6.000 đồng/lượt khách.
Một khảo sát của Viện Chiến lược và Phát triển giao thông vận tải với 2.500 người dân cho thấy 64,3% người được hỏi sẵn sàng chuyển sang đi xe buýt nếu thời gian chờ dưới 10 phút.
Theo Quyết định số 876/QĐ-TTg ngày 22/7/2022 của Thủ tướng, từ năm 2025 toàn bộ xe buýt thay thế, đầu tư mới phải sử dụng điện, năng lượng xanh. Mục tiêu đến năm 2030, vận tải công cộng tại Hà Nội đáp ứng 30-35% và tại TP Hồ Chí Minh 15-20% nhu cầu đi lại.
Đoàn Loan"""

p23 = P("năm 2023", "2023-01-01", "2023-12-31")
p23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
p4 = P("Tính đến hết tháng 4/2024", None, "2024-04-30")
p4i = P("Tính đến hết tháng 4/2024", None, "2024-04-30", inh=True)
p30 = P("đến năm 2030", None, "2030-12-31")
DEM = "tỷ lệ đáp ứng nhu cầu đi lại bằng vận tải hành khách công cộng"

figs = [
    F("chưa đến 10%", "10", 10, "percent", "%", "vận tải công cộng đáp ứng nhu cầu đi lại ở đô thị lớn", approx="under"),
    F("khoảng 1.100 tuyến", "1.100", 1100, "count", "tuyến", "tuyến xe buýt", approx="about", period=p23),
    F("hơn 11.000 phương tiện", "11.000", 11000, "count", "phương tiện", "phương tiện xe buýt", approx="over", period=p23),
    F("khoảng 1,2 tỷ lượt khách", "1,2", 1.2e9, "count", "lượt khách", "lượt khách xe buýt vận chuyển", approx="about", period=p23),
    F("khoảng 38%", "38", 38, "percent", "%", "sản lượng xe buýt", approx="about", period=p23i, location="Hà Nội"),
    F("Hà Nội khoảng 19,4%", "19,4", 19.4, "percent", "%", DEM, approx="about", location="Hà Nội"),
    F("TP Hồ Chí Minh 9,6%", "9,6", 9.6, "percent", "%", DEM, location="Hồ Chí Minh"),
    F("Đà Nẵng 2,5%", "2,5", 2.5, "percent", "%", DEM, location="Đà Nẵng"),
    F("Hải Phòng 2,1%", "2,1", 2.1, "percent", "%", DEM, location="Hải Phòng"),
    F("Cần Thơ dưới 1%", "1", 1, "percent", "%", DEM, approx="under", location="Cần Thơ"),
    F("có 1.028 xe buýt điện", "1.028", 1028, "count", "xe buýt điện", "xe buýt điện đang hoạt động", percent=9, period=p4),
    F("tại 7 tỉnh", "7", 7, "count", "tỉnh, thành phố", "tỉnh, thành phố có xe buýt điện hoạt động", period=p4),
    F("vận hành 359 xe", "359", 359, "count", "xe", "xe buýt điện VinBus vận hành", period=p4i),
    F("trên 17 tuyến", "17", 17, "count", "tuyến", "tuyến xe buýt điện VinBus", period=p4i),
    F("hơn 100 triệu lượt khách", "100", 100e6, "count", "lượt khách", "lượt khách VinBus đã chở", approx="over",
      period=P("kể từ năm 2021", "2021-01-01", "2024-06-03")),
    F("khoảng 1,76 nghìn tỷ đồng", "1,76", 1.76e12, "money", "đồng", "tổng kinh phí trợ giá xe buýt", approx="about",
      period=p23, location="Hà Nội"),
    F("khoảng 1.150 tỷ đồng", "1.150", 1150e9, "money", "đồng", "tổng kinh phí trợ giá xe buýt", approx="about",
      period=p23, location="Hồ Chí Minh"),
    F("5.000-6.000 đồng/lượt khách", "5.000", 5000, "money", "đồng/lượt khách", "chi phí trợ giá bình quân", approx="about",
      value_max=6000),
    F("với 2.500 người dân", "2.500", 2500, "count", "người dân", "người dân được khảo sát"),
    F("64,3% người được hỏi", "64,3", 64.3, "percent", "%", "người được hỏi sẵn sàng chuyển sang đi xe buýt"),
    F("dưới 10 phút", "10", 10, "measure", "phút", "thời gian chờ", approx="under", optional=True),
    F("đáp ứng 30-35%", "30", 30, "percent", "%", "vận tải công cộng đáp ứng nhu cầu đi lại", value_max=35,
      status="target", period=p30, location="Hà Nội"),
    F("15-20% nhu cầu", "15", 15, "percent", "%", "vận tải công cộng đáp ứng nhu cầu đi lại", value_max=20,
      status="target", period=p30, location="Hồ Chí Minh"),
]

build("p374-5", text, figs, [
    "National press (VnExpress style): xe buýt cả nước năm 2023, tỷ lệ đáp ứng nhu cầu by city, xe buýt điện tính đến tháng 4/2024, trợ giá, survey, targets 2030.",
    "Dateline 'Thứ hai, 3/6/2024, 06:00 (GMT+7)'. Default location Việt Nam; city items of the demand list take their city as location.",
    "'khoảng' only on the first list item. 'kể từ năm 2021' runs to the dateline. 'chiếm khoảng 9%' is the percent of 1.028 xe.",
    "'Riêng VinBus' is not a part-of cue: no total. 'dưới 10 phút' (survey condition) optional. VinBus is an operator, not a place.",
    "Distractors: 'Quyết định số 876/QĐ-TTg ngày 22/7/2022', 'từ năm 2025' (start date of a rule), GMT+7, time 06:00.",
], published="2024-06-03", location="Việt Nam")
