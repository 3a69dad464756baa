"""p1113-2: Phú Quốc city (district-level) portal - Muslim tourists, halal restaurants, airport prayer rooms."""
from lib import F, write_set, period, year, upto, inherit, change, target

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ PHÚ QUỐC
Tin tức - Sự kiện / Văn hóa - Du lịch

Phú Quốc nâng cao chất lượng phục vụ du khách Hồi giáo

Thứ Ba, 12/12/2023 - 10:05

Từ đầu năm đến nay, thành phố Phú Quốc đón hơn 520.000 lượt khách quốc tế, trong đó khách đến từ các thị trường có đông người Hồi giáo như Malaysia, Indonesia và Trung Đông đạt khoảng 38.000 lượt, chiếm 7,3%.

Hiện trên địa bàn có 14 nhà hàng phục vụ món ăn Halal, trong đó 6 nhà hàng đã được cấp giấy chứng nhận Halal; 9 khách sạn từ 4 sao trở lên bố trí phòng cầu nguyện và chỉ dẫn hướng Qibla trong phòng nghỉ. Cảng hàng không quốc tế Phú Quốc đã đưa vào sử dụng 2 phòng cầu nguyện tại nhà ga hành khách, mỗi phòng rộng khoảng 20 m2.

Ông Mohd Faizal, chủ một nhà hàng Halal ở số 86 đường 30/4, phường Dương Đông, cho biết bình quân mỗi ngày nhà hàng phục vụ 150-200 thực khách, giá mỗi suất ăn từ 180.000 đến 350.000 đồng/người. Thịt bò, thịt gà có chứng nhận phải nhập từ TP. Hồ Chí Minh với giá cao hơn khoảng 30% so với hàng thông thường.

Trong tháng 11, Phòng Văn hóa và Thông tin thành phố phối hợp tổ chức lớp tập huấn cho 65 học viên là chủ nhà hàng, nhân viên lễ tân và hướng dẫn viên về văn hóa, ẩm thực Hồi giáo. Đây là lần thứ 2 lớp tập huấn được tổ chức.

Theo kế hoạch, đến năm 2025 Phú Quốc phấn đấu có ít nhất 20 cơ sở lưu trú, nhà hàng đạt tiêu chuẩn thân thiện với du khách Hồi giáo; dự kiến năm 2024, lượng khách từ các thị trường này đạt 50.000 lượt.

Minh Khang (Trung tâm Văn hóa - Thông tin và Thể thao thành phố)
"""

YTD = period("Từ đầu năm đến nay", "2023-01-01", "2023-12-12")

FIGS = [
    F("đón hơn 520.000 lượt khách", "520.000", 520000, "count", "lượt khách",
      "lượt khách quốc tế", approx="over", period=YTD),
    F("khoảng 38.000 lượt", "38.000", 38000, "count", "lượt",
      "khách đến từ các thị trường có đông người Hồi giáo", approx="about",
      total=520000, percent=7.3, period=YTD),
    F("có 14 nhà hàng", "14", 14, "count", "nhà hàng", "nhà hàng phục vụ món ăn Halal"),
    F("trong đó 6 nhà hàng", "6", 6, "count", "nhà hàng",
      "nhà hàng đã được cấp giấy chứng nhận Halal", total=14),
    F("9 khách sạn", "9", 9, "count", "khách sạn",
      "khách sạn từ 4 sao trở lên bố trí phòng cầu nguyện"),
    F("từ 4 sao trở lên", "4", 4, "measure", "sao", "hạng khách sạn",
      approx="at_least", optional=True),
    F("sử dụng 2 phòng cầu nguyện", "2", 2, "count", "phòng cầu nguyện",
      "phòng cầu nguyện tại Cảng hàng không quốc tế Phú Quốc"),
    F("rộng khoảng 20 m2", "20", 20, "measure", "m2", "diện tích mỗi phòng cầu nguyện",
      approx="about"),
    F("phục vụ 150-200 thực khách", "150", 150, "count", "thực khách",
      "thực khách nhà hàng Halal phục vụ mỗi ngày", value_max=200),
    F("từ 180.000 đến 350.000 đồng/người", "180.000", 180000, "money", "đồng/người",
      "giá mỗi suất ăn", value_max=350000),
    F("cao hơn khoảng 30%", "30", 30, "percent", "%",
      "giá thịt bò, thịt gà có chứng nhận so với hàng thông thường", approx="about"),
    F("cho 65 học viên", "65", 65, "count", "học viên",
      "học viên tập huấn về văn hóa, ẩm thực Hồi giáo",
      period=period("Trong tháng 11", "2023-11-01", "2023-11-30")),
    F("ít nhất 20 cơ sở", "20", 20, "count", "cơ sở",
      "cơ sở lưu trú, nhà hàng đạt tiêu chuẩn thân thiện với du khách Hồi giáo",
      approx="at_least", status="target", period=upto("đến năm 2025", "2025-12-31")),
    F("đạt 50.000 lượt", "50.000", 50000, "count", "lượt",
      "lượng khách từ các thị trường Hồi giáo", status="forecast", period=year("năm 2024", 2024)),
]

write_set("p1113-2", TEXT, FIGS, published="2023-12-12", location="Phú Quốc", notes=[
    "Phú Quốc city portal (district level, Kiên Giang), 'Thứ Ba, 12/12/2023 - 10:05', byline at the end.",
    "'Từ đầu năm đến nay' ends at the dateline. 'từ 4 sao trở lên' is a category threshold (optional).",
    "'giá cao hơn khoảng 30%' has no base amount: a percent figure without change. Meat bought in TP. Hồ Chí Minh is paid in Phú Quốc.",
    "Distractors: Thứ Ba, 10:05, số 86 đường 30/4, lần thứ 2, tháng 11 (period).",
])
