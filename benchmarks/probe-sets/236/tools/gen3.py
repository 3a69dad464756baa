from lib import *

A = """Thời sự › Giao thông

Metro số 1 chở hơn 1,6 triệu lượt khách sau ba tuần vận hành

Thứ hai, 13/1/2025, 07:30 (GMT+7)

TP Hồ Chí Minh - Tuyến metro Bến Thành - Suối Tiên đã phục vụ khoảng 1,62 triệu lượt khách từ ngày 22/12/2024 đến hết ngày 12/1/2025, bình quân gần 74.000 lượt mỗi ngày.

Theo Công ty TNHH MTV Đường sắt đô thị số 1 (HURC1), ngày khai trương 22/12/2024 tuyến đón khoảng 150.000 lượt khách. Trong 10 ngày đầu miễn phí vé (từ 22/12 đến 31/12/2024), sản lượng đạt hơn 1,1 triệu lượt. Sau khi bắt đầu thu tiền vé, lượng khách giảm còn 35.000-40.000 lượt/ngày vào ngày thường và tăng lên trên 60.000 lượt vào cuối tuần.

Tuyến dài 19,7 km với 14 nhà ga, trong đó 3 ga ngầm và 11 ga trên cao, tổng mức đầu tư hơn 43,7 nghìn tỷ đồng. Hiện 17 đoàn tàu, mỗi đoàn 3 toa, chạy với giãn cách 8-10 phút vào giờ cao điểm và 12 phút giờ thấp điểm; mỗi đoàn chở tối đa 930 khách.

Giá vé lượt từ 7.000 đến 20.000 đồng tùy quãng đường; vé ngày 40.000 đồng, vé tháng 300.000 đồng. Theo HURC1, khoảng 42% hành khách thanh toán bằng thẻ ngân hàng không tiếp xúc, 58% mua vé giấy tại ga.

Để kết nối metro, Sở Giao thông vận tải đã điều chỉnh 17 tuyến xe buýt và mở mới 4 tuyến buýt điện đến các nhà ga, đặc biệt là ga Bến Thành (Quận 1) và ga Suối Tiên (TP Thủ Đức). Năm 2025, tuyến đặt mục tiêu chở khoảng 15 triệu lượt khách; đến năm 2030 đạt 40 triệu lượt khách.

Đường dây nóng HURC1: 1900 633 615.

GIA MINH
"""

pub = "2025-01-13"
rng = P("từ ngày 22/12/2024 đến hết ngày 12/1/2025", "2024-12-22", "2025-01-12")
d0 = P("ngày khai trương 22/12/2024", "2024-12-22", "2024-12-22")
free = P("từ 22/12 đến 31/12/2024", "2024-12-22", "2024-12-31")
y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
to30 = P("đến năm 2030", None, "2030-12-31")

figs = [
    F("chở hơn 1,6 triệu", "1,6", 1.6e6, "count", "lượt khách", "lượt khách metro số 1 chở", approx="over"),
    F("khoảng 1,62 triệu", "1,62", 1.62e6, "count", "lượt khách", "lượt khách tuyến metro Bến Thành - Suối Tiên phục vụ",
      rng, approx="about"),
    F("gần 74.000 lượt", "74.000", 74000, "measure", "lượt/ngày", "lượt khách bình quân mỗi ngày", rng,
      approx="nearly"),
    F("khoảng 150.000 lượt", "150.000", 150000, "count", "lượt khách", "lượt khách tuyến đón", d0,
      approx="about"),
    F("hơn 1,1 triệu lượt", "1,1", 1.1e6, "count", "lượt", "sản lượng", free,
      approx="over"),
    F("còn 35.000-40.000", "35.000", 35000, "measure", "lượt/ngày", "lượng khách ngày thường",
      value_max=40000),
    F("trên 60.000 lượt", "60.000", 60000, "count", "lượt", "lượng khách cuối tuần",
      approx="over"),
    F("dài 19,7 km", "19,7", 19.7, "measure", "km", "chiều dài tuyến"),
    F("với 14 nhà ga", "14", 14, "count", "nhà ga", "nhà ga"),
    F("3 ga ngầm", "3", 3, "count", "ga", "ga ngầm", total=14),
    F("11 ga trên cao", "11", 11, "count", "ga", "ga trên cao", total=14),
    F("hơn 43,7 nghìn tỷ", "43,7", 43.7e12, "money", "đồng", "tổng mức đầu tư", approx="over"),
    F("Hiện 17 đoàn tàu", "17", 17, "count", "đoàn tàu", "đoàn tàu"),
    F("mỗi đoàn 3 toa", "3", 3, "count", "toa", "toa mỗi đoàn tàu"),
    F("giãn cách 8-10 phút", "8", 8, "measure", "phút", "giãn cách chạy tàu giờ cao điểm", value_max=10),
    F("và 12 phút", "12", 12, "measure", "phút", "giãn cách chạy tàu giờ thấp điểm"),
    F("tối đa 930 khách", "930", 930, "count", "khách", "sức chở mỗi đoàn tàu", approx="at_most"),
    F("từ 7.000 đến 20.000", "7.000", 7000, "money", "đồng", "giá vé lượt", value_max=20000),
    F("vé ngày 40.000 đồng", "40.000", 40000, "money", "đồng", "giá vé ngày"),
    F("vé tháng 300.000 đồng", "300.000", 300000, "money", "đồng", "giá vé tháng"),
    F("khoảng 42% hành khách", "42", 42, "percent", "%", "hành khách thanh toán bằng thẻ ngân hàng không tiếp xúc",
      approx="about"),
    F("58% mua vé giấy", "58", 58, "percent", "%", "hành khách mua vé giấy tại ga"),
    F("điều chỉnh 17 tuyến", "17", 17, "count", "tuyến xe buýt", "tuyến xe buýt điều chỉnh kết nối metro"),
    F("mở mới 4 tuyến", "4", 4, "count", "tuyến buýt điện", "tuyến buýt điện mở mới kết nối nhà ga"),
    F("khoảng 15 triệu lượt", "15", 15e6, "count", "lượt khách", "lượt khách tuyến metro chở", y25,
      approx="about", status="target"),
    F("đạt 40 triệu lượt", "40", 40e6, "count", "lượt khách", "lượt khách tuyến metro chở", to30, status="target"),
]

C = [
    "National press (VnExpress style): HCMC metro line 1 Bến Thành - Suối Tiên after three weeks; ridership, stations, trains, fares, feeder buses, targets.",
    "Dateline 'Thứ hai, 13/1/2025, 07:30 (GMT+7)'. Distractors: 'Metro số 1', 'Đường sắt đô thị số 1' (names), 'Quận 1', '(GMT+7)', hotline 1900 633 615,",
    "dates 22/12/2024, 12/1/2025, 31/12/2024; durations 'sau ba tuần', 'Trong 10 ngày đầu' only locate figures in time (not figures).",
    "Explicit date ranges give the period; a single day (ngày khai trương 22/12/2024) gives start = end. Per-day rates are measure 'lượt/ngày'.",
    "'giảm còn' / 'tăng lên' state only the new level (no change). 'tối đa 930 khách' = at_most. Headline figure has no period phrase.",
    "'khoảng 42% …, 58% …': the 'khoảng' is read as governing only its own item.",
]

build("p236-3", A, figs, C, published=pub, location="TP Hồ Chí Minh")
