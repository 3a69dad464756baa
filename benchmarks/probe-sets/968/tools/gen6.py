"""p968-6: national newspaper, a wild boar farm under forest canopy in Kon Plông (Kon Tum), December 2024."""
from lib import F, change, period, inherit, write

TEXT = """
Thu 2 tỷ đồng mỗi năm từ đàn lợn rừng thả dưới tán rừng

Thứ bảy, 7/12/2024, 08:15 (GMT+7)

KON TUM - Từ 20 con lợn rừng giống mua năm 2016, trang trại của ông A Thiên ở xã Hiếu, huyện Kon Plông nay có hơn 600 con, doanh thu khoảng 2 tỷ đồng mỗi năm.

Trang trại nằm cách Quốc lộ 24 chừng 3 km, rộng 12 ha, được rào lưới B40 và chia thành 8 khu, mỗi khu thả 60-80 con. Lợn ăn rau rừng, củ chuối, ngô, được tiêm phòng 2 lần mỗi năm. "Lợn thả dưới tán rừng thịt săn chắc, ít mỡ, khách phải đặt trước cả tháng", ông Thiên nói.

Lợn rừng có thời gian nuôi 10-12 tháng, xuất chuồng ở trọng lượng 35-40 kg/con. Năm 2024, ông xuất bán khoảng 9 tấn lợn thịt với giá 160.000-180.000 đồng/kg. Ngoài ra, trang trại bán 150 con giống cho các hộ trong và ngoài tỉnh, giá 1,5 triệu đồng/con. Trừ chi phí, mỗi năm gia đình lãi trên 700 triệu đồng. Trang trại tạo việc làm cho 6 lao động địa phương, thu nhập 7 triệu đồng/người/tháng.

Theo Cục Chăn nuôi, cả nước hiện có khoảng 2.300 cơ sở nuôi lợn rừng và lợn rừng lai với tổng đàn trên 95.000 con. Tại Kon Tum, đàn lợn rừng lai và lợn đen bản địa đạt 41.200 con, tăng 12% so với năm 2023, tập trung ở Kon Plông, Kon Rẫy, Tu Mơ Rông.

Năm 2025, ông Thiên dự kiến mở rộng thêm 5 ha, nâng đàn lên 1.000 con.

Thanh Tuấn
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Thu 2 tỷ đồng mỗi năm", "2", 2_000_000_000, "money", "đồng", "doanh thu từ đàn lợn rừng thả dưới tán rừng"),
    F("Từ 20 con", "20", 20, "count", "con", "lợn rừng giống mua ban đầu",
      period("năm 2016", "2016-01-01", "2016-12-31")),
    F("hơn 600 con", "600", 600, "count", "con", "đàn lợn rừng của trang trại", approx="over"),
    F("khoảng 2 tỷ đồng mỗi năm", "2", 2_000_000_000, "money", "đồng", "doanh thu của trang trại", approx="about"),
    F("chừng 3 km", "3", 3, "measure", "km", "khoảng cách từ trang trại đến Quốc lộ 24", approx="about"),
    F("rộng 12 ha", "12", 12, "measure", "ha", "diện tích trang trại"),
    F("thành 8 khu", "8", 8, "count", "khu", "khu chăn thả của trang trại"),
    F("thả 60-80 con", "60", 60, "count", "con", "lợn thả mỗi khu", value_max=80),
    F("phòng 2 lần", "2", 2, "count", "lần", "số lần tiêm phòng mỗi năm", optional=True),
    F("nuôi 10-12 tháng", "10", 10, "measure", "tháng", "thời gian nuôi lợn rừng", value_max=12),
    F("trọng lượng 35-40 kg/con", "35", 35, "measure", "kg/con", "trọng lượng lợn rừng xuất chuồng", value_max=40),
    F("khoảng 9 tấn", "9", 9, "measure", "tấn", "lợn thịt xuất bán", Y24, approx="about"),
    F("giá 160.000-180.000 đồng/kg", "160.000", 160000, "money", "đồng/kg", "giá bán lợn thịt", Y24,
      value_max=180000),
    F("bán 150 con giống", "150", 150, "count", "con giống", "con giống trang trại bán", inherit(Y24)),
    F("giá 1,5 triệu đồng/con", "1,5", 1_500_000, "money", "đồng/con", "giá con giống", inherit(Y24)),
    F("lãi trên 700 triệu đồng", "700", 700_000_000, "money", "đồng", "lãi mỗi năm của gia đình", approx="over"),
    F("cho 6 lao động", "6", 6, "count", "lao động", "lao động địa phương có việc làm tại trang trại"),
    F("thu nhập 7 triệu đồng/người/tháng", "7", 7_000_000, "money", "đồng/người/tháng", "thu nhập của lao động"),
    F("khoảng 2.300 cơ sở", "2.300", 2300, "count", "cơ sở", "cơ sở nuôi lợn rừng và lợn rừng lai",
      approx="about", location="Việt Nam"),
    F("trên 95.000 con", "95.000", 95000, "count", "con", "tổng đàn lợn rừng và lợn rừng lai",
      approx="over", location="Việt Nam"),
    F("đạt 41.200 con", "41.200", 41200, "count", "con", "đàn lợn rừng lai và lợn đen bản địa",
      change=change("increase", 12, baseline="năm 2023"), location="Kon Tum"),
    F("thêm 5 ha", "5", 5, "measure", "ha", "diện tích trang trại mở rộng thêm", Y25, status="forecast"),
    F("lên 1.000 con", "1.000", 1000, "count", "con", "đàn lợn rừng của trang trại", Y25, status="forecast"),
]

NOTES = [
    "National newspaper (VnExpress style): a wild boar farm in xã Hiếu, huyện Kon Plông (Kon Tum). 'Thứ bảy, 7/12/2024, 08:15",
    "(GMT+7)' = published. The farm's figures are located in the district Kon Plông; Cục Chăn nuôi's national count is Việt Nam;",
    "the provincial herd is Kon Tum. 'Quốc lộ 24', 'lưới B40', 'cả tháng' are not figures; '2 lần mỗi năm' (vaccination routine) optional.",
    "The headline figure (2 tỷ) is a figure of its own; money per year keeps unit 'đồng' ('mỗi năm' is not glued).",
]

if __name__ == "__main__":
    write(6, TEXT, NOTES, FIGS, published="2024-12-07", location="Kon Plông")
