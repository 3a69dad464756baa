from lib import F, P, I, CH, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ MẪU SƠN - HUYỆN LỘC BÌNH - TỈNH LẠNG SƠN
Trang chủ > Tin hoạt động > Kinh tế
Ngày đăng: 20/01/2025 10:05

Mẫu Sơn hút khách mùa băng giá

Từ đầu tháng 12/2024 đến nay, Khu du lịch Mẫu Sơn đón khoảng 65.000 lượt khách, tăng 1,5 lần so với cùng kỳ; trong đó dịp Tết Dương lịch đón hơn 12.000 lượt. Lượng khách ngày cuối tuần gấp 3 lần ngày thường.

Những ngày giữa tháng 1, nhiệt độ trên đỉnh Mẫu Sơn (cao 1.541 m) có lúc xuống -2 độ C, xuất hiện băng giá, thu hút hàng nghìn du khách lên "săn" băng. Đường lên đỉnh theo đường tỉnh 237 được lực lượng chức năng phân luồng, rải muối chống trơn trượt.

Hiện toàn xã có 28 hộ kinh doanh homestay với khoảng 420 giường, giá phòng từ 300.000 đến 500.000 đồng/đêm. Doanh thu từ dịch vụ du lịch của người dân năm 2024 ước đạt 9,6 tỷ đồng, tăng 18% so với năm 2023. Thu nhập bình quân đầu người của xã năm 2024 đạt 38,5 triệu đồng/người/năm.

Tuyến cáp treo lên đỉnh Mẫu Sơn đã được đưa vào quy hoạch tỉnh, dự kiến dài khoảng 3,2 km, tổng vốn khoảng 1.500 tỷ đồng. Năm 2025, xã phấn đấu có thêm 10 hộ làm homestay, đón trên 200.000 lượt khách. Lễ hội Mùa đông Mẫu Sơn lần thứ 5 sẽ diễn ra tại thôn Khuổi Cấp.

Thực hiện Nghị quyết số 15-NQ/ĐU của Đảng ủy xã, UBND xã đề nghị các hộ kinh doanh niêm yết giá, không để xảy ra tình trạng "chặt chém" du khách. Mọi phản ánh xin liên hệ số điện thoại 0205.3840.268.

Số lượt truy cập: 95.317
"""

SINCE = P("Từ đầu tháng 12/2024 đến nay", "2024-12-01", "2025-01-20")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("khoảng 65.000 lượt", "65.000", 65000, "count", "lượt khách", "lượt khách Khu du lịch Mẫu Sơn", SINCE,
      approx="about", change=CH("increase", 1.5, "lần", "cùng kỳ")),
    F("hơn 12.000 lượt", "12.000", 12000, "count", "lượt", "lượt khách dịp Tết Dương lịch", I(SINCE),
      approx="over", total=65000),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "lượng khách ngày cuối tuần so với ngày thường"),
    F("cao 1.541 m", "1.541", 1541, "measure", "m", "độ cao đỉnh Mẫu Sơn"),
    F("-2 độ C", "-2", -2, "measure", "độ C", "nhiệt độ trên đỉnh Mẫu Sơn"),
    F("hàng nghìn du khách", "nghìn", 1000, "count", "du khách", "du khách lên săn băng", approx="about",
      optional=True),
    F("có 28 hộ", "28", 28, "count", "hộ", "hộ kinh doanh homestay"),
    F("khoảng 420 giường", "420", 420, "count", "giường", "giường homestay", approx="about"),
    F("từ 300.000 đến", "300.000", 300000, "money", "đồng/đêm", "giá phòng homestay", value_max=500000),
    F("ước đạt 9,6 tỷ", "9,6", 9600000000, "money", "đồng", "doanh thu từ dịch vụ du lịch của người dân", Y24,
      change=CH("increase", 18, "%", "năm 2023"), status="estimate"),
    F("đạt 38,5 triệu", "38,5", 38500000, "money", "đồng/người/năm", "thu nhập bình quân đầu người", Y24),
    F("khoảng 3,2 km", "3,2", 3.2, "measure", "km", "chiều dài tuyến cáp treo lên đỉnh Mẫu Sơn",
      approx="about", status="forecast"),
    F("khoảng 1.500 tỷ", "1.500", 1500000000000, "money", "đồng", "tổng vốn tuyến cáp treo",
      approx="about", status="forecast"),
    F("thêm 10 hộ", "10", 10, "count", "hộ", "hộ làm homestay có thêm", Y25, status="target"),
    F("trên 200.000 lượt", "200.000", 200000, "count", "lượt khách", "lượt khách", Y25,
      approx="over", status="target"),
]

COMMENTS = [
    "Commune portal (xã Mẫu Sơn, huyện Lộc Bình, Lạng Sơn), 'Ngày đăng: 20/01/2025 10:05', counter in the footer: winter tourism on Mẫu Sơn.",
    "Location: the contract's places are province, city or district; a commune's figures take its district, Lộc Bình.",
    "'Từ đầu tháng 12/2024 đến nay' runs to the dateline (2025-01-20). 'tăng 1,5 lần so với cùng kỳ' is a change in 'lần'.",
    "'trong đó dịp Tết Dương lịch … hơn 12.000 lượt' is a part of 65.000 (total); its own period is the holiday: inherited, not scored.",
    "'Lượng khách ngày cuối tuần gấp 3 lần ngày thường' stands alone: multiple. '-2 độ C' is a negative measure; 'hàng nghìn du khách' optional.",
    "'ước đạt 9,6 tỷ' estimate; the income sentence after it has its own 'năm 2024 đạt': actual, unit 'đồng/người/năm'.",
    "'dự kiến dài khoảng 3,2 km, tổng vốn khoảng 1.500 tỷ đồng' forecast. 'Năm 2025 … phấn đấu' targets.",
    "Distractors: 'đường tỉnh 237', 'lần thứ 5', 'Nghị quyết số 15-NQ/ĐU', '0205.3840.268', 'Số lượt truy cập: 95.317', 'tháng 12/2024', 'tháng 1'.",
]

emit("p695-8", TEXT, COMMENTS, FIGS, published="2025-01-20", location="Lộc Bình")
