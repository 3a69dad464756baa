"""p769-6: national press (VnExpress style) — crocodile price slump in TP HCM, skin exports."""
from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 3/6/2024, 07:00 (GMT+7)

Giá cá sấu rớt còn 40.000 đồng một kg, nhiều trại bỏ nuôi

Giá cá sấu thương phẩm tại các trại ở TP HCM giảm còn 40.000-45.000 đồng/kg, thấp hơn khoảng 20.000 đồng so với đầu năm, khiến nhiều chủ trại thua lỗ.

Ông Nguyễn Văn Phúc, chủ trại cá sấu ở huyện Củ Chi, cho biết trại ông hiện còn khoảng 1.800 con, giảm gần 60% so với năm 2019. "Bán một con cá sấu 3 năm tuổi nặng 30 kg, tôi lỗ gần 400.000 đồng", ông nói. Theo ông Phúc, thức ăn chiếm khoảng 70% giá thành, chủ yếu là cá tạp với giá 12.000-15.000 đồng/kg.

Theo Hiệp hội Chăn nuôi cá sấu TP HCM, tổng đàn cá sấu của thành phố hiện khoảng 98.000 con, chỉ bằng 40% so với thời điểm cao nhất năm 2014. Số trại nuôi còn 64 trại, giảm 93 trại so với năm 2014. Hiệp hội dự báo trong năm 2024, đàn cá sấu của thành phố có thể giảm thêm 15-20%.

Cả nước hiện có khoảng 590.000 con cá sấu. Năm 2023, Việt Nam xuất khẩu 28.700 tấm da, phần lớn là da muối chưa thuộc, thu về khoảng 9,8 triệu USD. Theo các doanh nghiệp, da thuộc thành phẩm có giá trị gấp 3-5 lần da muối. Tại TP HCM, một chiếc túi xách da cá sấu có giá 25-40 triệu đồng.

Thi Hà

Tòa soạn: Tầng 10, Tòa nhà FPT, số 10 Phạm Văn Bạch, Cầu Giấy, Hà Nội. Hotline: 083.888.0123
"""

HCM = "Hồ Chí Minh"
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("còn 40.000 đồng một kg", "40.000", 40000, "money", "đồng/kg", "giá cá sấu", location=HCM),
    F("40.000-45.000 đồng/kg", "40.000", 40000, "money", "đồng/kg", "giá cá sấu thương phẩm", value_max=45000,
      change=CH("decrease", 20000, "đồng", baseline="đầu năm", approx="about"), location=HCM),
    F("khoảng 1.800 con", "1.800", 1800, "count", "con", "cá sấu của trại ông Nguyễn Văn Phúc", approx="about",
      change=CH("decrease", 60, baseline="năm 2019", approx="nearly"), location="Củ Chi"),
    F("3 năm tuổi", "3", 3, "measure", "năm", "tuổi cá sấu", optional=True, location="Củ Chi"),
    F("nặng 30 kg", "30", 30, "measure", "kg", "trọng lượng một con cá sấu 3 năm tuổi", location="Củ Chi"),
    F("gần 400.000 đồng", "400.000", 400000, "money", "đồng", "tiền lỗ khi bán một con cá sấu", approx="nearly",
      location="Củ Chi"),
    F("khoảng 70% giá thành", "70", 70, "percent", "%", "tỷ trọng thức ăn trong giá thành nuôi cá sấu", approx="about",
      location="Củ Chi"),
    F("12.000-15.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", "giá cá tạp làm thức ăn", value_max=15000,
      location="Củ Chi"),
    F("khoảng 98.000 con", "98.000", 98000, "count", "con", "tổng đàn cá sấu của thành phố", approx="about", percent=40,
      location=HCM),
    F("còn 64 trại", "64", 64, "count", "trại", "trại nuôi cá sấu", change=CH("decrease", 93, "trại", baseline="năm 2014"),
      location=HCM),
    F("thêm 15-20%", "15", 15, "percent", "%", "mức giảm đàn cá sấu của thành phố",
      P("trong năm 2024", "2024-01-01", "2024-12-31"), value_max=20, status="forecast", location=HCM),
    F("khoảng 590.000 con", "590.000", 590000, "count", "con", "đàn cá sấu cả nước", approx="about", location="Việt Nam"),
    F("xuất khẩu 28.700 tấm", "28.700", 28700, "count", "tấm da", "da cá sấu xuất khẩu", Y23, location="Việt Nam"),
    F("khoảng 9,8 triệu USD", "9,8", 9800000, "money", "USD", "kim ngạch xuất khẩu da cá sấu", Y23, approx="about",
      location="Việt Nam"),
    F("gấp 3-5 lần", "3", 3, "multiple", "lần", "giá trị da thuộc thành phẩm so với da muối", value_max=5, location="Việt Nam"),
    F("25-40 triệu đồng", "25", 25000000, "money", "đồng", "giá một chiếc túi xách da cá sấu", value_max=40000000,
      location=HCM),
]

COMMENTS = [
    "National press (VnExpress style), 'Thứ hai, 3/6/2024, 07:00 (GMT+7)', byline 'Thi Hà': crocodile price slump, TP HCM farms, exports.",
    "No article-wide location: TP HCM figures → Hồ Chí Minh (written 'TP HCM'), the Củ Chi farmer's → Củ Chi, national → Việt Nam.",
    "The headline price has no place of its own; it repeats the lead's TP HCM price (location Hồ Chí Minh).",
    "'thấp hơn khoảng 20.000 đồng so với đầu năm' → change of the price range; 'giảm gần 60% so với năm 2019' → change of 1.800 con;",
    "'chỉ bằng 40% so với thời điểm cao nhất năm 2014' → percent of 98.000 con; 'giảm 93 trại so với năm 2014' → change of 64 trại.",
    "'dự báo' → forecast percent range. 'gấp 3-5 lần' standing alone → multiple (location Việt Nam: the sentence is about Vietnamese",
    "firms' skins, following the national sentence; choice). '3 năm tuổi' (age) optional. 'hiện' → no period.",
    "Distractors: (GMT+7), 07:00, Tầng 10, số 10 Phạm Văn Bạch, hotline 083.888.0123.",
]

if __name__ == "__main__":
    emit("p769-6", TEXT, COMMENTS, FIGS, published="2024-06-03")
