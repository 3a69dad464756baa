from lib import F, emit, period, year, inherit, change

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Đường sắt

Năm 2024, đường sắt đô thị vận chuyển khoảng 17,1 triệu lượt khách

06/01/2025 08:42 | Lượt xem: 2.418

Theo báo cáo của Cục Đường sắt Việt Nam, tính đến ngày 31/12/2024, cả nước có 3 tuyến đường sắt đô thị đang khai thác thương mại với tổng chiều dài 41,3 km, gồm 2 tuyến tại Hà Nội và 1 tuyến tại TP. Hồ Chí Minh.

Năm 2024, các tuyến đường sắt đô thị vận chuyển tổng cộng khoảng 17,1 triệu lượt khách, tăng 82% so với năm 2023. Trong đó, tuyến Cát Linh - Hà Đông đạt 11,8 triệu lượt, tuyến Nhổn - Cầu Giấy đạt gần 4,2 triệu lượt sau gần 5 tháng khai thác, tuyến Bến Thành - Suối Tiên đạt hơn 1,1 triệu lượt trong 10 ngày cuối năm.

Bình quân mỗi ngày, tuyến Cát Linh - Hà Đông phục vụ khoảng 32.300 lượt khách; riêng ngày 22/12/2024, tuyến Bến Thành - Suối Tiên đón hơn 150.000 lượt khách, gấp khoảng 4 lần dự báo. Sản lượng của tuyến Cát Linh - Hà Đông gấp gần 1,3 lần năm 2023.

Theo Kết luận số 49-KL/TW của Bộ Chính trị, đến năm 2035, Hà Nội phấn đấu hoàn thành khoảng 410 km và TP. Hồ Chí Minh khoảng 355 km đường sắt đô thị. Tổng nhu cầu vốn ước tính khoảng 67,3 tỷ USD, trong đó Hà Nội khoảng 36,9 tỷ USD.

Hiện tỷ lệ đảm nhận của vận tải hành khách công cộng mới đạt khoảng 19% tại Hà Nội và khoảng 10% tại TP. Hồ Chí Minh; tính chung cả nước, đường sắt đô thị mới đảm nhận chưa đến 1% nhu cầu đi lại tại các đô thị. Bộ Giao thông vận tải đề nghị hai thành phố ưu tiên phát triển mạng lưới xe buýt gom khách trong bán kính 500 m quanh các nhà ga.

