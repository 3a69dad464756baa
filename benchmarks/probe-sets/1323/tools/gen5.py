"""p1323-5: national newspaper: international visitors spend little on souvenirs (survey, national figures, list of places)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh > Du lịch

Khách quốc tế chi cho mua sắm quà lưu niệm còn thấp

Chủ nhật, 10/11/2024, 08:15 (GMT+7)

Mua sắm chỉ chiếm khoảng 12% tổng chi tiêu của khách quốc tế tại Việt Nam, thấp hơn mức 15% của năm 2019. Nguyên nhân chính là quà lưu niệm còn đơn điệu, thiếu bản sắc.

Theo khảo sát của Viện Nghiên cứu Phát triển Du lịch với 2.400 du khách quốc tế, mỗi khách chi bình quân 1.150 USD cho một chuyến đi, trong đó chi mua quà lưu niệm, đặc sản khoảng 138 USD. Có tới 64% người được hỏi cho rằng sản phẩm ở các điểm du lịch "na ná nhau", chỉ 27% hài lòng với bao bì, mẫu mã.

10 tháng năm 2024, cả nước đón 14,1 triệu lượt khách quốc tế, tăng 41,3% so với cùng kỳ năm 2023. Theo Cục Du lịch Quốc gia Việt Nam, tỷ trọng chi cho mua sắm cao nhất thuộc về Hội An (Quảng Nam) với 18,5%, tiếp đến là Hạ Long (Quảng Ninh) 15,2% và Đà Lạt (Lâm Đồng) 14,8%.

Hiện cả nước có hơn 12.000 sản phẩm OCOP từ 3 sao trở lên của 63/63 tỉnh, thành phố, nhưng mới khoảng 1.500 sản phẩm được thiết kế riêng làm quà tặng du lịch.

"Du khách sẵn sàng chi tiền nếu món quà kể được câu chuyện của vùng đất", ông Nguyễn Minh Quân, Phó viện trưởng, nói. Ông dự báo nếu chất lượng sản phẩm được cải thiện, mỗi năm ngành du lịch có thể thu thêm 1,5-2 tỷ USD từ mua sắm.

Bộ Văn hóa, Thể thao và Du lịch đặt mục tiêu đến năm 2030 có ít nhất 50% khu du lịch quốc gia có trung tâm giới thiệu quà tặng đặc trưng.

Hải Yến
"""

Y19 = per("năm 2019", "2019-01-01", "2019-12-31")
M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
SHARE = "tỷ trọng chi cho mua sắm"

FIGS = [
    fig("khoảng 12%", "12", 12, "percent", "%", approx="about",
        subject="mua sắm trong tổng chi tiêu của khách quốc tế"),
    fig("mức 15%", "15", 15, "percent", "%",
        subject="mua sắm trong tổng chi tiêu của khách quốc tế", period=Y19),
    fig("với 2.400 du khách", "2.400", 2400, "count", "du khách", subject="du khách quốc tế được khảo sát"),
    fig("bình quân 1.150 USD", "1.150", 1150, "money", "USD/khách",
        subject="chi tiêu bình quân của mỗi khách cho một chuyến đi"),
    fig("khoảng 138 USD", "138", 138, "money", "USD/khách", approx="about", total=1150,
        subject="chi mua quà lưu niệm, đặc sản"),
    fig("tới 64%", "64", 64, "percent", "%",
        subject="người được hỏi cho rằng sản phẩm ở các điểm du lịch na ná nhau"),
    fig("chỉ 27%", "27", 27, "percent", "%", subject="người được hỏi hài lòng với bao bì, mẫu mã"),
    fig("đón 14,1 triệu", "14,1", 14.1e6, "count", "lượt khách", change=chg("increase", 41.3, "%", "cùng kỳ năm 2023"),
        subject="lượt khách quốc tế", period=M10),
    fig("với 18,5%", "18,5", 18.5, "percent", "%", subject=SHARE, location="Hội An"),
    fig("(Quảng Ninh) 15,2%", "15,2", 15.2, "percent", "%", subject=SHARE, location="Hạ Long"),
    fig("(Lâm Đồng) 14,8%", "14,8", 14.8, "percent", "%", subject=SHARE, location="Đà Lạt"),
    fig("hơn 12.000 sản phẩm", "12.000", 12000, "count", "sản phẩm", approx="over",
        subject="sản phẩm OCOP từ 3 sao trở lên"),
    fig("63/63", "63", 63, "count", "tỉnh, thành phố", total=63, subject="tỉnh, thành phố có sản phẩm OCOP"),
    fig("khoảng 1.500 sản phẩm", "1.500", 1500, "count", "sản phẩm", approx="about",
        subject="sản phẩm được thiết kế riêng làm quà tặng du lịch"),
    fig("thêm 1,5-2 tỷ", "1,5", 1.5e9, "money", "USD/năm", value_max=2e9, status="forecast",
        subject="thu thêm từ mua sắm của ngành du lịch"),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="khu du lịch quốc gia có trung tâm giới thiệu quà tặng đặc trưng", period=TO30),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Chủ nhật, 10/11/2024, 08:15 (GMT+7)', sapo, quote, byline at the end. Default location Việt Nam.",
    "Distractors: 08:15, '(GMT+7)', 'từ 3 sao trở lên' (level), baseline years.",
    "'thấp hơn mức 15% của năm 2019': 15% names the comparison level, not the size of the gap, so it is a percent figure of its own (period 2019)",
    "and the 12% carries no change (borderline: a reader of 'thấp hơn' alone could take 15 as a change).",
    "'mỗi khách chi bình quân 1.150 USD ..., trong đó ... khoảng 138 USD' → per-visitor money (USD/khách); 138 has total 1.150.",
    "List 'Hội An (Quảng Nam) với 18,5%, ... Hạ Long (Quảng Ninh) 15,2% và Đà Lạt (Lâm Đồng) 14,8%': items share the indicator 'tỷ trọng chi cho mua sắm';",
    "each item's city is its location (Hội An, Hạ Long, Đà Lạt), never its subject.",
    "'63/63 tỉnh, thành phố' → 63 with total 63. 'nhưng mới khoảng 1.500 sản phẩm' has no part-of cue: no total.",
    "'Ông dự báo ... có thể thu thêm 1,5-2 tỷ USD' → forecast, range; 'mỗi năm' makes it a yearly amount (USD/năm).",
    "'đặt mục tiêu đến năm 2030 ... ít nhất 50%' → target, at_least, period ending 2030-12-31.",
]

if __name__ == "__main__":
    write("p1323-5", TEXT, NOTES, FIGS, published="2024-11-10", location="Việt Nam")
