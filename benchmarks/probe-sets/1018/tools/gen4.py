"""p1018-4: ministry site (Bộ VHTTDL) - national count of towns with named streets, 2023 results, targets."""
from lib import F, P, I, CH, TG, write

TEXT = """
BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin hoạt động > Văn hóa cơ sở

Cả nước có 604 đô thị đã đặt tên đường, phố

Ngày đăng: 06/03/2024 | Lượt xem: 1.085

Theo báo cáo tổng hợp của Cục Văn hóa cơ sở, tính đến ngày 31/12/2023, 63/63 tỉnh, thành phố trực thuộc Trung ương đã ban hành đề án đặt tên đường, phố và công trình công cộng theo Nghị định số 91/2005/NĐ-CP và Thông tư số 36/2006/TT-BVHTT. Trong tổng số 902 đô thị, có 604 đô thị đã đặt tên đường, phố, chiếm 67%.

Cả nước hiện có khoảng 43.500 tuyến đường, phố và 2.960 công trình công cộng đã được đặt tên. Các địa phương có nhiều tuyến đường được đặt tên nhất lần lượt là TP. Hồ Chí Minh (4.215 tuyến), Hà Nội (2.116 tuyến) và Đà Nẵng (1.932 tuyến).

Năm 2023, các địa phương đặt tên mới 1.846 tuyến đường, phố, tăng 9,6% so với năm 2022; gắn mới và thay thế hơn 2,1 triệu biển số nhà với tổng kinh phí khoảng 168 tỷ đồng.

Tuy nhiên, vẫn còn 312 trường hợp trùng tên đường trong cùng một đô thị và khoảng 18% số đô thị loại V chưa có tuyến đường nào được đặt tên. Nhiều nơi đặt tên theo số thứ tự như Đường số 1, Đường số 2 hoặc lấy tên dự án, gây khó khăn cho việc quản lý hộ tịch, cư trú.

Bộ Văn hóa, Thể thao và Du lịch đặt mục tiêu đến năm 2025, 100% đô thị từ loại IV trở lên hoàn thành đặt tên đường, phố; đến năm 2030, tỷ lệ này ở đô thị loại V đạt ít nhất 70%. Các địa phương cần rà soát, xử lý dứt điểm trường hợp trùng tên trước ngày 31/12/2024.

Cục Văn hóa cơ sở - Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội | Điện thoại: 024.3943.8231
"""

ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
LIST = "tuyến đường được đặt tên"

FIGS = [
    F("Cả nước có 604 đô thị", "604", 604, "count", "đô thị", "đô thị đã đặt tên đường, phố"),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố đã ban hành đề án đặt tên đường, phố và công trình công cộng", total=63, period=ASOF),
    F("tổng số 902 đô thị", "902", 902, "count", "đô thị", "tổng số đô thị", period=I(ASOF)),
    F("có 604 đô thị đã đặt tên đường, phố, chiếm", "604", 604, "count", "đô thị", "đô thị đã đặt tên đường, phố",
      total=902, percent=67, period=I(ASOF)),
    F("khoảng 43.500 tuyến", "43.500", 43500, "count", "tuyến đường, phố", "tuyến đường, phố đã được đặt tên",
      approx="about"),
    F("và 2.960 công trình", "2.960", 2960, "count", "công trình công cộng", "công trình công cộng đã được đặt tên"),
    F("(4.215 tuyến)", "4.215", 4215, "count", "tuyến", LIST, location="Hồ Chí Minh"),
    F("(2.116 tuyến)", "2.116", 2116, "count", "tuyến", LIST, location="Hà Nội"),
    F("(1.932 tuyến)", "1.932", 1932, "count", "tuyến", LIST, location="Đà Nẵng"),
    F("mới 1.846 tuyến", "1.846", 1846, "count", "tuyến đường, phố", "tuyến đường, phố được đặt tên mới",
      change=CH("increase", 9.6, baseline="năm 2022"), period=Y23),
    F("hơn 2,1 triệu biển", "2,1", 2.1e6, "count", "biển số nhà", "biển số nhà gắn mới và thay thế",
      approx="over", period=Y23),
    F("khoảng 168 tỷ đồng", "168", 168e9, "money", "đồng", "tổng kinh phí gắn mới và thay thế biển số nhà",
      approx="about", period=Y23),
    F("còn 312 trường hợp", "312", 312, "count", "trường hợp", "trường hợp trùng tên đường trong cùng một đô thị"),
    F("khoảng 18%", "18", 18, "percent", "%", "đô thị loại V chưa có tuyến đường nào được đặt tên",
      approx="about"),
    F(", 100% đô thị", "100", 100, "percent", "%", "đô thị từ loại IV trở lên hoàn thành đặt tên đường, phố",
      status="target", period=P("đến năm 2025", None, "2025-12-31")),
    F("ít nhất 70%", "70", 70, "percent", "%", "tỷ lệ đô thị loại V hoàn thành đặt tên đường, phố",
      approx="at_least", status="target", period=P("đến năm 2030", None, "2030-12-31")),
]

NOTES = [
    "Bộ VHTTDL (Cục Văn hóa cơ sở) site: national street-naming figures as of 31/12/2023, results of 2023, targets 2025/2030. Location Việt Nam.",
    "Not figures: Lượt xem 1.085, Nghị định số 91/2005/NĐ-CP, Thông tư số 36/2006/TT-BVHTT, đô thị loại IV / loại V (classes),",
    "'Đường số 1, Đường số 2' (street names), 'trước ngày 31/12/2024', 51 Ngô Quyền, 024.3943.8231.",
    "63/63 → total 63. 'Trong tổng số 902 đô thị, có 604' → 604 total 902 and share 67%. The lần lượt list gives each city's count;",
    "the city is the location, the subject the list's indicator. 'hiện' gives no period.",
]

write(4, TEXT, FIGS, NOTES, published="2024-03-06", location="Việt Nam")
