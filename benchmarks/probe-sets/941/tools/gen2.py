"""p941-2: huyện Phù Mỹ (Bình Định) district portal — planting casuarina against blowing sand."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHÙ MỸ
Trang chủ / Tin hoạt động xã, thị trấn
Phù Mỹ ra quân trồng phi lao chắn cát ven biển
Thứ Ba, 14/11/2023 - 16:05

Sáng 13/11, tại thôn Xuân Bình Bắc, xã Mỹ Thắng, UBND huyện Phù Mỹ tổ chức ra quân trồng cây phi lao chắn cát bay đợt 2 năm 2023. Tham gia có hơn 300 người gồm cán bộ, đoàn viên, dân quân và người dân địa phương.

Trong đợt này, huyện trồng 35.000 cây phi lao trên diện tích 14 ha dọc bờ biển các xã Mỹ Thắng, Mỹ An và Mỹ Thọ. Cây giống do Ban quản lý rừng phòng hộ huyện cung ứng, cao từ 60 đến 80 cm.

Từ đầu năm đến nay, toàn huyện đã trồng 126 ha rừng phòng hộ ven biển, đạt 105% kế hoạch năm. Tỷ lệ cây sống đạt trên 85%. Hiện Phù Mỹ có 2.350 ha rừng phòng hộ ven biển, trải dài khoảng 28 km từ xã Mỹ Đức đến xã Mỹ Thành; độ che phủ rừng toàn huyện đạt 42,6%.

Theo UBND huyện, những năm trước tình trạng cát bay, cát nhảy đã vùi lấp khoảng 45 ha ruộng lúa, hoa màu và nhiều ngôi nhà ven tuyến ĐT.632. Nhờ các đai rừng phi lao, diện tích bị cát vùi lấp năm 2023 chỉ còn 8 ha, giảm 62% so với năm 2020.

Năm 2024, huyện đặt mục tiêu trồng 150 ha rừng phòng hộ, trong đó 40 ha trồng dặm, bổ sung các đai rừng bị gãy đổ sau bão. Kinh phí dự kiến khoảng 6,5 tỷ đồng từ nguồn vốn Chương trình mục tiêu phát triển lâm nghiệp bền vững.

Phó Chủ tịch UBND huyện đề nghị các xã giao khoán bảo vệ rừng đến từng hộ, xử lý nghiêm hành vi chặt phá phi lao, khai thác cát trái phép.

Văn Thành - Trung tâm VH-TT-TT huyện
Lượt xem: 512
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-11-14")
FIGS = [
    F("hơn 300 người", "300", 300, "count", "người", "người tham gia ra quân trồng cây", approx="over"),
    F("trồng 35.000 cây", "35.000", 35000, "count", "cây", "cây phi lao trồng trong đợt"),
    F("diện tích 14 ha", "14", 14, "measure", "ha", "diện tích trồng phi lao trong đợt"),
    F("từ 60 đến 80 cm", "60", 60, "measure", "cm", "chiều cao cây giống", value_max=80, optional=True),
    F("trồng 126 ha", "126", 126, "measure", "ha", "rừng phòng hộ ven biển trồng", percent=105, period=YTD),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ cây sống", approx="over", period=I(YTD)),
    F("có 2.350 ha", "2.350", 2350, "measure", "ha", "rừng phòng hộ ven biển"),
    F("khoảng 28 km", "28", 28, "measure", "km", "chiều dài dải rừng phòng hộ ven biển", approx="about"),
    F("đạt 42,6%", "42,6", 42.6, "percent", "%", "độ che phủ rừng toàn huyện"),
    F("khoảng 45 ha", "45", 45, "measure", "ha", "ruộng lúa, hoa màu bị cát bay, cát nhảy vùi lấp", approx="about"),
    F("còn 8 ha", "8", 8, "measure", "ha", "diện tích bị cát vùi lấp",
      change=C("decrease", 62, "%", "năm 2020"), period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("trồng 150 ha", "150", 150, "measure", "ha", "rừng phòng hộ trồng", status="target", period=Y24),
    F("40 ha trồng dặm", "40", 40, "measure", "ha", "rừng phòng hộ trồng dặm", total=150, status="target", period=Y24),
    F("khoảng 6,5 tỷ đồng", "6,5", 6.5e9, "money", "đồng", "kinh phí trồng rừng phòng hộ", approx="about",
      status="forecast", period=I(Y24)),
]
COMMENTS = [
    "Cổng TTĐT huyện Phù Mỹ (Bình Định): ra quân trồng phi lao chắn cát (đợt 2 năm 2023), results from the start of the year, 2024 targets.",
    "Every figure describes huyện Phù Mỹ (communes lie in it): location 'Phù Mỹ'. 'Thứ Ba, 14/11/2023 - 16:05' is the dateline.",
    "'đợt 2', 'Sáng 13/11', thôn Xuân Bình Bắc, ĐT.632, 'Lượt xem: 512' are not figures. Seedling height 60-80 cm is a specification (optional).",
    "'Từ đầu năm đến nay' ends at the dateline; the survival rate in the next sentence inherits it. 'Hiện' gives no period.",
    "'trồng 150 ha …, trong đó 40 ha trồng dặm' under 'đặt mục tiêu': both targets, 40 has total 150.",
]
write(2, TEXT, FIGS, COMMENTS, published="2023-11-14", location="Phù Mỹ")
