from lib import F, P, CH, TG, emit

TEXT = """Thời sự › Môi trường
Thứ bảy, 16/3/2024, 10:05 (GMT+7)

Làng gốm Bát Tràng "xanh hóa" lò nung

Sau nhiều năm chuyển đổi, 98% hộ sản xuất gốm ở Bát Tràng (huyện Gia Lâm, Hà Nội) đã thay lò than bằng lò gas, lò điện, giúp không khí làng nghề cải thiện rõ rệt.

Xã Bát Tràng hiện có khoảng 1.800 hộ làm gốm, trong đó hơn 1.000 hộ trực tiếp sản xuất, thu hút khoảng 5.000 lao động địa phương và thêm khoảng 3.000 lao động từ các tỉnh lân cận. Đến cuối năm 2023, toàn xã chỉ còn 12 lò than thủ công, giảm 45 lò so với năm 2020.

Theo kết quả quan trắc của Sở Tài nguyên và Môi trường Hà Nội, nồng độ bụi lơ lửng trung bình tại khu dân cư đã giảm từ 0,45 mg/m³ xuống còn 0,18 mg/m³, thấp hơn quy chuẩn cho phép (0,3 mg/m³). Mỗi lò gas có giá từ 250 đến 400 triệu đồng, nhưng tiết kiệm khoảng 30% chi phí nhiên liệu so với lò than.

Năm 2023, doanh thu từ sản xuất, kinh doanh gốm sứ của Bát Tràng đạt khoảng 1.500 tỷ đồng; xã đón hơn 900.000 lượt khách, trong đó khoảng 180.000 lượt khách quốc tế. Các xưởng trải nghiệm mở cửa từ 8h đến 17h30 hằng ngày, giá mỗi lượt nặn gốm từ 40.000 đến 80.000 đồng.

Theo ông Lê Văn Thắng, Chủ tịch UBND xã, mục tiêu đến năm 2030 Bát Tràng đón 1,5 triệu lượt khách, trở thành điểm du lịch làng nghề tiêu biểu của Thủ đô. "Năm nay, xã phấn đấu giảm thêm ít nhất 8 lò than", ông Thắng nói.

Võ Hải
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("98% hộ", "98", 98, "percent", "%", "hộ sản xuất gốm đã thay lò than bằng lò gas, lò điện"),
    F("khoảng 1.800 hộ", "1.800", 1800, "count", "hộ", "hộ làm gốm", approx="about"),
    F("hơn 1.000 hộ", "1.000", 1000, "count", "hộ", "hộ trực tiếp sản xuất", approx="over", total=1800),
    F("khoảng 5.000 lao động", "5.000", 5000, "count", "lao động", "lao động địa phương", approx="about"),
    F("khoảng 3.000 lao động", "3.000", 3000, "count", "lao động", "lao động từ các tỉnh lân cận", approx="about"),
    F("còn 12 lò than", "12", 12, "count", "lò than", "lò than thủ công", P("Đến cuối năm 2023", None, "2023-12-31"),
      change=CH("decrease", 45, "lò", "năm 2020")),
    F("từ 0,45 mg/m³", "0,45", 0.45, "measure", "mg/m³", "nồng độ bụi lơ lửng trung bình tại khu dân cư"),
    F("còn 0,18 mg/m³", "0,18", 0.18, "measure", "mg/m³", "nồng độ bụi lơ lửng trung bình tại khu dân cư"),
    F("(0,3 mg/m³)", "0,3", 0.3, "measure", "mg/m³", "quy chuẩn cho phép nồng độ bụi lơ lửng", optional=True),
    F("từ 250 đến 400 triệu", "250", 250e6, "money", "đồng", "giá mỗi lò gas", value_max=400e6),
    F("khoảng 30% chi phí", "30", 30, "percent", "%", "chi phí nhiên liệu tiết kiệm so với lò than", approx="about"),
    F("khoảng 1.500 tỷ đồng", "1.500", 1500e9, "money", "đồng", "doanh thu từ sản xuất, kinh doanh gốm sứ", Y23,
      approx="about"),
    F("hơn 900.000 lượt khách", "900.000", 900000, "count", "lượt khách", "lượt khách đến xã", Y23, approx="over"),
    F("khoảng 180.000 lượt khách", "180.000", 180000, "count", "lượt khách", "lượt khách quốc tế", Y23, approx="about",
      total=900000),
    F("từ 40.000 đến 80.000 đồng", "40.000", 40000, "money", "đồng", "giá mỗi lượt nặn gốm", value_max=80000),
    F("đón 1,5 triệu lượt khách", "1,5", 1.5e6, "count", "lượt khách", "lượt khách đến Bát Tràng",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
    F("ít nhất 8 lò than", "8", 8, "count", "lò than", "lò than giảm thêm", P("Năm nay", "2024-01-01", "2024-12-31"),
      approx="at_least", status="target"),
]

COMMENTS = [
    "National online press (Thời sự › Môi trường), 'Thứ bảy, 16/3/2024, 10:05 (GMT+7)': Bát Tràng (Gia Lâm, Hà Nội) kilns, dust, revenue, tourism.",
    "Bát Tràng is a commune → location Gia Lâm (district named). 'hơn 1.000 hộ' after 'trong đó' → total 1.800; 180.000 after 'trong đó' → 900.000.",
    "'còn 12 lò …, giảm 45 lò so với năm 2020' → change 45 lò. 'giảm từ 0,45 … xuống còn 0,18 mg/m³': both levels are figures, no change value stated.",
    "The regulation limit '(0,3 mg/m³)' is a threshold (optional). 'Năm nay' in a 2024 article = 2024. 'từ 8h đến 17h30' are times of day.",
    "'Đến cuối năm 2023' → end only. 'khoảng 30%' saving is a percent of its own. Byline at the end; a person's name is no figure.",
]

emit("p323-7", TEXT, COMMENTS, FIGS, published="2024-03-16", location="Gia Lâm")
