"""p1550-6: national newspaper (VnExpress-like): kettle sales on e-commerce platforms in 2024."""
from lib import F, period, inherit, change, target, write

TEXT = """Kinh doanh › Hàng hóa

Thứ bảy, 8/3/2025, 10:05 (GMT+7)

Người Việt chi gần 1.500 tỷ đồng mua ấm siêu tốc trên mạng

Năm 2024, doanh số ấm siêu tốc trên các sàn thương mại điện tử đạt khoảng 1.460 tỷ đồng, tăng 17% so với năm trước, theo nền tảng dữ liệu MarketLens.

Báo cáo của MarketLens cho thấy, năm ngoái người tiêu dùng đã mua khoảng 5,8 triệu chiếc ấm siêu tốc trên bốn sàn lớn, giá bán trung bình 252.000 đồng một sản phẩm. Các đợt sale 11.11 và 12.12 đóng góp gần 20% doanh số cả năm.

Phân khúc giá dưới 200.000 đồng chiếm 58% số lượng bán ra, song phân khúc trên 500.000 đồng tăng nhanh nhất, với doanh số gấp 2,3 lần năm 2023. Top 10 thương hiệu chiếm 64% doanh số; thương hiệu nội Sen Việt xếp thứ hai, chỉ sau một thương hiệu Trung Quốc.

Trong khi đó, số nhà bán có đơn hàng còn khoảng 9.400 shop, thấp hơn 12% so với năm trước, do các sàn siết điều kiện với hàng không rõ nguồn gốc. Năm 2024, Bộ Công Thương đã đề nghị các sàn gỡ bỏ hơn 3.000 đường link bán ấm siêu tốc không có dấu hợp quy.

"Người tiêu dùng giờ ưu tiên ấm dung tích từ 1,5 đến 1,8 lít, thân inox 304, có chức năng tự ngắt khi cạn nước", ông Lê Hoàng Phúc, giám đốc MarketLens, nói. Theo ông, ấm giá rẻ có thể dùng lõi nhiệt kém chất lượng, dễ gây chập điện.

MarketLens dự báo năm 2025 doanh số ngành hàng này trên sàn tăng 10-12%, trong đó kênh livestream có thể chiếm tới 30%.

Minh Sơn
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
LAST = period("năm ngoái", "2024-01-01", "2024-12-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("chi gần 1.500 tỷ", "1.500", 1500e9, "money", "đồng", approx="nearly",
      subject="người Việt chi mua ấm siêu tốc trên mạng"),
    F("khoảng 1.460 tỷ", "1.460", 1460e9, "money", "đồng", approx="about",
      change=change("increase", 17, "%", "năm trước"),
      subject="doanh số ấm siêu tốc trên các sàn thương mại điện tử", per=Y24),
    F("khoảng 5,8 triệu", "5,8", 5.8e6, "count", "chiếc", approx="about",
      subject="ấm siêu tốc người tiêu dùng đã mua trên sàn", per=LAST),
    F("bốn sàn lớn", "bốn", 4, "count", "sàn", subject="sàn thương mại điện tử lớn", per=LAST),
    F("252.000 đồng", "252.000", 252000, "money", "đồng/sản phẩm",
      subject="giá bán trung bình ấm siêu tốc", per=LAST),
    F("gần 20% doanh số", "20", 20, "percent", "%", approx="nearly",
      subject="tỷ trọng các đợt sale 11.11 và 12.12 trong doanh số cả năm", per=period("cả năm", "2024-01-01", "2024-12-31")),
    F("dưới 200.000 đồng", "200.000", 200000, "money", "đồng", approx="under",
      subject="phân khúc giá", optional=True),
    F("chiếm 58%", "58", 58, "percent", "%",
      subject="tỷ trọng phân khúc giá dưới 200.000 đồng trong số lượng bán ra", per=inherit(Y24)),
    F("trên 500.000 đồng", "500.000", 500000, "money", "đồng", approx="over",
      subject="phân khúc giá", optional=True),
    F("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần",
      subject="doanh số phân khúc trên 500.000 đồng so với năm 2023", per=inherit(Y24)),
    F("Top 10 thương hiệu", "10", 10, "count", "thương hiệu", optional=True),
    F("chiếm 64%", "64", 64, "percent", "%",
      subject="tỷ trọng top 10 thương hiệu trong doanh số", per=inherit(Y24)),
    F("xếp thứ hai", "hai", 2, "rank", "hạng", subject="thương hiệu nội Sen Việt về doanh số"),
    F("khoảng 9.400 shop", "9.400", 9400, "count", "shop", approx="about",
      change=change("decrease", 12, "%", "năm trước"), subject="số nhà bán có đơn hàng"),
    F("hơn 3.000 đường link", "3.000", 3000, "count", "đường link", approx="over",
      subject="đường link bán ấm siêu tốc không có dấu hợp quy Bộ Công Thương đề nghị gỡ bỏ", per=Y24),
    F("từ 1,5 đến 1,8 lít", "1,5", 1.5, "measure", "lít", value_max=1.8,
      subject="dung tích ấm người tiêu dùng ưu tiên", optional=True),
    F("tăng 10-12%", "10", 10, "percent", "%", value_max=12, status="forecast",
      subject="doanh số ngành hàng ấm siêu tốc trên sàn", per=Y25),
    F("tới 30%", "30", 30, "percent", "%", status="forecast",
      subject="tỷ trọng kênh livestream trong doanh số", per=Y25),
]

NOTES = [
    "National newspaper (VnExpress-like): section path, 'Thứ bảy, 8/3/2025, 10:05 (GMT+7)', headline, lead, quote, byline at the end.",
    "Distractors: 10:05, '(GMT+7)', sale days '11.11' and '12.12' (dates; '11.11' reads like a decimal), 'inox 304' (a steel grade),",
    "baseline 'năm 2023', 'một sản phẩm' (the price's denominator, not a figure), 'một thương hiệu Trung Quốc' (an indefinite article).",
    "National figures: location Việt Nam. Headline 'gần 1.500 tỷ đồng' has no period. 'năm ngoái' = 2024 (dateline 2025); 'doanh số cả năm' = 2024.",
    "'252.000 đồng một sản phẩm' → unit 'đồng/sản phẩm'. Price bands 'dưới 200.000 đồng', 'trên 500.000 đồng' and 'Top 10' are labels of a",
    "group: optional. The quoted preferred size 'từ 1,5 đến 1,8 lít' is a product spec: optional.",
    "'gấp 2,3 lần năm 2023' has no base amount: a multiple figure of its own. 'thấp hơn 12% so với năm trước' is the change of 9.400 shop.",
    "'dự báo năm 2025 … tăng 10-12%, trong đó … có thể chiếm tới 30%' → both forecast; 'tới' is emphasis (exact).",
]

if __name__ == "__main__":
    write("p1550-6", TEXT, NOTES, FIGS, published="2025-03-08", location="Việt Nam")
