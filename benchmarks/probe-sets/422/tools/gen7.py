from lib import F, P, C, T, write

TEXT = """
Gia Lai: Gần 300 ha rừng bị cháy từ đầu mùa khô

HOÀNG NGỌC 15:10, 03/04/2024

(GLO)- Từ ngày 1/11/2023 đến nay, trên địa bàn tỉnh đã xảy ra 24 vụ cháy rừng, làm thiệt hại 291,6 ha, tăng 7 vụ và tăng 112,4 ha so với cùng kỳ mùa khô trước. Trong đó, rừng trồng bị cháy 238,9 ha, rừng tự nhiên 52,7 ha (chủ yếu là thảm mục dưới tán rừng khộp).

Các địa phương có diện tích rừng bị cháy lớn là huyện Ia Grai 84,5 ha, huyện Chư Păh 61,2 ha, huyện Kbang 47 ha và thị xã Ayun Pa 33,8 ha. Nguyên nhân chủ yếu do người dân đốt dọn thực bì, đốt nương rẫy không kiểm soát; cơ quan chức năng đã khởi tố 2 vụ, xử phạt vi phạm hành chính 9 trường hợp với tổng số tiền gần 115 triệu đồng.

Theo Chi cục Kiểm lâm, toàn tỉnh hiện có 635.421 ha rừng, trong đó khoảng 190.000 ha là rừng khộp, rừng trồng thông và keo dễ cháy, chiếm gần 30%. Dự báo từ nay đến hết tháng 5/2024, nắng nóng tiếp tục gay gắt, nhiệt độ cao nhất phổ biến 36-38 độ C, độ ẩm không khí có nơi dưới 40%; nhiều khu vực có nguy cơ cháy rừng ở cấp IV, cấp V.

Để chủ động ứng phó, tỉnh đã thành lập 220 tổ, đội xung kích bảo vệ rừng với hơn 3.600 người; bố trí 126 chòi canh lửa, trong đó 35 chòi được lắp camera giám sát. Kinh phí cho công tác phòng cháy, chữa cháy rừng năm 2024 là 12,5 tỷ đồng, tăng 18% so với năm 2023.

Phó Chủ tịch UBND tỉnh Dương Mah Tiệp yêu cầu các địa phương duy trì trực 24/24 giờ, phát hiện sớm và dập tắt đám cháy ngay từ giờ đầu, không để cháy lan trên diện rộng.
"""

S = P("Từ ngày 1/11/2023 đến nay", "2023-11-01", "2024-04-03")
Si = P("Từ ngày 1/11/2023 đến nay", "2023-11-01", "2024-04-03", inherited=True)
FC = P("từ nay đến hết tháng 5/2024", "2024-04-03", "2024-05-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Gần 300 ha", "300", 300, "measure", "ha", "rừng bị cháy", approx="nearly"),
    F("xảy ra 24 vụ cháy rừng", "24", 24, "count", "vụ cháy rừng", "vụ cháy rừng",
      change=C("increase", 7, "vụ", "cùng kỳ mùa khô trước"), period=S),
    F("thiệt hại 291,6 ha", "291,6", 291.6, "measure", "ha", "diện tích rừng bị thiệt hại",
      change=C("increase", 112.4, "ha", "cùng kỳ mùa khô trước"), period=S),
    F("cháy 238,9 ha", "238,9", 238.9, "measure", "ha", "rừng trồng bị cháy", total=291.6, period=Si),
    F("tự nhiên 52,7 ha", "52,7", 52.7, "measure", "ha", "rừng tự nhiên bị cháy", total=291.6, period=Si),
    F("Ia Grai 84,5 ha", "84,5", 84.5, "measure", "ha", "diện tích rừng bị cháy", location="Ia Grai", period=Si),
    F("Chư Păh 61,2 ha", "61,2", 61.2, "measure", "ha", "diện tích rừng bị cháy", location="Chư Păh", period=Si),
    F("Kbang 47 ha", "47", 47, "measure", "ha", "diện tích rừng bị cháy", location="Kbang", period=Si),
    F("Ayun Pa 33,8 ha", "33,8", 33.8, "measure", "ha", "diện tích rừng bị cháy", location="Ayun Pa", period=Si),
    F("khởi tố 2 vụ", "2", 2, "count", "vụ", "vụ bị khởi tố", period=Si),
    F("hành chính 9 trường hợp", "9", 9, "count", "trường hợp", "trường hợp bị xử phạt vi phạm hành chính", period=Si),
    F("gần 115 triệu đồng", "115", 115000000, "money", "đồng", "tổng số tiền xử phạt", approx="nearly", period=Si),
    F("có 635.421 ha rừng", "635.421", 635421, "measure", "ha", "diện tích rừng toàn tỉnh"),
    F("khoảng 190.000 ha", "190.000", 190000, "measure", "ha", "rừng khộp, rừng trồng thông và keo dễ cháy",
      approx="about", total=635421, percent=30),
    F("phổ biến 36-38 độ C", "36", 36, "measure", "độ C", "nhiệt độ cao nhất", value_max=38,
      status="forecast", period=FC),
    F("có nơi dưới 40%", "40", 40, "percent", "%", "độ ẩm không khí", approx="under", status="forecast", period=FC),
    F("thành lập 220 tổ", "220", 220, "count", "tổ, đội", "tổ, đội xung kích bảo vệ rừng"),
    F("hơn 3.600 người", "3.600", 3600, "count", "người", "người tham gia tổ, đội xung kích bảo vệ rừng", approx="over"),
    F("bố trí 126 chòi", "126", 126, "count", "chòi canh lửa", "chòi canh lửa"),
    F("trong đó 35 chòi", "35", 35, "count", "chòi", "chòi canh lửa được lắp camera giám sát", total=126),
    F("là 12,5 tỷ đồng", "12,5", 12500000000, "money", "đồng", "kinh phí cho công tác phòng cháy, chữa cháy rừng",
      change=C("increase", 18, "%", "năm 2023"), period=Y24),
]

write(7, TEXT, [
    "Báo Gia Lai (provincial paper, '(GLO)-' tag implies Gia Lai): forest fires since the start of the dry season; byline-then-time dateline",
    "'HOÀNG NGỌC 15:10, 03/04/2024'. 'Từ ngày 1/11/2023 đến nay' runs to the dateline. Two changes after two figures ('tăng 7 vụ và tăng 112,4 ha')",
    "each attach to their own figure. Parts after 'Trong đó' take total 291,6 ha; district list items take their district as location.",
    "'khoảng 190.000 ha …, chiếm gần 30%' → total 635.421 and percent 30 (the 'gần' qualifies the share; percent attribute has no approx).",
    "'Dự báo từ nay đến hết tháng 5/2024' → forecast figures ('36-38 độ C' range, 'dưới 40%'), period from the dateline to 2024-05-31.",
    "Distractors: 'cấp IV, cấp V' (fire danger levels), '24/24 giờ', 'từ giờ đầu', person's name, title without period.",
], FIGS, published="2024-04-03", location="Gia Lai")
