"""p1097-5: Báo Khánh Hòa (Party paper), marine ornamental fish seed production; byline + bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Nhân giống cá cảnh biển: Hướng đi mới cho nông dân ven biển

Từ một cơ sở thử nghiệm, đến nay nghề sản xuất giống cá khoang cổ và các loài cá cảnh biển ở Khánh Hòa đã trở thành nghề mang lại thu nhập ổn định cho gần 200 lao động.

Theo Chi cục Thủy sản tỉnh, hiện toàn tỉnh có 14 cơ sở sản xuất giống cá cảnh biển, tập trung ở TP. Nha Trang (8 cơ sở), huyện Vạn Ninh (4 cơ sở) và thị xã Ninh Hòa (2 cơ sở). Năm 2024, các cơ sở đã sản xuất hơn 1,35 triệu con cá giống, gấp đôi năm 2021; trong đó cá khoang cổ chiếm khoảng 70%.

Tại cơ sở của anh Lê Văn Năm ở phường Vĩnh Trường (TP. Nha Trang), 120 bể composite lúc nào cũng kín cá. Mỗi tháng cơ sở xuất bán khoảng 9.000 con, giá 35.000-60.000 đồng/con tùy loài. “Một cặp cá bố mẹ khỏe có thể đẻ 2-3 tuần một lần, mỗi lần 300-500 trứng”, anh Năm cho biết. Sau khi trừ chi phí, mỗi năm gia đình anh lãi gần 800 triệu đồng.

Cá giống nhân tạo có tỷ lệ sống đạt 85-90%, ít bệnh hơn cá khai thác tự nhiên nên được các nhà nhập khẩu ưa chuộng. Khoảng 60% sản lượng cá cảnh biển của tỉnh được xuất khẩu sang Mỹ, Hà Lan, Đức qua các doanh nghiệp tại TP. Hồ Chí Minh. Năm 2024, giá trị xuất khẩu cá cảnh biển ước đạt 1,8 triệu USD, tăng 0,4 triệu USD so với năm 2023.

Theo Kế hoạch số 9876/KH-UBND của UBND tỉnh, đến năm 2030, Khánh Hòa phấn đấu có 30 cơ sở sản xuất giống cá cảnh biển, sản lượng đạt 3 triệu con/năm, giảm khai thác cá cảnh tự nhiên trên 50%.

MINH ANH

15/02/2025
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("gần 200 lao động", "200", 200, "count", "lao động", "lao động nghề sản xuất giống cá cảnh biển", approx="nearly"),
    F("có 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở sản xuất giống cá cảnh biển"),
    F("(8 cơ sở)", "8", 8, "count", "cơ sở", "cơ sở sản xuất giống cá cảnh biển", total=14, location="Nha Trang"),
    F("(4 cơ sở)", "4", 4, "count", "cơ sở", "cơ sở sản xuất giống cá cảnh biển", total=14, location="Vạn Ninh"),
    F("(2 cơ sở)", "2", 2, "count", "cơ sở", "cơ sở sản xuất giống cá cảnh biển", total=14, location="Ninh Hòa"),
    F("hơn 1,35 triệu con", "1,35", 1350000, "count", "con", "cá giống sản xuất", Y24, approx="over",
      change=C("increase", 2, "lần", baseline="năm 2021")),
    F("chiếm khoảng 70%", "70", 70, "percent", "%", "cá khoang cổ trong số cá giống sản xuất", Y24, approx="about"),
    F("120 bể composite", "120", 120, "count", "bể composite", "bể composite", location="Nha Trang"),
    F("khoảng 9.000 con", "9.000", 9000, "count", "con", "cá xuất bán mỗi tháng", approx="about", location="Nha Trang"),
    F("giá 35.000-60.000 đồng/con", "35.000", 35000, "money", "đồng/con", "giá cá giống", value_max=60000,
      location="Nha Trang"),
    F("đẻ 2-3 tuần", "2", 2, "measure", "tuần", "chu kỳ đẻ của một cặp cá bố mẹ", value_max=3, location="Nha Trang",
      optional=True),
    F("mỗi lần 300-500 trứng", "300", 300, "count", "trứng", "trứng mỗi lần đẻ", value_max=500, location="Nha Trang",
      optional=True),
    F("lãi gần 800 triệu đồng", "800", 800000000, "money", "đồng", "lãi mỗi năm của gia đình", approx="nearly",
      location="Nha Trang"),
    F("đạt 85-90%", "85", 85, "percent", "%", "tỷ lệ sống của cá giống nhân tạo", value_max=90),
    F("Khoảng 60% sản lượng", "60", 60, "percent", "%", "sản lượng cá cảnh biển được xuất khẩu", approx="about"),
    F("ước đạt 1,8 triệu USD", "1,8", 1800000, "money", "USD", "giá trị xuất khẩu cá cảnh biển", Y24,
      status="estimate", change=C("increase", 400000, "USD", baseline="năm 2023")),
    F("có 30 cơ sở", "30", 30, "count", "cơ sở", "cơ sở sản xuất giống cá cảnh biển", T30, status="target"),
    F("đạt 3 triệu con/năm", "3", 3000000, "measure", "con/năm", "sản lượng cá giống cá cảnh biển", T30, status="target"),
    F("trên 50%", "50", 50, "percent", "%", "giảm khai thác cá cảnh tự nhiên", T30, approx="over", status="target"),
]

NOTES = [
    "Báo Khánh Hòa style: headline, body, byline 'MINH ANH' and a bare date '15/02/2025' at the end (published).",
    "District list adds up to 14 cơ sở: total 14; the farmer's figures lie in TP. Nha Trang. 'gấp đôi năm 2021' is the change (2 lần) of 1,35 triệu.",
    "'trong đó cá khoang cổ chiếm khoảng 70%' has no base amount: a percent figure of its own. The spawning interval and eggs per spawn are the example's biology (optional).",
    "'tăng 0,4 triệu USD so với năm 2023' is a change in USD (value 400000).",
    "Distractors: 'Lê Văn Năm' / 'anh Năm' (number word in a name), 'Từ một cơ sở', 'Một cặp cá bố mẹ', 'một lần', 'Kế hoạch số 9876/KH-UBND'.",
    "revised after the first run: '3 triệu con/năm' is a rate (denominator in the unit), kind measure per the spec's rates rule (was count).",
    "'giảm khai thác ... trên 50%' (a target with no base amount): percent figure, status target.",
]

write("p1097-5", TEXT, NOTES, FIGS, published="2025-02-15", location="Khánh Hòa")
