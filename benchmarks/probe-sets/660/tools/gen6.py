from lib import F, P, I, CH, TG, emit

TEXT = """Thời sự › Lao động - Việc làm
Thứ hai, 4/11/2024, 07:00 (GMT+7)

Gần 3,35 triệu người đang hưởng lương hưu, trợ cấp hằng tháng

Tính đến cuối tháng 9/2024, cả nước có 3.348.600 người hưởng lương hưu, trợ cấp BHXH hằng tháng, tăng 1,9% so với cùng kỳ năm trước, theo Bảo hiểm xã hội Việt Nam.

Trong 9 tháng, toàn ngành giải quyết 102.450 hồ sơ hưởng lương hưu mới, 85.300 hồ sơ hưởng trợ cấp mai táng và 21.760 hồ sơ hưởng trợ cấp tuất hằng tháng. Số người hưởng BHXH một lần là 659.200 người, giảm 8,4% so với cùng kỳ.

Tổng số tiền chi trả lương hưu, trợ cấp BHXH 9 tháng ước đạt 207.000 tỷ đồng, trong đó chi từ nguồn ngân sách nhà nước khoảng 33.500 tỷ đồng. Tỷ lệ người hưởng nhận qua tài khoản ở khu vực đô thị đạt 74,2%, vượt mục tiêu 70% của Đề án 06; tính chung cả nước đạt 46,5%.

Theo Luật BHXH số 41/2024/QH15 được Quốc hội thông qua tại Kỳ họp thứ 7, từ ngày 1/7/2025, người từ đủ 75 tuổi trở lên không có lương hưu, trợ cấp BHXH hằng tháng được hưởng trợ cấp hưu trí xã hội (hiện nay là 80 tuổi). Mức trợ cấp hưu trí xã hội ban đầu là 500.000 đồng/tháng.

Bộ Lao động - Thương binh và Xã hội dự kiến chính sách này giúp thêm khoảng 400.000 người được hưởng, nâng tổng số người hưởng trợ cấp hưu trí xã hội lên gần 1,9 triệu người. Kinh phí tăng thêm mỗi năm ước khoảng 2.400 tỷ đồng.

Ông Lê Hùng Sơn, Phó tổng giám đốc BHXH Việt Nam, cho biết ngành đang phối hợp với Tổng công ty Bưu điện Việt Nam bảo đảm chi trả đúng, đủ, kịp thời; người dân có thể gọi tổng đài 1900.9068 để được giải đáp.

Hồng Chiêu
"""

ASOF = P("Tính đến cuối tháng 9/2024", None, "2024-09-30")
M9 = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
M9b = P("9 tháng", "2024-01-01", "2024-09-30")

FIGS = [
    F("Gần 3,35 triệu", "3,35", 3.35e6, "count", "người",
      "người đang hưởng lương hưu, trợ cấp hằng tháng", approx="nearly"),
    F("có 3.348.600 người", "3.348.600", 3348600, "count", "người",
      "người hưởng lương hưu, trợ cấp BHXH hằng tháng", ASOF,
      change=CH("increase", 1.9, "%", "cùng kỳ năm trước")),
    F("giải quyết 102.450 hồ sơ", "102.450", 102450, "count", "hồ sơ", "hồ sơ hưởng lương hưu mới", M9),
    F("85.300 hồ sơ", "85.300", 85300, "count", "hồ sơ", "hồ sơ hưởng trợ cấp mai táng", M9),
    F("21.760 hồ sơ", "21.760", 21760, "count", "hồ sơ", "hồ sơ hưởng trợ cấp tuất hằng tháng", M9),
    F("là 659.200 người", "659.200", 659200, "count", "người", "người hưởng BHXH một lần", I(M9),
      change=CH("decrease", 8.4, "%", "cùng kỳ")),
    F("ước đạt 207.000 tỷ", "207.000", 207000e9, "money", "đồng",
      "tổng số tiền chi trả lương hưu, trợ cấp BHXH", M9b, status="estimate"),
    F("khoảng 33.500 tỷ", "33.500", 33500e9, "money", "đồng",
      "chi lương hưu, trợ cấp BHXH từ nguồn ngân sách nhà nước", M9b, approx="about",
      total=207000e9, status="estimate"),
    F("đạt 74,2%", "74,2", 74.2, "percent", "%",
      "tỷ lệ người hưởng nhận qua tài khoản ở khu vực đô thị", I(M9), target=TG(70, "%", True)),
    F("đạt 46,5%", "46,5", 46.5, "percent", "%",
      "tỷ lệ người hưởng nhận qua tài khoản tính chung cả nước", I(M9)),
    F("đủ 75 tuổi", "75", 75, "measure", "tuổi", approx="at_least", optional=True),
    F("là 80 tuổi", "80", 80, "measure", "tuổi", optional=True),
    F("là 500.000 đồng", "500.000", 500000, "money", "đồng/tháng",
      "mức trợ cấp hưu trí xã hội ban đầu"),
    F("khoảng 400.000 người", "400.000", 400000, "count", "người",
      "người được hưởng thêm trợ cấp hưu trí xã hội", approx="about", status="forecast"),
    F("gần 1,9 triệu", "1,9", 1.9e6, "count", "người",
      "tổng số người hưởng trợ cấp hưu trí xã hội", approx="nearly", status="forecast"),
    F("ước khoảng 2.400 tỷ", "2.400", 2400e9, "money", "đồng",
      "kinh phí tăng thêm mỗi năm", approx="about", status="estimate"),
]

COMMENTS = [
    "National press (VnExpress style: 'Thứ hai, 4/11/2024, 07:00 (GMT+7)', byline at the end): pension recipients 9/2024, new social pension age 75. Location Việt Nam.",
    "Headline 'Gần 3,35 triệu' has no period phrase in it (unscored). 'Trong 9 tháng' and '9 tháng' take 2024 (dateline / 'cuối tháng 9/2024').",
    "'ước đạt 207.000 tỷ đồng, trong đó … khoảng 33.500 tỷ': estimate carried into the part, total 207000 tỷ.",
    "'đạt 74,2%, vượt mục tiêu 70% của Đề án 06': target 70 met. Age thresholds 'từ đủ 75 tuổi' (at_least) and '80 tuổi' optional.",
    "'dự kiến … khoảng 400.000 người …, nâng tổng số … lên gần 1,9 triệu': forecast for both (one clause continues the other); 'ước khoảng 2.400 tỷ' estimate.",
    "Distractors: '(GMT+7)', 'Luật BHXH số 41/2024/QH15', 'Kỳ họp thứ 7', 'Đề án 06', 'từ ngày 1/7/2025', '1900.9068'.",
]

emit("p660-6", TEXT, COMMENTS, FIGS, published="2024-11-04", location="Việt Nam")