Cổng TTĐT Bộ Giao thông vận tải - Số 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội - ĐT: 024.3942.4015
"""

HN, HCM = "Hà Nội", "Thành phố Hồ Chí Minh"
ASOF = period("tính đến ngày 31/12/2024", None, "2024-12-31")
Y24 = year(2024, "Năm 2024")
T35 = period("đến năm 2035", None, "2035-12-31")
NOTES = [
    "Cổng TTĐT Bộ GTVT (ministry site): đường sắt đô thị cả nước năm 2024 (3 tuyến, sản lượng), mục tiêu 2035 của Hà Nội và TP. Hồ Chí Minh.",
    "'06/01/2025 08:42' is the dateline; 'Lượt xem: 2.418', Kết luận số 49-KL/TW, 'gần 5 tháng', '10 ngày' (durations), the address and phone are not figures.",
    "National figures are Việt Nam; the parts after 'gồm'/'Trong đó' take their line's city and the whole before the cue as total.",
    "'gấp khoảng 4 lần dự báo' after 150.000 is its change (baseline dự báo); 'Sản lượng ... gấp gần 1,3 lần năm 2023' stands alone: a multiple.",
    "'hai thành phố' (a reference) and 'bán kính 500 m' (a criterion in a recommendation) are optional.",
    "revised: 36,9 tỷ USD subject 'nhu cầu vốn của Hà Nội' -> 'nhu cầu vốn' (a place that is a breakdown item goes to location, not subject).",
]
FIGS = [
    F("đô thị vận chuyển khoảng 17,1", "17,1", 17.1e6, "count", "lượt khách", "lượt khách đường sắt đô thị vận chuyển", approx="about", period=Y24),
    F("có 3 tuyến đường sắt", "3", 3, "count", "tuyến", "tuyến đường sắt đô thị đang khai thác thương mại", period=ASOF),
    F("tổng chiều dài 41,3 km", "41,3", 41.3, "measure", "km", "tổng chiều dài các tuyến đường sắt đô thị đang khai thác", period=ASOF),
    F("gồm 2 tuyến tại Hà Nội", "2", 2, "count", "tuyến", "tuyến đường sắt đô thị đang khai thác thương mại", total=3, period=ASOF, location=HN),
    F("1 tuyến tại TP", "1", 1, "count", "tuyến", "tuyến đường sắt đô thị đang khai thác thương mại", total=3, period=ASOF, location=HCM),
    F("tổng cộng khoảng 17,1 triệu", "17,1", 17.1e6, "count", "lượt khách", "lượt khách các tuyến đường sắt đô thị vận chuyển", approx="about",
      change=change("increase", 82, baseline="năm 2023"), period=Y24),
    F("Hà Đông đạt 11,8 triệu lượt", "11,8", 11.8e6, "count", "lượt", "lượt khách tuyến Cát Linh - Hà Đông", total=17.1e6,
      period=inherit(Y24), location=HN),
    F("gần 4,2 triệu lượt", "4,2", 4.2e6, "count", "lượt", "lượt khách tuyến Nhổn - Cầu Giấy", approx="nearly", total=17.1e6,
      period=inherit(Y24), location=HN),
    F("hơn 1,1 triệu lượt", "1,1", 1.1e6, "count", "lượt", "lượt khách tuyến Bến Thành - Suối Tiên", approx="over", total=17.1e6,
      period=period("10 ngày cuối năm", "2024-12-22", "2024-12-31"), location=HCM),
    F("khoảng 32.300 lượt khách", "32.300", 32300, "measure", "lượt khách/ngày", "lượt khách bình quân mỗi ngày tuyến Cát Linh - Hà Đông",
      approx="about", period=inherit(Y24), location=HN),
    F("hơn 150.000 lượt khách", "150.000", 150000, "count", "lượt khách", "lượt khách tuyến Bến Thành - Suối Tiên đón", approx="over",
      change=change("increase", 4, unit="lần", baseline="dự báo", approx="about"),
      period=period("ngày 22/12/2024", "2024-12-22", "2024-12-22"), location=HCM),
    F("gấp gần 1,3 lần", "1,3", 1.3, "multiple", "lần", "sản lượng của tuyến Cát Linh - Hà Đông so với năm 2023", approx="nearly", location=HN),
    F("khoảng 410 km", "410", 410, "measure", "km", "chiều dài đường sắt đô thị hoàn thành", approx="about", status="target", period=T35, location=HN),
    F("khoảng 355 km", "355", 355, "measure", "km", "chiều dài đường sắt đô thị hoàn thành", approx="about", status="target", period=T35, location=HCM),
    F("khoảng 67,3 tỷ USD", "67,3", 67.3e9, "money", "USD", "tổng nhu cầu vốn", approx="about", status="estimate", period=inherit(T35)),
    F("khoảng 36,9 tỷ USD", "36,9", 36.9e9, "money", "USD", "nhu cầu vốn", approx="about", total=67.3e9, status="estimate",
      period=inherit(T35), location=HN),
    F("khoảng 19% tại Hà Nội", "19", 19, "percent", "%", "tỷ lệ đảm nhận của vận tải hành khách công cộng", approx="about", location=HN),
    F("khoảng 10% tại TP", "10", 10, "percent", "%", "tỷ lệ đảm nhận của vận tải hành khách công cộng", approx="about", location=HCM),
    F("chưa đến 1%", "1", 1, "percent", "%", "tỷ lệ nhu cầu đi lại tại các đô thị do đường sắt đô thị đảm nhận", approx="under"),
    F("hai thành phố", "hai", 2, "count", "thành phố", "thành phố được đề nghị", optional=True),
    F("bán kính 500 m", "500", 500, "measure", "m", "bán kính gom khách quanh nhà ga", optional=True),
]
emit("p882-4", TEXT, NOTES, FIGS, published="2025-01-06", location="Việt Nam")
