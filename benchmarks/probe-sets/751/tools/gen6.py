#!/usr/bin/env python3
"""p751-6: national press (VnExpress style) — velvet price fall, a Hương Sơn farmer, district output 5 months 2024, processing plans."""
from lib import F, P, I, CH, TG, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 3/6/2024, 07:00 (GMT+7)

Nông dân Hương Sơn lao đao vì giá nhung hươu giảm 50%

Giá nhung hươu tại Hà Tĩnh hiện chỉ còn 1,5-2 triệu đồng một lạng, giảm khoảng 50% so với thời điểm năm 2019.

Vào mùa cắt nhung từ tháng 2 đến tháng 5, gia đình anh Lê Văn Quý ở xã Sơn Trung, huyện Hương Sơn, thu được gần 9 kg nhung từ đàn 14 con hươu đực. Với giá 1,7 triệu đồng/lạng, anh thu về hơn 150 triệu đồng, chỉ bằng 55% so với năm 2022. "Mỗi con hươu ăn khoảng 15 kg lá cây mỗi ngày, tiền thức ăn, thuốc thú y đã chiếm 40% doanh thu", anh Quý nói.

Theo Phòng Nông nghiệp và PTNT huyện Hương Sơn, 5 tháng đầu năm 2024, toàn huyện thu hoạch khoảng 5,9 tấn nhung, tăng 4% so với cùng kỳ, nhưng giá trị chỉ đạt khoảng 118 tỷ đồng, giảm 22% so với cùng kỳ. Hương Sơn có hơn 11.800 hộ nuôi với 42.150 con hươu, chiếm khoảng 33% tổng đàn hươu cả nước.

Ông Nguyễn Đình Hùng, Trưởng phòng Nông nghiệp huyện, cho biết trên 70% nhung được bán tươi qua thương lái nên người nuôi bị ép giá. Huyện dự kiến xây dựng 2 cơ sở sơ chế, bảo quản nhung với tổng vốn 12 tỷ đồng, đồng thời mở rộng kênh bán hàng trên sàn thương mại điện tử.

Hiện cả nước có khoảng 20 cơ sở chế biến nhung hươu, trong đó chỉ 4 cơ sở đạt chứng nhận GMP.

Đức Hùng
"""

M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")

FIGS = [
    F("giảm 50%", "50", 50, "percent", "%", "mức giảm giá nhung hươu"),
    F("còn 1,5-2 triệu", "1,5", 1500000, "money", "đồng/lạng", "giá nhung hươu", value_max=2000000,
      change=CH("decrease", 50, baseline="thời điểm năm 2019", approx="about"), location="Hà Tĩnh"),
    F("gần 9 kg", "9", 9, "measure", "kg", "nhung gia đình anh Lê Văn Quý thu được", approx="nearly"),
    F("đàn 14 con", "14", 14, "count", "con", "hươu đực của gia đình anh Lê Văn Quý"),
    F("giá 1,7 triệu", "1,7", 1700000, "money", "đồng/lạng", "giá bán nhung"),
    F("hơn 150 triệu", "150", 150000000, "money", "đồng", "tiền thu từ bán nhung của anh Quý", approx="over",
      percent=55),
    F("khoảng 15 kg", "15", 15, "measure", "kg", "lá cây mỗi con hươu ăn mỗi ngày", approx="about"),
    F("chiếm 40%", "40", 40, "percent", "%", "tỷ trọng tiền thức ăn, thuốc thú y trong doanh thu"),
    F("khoảng 5,9 tấn", "5,9", 5.9, "measure", "tấn", "sản lượng nhung thu hoạch", M5, approx="about",
      change=CH("increase", 4, baseline="cùng kỳ")),
    F("khoảng 118 tỷ", "118", 118000000000, "money", "đồng", "giá trị nhung thu hoạch", M5, approx="about",
      change=CH("decrease", 22, baseline="cùng kỳ")),
    F("hơn 11.800 hộ", "11.800", 11800, "count", "hộ", "hộ nuôi hươu", approx="over"),
    F("với 42.150 con", "42.150", 42150, "count", "con", "đàn hươu", percent=33),
    F("trên 70%", "70", 70, "percent", "%", "tỷ lệ nhung được bán tươi qua thương lái", approx="over"),
    F("xây dựng 2 cơ sở", "2", 2, "count", "cơ sở", "cơ sở sơ chế, bảo quản nhung", status="forecast"),
    F("vốn 12 tỷ", "12", 12000000000, "money", "đồng", "tổng vốn xây dựng cơ sở sơ chế, bảo quản nhung",
      status="forecast"),
    F("khoảng 20 cơ sở", "20", 20, "count", "cơ sở", "cơ sở chế biến nhung hươu", approx="about", location="Việt Nam"),
    F("chỉ 4 cơ sở", "4", 4, "count", "cơ sở", "cơ sở chế biến nhung hươu đạt chứng nhận GMP", total=20,
      location="Việt Nam"),
]

COMMENTS = [
    "National press (VnExpress style): 'Thứ hai, 3/6/2024, 07:00 (GMT+7)'; velvet price fall in Hà Tĩnh, a Hương Sơn farmer, district output",
    "5 months 2024, processing plans, national processors. Byline at the end.",
    "Headline 'giảm 50%' is a percent claim (Hương Sơn, the only place in it); the lead's 'giảm khoảng 50% so với thời điểm năm 2019' is the",
    "change of the price range 1,5-2 triệu (Hà Tĩnh). 'đồng một lạng' = unit đồng/lạng. 'bằng 55% so với năm 2022' is the percent of 150 triệu.",
    "'mùa cắt nhung từ tháng 2 đến tháng 5' describes the season in general: a distractor, and the farmer's figures get no period (unscored).",
    "'chiếm khoảng 33% tổng đàn hươu cả nước' is the percent of 42.150 con (location Hương Sơn). 'dự kiến' governs both 2 cơ sở and 12 tỷ.",
    "National processors (cả nước): location Việt Nam; '4 cơ sở' after 'trong đó' has total 20.",
]

if __name__ == "__main__":
    emit("p751-6", TEXT, COMMENTS, FIGS, published="2024-06-03", location="Hương Sơn")
