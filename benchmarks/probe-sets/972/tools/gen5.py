"""p972-5: Báo Nam Định, Hải Hậu hybrid rice (F1) seed production; byline and bare date at the end."""
from lib import F, C, T, P, I, year, write

TEXT = """
Báo Nam Định điện tử › Kinh tế

Hải Hậu mở rộng sản xuất hạt giống lúa lai F1

Những năm gần đây, huyện Hải Hậu trở thành một trong những vùng sản xuất hạt giống lúa lai F1 lớn của tỉnh. Vụ Xuân năm 2023, toàn huyện gieo cấy 236 ha lúa lai F1 tại 7 xã, tăng gần 40 ha so với vụ Xuân năm trước.

Sản xuất hạt lai đòi hỏi kỹ thuật cao: ruộng giống phải cách ly với ruộng lúa khác ít nhất 100 m, tỷ lệ cấy thường là 2 hàng bố, 12 hàng mẹ; khâu điều khiển để dòng bố và dòng mẹ trỗ bông trùng khớp quyết định năng suất.

Theo ông Trần Văn Sáu, Giám đốc HTX Dịch vụ nông nghiệp Hải Phong, vụ này năng suất hạt lai của HTX đạt 3,2 tấn/ha, cao hơn bình quân chung của huyện 0,4 tấn/ha. Với giá bao tiêu 62.000 đồng/kg, mỗi ha cho doanh thu gần 200 triệu đồng, cao gấp 3 lần so với cấy lúa thương phẩm. Hiện 5 hợp tác xã của huyện liên kết với 2 doanh nghiệp giống để sản xuất hạt lai, bao tiêu 100% sản phẩm.

Năm 2022, sản lượng hạt lai F1 của huyện đạt 648 tấn, chiếm khoảng 40% sản lượng hạt lai toàn tỉnh. Tuy vậy, sản xuất hạt lai vẫn gặp nhiều rủi ro do thời tiết. Vụ Xuân 2022, đợt rét đậm kéo dài làm khoảng 30 ha bị lệch thời gian trỗ giữa dòng bố và dòng mẹ, năng suất giảm từ 25 đến 30%.

Huyện đặt mục tiêu đến năm 2025 nâng diện tích sản xuất hạt lai F1 lên 350 ha, sản lượng đạt 1.000 tấn/năm. Để làm được điều đó, huyện đề nghị tỉnh đầu tư nâng cấp tuyến kênh tưới dọc Quốc lộ 21 và hỗ trợ xây dựng kho bảo quản hạt giống.

THANH THỦY
23/06/2023
"""

X23 = year("Vụ Xuân năm 2023", 2023)
Y22 = year("Năm 2022", 2022)
X22 = year("Vụ Xuân 2022", 2022)
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("gieo cấy 236 ha", "236", 236, "measure", "ha", "diện tích gieo cấy lúa lai F1", X23,
      change=C("increase", 40, "ha", "vụ Xuân năm trước", "nearly")),
    F("tại 7 xã", "7", 7, "count", "xã", "xã sản xuất lúa lai F1", X23),
    F("ít nhất 100 m", "100", 100, "measure", "m", "khoảng cách cách ly ruộng giống", approx="at_least",
      optional=True),
    F("là 2 hàng bố", "2", 2, "count", "hàng bố", "tỷ lệ cấy hàng bố", optional=True),
    F("12 hàng mẹ", "12", 12, "count", "hàng mẹ", "tỷ lệ cấy hàng mẹ", optional=True),
    F("đạt 3,2 tấn/ha", "3,2", 3.2, "measure", "tấn/ha", "năng suất hạt lai của HTX Hải Phong", I(X23),
      change=C("increase", 0.4, "tấn/ha", "bình quân chung của huyện")),
    F("giá bao tiêu 62.000 đồng/kg", "62.000", 62000, "money", "đồng/kg", "giá bao tiêu hạt lai", I(X23)),
    F("gần 200 triệu đồng", "200", 200000000, "money", "đồng/ha", "doanh thu mỗi ha sản xuất hạt lai", I(X23),
      approx="nearly", change=C("increase", 3, "lần", "cấy lúa thương phẩm")),
    F("Hiện 5 hợp tác xã", "5", 5, "count", "hợp tác xã", "hợp tác xã liên kết sản xuất hạt lai"),
    F("với 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", "doanh nghiệp giống liên kết sản xuất hạt lai"),
    F("bao tiêu 100% sản phẩm", "100", 100, "percent", "%", "tỷ lệ sản phẩm hạt lai được bao tiêu"),
    F("đạt 648 tấn", "648", 648, "measure", "tấn", "sản lượng hạt lai F1 của huyện", Y22, percent=40),
    F("khoảng 30 ha", "30", 30, "measure", "ha", "diện tích lúa lai bị lệch thời gian trỗ", X22, approx="about"),
    F("giảm từ 25 đến 30%", "25", 25, "percent", "%", "năng suất hạt lai giảm", X22, value_max=30),
    F("lên 350 ha", "350", 350, "measure", "ha", "diện tích sản xuất hạt lai F1", T25, status="target"),
    F("đạt 1.000 tấn/năm", "1.000", 1000, "measure", "tấn/năm", "sản lượng hạt lai F1", T25, status="target"),
]

NOTES = [
    "Báo Nam Định (Party paper), byline 'THANH THỦY' and bare date 23/06/2023 at the end: F1 hybrid seed in huyện Hải Hậu.",
    "All figures describe the district: location Hải Hậu (the province is named only as 'tỉnh').",
    "Isolation distance and planting ratio (ít nhất 100 m; 2 hàng bố, 12 hàng mẹ) are technical specifications: optional.",
    "'cao gấp 3 lần so với cấy lúa thương phẩm' follows the revenue figure: its change (3 lần); 'chiếm khoảng 40%' is the",
    "percent of 648 tấn; 'năng suất giảm từ 25 đến 30%' has no base amount: a percent figure (range) without change.",
    "Distractors: F1, Trần Văn Sáu, HTX Hải Phong, Quốc lộ 21, the bare date.",
]

write("p972-5", TEXT, NOTES, FIGS, published="2023-06-23", location="Hải Hậu")
