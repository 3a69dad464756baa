"""p1104-1: Nghệ An province portal, heat wave 8-11/6/2024."""
from lib import F, P, I, C, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Tin trong tỉnh
Nắng nóng gay gắt kéo dài, nhiều nơi trên 40 độ C
Cập nhật: 12/06/2024 09:45 | Lượt xem: 2.317

Theo Đài Khí tượng Thủy văn tỉnh Nghệ An, từ ngày 8/6 đến ngày 11/6/2024, trên địa bàn tỉnh xảy ra đợt nắng nóng thứ 3 trong năm. Nhiệt độ cao nhất đo được tại các trạm lần lượt là Tương Dương (41,6 độ C), Con Cuông (41,2 độ C), Đô Lương (40,5 độ C) và Quỳnh Lưu (39,8 độ C); độ ẩm không khí thấp nhất xuống 38-42%. Trên đoạn Quốc lộ 7A qua huyện Con Cuông, nhiệt độ mặt đường có lúc lên tới 56 độ C.

Cùng thời gian trên, Bệnh viện Hữu nghị Đa khoa Nghệ An đã tiếp nhận 27 ca say nắng, sốc nhiệt, tăng 11 ca so với đợt nắng nóng cuối tháng 5; trong đó có 5 ca phải điều trị tại Khoa Hồi sức tích cực. Bệnh nhân chủ yếu là người lao động ngoài trời và người cao tuổi.

Theo Công ty Điện lực Nghệ An, công suất tiêu thụ cực đại toàn tỉnh đạt 1.086 MW vào trưa ngày 10/6, tăng 14,2% so với cùng kỳ năm 2023 và là mức cao nhất từ trước đến nay. Sản lượng điện bình quân khoảng 22,4 triệu kWh/ngày, cao hơn 2,1 triệu kWh/ngày so với ngày thường.

Thực hiện Công văn số 4215/UBND-NN của UBND tỉnh, các địa phương đã bố trí 48 điểm cấp nước uống miễn phí tại bến xe, chợ và khu công nghiệp; khuyến cáo người lao động không làm việc ngoài trời từ 11 giờ đến 15 giờ.

Dự báo, nắng nóng còn kéo dài thêm 3-4 ngày, nhiệt độ cao nhất phổ biến 37-39 độ C, có nơi trên 40 độ C. Rủi ro thiên tai do nắng nóng ở cấp độ 1. Người dân cần hỗ trợ liên hệ đường dây nóng 0238.3844.528.
"""

WAVE = P("từ ngày 8/6 đến ngày 11/6/2024", "2024-06-08", "2024-06-11")
TMAX = "nhiệt độ cao nhất"
FIGS = [
    F("nhiều nơi trên 40 độ C", "40", 40, "measure", "độ C", TMAX, approx="over"),
    F("Tương Dương (41,6 độ C)", "41,6", 41.6, "measure", "độ C", TMAX, I(WAVE), location="Tương Dương"),
    F("Con Cuông (41,2 độ C)", "41,2", 41.2, "measure", "độ C", TMAX, I(WAVE), location="Con Cuông"),
    F("Đô Lương (40,5 độ C)", "40,5", 40.5, "measure", "độ C", TMAX, I(WAVE), location="Đô Lương"),
    F("Quỳnh Lưu (39,8 độ C)", "39,8", 39.8, "measure", "độ C", TMAX, I(WAVE), location="Quỳnh Lưu"),
    F("xuống 38-42%", "38", 38, "percent", "%", "độ ẩm không khí thấp nhất", I(WAVE), value_max=42),
    F("lên tới 56 độ C", "56", 56, "measure", "độ C", "nhiệt độ mặt đường", I(WAVE), location="Con Cuông"),
    F("tiếp nhận 27 ca", "27", 27, "count", "ca", "ca say nắng, sốc nhiệt", I(WAVE),
      change=C("increase", 11, "ca", "đợt nắng nóng cuối tháng 5")),
    F("có 5 ca phải", "5", 5, "count", "ca", "ca say nắng, sốc nhiệt phải điều trị tại Khoa Hồi sức tích cực",
      I(WAVE), total=27),
    F("đạt 1.086 MW", "1.086", 1086, "measure", "MW", "công suất tiêu thụ cực đại toàn tỉnh",
      P("trưa ngày 10/6", "2024-06-10", "2024-06-10"), change=C("increase", 14.2, "%", "cùng kỳ năm 2023")),
    F("khoảng 22,4 triệu kWh/ngày", "22,4", 22.4e6, "measure", "kWh/ngày", "sản lượng điện bình quân",
      approx="about", change=C("increase", 2.1e6, "kWh/ngày", "ngày thường")),
    F("bố trí 48 điểm", "48", 48, "count", "điểm", "điểm cấp nước uống miễn phí"),
    F("thêm 3-4 ngày", "3", 3, "measure", "ngày", "thời gian nắng nóng kéo dài thêm", value_max=4, status="forecast"),
    F("phổ biến 37-39 độ C", "37", 37, "measure", "độ C", "nhiệt độ cao nhất phổ biến", value_max=39, status="forecast"),
    F("có nơi trên 40 độ C", "40", 40, "measure", "độ C", TMAX, approx="over", status="forecast"),
]

NOTES = [
    "Nghệ An province portal: breadcrumb, 'Cập nhật: 12/06/2024 09:45 | Lượt xem: 2.317'.",
    "Station list 'lần lượt là Tương Dương (41,6 độ C), ...': each item shares the indicator nhiệt độ cao nhất; the station",
    "is named after its district, so the district is the location. Period of the list = the wave (previous sentence, inherited).",
    "'Cùng thời gian trên' refers back to the wave: inherited. 'tăng 11 ca so với ...' is the change of 27 ca.",
    "Not figures: 'đợt nắng nóng thứ 3', 'Quốc lộ 7A', 'Công văn số 4215/UBND-NN', '11 giờ đến 15 giờ', 'cấp độ 1',",
    "the hotline and 'Lượt xem: 2.317'. Headline 'nhiều nơi trên 40 độ C' is a figure (no period).",
]

build("p1104-1", TEXT, FIGS, NOTES, published="2024-06-12", location="Nghệ An")
