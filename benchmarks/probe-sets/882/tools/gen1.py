from lib import F, emit, period, year, inherit, change

TEXT = """Trang chủ > Tin tức - Sự kiện > Giao thông - Đô thị

Hải Phòng định hướng đầu tư 3 tuyến đường sắt đô thị

Cập nhật: 14/10/2024 09:15 | Lượt xem: 1.236

Theo Quy hoạch thành phố Hải Phòng thời kỳ 2021-2030, tầm nhìn đến năm 2050 được phê duyệt tại Quyết định số 323/QĐ-TTg, thành phố sẽ phát triển 3 tuyến đường sắt đô thị với tổng chiều dài khoảng 79 km, trong đó tuyến số 1 Thủy Nguyên - Cát Bi dài 28,5 km, tuyến số 2 dài 31 km và tuyến số 3 dài 19,5 km.

Giai đoạn đến năm 2030, thành phố ưu tiên chuẩn bị đầu tư tuyến số 1 đi dọc Quốc lộ 5 và đường Lê Hồng Phong. Tuyến dự kiến có 18 nhà ga, trong đó 6 ga ngầm. Tổng mức đầu tư dự kiến khoảng 52.000 tỷ đồng, tương đương hơn 2 tỷ USD.

Theo tính toán của Sở Giao thông vận tải, tuyến số 1 dự kiến phục vụ khoảng 85.000-100.000 lượt khách/ngày vào năm 2035 và tăng lên 180.000 lượt khách/ngày vào năm 2050. Thời gian đi tàu từ trung tâm Thủy Nguyên đến sân bay Cát Bi dự kiến khoảng 35 phút.

Hiện nay, vận tải hành khách công cộng mới đáp ứng khoảng 3,5% nhu cầu đi lại của người dân. Năm 2023, toàn thành phố có 16 tuyến xe buýt với 213 phương tiện, vận chuyển gần 9,8 triệu lượt khách, tăng 12,4% so với năm 2022. 9 tháng đầu năm 2024, xe buýt ước vận chuyển 7,6 triệu lượt khách, bằng 81% kế hoạch năm.

Mục tiêu đến năm 2030, tỷ lệ đảm nhận của vận tải hành khách công cộng đạt 15-20% và đến năm 2050 đạt 30-35%. Thành phố phấn đấu khởi công tuyến số 1 trước năm 2030, huy động khoảng 40% vốn từ khu vực tư nhân theo phương thức PPP.

Cổng Thông tin điện tử thành phố Hải Phòng - Số 18 Hoàng Diệu, quận Hồng Bàng - ĐT: 0225.3842.651
"""

Y23 = year(2023)
M9 = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NOTES = [
    "Cổng TTĐT Hải Phòng (province portal): định hướng 3 tuyến đường sắt đô thị theo quy hoạch; tuyến số 1 Thủy Nguyên - Cát Bi; xe buýt 2023-2024.",
    "'Cập nhật: 14/10/2024 09:15' is the dateline; 'Lượt xem: 1.236', Quyết định số 323/QĐ-TTg, 'thời kỳ 2021-2030' (the plan's name), 'tuyến số 1/2/3', Quốc lộ 5, address and phone are not figures.",
    "Planned network under 'Theo Quy hoạch ... sẽ phát triển' is target (the clause continues through 'trong đó ...'); 'dự kiến' gives forecast.",
    "'tương đương hơn 2 tỷ USD' restates 52.000 tỷ đồng in another currency: optional. 'tăng lên 180.000' is a level, not a change.",
]
FIGS = [
    F("định hướng đầu tư 3 tuyến", "3", 3, "count", "tuyến", "tuyến đường sắt đô thị định hướng đầu tư", status="target"),
    F("sẽ phát triển 3 tuyến", "3", 3, "count", "tuyến", "tuyến đường sắt đô thị", status="target"),
    F("chiều dài khoảng 79 km", "79", 79, "measure", "km", "tổng chiều dài các tuyến đường sắt đô thị", approx="about", status="target"),
    F("Cát Bi dài 28,5 km", "28,5", 28.5, "measure", "km", "chiều dài tuyến số 1 Thủy Nguyên - Cát Bi", total=79, status="target"),
    F("tuyến số 2 dài 31 km", "31", 31, "measure", "km", "chiều dài tuyến số 2", total=79, status="target"),
    F("tuyến số 3 dài 19,5 km", "19,5", 19.5, "measure", "km", "chiều dài tuyến số 3", total=79, status="target"),
    F("dự kiến có 18 nhà ga", "18", 18, "count", "nhà ga", "nhà ga tuyến số 1", status="forecast"),
    F("trong đó 6 ga ngầm", "6", 6, "count", "ga ngầm", "ga ngầm tuyến số 1", total=18, status="forecast"),
    F("khoảng 52.000 tỷ đồng", "52.000", 52000e9, "money", "đồng", "tổng mức đầu tư tuyến số 1", approx="about", status="forecast"),
    F("hơn 2 tỷ USD", "2", 2e9, "money", "USD", "tổng mức đầu tư tuyến số 1 quy đổi", approx="over", status="forecast", optional=True),
    F("khoảng 85.000-100.000", "85.000", 85000, "measure", "lượt khách/ngày", "lượt khách tuyến số 1 phục vụ",
      value_max=100000, approx="about", status="forecast", period=year(2035)),
    F("tăng lên 180.000", "180.000", 180000, "measure", "lượt khách/ngày", "lượt khách tuyến số 1 phục vụ", status="forecast", period=year(2050)),
    F("dự kiến khoảng 35 phút", "35", 35, "measure", "phút", "thời gian đi tàu từ trung tâm Thủy Nguyên đến sân bay Cát Bi", approx="about", status="forecast"),
    F("khoảng 3,5% nhu cầu", "3,5", 3.5, "percent", "%", "tỷ lệ nhu cầu đi lại được vận tải hành khách công cộng đáp ứng", approx="about"),
    F("có 16 tuyến xe buýt", "16", 16, "count", "tuyến xe buýt", "tuyến xe buýt", period=Y23),
    F("213 phương tiện", "213", 213, "count", "phương tiện", "phương tiện xe buýt", period=Y23),
    F("gần 9,8 triệu lượt khách", "9,8", 9.8e6, "count", "lượt khách", "lượt khách xe buýt vận chuyển", approx="nearly",
      change=change("increase", 12.4, baseline="năm 2022"), period=Y23),
    F("ước vận chuyển 7,6 triệu", "7,6", 7.6e6, "count", "lượt khách", "lượt khách xe buýt vận chuyển", percent=81, status="estimate", period=M9),
    F("đạt 15-20%", "15", 15, "percent", "%", "tỷ lệ đảm nhận của vận tải hành khách công cộng", value_max=20, status="target",
      period=period("đến năm 2030", None, "2030-12-31")),
    F("đạt 30-35%", "30", 30, "percent", "%", "tỷ lệ đảm nhận của vận tải hành khách công cộng", value_max=35, status="target",
      period=period("đến năm 2050", None, "2050-12-31")),
    F("khoảng 40% vốn", "40", 40, "percent", "%", "tỷ lệ vốn huy động từ khu vực tư nhân cho tuyến số 1", approx="about", status="target"),
]
emit("p882-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Hải Phòng")
