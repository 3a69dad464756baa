import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, I, CH, TG, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ tư, 12/6/2024, 06:30 (GMT+7)

Giá cá ngừ đại dương giảm 20%, hàng trăm tàu câu nằm bờ

Giá cá ngừ đại dương tại Phú Yên chỉ còn 80.000-90.000 đồng/kg, giảm khoảng 20% so với cùng kỳ năm ngoái, khiến nhiều chủ tàu câu thua lỗ.

Theo Chi cục Thủy sản Phú Yên, tính đến ngày 10/6, khoảng 170 trong tổng số 612 tàu câu cá ngừ của tỉnh phải nằm bờ, chiếm gần 28%. Mỗi chuyến biển kéo dài 15-20 ngày, chủ tàu phải chi 120-150 triệu đồng cho dầu, đá, lương thực, trong đó tiền dầu chiếm 60-65%.

Ông Lê Văn Tư, chủ tàu PY 90639 TS ở phường 6, TP Tuy Hòa, cho biết chuyến biển cuối tháng 5 tàu ông câu được 2,1 tấn cá ngừ, bán được 178 triệu đồng, trừ chi phí còn lỗ gần 15 triệu đồng.

Theo Hiệp hội Cá ngừ Việt Nam (VINATUNA), 5 tháng đầu năm 2024, xuất khẩu cá ngừ cả nước đạt 383 triệu USD, tăng 22% so với cùng kỳ, song doanh nghiệp chủ yếu dùng cá ngừ vằn nhập khẩu nên giá nguyên liệu trong nước chưa cải thiện. Trong khi đó, giá dầu DO 0,05S tại Phú Yên hiện khoảng 21.500 đồng/lít, cao hơn 1.200 đồng/lít so với đầu năm.

Lãnh đạo UBND tỉnh Phú Yên cho biết tỉnh dự kiến hỗ trợ 30% chi phí nhiên liệu cho tàu câu cá ngừ, tối đa 20 triệu đồng/chuyến, cho khoảng 400 lượt tàu trong 6 tháng cuối năm.

Bảo Ngọc
"""

H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    F("đại dương giảm 20%", "20", 20, "percent", "%", "giá cá ngừ đại dương"),
    F("hàng trăm tàu", "trăm", 100, "count", "tàu", "tàu câu nằm bờ", approx="about", optional=True),
    F("còn 80.000-90.000 đồng/kg", "80.000", 80000, "money", "đồng/kg", "giá cá ngừ đại dương", value_max=90000,
      change=CH("decrease", 20, baseline="cùng kỳ năm ngoái", approx="about")),
    F("khoảng 170 trong", "170", 170, "count", "tàu", "tàu câu cá ngừ phải nằm bờ",
      P("tính đến ngày 10/6", None, "2024-06-10"), approx="about", total=612, percent=28),
    F("kéo dài 15-20 ngày", "15", 15, "measure", "ngày", "thời gian mỗi chuyến biển", value_max=20, optional=True),
    F("chi 120-150 triệu đồng", "120", 120000000, "money", "đồng", "chi phí mỗi chuyến biển cho dầu, đá, lương thực",
      value_max=150000000),
    F("chiếm 60-65%", "60", 60, "percent", "%", "tỷ trọng tiền dầu trong chi phí chuyến biển", value_max=65),
    F("được 2,1 tấn", "2,1", 2.1, "measure", "tấn", "cá ngừ câu được trong chuyến biển", location="Tuy Hòa"),
    F("bán được 178 triệu đồng", "178", 178000000, "money", "đồng", "tiền bán cá ngừ của chuyến biển", location="Tuy Hòa"),
    F("lỗ gần 15 triệu đồng", "15", 15000000, "money", "đồng", "lỗ của chuyến biển sau khi trừ chi phí",
      approx="nearly", location="Tuy Hòa"),
    F("đạt 383 triệu USD", "383", 383000000, "money", "USD", "xuất khẩu cá ngừ cả nước",
      P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31"), change=CH("increase", 22, baseline="cùng kỳ"),
      location="Việt Nam"),
    F("khoảng 21.500 đồng/lít", "21.500", 21500, "money", "đồng/lít", "giá dầu DO 0,05S", approx="about",
      change=CH("increase", 1200, "đồng/lít", baseline="đầu năm")),
    F("hỗ trợ 30%", "30", 30, "percent", "%", "hỗ trợ chi phí nhiên liệu cho tàu câu cá ngừ", H2, status="forecast"),
    F("tối đa 20 triệu đồng/chuyến", "20", 20000000, "money", "đồng/chuyến", "mức hỗ trợ chi phí nhiên liệu mỗi chuyến", H2,
      approx="at_most", status="forecast"),
    F("khoảng 400 lượt tàu", "400", 400, "count", "lượt tàu", "lượt tàu câu cá ngừ được hỗ trợ chi phí nhiên liệu", H2,
      approx="about", status="forecast"),
]

COMMENTS = [
    "National press (VnExpress-like), 'Thứ tư, 12/6/2024, 06:30 (GMT+7)', byline at the end: tuna price slump in Phú Yên, idle boats,",
    "trip costs, one owner's loss, national exports 5 months, diesel price, planned fuel support. Default location Phú Yên.",
    "Headline 'giảm 20%' is a percent figure (a rate that is the claim); in the lead 'giảm khoảng 20%' is the change of the price range.",
    "'khoảng 170 trong tổng số 612 tàu …, chiếm gần 28%': total 612 and percent 28 (612 is not a figure of its own).",
    "'trong đó tiền dầu chiếm 60-65%' is the share of a part (a percent figure), not the percent attribute of 120-150 triệu.",
    "The owner from 'phường 6, TP Tuy Hòa': his catch/sales/loss take location Tuy Hòa. National exports (VINATUNA) = Việt Nam.",
    "'dự kiến' governs the whole last sentence (forecast); '6 tháng cuối năm' takes 2024 from the dateline.",
    "Optional: 'hàng trăm tàu' (approximate number word), trip duration '15-20 ngày'. 'tính đến ngày 10/6' takes 2024 from the dateline.",
    "Distractors: '(GMT+7)', 06:30, 'Lê Văn Tư' (number word in a name), vessel 'PY 90639 TS', 'phường 6', fuel grade 'DO 0,05S',",
    "'cuối tháng 5' (a date).",
]

emit("p763-6", TEXT, COMMENTS, FIGS, published="2024-06-12", location="Phú Yên")
