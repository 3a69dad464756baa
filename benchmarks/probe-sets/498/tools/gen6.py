"""p498-6: national press — record heat in Nghệ An, June 2024."""
from lib import F, P, I, CH, emit

TEXT = """Thời sự › Thời tiết
Thứ hai, 3/6/2024, 07:00 (GMT+7)

Nắng nóng 43,6 độ C, Tương Dương lập kỷ lục nhiệt độ

Nhiệt độ tại Tương Dương (Nghệ An) chiều 2/6 lên tới 43,6 độ C, cao nhất cả nước và vượt kỷ lục 42,9 độ C mà trạm này ghi nhận năm 2019.

Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, ngày 2/6, khu vực Bắc Trung Bộ có nắng nóng gay gắt với nhiệt độ cao nhất phổ biến 38-40 độ C, có nơi trên 41 độ C như Con Cuông 42,3 độ C, Hồi Xuân (Thanh Hóa) 41,8 độ C, Hương Khê (Hà Tĩnh) 41,5 độ C. Độ ẩm không khí thấp nhất chỉ 40-45%.

Đây là đợt nắng nóng thứ năm kể từ đầu năm. Ông Nguyễn Văn Hưởng, Trưởng phòng Dự báo thời tiết, cho biết số ngày nắng nóng ở Bắc Trung Bộ từ đầu năm đến nay là 27 ngày, nhiều hơn cùng kỳ năm 2023 khoảng 9 ngày.

Dự báo trong 5 ngày tới, nắng nóng tiếp tục duy trì, nhiệt độ cao nhất ở Bắc Bộ 35-37 độ C, Trung Bộ 37-39 độ C, có nơi trên 40 độ C. Cấp độ rủi ro thiên tai do nắng nóng ở cấp 1.

Nắng nóng đẩy nhu cầu điện tăng cao. Theo Trung tâm Điều độ hệ thống điện quốc gia, sản lượng điện tiêu thụ toàn hệ thống ngày 2/6 đạt 975,6 triệu kWh, tăng 12,4% so với cùng kỳ năm 2023; công suất đỉnh đạt 46.345 MW.

Tại Hà Nội, Bệnh viện Bạch Mai tiếp nhận 25 ca say nắng, sốc nhiệt trong tuần qua, trong đó 4 ca phải điều trị tích cực. Bác sĩ khuyến cáo người dân hạn chế ra đường từ 11h đến 15h, uống đủ 2-2,5 lít nước mỗi ngày.

Gia Chính
"""

D2 = P("ngày 2/6", "2024-06-02", "2024-06-02")

FIGS = [
    F("Nắng nóng 43,6 độ C", "43,6", 43.6, "measure", "độ C", "nhiệt độ", I(D2), location="Tương Dương"),
    F("lên tới 43,6 độ C", "43,6", 43.6, "measure", "độ C", "nhiệt độ", P("chiều 2/6", "2024-06-02", "2024-06-02"),
      location="Tương Dương"),
    F("kỷ lục 42,9 độ C", "42,9", 42.9, "measure", "độ C", "kỷ lục nhiệt độ mà trạm này ghi nhận",
      P("năm 2019", "2019-01-01", "2019-12-31"), location="Tương Dương"),
    F("phổ biến 38-40 độ C", "38", 38, "measure", "độ C", "nhiệt độ cao nhất phổ biến khu vực Bắc Trung Bộ", D2, value_max=40),
    F("trên 41 độ C", "41", 41, "measure", "độ C", "nhiệt độ cao nhất", D2, approx="over"),
    F("Con Cuông 42,3 độ C", "42,3", 42.3, "measure", "độ C", "nhiệt độ cao nhất", D2, location="Con Cuông"),
    F("(Thanh Hóa) 41,8 độ C", "41,8", 41.8, "measure", "độ C", "nhiệt độ cao nhất", D2, location="Thanh Hóa"),
    F("(Hà Tĩnh) 41,5 độ C", "41,5", 41.5, "measure", "độ C", "nhiệt độ cao nhất", D2, location="Hương Khê"),
    F("chỉ 40-45%", "40", 40, "percent", "%", "độ ẩm không khí thấp nhất", I(D2), value_max=45),
    F("là 27 ngày", "27", 27, "count", "ngày", "số ngày nắng nóng ở Bắc Trung Bộ",
      P("từ đầu năm đến nay", "2024-01-01", "2024-06-03"),
      change=CH("increase", 9, "ngày", "cùng kỳ năm 2023", approx="about")),
    F("Bắc Bộ 35-37 độ C", "35", 35, "measure", "độ C", "nhiệt độ cao nhất ở Bắc Bộ", value_max=37, status="forecast"),
    F("Trung Bộ 37-39 độ C", "37", 37, "measure", "độ C", "nhiệt độ cao nhất ở Trung Bộ", value_max=39, status="forecast"),
    F("trên 40 độ C", "40", 40, "measure", "độ C", "nhiệt độ cao nhất", approx="over", status="forecast"),
    F("đạt 975,6 triệu kWh", "975,6", 975_600_000, "measure", "kWh", "sản lượng điện tiêu thụ toàn hệ thống", D2,
      change=CH("increase", 12.4, "%", "cùng kỳ năm 2023")),
    F("đạt 46.345 MW", "46.345", 46345, "measure", "MW", "công suất đỉnh", D2),
    F("tiếp nhận 25 ca", "25", 25, "count", "ca", "ca say nắng, sốc nhiệt Bệnh viện Bạch Mai tiếp nhận", location="Hà Nội"),
    F("4 ca", "4", 4, "count", "ca", "ca phải điều trị tích cực", total=25, location="Hà Nội"),
    F("đủ 2-2,5 lít", "2", 2, "measure", "lít", "lượng nước uống mỗi ngày", value_max=2.5, optional=True),
]

COMMENTS = [
    "National press: record heat at Tương Dương (Nghệ An) on 2/6/2024, regional maxima, forecast, power demand, heat-stroke cases.",
    "Dateline 'Thứ hai, 3/6/2024, 07:00 (GMT+7)' (published). Distractors: '(GMT+7)', 'đợt nắng nóng thứ năm' (ordinal), 'cấp 1'",
    "(risk level), '11h đến 15h', 'trong 5 ngày tới' (a duration). Default location Việt Nam (national figures, regions).",
    "Stations: Tương Dương, Con Cuông, Hương Khê are districts → location; Hồi Xuân is a thị trấn (not a district), so its reading takes",
    "the bracketed province Thanh Hóa. The previous record 42,9 độ C is a figure of its own (period năm 2019), not a target or change.",
    "Units as written: 'độ C'. 'Dự báo trong 5 ngày tới' cannot be dated here: forecast figures get no period.",
    "Advice '2-2,5 lít nước mỗi ngày' is a recommendation, optional. Hospital counts: location Hà Nội; 'trong tuần qua' gives no period.",
]

if __name__ == "__main__":
    emit("p498-6", TEXT, COMMENTS, FIGS, published="2024-06-03", location="Việt Nam")
