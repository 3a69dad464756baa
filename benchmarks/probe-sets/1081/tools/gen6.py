"""p1081-6: national newspaper (VnExpress style), heat wave in Bắc Trung Bộ measured at weather stations (2024-04-30)."""
from lib import F, P, C, T, day, write

TEXT = """Thời sự › Thời tiết
Thứ ba, 30/4/2024, 17:05 (GMT+7)

12 trạm khí tượng vượt ngưỡng 41 độ C

Nắng nóng gay gắt bao trùm Bắc Trung Bộ, trạm Tương Dương (Nghệ An) đo được 42,3 độ C, cao nhất cả nước từ đầu mùa.

Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, chiều 29/4 nhiệt độ cao nhất tại Tương Dương (Nghệ An) là 42,3 độ C, Hương Khê (Hà Tĩnh) 41,8 độ C, Như Xuân (Thanh Hóa) 41,5 độ C và Đồng Hới (Quảng Bình) 41,2 độ C. Cả nước có 12 trạm ghi nhận nhiệt độ trên 41 độ C trong ngày 29/4, tăng 5 trạm so với ngày 28/4. Độ ẩm không khí thấp nhất tại nhiều nơi chỉ 35-40%.

Từ đầu tháng 4, Tương Dương đã có 16 ngày nắng nóng. Con số này gấp 2 lần cùng kỳ năm 2023. Tổng lượng mưa tháng 4 tại trạm Vinh chỉ đạt 8 mm, thấp hơn trung bình nhiều năm khoảng 85%.

Ông Nguyễn Văn Hưởng, Trưởng phòng Dự báo thời tiết, cho biết từ ngày 1/5 đến 4/5, nắng nóng ở Nghệ An, Hà Tĩnh còn kéo dài với nhiệt độ cao nhất phổ biến 38-40 độ C, có nơi trên 41 độ C. "Từ 10 giờ đến 15 giờ hằng ngày, chỉ số tia cực tím ở mức nguy cơ gây hại rất cao, người dân hạn chế ra đường", ông Hưởng nói.

Trung tâm cảnh báo đợt nắng nóng này có thể làm mực nước các hồ chứa ở Nghệ An giảm thêm 0,5-1 m, khoảng 30% diện tích lúa hè thu có nguy cơ thiếu nước.

Gia Chính
"""

D29 = day("chiều 29/4", "2024-04-29")
D29b = day("trong ngày 29/4", "2024-04-29")
FCST = P("từ ngày 1/5 đến 4/5", "2024-05-01", "2024-05-04")
TMAX = "nhiệt độ cao nhất"
FIGS = [
    F("12 trạm khí tượng vượt", "12", 12, "count", "trạm khí tượng", "trạm khí tượng vượt ngưỡng 41 độ C",
      location="Việt Nam"),
    F("ngưỡng 41 độ C", "41", 41, "measure", "độ C", "ngưỡng nhiệt độ", location="Việt Nam", optional=True),
    F("đo được 42,3 độ C", "42,3", 42.3, "measure", "độ C", TMAX, location="Tương Dương"),
    F("(Nghệ An) là 42,3 độ C", "42,3", 42.3, "measure", "độ C", TMAX, D29, location="Tương Dương"),
    F("(Hà Tĩnh) 41,8 độ C", "41,8", 41.8, "measure", "độ C", TMAX, D29, location="Hương Khê"),
    F("(Thanh Hóa) 41,5 độ C", "41,5", 41.5, "measure", "độ C", TMAX, D29, location="Như Xuân"),
    F("(Quảng Bình) 41,2 độ C", "41,2", 41.2, "measure", "độ C", TMAX, D29, location="Đồng Hới"),
    F("có 12 trạm", "12", 12, "count", "trạm", "trạm ghi nhận nhiệt độ trên 41 độ C", D29b,
      change=C("increase", 5, "trạm", "ngày 28/4"), location="Việt Nam"),
    F("trên 41 độ C trong", "41", 41, "measure", "độ C", "ngưỡng nhiệt độ", D29b, approx="over",
      location="Việt Nam", optional=True),
    F("chỉ 35-40%", "35", 35, "percent", "%", "độ ẩm không khí thấp nhất", day("chiều 29/4", "2024-04-29", inh=True),
      value_max=40),
    F("có 16 ngày", "16", 16, "count", "ngày nắng nóng", "ngày nắng nóng tại Tương Dương",
      P("Từ đầu tháng 4", "2024-04-01", "2024-04-30"), location="Tương Dương"),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "số ngày nắng nóng tại Tương Dương so với cùng kỳ năm 2023",
      P("Từ đầu tháng 4", "2024-04-01", "2024-04-30", inh=True), location="Tương Dương"),
    F("chỉ đạt 8 mm", "8", 8, "measure", "mm", "tổng lượng mưa tháng 4 tại trạm Vinh",
      P("tháng 4", "2024-04-01", "2024-04-30"), change=C("decrease", 85, "%", "trung bình nhiều năm", approx="about"),
      location="Vinh"),
    F("phổ biến 38-40 độ C", "38", 38, "measure", "độ C", TMAX, FCST, value_max=40, status="forecast"),
    F("có nơi trên 41 độ C", "41", 41, "measure", "độ C", TMAX, FCST, approx="over", status="forecast"),
    F("giảm thêm 0,5-1 m", "0,5", 0.5, "measure", "m", "mực nước các hồ chứa giảm thêm", value_max=1,
      status="forecast", location="Nghệ An"),
    F("khoảng 30% diện tích", "30", 30, "percent", "%", "diện tích lúa hè thu có nguy cơ thiếu nước",
      approx="about", status="forecast", location="Nghệ An"),
]

NOTES = [
    "National newspaper (VnExpress style, 'Thứ ba, 30/4/2024, 17:05 (GMT+7)'): heat wave, maximum temperatures at weather stations, forecast 1-4/5.",
    "Stations named after districts/cities with the province in brackets: the district or city is the location (Tương Dương, Hương Khê, Như Xuân, Đồng Hới, Vinh).",
    "Counts of stations 'cả nước' are Việt Nam. Regional forecast figures for 'Nghệ An, Hà Tĩnh' (two provinces) get no location.",
    "'41 độ C' as a threshold ('vượt ngưỡng', 'ghi nhận nhiệt độ trên') is optional; 'có nơi trên 41 độ C' in the forecast is a figure.",
    "'từ đầu mùa' has no dates: the lead's 42,3 gets no period. 'Từ đầu tháng 4' ends at the end of April (the article is of 30/4).",
    "'gấp 2 lần cùng kỳ' standing as its own sentence is a multiple. 'Từ 10 giờ đến 15 giờ' are times of day, not figures.",
    "The hồ chứa and lúa hè thu forecasts ('có thể làm … giảm thêm') are forecast, located in Nghệ An; no period phrase in that sentence.",
]

if __name__ == "__main__":
    write(6, TEXT, FIGS, NOTES, published="2024-04-30")
