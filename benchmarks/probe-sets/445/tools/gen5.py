from lib import *
NAME = 'p445-5'
TEXT = """Nghệ An: Căng mình chống "giặc lửa" giữa cao điểm nắng nóng
Thành Chung • 15/05/2024 06:45

(Baonghean.vn) - Những ngày này, nhiệt độ tại các huyện miền Tây Nghệ An lên tới 39 - 41 độ C, độ ẩm không khí có lúc xuống dưới 50%, cấp dự báo cháy rừng nhiều nơi ở cấp V - cấp cực kỳ nguy hiểm.

Theo Chi cục Kiểm lâm Nghệ An, từ đầu năm đến nay, toàn tỉnh xảy ra 5 vụ cháy rừng tại các huyện Quỳnh Lưu, Diễn Châu, Nghi Lộc và thị xã Hoàng Mai, làm thiệt hại 9,75 ha rừng, giảm 6,4 ha so với cùng kỳ năm 2023. Trong 5 vụ cháy, có 4 vụ do người dân đốt thực bì, đốt nương rẫy không đảm bảo an toàn, chiếm 80%.

Nghệ An hiện có hơn 1 triệu ha rừng, trong đó khoảng 190.000 ha rừng trồng thông, keo, bạch đàn thuộc loại dễ cháy; tỷ lệ che phủ rừng đạt 58,43%, đứng thứ ba cả nước.

Để chủ động ứng phó, tỉnh đã thành lập 1.384 tổ, đội PCCCR với hơn 20.000 người; xây dựng 68 chòi canh lửa dọc các tuyến Quốc lộ 48, 7A và đường Hồ Chí Minh; bố trí 225 điểm chốt chặn trong các tháng cao điểm. Năm 2024, tỉnh bố trí khoảng 15,6 tỷ đồng cho công tác phòng cháy, chữa cháy rừng, tăng 12% so với năm 2023.

Theo dự báo của Đài Khí tượng Thủy văn tỉnh, trong tháng 6/2024 sẽ có từ hai đến ba đợt nắng nóng gay gắt, mỗi đợt kéo dài 5-7 ngày. Ông Nguyễn Văn Thọ, Phó Chi cục trưởng Chi cục Kiểm lâm cho biết, đơn vị phấn đấu 100% vụ cháy được phát hiện và xử lý ngay từ giờ đầu, không để cháy lan trên diện rộng; diện tích thiệt hại do cháy cả năm không vượt quá 20 ha.

Người dân phát hiện cháy rừng báo ngay qua số 114 hoặc đường dây nóng của Chi cục Kiểm lâm 0238.3844.725.
"""
DN = P("từ đầu năm đến nay", "2024-01-01", "2024-05-15")
DNi = P("từ đầu năm đến nay", "2024-01-01", "2024-05-15", inherited=True)
FIGS = [
    F("39 - 41 độ C", "39", 39, "measure", "độ C", "nhiệt độ tại các huyện miền Tây", value_max=41),
    F("dưới 50%", "50", 50, "percent", "%", "độ ẩm không khí", approx="under"),
    F("xảy ra 5 vụ cháy rừng", "5", 5, "count", "vụ", "vụ cháy rừng", period=DN),
    F("thiệt hại 9,75 ha", "9,75", 9.75, "measure", "ha", "diện tích rừng bị thiệt hại",
      change=C("decrease", 6.4, "ha", "cùng kỳ năm 2023"), period=DN),
    F("Trong 5 vụ cháy", "5", 5, "count", "vụ", "vụ cháy rừng", optional=True),
    F("có 4 vụ", "4", 4, "count", "vụ", "vụ cháy do người dân đốt thực bì, đốt nương rẫy không đảm bảo an toàn",
      total=5, percent=80, period=DNi),
    F("hơn 1 triệu ha", "1", 1000000, "measure", "ha", "diện tích rừng", approx="over"),
    F("khoảng 190.000 ha", "190.000", 190000, "measure", "ha", "diện tích rừng trồng thông, keo, bạch đàn dễ cháy",
      approx="about", total=1000000),
    F("đạt 58,43%", "58,43", 58.43, "percent", "%", "tỷ lệ che phủ rừng"),
    F("đứng thứ ba cả nước", "ba", 3, "rank", "hạng", "tỷ lệ che phủ rừng"),
    F("thành lập 1.384 tổ", "1.384", 1384, "count", "tổ, đội PCCCR", "tổ, đội PCCCR được thành lập"),
    F("hơn 20.000 người", "20.000", 20000, "count", "người", "thành viên tổ, đội PCCCR", approx="over"),
    F("xây dựng 68 chòi", "68", 68, "count", "chòi canh lửa", "chòi canh lửa được xây dựng"),
    F("bố trí 225 điểm", "225", 225, "count", "điểm chốt chặn", "điểm chốt chặn trong các tháng cao điểm"),
    F("khoảng 15,6 tỷ đồng", "15,6", 15600000000, "money", "đồng", "kinh phí cho công tác phòng cháy, chữa cháy rừng",
      approx="about", change=C("increase", 12, "%", "năm 2023"), period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("từ hai đến ba đợt", "hai", 2, "count", "đợt nắng nóng", "đợt nắng nóng gay gắt", value_max=3, status="forecast",
      period=P("tháng 6/2024", "2024-06-01", "2024-06-30")),
    F("kéo dài 5-7 ngày", "5", 5, "measure", "ngày", "thời gian kéo dài mỗi đợt nắng nóng", value_max=7,
      status="forecast", optional=True),
    F("phấn đấu 100% vụ cháy", "100", 100, "percent", "%", "vụ cháy được phát hiện và xử lý ngay từ giờ đầu",
      status="target"),
    F("không vượt quá 20 ha", "20", 20, "measure", "ha", "diện tích thiệt hại do cháy", approx="at_most",
      status="target", period=P("cả năm", "2024-01-01", "2024-12-31")),
]
HEADER = """
Party newspaper (Báo Nghệ An, baonghean.vn): cao điểm nắng nóng, forest fires since the start of the year, forces, forecast, targets.
Dateline 'Thành Chung • 15/05/2024 06:45' (byline before the date). Distractors: fire-danger level 'cấp V', 'Quốc lộ 48, 7A',
'số 114' (emergency number), hotline 0238.3844.725, 'từ giờ đầu'.
'39 - 41 độ C' is a range (measure, unit độ C). 'từ đầu năm đến nay' runs 2024-01-01 to the dateline.
'Trong 5 vụ cháy, có 4 vụ …, chiếm 80%': 4 has total 5 and percent 80; the repeated 5 is optional.
'khoảng 190.000 ha' after 'trong đó' is part of 'hơn 1 triệu ha'. 'hiện có' stock figures: no period.
Forecast 'từ hai đến ba đợt' (number words): count 2, value_max 3, status forecast; 'mỗi đợt kéo dài 5-7 ngày' optional (duration-like).
'phấn đấu 100%', 'không vượt quá 20 ha' (at_most): status target; 'cả năm' = 2024.
"""
write(NAME, TEXT, FIGS, HEADER, published="2024-05-15", location="Nghệ An")
