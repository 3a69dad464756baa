from lib import F, P, C, T, emit

TEXT = """Tháng 6/2024: nắng nóng gay gắt, lượng mưa thiếu hụt ở Bắc Bộ

Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, trong tháng 6/2024, nhiệt độ trung bình trên phạm vi cả nước phổ biến cao hơn trung bình nhiều năm (TBNN) từ 0,5 đến 1,5°C; riêng khu vực Bắc Bộ và Bắc Trung Bộ cao hơn TBNN 1,5-2,0°C. Với nền nhiệt như trên, tháng 6/2024 đứng thứ hai trong các tháng 6 nóng nhất kể từ năm 1961.

Trong tháng đã xảy ra 3 đợt nắng nóng diện rộng ở Bắc Bộ và Trung Bộ. Nhiệt độ cao nhất tuyệt đối ghi nhận tại Tương Dương (Nghệ An) 43,1°C, Hồi Xuân (Thanh Hóa) 42,4°C, Con Cuông (Nghệ An) 42,2°C; giá trị tại Tương Dương đã vượt kỷ lục cùng thời kỳ là 42,7°C (năm 2019). Tại Hà Nội, nhiệt độ cao nhất ở trạm Láng đạt 40,1°C vào ngày 21/6.

Tổng lượng mưa tháng tại Bắc Bộ phổ biến 150-250 mm, thấp hơn TBNN khoảng 30%; khu vực Tây Nguyên và Nam Bộ 200-350 mm, cao hơn TBNN 15%. Hà Nội chỉ có 9 ngày mưa, ít nhất trong 10 năm qua.

Về xu thế, tháng 7/2024 nhiệt độ trung bình cả nước dự báo cao hơn TBNN 0,5-1,0°C. Trên Biển Đông có khả năng xuất hiện 1-2 cơn bão hoặc áp thấp nhiệt đới, xấp xỉ TBNN (1,2 cơn). Xác suất hình thành hiện tượng La Niña trong các tháng 8-10/2024 khoảng 65-70%.

Đại diện Trung tâm lưu ý các địa phương từ Thanh Hóa đến Quảng Ngãi cần chủ động phương án chống hạn cho khoảng 120.000 ha lúa hè thu; hệ thống cảnh báo sớm được cập nhật 8 bản tin mỗi ngày, vào các giờ 4h30, 10h30, 15h30 và 21h30. Bản tin chi tiết đăng tải tại nchmf.gov.vn, đường dây tư vấn 1900 5656.
"""

M6 = P("tháng 6/2024", "2024-06-01", "2024-06-30")
M6i = P("tháng 6/2024", "2024-06-01", "2024-06-30", inh=True)
TT = P("Trong tháng", "2024-06-01", "2024-06-30")
M7 = P("tháng 7/2024", "2024-07-01", "2024-07-31")
M7i = P("tháng 7/2024", "2024-07-01", "2024-07-31", inh=True)

FIGS = [
    F("từ 0,5 đến 1,5°C", "0,5", 0.5, "measure", "°C", "nhiệt độ trung bình cao hơn TBNN", value_max=1.5, period=M6),
    F("TBNN 1,5-2,0°C", "1,5", 1.5, "measure", "°C", "nhiệt độ trung bình khu vực Bắc Bộ và Bắc Trung Bộ cao hơn TBNN",
      value_max=2.0, period=M6),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", "các tháng 6 nóng nhất", period=M6),
    F("xảy ra 3 đợt", "3", 3, "count", "đợt", "đợt nắng nóng diện rộng", period=TT),
    F("(Nghệ An) 43,1°C", "43,1", 43.1, "measure", "°C", "nhiệt độ cao nhất tuyệt đối", period=M6i, location="Tương Dương"),
    F("(Thanh Hóa) 42,4°C", "42,4", 42.4, "measure", "°C", "nhiệt độ cao nhất tuyệt đối", period=M6i, location="Thanh Hóa"),
    F("(Nghệ An) 42,2°C", "42,2", 42.2, "measure", "°C", "nhiệt độ cao nhất tuyệt đối", period=M6i, location="Con Cuông"),
    F("là 42,7°C", "42,7", 42.7, "measure", "°C", "kỷ lục nhiệt độ cùng thời kỳ",
      period=P("năm 2019", "2019-01-01", "2019-12-31"), location="Tương Dương"),
    F("đạt 40,1°C", "40,1", 40.1, "measure", "°C", "nhiệt độ cao nhất", period=P("ngày 21/6", "2024-06-21", "2024-06-21"),
      location="Hà Nội"),
    F("phổ biến 150-250 mm", "150", 150, "measure", "mm", "tổng lượng mưa tháng tại Bắc Bộ", value_max=250,
      change=C("decrease", 30, "%", "TBNN", approx="about"), period=M6i),
    F("Nam Bộ 200-350 mm", "200", 200, "measure", "mm", "tổng lượng mưa tháng khu vực Tây Nguyên và Nam Bộ", value_max=350,
      change=C("increase", 15, "%", "TBNN"), period=M6i),
    F("có 9 ngày mưa", "9", 9, "count", "ngày", "ngày mưa", period=M6i, location="Hà Nội"),
    F("TBNN 0,5-1,0°C", "0,5", 0.5, "measure", "°C", "nhiệt độ trung bình cả nước cao hơn TBNN", value_max=1.0,
      status="forecast", period=M7),
    F("xuất hiện 1-2 cơn", "1", 1, "count", "cơn", "bão hoặc áp thấp nhiệt đới trên Biển Đông", value_max=2,
      status="forecast", period=M7i),
    F("(1,2 cơn)", "1,2", 1.2, "count", "cơn", "bão hoặc áp thấp nhiệt đới TBNN", period=M7i),
    F("khoảng 65-70%", "65", 65, "percent", "%", "xác suất hình thành hiện tượng La Niña", value_max=70, approx="about",
      status="forecast", period=P("các tháng 8-10/2024", "2024-08-01", "2024-10-31")),
    F("khoảng 120.000 ha", "120.000", 120000, "measure", "ha", "lúa hè thu cần chủ động phương án chống hạn",
      approx="about"),
    F("cập nhật 8 bản tin", "8", 8, "count", "bản tin", "bản tin cảnh báo sớm mỗi ngày", optional=True),
]

HEADER = """National press, no dateline at all: national climate summary of June 2024 and outlook for July (NCHMF). published = null.
Distractors: 'kể từ năm 1961', 'trong 10 năm qua' (periods), times 4h30/10h30/15h30/21h30, nchmf.gov.vn, hotline 1900 5656, 'tháng 6' in 'các tháng 6'.
Differences to TBNN with no base value ('cao hơn TBNN từ 0,5 đến 1,5°C') are the claim: measure figures in °C with value_max, no change.
Regions (Bắc Bộ, Tây Nguyên…) are not provinces: default location Việt Nam. Station list 'Tương Dương (Nghệ An)': the district is the location;
'Hồi Xuân (Thanh Hóa)': Hồi Xuân is a commune, so the province. Trạm Láng -> Hà Nội.
'(1,2 cơn)' is the climatological average, a figure of its own (like a baseline amount). 'thứ hai' is a rank.
'8 bản tin mỗi ngày' is a frequency of the service (optional)."""

emit("p293-6", TEXT, FIGS, HEADER, location="Việt Nam")
