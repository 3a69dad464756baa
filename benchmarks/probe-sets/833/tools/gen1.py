"""p833-1: province portal (Phú Thọ), hot mineral spring tourism in Thanh Thủy, 9 months of 2024."""
from lib import F, P, I, C, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Du lịch

Thanh Thủy: 9 tháng đón hơn 1,2 triệu lượt khách tắm khoáng nóng

Cập nhật: 08/10/2024 16:45 | Lượt xem: 2.371

Theo Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ, 9 tháng đầu năm 2024, khu du lịch nước khoáng nóng Thanh Thủy đã đón hơn 1,2 triệu lượt khách, tăng 18,6% so với cùng kỳ năm 2023, đạt 85,7% kế hoạch năm; trong đó khách lưu trú khoảng 410 nghìn lượt, chiếm 34,2%. Tổng doanh thu từ hoạt động du lịch ước đạt 1.150 tỷ đồng, tăng 21,3% so với cùng kỳ.

Hiện trên địa bàn huyện có 47 cơ sở kinh doanh dịch vụ tắm khoáng, tăng 6 cơ sở so với cuối năm 2023, với tổng số 1.860 phòng lưu trú. Các xã tập trung nhiều cơ sở nhất là Bảo Yên (19 cơ sở), Đồng Trung (14 cơ sở) và Tu Vũ (9 cơ sở). Giá vé tắm khoáng phổ biến từ 150.000 đến 350.000 đồng/người; công suất sử dụng phòng bình quân đạt 62%, riêng các ngày cuối tuần đạt trên 90%.

Mỏ nước khoáng nóng Thanh Thủy hiện được cấp phép khai thác với lưu lượng 2.500 m3/ngày đêm, nhiệt độ nước tại miệng giếng khoảng 37-43 độ C. Dịch vụ du lịch đã tạo việc làm cho gần 3.200 lao động, thu nhập bình quân 7,2 triệu đồng/người/tháng.

Năm 2024, huyện phấn đấu đón 1,4 triệu lượt khách, doanh thu du lịch đạt 1.500 tỷ đồng. Tỉnh đang đẩy nhanh tiến độ nâng cấp đường tỉnh 317 đoạn qua trung tâm huyện theo Quyết định số 2159/QĐ-UBND ngày 12/9/2023 của UBND tỉnh, đồng thời đã công bố danh mục 3 dự án nghỉ dưỡng khoáng nóng kêu gọi đầu tư, mỗi dự án quy mô trên 50 ha.
"""

H9 = P("9 tháng", "2024-01-01", "2024-09-30")
N9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("9 tháng đón hơn 1,2 triệu", "1,2", 1200000, "count", "lượt khách", approx="over",
      subject="lượt khách tắm khoáng nóng", period=H9),
    F("đã đón hơn 1,2 triệu lượt khách", "1,2", 1200000, "count", "lượt khách", approx="over", percent=85.7,
      change=C("increase", 18.6, baseline="cùng kỳ năm 2023"),
      subject="lượt khách đến khu du lịch nước khoáng nóng Thanh Thủy", period=N9),
    F("khoảng 410 nghìn lượt", "410", 410000, "count", "lượt", approx="about", total=1200000, percent=34.2,
      subject="khách lưu trú", period=N9),
    F("ước đạt 1.150 tỷ đồng", "1.150", 1150e9, "money", "đồng", status="estimate",
      change=C("increase", 21.3, baseline="cùng kỳ"),
      subject="tổng doanh thu từ hoạt động du lịch", period=I(N9)),
    F("có 47 cơ sở", "47", 47, "count", "cơ sở", change=C("increase", 6, "cơ sở", baseline="cuối năm 2023"),
      subject="cơ sở kinh doanh dịch vụ tắm khoáng"),
    F("tổng số 1.860 phòng", "1.860", 1860, "count", "phòng lưu trú", subject="phòng lưu trú"),
    F("Bảo Yên (19 cơ sở)", "19", 19, "count", "cơ sở", subject="cơ sở kinh doanh dịch vụ tắm khoáng"),
    F("Đồng Trung (14 cơ sở)", "14", 14, "count", "cơ sở", subject="cơ sở kinh doanh dịch vụ tắm khoáng"),
    F("Tu Vũ (9 cơ sở)", "9", 9, "count", "cơ sở", subject="cơ sở kinh doanh dịch vụ tắm khoáng"),
    F("từ 150.000 đến 350.000 đồng/người", "150.000", 150000, "money", "đồng/người", value_max=350000,
      subject="giá vé tắm khoáng"),
    F("bình quân đạt 62%", "62", 62, "percent", "%", subject="công suất sử dụng phòng bình quân"),
    F("đạt trên 90%", "90", 90, "percent", "%", approx="over", subject="công suất sử dụng phòng các ngày cuối tuần"),
    F("2.500 m3/ngày đêm", "2.500", 2500, "measure", "m3/ngày đêm",
      subject="lưu lượng khai thác nước khoáng nóng được cấp phép"),
    F("khoảng 37-43 độ C", "37", 37, "measure", "độ C", value_max=43, approx="about",
      subject="nhiệt độ nước tại miệng giếng"),
    F("gần 3.200 lao động", "3.200", 3200, "count", "lao động", approx="nearly",
      subject="lao động có việc làm từ dịch vụ du lịch"),
    F("7,2 triệu đồng/người/tháng", "7,2", 7200000, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    F("đón 1,4 triệu lượt khách", "1,4", 1400000, "count", "lượt khách", status="target",
      subject="lượt khách", period=Y24),
    F("đạt 1.500 tỷ đồng", "1.500", 1500e9, "money", "đồng", status="target",
      subject="doanh thu du lịch", period=Y24),
    F("danh mục 3 dự án", "3", 3, "count", "dự án", subject="dự án nghỉ dưỡng khoáng nóng kêu gọi đầu tư"),
    F("quy mô trên 50 ha", "50", 50, "measure", "ha", approx="over", subject="quy mô dự án", optional=True),
]

build("p833-1", TEXT, FIGS, published="2024-10-08", location="Thanh Thủy", notes=[
    "Province portal (Phú Thọ): hot mineral spring tourism in Thanh Thủy district, 9 months of 2024.",
    "Location: every figure describes Thanh Thủy (district); the communes Bảo Yên, Đồng Trung, Tu Vũ lie in it.",
    "'đạt 85,7% kế hoạch năm' is the share of the visitor count (percent); 'tăng 6 cơ sở' is the change of 47 cơ sở.",
    "Headline '9 tháng' takes 2024 (published). 'Hiện' sentences carry no period.",
    "Distractors: Lượt xem 2.371, đường tỉnh 317, Quyết định số 2159/QĐ-UBND ngày 12/9/2023, time 16:45.",
    "'quy mô trên 50 ha' is the size class of the listed projects: optional.",
])
