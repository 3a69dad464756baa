"""p1006-6: TP Hồ Chí Minh, national newspaper (weekday, date, GMT+7), pensions paid through banks in 2024, 2025 plans."""
from lib import F, period, change, target, write_set

TEXT = """Thời sự › Dân sinh
Thứ ba, 14/1/2025, 06:30 (GMT+7)

70% người hưởng lương hưu ở TP HCM nhận tiền qua ngân hàng

Năm 2024, BHXH TP HCM chi trả lương hưu, trợ cấp BHXH hàng tháng cho hơn 254.000 người, trong đó khoảng 178.000 người nhận qua tài khoản ngân hàng, tương đương 70,1%. Tỷ lệ này năm 2023 là 62,4%. Số người nhận lương hưu qua tài khoản hiện gấp 2,3 lần năm 2020.

Ông Nguyễn Văn Ba, Phó giám đốc BHXH thành phố, cho biết mỗi tháng cơ quan này chi khoảng 1.850 tỷ đồng lương hưu, trợ cấp, trong đó chi qua tài khoản chiếm gần 76%. Bình quân mỗi người hưởng lương hưu ở thành phố nhận 7,8 triệu đồng/tháng, cao hơn khoảng 1,5 triệu đồng so với bình quân cả nước.

Tại các quận trung tâm như quận 1, quận 3, tỷ lệ nhận qua tài khoản trên 85%, trong khi huyện Cần Giờ, Củ Chi chỉ đạt 38-45%. "Nhiều cụ đã ngoài 85 tuổi, quen cầm tiền mặt nên nhân viên bưu điện phải đến từng nhà hướng dẫn", ông Ba nói.

Với trợ cấp thất nghiệp, năm 2024 thành phố giải quyết cho 131.260 người, tỷ lệ nhận qua tài khoản là 99,8%.

Năm 2025, BHXH TP HCM đặt mục tiêu 85% người hưởng ở khu vực đô thị nhận qua tài khoản. Ngoài 19 điểm chi trả của bưu điện hiện có, cơ quan này dự kiến phối hợp với 8 ngân hàng mở quầy giao dịch lưu động tại 40 phường đông người cao tuổi.

Lê Tuyết
"""

P24 = period("Năm 2024", "2024-01-01", "2024-12-31")
P24b = period("năm 2024", "2024-01-01", "2024-12-31")
P25 = period("Năm 2025", "2025-01-01", "2025-12-31")
RATE = "tỷ lệ nhận qua tài khoản"

FIGS = [
    F("70% người hưởng", "70", 70, "percent", "%", "tỷ lệ người hưởng lương hưu nhận tiền qua ngân hàng"),
    F("hơn 254.000 người", "254.000", 254000, "count", "người", "người hưởng lương hưu, trợ cấp BHXH hàng tháng", P24,
      approx="over"),
    F("khoảng 178.000 người", "178.000", 178000, "count", "người", "người nhận qua tài khoản ngân hàng", P24,
      approx="about", total=254000, percent=70.1),
    F("năm 2023 là 62,4%", "62,4", 62.4, "percent", "%", "tỷ lệ người hưởng nhận qua tài khoản",
      period("năm 2023", "2023-01-01", "2023-12-31")),
    F("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần", "số người nhận lương hưu qua tài khoản so với năm 2020"),
    F("khoảng 1.850 tỷ đồng", "1.850", 1850e9, "money", "đồng/tháng", "lương hưu, trợ cấp chi trả mỗi tháng", approx="about"),
    F("chiếm gần 76%", "76", 76, "percent", "%", "tỷ lệ tiền lương hưu, trợ cấp chi qua tài khoản", approx="nearly"),
    F("nhận 7,8 triệu đồng/tháng", "7,8", 7.8e6, "money", "đồng/tháng", "lương hưu bình quân mỗi người hưởng",
      change=change("increase", 1.5e6, "đồng", "bình quân cả nước", approx="about")),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ nhận qua tài khoản ở các quận trung tâm", approx="over"),
    F("38-45%", "38", 38, "percent", "%", RATE, value_max=45),
    F("ngoài 85 tuổi", "85", 85, "measure", "tuổi", "tuổi của người hưởng cao tuổi", approx="over", optional=True),
    F("cho 131.260 người", "131.260", 131260, "count", "người", "người hưởng trợ cấp thất nghiệp được giải quyết", P24b),
    F("là 99,8%", "99,8", 99.8, "percent", "%", "tỷ lệ người hưởng trợ cấp thất nghiệp nhận qua tài khoản", P24b),
    F("mục tiêu 85%", "85", 85, "percent", "%", "tỷ lệ người hưởng ở khu vực đô thị nhận qua tài khoản", P25,
      status="target"),
    F("19 điểm chi trả", "19", 19, "count", "điểm chi trả", "điểm chi trả của bưu điện hiện có"),
    F("8 ngân hàng", "8", 8, "count", "ngân hàng", "ngân hàng phối hợp mở quầy giao dịch lưu động",
      dict(P25, inherited=True), status="forecast"),
    F("40 phường", "40", 40, "count", "phường", "phường đông người cao tuổi có quầy giao dịch lưu động",
      dict(P25, inherited=True), status="forecast"),
]

NOTES = [
    "National newspaper (VnExpress style, 'Thứ ba, 14/1/2025, 06:30 (GMT+7)'): BHXH TP HCM, pensions paid into bank accounts in 2024, plans for 2025.",
    "Distractors: 06:30 (GMT+7); quận 1, quận 3 (names); 'Ông Nguyễn Văn Ba' / 'ông Ba nói' (number word as a name); 'năm 2020' (baseline only).",
    "'gấp 2,3 lần năm 2020' stands alone with no base amount -> multiple. 'trong đó chi qua tài khoản chiếm gần 76%' is a share of the money, a percent figure of its own.",
    "'cao hơn khoảng 1,5 triệu đồng so với bình quân cả nước' -> change of 7,8 triệu (approx about). Two-district figures (quận 1, quận 3; Cần Giờ, Củ Chi) -> location the city.",
    "'ngoài 85 tuổi' is a description of a group: optional. '19 điểm chi trả ... hiện có' is actual although 'dự kiến' follows in the same sentence (it governs the verb phrase 'phối hợp ... mở quầy').",
]

write_set(6, TEXT, FIGS, NOTES, published="2025-01-14", location="TP Hồ Chí Minh")
