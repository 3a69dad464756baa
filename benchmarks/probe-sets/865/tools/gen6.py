"""p865-6: national newspaper (VnExpress style), Hà Nội LED replacement plan 2024-2025."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Giao thông

Thứ năm, 14/3/2024, 06:30 (GMT+7)

Hà Nội dự kiến chi gần 500 tỷ đồng thay đèn LED cho đường phố

Thành phố dự kiến thay khoảng 48.000 bộ đèn sodium bằng đèn LED trong hai năm 2024-2025, giúp tiết kiệm hơn 40% điện năng trên các tuyến được thay.

Theo Sở Xây dựng Hà Nội, hệ thống chiếu sáng công cộng do thành phố quản lý hiện có khoảng 265.000 bộ đèn trên hơn 4.900 tuyến đường, phố, ngõ xóm. Trong đó, đèn LED khoảng 181.000 bộ, chiếm 68,3%. Năm 2023, điện năng tiêu thụ cho chiếu sáng công cộng là 148 triệu kWh, chi phí khoảng 295 tỷ đồng.

Tại 12 quận nội thành, tỷ lệ đèn LED đạt trên 90%, riêng quận Hoàn Kiếm đạt 100%. Trong khi đó, nhiều huyện ngoại thành chỉ đạt 35-40%, thấp nhất là huyện Ba Vì với 31%.

Giai đoạn 2021-2023, thành phố đã thay 62.500 bộ đèn, vượt 4,2% kế hoạch. Tổng kinh phí dự kiến cho hai năm tới là 486 tỷ đồng, trong đó năm 2024 bố trí 230 tỷ đồng, năm 2025 là 256 tỷ đồng. Mỗi bộ đèn LED 100 W có giá khoảng 7-8 triệu đồng. Giá đèn LED cao gấp 2 lần đèn sodium cùng loại nhưng tuổi thọ đạt 50.000 giờ.

Ông Trần Văn Minh, Phó giám đốc Sở Xây dựng, cho biết sau khi hoàn thành, tỷ lệ đèn LED toàn thành phố sẽ đạt khoảng 86%, mỗi năm tiết kiệm khoảng 26 triệu kWh, tương đương 52 tỷ đồng tiền điện.

Võ Hải
"""

Y2425 = P("hai năm 2024-2025", "2024-01-01", "2025-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
LED = "tỷ lệ đèn LED"

FIGS = [
    F("chi gần 500 tỷ đồng", "500", 500000000000, "money", "đồng", "kinh phí thay đèn LED", approx="nearly",
      status="forecast"),
    F("khoảng 48.000 bộ đèn", "48.000", 48000, "count", "bộ đèn", "bộ đèn sodium thay bằng đèn LED", Y2425,
      approx="about", status="forecast"),
    F("hơn 40% điện năng", "40", 40, "percent", "%", "điện năng tiết kiệm trên các tuyến được thay", Y2425,
      approx="over", status="forecast"),
    F("khoảng 265.000 bộ đèn", "265.000", 265000, "count", "bộ đèn", "bộ đèn chiếu sáng công cộng do thành phố quản lý",
      approx="about"),
    F("hơn 4.900 tuyến", "4.900", 4900, "count", "tuyến đường, phố, ngõ xóm", "tuyến đường, phố, ngõ xóm có chiếu sáng",
      approx="over"),
    F("khoảng 181.000 bộ", "181.000", 181000, "count", "bộ", "đèn LED", approx="about", total=265000, percent=68.3),
    F("là 148 triệu kWh", "148", 148000000, "measure", "kWh", "điện năng tiêu thụ cho chiếu sáng công cộng", Y23),
    F("khoảng 295 tỷ đồng", "295", 295000000000, "money", "đồng", "chi phí tiền điện chiếu sáng công cộng", Y23,
      approx="about"),
    F("Tại 12 quận", "12", 12, "count", "quận", "quận nội thành", optional=True),
    F("đạt trên 90%", "90", 90, "percent", "%", LED + " tại quận nội thành", approx="over"),
    F("đạt 100%", "100", 100, "percent", "%", LED, location="Hoàn Kiếm"),
    F("đạt 35-40%", "35", 35, "percent", "%", LED + " huyện ngoại thành", value_max=40),
    F("với 31%", "31", 31, "percent", "%", LED, location="Ba Vì"),
    F("thay 62.500 bộ đèn", "62.500", 62500, "count", "bộ đèn", "bộ đèn được thay thế",
      P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31"), change=C("increase", 4.2, "%", "kế hoạch")),
    F("là 486 tỷ đồng", "486", 486000000000, "money", "đồng", "tổng kinh phí cho hai năm tới", P("hai năm tới", "2024-01-01", "2025-12-31"),
      status="forecast"),
    F("bố trí 230 tỷ đồng", "230", 230000000000, "money", "đồng", "kinh phí bố trí",
      P("năm 2024", "2024-01-01", "2024-12-31"), total=486000000000, status="forecast"),
    F("là 256 tỷ đồng", "256", 256000000000, "money", "đồng", "kinh phí bố trí",
      P("năm 2025", "2025-01-01", "2025-12-31"), total=486000000000, status="forecast"),
    F("LED 100 W", "100", 100, "measure", "W", "công suất bộ đèn LED", optional=True),
    F("khoảng 7-8 triệu đồng", "7", 7000000, "money", "đồng/bộ", "giá mỗi bộ đèn LED", value_max=8000000,
      approx="about"),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "giá đèn LED so với đèn sodium cùng loại"),
    F("đạt 50.000 giờ", "50.000", 50000, "measure", "giờ", "tuổi thọ đèn LED"),
    F("khoảng 86%", "86", 86, "percent", "%", LED + " toàn thành phố", approx="about", status="forecast"),
    F("khoảng 26 triệu kWh", "26", 26000000, "measure", "kWh/năm", "điện năng tiết kiệm mỗi năm", approx="about",
      status="forecast"),
    F("tương đương 52 tỷ đồng", "52", 52000000000, "money", "đồng", "tiền điện tiết kiệm mỗi năm", status="forecast"),
]

NOTES = [
    "National newspaper (VnExpress style) 'Thứ năm, 14/3/2024, 06:30 (GMT+7)', byline at the end: Hà Nội LED plan 2024-2025.",
    "Status: 'dự kiến' in headline/sapo and 'Tổng kinh phí dự kiến ... trong đó ...' -> forecast; 'sẽ đạt' (future, stated by an official)",
    "-> forecast for 86% and the continuing clauses (26 triệu kWh, 52 tỷ đồng).",
    "'vượt 4,2% kế hoạch' is a plan gap -> change of 62.500. 'Trong đó, đèn LED khoảng 181.000 bộ, chiếm 68,3%' -> total 265000, percent.",
    "'12 quận nội thành' names the urban district group -> optional; '100 W' lamp spec -> optional. 'gấp 2 lần' stands as its own claim.",
    "'Hoàn Kiếm' and 'Ba Vì' are districts -> location; '35-40%' for many rural districts stays Hà Nội. 'hai năm tới' = 2024-2025.",
]

write("p865-6", TEXT, NOTES, FIGS, published="2024-03-14", location="Hà Nội")
