"""p1494-6: national newspaper: dao kéo Đa Sỹ (phường Kiến Hưng, quận Hà Đông, Hà Nội) on e-commerce, import pressure."""
from lib import F, period, year, inherit, change, target, write

TEXT = """Kinh doanh › Doanh nghiệp

Thứ bảy, 8/2/2025, 09:20 (GMT+7)

Dao kéo Đa Sỹ tìm đường lên sàn thương mại điện tử

Sau Tết, nhiều xưởng ở làng rèn Đa Sỹ (Hà Đông, Hà Nội) chuyển sang bán dao kéo qua livestream, bù cho sức mua chậm ở chợ truyền thống.

Xưởng của anh Nguyễn Văn Khải ở tổ dân phố 6, phường Kiến Hưng, có 11 thợ, mỗi tháng xuất xưởng khoảng 4.000 sản phẩm. Tháng 9/2024, anh mở gian hàng trên hai sàn thương mại điện tử. Tính đến hết tháng 1/2025, doanh số trực tuyến đạt hơn 1,6 tỷ đồng, chiếm khoảng 45% doanh thu của xưởng.

"Bộ dao DS-07 bán 890.000 đồng, rẻ hơn khoảng 20% so với mua ở cửa hàng", anh Khải nói.

Theo Hiệp hội làng nghề Đa Sỹ, làng hiện có khoảng 900 hộ làm nghề, trong đó hơn 300 hộ chuyên rèn dao, kéo; doanh thu toàn làng năm 2024 ước đạt 350 tỷ đồng. Số hộ còn giữ lò rèn thủ công chỉ khoảng 50, giảm 60% so với năm 2014.

Ở các chợ đầu mối Hà Nội, một con dao thái Trung Quốc chỉ bán 25.000-35.000 đồng, trong khi dao Đa Sỹ cùng cỡ có giá từ 90.000 đồng trở lên. Theo Tổng cục Hải quan, năm 2024 Việt Nam nhập khẩu dao kéo và dụng cụ cắt gọt trị giá 148 triệu USD, tăng 17% so với năm trước, trong đó hàng từ Trung Quốc chiếm 72%.

Quận Hà Đông đang xây dựng đề án phát triển làng nghề Đa Sỹ gắn với du lịch giai đoạn 2025-2030, dự kiến đón 30.000 lượt khách mỗi năm và đào tạo 200 thợ trẻ. Ông Nguyễn Đức Toàn, Chủ tịch Hiệp hội, cho rằng làng cần ít nhất 1 ha để xây khu sản xuất tập trung.

Minh Anh
"""

M9 = period("Tháng 9/2024", "2024-09-01", "2024-09-30")
ASOF = period("Tính đến hết tháng 1/2025", None, "2025-01-31")
Y24 = year("năm 2024", 2024)
Y24c = year("năm 2024", 2024)
P2530 = period("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")

FIGS = [
    F("có 11 thợ", "11", 11, "count", "thợ", subject="thợ của xưởng anh Nguyễn Văn Khải"),
    F("khoảng 4.000 sản phẩm", "4.000", 4000, "measure", "sản phẩm/tháng", approx="about",
      subject="sản phẩm xưởng xuất xưởng mỗi tháng"),
    F("hai sàn", "hai", 2, "count", "sàn thương mại điện tử",
      subject="sàn thương mại điện tử anh mở gian hàng", per=M9),
    F("hơn 1,6 tỷ", "1,6", 1.6e9, "money", "đồng", approx="over", percent=45,
      subject="doanh số trực tuyến", per=ASOF),
    F("bán 890.000", "890.000", 890000, "money", "đồng",
      change=change("decrease", 20, "%", "mua ở cửa hàng", approx="about"), subject="giá bộ dao DS-07"),
    F("khoảng 900 hộ", "900", 900, "count", "hộ", approx="about", subject="hộ làm nghề"),
    F("hơn 300 hộ", "300", 300, "count", "hộ", approx="over", total=900, subject="hộ chuyên rèn dao, kéo"),
    F("ước đạt 350 tỷ", "350", 350e9, "money", "đồng", status="estimate",
      subject="doanh thu toàn làng", per=Y24),
    F("khoảng 50, giảm", "50", 50, "count", "hộ", approx="about",
      change=change("decrease", 60, "%", "năm 2014"), subject="số hộ còn giữ lò rèn thủ công"),
    F("bán 25.000-35.000", "25.000", 25000, "money", "đồng", value_max=35000,
      subject="giá một con dao thái Trung Quốc", location="Hà Nội"),
    F("từ 90.000 đồng trở lên", "90.000", 90000, "money", "đồng", approx="at_least",
      subject="giá dao Đa Sỹ cùng cỡ", location="Hà Nội"),
    F("trị giá 148 triệu", "148", 148e6, "money", "USD", change=change("increase", 17, "%", "năm trước"),
      subject="dao kéo và dụng cụ cắt gọt nhập khẩu", per=Y24c, location="Việt Nam"),
    F("chiếm 72%", "72", 72, "percent", "%", subject="tỷ trọng hàng từ Trung Quốc", per=Y24c,
      location="Việt Nam"),
    F("đón 30.000 lượt", "30.000", 30000, "measure", "lượt khách/năm", status="forecast",
      subject="lượt khách đến làng nghề Đa Sỹ", per=P2530),
    F("đào tạo 200 thợ", "200", 200, "count", "thợ", status="forecast", subject="thợ trẻ được đào tạo",
      per=P2530),
    F("ít nhất 1 ha", "1", 1, "measure", "ha", approx="at_least",
      subject="diện tích cần để xây khu sản xuất tập trung"),
]

NOTES = [
    "National newspaper: section path, 'Thứ bảy, 8/2/2025, 09:20 (GMT+7)' (published), sapo, quote, byline at the end.",
    "Làng Đa Sỹ lies in phường Kiến Hưng, quận Hà Đông: default location Hà Đông. Prices 'Ở các chợ đầu mối Hà Nội' → Hà Nội;",
    "the customs figures ('Việt Nam nhập khẩu') → Việt Nam; Trung Quốc is a trade partner, not a place of the figure.",
    "'Tính đến hết tháng 1/2025' → as-of 2025-01-31. 'chiếm khoảng 45% doanh thu' → percent attribute of 1,6 tỷ.",
    "'rẻ hơn khoảng 20% so với mua ở cửa hàng' → change decrease 20 (about). 'từ 90.000 đồng trở lên' → at_least.",
    "'Số hộ còn giữ lò rèn thủ công chỉ khoảng 50' → count, unit hộ from 'Số hộ'. 'một con dao' is a denominator, not a figure.",
    "'trong đó hàng từ Trung Quốc chiếm 72%' is a percent figure of its own. 'dự kiến' governs 30.000 and 200 → forecast.",
    "'làng cần ít nhất 1 ha' has no status cue → actual.",
    "Distractors: 'tổ dân phố 6', 'DS-07', '(GMT+7)', 09:20, 'giai đoạn 2025-2030', baseline 'năm 2014'.",
]

if __name__ == "__main__":
    write("p1494-6", TEXT, NOTES, FIGS, published="2025-02-08", location="Hà Đông")
