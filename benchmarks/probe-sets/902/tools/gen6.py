"""p902-6: national newspaper, làng đan lọp Phú Bình (Phú Tân, An Giang) before the flood season."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh > Hàng hóa
Thứ bảy, 15/6/2024, 07:40 (GMT+7)
Làng đan lọp miền Tây tất bật trước mùa nước nổi

Hơn một tháng nay, khoảng 400 hộ ở xã Phú Bình, huyện Phú Tân, tỉnh An Giang tất bật đan lọp, lờ, đó bằng tre để kịp giao cho thương lái trước mùa nước nổi.

Bà Nguyễn Thị Tư, 68 tuổi, có hơn 40 năm làm nghề, cho biết mỗi ngày hai vợ chồng bà đan được 3 cái lọp. Năm nay giá lọp loại lớn 130.000-150.000 đồng/cái, tăng khoảng 20.000 đồng so với năm ngoái. Mỗi mùa, gia đình bà bán 350-400 cái, thu lãi hơn 25 triệu đồng.

Theo UBND xã Phú Bình, năm 2023 làng nghề cung cấp ra thị trường khoảng 85.000 sản phẩm lọp, lờ, rổ, rá các loại, doanh thu ước 9,8 tỷ đồng. Nguyên liệu chính là tre mỡ, trúc, được thương lái chở đến tận nhà với giá 28.000-32.000 đồng/cây; mỗi cây tre đan được 2-3 cái lọp.

Ông Lê Văn Sáu, Phó Chủ tịch UBND huyện Phú Tân, cho biết huyện có 6 làng nghề được UBND tỉnh công nhận, trong đó làng đan lọp Phú Bình có số hộ tham gia đông nhất. Giai đoạn 2024-2025, huyện dự kiến hỗ trợ 1,5 tỷ đồng để xây dựng thương hiệu và đưa sản phẩm lên sàn thương mại điện tử.

Theo Hiệp hội Làng nghề Việt Nam, cả nước có hơn 5.400 làng nghề, trong đó làng nghề mây tre đan chiếm gần 24%. Nhiều làng đan lát ở miền Tây đang dần mai một do sản phẩm nhựa thay thế và lao động trẻ rời quê lên TP HCM, Bình Dương làm công nhân.

Phước Tuấn
"""

NAM = P("Năm nay", "2024-01-01", "2024-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
GD = P("Giai đoạn 2024-2025", "2024-01-01", "2025-12-31")

FIGS = [
    F("khoảng 400 hộ", "400", 400, "count", "hộ", "hộ đan lọp, lờ, đó", approx="about"),
    F("68 tuổi", "68", 68, "measure", "tuổi", "tuổi bà Nguyễn Thị Tư", optional=True),
    F("hơn 40 năm làm nghề", "40", 40, "measure", "năm", "thời gian làm nghề của bà Tư", approx="over", optional=True),
    F("đan được 3 cái lọp", "3", 3, "measure", "cái lọp/ngày", "lọp hai vợ chồng bà Tư đan được mỗi ngày"),
    F("130.000-150.000 đồng/cái", "130.000", 130000, "money", "đồng/cái", "giá lọp loại lớn", NAM, value_max=150000,
      change=C("increase", 20000, unit="đồng", baseline="năm ngoái", approx="about")),
    F("bán 350-400 cái", "350", 350, "count", "cái", "lọp gia đình bà Tư bán mỗi mùa", value_max=400),
    F("hơn 25 triệu đồng", "25", 25e6, "money", "đồng", "lãi mỗi mùa của gia đình bà Tư", approx="over"),
    F("khoảng 85.000 sản phẩm", "85.000", 85000, "count", "sản phẩm", "sản phẩm lọp, lờ, rổ, rá cung cấp ra thị trường", Y23,
      approx="about"),
    F("ước 9,8 tỷ đồng", "9,8", 9.8e9, "money", "đồng", "doanh thu làng nghề", Y23, status="estimate"),
    F("28.000-32.000 đồng/cây", "28.000", 28000, "money", "đồng/cây", "giá tre mỡ, trúc", value_max=32000),
    F("2-3 cái lọp", "2", 2, "measure", "cái lọp/cây", "lọp đan được từ mỗi cây tre", value_max=3),
    F("có 6 làng nghề", "6", 6, "count", "làng nghề", "làng nghề được UBND tỉnh công nhận"),
    F("hỗ trợ 1,5 tỷ đồng", "1,5", 1.5e9, "money", "đồng", "kinh phí hỗ trợ xây dựng thương hiệu, đưa sản phẩm lên sàn thương mại điện tử",
      GD, status="forecast"),
    F("hơn 5.400 làng nghề", "5.400", 5400, "count", "làng nghề", "làng nghề cả nước", approx="over", location="Việt Nam"),
    F("chiếm gần 24%", "24", 24, "percent", "%", "làng nghề mây tre đan trong tổng số làng nghề", approx="nearly",
      location="Việt Nam"),
]

NOTES = [
    "National newspaper (VnExpress style): làng đan lọp xã Phú Bình, huyện Phú Tân, An Giang. Dateline 'Thứ bảy, 15/6/2024, 07:40 (GMT+7)'.",
    "Village and district figures are located in Phú Tân; the national count of craft villages is Việt Nam.",
    "A person's age (68 tuổi) and years in the trade (hơn 40 năm) describe an example: optional.",
    "Per-day / per-stem output ('mỗi ngày … 3 cái lọp', 'mỗi cây tre … 2-3 cái lọp') are rates: measure, denominator in the unit.",
    "'Năm nay' = 2024 (published). 'tăng khoảng 20.000 đồng so với năm ngoái' is the price's change in đồng.",
    "Distractors: 'Hơn một tháng nay' (a duration locating time), 'hai vợ chồng', Lê Văn Sáu, 07:40 (GMT+7), Giai đoạn 2024-2025.",
]

write(6, TEXT, FIGS, NOTES, published="2024-06-15", location="Phú Tân")
