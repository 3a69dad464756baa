"""p988-5: provincial Party newspaper (Báo Thừa Thiên Huế) — thuyền rồng trên sông Hương, 6 tháng 2023."""
from lib import F, P, I, C, T, write

TEXT = """Thuyền rồng sông Hương hút khách trở lại

Những ngày đầu hè, bến thuyền du lịch Tòa Khâm luôn tấp nập du khách. Theo Phòng Kinh tế TP. Huế, hiện trên sông Hương có 87 thuyền rồng được cấp phép hoạt động, giảm 11 chiếc so với năm 2019 do một số chủ thuyền chuyển nghề. Mỗi thuyền có sức chở từ 20 đến 50 khách.

6 tháng đầu năm 2023, các bến thuyền du lịch Tòa Khâm, Thiên Mụ và Lê Lợi đã phục vụ khoảng 215.000 lượt khách, gấp 1,8 lần cùng kỳ năm 2022; trong đó khách nghe ca Huế trên sông khoảng 64.000 lượt. Riêng tháng 6/2023, lượng khách đi thuyền đạt 46.300 lượt, cao nhất kể từ năm 2020.

Giá thuê thuyền tham quan chùa Thiên Mụ hiện dao động 300.000-450.000 đồng/chuyến; chương trình ca Huế trên thuyền có giá 150.000 đồng/khách. Bình quân mỗi thuyền rồng có doanh thu khoảng 25 triệu đồng/tháng.

Ông Nguyễn Văn Bảy, chủ thuyền số 36 ở phường Kim Long, cho biết: "Năm nay khách đông hơn, mỗi ngày thuyền tôi chạy 3-4 chuyến, cuối tuần có khi 6 chuyến".

Để nâng chất lượng dịch vụ, theo Nghị quyết số 12/2022/NQ-HĐND, tỉnh Thừa Thiên Huế hỗ trợ 50% kinh phí đóng mới thuyền rồng theo mẫu thống nhất, tối đa 150 triệu đồng/thuyền. Đến nay đã có 19 thuyền được hỗ trợ với tổng kinh phí hơn 2,6 tỷ đồng. Thành phố phấn đấu đến năm 2025 có 60 thuyền rồng được đóng mới hoặc cải hoán theo mẫu mới, 100% thuyền lắp đặt hệ thống thu gom nước thải.

MINH HIỀN
24/07/2023
"""

H1 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
NOW = P("Đến nay", None, "2023-07-24")
T25 = P("đến năm 2025", None, "2025-12-31")
TTH = "Thừa Thiên Huế"

FIGS = [
    F("có 87 thuyền rồng", "87", 87, "count", "thuyền rồng", "thuyền rồng được cấp phép hoạt động trên sông Hương",
      change=C("decrease", 11, unit="chiếc", baseline="năm 2019")),
    F("từ 20 đến 50 khách", "20", 20, "count", "khách", "sức chở mỗi thuyền rồng", value_max=50, optional=True),
    F("khoảng 215.000 lượt khách", "215.000", 215000, "count", "lượt khách",
      "lượt khách các bến thuyền du lịch phục vụ", H1, approx="about",
      change=C("increase", 1.8, unit="lần", baseline="cùng kỳ năm 2022")),
    F("khoảng 64.000 lượt", "64.000", 64000, "count", "lượt", "khách nghe ca Huế trên sông", H1,
      approx="about", total=215000),
    F("đạt 46.300 lượt", "46.300", 46300, "count", "lượt", "lượng khách đi thuyền",
      P("tháng 6/2023", "2023-06-01", "2023-06-30")),
    F("300.000-450.000 đồng/chuyến", "300.000", 300000, "money", "đồng/chuyến",
      "giá thuê thuyền tham quan chùa Thiên Mụ", value_max=450000),
    F("150.000 đồng/khách", "150.000", 150000, "money", "đồng/khách", "giá chương trình ca Huế trên thuyền"),
    F("khoảng 25 triệu đồng/tháng", "25", 25_000_000, "money", "đồng/tháng", "doanh thu bình quân mỗi thuyền rồng",
      approx="about"),
    F("chạy 3-4 chuyến", "3", 3, "count", "chuyến", "chuyến mỗi ngày của một thuyền", value_max=4, optional=True),
    F("có khi 6 chuyến", "6", 6, "count", "chuyến", "chuyến ngày cuối tuần của một thuyền", optional=True),
    F("hỗ trợ 50% kinh phí", "50", 50, "percent", "%", "mức hỗ trợ kinh phí đóng mới thuyền rồng", location=TTH),
    F("tối đa 150 triệu đồng/thuyền", "150", 150_000_000, "money", "đồng/thuyền",
      "mức hỗ trợ đóng mới thuyền rồng", approx="at_most", location=TTH),
    F("có 19 thuyền", "19", 19, "count", "thuyền", "thuyền được hỗ trợ", NOW, location=TTH),
    F("hơn 2,6 tỷ đồng", "2,6", 2_600_000_000, "money", "đồng", "tổng kinh phí hỗ trợ", NOW, approx="over",
      location=TTH),
    F("có 60 thuyền rồng", "60", 60, "count", "thuyền rồng", "thuyền rồng được đóng mới hoặc cải hoán theo mẫu mới",
      T25, status="target"),
    F("100% thuyền lắp đặt", "100", 100, "percent", "%", "thuyền lắp đặt hệ thống thu gom nước thải", T25,
      status="target"),
]

NOTES = [
    "Báo Thừa Thiên Huế: thuyền rồng trên sông Hương (TP. Huế), 6 tháng 2023; byline MINH HIỀN and bare date 24/07/2023 at the end (invented, probe set 988).",
    "City figures -> Huế; the province's support (Nghị quyết số 12/2022/NQ-HĐND: 50%, tối đa 150 triệu, 19 thuyền, 2,6 tỷ) -> Thừa Thiên Huế.",
    "Boat capacity range and the owner's quoted trips per day (one boat) are optional. 'Đến nay' is as-of the article's date.",
    "Distractors: Nguyễn Văn Bảy, thuyền số 36, 'kể từ năm 2020', 'năm 2019' as a baseline.",
]

write("p988-5", TEXT, FIGS, NOTES, published="2023-07-24", location="Huế")
