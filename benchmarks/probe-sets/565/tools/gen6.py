from lib import *

TEXT = """Thời sự

Thứ năm, 19/9/2024, 06:30 (GMT+7)

128 sự cố đê điều sau bão số 3

Mưa lũ sau bão số 3 gây 128 sự cố trên các tuyến đê của 12 tỉnh, thành phía Bắc, trong đó 36 sự cố trên đê từ cấp III trở lên, theo Cục Quản lý đê điều và Phòng, chống thiên tai.

Các sự cố chủ yếu là sạt trượt mái đê, thẩm lậu, đùn sủi và hư hỏng cống qua đê, tập trung trên hệ thống sông Hồng, sông Thái Bình. Nhiều nhất là Hà Nội với 47 sự cố, tiếp đến Phú Thọ 22, Bắc Giang 18 và Thái Nguyên 15.

Đỉnh lũ sông Hồng tại trạm Hà Nội chiều 11/9 lên 9,3 m, trên báo động 2 là 0,3 m; sông Thao tại Yên Bái đạt 34,92 m, vượt lũ lịch sử năm 1968 khoảng 0,5 m. Hơn 95.000 người đã được huy động ứng trực hộ đê, lúc cao điểm lên tới gần 130.000 người.

Ông Phạm Đức Luận, Cục trưởng, cho biết đến sáng 18/9 đã xử lý xong 104 sự cố, đạt 81%; 24 sự cố còn lại đang được các địa phương khắc phục. Kinh phí xử lý khẩn cấp ước khoảng 1.800 tỷ đồng. Các địa phương đề nghị Trung ương hỗ trợ 1.150 tỷ đồng.

Thủ tướng đã quyết định xuất cấp 200.000 bao tải, 20.000 m2 vải địa kỹ thuật và 50 bộ phao cứu sinh từ kho dự trữ quốc gia cho 5 tỉnh bị ảnh hưởng nặng nhất. Trước đó, bão số 3 đổ bộ vào Quảng Ninh trưa 7/9 với sức gió mạnh nhất trên đất liền 45 m/s.

Gia Chính
"""

ASOF = P("đến sáng 18/9", None, "2024-09-18")

FIGS = [
    F("128 sự cố đê điều sau", "128", 128, "count", "sự cố", "sự cố đê điều sau bão số 3"),
    F("gây 128 sự cố", "128", 128, "count", "sự cố", "sự cố trên các tuyến đê do mưa lũ sau bão số 3"),
    F("của 12 tỉnh", "12", 12, "count", "tỉnh, thành", "tỉnh, thành phía Bắc có sự cố đê điều"),
    F("trong đó 36 sự cố", "36", 36, "count", "sự cố", "sự cố trên đê từ cấp III trở lên", total=128),
    F("Hà Nội với 47 sự cố", "47", 47, "count", "sự cố", "sự cố đê điều", location="Hà Nội"),
    F("Phú Thọ 22", "22", 22, "count", "sự cố", "sự cố đê điều", location="Phú Thọ"),
    F("Bắc Giang 18", "18", 18, "count", "sự cố", "sự cố đê điều", location="Bắc Giang"),
    F("Thái Nguyên 15", "15", 15, "count", "sự cố", "sự cố đê điều", location="Thái Nguyên"),
    F("lên 9,3 m", "9,3", 9.3, "measure", "m", "đỉnh lũ sông Hồng tại trạm Hà Nội",
      change=CH("increase", 0.3, "m", baseline="báo động 2"), location="Hà Nội"),
    F("đạt 34,92 m", "34,92", 34.92, "measure", "m", "đỉnh lũ sông Thao tại Yên Bái",
      change=CH("increase", 0.5, "m", baseline="lũ lịch sử năm 1968", approx="about"), location="Yên Bái"),
    F("Hơn 95.000 người", "95.000", 95000, "count", "người", "người được huy động ứng trực hộ đê", approx="over"),
    F("gần 130.000 người", "130.000", 130000, "count", "người", "người ứng trực hộ đê lúc cao điểm", approx="nearly"),
    F("xử lý xong 104 sự cố", "104", 104, "count", "sự cố", "sự cố đã xử lý xong", ASOF, percent=81),
    F("24 sự cố còn lại", "24", 24, "count", "sự cố", "sự cố còn lại đang được khắc phục", ASOF),
    F("ước khoảng 1.800 tỷ đồng", "1.800", 1_800_000_000_000, "money", "đồng", "kinh phí xử lý khẩn cấp",
      approx="about", status="estimate"),
    F("hỗ trợ 1.150 tỷ đồng", "1.150", 1_150_000_000_000, "money", "đồng", "kinh phí các địa phương đề nghị Trung ương hỗ trợ"),
    F("xuất cấp 200.000 bao tải", "200.000", 200000, "count", "bao tải", "bao tải xuất cấp từ kho dự trữ quốc gia"),
    F("20.000 m2", "20.000", 20000, "measure", "m2", "vải địa kỹ thuật xuất cấp"),
    F("50 bộ phao", "50", 50, "count", "bộ phao cứu sinh", "phao cứu sinh xuất cấp"),
    F("cho 5 tỉnh", "5", 5, "count", "tỉnh", "tỉnh bị ảnh hưởng nặng nhất được xuất cấp vật tư"),
    F("45 m/s", "45", 45, "measure", "m/s", "sức gió mạnh nhất trên đất liền của bão số 3", location="Quảng Ninh"),
]

COMMENTS = [
    "National press, 'Thứ năm, 19/9/2024, 06:30 (GMT+7)', byline at the end: dike incidents in the North after storm no. 3.",
    "Not figures: 'bão số 3' (name), 'báo động 2' (alarm level name), 'cấp III', năm 1968, dates 11/9, 18/9, 7/9, (GMT+7).",
    "'trên báo động 2 là 0,3 m' and 'vượt lũ lịch sử năm 1968 khoảng 0,5 m' are gaps of the flood peak to a reference level:",
    "change attributes of 9,3 m and 34,92 m (unit m), not figures; 'trên' there is not approx. 'Hà Nội với 47, Phú Thọ 22 …' is a",
    "list sharing the indicator 'sự cố' (locations, no total). National counts and totals are Việt Nam; the flood peaks are the",
    "places of their gauges. 'đạt 81%' is the share of the 104 incidents. The daily peaks (chiều 11/9) get no period.",
    "'đề nghị Trung ương hỗ trợ 1.150 tỷ' stands in its own sentence after the 'ước' sentence: actual.",
]

emit("p565-6", TEXT, COMMENTS, FIGS, published="2024-09-19", location="Việt Nam")
