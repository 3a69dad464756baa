from lib import *

A = """Thời sự › Giao thông
Thứ hai, 3/2/2025, 18:20 (GMT+7)

Sân bay, nhà ga đón gần 4 triệu lượt khách dịp Tết Ất Tỵ

Theo Cục Hàng không Việt Nam, trong 9 ngày nghỉ Tết Nguyên đán Ất Tỵ (từ 25/1 đến 2/2/2025), các cảng hàng không trên cả nước phục vụ khoảng 3,9 triệu lượt hành khách, tăng 7,6% so với cùng kỳ Tết Giáp Thìn; tổng số chuyến bay cất, hạ cánh đạt 24.850 chuyến. Các hãng hàng không Việt Nam vận chuyển 2,27 triệu lượt khách, trong đó khách nội địa chiếm 71,4%. Tỷ lệ chuyến bay đúng giờ đạt 87,2%, có 42 chuyến bị hủy.

Tại TP Hồ Chí Minh, sân bay Tân Sơn Nhất phục vụ khoảng 1,28 triệu lượt khách, ngày cao điểm khai thác hơn 1.000 chuyến bay. Ở Hà Nội, sân bay Nội Bài đón 870.000 lượt khách, tăng 5,2%; nhà ga T2 có thời điểm tiếp nhận 9.500 khách/giờ.

Ngành đường sắt bán được hơn 412.000 vé tàu Tết, tăng 9% so với Tết năm trước, tổ chức chạy thêm 138 đoàn tàu, chủ yếu là các tàu SE1/SE2 và SE3/SE4. Giá vé tàu Thống Nhất tuyến Bắc - Nam dao động từ 1,1 đến 1,9 triệu đồng/vé tùy loại chỗ.

Bộ Giao thông vận tải ước tính tổng lượng hành khách vận chuyển bằng đường bộ trong dịp Tết đạt 12,6 triệu lượt, tăng khoảng 4%.

Cục Hàng không dự báo quý I/2025 các cảng hàng không phục vụ khoảng 20,5 triệu lượt khách, riêng tháng 2/2025 đạt khoảng 7,5 triệu lượt. Hành khách cần hỗ trợ có thể gọi tổng đài 1900 1886 hoặc theo dõi chuyến bay VN7220 trên ứng dụng của hãng.

Đoàn Loan
"""

PT = P("từ 25/1 đến 2/2/2025", "2025-01-25", "2025-02-02")
PTi = inh(PT)
Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")

figs = [
    F("gần 4 triệu lượt", "4", 4e6, "count", "lượt khách", "lượt khách sân bay, nhà ga",
      P("dịp Tết Ất Tỵ", "2025-01-25", "2025-02-02", True), approx="nearly"),
    F("khoảng 3,9 triệu lượt", "3,9", 3.9e6, "count", "lượt hành khách", "lượt hành khách các cảng hàng không phục vụ", PT,
      approx="about", change={"direction": "increase", "value": 7.6, "unit": "%", "baseline": "cùng kỳ Tết Giáp Thìn"}),
    F("đạt 24.850 chuyến", "24.850", 24850, "count", "chuyến", "tổng số chuyến bay cất, hạ cánh", PT),
    F("vận chuyển 2,27 triệu lượt", "2,27", 2.27e6, "count", "lượt khách", "lượt khách các hãng hàng không Việt Nam vận chuyển", PTi),
    F("chiếm 71,4%", "71,4", 71.4, "percent", "%", "khách nội địa", PTi),
    F("đúng giờ đạt 87,2%", "87,2", 87.2, "percent", "%", "tỷ lệ chuyến bay đúng giờ", PTi),
    F("có 42 chuyến", "42", 42, "count", "chuyến", "chuyến bay bị hủy", PTi),
    F("khoảng 1,28 triệu lượt", "1,28", 1.28e6, "count", "lượt khách", "lượt khách sân bay Tân Sơn Nhất phục vụ", PTi,
      approx="about", location="TP Hồ Chí Minh"),
    F("hơn 1.000 chuyến bay", "1.000", 1000, "count", "chuyến bay", "chuyến bay khai thác ngày cao điểm", PTi,
      approx="over", location="TP Hồ Chí Minh"),
    F("đón 870.000 lượt", "870.000", 870000, "count", "lượt khách", "lượt khách sân bay Nội Bài đón", PTi,
      change={"direction": "increase", "value": 5.2, "unit": "%"}, location="Hà Nội"),
    F("tiếp nhận 9.500 khách/giờ", "9.500", 9500, "measure", "khách/giờ", "khách nhà ga T2 tiếp nhận", PTi, location="Hà Nội"),
    F("hơn 412.000 vé", "412.000", 412000, "count", "vé", "vé tàu Tết ngành đường sắt bán được", PTi, approx="over",
      change={"direction": "increase", "value": 9, "unit": "%", "baseline": "Tết năm trước"}),
    F("thêm 138 đoàn tàu", "138", 138, "count", "đoàn tàu", "đoàn tàu chạy thêm", PTi),
    F("từ 1,1 đến 1,9 triệu", "1,1", 1.1e6, "money", "đồng/vé", "giá vé tàu Thống Nhất tuyến Bắc - Nam", PTi, value_max=1.9e6),
    F("đạt 12,6 triệu lượt", "12,6", 12.6e6, "count", "lượt", "tổng lượng hành khách vận chuyển bằng đường bộ",
      P("dịp Tết", "2025-01-25", "2025-02-02", True), status="estimate",
      change={"direction": "increase", "value": 4, "unit": "%", "approx": "about"}),
    F("khoảng 20,5 triệu lượt", "20,5", 20.5e6, "count", "lượt khách", "lượt khách các cảng hàng không phục vụ", Q1,
      approx="about", status="forecast"),
    F("khoảng 7,5 triệu lượt", "7,5", 7.5e6, "count", "lượt", "lượt khách các cảng hàng không phục vụ",
      P("tháng 2/2025", "2025-02-01", "2025-02-28"), approx="about", status="forecast"),
]

write("p251-4", A, figs, [
    "National press (VnExpress style): air, rail and road passengers in the 9-day Tết Ất Tỵ holiday 25/1–2/2/2025. 'Thứ hai, 3/2/2025, 18:20 (GMT+7)'; byline at the end.",
    "The lead states the dates; later sentences inherit them. The title's 'dịp Tết Ất Tỵ' and the road sentence's 'dịp Tết' name the holiday without dates: inherited.",
    "'trong đó khách nội địa chiếm 71,4%' is a share with no amount: a percent figure, no total. Airport figures take the city the sentence names",
    "('Tại TP Hồ Chí Minh', 'Ở Hà Nội'); an airport or terminal is not a place. '9.500 khách/giờ' is a rate (measure). 'tăng khoảng 4%' is a change with approx about.",
    "'từ 1,1 đến 1,9 triệu đồng/vé' is a money range (the multiplier applies to both ends). 'dự báo' makes the quý I and tháng 2/2025 figures forecasts.",
    "Distractors: (GMT+7), 'nhà ga T2', tàu 'SE1/SE2', 'SE3/SE4', flight 'VN7220', hotline '1900 1886', '9 ngày nghỉ', dates.",
], published="2025-02-03", location="Việt Nam")
