from lib import F, P, I, CH, emit

TEXT = """Hội An: Nghề may đo áo dài hút khách quốc tế

(QNO) - Những năm gần đây, nghề may đo tại TP Hội An phát triển mạnh, trở thành sản phẩm du lịch đặc trưng. Năm 2023, thành phố đón hơn 4,3 triệu lượt khách du lịch, tăng gấp 2,6 lần so với năm 2022. Hiện toàn thành phố có 437 cửa hàng, cơ sở may đo, tập trung trên các tuyến phố Trần Phú, Lê Lợi, Hoàng Diệu; trong đó 126 cơ sở nhận may áo dài lấy ngay trong ngày.

Theo Phòng Kinh tế TP Hội An, năm 2023 các cơ sở may đo phục vụ khoảng 410.000 lượt khách, trong đó khách quốc tế chiếm 78%. Doanh thu từ may đo năm 2023 ước đạt 520 tỷ đồng, tăng 35% so với năm 2022 và bằng 86% năm 2019, thời điểm trước dịch Covid-19. Mỗi bộ áo dài may đo cho khách nước ngoài có giá từ 80 đến 150 USD, trong khi khách trong nước thường đặt may với giá 1,2-2,5 triệu đồng/bộ.

Bà Trần Thị Thu Hà, chủ cơ sở may Thu Hà (số 52 Trần Phú) cho biết, cơ sở có 18 thợ may, mỗi ngày hoàn thành trung bình 35-40 bộ áo dài. Để giữ uy tín nghề, thành phố đã thành lập Chi hội may đo Hội An với 215 hội viên; từ năm 2020 đến nay đã tiếp nhận, xử lý 46 phản ánh của du khách về giá và chất lượng.

Thành phố phấn đấu đến năm 2025 có 100% cơ sở may đo niêm yết giá công khai và ít nhất 50 cơ sở đạt chuẩn phục vụ khách du lịch.

XUÂN HIỀN
12/04/2024
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 4,3 triệu", "4,3", 4300000, "count", "lượt khách", "lượt khách du lịch thành phố đón",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="over",
      change=CH("increase", 2.6, "lần", "năm 2022")),
    F("có 437 cửa hàng", "437", 437, "count", "cửa hàng, cơ sở", "cửa hàng, cơ sở may đo"),
    F("trong đó 126 cơ sở", "126", 126, "count", "cơ sở", "cơ sở nhận may áo dài lấy ngay trong ngày", total=437),
    F("khoảng 410.000 lượt", "410.000", 410000, "count", "lượt khách", "lượt khách các cơ sở may đo phục vụ", Y23,
      approx="about"),
    F("chiếm 78%", "78", 78, "percent", "%", "khách quốc tế trong lượt khách các cơ sở may đo phục vụ", Y23),
    F("ước đạt 520 tỷ", "520", 520000000000, "money", "đồng", "doanh thu từ may đo", Y23,
      percent=86, change=CH("increase", 35, "%", "năm 2022"), status="estimate"),
    F("từ 80 đến 150 USD", "80", 80, "money", "USD", "giá mỗi bộ áo dài may đo cho khách nước ngoài",
      value_max=150),
    F("giá 1,2-2,5 triệu", "1,2", 1200000, "money", "đồng/bộ", "giá đặt may áo dài của khách trong nước",
      value_max=2500000),
    F("có 18 thợ may", "18", 18, "count", "thợ may", "thợ may của cơ sở may Thu Hà"),
    F("trung bình 35-40 bộ", "35", 35, "count", "bộ áo dài", "bộ áo dài cơ sở hoàn thành mỗi ngày",
      value_max=40),
    F("với 215 hội viên", "215", 215, "count", "hội viên", "hội viên Chi hội may đo Hội An"),
    F("xử lý 46 phản ánh", "46", 46, "count", "phản ánh",
      "phản ánh của du khách về giá và chất lượng được tiếp nhận, xử lý",
      P("từ năm 2020 đến nay", "2020-01-01", "2024-04-12")),
    F("có 100% cơ sở", "100", 100, "percent", "%", "cơ sở may đo niêm yết giá công khai", T25, status="target"),
    F("ít nhất 50 cơ sở", "50", 50, "count", "cơ sở", "cơ sở đạt chuẩn phục vụ khách du lịch", T25,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Báo Quảng Nam (Party newspaper, '(QNO)' tag), byline 'XUÂN HIỀN' and bare date '12/04/2024' at the end: tailoring in Hội An.",
    "Location 'Hội An' (a city of Quảng Nam named throughout). 'tăng gấp 2,6 lần so với năm 2022' after a count is its change (lần).",
    "'trong đó khách quốc tế chiếm 78%' has no count of its own: a percent figure (not a share attribute of 410.000).",
    "'ước đạt 520 tỷ đồng, tăng 35% … và bằng 86% năm 2019': change 35 and percent 86 (one of each).",
    "Prices per bộ: '1,2-2,5 triệu đồng/bộ' money with rate unit; '35-40 bộ áo dài' per day is a count range.",
    "'từ năm 2020 đến nay' ends at the article date. 'Hiện' sentences and the tailor's own numbers carry no period.",
    "Distractors: 'số 52 Trần Phú', 'Covid-19', 'năm 2019' baseline, byline date.",
]

emit("p785-5", TEXT, COMMENTS, FIGS, published="2024-04-12", location="Hội An")
