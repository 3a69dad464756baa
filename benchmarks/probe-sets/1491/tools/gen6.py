"""p1491-6: national newspaper: a folding-hammock maker in TP Thuận An (Bình Dương) exporting to the US and Australia."""
from lib import F, period, inherit, change, target, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ tư, 22/5/2024, 07:30 (GMT+7)

Võng xếp Việt sang Mỹ, Australia

Mỗi tháng, Công ty TNHH Võng xếp Phú An Khang ở TP Thuận An (Bình Dương) xuất khẩu khoảng 12.000 bộ võng xếp, gấp ba lần năm 2020.

Xưởng của công ty rộng 6.500 m2 trên đường ĐT743, đang có 320 công nhân, thu nhập bình quân 9,5 triệu đồng/tháng. Năm 2023, doanh thu đạt 86 tỷ đồng, trong đó xuất khẩu chiếm 35%. Bốn tháng đầu năm nay, đơn hàng tăng 27% so với cùng kỳ, chủ yếu từ Mỹ và Australia.

"Khung võng bằng thép sơn tĩnh điện, chịu tải tối đa 150 kg, gấp gọn chỉ còn 1,2 m nên rất hợp với khách đi dã ngoại", ông Trương Minh Khang, Giám đốc công ty, nói. Mẫu PAK-68 bán chạy nhất có giá bán lẻ trong nước khoảng 690.000 đồng/bộ, loại cao cấp trên 2 triệu đồng/bộ.

Công ty hiện đứng thứ ba cả nước về kim ngạch xuất khẩu võng xếp. Ông Khang dự kiến doanh thu năm nay đạt 100-110 tỷ đồng, tuyển thêm khoảng 50 công nhân.

Theo Hiệp hội Thủ công mỹ nghệ Việt Nam, cả nước có khoảng 40 doanh nghiệp sản xuất võng xếp, trong đó 17 doanh nghiệp đặt nhà máy tại Bình Dương. Tăng trưởng xuất khẩu võng xếp những năm gần đây đạt 15-20% mỗi năm, nhưng doanh nghiệp vẫn phụ thuộc vào thép và vải dù nhập khẩu.

"Nếu chủ động được nguyên liệu, võng xếp Việt có thể cạnh tranh với hàng Trung Quốc ở phân khúc trung cấp", ông Khang nói.

Thanh Tâm
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
M4 = period("Bốn tháng đầu năm nay", "2024-01-01", "2024-04-30")
NOW = period("năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    F("khoảng 12.000 bộ", "12.000", 12000, "measure", "bộ/tháng", approx="about",
      change=change("increase", 3, "lần", "năm 2020"), subject="võng xếp công ty xuất khẩu mỗi tháng"),
    F("rộng 6.500 m2", "6.500", 6500, "measure", "m2", subject="diện tích xưởng của công ty"),
    F("có 320 công nhân", "320", 320, "count", "công nhân", subject="công nhân của xưởng"),
    F("9,5 triệu", "9,5", 9500000, "money", "đồng/tháng", subject="thu nhập bình quân của công nhân"),
    F("đạt 86 tỷ", "86", 86000000000, "money", "đồng", subject="doanh thu", per=Y23),
    F("chiếm 35%", "35", 35, "percent", "%", subject="xuất khẩu trong doanh thu", per=Y23),
    F("tăng 27%", "27", 27, "percent", "%", subject="đơn hàng", per=M4),
    F("tối đa 150 kg", "150", 150, "measure", "kg", approx="at_most", subject="tải trọng khung võng", optional=True),
    F("còn 1,2 m", "1,2", 1.2, "measure", "m", subject="chiều dài võng khi gấp gọn", optional=True),
    F("khoảng 690.000", "690.000", 690000, "money", "đồng/bộ", approx="about",
      subject="giá bán lẻ trong nước mẫu PAK-68"),
    F("trên 2 triệu", "2", 2000000, "money", "đồng/bộ", approx="over", subject="giá bán lẻ loại cao cấp"),
    F("đứng thứ ba", "ba", 3, "rank", "hạng", subject="kim ngạch xuất khẩu võng xếp"),
    F("đạt 100-110 tỷ", "100", 100000000000, "money", "đồng", value_max=110000000000, status="forecast",
      subject="doanh thu", per=NOW),
    F("khoảng 50 công nhân", "50", 50, "count", "công nhân", approx="about", status="forecast",
      subject="công nhân tuyển thêm", per=NOW),
    F("khoảng 40 doanh nghiệp", "40", 40, "count", "doanh nghiệp", approx="about",
      subject="doanh nghiệp sản xuất võng xếp", location="Việt Nam"),
    F("trong đó 17 doanh nghiệp", "17", 17, "count", "doanh nghiệp", total=40,
      subject="doanh nghiệp sản xuất võng xếp đặt nhà máy", location="Bình Dương"),
    F("đạt 15-20%", "15", 15, "percent", "%", value_max=20, subject="tăng trưởng xuất khẩu võng xếp",
      location="Việt Nam"),
]

NOTES = [
    "National newspaper: section path, 'Thứ tư, 22/5/2024, 07:30 (GMT+7)' (published), headline, sapo, quotes, byline at the end.",
    "The company is in TP Thuận An (a city of Bình Dương): its figures are located in Thuận An. The association's national",
    "figures are Việt Nam; '17 doanh nghiệp đặt nhà máy tại Bình Dương' (after 'trong đó', total 40) describes Bình Dương.",
    "Distractors: '(GMT+7)', time 07:30, road 'ĐT743', model name 'PAK-68', baseline 'năm 2020'; 'Bốn' only names the period.",
    "'Mỗi tháng ... khoảng 12.000 bộ' is a rate: measure, bộ/tháng; 'gấp ba lần năm 2020' is its change (3 lần).",
    "'trong đó xuất khẩu chiếm 35%' is a percent figure of its own. 'đơn hàng tăng 27% so với cùng kỳ' is a growth rate as the claim.",
    "'Bốn tháng đầu năm nay' and 'năm nay' take the year of published (2024). 'dự kiến' governs both clauses → forecast.",
    "Product specs 'tối đa 150 kg', 'còn 1,2 m' are optional. 'đứng thứ ba cả nước' is the company's rank (location Thuận An).",
]

if __name__ == "__main__":
    write("p1491-6", TEXT, NOTES, FIGS, published="2024-05-22", location="Thuận An")
