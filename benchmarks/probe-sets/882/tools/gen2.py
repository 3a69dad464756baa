from lib import F, emit, period, year, inherit, change

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN BẮC TỪ LIÊM
Trang chủ / Tin tức - Sự kiện / Kinh tế - Đô thị

Tuyến metro Nhổn - Cầu Giấy sau 6 tháng: người dân Bắc Từ Liêm hưởng lợi

Thứ Tư, 12/02/2025 - 10:05

Từ ngày 8/8/2024 đến hết ngày 8/2/2025, đoạn trên cao tuyến đường sắt đô thị Nhổn - ga Hà Nội dài 8,5 km với 8 nhà ga đã phục vụ hơn 5,3 triệu lượt hành khách, bình quân khoảng 29.000 lượt khách/ngày.

Trên địa bàn quận có 4 nhà ga là Nhổn, Minh Khai, Phú Diễn và Cầu Diễn. Theo số liệu của Công ty TNHH MTV Đường sắt Hà Nội, 4 ga này đón khoảng 2,1 triệu lượt khách, chiếm 39,6% tổng lượt khách của tuyến; riêng ga Nhổn đạt 780.000 lượt, cao nhất toàn tuyến.

Để kết nối hành khách với nhà ga, quận đã bố trí 6 điểm trông giữ xe với tổng diện tích khoảng 12.500 m2, đáp ứng 3.200 xe máy và 150 ô tô. Giá gửi xe máy là 5.000 đồng/lượt, vé tháng 100.000 đồng/xe. Thành phố cũng điều chỉnh 9 tuyến xe buýt, trong đó mở mới 3 tuyến, để gom khách về các ga. Giãn cách chạy tàu giờ cao điểm là 6 phút, giờ thấp điểm 10 phút.

Khảo sát của UBND quận với 1.200 người dân cho thấy 87% hài lòng với chất lượng dịch vụ; khoảng 42% số người đi tàu thường xuyên là học sinh, sinh viên. Ông Nguyễn Văn Ba, tổ dân phố số 7, phường Phú Diễn chia sẻ: "Trước đây đi xe máy đến Cầu Giấy mất gần 45 phút, nay đi tàu chỉ khoảng 15 phút".

Đoạn ngầm còn lại từ Cầu Giấy đến ga Hà Nội dài 4 km, gồm 4 ga ngầm, đang được thi công, dự kiến hoàn thành năm 2027.

Phòng Quản lý đô thị quận
"""

P = period("Từ ngày 8/8/2024 đến hết ngày 8/2/2025", "2024-08-08", "2025-02-08")
HN = "Hà Nội"
NOTES = [
    "Cổng TTĐT quận Bắc Từ Liêm (district portal): đoạn trên cao tuyến Nhổn - ga Hà Nội sau 6 tháng; stations of the district, parking, survey.",
    "'Thứ Tư, 12/02/2025 - 10:05' is the dateline. 'sau 6 tháng' (headline) is a duration; 'ga Hà Nội' is a station name; 'tổ dân phố số 7', 'Nguyễn Văn Ba', 'năm 2027' are not figures.",
    "Line-wide figures (length, stations, passengers, headways, city bus routes) are Hà Nội; the district's stations, parking and survey are Bắc Từ Liêm.",
    "'4 ga này' repeats the 4 stations: optional. '2,1 triệu ... chiếm 39,6% tổng lượt khách của tuyến' has no total (the whole is not restated as a number).",
    "The underground section's 4 km and 4 ga ngầm stand before 'dự kiến hoàn thành' (a cue of its own clause): actual.",
]
FIGS = [
    F("dài 8,5 km", "8,5", 8.5, "measure", "km", "chiều dài đoạn trên cao tuyến Nhổn - ga Hà Nội", location=HN),
    F("với 8 nhà ga", "8", 8, "count", "nhà ga", "nhà ga đoạn trên cao tuyến Nhổn - ga Hà Nội", location=HN),
    F("hơn 5,3 triệu", "5,3", 5.3e6, "count", "lượt hành khách", "lượt hành khách đoạn trên cao đã phục vụ", approx="over", period=P, location=HN),
    F("khoảng 29.000 lượt khách/ngày", "29.000", 29000, "measure", "lượt khách/ngày", "lượt khách bình quân", approx="about", period=P, location=HN),
    F("quận có 4 nhà ga", "4", 4, "count", "nhà ga", "nhà ga trên địa bàn quận"),
    F("4 ga này", "4", 4, "count", "ga", "nhà ga trên địa bàn quận", optional=True),
    F("khoảng 2,1 triệu", "2,1", 2.1e6, "count", "lượt khách", "lượt khách 4 ga trên địa bàn quận đón", approx="about", percent=39.6, period=inherit(P)),
    F("ga Nhổn đạt 780.000 lượt", "780.000", 780000, "count", "lượt", "lượt khách ga Nhổn", period=inherit(P)),
    F("bố trí 6 điểm", "6", 6, "count", "điểm trông giữ xe", "điểm trông giữ xe kết nối nhà ga"),
    F("khoảng 12.500 m2", "12.500", 12500, "measure", "m2", "tổng diện tích điểm trông giữ xe", approx="about"),
    F("đáp ứng 3.200 xe máy", "3.200", 3200, "count", "xe máy", "xe máy các điểm trông giữ đáp ứng"),
    F("150 ô tô", "150", 150, "count", "ô tô", "ô tô các điểm trông giữ đáp ứng"),
    F("5.000 đồng/lượt", "5.000", 5000, "money", "đồng/lượt", "giá gửi xe máy"),
    F("100.000 đồng/xe", "100.000", 100000, "money", "đồng/xe", "giá vé tháng gửi xe máy"),
    F("điều chỉnh 9 tuyến xe buýt", "9", 9, "count", "tuyến xe buýt", "tuyến xe buýt điều chỉnh gom khách về ga", location=HN),
    F("mở mới 3 tuyến", "3", 3, "count", "tuyến", "tuyến xe buýt mở mới", total=9, location=HN),
    F("cao điểm là 6 phút", "6", 6, "measure", "phút", "giãn cách chạy tàu giờ cao điểm", location=HN),
    F("thấp điểm 10 phút", "10", 10, "measure", "phút", "giãn cách chạy tàu giờ thấp điểm", location=HN),
    F("với 1.200 người dân", "1.200", 1200, "count", "người dân", "người dân được khảo sát"),
    F("87% hài lòng", "87", 87, "percent", "%", "tỷ lệ người dân hài lòng với chất lượng dịch vụ"),
    F("khoảng 42% số người", "42", 42, "percent", "%", "tỷ lệ học sinh, sinh viên trong số người đi tàu thường xuyên", approx="about"),
    F("gần 45 phút", "45", 45, "measure", "phút", "thời gian đi xe máy đến Cầu Giấy trước đây", approx="nearly"),
    F("khoảng 15 phút", "15", 15, "measure", "phút", "thời gian đi tàu đến Cầu Giấy", approx="about"),
    F("dài 4 km", "4", 4, "measure", "km", "chiều dài đoạn ngầm Cầu Giấy - ga Hà Nội", location=HN),
    F("gồm 4 ga ngầm", "4", 4, "count", "ga ngầm", "ga ngầm đoạn Cầu Giấy - ga Hà Nội", location=HN),
]
emit("p882-2", TEXT, NOTES, FIGS, published="2025-02-12", location="Bắc Từ Liêm")
