"""p994-5: Báo Quảng Ngãi (Party/provincial paper), hành tím Lý Sơn 2023, byline and bare date at the end."""
from lib import F, P, Y, I, C, T, write

TEXT = """Hành tím Lý Sơn được mùa, được giá

(Báo Quảng Ngãi) - Vụ hành tím năm 2023, huyện đảo Lý Sơn xuống giống 350 ha, tăng 20 ha so với năm trước. Nhờ thời tiết thuận lợi, năng suất bình quân đạt 16 tấn/ha, có ruộng đạt trên 20 tấn/ha; sản lượng toàn huyện ước đạt 5.600 tấn.

Hiện hành tím tươi được thương lái thu mua tại ruộng với giá 35.000 - 40.000 đồng/kg, cao hơn khoảng 10.000 đồng/kg so với cùng kỳ năm 2022. Hành khô đã cắt lá có giá từ 60.000 đồng/kg trở lên. Trừ chi phí giống, phân bón và cát, mỗi sào (500 m2) người trồng lãi 12 - 15 triệu đồng.

Ông Phạm Văn Bảy ở thôn Đông, xã An Vĩnh cho biết, gia đình ông trồng 4 sào hành, thu hoạch được gần 3 tấn củ. "Năm nay tôi để lại khoảng 1 tấn treo trên giàn, bảo quản 2 - 3 tháng chờ giá lên", ông Bảy nói. Theo ông, hành Lý Sơn trồng trên cát trắng, củ chắc, ít hao hụt nên để được lâu hơn hành trong đất liền.

Theo Phòng Kinh tế huyện Lý Sơn, toàn huyện hiện có 2 hợp tác xã thu mua, sơ chế hành tím với công suất khoảng 300 tấn/năm. Năm 2023, huyện được tỉnh hỗ trợ 1,2 tỷ đồng theo Nghị quyết số 07/2021/NQ-HĐND để xây dựng nhãn hiệu chứng nhận và mua 3 máy sấy.

Lý Sơn đặt mục tiêu đến năm 2025 ổn định diện tích hành tím ở mức 400 ha, trong đó 50% diện tích áp dụng quy trình VietGAP, gắn với phát triển du lịch trải nghiệm trên đảo. Hiện tuyến tàu cao tốc Sa Kỳ - Lý Sơn dài khoảng 30 km đã giúp hành tím của đảo đến tay người tiêu dùng đất liền nhanh hơn.

THANH PHƯƠNG
18/03/2023
"""

Y23 = Y(2023, "năm 2023")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("xuống giống 350 ha", "350", 350, "measure", "ha", "diện tích xuống giống hành tím", Y23,
      change=C("increase", 20, "ha", "năm trước")),
    F("đạt 16 tấn/ha", "16", 16, "measure", "tấn/ha", "năng suất bình quân", I(Y23)),
    F("trên 20 tấn/ha", "20", 20, "measure", "tấn/ha", "năng suất một số ruộng", I(Y23), approx="over"),
    F("ước đạt 5.600 tấn", "5.600", 5600, "measure", "tấn", "sản lượng hành tím toàn huyện", I(Y23), status="estimate"),
    F("giá 35.000 - 40.000 đồng/kg", "35.000", 35000, "money", "đồng/kg", "giá hành tím tươi thương lái thu mua tại ruộng",
      value_max=40000, change=C("increase", 10000, "đồng/kg", "cùng kỳ năm 2022", approx="about")),
    F("từ 60.000 đồng/kg trở lên", "60.000", 60000, "money", "đồng/kg", "giá hành khô đã cắt lá", approx="at_least"),
    F("(500 m2)", "500", 500, "measure", "m2", "diện tích một sào", optional=True),
    F("lãi 12 - 15 triệu đồng", "12", 12e6, "money", "đồng/sào", "lãi mỗi sào của người trồng", value_max=15e6),
    F("trồng 4 sào", "4", 4, "measure", "sào", "diện tích hành gia đình ông Phạm Văn Bảy trồng"),
    F("gần 3 tấn", "3", 3, "measure", "tấn", "hành củ gia đình ông Bảy thu hoạch", approx="nearly"),
    F("khoảng 1 tấn", "1", 1, "measure", "tấn", "hành để lại treo trên giàn", Y(2023, "Năm nay"), approx="about"),
    F("bảo quản 2 - 3 tháng", "2", 2, "measure", "tháng", "thời gian bảo quản hành chờ giá", value_max=3),
    F("có 2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã thu mua, sơ chế hành tím"),
    F("khoảng 300 tấn/năm", "300", 300, "measure", "tấn/năm", "công suất thu mua, sơ chế", approx="about"),
    F("hỗ trợ 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí tỉnh hỗ trợ xây dựng nhãn hiệu và mua máy sấy",
      Y(2023, "Năm 2023")),
    F("mua 3 máy sấy", "3", 3, "count", "máy sấy", "máy sấy", Y(2023, "Năm 2023")),
    F("mức 400 ha", "400", 400, "measure", "ha", "diện tích hành tím", T25, status="target"),
    F("trong đó 50%", "50", 50, "percent", "%", "diện tích áp dụng quy trình VietGAP", T25, status="target"),
    F("dài khoảng 30 km", "30", 30, "measure", "km", "chiều dài tuyến tàu cao tốc Sa Kỳ - Lý Sơn", approx="about",
      optional=True),
]

COMMENTS = [
    "Báo Quảng Ngãi: hành tím Lý Sơn năm 2023 — area, yield, output, prices, profit per sào, a farmer's storage, cooperatives, support, 2025 target.",
    "Byline 'THANH PHƯƠNG' and bare date '18/03/2023' at the end give published. Location: the island district Lý Sơn.",
    "Distractors: 'Nghị quyết số 07/2021/NQ-HĐND', 'ông Phạm Văn Bảy' (name), 'thôn Đông, xã An Vĩnh', 'Sa Kỳ - Lý Sơn' (a route name).",
    "'(500 m2)' defines the local sào (optional). 'từ 60.000 đồng/kg trở lên' = at_least. 'bảo quản 2 - 3 tháng' is a storage time (measure, tháng).",
    "'Năm nay' in the farmer's quote = 2023 (year of the bare date) for 'khoảng 1 tấn'; the storage time '2 - 3 tháng' gets no period.",
    "The ferry route length (khoảng 30 km) is background, not about shallots: optional.",
]

write("p994-5", TEXT, FIGS, COMMENTS, published="2023-03-18", location="Lý Sơn")
