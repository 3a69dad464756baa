from lib import F, emit, period, year, inherit, change

TEXT = """Thời sự › Giao thông
Thứ tư, 22/1/2025, 10:30 (GMT+7)

Metro số 1 chở hơn 2,3 triệu lượt khách sau một tháng

Tuyến metro Bến Thành - Suối Tiên (TP HCM) đón trung bình khoảng 75.000 lượt khách mỗi ngày trong tháng đầu vận hành thương mại, vượt dự báo ban đầu.

Theo Công ty TNHH MTV Đường sắt đô thị số 1 (HURC1), từ ngày 22/12/2024 đến hết ngày 21/1/2025, tuyến chở 2.348.600 lượt khách. Ngày đông nhất là 31/12/2024 với gần 153.000 lượt. Trong 10 ngày đầu miễn phí vé (22-31/12/2024), bình quân khoảng 110.000 lượt khách/ngày; từ ngày 1/1/2025, khi bắt đầu thu phí, lượng khách dao động 52.000-68.000 lượt/ngày.

Trong số khách trả phí, 64% thanh toán bằng thẻ ngân hàng, ví điện tử; 36% mua vé giấy tại quầy. Giá vé lượt từ 7.000 đến 20.000 đồng tùy quãng đường, vé ngày 40.000 đồng, vé tháng 300.000 đồng; học sinh, sinh viên được giảm 50% giá vé tháng.

Tuyến dài 19,7 km với 14 nhà ga, gồm 3 ga ngầm và 11 ga trên cao; 17 đoàn tàu, mỗi đoàn 3 toa, chở tối đa 930 khách. Tổng mức đầu tư sau 3 lần điều chỉnh là 43.700 tỷ đồng, gấp hơn 2,5 lần so với dự toán ban đầu năm 2007.

Ông Nguyễn Văn Tám, Phó tổng giám đốc HURC1, cho biết từ tháng 2, đơn vị dự kiến tăng số chuyến lên 200 chuyến/ngày, rút giãn cách giờ cao điểm từ 8 phút xuống 6 phút. TP HCM cũng đã mở 17 tuyến xe buýt điện kết nối các nhà ga với tổng cộng 216 xe, tần suất 10-15 phút/chuyến.

Gia Minh
"""

NOTES = [
    "National newspaper (VnExpress style, 'Thứ tư, 22/1/2025, 10:30 (GMT+7)'): metro số 1 Bến Thành - Suối Tiên after its first month; fares, line, trains, feeder buses.",
    "'Metro số 1', 'Đường sắt đô thị số 1', 'sau một tháng', 'tháng đầu', '10 ngày đầu', '(22-31/12/2024)', 'năm 2007', 'từ tháng 2', 'Nguyễn Văn Tám' are not figures.",
    "'3 lần điều chỉnh' (how often the cost was revised) is optional. '43.700 tỷ đồng, gấp hơn 2,5 lần so với dự toán ban đầu' carries the multiple as its change.",
    "'rút giãn cách ... từ 8 phút xuống 6 phút': 8 phút is the present headway (actual), 6 phút the planned one (forecast); no change value is written.",
    "'học sinh, sinh viên được giảm 50% giá vé tháng' is a percent figure of its own (a discount rate; it is not a change of the 300.000 đồng).",
    "'khoảng 75.000 lượt khách mỗi ngày' is a rate (unit lượt khách/ngày); '3 toa' per train stays a count of toa.",
]
FIGS = [
    F("chở hơn 2,3 triệu", "2,3", 2.3e6, "count", "lượt khách", "lượt khách metro số 1 chở", approx="over"),
    F("khoảng 75.000 lượt khách mỗi ngày", "75.000", 75000, "measure", "lượt khách/ngày", "lượt khách trung bình mỗi ngày", approx="about"),
    F("tuyến chở 2.348.600", "2.348.600", 2348600, "count", "lượt khách", "lượt khách tuyến chở",
      period=period("từ ngày 22/12/2024 đến hết ngày 21/1/2025", "2024-12-22", "2025-01-21")),
    F("gần 153.000 lượt", "153.000", 153000, "count", "lượt", "lượt khách ngày đông nhất", approx="nearly",
      period=period("31/12/2024", "2024-12-31", "2024-12-31")),
    F("khoảng 110.000", "110.000", 110000, "measure", "lượt khách/ngày", "lượt khách bình quân trong 10 ngày đầu miễn phí vé", approx="about",
      period=period("22-31/12/2024", "2024-12-22", "2024-12-31")),
    F("dao động 52.000-68.000", "52.000", 52000, "measure", "lượt/ngày", "lượng khách khi bắt đầu thu phí", value_max=68000),
    F("64% thanh toán", "64", 64, "percent", "%", "tỷ lệ khách trả phí thanh toán bằng thẻ ngân hàng, ví điện tử"),
    F("36% mua vé", "36", 36, "percent", "%", "tỷ lệ khách trả phí mua vé giấy tại quầy"),
    F("từ 7.000 đến 20.000 đồng", "7.000", 7000, "money", "đồng", "giá vé lượt", value_max=20000),
    F("vé ngày 40.000 đồng", "40.000", 40000, "money", "đồng", "giá vé ngày"),
    F("vé tháng 300.000 đồng", "300.000", 300000, "money", "đồng", "giá vé tháng"),
    F("giảm 50%", "50", 50, "percent", "%", "mức giảm giá vé tháng cho học sinh, sinh viên"),
    F("dài 19,7 km", "19,7", 19.7, "measure", "km", "chiều dài tuyến"),
    F("với 14 nhà ga", "14", 14, "count", "nhà ga", "nhà ga của tuyến"),
    F("gồm 3 ga ngầm", "3", 3, "count", "ga ngầm", "ga ngầm", total=14),
    F("11 ga trên cao", "11", 11, "count", "ga trên cao", "ga trên cao", total=14),
    F("17 đoàn tàu", "17", 17, "count", "đoàn tàu", "đoàn tàu"),
    F("mỗi đoàn 3 toa", "3", 3, "count", "toa", "số toa mỗi đoàn tàu"),
    F("tối đa 930 khách", "930", 930, "count", "khách", "sức chở mỗi đoàn tàu", approx="at_most"),
    F("sau 3 lần điều chỉnh", "3", 3, "count", "lần", "số lần điều chỉnh tổng mức đầu tư", optional=True),
    F("là 43.700 tỷ đồng", "43.700", 43700e9, "money", "đồng", "tổng mức đầu tư",
      change=change("increase", 2.5, unit="lần", baseline="dự toán ban đầu năm 2007", approx="over")),
    F("lên 200 chuyến/ngày", "200", 200, "measure", "chuyến/ngày", "số chuyến tàu", status="forecast"),
    F("từ 8 phút", "8", 8, "measure", "phút", "giãn cách chạy tàu giờ cao điểm hiện nay"),
    F("xuống 6 phút", "6", 6, "measure", "phút", "giãn cách chạy tàu giờ cao điểm", status="forecast"),
    F("mở 17 tuyến", "17", 17, "count", "tuyến xe buýt điện", "tuyến xe buýt điện kết nối các nhà ga"),
    F("tổng cộng 216 xe", "216", 216, "count", "xe", "xe buýt điện kết nối"),
    F("10-15 phút/chuyến", "10", 10, "measure", "phút/chuyến", "tần suất xe buýt điện kết nối", value_max=15),
]
emit("p882-6", TEXT, NOTES, FIGS, published="2025-01-22", location="Thành phố Hồ Chí Minh")
