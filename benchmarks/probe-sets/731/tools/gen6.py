"""p731-6: national press — porcupine and bamboo-rat prices collapse, Đồng Nai and Bình Phước (3/2024)."""
from lib import F, P, Y, CH, emit

TEXT = """Kinh doanh > Nông nghiệp
Thứ năm, 14/3/2024, 06:30 (GMT+7)
Giá nhím giảm 40%, hơn 1.000 hộ nuôi ở Đồng Nai bỏ nghề

Giá nhím thịt tại Đồng Nai hiện chỉ còn 120.000-140.000 đồng/kg, giảm khoảng 40% so với đầu năm 2023, thấp hơn giá thành khoảng 20.000 đồng/kg. Nhiều trại nhím dọc Quốc lộ 1A đã bỏ trống.

Theo Chi cục Kiểm lâm Đồng Nai, tính đến cuối năm 2023, toàn tỉnh còn 1.730 cơ sở nuôi nhím, giảm 1.065 cơ sở so với năm 2021; tổng đàn khoảng 96.000 con, chỉ bằng 45% thời kỳ đỉnh cao năm 2019. Giá giảm sâu khiến từ 30 đến 40% số hộ nuôi nhỏ lẻ phải bán tháo đàn.

Anh Trần Văn Lợi ở xã Xuân Bắc, huyện Xuân Lộc, cho biết năm 2020 gia đình anh nuôi 300 con nhím, nay chỉ giữ lại 40 con. "Mỗi con nhím nuôi đến lúc xuất chuồng tốn khoảng 1,5 triệu đồng tiền thức ăn, nhưng bán chỉ được 1,3 triệu", anh nói.

Không chỉ nhím, giá dúi cũng lao dốc. Tại Bình Phước, dúi thịt được thương lái thu mua 250.000-300.000 đồng/kg, giảm gần 35% so với năm 2022; giá dúi giống giảm từ 1,2 triệu đồng/cặp xuống còn 500.000 đồng/cặp.

Theo Bộ Nông nghiệp và Phát triển nông thôn, cả nước hiện có khoảng 18.000 cơ sở nuôi nhím, dúi; riêng Đồng Nai chiếm 9,6%. Chuyên gia khuyến cáo mỗi hộ chỉ nên duy trì 20-30 con nhím sinh sản, liên kết với doanh nghiệp để có đầu ra ổn định.

Phước Tuấn
"""

EOY = P("tính đến cuối năm 2023", None, "2023-12-31")
DN, XL, BP = "Đồng Nai", "Xuân Lộc", "Bình Phước"

FIGS = [
    F("giảm 40%", "40", 40, "percent", "%", "giá nhím", location=DN,
      note="headline: a fall that is the claim → percent figure, no change"),
    F("hơn 1.000 hộ", "1.000", 1000, "count", "hộ", "hộ nuôi nhím bỏ nghề", approx="over", location=DN),
    F("120.000-140.000", "120.000", 120000, "money", "đồng/kg", "giá nhím thịt", value_max=140000,
      change=CH("decrease", 40, "%", "đầu năm 2023", approx="about"), location=DN),
    F("khoảng 20.000 đồng/kg", "20.000", 20000, "money", "đồng/kg", "mức giá nhím thịt thấp hơn giá thành",
      approx="about", location=DN, optional=True,
      note="second comparison on the same figure (a further change): optional"),
    F("1.730 cơ sở", "1.730", 1730, "count", "cơ sở", "cơ sở nuôi nhím", EOY,
      change=CH("decrease", 1065, "cơ sở", "năm 2021"), location=DN),
    F("khoảng 96.000 con", "96.000", 96000, "count", "con", "tổng đàn nhím", EOY, approx="about", percent=45,
      location=DN),
    F("từ 30 đến 40%", "30", 30, "percent", "%", "hộ nuôi nhỏ lẻ phải bán tháo đàn", value_max=40, location=DN),
    F("300 con nhím", "300", 300, "count", "con", "nhím gia đình anh Trần Văn Lợi nuôi", Y(2020), location=XL),
    F("giữ lại 40 con", "40", 40, "count", "con", "nhím gia đình anh Trần Văn Lợi giữ lại", location=XL),
    F("khoảng 1,5 triệu", "1,5", 1500000, "money", "đồng",
      "tiền thức ăn nuôi mỗi con nhím đến lúc xuất chuồng", approx="about", location=XL),
    F("được 1,3 triệu", "1,3", 1300000, "money", "đồng", "giá bán mỗi con nhím", location=XL,
      note="money without a written currency ('1,3 triệu' after '1,5 triệu đồng'): đồng"),
    F("250.000-300.000", "250.000", 250000, "money", "đồng/kg", "giá dúi thịt thương lái thu mua",
      value_max=300000, change=CH("decrease", 35, "%", "năm 2022", approx="nearly"), location=BP),
    F("từ 1,2 triệu đồng/cặp", "1,2", 1200000, "money", "đồng/cặp", "giá dúi giống trước khi giảm", location=BP,
      note="'giảm từ A xuống còn B' is a movement, not a range: A and B are two prices, no value_max"),
    F("còn 500.000 đồng/cặp", "500.000", 500000, "money", "đồng/cặp", "giá dúi giống", location=BP),
    F("khoảng 18.000 cơ sở", "18.000", 18000, "count", "cơ sở", "cơ sở nuôi nhím, dúi", approx="about",
      location="Việt Nam"),
    F("chiếm 9,6%", "9,6", 9.6, "percent", "%", "tỷ trọng cơ sở nuôi nhím, dúi", location=DN,
      note="Đồng Nai's share of the national 18.000 (the whole), not a share of the 18.000: own percent figure"),
    F("20-30 con", "20", 20, "count", "con", "nhím sinh sản mỗi hộ nên duy trì", value_max=30, location=DN,
      optional=True, note="an advised scale, not a statistic: optional"),
]

COMMENTS = [
    "National press: giá nhím, dúi giảm mạnh; cơ sở nuôi nhím ở Đồng Nai, một hộ ở Xuân Lộc, giá dúi ở Bình Phước, cả nước.",
    "Dateline 'Thứ năm, 14/3/2024, 06:30 (GMT+7)', byline at the end. No article-wide location: each figure's place",
    "(Đồng Nai, district Xuân Lộc, Bình Phước, Việt Nam). Not figures: Quốc lộ 1A, 'năm 2019' of the peak, '(GMT+7)'.",
    "'tính đến cuối năm 2023' is as-of (start null). 'chỉ bằng 45% thời kỳ đỉnh cao' is the percent of the 96.000 herd.",
    "'hiện', 'nay' give no period.",
]

if __name__ == "__main__":
    emit("p731-6", TEXT, COMMENTS, FIGS, published="2024-03-14")
