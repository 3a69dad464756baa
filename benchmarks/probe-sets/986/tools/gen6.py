"""p986-6: national newspaper — World Diabetes Day 2024: national burden and screening at TP Hồ Chí Minh ward stations."""
from lib import F, P, I, CH, write

TEXT = """Sức khỏe
Thứ năm, 14/11/2024, 10:20 (GMT+7)

Hơn 55% người mắc đái tháo đường không biết mình bị bệnh

Nhân Ngày Đái tháo đường thế giới 14/11, Bộ Y tế cho biết Việt Nam có khoảng 7 triệu người mắc đái tháo đường, trong đó hơn 55% chưa được chẩn đoán.

Tỷ lệ mắc ở người trưởng thành 20-79 tuổi hiện là 7,1%, tăng từ mức 5,4% của năm 2015. Liên đoàn Đái tháo đường Quốc tế (IDF) dự báo đến năm 2045, Việt Nam sẽ có khoảng 8,8 triệu người mắc bệnh.

Tại TP Hồ Chí Minh, 9 tháng đầu năm 2024, 312 trạm y tế phường, xã, thị trấn đã khám sàng lọc đái tháo đường cho hơn 1,2 triệu người, phát hiện 18.400 người có đường huyết cao, chiếm khoảng 1,5% số người được sàng lọc. Số người bệnh được quản lý tại trạm y tế là 46.750 người, gấp 1,4 lần cùng kỳ năm 2023.

Bác sĩ Nguyễn Thị Hạnh, Trạm Y tế phường Tân Định, cho biết người bệnh ổn định được cấp thuốc tối đa 30 ngày mỗi lần. Một xét nghiệm HbA1c tại trạm có giá khoảng 100.000-120.000 đồng, thời gian chờ kết quả từ 30 đến 45 phút.

Theo Sở Y tế TP HCM, thành phố đặt mục tiêu đến năm 2025 có 70% người đái tháo đường được phát hiện được quản lý tại trạm y tế, đồng thời bố trí mỗi trạm ít nhất 1 bác sĩ chuyên trách bệnh không lây nhiễm. Người dân cần tư vấn có thể gọi đường dây nóng 1900 9095.

Lê Phương
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
T25 = P("đến năm 2025", end="2025-12-31")
VN = {"location": "Việt Nam"}
PREV = "tỷ lệ mắc đái tháo đường ở người trưởng thành"

FIGS = [
    F("Hơn 55% người mắc", "55", 55, "percent", "%", "người mắc đái tháo đường không biết mình bị bệnh",
      approx="over", **VN),
    F("khoảng 7 triệu người", "7", 7000000, "count", "người", "người mắc đái tháo đường",
      approx="about", **VN),
    F("hơn 55% chưa", "55", 55, "percent", "%", "người mắc đái tháo đường chưa được chẩn đoán",
      approx="over", **VN),
    F("20-79 tuổi", "20", 20, "measure", "tuổi", "độ tuổi người trưởng thành", value_max=79,
      optional=True, **VN),
    F("hiện là 7,1%", "7,1", 7.1, "percent", "%", PREV, **VN),
    F("mức 5,4%", "5,4", 5.4, "percent", "%", PREV, P("năm 2015", "2015-01-01", "2015-12-31"), **VN),
    F("khoảng 8,8 triệu người", "8,8", 8800000, "count", "người", "người mắc đái tháo đường",
      P("đến năm 2045", end="2045-12-31"), approx="about", status="forecast", **VN),
    F("312 trạm y tế", "312", 312, "count", "trạm y tế",
      "trạm y tế phường, xã, thị trấn đã khám sàng lọc đái tháo đường", M9),
    F("hơn 1,2 triệu người", "1,2", 1200000, "count", "người", "người được khám sàng lọc đái tháo đường",
      M9, approx="over"),
    F("phát hiện 18.400 người", "18.400", 18400, "count", "người", "người có đường huyết cao", M9,
      percent=1.5),
    F("là 46.750 người", "46.750", 46750, "count", "người", "người bệnh được quản lý tại trạm y tế",
      I(M9), change=CH("increase", 1.4, "lần", "cùng kỳ năm 2023")),
    F("tối đa 30 ngày", "30", 30, "measure", "ngày", "thời gian cấp thuốc mỗi lần cho người bệnh ổn định",
      approx="at_most"),
    F("khoảng 100.000-120.000 đồng", "100.000", 100000, "money", "đồng", "giá xét nghiệm HbA1c tại trạm",
      value_max=120000, approx="about"),
    F("từ 30 đến 45 phút", "30", 30, "measure", "phút", "thời gian chờ kết quả", value_max=45),
    F("có 70% người", "70", 70, "percent", "%",
      "người đái tháo đường được phát hiện được quản lý tại trạm y tế", T25, status="target"),
    F("ít nhất 1 bác sĩ", "1", 1, "count", "bác sĩ", "bác sĩ chuyên trách bệnh không lây nhiễm mỗi trạm",
      T25, approx="at_least", status="target"),
]

COMMENTS = [
    "National newspaper (Thứ năm, 14/11/2024, 10:20 (GMT+7)), byline at the end. National figures Việt Nam; screening figures TP Hồ Chí Minh.",
    "Not figures: Ngày Đái tháo đường thế giới 14/11, năm 2015 as a date, hotline 1900 9095, phường Tân Định (no number).",
    "Headline 'Hơn 55%' and body 'hơn 55%' are two mentions, both figures. '20-79 tuổi' (age band) optional.",
    "'tăng từ mức 5,4% của năm 2015' states a former level: 5,4% is its own figure, 7,1% has no change value.",
    "'gấp 1,4 lần cùng kỳ năm 2023' after 46.750 is its change (unit lần). 'tối đa 30 ngày' is a rule amount (measure), not a period.",
    "'ít nhất 1 bác sĩ' continues the mục tiêu clause: target.",
]

write("p986-6", TEXT, FIGS, COMMENTS, published="2024-11-14", location="TP Hồ Chí Minh")
