"""p1508-6: national newspaper: TP HCM bins sell out after sorting became mandatory on 1/1/2025."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Đô thị
Thứ hai, 6/1/2025, 14:05 (GMT+7)

Thùng rác phân loại "cháy hàng" sau ngày 1/1

Từ đầu năm 2025, người dân TP HCM bắt buộc phân loại rác tại nguồn; nhiều cửa hàng đồ nhựa bán lượng thùng rác gấp 3 lần bình thường.

Tại chợ Kim Biên (quận 5), chị Phạm Thị Lan, chủ một sạp đồ nhựa, cho biết trong tháng 12/2024, mỗi ngày chị bán được từ 40 đến 50 thùng rác, có ngày hơn 70 chiếc. Loại thùng đạp chân 15 lít giá 85.000 đồng, thùng 60 lít có nắp giá khoảng 220.000 đồng, tăng 15-20% so với tháng trước.

Theo Sở Tài nguyên và Môi trường TP HCM, thành phố phát sinh khoảng 9.500 tấn chất thải rắn sinh hoạt mỗi ngày. Năm 2024, quận Tân Bình, quận 12 và TP Thủ Đức đã hỗ trợ hơn 46.000 thùng rác cho hộ dân; riêng quận Tân Bình cấp phát 18.600 thùng cho gần 9.300 hộ.

Ông Lê Văn Hùng, Phó trưởng phòng Quản lý chất thải rắn, cho biết thành phố có khoảng 2,6 triệu hộ gia đình, ước tính nhu cầu thùng rác lên tới hơn 5 triệu chiếc. "Người dân không bắt buộc phải mua thùng mới, có thể tận dụng túi, xô sẵn có", ông nói.

Theo các đại lý, doanh số thùng rác nhựa trong tuần đầu năm 2025 tăng khoảng 35% so với cùng kỳ. Hiện đã có 7 doanh nghiệp đăng ký cung ứng khoảng ba chục mẫu thùng rác phân loại, với mức giá ưu đãi giảm 10%.

Minh Anh

Xem thêm:
- Hơn 200 điểm tập kết rác được cải tạo trong năm 2024
- TP HCM lắp camera AI giám sát xả rác tại quận 8
"""

D12 = P("trong tháng 12/2024", "2024-12-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
WK = P("tuần đầu năm 2025", "2025-01-01", "2025-01-07")
Q5 = "Quận 5"

FIGS = [
    F("gấp 3 lần", "3", 3, "multiple", "lần", subject="lượng thùng rác bán"),
    F("từ 40 đến 50", "40", 40, "measure", "thùng rác/ngày", value_max=50,
      subject="thùng rác chị bán được mỗi ngày", period=D12, location=Q5),
    F("hơn 70 chiếc", "70", 70, "count", "chiếc", approx="over",
      subject="thùng rác bán được có ngày", period=D12, location=Q5),
    F("chân 15 lít", "15", 15, "measure", "lít", subject="dung tích thùng đạp chân", optional=True, location=Q5),
    F("giá 85.000", "85.000", 85000, "money", "đồng", subject="giá thùng đạp chân 15 lít", location=Q5),
    F("thùng 60 lít", "60", 60, "measure", "lít", subject="dung tích thùng có nắp", optional=True, location=Q5),
    F("khoảng 220.000", "220.000", 220000, "money", "đồng", approx="about",
      change=C("increase", 15, "%", "tháng trước"),
      subject="giá thùng 60 lít có nắp", location=Q5),
    F("khoảng 9.500 tấn", "9.500", 9500, "measure", "tấn/ngày", approx="about",
      subject="chất thải rắn sinh hoạt phát sinh"),
    F("hơn 46.000 thùng", "46.000", 46000, "count", "thùng rác", approx="over",
      subject="thùng rác quận Tân Bình, quận 12 và TP Thủ Đức hỗ trợ cho hộ dân", period=Y24),
    F("cấp phát 18.600 thùng", "18.600", 18600, "count", "thùng", subject="thùng rác cấp phát",
      period=Y24, location="Tân Bình"),
    F("gần 9.300 hộ", "9.300", 9300, "count", "hộ", approx="nearly",
      subject="hộ được cấp phát thùng rác", period=Y24, location="Tân Bình"),
    F("khoảng 2,6 triệu", "2,6", 2.6e6, "count", "hộ gia đình", approx="about", subject="hộ gia đình"),
    F("hơn 5 triệu", "5", 5e6, "count", "chiếc", approx="over", status="estimate",
      subject="nhu cầu thùng rác"),
    F("tăng khoảng 35%", "35", 35, "percent", "%", approx="about",
      subject="doanh số thùng rác nhựa", period=WK),
    F("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp",
      subject="doanh nghiệp đăng ký cung ứng thùng rác phân loại"),
    F("khoảng ba chục", "ba chục", 30, "count", "mẫu", approx="about",
      subject="mẫu thùng rác phân loại đăng ký cung ứng"),
    F("giảm 10%", "10", 10, "percent", "%", subject="mức giá ưu đãi"),
    F("Hơn 200 điểm", "200", 200, "count", "điểm", approx="over",
      subject="điểm tập kết rác được cải tạo", period=P("trong năm 2024", "2024-01-01", "2024-12-31"),
      optional=True),
]

NOTES = [
    "National newspaper: section path, 'Thứ hai, 6/1/2025, 14:05 (GMT+7)', sapo, quote, byline, 'Xem thêm' links.",
    "Distractors: 14:05, (GMT+7), 'ngày 1/1', 'Từ đầu năm 2025' (no figure in that clause but gấp 3 lần, see below), 'quận 5', 'quận 12', 'quận 8',",
    "and the link titles. 'Hơn 200 điểm tập kết rác' in a 'Xem thêm' link is a real figure but belongs to another article: optional.",
    "Sapo 'gấp 3 lần bình thường' stands alone as the claim: kind multiple. 'Từ đầu năm 2025' there is a date the rule starts, not its period: none.",
    "The stall at chợ Kim Biên is in quận 5: location Quận 5 for its figures. 'mỗi ngày ... từ 40 đến 50 thùng rác' is a daily rate",
    "(thùng rác/ngày); 'có ngày hơn 70 chiếc' is one day's count (count, chiếc). Bin sizes '15 lít', '60 lít' name the products: optional.",
    "'tăng 15-20% so với tháng trước' is the change of the 220.000 price (value 15, the range's lower end; the change has no max).",
    "'hơn 46.000 thùng' counts two districts and a city together: location TP HCM (default). 'riêng quận Tân Bình' figures: Tân Bình.",
    "'ước tính nhu cầu ... hơn 5 triệu chiếc' → estimate, over. 'tuần đầu năm 2025' → 2025-01-01..2025-01-07 (a growth rate as the claim).",
    "revised after the first run: 2,6 triệu subject 'hộ gia đình của thành phố' → 'hộ gia đình' (the city is the location).",
    "'khoảng ba chục mẫu' is a number word (30, about).",
]

if __name__ == "__main__":
    write("p1508-6", TEXT, NOTES, FIGS, published="2025-01-06", location="TP Hồ Chí Minh")
