"""p1037-6: national newspaper, TP HCM crematoria and cemetery planning."""
from lib import F, P, I, C, T, emit

TEXT = """Thời sự > Dân sinh

Thứ bảy, 17/8/2024, 07:40 (GMT+7)

TP HCM dự kiến xây đài hóa thân thứ ba ở Củ Chi

Để giảm tải cho hai cơ sở hỏa táng hiện hữu, TP HCM dự kiến đầu tư đài hóa thân mới gồm 8 lò tại xã Phước Hiệp, huyện Củ Chi, cách trung tâm thành phố khoảng 45 km, tổng vốn khoảng 620 tỷ đồng.

Theo Sở Tài nguyên và Môi trường, thành phố hiện có 2 cơ sở hỏa táng là Bình Hưng Hòa (quận Bình Tân) với 16 lò và Phúc An Viên (TP Thủ Đức) với 10 lò, tổng công suất khoảng 180 ca mỗi ngày. Năm 2023, hai cơ sở thực hiện 51.240 ca hỏa táng, tăng 6,8% so với năm trước, tương đương bình quân 140 ca mỗi ngày. Riêng quý II/2024, Bình Hưng Hòa tiếp nhận 7.980 ca.

Tỷ lệ hỏa táng của thành phố năm 2023 đạt khoảng 92%, trong khi bình quân cả nước chỉ khoảng 30%. Theo Bộ Xây dựng, tính đến cuối năm 2023 cả nước có 101 cơ sở hỏa táng.

Giá hỏa táng tại cơ sở nhà nước từ 2,9 đến 5,6 triệu đồng/ca, trong khi nhiều cơ sở tư nhân thu cao hơn 30-40%. Vào những ngày cao điểm, người dân phải chờ 2-3 ngày mới đến lượt.

Theo quy hoạch, đến năm 2030 thành phố sẽ hình thành 4 công viên nghĩa trang tại Củ Chi, Bình Chánh, Cần Giờ và Hóc Môn với tổng diện tích khoảng 1.100 ha; đồng thời di dời, đóng cửa 58 nghĩa trang nằm xen kẽ trong khu dân cư. Thành phố khuyến khích người dân lựa chọn hỏa táng, lưu giữ tro cốt tại nhà hoặc chùa để tiết kiệm quỹ đất.

Hà An
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
FIGS = [
    F("cho hai cơ sở", "hai", 2, "count", "cơ sở hỏa táng", "cơ sở hỏa táng hiện hữu", optional=True),
    F("gồm 8 lò", "8", 8, "count", "lò", "lò của đài hóa thân mới", status="forecast", location="Củ Chi"),
    F("khoảng 45 km", "45", 45, "measure", "km", "khoảng cách đến trung tâm thành phố", approx="about", location="Củ Chi"),
    F("khoảng 620 tỷ đồng", "620", 620e9, "money", "đồng", "tổng vốn đầu tư đài hóa thân mới", approx="about",
      status="forecast", location="Củ Chi"),
    F("có 2 cơ sở hỏa táng", "2", 2, "count", "cơ sở hỏa táng", "cơ sở hỏa táng"),
    F("với 16 lò", "16", 16, "count", "lò", "lò của cơ sở hỏa táng Bình Hưng Hòa", location="Bình Tân"),
    F("với 10 lò", "10", 10, "count", "lò", "lò của cơ sở hỏa táng Phúc An Viên", location="Thủ Đức"),
    F("khoảng 180 ca", "180", 180, "measure", "ca/ngày", "tổng công suất hỏa táng", approx="about"),
    F("thực hiện 51.240 ca", "51.240", 51240, "count", "ca", "ca hỏa táng", Y23,
      change=C("increase", 6.8, "%", "năm trước")),
    F("hai cơ sở thực hiện", "hai", 2, "count", "cơ sở", "cơ sở hỏa táng", optional=True),
    F("bình quân 140 ca", "140", 140, "measure", "ca/ngày", "ca hỏa táng bình quân mỗi ngày", Y23),
    F("tiếp nhận 7.980 ca", "7.980", 7980, "count", "ca", "ca hỏa táng Bình Hưng Hòa tiếp nhận",
      P("quý II/2024", "2024-04-01", "2024-06-30"), location="Bình Tân"),
    F("khoảng 92%", "92", 92, "percent", "%", "tỷ lệ hỏa táng của thành phố", P("năm 2023", "2023-01-01", "2023-12-31"),
      approx="about"),
    F("khoảng 30%", "30", 30, "percent", "%", "tỷ lệ hỏa táng bình quân cả nước", P("năm 2023", "2023-01-01", "2023-12-31"),
      approx="about", location="Việt Nam"),
    F("có 101 cơ sở", "101", 101, "count", "cơ sở hỏa táng", "cơ sở hỏa táng",
      P("tính đến cuối năm 2023", None, "2023-12-31"), location="Việt Nam"),
    F("từ 2,9 đến 5,6 triệu", "2,9", 2.9e6, "money", "đồng/ca", "giá hỏa táng tại cơ sở nhà nước", value_max=5.6e6),
    F("cao hơn 30-40%", "30", 30, "percent", "%", "giá hỏa táng tại cơ sở tư nhân cao hơn cơ sở nhà nước", value_max=40),
    F("chờ 2-3 ngày", "2", 2, "measure", "ngày", "thời gian chờ hỏa táng ngày cao điểm", value_max=3),
    F("hình thành 4 công viên", "4", 4, "count", "công viên nghĩa trang", "công viên nghĩa trang", T30, status="target"),
    F("khoảng 1.100 ha", "1.100", 1100, "measure", "ha", "tổng diện tích công viên nghĩa trang", T30,
      approx="about", status="target"),
    F("đóng cửa 58 nghĩa trang", "58", 58, "count", "nghĩa trang", "nghĩa trang di dời, đóng cửa trong khu dân cư", T30,
      status="target"),
]
COMMENTS = [
    "National newspaper (VnExpress style): TP HCM crematoria (Bình Hưng Hòa, Phúc An Viên), a planned crematorium in Củ Chi, prices,",
    "cemetery-park planning to 2030; national rate and national count of crematoria (location Việt Nam).",
    "Not figures: 'Thứ bảy, 17/8/2024, 07:40 (GMT+7)', 'đài hóa thân thứ ba' (ordinal), place names, byline.",
    "Location: the planned crematorium's figures are Củ Chi (district); Bình Hưng Hòa's are Bình Tân (its district, named in brackets),",
    "Phúc An Viên's Thủ Đức; the city-wide figures TP Hồ Chí Minh. 'Theo quy hoạch, đến năm 2030 ... sẽ hình thành' -> target (cue",
    "'đến năm 2030 ... đạt'-type planning statement), continued by 'đồng thời ... 58 nghĩa trang'.",
    "'cơ sở tư nhân thu cao hơn 30-40%' has no base amount of its own: a percent figure (range), no change.",
    "revised: the number words in 'cho hai cơ sở hỏa táng hiện hữu' and 'hai cơ sở thực hiện' added as optional (they restate the",
    "count '2 cơ sở hỏa táng' as a reference; a reader might or might not record them; missed at first annotation).",
]
emit("p1037-6", TEXT, FIGS, COMMENTS, published="2024-08-17", location="TP Hồ Chí Minh")
