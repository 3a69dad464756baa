import sys; sys.path.insert(0, __file__.rsplit("/", 1)[0])
from lib import F, P, I, CH, TG, emit

TEXT = """Kinh doanh › Năng lượng
Thứ bảy, 10/6/2023, 06:30 (GMT+7)

Hồ thủy điện miền Bắc thiếu hơn 2 tỷ m³ nước

Lưu lượng nước về các hồ thủy điện miền Bắc chỉ đạt 30-70% so với trung bình nhiều năm, khiến 11/12 hồ lớn ở sát hoặc dưới mực nước chết.

Theo Tập đoàn Điện lực Việt Nam (EVN), tính đến 7h ngày 9/6, tổng lượng nước còn thiếu của các hồ thủy điện lớn miền Bắc so với mực nước dâng bình thường là khoảng 2,07 tỷ m³.

Cụ thể, hồ Thác Bà (Yên Bái) ở cao trình 46,2 m, cao hơn mực nước chết 0,2 m; hồ Huội Quảng (Sơn La) ở 368,3 m, dưới mực nước chết 1,7 m; hồ Bản Chát (Lai Châu) ở 431,5 m, thấp hơn mực nước chết 0,5 m. Riêng hồ Trung Sơn (Thanh Hóa) còn cao hơn mực nước chết khoảng 3,8 m.

Do thiếu nước, công suất khả dụng của các nhà máy thủy điện miền Bắc giảm còn khoảng 3.110 MW, chỉ bằng 23,6% tổng công suất đặt. Sản lượng thủy điện toàn quốc ngày 8/6 chỉ đạt 152,3 triệu kWh, giảm gần 30% so với ngày cao nhất của tháng 5. Cùng ngày, 15 tổ máy thủy điện phải ngừng vận hành do không đủ cột nước.

EVN cho biết đã phải tiết giảm phụ tải ở một số địa phương, với sản lượng điện cắt giảm bình quân khoảng 30 triệu kWh/ngày. Để bổ sung nguồn, hệ thống đã tăng huy động nhiệt điện than lên 82% công suất khả dụng.

Các chuyên gia dự báo phải đến cuối tháng 6, khi mùa mưa bắt đầu, mực nước các hồ mới được cải thiện; dự kiến lưu lượng nước về các hồ trên sông Đà trong tháng 7 đạt 1.800-2.200 m³/s, tương đương 90% trung bình nhiều năm.

Hotline EVN: 19006769.

Minh Khánh
"""

FIGS = [
    F("hơn 2 tỷ m³", "2", 2e9, "measure", "m³", "lượng nước hồ thủy điện miền Bắc thiếu", approx="over", location="Việt Nam"),
    F("đạt 30-70%", "30", 30, "percent", "%", "lưu lượng nước về các hồ thủy điện miền Bắc so với trung bình nhiều năm", value_max=70),
    F("11/12 hồ", "11", 11, "count", "hồ", "hồ lớn ở sát hoặc dưới mực nước chết", total=12),
    F("khoảng 2,07 tỷ m³", "2,07", 2.07e9, "measure", "m³", "tổng lượng nước còn thiếu của các hồ thủy điện lớn miền Bắc",
      P("tính đến 7h ngày 9/6", None, "2023-06-09"), approx="about"),
    F("cao trình 46,2 m", "46,2", 46.2, "measure", "m", "mực nước hồ Thác Bà", location="Yên Bái",
      change=CH("increase", 0.2, "m", "mực nước chết")),
    F("ở 368,3 m", "368,3", 368.3, "measure", "m", "mực nước hồ Huội Quảng", location="Sơn La",
      change=CH("decrease", 1.7, "m", "mực nước chết")),
    F("ở 431,5 m", "431,5", 431.5, "measure", "m", "mực nước hồ Bản Chát", location="Lai Châu",
      change=CH("decrease", 0.5, "m", "mực nước chết")),
    F("khoảng 3,8 m", "3,8", 3.8, "measure", "m", "mực nước hồ Trung Sơn cao hơn mực nước chết", location="Thanh Hóa",
      approx="about"),
    F("khoảng 3.110 MW", "3.110", 3110, "measure", "MW", "công suất khả dụng của các nhà máy thủy điện miền Bắc",
      approx="about", percent=23.6),
    F("đạt 152,3 triệu kWh", "152,3", 152.3e6, "measure", "kWh", "sản lượng thủy điện toàn quốc",
      P("ngày 8/6", "2023-06-08", "2023-06-08"), change=CH("decrease", 30, "%", "ngày cao nhất của tháng 5", approx="nearly")),
    F("15 tổ máy", "15", 15, "count", "tổ máy", "tổ máy thủy điện phải ngừng vận hành do không đủ cột nước",
      I(P("ngày 8/6", "2023-06-08", "2023-06-08"))),
    F("khoảng 30 triệu kWh/ngày", "30", 30e6, "measure", "kWh/ngày", "sản lượng điện cắt giảm bình quân", approx="about"),
    F("lên 82%", "82", 82, "percent", "%", "huy động nhiệt điện than so với công suất khả dụng"),
    F("đạt 1.800-2.200 m³/s", "1.800", 1800, "measure", "m³/s", "lưu lượng nước về các hồ trên sông Đà",
      P("trong tháng 7", "2023-07-01", "2023-07-31"), value_max=2200, percent=90, status="forecast"),
]

emit("p582-6", TEXT, [
    "National press (VnExpress style, 'Thứ bảy, 10/6/2023, 06:30 (GMT+7)'): northern reservoirs near dead water level, June 2023 drought.",
    "Regional 'miền Bắc' figures and national ones: location Việt Nam (a region is no province; nearest admissible level is the country).",
    "Reservoirs with the province in brackets take that province as location. 'cao hơn/dưới/thấp hơn mực nước chết X m' after a level = change.",
    "'Riêng hồ Trung Sơn còn cao hơn mực nước chết khoảng 3,8 m' has no level figure: the 3,8 m is the claim (measure). '7h', hotline are distractors.",
    "'tương đương 90% trung bình nhiều năm' after the forecast flow range is a share (percent attribute).",
], FIGS, published="2023-06-10", location="Việt Nam")
