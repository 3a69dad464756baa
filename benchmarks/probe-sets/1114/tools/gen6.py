"""p1114-6: national newspaper, làng mộc Chàng Sơn (Thạch Thất, Hà Nội) before Tết; national export forecast."""
from lib import F, write, period, year, change

TEXT = """Kinh doanh > Hàng hóa
Chủ nhật, 12/1/2025, 07:30 (GMT+7)

Làng mộc Chàng Sơn tăng ca dịp cận Tết

Những ngày giáp Tết, hơn 400 xưởng mộc ở làng Chàng Sơn (huyện Thạch Thất, Hà Nội) chạy máy đến 22h để kịp giao hàng.

Anh Nguyễn Văn Tuấn, chủ một xưởng rộng 600 m2 ở thôn 5, cho biết từ tháng 10/2024 đến nay xưởng nhận 85 đơn hàng tủ bếp, giường tủ, tăng khoảng 30% so với cùng kỳ. Xưởng có 14 thợ, mỗi thợ được trả 450.000-600.000 đồng/ngày, tăng ca được thêm 150.000 đồng.

Theo UBND huyện Thạch Thất, năm 2024 giá trị sản xuất của làng nghề mộc Chàng Sơn đạt khoảng 1.150 tỷ đồng, tăng 9% so với năm 2023; toàn làng có hơn 2.000 lao động, trong đó khoảng 300 lao động từ các tỉnh khác đến làm thuê.

Gỗ sồi, tần bì, óc chó nhập từ Mỹ và châu Âu chiếm phần lớn nguyên liệu. Giá gỗ sồi xẻ sấy hiện khoảng 14-16 triệu đồng/m3, gỗ óc chó lên tới 38 triệu đồng/m3, cao hơn 20% so với đầu năm 2024.

Nỗi lo lớn nhất của làng nghề là cháy. Cuối tháng 12/2024, một xưởng gỗ ở thôn 3 bị cháy, thiêu rụi khoảng 200 m2 nhà xưởng cùng nhiều máy móc. Theo Công an huyện, năm 2024 trên địa bàn xảy ra 11 vụ cháy cơ sở chế biến gỗ, tăng 2 vụ so với năm trước; 100% xưởng trong làng đã được kiểm tra, 327 cơ sở ký cam kết an toàn phòng cháy, chữa cháy.

Ở tầm vĩ mô, Hiệp hội Gỗ và Lâm sản Việt Nam dự báo xuất khẩu gỗ năm 2025 có thể đạt 18 tỷ USD, tăng khoảng 11% so với năm 2024, nhờ đơn hàng từ Mỹ phục hồi.

Phương Anh
"""

SINCE = period("từ tháng 10/2024 đến nay", "2024-10-01", "2025-01-12")
Y24 = year("năm 2024", 2024)

FIGS = [
    F("hơn 400 xưởng", "400", 400, "count", "xưởng mộc", "xưởng mộc ở làng Chàng Sơn", approx="over"),
    F("rộng 600 m2", "600", 600, "measure", "m2", "diện tích xưởng", optional=True),
    F("nhận 85 đơn", "85", 85, "count", "đơn hàng", "đơn hàng tủ bếp, giường tủ xưởng nhận", SINCE,
      change=change("increase", 30, baseline="cùng kỳ", approx="about")),
    F("có 14 thợ", "14", 14, "count", "thợ", "thợ của xưởng"),
    F("450.000-600.000 đồng/ngày", "450.000", 450000, "money", "đồng/ngày", "tiền công mỗi thợ", value_max=600000),
    F("thêm 150.000 đồng", "150.000", 150000, "money", "đồng", "tiền tăng ca"),
    F("khoảng 1.150 tỷ", "1.150", 1150e9, "money", "đồng", "giá trị sản xuất của làng nghề mộc Chàng Sơn", Y24,
      approx="about", change=change("increase", 9, baseline="năm 2023")),
    F("hơn 2.000 lao động", "2.000", 2000, "count", "lao động", "lao động toàn làng", Y24, approx="over"),
    F("khoảng 300 lao động", "300", 300, "count", "lao động", "lao động từ các tỉnh khác đến làm thuê", Y24,
      approx="about", total=2000),
    F("khoảng 14-16 triệu", "14", 14e6, "money", "đồng/m3", "giá gỗ sồi xẻ sấy", approx="about", value_max=16e6),
    F("lên tới 38 triệu", "38", 38e6, "money", "đồng/m3", "giá gỗ óc chó",
      change=change("increase", 20, baseline="đầu năm 2024")),
    F("khoảng 200 m2", "200", 200, "measure", "m2", "diện tích nhà xưởng bị thiêu rụi", approx="about"),
    F("xảy ra 11 vụ", "11", 11, "count", "vụ cháy", "vụ cháy cơ sở chế biến gỗ", Y24,
      change=change("increase", 2, "vụ", baseline="năm trước")),
    F("100% xưởng", "100", 100, "percent", "%", "xưởng trong làng đã được kiểm tra", Y24),
    F("327 cơ sở", "327", 327, "count", "cơ sở", "cơ sở ký cam kết an toàn phòng cháy, chữa cháy", Y24),
    F("đạt 18 tỷ USD", "18", 18e9, "money", "USD", "xuất khẩu gỗ", year("năm 2025", 2025), status="forecast",
      change=change("increase", 11, baseline="năm 2024", approx="about"), location="Việt Nam"),
]

NOTES = [
    "National newspaper: làng mộc Chàng Sơn (huyện Thạch Thất, Hà Nội) before Tết 2025; dateline 'Chủ nhật, 12/1/2025, 07:30 (GMT+7)'.",
    "Location Thạch Thất (the district) for the village's figures; the wood association's export forecast is Việt Nam.",
    "'xưởng rộng 600 m2' describes the interviewed workshop (an example's specification): optional.",
    "'khoảng 200 m2' burnt in a fire 'Cuối tháng 12/2024': an event, no period given (a part of a month, not a stated period).",
    "'lên tới 38 triệu' is exact (not in the spec's at_most cues); 'cao hơn 20% so với đầu năm 2024' is its change.",
    "Distractors: 22h (time of day), thôn 5, thôn 3, 07:30 (GMT+7), person names.",
]

write("p1114-6", TEXT, FIGS, NOTES, published="2025-01-12", location="Thạch Thất")
