"""p802-8: Báo Bắc Giang online, (BGĐT) tag, headline figure: spring peanut harvest in Tân Yên 2024."""
from lib import F, write, year, inherit, change, period

TEXT = """Báo Bắc Giang điện tử
Tân Yên thu hoạch hơn 2.300 ha lạc xuân
Cập nhật lúc 16:05, Thứ Sáu, 31/05/2024

(BGĐT) - Những ngày này, nông dân huyện Tân Yên đang tập trung thu hoạch lạc xuân. Toàn huyện gieo trồng 2.340 ha, chiếm khoảng 30% diện tích lạc của tỉnh; năng suất ước đạt 28 tạ/ha, sản lượng khoảng 6.550 tấn, tăng 5% so với vụ xuân năm 2023.

Năm nay, huyện đưa 6 giống lạc mới vào sản xuất, trong đó giống L14 chiếm 65% diện tích. Vụ này, huyện được tỉnh hỗ trợ 18 tấn giống lạc chất lượng cao với kinh phí gần 700 triệu đồng, bằng 30% giá giống. Tại xã Quang Tiến, mô hình liên kết sản xuất lạc với Công ty TNHH Nông sản An Phát có quy mô 120 ha; doanh nghiệp cam kết thu mua với giá không dưới 25.000 đồng/kg lạc khô.

Bà Nguyễn Thị Hoa, thôn Đồng Lạc, cho biết gia đình trồng 5 sào lạc, thu khoảng 1,1 tấn lạc tươi, bán được hơn 16 triệu đồng. Theo Phòng Nông nghiệp và PTNT huyện, giá lạc tươi hiện dao động 14.000-15.000 đồng/kg, lạc khô 26.000-28.000 đồng/kg.

Từ đầu năm đến nay, 3 cơ sở ép dầu lạc trên địa bàn đã thu mua gần 400 tấn lạc nhân. Vụ thu đông tới, huyện dự kiến trồng 650 ha lạc trên đất 2 vụ lúa; mục tiêu năm 2025 nâng giá trị thu nhập trên đất luân canh lên 150 triệu đồng/ha.

Thanh Thủy
"""

YI = inherit(year("vụ xuân năm 2024", 2024))
NN = year("Năm nay", 2024)
SINCE = period("Từ đầu năm đến nay", "2024-01-01", "2024-05-31")

FIGS = [
    F("hơn 2.300 ha", "2.300", 2300, "measure", "ha", "diện tích lạc xuân thu hoạch", approx="over"),
    F("gieo trồng 2.340 ha", "2.340", 2340, "measure", "ha", "diện tích lạc xuân gieo trồng", YI, percent=30),
    F("ước đạt 28 tạ/ha", "28", 28, "measure", "tạ/ha", "năng suất lạc xuân", YI, status="estimate"),
    F("khoảng 6.550 tấn", "6.550", 6550, "measure", "tấn", "sản lượng lạc xuân", YI, approx="about",
      change=change("increase", 5, "%", "vụ xuân năm 2023"), status="estimate"),
    F("đưa 6 giống", "6", 6, "count", "giống", "giống lạc mới đưa vào sản xuất", NN),
    F("chiếm 65%", "65", 65, "percent", "%", "tỷ lệ diện tích giống L14", NN),
    F("hỗ trợ 18 tấn giống", "18", 18, "measure", "tấn", "giống lạc chất lượng cao được tỉnh hỗ trợ", YI),
    F("gần 700 triệu đồng", "700", 700e6, "money", "đồng", "kinh phí hỗ trợ giống lạc", YI, approx="nearly",
      percent=30),
    F("quy mô 120 ha", "120", 120, "measure", "ha", "quy mô mô hình liên kết sản xuất lạc"),
    F("không dưới 25.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá thu mua lạc khô doanh nghiệp cam kết",
      approx="at_least"),
    F("trồng 5 sào", "5", 5, "measure", "sào", "diện tích lạc gia đình bà Nguyễn Thị Hoa trồng"),
    F("khoảng 1,1 tấn", "1,1", 1.1, "measure", "tấn", "sản lượng lạc tươi gia đình bà Nguyễn Thị Hoa thu",
      approx="about"),
    F("hơn 16 triệu đồng", "16", 16e6, "money", "đồng", "tiền bán lạc của gia đình bà Nguyễn Thị Hoa", approx="over"),
    F("14.000-15.000 đồng/kg", "14.000", 14000, "money", "đồng/kg", "giá lạc tươi", value_max=15000),
    F("26.000-28.000 đồng/kg", "26.000", 26000, "money", "đồng/kg", "giá lạc khô", value_max=28000),
    F("nay, 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở ép dầu lạc", SINCE),
    F("gần 400 tấn", "400", 400, "measure", "tấn", "lạc nhân các cơ sở ép dầu thu mua", SINCE, approx="nearly"),
    F("trồng 650 ha", "650", 650, "measure", "ha", "diện tích lạc vụ thu đông trên đất 2 vụ lúa",
      inherit(year("năm 2024", 2024)), status="forecast"),
    F("lên 150 triệu đồng/ha", "150", 150e6, "money", "đồng/ha", "giá trị thu nhập trên đất luân canh",
      year("năm 2025", 2025), status="target"),
]

COMMENTS = [
    "Báo Bắc Giang online (BGĐT): spring peanut harvest in huyện Tân Yên, headline figure 'hơn 2.300 ha'; 'Cập nhật lúc 16:05,",
    "Thứ Sáu, 31/05/2024' gives published. Figures describe the district: location Tân Yên (the BGĐT tag implies Bắc Giang).",
    "Distractors: time 16:05, variety 'L14', 'thôn Đồng Lạc', 'đất 2 vụ lúa' (a land class), the byline.",
    "'lạc xuân' without a year: the baseline 'vụ xuân năm 2023' and the dateline place it in 2024 (inherited).",
    "'năng suất ước đạt 28 tạ/ha, sản lượng khoảng 6.550 tấn, tăng 5% ...': the estimate cue continues into the output clause;",
    "the change belongs to 6.550 tấn. 'chiếm khoảng 30%' is the share of 2.340 ha. 'giống L14 chiếm 65% diện tích' is a share of",
    "another whole (the area): a percent figure. 'Vụ thu đông tới ... dự kiến' -> forecast; 'mục tiêu năm 2025' -> target.",
    "'Vụ này' (the spring crop) inherits 2024; 'bằng 30% giá giống' after 'gần 700 triệu đồng' is its percent.",
    "Household figures (5 sào, 1,1 tấn, 16 triệu) and the 120 ha model carry no period phrase.",
]

write(8, TEXT, FIGS, COMMENTS, published="2024-05-31", location="Tân Yên")
