"""p864-5: Báo Đắk Lắk (Party paper), the provincial stadium awaiting renovation, byline + bare date at the end."""
from lib import F, write, period, year, asof, change, target

TEXT = """Sân vận động tỉnh chờ ngày "thay áo mới"

Được xây dựng từ năm 1985 và nâng cấp lần gần nhất vào năm 2008, Sân vận động tỉnh Đắk Lắk tại số 4 đường Lê Duẩn hiện có sức chứa khoảng 18.000 chỗ ngồi. Sau gần 15 năm khai thác, nhiều hạng mục của sân đã xuống cấp nghiêm trọng.

Theo khảo sát của Sở Văn hóa, Thể thao và Du lịch, khoảng 60% số ghế trên khán đài B và khán đài C bị hư hỏng; hệ thống đèn chỉ đạt độ rọi trung bình 800 lux, thấp hơn nhiều so với mức 1.200 lux theo quy định để tổ chức các trận đấu truyền hình trực tiếp. Mặt sân cỏ rộng khoảng 7.140 m2 thường xuyên bị ngập úng sau các trận mưa lớn.

Mùa giải 2023, các trận đấu trên sân thu hút trung bình 6.500 khán giả/trận, cao nhất 14.000 khán giả ở trận gặp Bình Phước tại vòng 5. Giá vé phổ biến từ 30.000 đến 50.000 đồng/vé.

Ngày 16/6, UBND tỉnh đã phê duyệt chủ trương cải tạo, nâng cấp sân với tổng mức đầu tư dự kiến 126 tỷ đồng, trong đó ngân sách tỉnh 90 tỷ đồng, còn lại huy động từ nguồn xã hội hóa. Theo kế hoạch, công trình sẽ khởi công trong quý IV/2023, hoàn thành sau 18 tháng, nâng sức chứa lên 20.000 chỗ ngồi, thay mới toàn bộ 12.500 ghế nhựa và lắp hệ thống đèn đạt độ rọi 1.600 lux.

Ông Y Ngông Niê, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch cho biết, ngoài sân vận động, tỉnh còn 9/15 huyện, thị xã, thành phố chưa có nhà thi đấu đa năng đạt chuẩn; phấn đấu đến năm 2025 có thêm 3 nhà thi đấu cấp huyện.

HOÀNG ANH
18/06/2023
"""

S23 = year("Mùa giải 2023", 2023)

FIGS = [
    F("khoảng 18.000 chỗ ngồi", "18.000", 18000, "count", "chỗ ngồi", "sức chứa Sân vận động tỉnh Đắk Lắk", approx="about"),
    F("gần 15 năm", "15", 15, "measure", "năm", "thời gian khai thác sân", approx="nearly", optional=True),
    F("khoảng 60% số ghế", "60", 60, "percent", "%", "ghế trên khán đài B và khán đài C bị hư hỏng", approx="about"),
    F("trung bình 800 lux", "800", 800, "measure", "lux", "độ rọi trung bình hệ thống đèn"),
    F("mức 1.200 lux", "1.200", 1200, "measure", "lux", "độ rọi theo quy định để tổ chức các trận đấu truyền hình trực tiếp", optional=True),
    F("khoảng 7.140 m2", "7.140", 7140, "measure", "m2", "diện tích mặt sân cỏ", approx="about"),
    F("trung bình 6.500 khán giả/trận", "6.500", 6500, "measure", "khán giả/trận", "khán giả trung bình các trận đấu trên sân", period=S23),
    F("cao nhất 14.000 khán giả", "14.000", 14000, "count", "khán giả", "khán giả cao nhất một trận", period=S23),
    F("từ 30.000 đến 50.000", "30.000", 30000, "money", "đồng/vé", "giá vé phổ biến", value_max=50000,
      period={**S23, "inherited": True}),
    F("dự kiến 126 tỷ đồng", "126", 126e9, "money", "đồng", "tổng mức đầu tư cải tạo, nâng cấp sân", status="forecast"),
    F("ngân sách tỉnh 90 tỷ đồng", "90", 90e9, "money", "đồng", "ngân sách tỉnh", total=126e9, status="forecast"),
    F("sau 18 tháng", "18", 18, "measure", "tháng", "thời gian thi công công trình", status="target"),
    F("lên 20.000 chỗ ngồi", "20.000", 20000, "count", "chỗ ngồi", "sức chứa sân sau nâng cấp", status="target"),
    F("toàn bộ 12.500 ghế nhựa", "12.500", 12500, "count", "ghế nhựa", "ghế nhựa thay mới", status="target"),
    F("độ rọi 1.600 lux", "1.600", 1600, "measure", "lux", "độ rọi hệ thống đèn lắp mới", status="target"),
    F("còn 9/15 huyện", "9", 9, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố chưa có nhà thi đấu đa năng đạt chuẩn",
      total=15),
    F("thêm 3 nhà thi đấu", "3", 3, "count", "nhà thi đấu", "nhà thi đấu cấp huyện có thêm", status="target",
      period=asof("đến năm 2025", "2025-12-31")),
]

COMMENTS = [
    "Báo Đắk Lắk: the provincial stadium (built 1985, last upgraded 2008) is run down; 2023 attendance; renovation plan. Byline and bare date at the end.",
    "Location Đắk Lắk throughout: 'trận gặp Bình Phước' names the opponent, not a place of the figure.",
    "Optional: 'gần 15 năm' (time in use, close to a period) and 'mức 1.200 lux theo quy định' (a regulatory threshold).",
    "'thấp hơn nhiều so với mức 1.200 lux' gives no change value. 'Mùa giải 2023' is read as the year 2023.",
    "126 tỷ and its part 90 tỷ are forecasts (dự kiến); 'Theo kế hoạch, ...' makes 18 tháng, 20.000, 12.500, 1.600 lux targets;",
    "'quý IV/2023' is the start of works, not their period. Not figures: 'năm 1985', 'năm 2008', 'số 4 đường Lê Duẩn', 'khán đài B/C',",
    "'vòng 5', 'Ngày 16/6', '18/06/2023'.",
]

write("p864-5", TEXT, FIGS, COMMENTS, published="2023-06-18", location="Đắk Lắk")
