"""p697-7: Sở GTVT TP. Hồ Chí Minh department site (no dateline), electric buses, one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """SỞ GIAO THÔNG VẬN TẢI TP. HỒ CHÍ MINH
Trang chủ / Tin tức / Vận tải hành khách công cộng

Chuyển đổi xe buýt sang sử dụng điện: kết quả bước đầu và lộ trình

Đến cuối năm 2023, toàn thành phố có 9 tuyến xe buýt điện với 217 xe đang hoạt động. Trong năm 2023, các tuyến xe buýt điện vận chuyển 10,3 triệu lượt hành khách, chiếm 12,6% tổng sản lượng của hệ thống xe buýt thành phố.

Số tuyến, số xe và sản lượng xe buýt điện theo đơn vị khai thác
Đơn vị khai thác
Số tuyến (tuyến)
Số xe (xe)
Sản lượng năm 2023 (nghìn lượt)
Công ty TNHH Dịch vụ VinBus
6
150
7.420
Hợp tác xã Vận tải số 15
2
45
1.950
Công ty CP Xe khách Sài Gòn
1
22
930

Để phục vụ xe buýt điện, thành phố đã bố trí 5 bãi sạc tập trung tại các bến xe, tổng công suất khoảng 12,5 MW. Chi phí năng lượng bình quân của xe buýt điện khoảng 3.100 đồng/km, thấp hơn 35% so với xe buýt chạy dầu diesel.

Theo Đề án chuyển đổi xe buýt sử dụng điện, năng lượng xanh, mục tiêu giai đoạn 2025-2030 thành phố chuyển đổi 2.287 xe buýt sang sử dụng điện, năng lượng xanh với tổng vốn khoảng 16.000 tỷ đồng; riêng năm 2025 dự kiến đầu tư 350 xe buýt điện trên 24 tuyến.

Sở Giao thông vận tải TP. Hồ Chí Minh - 63 Lý Tự Trọng, phường Bến Nghé, Quận 1
Điện thoại: (028) 3829.0451 | Tổng lượt truy cập: 2.418.773
"""

END23 = P("Đến cuối năm 2023", end="2023-12-31")
Y23 = P("Trong năm 2023", "2023-01-01", "2023-12-31")
Y23H = P("Sản lượng năm 2023", "2023-01-01", "2023-12-31")
GD = P("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

ROWS = [
    ("Công ty TNHH Dịch vụ VinBus", ("VinBus\n6\n", "6", 6), ("\n6\n150\n", "150", 150), ("150\n7.420", "7.420", 7420000)),
    ("Hợp tác xã Vận tải số 15", ("số 15\n2\n", "2", 2), ("\n2\n45\n", "45", 45), ("45\n1.950", "1.950", 1950000)),
    ("Công ty CP Xe khách Sài Gòn", ("Sài Gòn\n1\n", "1", 1), ("\n1\n22\n", "22", 22), ("22\n930", "930", 930000)),
]

FIGS = [
    F("có 9 tuyến", "9", 9, "count", "tuyến", "tuyến xe buýt điện", END23),
    F("với 217 xe", "217", 217, "count", "xe", "xe buýt điện đang hoạt động", END23),
    F("10,3 triệu lượt", "10,3", 10300000, "count", "lượt hành khách", "lượt hành khách vận chuyển bằng xe buýt điện",
      Y23, percent=12.6),
]
for op, routes, buses, trips in ROWS:
    FIGS.append(F(routes[0], routes[1], routes[2], "count", "tuyến", f"số tuyến xe buýt điện {op}", I(END23)))
    FIGS.append(F(buses[0], buses[1], buses[2], "count", "xe", f"số xe buýt điện {op}", I(END23)))
    FIGS.append(F(trips[0], trips[1], trips[2], "count", "lượt", f"sản lượng xe buýt điện năm 2023 {op}", Y23H))
FIGS += [
    F("bố trí 5 bãi sạc", "5", 5, "count", "bãi sạc", "bãi sạc tập trung cho xe buýt điện"),
    F("khoảng 12,5 MW", "12,5", 12.5, "measure", "MW", "tổng công suất bãi sạc", approx="about"),
    F("khoảng 3.100 đồng/km", "3.100", 3100, "money", "đồng/km", "chi phí năng lượng bình quân của xe buýt điện",
      approx="about", change=CH("decrease", 35, "%", "xe buýt chạy dầu diesel")),
    F("chuyển đổi 2.287 xe buýt", "2.287", 2287, "count", "xe buýt", "xe buýt chuyển đổi sang sử dụng điện, năng lượng xanh",
      GD, status="target"),
    F("khoảng 16.000 tỷ đồng", "16.000", 16000000000000, "money", "đồng", "tổng vốn chuyển đổi xe buýt", GD,
      approx="about", status="target"),
    F("đầu tư 350 xe buýt điện", "350", 350, "count", "xe buýt điện", "xe buýt điện đầu tư", Y25, status="forecast"),
    F("trên 24 tuyến", "24", 24, "count", "tuyến", "tuyến xe buýt điện đầu tư", Y25, status="forecast"),
]

COMMENTS = [
    "Sở GTVT TP. Hồ Chí Minh (department site, no dateline: no published): xe buýt điện đến cuối năm 2023, table by operator, lộ trình 2025-2030.",
    "One-cell-per-line table; units in column headers ('Số tuyến (tuyến)', 'Số xe (xe)', 'Sản lượng năm 2023 (nghìn lượt)' -> ×1000).",
    "Row labels are operators (not places): subject = column + operator. The sản lượng column has its period in the header (scored);",
    "route/bus counts only inherit 'Đến cuối năm 2023' from the lead. The cells add up to the lead's 9 tuyến / 217 xe / 10,3 triệu,",
    "but a table cell carries no total. Distractors: Hợp tác xã Vận tải số 15, 63 Lý Tự Trọng, Quận 1, phone, visit counter,",
    "'giai đoạn 2025-2030'. 'mục tiêu giai đoạn …' makes 2.287 xe and 16.000 tỷ targets; 'dự kiến' makes 350 xe / 24 tuyến forecasts;",
    "'trên 24 tuyến' = on 24 routes (approx exact).",
]

if __name__ == "__main__":
    emit("p697-7", TEXT, COMMENTS, FIGS, location="TP. Hồ Chí Minh")
