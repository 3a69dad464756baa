from lib import F, P, build

TEXT = """Thời sự
Thứ bảy, 27/4/2024, 14:30 (GMT+7)

16 tỉnh có nguy cơ cháy rừng ở cấp cực kỳ nguy hiểm

Nắng nóng kéo dài khiến nguy cơ cháy rừng tại nhiều địa phương lên cấp V, Cục Kiểm lâm đề nghị các tỉnh trực chiến 24 giờ tại các khu rừng trọng điểm.

Theo Cục Kiểm lâm (Bộ Nông nghiệp và Phát triển nông thôn), tính đến chiều 26/4, cả nước có 16 tỉnh, thành phố đang ở cấp dự báo cháy rừng cấp V (cực kỳ nguy hiểm) và 11 tỉnh ở cấp IV (nguy hiểm), tập trung ở Tây Bắc, Bắc Trung Bộ và Tây Nguyên.

Tại Hà Tĩnh, nhiệt độ cao nhất phổ biến 39-41 độ C, có nơi trên 42 độ C như Hương Khê; độ ẩm không khí thấp nhất xuống dưới 45%. Tỉnh đã huy động gần 2.000 người, 2 trực thăng Mi-171 của Quân đoàn 4 hỗ trợ dập lửa tại huyện Hương Khê.

Từ đầu năm đến nay, cả nước xảy ra 158 vụ cháy rừng, làm thiệt hại khoảng 412 ha rừng, tăng 1,8 lần so với cùng kỳ năm 2023. Trong đó, riêng tháng 4/2024 xảy ra 61 vụ, chiếm gần 39% tổng số vụ.

Ông Trần Quang Bảo, Cục trưởng Cục Kiểm lâm, cho biết trung bình mỗi năm cả nước mất từ 1.000 đến 3.000 ha rừng do cháy; riêng đợt nắng nóng năm 2019, khoảng 1.200 ha rừng bị thiệt hại chỉ trong hai tuần.

Thực hiện Công điện số 38/CĐ-TTg của Thủ tướng, các địa phương phải bảo đảm 100% diện tích rừng trọng điểm có lực lượng tuần tra thường xuyên, xử lý nghiêm người đốt nương rẫy trái phép. Khi phát hiện cháy rừng, người dân gọi ngay số 114 hoặc báo cho Hạt Kiểm lâm sở tại.

Dự báo từ nay đến giữa tháng 5, nắng nóng tiếp tục xảy ra trên diện rộng, có thể thêm 5-7 tỉnh chuyển lên cấp V.

Gia Chính
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-04-27")
AS = P("tính đến chiều 26/4", None, "2024-04-26")

FIGS = [
    F("16 tỉnh có nguy cơ", "16", 16, "count", "tỉnh", "tỉnh có nguy cơ cháy rừng ở cấp cực kỳ nguy hiểm"),
    F("trực chiến 24 giờ", "24", 24, "measure", "giờ", optional=True),
    F("nước có 16 tỉnh, thành phố", "16", 16, "count", "tỉnh, thành phố", "tỉnh, thành phố ở cấp dự báo cháy rừng cấp V",
      period=AS),
    F("và 11 tỉnh ở cấp IV", "11", 11, "count", "tỉnh", "tỉnh ở cấp dự báo cháy rừng cấp IV", period=AS),
    F("phổ biến 39-41 độ C", "39", 39, "measure", "độ C", "nhiệt độ cao nhất", value_max=41, location="Hà Tĩnh"),
    F("trên 42 độ C", "42", 42, "measure", "độ C", "nhiệt độ cao nhất", approx="over", location="Hương Khê"),
    F("dưới 45%", "45", 45, "percent", "%", "độ ẩm không khí thấp nhất", approx="under", location="Hà Tĩnh"),
    F("gần 2.000 người", "2.000", 2000, "count", "người", "người huy động dập lửa", approx="nearly", location="Hà Tĩnh"),
    F("2 trực thăng", "2", 2, "count", "trực thăng", "trực thăng hỗ trợ dập lửa", location="Hà Tĩnh"),
    F("xảy ra 158 vụ", "158", 158, "count", "vụ", "vụ cháy rừng", period=YTD),
    F("khoảng 412 ha", "412", 412, "measure", "ha", "diện tích rừng bị thiệt hại", approx="about",
      change=dict(direction="increase", value=1.8, unit="lần", baseline="cùng kỳ năm 2023"), period=YTD),
    F("xảy ra 61 vụ", "61", 61, "count", "vụ", "vụ cháy rừng", total=158, percent=39,
      period=P("tháng 4/2024", "2024-04-01", "2024-04-30")),
    F("từ 1.000 đến 3.000 ha", "1.000", 1000, "measure", "ha", "diện tích rừng mất do cháy trung bình mỗi năm",
      value_max=3000),
    F("khoảng 1.200 ha", "1.200", 1200, "measure", "ha", "diện tích rừng bị thiệt hại trong đợt nắng nóng", approx="about",
      period=P("năm 2019", "2019-01-01", "2019-12-31")),
    F("chỉ trong hai tuần", "hai", 2, "measure", "tuần", optional=True),
    F("bảo đảm 100% diện tích", "100", 100, "percent", "%", "diện tích rừng trọng điểm có lực lượng tuần tra thường xuyên",
      status="target"),
    F("thêm 5-7 tỉnh", "5", 5, "count", "tỉnh", "tỉnh chuyển lên cấp V", value_max=7, status="forecast"),
]

build("p292-6", TEXT, FIGS, [
    "National press (news site), 'Thứ bảy, 27/4/2024, 14:30 (GMT+7)' dateline, section label, sapo, byline at the end. National: location Việt Nam.",
    "Danger levels 'cấp IV', 'cấp V' are labels (like service levels), not figures. 'tính đến chiều 26/4' = as-of 2024-04-26.",
    "Hà Tĩnh paragraph: location Hà Tĩnh ('có nơi trên 42 độ C như Hương Khê' → Hương Khê). 'Mi-171', 'Quân đoàn 4', 'số 114' are names/phone.",
    "'tăng 1,8 lần so với cùng kỳ năm 2023' is the change of 412 ha. '61 vụ' follows 'Trong đó' after 158 vụ: total 158, share 'gần 39%' → percent 39.",
    "'trực chiến 24 giờ' and 'chỉ trong hai tuần' are durations: optional. '100% diện tích' after 'phải bảo đảm' (Công điện) → status target.",
    "'có thể thêm 5-7 tỉnh' after 'Dự báo' → forecast range. 'trung bình mỗi năm … từ 1.000 đến 3.000 ha' a range without a datable period.",
    "Distractors: Công điện số 38/CĐ-TTg, 'GMT+7', 'Mi-171', 'Quân đoàn 4', 'số 114', dates '26/4', 'giữa tháng 5'.",
], published="2024-04-27", location="Việt Nam")
