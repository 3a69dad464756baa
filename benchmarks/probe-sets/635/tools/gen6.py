from lib import F, P, I, CH, TG, emit

TEXT = """Thời sự › Dân sinh
Thứ sáu, 7/6/2024, 06:30 (GMT+7)

Miền Bắc nắng nóng trên 40 độ C, tiêu thụ điện tăng vọt

Nhiệt độ tại nhiều nơi ở Bắc Bộ và Bắc Trung Bộ vượt 40 độ C, khiến sản lượng điện tiêu thụ miền Bắc ngày 6/6 lên 465 triệu kWh, cao nhất từ đầu năm.

Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, chiều 6/6, nhiệt độ cao nhất ghi nhận tại một số trạm: Láng (Hà Nội) 38,9 độ C, Tuyên Quang 39,7 độ C, Hương Khê (Hà Tĩnh) 41,2 độ C, Con Cuông (Nghệ An) 40,8 độ C. Độ ẩm tương đối thấp nhất phổ biến 45-50%. Từ đầu tháng 5 đến nay, miền Bắc đã trải qua 4 đợt nắng nóng với tổng cộng 19 ngày.

Số liệu của Tập đoàn Điện lực Việt Nam (EVN) cho thấy công suất tiêu thụ đỉnh toàn hệ thống ngày 6/6 đạt 46.340 MW, trong đó miền Bắc chiếm khoảng 21.500 MW. Sản lượng tiêu thụ toàn quốc đạt 978 triệu kWh, tăng 14,6% so với cùng kỳ; riêng miền Bắc tăng gần 18%.

Cơ quan khí tượng dự báo nắng nóng còn kéo dài đến ngày 10/6, nhiệt độ cao nhất phổ biến 37-39 độ C, có nơi trên 40 độ C. EVN dự báo Pmax miền Bắc trong tháng 6 khoảng 24.000 MW, cao hơn khoảng 2.000 MW so với năm 2023.

Để giảm áp lực cho hệ thống, EVN khuyến cáo người dân cài đặt điều hòa ở mức 26-27 độ C; mỗi độ C tăng thêm giúp tiết kiệm 1-3% điện năng. Khách hàng có thể tra cứu lịch ngừng cấp điện trên ứng dụng EVNCPC hoặc gọi tổng đài 1900.1909.

Gia Chính
"""

D6 = P("chiều 6/6", "2024-06-06", "2024-06-06")
D6b = P("ngày 6/6", "2024-06-06", "2024-06-06")
SINCE = P("Từ đầu tháng 5 đến nay", "2024-05-01", "2024-06-07")
T = "nhiệt độ cao nhất"

FIGS = [
    F("trên 40 độ C,", "40", 40, "measure", "độ C", "nhiệt độ miền Bắc", I(D6b), approx="over"),
    F("vượt 40 độ C", "40", 40, "measure", "độ C", "nhiệt độ tại nhiều nơi ở Bắc Bộ và Bắc Trung Bộ", D6b,
      approx="over"),
    F("lên 465 triệu kWh", "465", 465000000, "measure", "kWh", "sản lượng điện tiêu thụ miền Bắc", D6b),
    F("(Hà Nội) 38,9 độ C", "38,9", 38.9, "measure", "độ C", T + " tại trạm Láng", D6, location="Hà Nội"),
    F("Tuyên Quang 39,7 độ C", "39,7", 39.7, "measure", "độ C", T, D6, location="Tuyên Quang"),
    F("(Hà Tĩnh) 41,2 độ C", "41,2", 41.2, "measure", "độ C", T, D6, location="Hương Khê"),
    F("(Nghệ An) 40,8 độ C", "40,8", 40.8, "measure", "độ C", T, D6, location="Con Cuông"),
    F("45-50%", "45", 45, "percent", "%", "độ ẩm tương đối thấp nhất", I(D6), value_max=50),
    F("trải qua 4 đợt", "4", 4, "count", "đợt nắng nóng", "đợt nắng nóng miền Bắc", SINCE),
    F("tổng cộng 19 ngày", "19", 19, "measure", "ngày", "số ngày nắng nóng miền Bắc", SINCE),
    F("đạt 46.340 MW", "46.340", 46340, "measure", "MW", "công suất tiêu thụ đỉnh toàn hệ thống", D6b),
    F("khoảng 21.500 MW", "21.500", 21500, "measure", "MW", "công suất tiêu thụ đỉnh miền Bắc", D6b,
      approx="about", total=46340),
    F("đạt 978 triệu kWh", "978", 978000000, "measure", "kWh", "sản lượng tiêu thụ toàn quốc", I(D6b),
      change=CH("increase", 14.6, "%", "cùng kỳ")),
    F("tăng gần 18%", "18", 18, "percent", "%", "sản lượng tiêu thụ miền Bắc", I(D6b), approx="nearly"),
    F("phổ biến 37-39 độ C", "37", 37, "measure", "độ C", "nhiệt độ cao nhất phổ biến", value_max=39,
      status="forecast"),
    F("có nơi trên 40 độ C", "40", 40, "measure", "độ C", T, approx="over", status="forecast"),
    F("khoảng 24.000 MW", "24.000", 24000, "measure", "MW", "Pmax miền Bắc", P("tháng 6", "2024-06-01", "2024-06-30"),
      approx="about", change=CH("increase", 2000, "MW", "năm 2023", "about"), status="forecast"),
    F("mức 26-27 độ C", "26", 26, "measure", "độ C", "nhiệt độ cài đặt điều hòa", value_max=27),
    F("tiết kiệm 1-3%", "1", 1, "percent", "%", "điện năng tiết kiệm khi tăng mỗi độ C", value_max=3),
]

COMMENTS = [
    "National press: section line, 'Thứ sáu, 7/6/2024, 06:30 (GMT+7)', byline at the end. Northern heat wave and power demand on 6/6/2024.",
    "Station list after a colon: each temperature is a figure; a province or district in the item is its location (Láng → Hà Nội,",
    "Hương Khê (Hà Tĩnh) → Hương Khê, Con Cuông (Nghệ An) → Con Cuông); the list's indicator 'nhiệt độ cao nhất' is the subject.",
    "Regional figures (miền Bắc, Bắc Bộ) keep the article's location Việt Nam (a region is not a province/city/district); region named in subject.",
    "'trong đó miền Bắc chiếm khoảng 21.500 MW' → part of 46.340 MW. 'riêng miền Bắc tăng gần 18%' → growth rate as the claim (percent, nearly).",
    "Forecast sentence 'dự báo nắng nóng còn kéo dài đến ngày 10/6' → forecast status; its period is left unset (the end date bounds the heat,",
    "not the temperature). 'cao hơn khoảng 2.000 MW so với năm 2023' → change with approx about. '1-3%' per degree → percent range.",
    "Distractors: '(GMT+7)', 06:30, 'ngày 10/6', app name 'EVNCPC', hotline '1900.1909', 'mỗi độ C'.",
]

emit("p635-6", TEXT, COMMENTS, FIGS, published="2024-06-07", location="Việt Nam")
