"""p1091-8: Báo Quảng Ninh online, headline figure, '(BQN) -' tag: foreign arrivals 5 months 2025."""
from lib import F, P, I, C, T, write

TEXT = """Quảng Ninh: 5 tháng đón gần 1,1 triệu lượt khách quốc tế

Cập nhật lúc 15:40, Thứ Ba, 03/06/2025

(BQN) - 5 tháng đầu năm 2025, toàn tỉnh đón 1,08 triệu lượt khách quốc tế, tăng 36% so với cùng kỳ, chiếm 14% tổng lượt khách du lịch đến tỉnh. Tổng thu từ du lịch ước đạt 19.870 tỷ đồng, tăng 22% so với cùng kỳ.

TP Móng Cái đón 612.000 lượt khách nước ngoài qua Cửa khẩu quốc tế Móng Cái và cầu Bắc Luân II, trong đó khách Trung Quốc chiếm 94%; khách đi tour trong ngày chiếm khoảng 70%. Cũng qua cửa khẩu này có 4.860 lượt khách nước thứ ba nhập cảnh bằng thị thực điện tử, tăng 128% so với cùng kỳ.

Cảng hàng không quốc tế Vân Đồn (huyện Vân Đồn) đón 86 chuyến bay quốc tế với 14.300 lượt hành khách, chủ yếu từ Seoul, Busan (Hàn Quốc) và Thượng Hải (Trung Quốc). Cảng tàu khách quốc tế Hạ Long (TP Hạ Long) đón 21 chuyến tàu biển quốc tế với hơn 25.000 lượt khách, tăng hai chuyến so với cùng kỳ.

Chi tiêu bình quân của khách quốc tế lưu trú ước đạt 2,3 triệu đồng/người/ngày, thời gian lưu trú bình quân 2,1 ngày. Để giữ chân khách, nhiều điểm đến dọc Quốc lộ 18 đã kéo dài giờ mở cửa đến 22 giờ.

Năm 2025, tỉnh phấn đấu đón 3,5 triệu lượt khách quốc tế; dự kiến từ tháng 7 sẽ mở thêm hai đường bay quốc tế từ Vân Đồn đi Quảng Châu và Tokyo.

Thu Trang
"""

P5 = P("5 tháng đầu năm 2025", "2025-01-01", "2025-05-31")
I5 = I(P5)

FIGS = [
    F("gần 1,1 triệu lượt", "1,1", 1_100_000, "count", "lượt khách", "khách quốc tế",
      P("5 tháng", "2025-01-01", "2025-05-31"), approx="nearly"),
    F("đón 1,08 triệu lượt", "1,08", 1_080_000, "count", "lượt khách", "khách quốc tế", P5,
      percent=14, change=C("increase", 36, baseline="cùng kỳ")),
    F("ước đạt 19.870 tỷ đồng", "19.870", 19_870_000_000_000, "money", "đồng", "tổng thu từ du lịch", I5,
      change=C("increase", 22, baseline="cùng kỳ"), status="estimate"),
    F("đón 612.000 lượt", "612.000", 612000, "count", "lượt khách", "khách nước ngoài qua Cửa khẩu quốc tế Móng Cái", I5,
      location="Móng Cái"),
    F("chiếm 94%", "94", 94, "percent", "%", "tỷ lệ khách Trung Quốc", I5, location="Móng Cái"),
    F("khoảng 70%", "70", 70, "percent", "%", "tỷ lệ khách đi tour trong ngày", I5, approx="about", location="Móng Cái"),
    F("có 4.860 lượt", "4.860", 4860, "count", "lượt khách", "khách nước thứ ba nhập cảnh bằng thị thực điện tử", I5,
      change=C("increase", 128, baseline="cùng kỳ"), location="Móng Cái"),
    F("đón 86 chuyến bay", "86", 86, "count", "chuyến bay", "chuyến bay quốc tế đến Cảng hàng không quốc tế Vân Đồn", I5,
      location="Vân Đồn"),
    F("với 14.300 lượt", "14.300", 14300, "count", "lượt hành khách", "hành khách quốc tế qua Cảng hàng không quốc tế Vân Đồn", I5,
      location="Vân Đồn"),
    F("đón 21 chuyến", "21", 21, "count", "chuyến tàu biển", "tàu biển quốc tế đến Cảng tàu khách quốc tế Hạ Long", I5,
      change=C("increase", 2, unit="chuyến", baseline="cùng kỳ"), location="Hạ Long"),
    F("hơn 25.000 lượt", "25.000", 25000, "count", "lượt khách", "khách đi tàu biển quốc tế đến Hạ Long", I5,
      approx="over", location="Hạ Long"),
    F("ước đạt 2,3 triệu đồng", "2,3", 2_300_000, "money", "đồng/người/ngày", "chi tiêu bình quân của khách quốc tế lưu trú",
      status="estimate"),
    F("bình quân 2,1 ngày", "2,1", 2.1, "measure", "ngày", "thời gian lưu trú bình quân của khách quốc tế",
      status="estimate"),
    F("đón 3,5 triệu lượt", "3,5", 3_500_000, "count", "lượt khách", "khách quốc tế",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
    F("thêm hai đường bay", "hai", 2, "count", "đường bay", "đường bay quốc tế mới từ Vân Đồn", status="forecast"),
]

NOTES = [
    "Provincial newspaper online (Báo Quảng Ninh style): headline figure, 'Cập nhật lúc 15:40, Thứ Ba, 03/06/2025', '(BQN) -' tag: foreign arrivals 5 months 2025.",
    "Distractors: time/weekday, 'cầu Bắc Luân II', 'khách nước thứ ba' (ordinal word), 'Quốc lộ 18', 'đến 22 giờ' (time of day), 'từ tháng 7' (schedule).",
    "Headline 'gần 1,1 triệu' and body '1,08 triệu' are two figures. Locations: 'TP Móng Cái', '(huyện Vân Đồn)', '(TP Hạ Long)' name the district-level unit; the rest is Quảng Ninh.",
    "'94%' and 'khoảng 70%' are shares with no base count: percent figures. 'tăng hai chuyến so với cùng kỳ' is the change of 21 chuyến (same unit), not of 25.000 lượt khách.",
    "'thời gian lưu trú bình quân 2,1 ngày' is a verbless clause continuing 'ước đạt': estimate (revised after the first run).",
    "'hai đường bay' (number word) under 'dự kiến' is a forecast; 'từ tháng 7' is an onset, not a period of the count, so no period.",
]

write("p1091-8", TEXT, FIGS, NOTES, published="2025-06-03", location="Quảng Ninh")
