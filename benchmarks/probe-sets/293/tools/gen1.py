from lib import F, P, C, T, emit

TEXT = """Cổng Thông tin điện tử tỉnh Hà Tĩnh
Trang chủ > Tin tức > Phòng chống thiên tai

Hà Tĩnh: Nắng nóng gay gắt, Hương Khê trên 40 độ C
Cập nhật: 14:20 12/06/2024 | Lượt xem: 2.315

Theo Đài Khí tượng Thủy văn Hà Tĩnh, từ ngày 8/6 đến nay trên địa bàn tỉnh xảy ra nắng nóng diện rộng, đây là đợt nắng nóng thứ ba trong năm 2024. Ngày 11/6, nhiệt độ cao nhất đo được tại các trạm: Hương Khê 40,2°C, Kỳ Anh 39,6°C, Hương Sơn 39,1°C, thành phố Hà Tĩnh 38,4°C. Độ ẩm không khí thấp nhất phổ biến từ 45 đến 50%, có nơi dưới 40%.

Nhiệt độ cao nhất trung bình của đợt nắng nóng này là 38,7°C, cao hơn cùng kỳ năm 2023 khoảng 1,5°C. Tổng số giờ nắng từ ngày 1/6 đến 11/6 tại trạm Hà Tĩnh đạt 112 giờ, tăng 18% so với trung bình nhiều năm (TBNN).

Dự báo từ ngày 12/6 đến 15/6, nắng nóng tiếp tục duy trì, nhiệt độ cao nhất phổ biến 37-39 độ C, khu vực miền núi phía Tây có nơi trên 40 độ C. Đợt nắng nóng có khả năng kéo dài 8 ngày, kết thúc từ ngày 16/6.

Nắng nóng khiến nhu cầu sử dụng điện tăng cao. Theo Công ty Điện lực Hà Tĩnh, sản lượng điện tiêu thụ ngày 11/6 đạt 7,85 triệu kWh, tăng 21,3% so với ngày thường. Toàn tỉnh hiện có khoảng 2.100 ha lúa hè thu và hơn 650 ha rau màu có nguy cơ thiếu nước; các hồ chứa thủy lợi mới đạt trung bình 38% dung tích thiết kế.

Thực hiện Công văn số 2856/UBND-NL2 ngày 10/6/2024 của UBND tỉnh, Ban Chỉ huy PCTT và TKCN tỉnh đề nghị các địa phương bố trí lịch làm việc ngoài trời tránh khung giờ từ 11 giờ đến 15 giờ. Đài KTTV Hà Tĩnh cập nhật bản tin hằng ngày, số điện thoại trực ban 0239.3856.247. Cấp độ rủi ro thiên tai do nắng nóng: cấp 1.

Phan Trâm
"""

D11 = P("Ngày 11/6", "2024-06-11", "2024-06-11")
D11i = P("Ngày 11/6", "2024-06-11", "2024-06-11", inh=True)
FC = P("từ ngày 12/6 đến 15/6", "2024-06-12", "2024-06-15")

FIGS = [
    F("Hương Khê trên 40 độ C", "40", 40, "measure", "độ C", "nhiệt độ cao nhất", approx="over", period=D11i, location="Hương Khê"),
    F("đợt nắng nóng thứ ba", "ba", 3, "count", "đợt", "đợt nắng nóng trong năm",
      period=P("năm 2024", "2024-01-01", "2024-12-31"), optional=True),
    F("Hương Khê 40,2°C", "40,2", 40.2, "measure", "°C", "nhiệt độ cao nhất", period=D11, location="Hương Khê"),
    F("Kỳ Anh 39,6°C", "39,6", 39.6, "measure", "°C", "nhiệt độ cao nhất", period=D11, location="Kỳ Anh"),
    F("Hương Sơn 39,1°C", "39,1", 39.1, "measure", "°C", "nhiệt độ cao nhất", period=D11, location="Hương Sơn"),
    F("Hà Tĩnh 38,4°C", "38,4", 38.4, "measure", "°C", "nhiệt độ cao nhất", period=D11, location="Hà Tĩnh"),
    F("từ 45 đến 50%", "45", 45, "percent", "%", "độ ẩm không khí thấp nhất", value_max=50, period=D11i),
    F("có nơi dưới 40%", "40", 40, "percent", "%", "độ ẩm không khí thấp nhất", approx="under", period=D11i),
    F("này là 38,7°C", "38,7", 38.7, "measure", "°C", "nhiệt độ cao nhất trung bình của đợt nắng nóng",
      change=C("increase", 1.5, "°C", "cùng kỳ năm 2023", approx="about"),
      period=P("từ ngày 8/6 đến nay", "2024-06-08", "2024-06-12", inh=True)),
    F("đạt 112 giờ", "112", 112, "measure", "giờ", "tổng số giờ nắng",
      change=C("increase", 18, "%", "trung bình nhiều năm (TBNN)"),
      period=P("từ ngày 1/6 đến 11/6", "2024-06-01", "2024-06-11"), location="Hà Tĩnh"),
    F("phổ biến 37-39 độ C", "37", 37, "measure", "độ C", "nhiệt độ cao nhất", value_max=39, status="forecast", period=FC),
    F("có nơi trên 40 độ C", "40", 40, "measure", "độ C", "nhiệt độ cao nhất khu vực miền núi phía Tây",
      approx="over", status="forecast", period=FC),
    F("kéo dài 8 ngày", "8", 8, "measure", "ngày", "thời gian kéo dài đợt nắng nóng", status="forecast",
      period=P("từ ngày 12/6 đến 15/6", "2024-06-12", "2024-06-15", inh=True)),
    F("đạt 7,85 triệu kWh", "7,85", 7850000, "measure", "kWh", "sản lượng điện tiêu thụ",
      change=C("increase", 21.3, "%", "ngày thường"), period=P("ngày 11/6", "2024-06-11", "2024-06-11")),
    F("khoảng 2.100 ha", "2.100", 2100, "measure", "ha", "lúa hè thu có nguy cơ thiếu nước", approx="about"),
    F("hơn 650 ha", "650", 650, "measure", "ha", "rau màu có nguy cơ thiếu nước", approx="over"),
    F("trung bình 38% dung tích", "38", 38, "percent", "%", "dung tích thiết kế các hồ chứa thủy lợi đạt"),
]

HEADER = """Cổng TTĐT tỉnh Hà Tĩnh (province portal): heat wave bulletin, June 2024. Dateline 'Cập nhật: 14:20 12/06/2024 | Lượt xem: 2.315'.
Distractors: view counter 2.315, Công văn số 2856/UBND-NL2, dates 8/6, 10/6/2024, 16/6, hours '11 giờ đến 15 giờ', phone 0239.3856.247, 'cấp 1' (risk level label).
The title's 'Hương Khê trên 40 độ C' is a figure of its own (as h01's title); its period is the body's 'Ngày 11/6' (inherited).
Station list of 'Ngày 11/6': each station is a district/town -> location; 'thành phố Hà Tĩnh' -> Hà Tĩnh. Humidity sentence inherits 'Ngày 11/6'.
'kéo dài 8 ngày' (duration of the event, forecast) is a measure in ngày. 'khoảng' governs only 2.100 ha; 'hơn' the 650 ha."""

emit("p293-1", TEXT, FIGS, HEADER, published="2024-06-12", location="Hà Tĩnh")
