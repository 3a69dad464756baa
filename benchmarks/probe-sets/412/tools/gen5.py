from lib import write, F, P, C, T
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23I = P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)
CN = P("Cùng năm", "2023-01-01", "2023-12-31")
FR = P("từ năm 2019 đến nay", "2019-01-01", "2024-01-08")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
text = """Hội An thu hơn 320 tỷ đồng tiền vé tham quan năm 2023
Thứ hai, 8/1/2024, 16:05 (GMT+7)

Năm 2023, khu phố cổ Hội An đón khoảng 3,1 triệu lượt khách mua vé tham quan, thu về hơn 320 tỷ đồng, gấp 2,4 lần năm 2022.

Theo Trung tâm Quản lý bảo tồn di sản văn hóa Hội An, trong số này khách quốc tế khoảng 1,9 triệu lượt (chiếm 61,3%), khách nội địa 1,2 triệu lượt. Giá vé tham quan phố cổ hiện là 120.000 đồng/lượt với khách quốc tế và 80.000 đồng/lượt với khách Việt Nam; trẻ em dưới 15 tuổi được miễn vé.

Ông Trần Minh Tâm, Chủ tịch UBND TP Hội An, cho biết từ năm 2019 đến nay, thành phố dành 25% nguồn thu từ vé để hỗ trợ tu bổ 312 di tích với tổng kinh phí gần 190 tỷ đồng. Hội An hiện có 1.439 di tích, trong đó 1.068 di tích thuộc sở hữu tư nhân.

Cùng năm, Khu đền tháp Mỹ Sơn (huyện Duy Xuyên) đón 412.800 lượt khách, tăng 46,7% so với năm 2022, doanh thu bán vé đạt 58,2 tỷ đồng. Tính chung, các khu di sản của tỉnh Quảng Nam đón khoảng 3,6 triệu lượt khách tham quan, xếp thứ 2 cả nước sau Thừa Thiên Huế.

Năm 2024, Hội An đặt mục tiêu đón 3,5 triệu lượt khách mua vé; Mỹ Sơn phấn đấu đón 500.000 lượt. Đêm phố cổ vẫn được tổ chức vào ngày 14 âm lịch hằng tháng, từ 18 giờ đến 22 giờ tại các tuyến phố Nguyễn Thái Học, Bạch Đằng.

Đắc Thành
"""
figs = [
    F("thu hơn 320 tỷ đồng tiền vé", "320", 320e9, "money", "đồng", "tiền vé tham quan", approx="over", period=T23),
    F("khoảng 3,1 triệu lượt", "3,1", 3100000, "count", "lượt khách", "lượt khách mua vé tham quan khu phố cổ Hội An", approx="about", period=Y23),
    F("thu về hơn 320 tỷ", "320", 320e9, "money", "đồng", "tiền vé tham quan thu về", approx="over",
      change=C("increase", 2.4, "lần", "năm 2022"), period=Y23),
    F("khoảng 1,9 triệu lượt", "1,9", 1900000, "count", "lượt", "khách quốc tế", approx="about", total=3100000, percent=61.3, period=Y23I),
    F("nội địa 1,2 triệu lượt", "1,2", 1200000, "count", "lượt", "khách nội địa", total=3100000, period=Y23I),
    F("là 120.000 đồng/lượt", "120.000", 120000, "money", "đồng/lượt", "giá vé tham quan phố cổ với khách quốc tế"),
    F("và 80.000 đồng/lượt", "80.000", 80000, "money", "đồng/lượt", "giá vé tham quan phố cổ với khách Việt Nam"),
    F("dưới 15 tuổi", "15", 15, "measure", "tuổi", "trẻ em được miễn vé", approx="under", optional=True),
    F("dành 25% nguồn thu", "25", 25, "percent", "%", "nguồn thu từ vé dành hỗ trợ tu bổ di tích", period=FR),
    F("tu bổ 312 di tích", "312", 312, "count", "di tích", "di tích được hỗ trợ tu bổ", period=FR),
    F("gần 190 tỷ đồng", "190", 190e9, "money", "đồng", "tổng kinh phí tu bổ di tích", approx="nearly", period=FR),
    F("có 1.439 di tích", "1.439", 1439, "count", "di tích", "di tích"),
    F("trong đó 1.068 di tích", "1.068", 1068, "count", "di tích", "di tích thuộc sở hữu tư nhân", total=1439),
    F("đón 412.800 lượt", "412.800", 412800, "count", "lượt khách", "lượt khách Khu đền tháp Mỹ Sơn",
      change=C("increase", 46.7, "%", "năm 2022"), location="Duy Xuyên", period=CN),
    F("đạt 58,2 tỷ đồng", "58,2", 58.2e9, "money", "đồng", "doanh thu bán vé Khu đền tháp Mỹ Sơn", location="Duy Xuyên", period=CN),
    F("khoảng 3,6 triệu lượt", "3,6", 3600000, "count", "lượt khách", "lượt khách tham quan các khu di sản", approx="about",
      location="Quảng Nam", period=Y23I),
    F("xếp thứ 2 cả nước", "2", 2, "rank", "hạng", "lượt khách tham quan các khu di sản", location="Quảng Nam", period=Y23I),
    F("đón 3,5 triệu lượt", "3,5", 3500000, "count", "lượt khách", "lượt khách mua vé", status="target", period=Y24),
    F("đón 500.000 lượt", "500.000", 500000, "count", "lượt", "lượt khách Mỹ Sơn", status="target", location="Duy Xuyên", period=Y24),
]
write("p412-5", text, figs, published="2024-01-08", location="Hội An", show=True, comments=[
    "National press style ('Thứ hai, 8/1/2024, 16:05 (GMT+7)'): Hội An old town and Mỹ Sơn 2023 — ticket buyers, revenue, shares, prices, restoration, 2024 targets.",
    "Headline figure 'hơn 320 tỷ đồng … năm 2023' is a figure of its own. 'gấp 2,4 lần năm 2022' after the revenue is its change (2,4 lần).",
    "'trong số này' (trong số N) makes 1,9 and 1,2 triệu parts of 3,1 triệu; '(chiếm 61,3%)' is the share of 1,9 triệu. Ticket prices are money with unit đồng/lượt.",
    "Location: Hội An for the city's figures (TP Hội An), Duy Xuyên for Mỹ Sơn (named '(huyện Duy Xuyên)'), Quảng Nam for the province's total and rank;",
    "'sau Thừa Thiên Huế' does not move the rank's location. 'Cùng năm' = 2023 (stated in its sentence, so scored). 'từ năm 2019 đến nay' ends at the dateline.",
    "Optional: 'dưới 15 tuổi'. Distractors: (GMT+7), 'ngày 14 âm lịch', '18 giờ đến 22 giờ', a person's name, street names.",
    "'Hội An hiện có 1.439 di tích' is a stock: no period.",
])
