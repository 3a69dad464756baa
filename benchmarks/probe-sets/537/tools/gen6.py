"""p537-6: national press (VnExpress style) — sand shortage for Mekong Delta expressways, prices, sediment decline, sea sand."""
from lib import F, P, I, CH, emit

TEXT = """Thời sự › Giao thông
Thứ hai, 3/6/2024, 07:00 (GMT+7)
Miền Tây thiếu hơn 10 triệu m³ cát cho cao tốc

Các dự án cao tốc ở Đồng bằng sông Cửu Long cần khoảng 47 triệu m³ cát đắp nền, song nguồn cung từ các mỏ được giao mới đáp ứng chừng 78%.

Theo Bộ Giao thông Vận tải, tính đến cuối tháng 5/2024, tổng khối lượng cát đã cung ứng cho 4 dự án cao tốc trọng điểm đạt 21,3 triệu m³, trong đó cao tốc Cần Thơ - Cà Mau nhận 9,8 triệu m³, Mỹ Thuận - Cần Thơ 2,4 triệu m³. Các tỉnh Vĩnh Long, Đồng Tháp, An Giang, Bến Tre đã được giao 31 mỏ cát với trữ lượng khoảng 37 triệu m³.

Hiện giá cát đắp nền tại mỏ từ 180.000 đến 250.000 đồng/m³, gấp đôi năm 2021; có nơi lên tới 400.000 đồng/m³. Chi phí vận chuyển bằng sà lan về công trường chiếm 40-45% giá thành.

Theo Viện Khoa học Thủy lợi miền Nam, lượng cát, bùn cát từ thượng nguồn sông Mê Kông đổ về vùng châu thổ chỉ còn khoảng 2-4 triệu tấn/năm, giảm tới 90% so với thập niên 1990. Trong khi đó, tổng lượng cát khai thác hợp pháp và trái phép ước khoảng 55 triệu m³/năm, gấp hơn 10 lần lượng bồi lắng tự nhiên.

Để bù đắp thiếu hụt, Bộ Giao thông Vận tải đang thí điểm dùng cát biển trên đoạn Km 48 - Km 51 của cao tốc Hậu Giang - Cà Mau. Dự kiến đến năm 2025, cát biển sẽ thay thế khoảng 30% nhu cầu cát đắp nền của vùng.

Ngọc Tài
"""

ASOF = P("tính đến cuối tháng 5/2024", None, "2024-05-31")

FIGS = [
    F("thiếu hơn 10 triệu m³", "10", 10000000, "measure", "m³", approx="over",
      subject="cát thiếu cho cao tốc"),
    F("khoảng 47 triệu m³", "47", 47000000, "measure", "m³", approx="about",
      subject="cát đắp nền các dự án cao tốc cần"),
    F("chừng 78%", "78", 78, "percent", "%", approx="about",
      subject="nguồn cung từ các mỏ được giao đáp ứng nhu cầu cát đắp nền"),
    F("cho 4 dự án", "4", 4, "count", "dự án", subject="dự án cao tốc trọng điểm", period=ASOF, optional=True),
    F("đạt 21,3 triệu m³", "21,3", 21300000, "measure", "m³",
      subject="tổng khối lượng cát đã cung ứng cho dự án cao tốc trọng điểm", period=ASOF),
    F("nhận 9,8 triệu m³", "9,8", 9800000, "measure", "m³", total=21300000,
      subject="cát cung ứng cho cao tốc Cần Thơ - Cà Mau", period=ASOF),
    F("Cần Thơ 2,4 triệu m³", "2,4", 2400000, "measure", "m³", total=21300000,
      subject="cát cung ứng cho cao tốc Mỹ Thuận - Cần Thơ", period=ASOF),
    F("giao 31 mỏ", "31", 31, "count", "mỏ cát", subject="mỏ cát được giao"),
    F("khoảng 37 triệu m³", "37", 37000000, "measure", "m³", approx="about",
      subject="trữ lượng mỏ cát được giao"),
    F("từ 180.000 đến 250.000", "180.000", 180000, "money", "đồng/m³", value_max=250000,
      change=CH("increase", 2, "lần", baseline="năm 2021"),
      subject="giá cát đắp nền tại mỏ"),
    F("tới 400.000 đồng/m³", "400.000", 400000, "money", "đồng/m³",
      subject="giá cát đắp nền có nơi"),
    F("40-45%", "40", 40, "percent", "%", value_max=45,
      subject="chi phí vận chuyển bằng sà lan về công trường trong giá thành"),
    F("khoảng 2-4 triệu tấn/năm", "2", 2000000, "measure", "tấn/năm", value_max=4000000, approx="about",
      change=CH("decrease", 90, baseline="thập niên 1990"),
      subject="lượng cát, bùn cát từ thượng nguồn sông Mê Kông đổ về vùng châu thổ"),
    F("khoảng 55 triệu m³/năm", "55", 55000000, "measure", "m³/năm", approx="about", status="estimate",
      change=CH("increase", 10, "lần", baseline="lượng bồi lắng tự nhiên", approx="over"),
      subject="tổng lượng cát khai thác hợp pháp và trái phép"),
    F("khoảng 30%", "30", 30, "percent", "%", approx="about", status="forecast",
      subject="cát biển thay thế nhu cầu cát đắp nền", period=P("đến năm 2025", None, "2025-12-31")),
]

COMMENTS = [
    "National press (VnExpress layout: 'Thứ hai, 3/6/2024, 07:00 (GMT+7)', byline at the end): sand shortage for Mekong Delta expressways.",
    "Location: the figures describe the Mekong Delta region ('Miền Tây', 'Đồng bằng sông Cửu Long', 'vùng châu thổ'), neither one province nor",
    "the nation; gold uses 'Đồng bằng sông Cửu Long' (choice). 'Cần Thơ' inside expressway names is not a location.",
    "'trong đó ... 9,8 triệu m³, ... 2,4 triệu m³' -> total 21,3 triệu m³. 'gấp đôi năm 2021' -> change ×2 (lần) on the price range;",
    "'gấp hơn 10 lần lượng bồi lắng' -> change 10 lần, over. 'giảm tới 90% so với thập niên 1990' -> change of the 2-4 triệu tấn/năm range.",
    "'đáp ứng chừng 78%' belongs to another clause's subject (nguồn cung), so it is its own percent figure. '4 dự án' optional (descriptive).",
    "Not figures: (GMT+7), 07:00, Km 48 - Km 51, thập niên 1990, tháng 5/2024.",
]

if __name__ == "__main__":
    emit("p537-6", TEXT, COMMENTS, FIGS, published="2024-06-03", location="Đồng bằng sông Cửu Long")
