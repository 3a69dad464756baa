from lib import F, P, build

TEXT = """
Kinh doanh › Nông nghiệp
Thứ tư, 9/10/2024, 06:00 (GMT+7)

Máy gặt phía Bắc "Nam tiến" mùa lúa Thu Đông

Hàng trăm máy gặt đập liên hợp từ Nghệ An, Thanh Hóa đang vào miền Tây thu hoạch lúa Thu Đông, giá thuê gặt nhích lên so với vụ trước.

Theo Cục Trồng trọt, vụ Thu Đông 2024 các tỉnh Đồng bằng sông Cửu Long gieo sạ khoảng 712.000 ha. Trong đó, An Giang 152.000 ha, Đồng Tháp 120.500 ha, Kiên Giang 84.300 ha. Đến ngày 5/10, toàn vùng đã thu hoạch 186.500 ha, chiếm 26,2% diện tích.

Ông Trần Văn Hòa, chủ tổ dịch vụ cơ giới ở huyện Thoại Sơn (An Giang), có 4 máy gặt Kubota DC-70, cho biết mỗi máy gặt được 4-5 ha/ngày, giá thuê gặt từ 2,2 đến 2,8 triệu đồng/ha tùy ruộng khô hay lún, cao hơn khoảng 200.000 đồng/ha so với vụ Hè Thu. Trừ chi phí dầu, công thợ, mỗi máy lãi khoảng 25-30 triệu đồng/tháng.

"Năm nay tôi dẫn 2 đội thợ, mỗi đội 3 người, theo máy từ Long An xuống tới Cà Mau", ông Hòa nói.

Theo Bộ Nông nghiệp và Phát triển nông thôn, cả nước hiện có khoảng 48.500 máy gặt đập liên hợp, riêng Đồng bằng sông Cửu Long chiếm trên 55%. Tỷ lệ cơ giới hóa khâu thu hoạch lúa của vùng đạt 98%, giúp tỷ lệ tổn thất giảm từ 5-6% xuống còn 2-3%. Tuy nhiên, khâu sấy mới đạt khoảng 60%, nhiều nơi thương lái vẫn mua lúa tươi tại ruộng rồi đưa về nhà máy sấy.

Ngọc Tài
"""

ASOF = P("Đến ngày 5/10", None, "2024-10-05")
NAY = P("Năm nay", "2024-01-01", "2024-12-31")
DB = "Đồng bằng sông Cửu Long"
SOW = "diện tích lúa Thu Đông gieo sạ"

FIGS = [
    F("Hàng trăm máy gặt", "Hàng trăm", "count", "máy gặt đập liên hợp", "máy gặt đập liên hợp từ Nghệ An, Thanh Hóa",
      value=100, approx="about", location=DB, optional=True),
    F("khoảng 712.000 ha", "712.000", "measure", "ha", SOW, approx="about", location=DB),
    F("An Giang 152.000 ha", "152.000", "measure", "ha", SOW, total=712000, location="An Giang"),
    F("Đồng Tháp 120.500 ha", "120.500", "measure", "ha", SOW, total=712000, location="Đồng Tháp"),
    F("Kiên Giang 84.300 ha", "84.300", "measure", "ha", SOW, total=712000, location="Kiên Giang"),
    F("thu hoạch 186.500 ha", "186.500", "measure", "ha", "diện tích lúa Thu Đông đã thu hoạch", percent=26.2,
      location=DB, period=ASOF),
    F("có 4 máy gặt", "4", "count", "máy gặt", "máy gặt của tổ dịch vụ cơ giới", location="Thoại Sơn"),
    F("được 4-5 ha/ngày", "4", "measure", "ha/ngày", "diện tích mỗi máy gặt được", value_max=5, location="Thoại Sơn"),
    F("từ 2,2 đến 2,8 triệu", "2,2", "money", "đồng/ha", "giá thuê gặt", value=2_200_000, value_max=2_800_000,
      change={"direction": "increase", "value": 200000, "unit": "đồng/ha", "approx": "about",
              "baseline": "vụ Hè Thu"}, location="Thoại Sơn"),
    F("khoảng 25-30 triệu", "25", "money", "đồng/tháng", "lãi mỗi máy", value=25_000_000, value_max=30_000_000,
      approx="about", location="Thoại Sơn"),
    F("dẫn 2 đội thợ", "2", "count", "đội thợ", "đội thợ theo máy", location="Thoại Sơn", period=NAY),
    F("mỗi đội 3 người", "3", "count", "người", "thợ mỗi đội", location="Thoại Sơn", period=NAY),
    F("khoảng 48.500 máy", "48.500", "count", "máy gặt đập liên hợp", "máy gặt đập liên hợp", approx="about",
      location="Việt Nam"),
    F("chiếm trên 55%", "55", "percent", "%", "tỷ trọng máy gặt đập liên hợp của vùng", approx="over", location=DB),
    F("vùng đạt 98%", "98", "percent", "%", "tỷ lệ cơ giới hóa khâu thu hoạch lúa", location=DB),
    F("từ 5-6%", "5", "percent", "%", "tỷ lệ tổn thất trước đây", value_max=6, location=DB),
    F("còn 2-3%", "2", "percent", "%", "tỷ lệ tổn thất", value_max=3, location=DB),
    F("khoảng 60%", "60", "percent", "%", "tỷ lệ cơ giới hóa khâu sấy", approx="about", location=DB),
]

COMMENTS = [
    "National press (news site, 'Thứ tư, 9/10/2024, 06:00 (GMT+7)', byline at the end): combine harvesters in the Mekong Thu Đông harvest.",
    "No default location: regional figures → 'Đồng bằng sông Cửu Long' (region as place, judgment call as in p346-4); province parts → their province;",
    "the interviewee's figures → his district Thoại Sơn; the national count → Việt Nam. 'riêng ĐBSCL chiếm trên 55%' is the region's share,",
    "a figure of its own (not the percent of the national 48.500). 'Trong đó, An Giang …, Đồng Tháp …, Kiên Giang …' are parts of 712.000 ha.",
    "'Đến ngày 5/10' takes 2024 from the dateline. 'vụ Thu Đông 2024' is a season (no period). 'Hàng trăm máy gặt' (number word, vague): optional.",
    "'cao hơn khoảng 200.000 đồng/ha so với vụ Hè Thu' → change of the price range. 'giảm từ 5-6% xuống còn 2-3%': two levels, no change.",
    "'Năm nay' in the quote is the dateline's year 2024.",
    "Distractors: model 'Kubota DC-70', '(GMT+7)', 'vụ Hè Thu', place names in the quote ('từ Long An xuống tới Cà Mau').",
]

build(7, TEXT, FIGS, COMMENTS, published="2024-10-09")
