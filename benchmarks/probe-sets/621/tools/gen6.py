from lib import F, P, I, YEAR, CH, emit

TEXT = """Thứ hai, 26/2/2024, 07:00 (GMT+7)

Hơn 2,3 triệu lượt khách lên núi Bà Đen dịp Tết và rằm tháng Giêng

Tây Ninh - Từ mùng 1 đến hết rằm tháng Giêng, Khu du lịch quốc gia núi Bà Đen đón hơn 2,3 triệu lượt khách, gấp 1,4 lần cùng kỳ năm ngoái.

Theo Ban Quản lý Khu du lịch, riêng ngày rằm tháng Giêng (24/2) có khoảng 320.000 người đến lễ Phật, chiêm bái tượng Phật Bà Tây Bổ Đà Sơn. Hệ thống cáp treo gồm 3 tuyến hoạt động liên tục 20 giờ mỗi ngày, vận chuyển trung bình 75.000 khách/ngày, thời điểm cao nhất lên tới 110.000 khách/ngày.

Doanh thu du lịch của Tây Ninh trong tháng 2 ước đạt 1.250 tỷ đồng, tăng 35% so với cùng kỳ. Công suất phòng tại các khách sạn ở TP Tây Ninh và thị xã Hòa Thành đạt 90-95%.

Để phục vụ lễ hội, tỉnh huy động khoảng 2.000 cán bộ, chiến sĩ công an, quân sự, y tế. Lực lượng chức năng xử lý 126 trường hợp vi phạm giao thông trên đường 30/4 và Quốc lộ 22B, tạm giữ 41 xe máy; phát hiện 8 vụ móc túi, trộm cắp, bắt 12 đối tượng. Các trạm y tế khám, cấp cứu cho 583 lượt người, chủ yếu do tụt huyết áp, say nắng.

Núi Bà Đen cao 986 m, là ngọn núi cao nhất Nam Bộ. Năm 2023, khu du lịch đón 5,6 triệu lượt khách, xếp thứ 3 trong số các điểm đến tâm linh đông khách nhất cả nước. Năm nay, tỉnh phấn đấu đón 6,5 triệu lượt khách đến núi Bà Đen; riêng quý I/2024 dự kiến đạt 2,8 triệu lượt.

Viết Tuấn
"""

TET = P("Từ mùng 1 đến hết rằm tháng Giêng", "2024-02-10", "2024-02-24")
Y24 = YEAR(2024, "Năm nay")

FIGS = [
    F("Hơn 2,3 triệu", "2,3", 2.3e6, "count", "lượt khách", "lượt khách lên núi Bà Đen dịp Tết và rằm tháng Giêng",
      I(TET), approx="over"),
    F("đón hơn 2,3 triệu", "2,3", 2.3e6, "count", "lượt khách", "lượt khách đến Khu du lịch quốc gia núi Bà Đen",
      TET, approx="over", change=CH("increase", 1.4, "lần", "cùng kỳ năm ngoái")),
    F("khoảng 320.000 người", "320.000", 320000, "count", "người", "người đến lễ Phật ngày rằm tháng Giêng",
      P("ngày rằm tháng Giêng (24/2)", "2024-02-24", "2024-02-24"), approx="about"),
    F("gồm 3 tuyến", "3", 3, "count", "tuyến", "tuyến cáp treo"),
    F("liên tục 20 giờ", "20", 20, "measure", "giờ", "thời gian hoạt động cáp treo mỗi ngày", optional=True),
    F("trung bình 75.000 khách/ngày", "75.000", 75000, "measure", "khách/ngày",
      "lượng khách cáp treo vận chuyển trung bình"),
    F("tới 110.000 khách/ngày", "110.000", 110000, "measure", "khách/ngày",
      "lượng khách cáp treo vận chuyển thời điểm cao nhất"),
    F("ước đạt 1.250 tỷ", "1.250", 1250e9, "money", "đồng", "Doanh thu du lịch", P("trong tháng 2", "2024-02-01", "2024-02-29"),
      status="estimate", change=CH("increase", 35, "%", "cùng kỳ")),
    F("đạt 90-95%", "90", 90, "percent", "%", "Công suất phòng tại các khách sạn ở TP Tây Ninh và thị xã Hòa Thành",
      value_max=95),
    F("khoảng 2.000 cán bộ", "2.000", 2000, "count", "cán bộ, chiến sĩ",
      "cán bộ, chiến sĩ công an, quân sự, y tế huy động phục vụ lễ hội", approx="about"),
    F("xử lý 126 trường hợp", "126", 126, "count", "trường hợp", "trường hợp vi phạm giao thông bị xử lý"),
    F("tạm giữ 41 xe", "41", 41, "count", "xe máy", "xe máy tạm giữ"),
    F("phát hiện 8 vụ", "8", 8, "count", "vụ", "vụ móc túi, trộm cắp phát hiện"),
    F("bắt 12 đối tượng", "12", 12, "count", "đối tượng", "đối tượng bị bắt"),
    F("cho 583 lượt", "583", 583, "count", "lượt người", "lượt người được khám, cấp cứu"),
    F("cao 986 m", "986", 986, "measure", "m", "độ cao núi Bà Đen"),
    F("đón 5,6 triệu", "5,6", 5.6e6, "count", "lượt khách", "lượt khách đến khu du lịch", YEAR(2023, "Năm 2023")),
    F("xếp thứ 3", "3", 3, "rank", "hạng", "điểm đến tâm linh đông khách nhất cả nước", YEAR(2023, "Năm 2023")),
    F("đón 6,5 triệu", "6,5", 6.5e6, "count", "lượt khách", "lượt khách đến núi Bà Đen", Y24, status="target"),
    F("đạt 2,8 triệu", "2,8", 2.8e6, "count", "lượt", "lượt khách đến núi Bà Đen quý I/2024",
      P("quý I/2024", "2024-01-01", "2024-03-31"), status="forecast"),
]

emit("p621-6", TEXT, [
    "National press (VnExpress style, 'Thứ hai, 26/2/2024, 07:00 (GMT+7)'): núi Bà Đen (Tây Ninh) in Tết and rằm tháng Giêng 2024.",
    "Not figures: '(GMT+7)', '07:00', 'mùng 1', 'rằm', 'đường 30/4', 'Quốc lộ 22B'. '20 giờ mỗi ngày' (operating hours) is optional.",
    "Lunar period 'Từ mùng 1 đến hết rằm tháng Giêng' (Giáp Thìn) = 2024-02-10 … 2024-02-24; 'Năm nay' = 2024 (dateline).",
    "'gấp 1,4 lần cùng kỳ năm ngoái' after 2,3 triệu is its change (lần). Per-day loads 'khách/ngày' are rates (measure).",
    "'xếp thứ 3 trong số các điểm đến tâm linh…' is a rank of the Tây Ninh site; everything is located in Tây Ninh.",
], FIGS, published="2024-02-26", location="Tây Ninh")
