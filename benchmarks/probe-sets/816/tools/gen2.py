"""p816-2: district (town) portal, thị xã Sông Cầu (Phú Yên), night squid-fishing tours, summer 2023."""
from lib import F, P, I, C, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ SÔNG CẦU
Tin tức > Kinh tế - Xã hội
Thứ Sáu, 25/08/2023 - 16:05

Tour câu mực đêm trên vịnh Xuân Đài hút du khách

Những tháng hè năm nay, tour câu mực đêm trên vịnh Xuân Đài trở thành sản phẩm du lịch được nhiều du khách lựa chọn khi đến Sông Cầu. Theo Phòng Kinh tế thị xã, từ tháng 5 đến hết tháng 7/2023, các tàu câu mực của ngư dân xã Xuân Thịnh và xã Xuân Cảnh đã đón gần 4.800 lượt khách, tăng gấp 2 lần so với cùng kỳ năm trước.

Hiện thị xã có 42 tàu cá được ngư dân sử dụng để chở khách đi câu mực, trong đó 28 tàu ở xã Xuân Thịnh. Mỗi chuyến đi từ 17 giờ đến 22 giờ, chở tối đa 12 khách, giá trọn gói từ 350.000 đến 500.000 đồng/người, bao gồm tiền thuê cần câu, áo phao và bữa tối hải sản.

Với mỗi chuyến chở khách, chủ tàu thu về khoảng 2,5-3 triệu đồng. Trừ chi phí, chủ tàu còn lãi trên 1,2 triệu đồng/đêm, cao hơn khoảng 40% so với đi câu mực bán cho thương lái. Ông Nguyễn Văn Mười, chủ tàu PY 90412 TS ở thôn Phú Dương, cho biết mỗi tháng gia đình ông chạy được khoảng 20 chuyến, cao điểm có tuần kín lịch cả 7 đêm.

Từ nguồn kinh phí khuyến ngư năm 2023, thị xã đã hỗ trợ 50% chi phí mua sắm 300 áo phao cho các tàu tham gia đón khách. Năm nay, thị xã đặt mục tiêu đón 10.000 lượt khách trải nghiệm câu mực đêm; dự kiến đến cuối năm sẽ có thêm 10 tàu được cấp phép chở khách du lịch.

Minh Châu (Trung tâm VH-TT-TT thị xã)
"""

SUM23 = P("từ tháng 5 đến hết tháng 7/2023", "2023-05-01", "2023-07-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
NN = P("Năm nay", "2023-01-01", "2023-12-31")

FIGS = [
    F("gần 4.800 lượt khách", "4.800", 4800, "count", "lượt khách",
      "khách các tàu câu mực đón", SUM23, approx="nearly",
      change=C("increase", 2, unit="lần", baseline="cùng kỳ năm trước")),
    F("có 42 tàu cá", "42", 42, "count", "tàu cá", "tàu cá được ngư dân sử dụng để chở khách đi câu mực"),
    F("28 tàu", "28", 28, "count", "tàu", "tàu chở khách đi câu mực ở xã Xuân Thịnh", total=42),
    F("tối đa 12 khách", "12", 12, "count", "khách", "số khách mỗi chuyến", approx="at_most"),
    F("từ 350.000 đến 500.000", "350.000", 350000, "money", "đồng/người", "giá trọn gói tour câu mực đêm",
      value_max=500000),
    F("khoảng 2,5-3 triệu", "2,5", 2.5e6, "money", "đồng", "tiền chủ tàu thu về mỗi chuyến chở khách",
      value_max=3e6, approx="about"),
    F("trên 1,2 triệu đồng/đêm", "1,2", 1.2e6, "money", "đồng/đêm", "lãi của chủ tàu",
      approx="over", change=C("increase", 40, baseline="đi câu mực bán cho thương lái", approx="about")),
    F("khoảng 20 chuyến", "20", 20, "count", "chuyến", "chuyến chở khách mỗi tháng của gia đình ông Mười",
      approx="about"),
    F("cả 7 đêm", "7", 7, "count", "đêm", "đêm kín lịch mỗi tuần cao điểm", optional=True),
    F("hỗ trợ 50% chi phí", "50", 50, "percent", "%", "tỷ lệ hỗ trợ chi phí mua sắm áo phao", Y23),
    F("300 áo phao", "300", 300, "count", "áo phao", "áo phao hỗ trợ cho các tàu tham gia đón khách", Y23),
    F("đón 10.000 lượt khách", "10.000", 10000, "count", "lượt khách", "khách trải nghiệm câu mực đêm",
      NN, status="target"),
    F("thêm 10 tàu", "10", 10, "count", "tàu", "tàu được cấp phép chở khách du lịch",
      P("đến cuối năm", None, "2023-12-31"), status="forecast"),
]

NOTES = [
    "District-level (town) portal, thị xã Sông Cầu, Phú Yên: night squid-fishing tours, summer 2023.",
    "Distractors: '16:05', '17 giờ đến 22 giờ' (times of day), boat number 'PY 90412 TS', person 'Nguyễn Văn Mười', 'Tháng 5-7' period.",
    "Commune figures (Xuân Thịnh) take the town 'Sông Cầu' as location (spec: province, city or district).",
    "'tăng gấp 2 lần so với cùng kỳ' is the change of 4.800 (unit lần). 'cả 7 đêm' (a full week) is optional.",
    "'đặt mục tiêu đón 10.000' -> target; 'dự kiến đến cuối năm ... thêm 10 tàu' -> forecast, as-of end of 2023.",
    "revised after the first run: 'mỗi tháng ... khoảng 20 chuyến' unit 'chuyến' (was 'chuyến/tháng'; a count stated with 'mỗi', not a written rate).",
]

build("p816-2", TEXT, FIGS, NOTES, published="2023-08-25", location="Sông Cầu")
