"""p904-6: national newspaper (VnExpress style), làng trống Bình An, quận 8, TP HCM, 11/2023."""
from lib import F, write, period, inherit, change, target

TEXT = """
Thời sự > Dân sinh
Thứ năm, 2/11/2023, 06:30 (GMT+7)

Làng trống cuối cùng ở Sài Gòn còn 9 hộ giữ nghề

Làng trống Bình An (phường 4, quận 8, TP HCM) từng có hơn 50 hộ làm trống cách đây ba thập niên, nay chỉ còn 9 hộ với khoảng 40 thợ.

Anh Lê Minh Tâm, 38 tuổi, đời thứ ba của một lò trống, cho biết mỗi năm xưởng nhà anh làm ra khoảng 1.500 chiếc, chủ yếu là trống trường học, trống lân và trống chùa. Giá trống trường học từ 1,5 triệu đến 6 triệu đồng tùy cỡ mặt 40-80 cm; trống đại đường kính 1,6 m có giá khoảng 90 triệu đồng.

Theo anh Tâm, giá da bò, da trâu hiện ở mức 80.000-90.000 đồng/kg, tăng khoảng 30% so với năm 2021, trong khi trống nhựa nhập khẩu rẻ hơn trống da 40-50%. Thu nhập của thợ làm trống khoảng 350.000-400.000 đồng/ngày, nhưng lớp trẻ ít người theo nghề. Mùa cao điểm trước khai giảng và Trung thu, các xưởng phải làm đến 22 giờ mới kịp giao hàng.

Theo UBND quận 8, năm 2023 quận đã hỗ trợ 3 hộ làm trống vay tổng cộng 240 triệu đồng với lãi suất ưu đãi và đưa làng trống vào 1 trong 5 tuyến du lịch trải nghiệm của quận. Từ đầu năm đến nay, làng trống đón khoảng 2.300 lượt khách, trong đó hơn 800 lượt khách quốc tế.

Ở quy mô cả nước, theo Hiệp hội Làng nghề Việt Nam, hiện có khoảng 20 làng nghề làm trống còn hoạt động, tập trung ở miền Bắc.

Hoàng Nam
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
YTD = period("Từ đầu năm đến nay", "2023-01-01", "2023-11-02")

FIGS = [
    F("còn 9 hộ giữ nghề", "9", 9, "count", "hộ", "hộ giữ nghề làm trống"),
    F("hơn 50 hộ", "50", 50, "count", "hộ", "hộ làm trống", approx="over"),
    F("chỉ còn 9 hộ", "9", 9, "count", "hộ", "hộ làm trống"),
    F("khoảng 40 thợ", "40", 40, "count", "thợ", "thợ làm trống", approx="about"),
    F("38 tuổi", "38", 38, "measure", "tuổi", "tuổi anh Lê Minh Tâm", optional=True),
    F("khoảng 1.500 chiếc", "1.500", 1500, "count", "chiếc/năm", "trống xưởng nhà anh Tâm làm ra mỗi năm",
      approx="about"),
    F("từ 1,5 triệu", "1,5", 1.5e6, "money", "đồng", "giá trống trường học", value_max=6e6),
    F("mặt 40-80 cm", "40", 40, "measure", "cm", "cỡ mặt trống trường học", value_max=80, optional=True),
    F("kính 1,6 m", "1,6", 1.6, "measure", "m", "đường kính trống đại", optional=True),
    F("khoảng 90 triệu đồng", "90", 90e6, "money", "đồng", "giá trống đại", approx="about"),
    F("mức 80.000-90.000", "80.000", 80000, "money", "đồng/kg", "giá da bò, da trâu", value_max=90000,
      change=change("increase", 30, "%", "năm 2021", "about")),
    F("trống da 40-50%", "40", 40, "percent", "%", "mức rẻ hơn của trống nhựa nhập khẩu so với trống da",
      value_max=50),
    F("khoảng 350.000-400.000", "350.000", 350000, "money", "đồng/ngày", "thu nhập của thợ làm trống",
      value_max=400000, approx="about"),
    F("hỗ trợ 3 hộ", "3", 3, "count", "hộ", "hộ làm trống được hỗ trợ vay vốn ưu đãi", Y23),
    F("tổng cộng 240 triệu", "240", 240e6, "money", "đồng", "vốn vay ưu đãi hỗ trợ hộ làm trống", Y23),
    F("vào 1 trong 5", "1", 1, "count", "tuyến du lịch", "tuyến du lịch trải nghiệm có làng trống", Y23, total=5,
      optional=True),
    F("khoảng 2.300 lượt khách", "2.300", 2300, "count", "lượt khách", "lượt khách đến làng trống", YTD,
      approx="about"),
    F("hơn 800 lượt khách", "800", 800, "count", "lượt khách", "lượt khách quốc tế", YTD, approx="over",
      total=2300),
    F("khoảng 20 làng nghề", "20", 20, "count", "làng nghề", "làng nghề làm trống còn hoạt động", approx="about",
      location="Việt Nam"),
]

COMMENTS = [
    "National newspaper (VnExpress style, `Thứ năm, 2/11/2023, 06:30 (GMT+7)`): làng trống Bình An, phường 4, quận 8, TP HCM. Invented probe article.",
    "Location is the district (Quận 8); the national count of villages is Việt Nam. `nay chỉ còn` (like `hiện`) gives no period.",
    "`rẻ hơn trống da 40-50%` has no base amount: a percent figure, no change. `1 trong 5 tuyến`: the 5 is the total of the 1 (optional, weak figure).",
    "Optional: the craftsman's age, drum-face sizes. Not figures: `cách đây ba thập niên` (a duration locating a time), `đời thứ ba`, phường 4, quận 8, times.",
]

write(6, TEXT, FIGS, COMMENTS, published="2023-11-02", location="Quận 8")
