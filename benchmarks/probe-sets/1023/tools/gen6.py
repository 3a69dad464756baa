"""p1023-6: national newspaper (VnExpress style), TP Hồ Chí Minh food-waste bins."""
from lib import F, P, I, C, T, write_set

TEXT = """Thời sự › Dân sinh
Thứ hai, 15/4/2024, 06:30 (GMT+7)

TP HCM dự kiến cấp 150.000 thùng đựng rác thực phẩm cho hộ dân

Sở Tài nguyên và Môi trường TP HCM dự kiến cấp khoảng 150.000 thùng đựng chất thải thực phẩm cho hộ dân ở 6 quận trong quý II, kinh phí gần 27 tỷ đồng.

Theo Sở, thành phố hiện phát sinh khoảng 9.500-10.000 tấn rác sinh hoạt mỗi ngày, trong đó chất thải thực phẩm chiếm gần 60%. Năm 2023, tỷ lệ hộ dân phân loại rác tại nguồn mới đạt khoảng 26%, thấp hơn nhiều so với mục tiêu 50% đặt ra.

Trong giai đoạn thí điểm năm 2023, Quận 3, Quận 10 và TP Thủ Đức đã cấp 12.400 thùng cho các hộ ở 18 phường. Sau 6 tháng, lượng rác thực phẩm được thu gom riêng đạt bình quân 14,6 tấn/ngày, tăng gấp 2,3 lần so với tháng đầu triển khai.

Bà Lê Thị Hồng, ngụ phường 14, Quận 10, cho biết mỗi ngày gia đình 5 người của bà bỏ khoảng 1,5 kg rác thực phẩm vào thùng riêng. Rác được xe chuyên dụng thu gom 3 lần/tuần trong khung giờ 17h-19h, người dân không phải trả thêm phí ngoài mức 40.000 đồng/hộ/tháng như trước.

Mỗi thùng loại 20 lít có giá khoảng 180.000 đồng. Rác thực phẩm sau thu gom được đưa về Khu liên hợp xử lý chất thải rắn Đa Phước để ủ phân compost, công suất 500 tấn/ngày.

Ông Nguyễn Toàn Thắng, Phó giám đốc Sở Tài nguyên và Môi trường, cho biết thành phố phấn đấu đến năm 2025 có 100% hộ dân phân loại rác tại nguồn, đồng thời giảm tỷ lệ chôn lấp trực tiếp xuống dưới 20%.

Hà An
"""

Q2 = P("trong quý II", "2024-04-01", "2024-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
BIN = "thùng đựng chất thải thực phẩm cấp cho hộ dân"

FIGS = [
    F("cấp 150.000 thùng đựng rác", "150.000", 150000, "count", "thùng", BIN, status="forecast"),
    F("khoảng 150.000 thùng", "150.000", 150000, "count", "thùng", BIN, Q2, approx="about", status="forecast"),
    F("ở 6 quận", "6", 6, "count", "quận", "quận được cấp thùng đựng chất thải thực phẩm", Q2, status="forecast"),
    F("gần 27 tỷ đồng", "27", 27e9, "money", "đồng", "kinh phí cấp thùng đựng chất thải thực phẩm", Q2,
      approx="nearly", status="forecast"),
    F("khoảng 9.500-10.000 tấn", "9.500", 9500, "measure", "tấn/ngày", "rác sinh hoạt phát sinh", value_max=10000,
      approx="about"),
    F("chiếm gần 60%", "60", 60, "percent", "%", "chất thải thực phẩm trong rác sinh hoạt", approx="nearly"),
    F("khoảng 26%", "26", 26, "percent", "%", "tỷ lệ hộ dân phân loại rác tại nguồn", Y23, approx="about",
      target=T(50, "%", met=False)),
    F("cấp 12.400 thùng", "12.400", 12400, "count", "thùng", "thùng cấp cho các hộ trong giai đoạn thí điểm", Y23b),
    F("ở 18 phường", "18", 18, "count", "phường", "phường thí điểm cấp thùng", Y23b),
    F("bình quân 14,6 tấn/ngày", "14,6", 14.6, "measure", "tấn/ngày", "lượng rác thực phẩm được thu gom riêng",
      change=C("increase", 2.3, "lần", "tháng đầu triển khai")),
    F("gia đình 5 người", "5", 5, "count", "người", "số người trong gia đình", location="Quận 10", optional=True),
    F("khoảng 1,5 kg", "1,5", 1.5, "measure", "kg", "rác thực phẩm gia đình bỏ vào thùng riêng mỗi ngày",
      approx="about", location="Quận 10"),
    F("thu gom 3 lần/tuần", "3", 3, "measure", "lần/tuần", "tần suất thu gom rác thực phẩm", location="Quận 10"),
    F("mức 40.000 đồng/hộ/tháng", "40.000", 40000, "money", "đồng/hộ/tháng", "phí thu gom rác",
      location="Quận 10"),
    F("loại 20 lít", "20", 20, "measure", "lít", "dung tích thùng", optional=True),
    F("khoảng 180.000 đồng", "180.000", 180000, "money", "đồng", "giá mỗi thùng", approx="about"),
    F("công suất 500 tấn/ngày", "500", 500, "measure", "tấn/ngày",
      "công suất ủ phân compost của Khu liên hợp xử lý chất thải rắn Đa Phước"),
    F("có 100% hộ", "100", 100, "percent", "%", "hộ dân phân loại rác tại nguồn", T25, status="target"),
    F("dưới 20%", "20", 20, "percent", "%", "tỷ lệ chôn lấp trực tiếp", T25, approx="under", status="target"),
]

NOTES = [
    "National newspaper (VnExpress style, 'Thứ hai, 15/4/2024, 06:30 (GMT+7)'), TP Hồ Chí Minh; invented for probe set 1023. Location TP Hồ Chí Minh.",
    "Headline 'dự kiến cấp 150.000 thùng' is a forecast (cue in the headline); the lead's 'trong quý II' takes 2024 from the dateline.",
    "'mới đạt khoảng 26%, thấp hơn nhiều so với mục tiêu 50% đặt ra' -> target 50 (met false) of the 26% figure; 50 is not a figure of its own.",
    "'tăng gấp 2,3 lần so với tháng đầu triển khai' -> change (unit lần) of 14,6 tấn/ngày. 'Sau 6 tháng' only locates in time: not a figure.",
    "Bà Hồng's household figures (1,5 kg, 3 lần/tuần, 40.000 đồng/hộ/tháng) -> location Quận 10; '3 lần/tuần' is a rate (measure). 5 người, 20 lít optional.",
    "12.400 thùng were given by Quận 3, Quận 10 and TP Thủ Đức together -> location TP Hồ Chí Minh (no single district).",
    "Distractors: 'Quận 3', 'Quận 10', 'phường 14', '17h-19h', dateline '06:30 (GMT+7)', 'Thứ hai'.",
]

write_set("p1023-6", TEXT, FIGS, NOTES, published="2024-04-15", location="TP Hồ Chí Minh")
