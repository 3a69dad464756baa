"""p1048-1: Hà Tĩnh province portal, deer herd and velvet output, first half of 2024."""
from lib import F, write, period, inherit, change

TEXT = """Cổng Thông tin điện tử tỉnh Hà Tĩnh
Trang chủ > Tin tức - Sự kiện > Kinh tế
Hà Tĩnh: Đàn hươu sao đạt gần 47.000 con, nhung hươu được giá
Cập nhật: 12/07/2024 09:25 | Lượt xem: 2.316

Theo Sở Nông nghiệp và PTNT, tính đến ngày 30/6, tổng đàn hươu sao toàn tỉnh đạt 46.820 con, tăng 3,4% so với cùng kỳ năm 2023. Đàn hươu tập trung chủ yếu ở các huyện Hương Sơn (40.650 con), Vũ Quang (2.130 con), Hương Khê (1.870 con) và Đức Thọ (960 con).

Toàn tỉnh có 11.950 hộ nuôi hươu, trong đó 52 hộ nuôi quy mô từ 20 con trở lên; bình quân mỗi hộ nuôi 3-4 con.

Sáu tháng đầu năm, sản lượng nhung hươu toàn tỉnh ước đạt 12,4 tấn, tăng 5,1% so với cùng kỳ; riêng huyện Hương Sơn ước đạt hơn 10,8 tấn, chiếm khoảng 87%. Giá nhung hươu tươi hiện dao động từ 1,6 đến 2,3 triệu đồng/lạng, cao hơn khoảng 200.000 đồng/lạng so với đầu năm. Tổng giá trị thu từ nhung hươu ước đạt gần 250 tỷ đồng.

Theo Nghị quyết số 51/2021/NQ-HĐND của HĐND tỉnh, hộ nuôi mới được hỗ trợ 2 triệu đồng/con hươu giống, tối đa 10 con/hộ. Năm 2024, tỉnh phấn đấu đưa tổng đàn hươu lên 50.000 con, sản lượng nhung đạt 25 tấn. Lễ hội Nhung hươu Hương Sơn lần thứ 3 dự kiến được tổ chức vào tháng 3/2025.

Mọi thông tin xin liên hệ đường dây nóng: 0239.3855.588.
"""

ASOF = period("tính đến ngày 30/6", end="2024-06-30")
H1 = period("Sáu tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
HERD = "tổng đàn hươu sao"

FIGS = [
    F("đạt gần 47.000 con", "47.000", 47000, "count", "con", HERD, approx="nearly", period=inherit(ASOF)),
    F("toàn tỉnh đạt 46.820 con", "46.820", 46820, "count", "con", HERD,
      change=change("increase", 3.4, "%", "cùng kỳ năm 2023"), period=ASOF),
    F("Hương Sơn (40.650 con)", "40.650", 40650, "count", "con", "đàn hươu sao", location="Hương Sơn", period=inherit(ASOF)),
    F("Vũ Quang (2.130 con)", "2.130", 2130, "count", "con", "đàn hươu sao", location="Vũ Quang", period=inherit(ASOF)),
    F("Hương Khê (1.870 con)", "1.870", 1870, "count", "con", "đàn hươu sao", location="Hương Khê", period=inherit(ASOF)),
    F("Đức Thọ (960 con)", "960", 960, "count", "con", "đàn hươu sao", location="Đức Thọ", period=inherit(ASOF)),
    F("có 11.950 hộ", "11.950", 11950, "count", "hộ", "hộ nuôi hươu", period=inherit(ASOF)),
    F("trong đó 52 hộ", "52", 52, "count", "hộ", "hộ nuôi hươu quy mô từ 20 con trở lên", total=11950,
      period=inherit(ASOF)),
    F("từ 20 con trở lên", "20", 20, "count", "con", "ngưỡng quy mô hộ nuôi", approx="at_least", optional=True),
    F("mỗi hộ nuôi 3-4 con", "3", 3, "measure", "con/hộ", "số hươu bình quân mỗi hộ nuôi", value_max=4,
      period=inherit(ASOF)),
    F("ước đạt 12,4 tấn", "12,4", 12.4, "measure", "tấn", "sản lượng nhung hươu", status="estimate",
      change=change("increase", 5.1, "%", "cùng kỳ"), period=H1),
    F("hơn 10,8 tấn", "10,8", 10.8, "measure", "tấn", "sản lượng nhung hươu", approx="over", percent=87,
      status="estimate", location="Hương Sơn", period=H1),
    F("từ 1,6 đến 2,3 triệu đồng/lạng", "1,6", 1600000, "money", "đồng/lạng", "giá nhung hươu tươi",
      value_max=2300000, change=change("increase", 200000, "đồng/lạng", "đầu năm", "about")),
    F("ước đạt gần 250 tỷ đồng", "250", 250e9, "money", "đồng", "tổng giá trị thu từ nhung hươu",
      approx="nearly", status="estimate", period=inherit(H1)),
    F("hỗ trợ 2 triệu đồng/con", "2", 2000000, "money", "đồng/con", "mức hỗ trợ hươu giống cho hộ nuôi mới"),
    F("tối đa 10 con/hộ", "10", 10, "measure", "con/hộ", "số hươu giống được hỗ trợ mỗi hộ", approx="at_most"),
    F("lên 50.000 con", "50.000", 50000, "count", "con", "tổng đàn hươu", status="target", period=Y24),
    F("nhung đạt 25 tấn", "25", 25, "measure", "tấn", "sản lượng nhung hươu", status="target", period=Y24),
]

NOTES = [
    "Probe 1048-1: Hà Tĩnh province portal (breadcrumb, Cập nhật/Lượt xem). Deer herd as of 30/6 (year from the dateline),",
    "district list in brackets (no total: separate sentence, does not add up), velvet output H1 (year-less), prices, policy, 2024 targets.",
    "Not figures: Lượt xem 2.316, Nghị quyết số 51/2021/NQ-HĐND, lần thứ 3, tháng 3/2025, hotline 0239.3855.588, 09:25.",
    "'hiện dao động' price: no period (bare 'hiện'). '20 con trở lên' is a size-class threshold (optional).",
]

write(1, TEXT, FIGS, NOTES, published="2024-07-12", location="Hà Tĩnh")
