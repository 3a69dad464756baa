from lib import F, emit, period, year, inherit, change

TEXT = """Báo Bình Dương điện tử > Giao thông

Mỗi ngày gần 9.000 lượt khách Bình Dương đi xe buýt kết nối metro

Cập nhật: 15-04-2025 | 08:40:12

(BDO) - Sau hơn 3 tháng tuyến metro Bến Thành - Suối Tiên đi vào hoạt động, lượng người dân Bình Dương sử dụng tuyến ngày càng tăng.

Theo Sở Giao thông vận tải, quý I/2025, các tuyến xe buýt kết nối từ Bình Dương đến ga Suối Tiên vận chuyển khoảng 810.000 lượt khách, bình quân gần 9.000 lượt/ngày, gấp 2,4 lần so với quý IV/2024. Ga Suối Tiên hiện đứng thứ 2 về lượng khách trên toàn tuyến metro, chỉ sau ga Bến Thành.

Hiện Bình Dương có 4 tuyến xe buýt kết nối ga Suối Tiên với tổng cộng 46 xe, tần suất 15-20 phút/chuyến; trong đó tuyến số 616 (Thủ Dầu Một - Suối Tiên) đông khách nhất, chiếm 41% sản lượng. Giá vé từ 8.000 đến 15.000 đồng/lượt; người từ 70 tuổi trở lên được miễn vé. Người dân có thể phản ánh qua đường dây nóng 0274.3855.110.

Toàn tỉnh quý I/2025 có 23 tuyến xe buýt hoạt động, sản lượng ước đạt 2,95 triệu lượt khách, tăng 16,3% so với cùng kỳ năm 2024 và đạt 24,6% kế hoạch năm.

Về dài hạn, tuyến đường sắt đô thị Thủ Dầu Một - Suối Tiên đi dọc Quốc lộ 13 dự kiến dài khoảng 29,5 km, có 17 nhà ga, tổng mức đầu tư khoảng 60.900 tỷ đồng, trong đó ngân sách tỉnh bố trí 18.300 tỷ đồng, chiếm khoảng 30%. Mục tiêu đến năm 2030, tỷ lệ vận tải hành khách công cộng của tỉnh đạt 10-15%, hiện mới khoảng 3,2%.

Thanh Hà
"""

Q1 = period("quý I/2025", "2025-01-01", "2025-03-31")
HCM = "Thành phố Hồ Chí Minh"
NOTES = [
    "Báo Bình Dương online (provincial newspaper, headline figure, 'Cập nhật: 15-04-2025 | 08:40:12', tag '(BDO) -'): xe buýt kết nối metro số 1 from Bình Dương, quý I/2025.",
    "'hơn 3 tháng' (duration), 'quý IV/2024' (baseline), 'tuyến số 616', the hotline, 'Quốc lộ 13' are not figures. 'từ 70 tuổi trở lên' is a category threshold: optional.",
    "'gần 9.000 lượt/ngày, gấp 2,4 lần so với quý IV/2024' → change of the daily average (increase 2,4 lần). Ga Suối Tiên's rank describes a station of TP. Hồ Chí Minh.",
    "'dự kiến' governs the whole planned-line sentence (km, stations, cost, the province's share after 'trong đó'); 'hiện mới khoảng 3,2%' is actual.",
    "'Mỗi ngày gần 9.000 lượt khách' (headline) is a rate, unit lượt khách/ngày.",
]
FIGS = [
    F("Mỗi ngày gần 9.000 lượt khách", "9.000", 9000, "measure", "lượt khách/ngày", "lượt khách Bình Dương đi xe buýt kết nối metro mỗi ngày", approx="nearly"),
    F("khoảng 810.000 lượt khách", "810.000", 810000, "count", "lượt khách", "lượt khách xe buýt kết nối từ Bình Dương đến ga Suối Tiên", approx="about", period=Q1),
    F("gần 9.000 lượt/ngày", "9.000", 9000, "measure", "lượt/ngày", "lượt khách bình quân xe buýt kết nối", approx="nearly",
      change=change("increase", 2.4, unit="lần", baseline="quý IV/2024"), period=Q1),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "lượng khách của ga Suối Tiên trên toàn tuyến metro", location=HCM),
    F("có 4 tuyến xe buýt", "4", 4, "count", "tuyến xe buýt", "tuyến xe buýt kết nối ga Suối Tiên"),
    F("tổng cộng 46 xe", "46", 46, "count", "xe", "xe buýt kết nối ga Suối Tiên"),
    F("15-20 phút/chuyến", "15", 15, "measure", "phút/chuyến", "tần suất xe buýt kết nối", value_max=20),
    F("chiếm 41%", "41", 41, "percent", "%", "tỷ trọng sản lượng của tuyến số 616"),
    F("từ 8.000 đến 15.000", "8.000", 8000, "money", "đồng/lượt", "giá vé xe buýt kết nối", value_max=15000),
    F("từ 70 tuổi", "70", 70, "measure", "tuổi", "độ tuổi được miễn vé", approx="at_least", optional=True),
    F("có 23 tuyến", "23", 23, "count", "tuyến xe buýt", "tuyến xe buýt hoạt động toàn tỉnh", period=Q1),
    F("ước đạt 2,95 triệu", "2,95", 2.95e6, "count", "lượt khách", "sản lượng xe buýt toàn tỉnh", status="estimate",
      change=change("increase", 16.3, baseline="cùng kỳ năm 2024"), percent=24.6, period=Q1),
    F("khoảng 29,5 km", "29,5", 29.5, "measure", "km", "chiều dài tuyến đường sắt đô thị Thủ Dầu Một - Suối Tiên", approx="about", status="forecast"),
    F("có 17 nhà ga", "17", 17, "count", "nhà ga", "nhà ga tuyến Thủ Dầu Một - Suối Tiên", status="forecast"),
    F("khoảng 60.900 tỷ", "60.900", 60900e9, "money", "đồng", "tổng mức đầu tư tuyến Thủ Dầu Một - Suối Tiên", approx="about", status="forecast"),
    F("bố trí 18.300 tỷ", "18.300", 18300e9, "money", "đồng", "vốn ngân sách tỉnh bố trí", total=60900e9, percent=30, status="forecast"),
    F("đạt 10-15%", "10", 10, "percent", "%", "tỷ lệ vận tải hành khách công cộng", value_max=15, status="target",
      period=period("đến năm 2030", None, "2030-12-31")),
    F("khoảng 3,2%", "3,2", 3.2, "percent", "%", "tỷ lệ vận tải hành khách công cộng hiện nay", approx="about"),
]
emit("p882-8", TEXT, NOTES, FIGS, published="2025-04-15", location="Bình Dương")
