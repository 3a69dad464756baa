from lib import *

TEXT = """Kinh doanh > Doanh nghiệp

Thứ ba, 16/4/2024, 06:30 (GMT+7)

Đóng tàu nhận đơn hàng 1,4 tỷ USD trong quý I

Các nhà máy đóng tàu trong nước ký mới 26 hợp đồng trong quý I, gấp đôi cùng kỳ, phần lớn là tàu xuất khẩu.

Theo Hiệp hội Doanh nghiệp cơ khí Việt Nam (VAMI), quý I/2024, các nhà máy đóng tàu đã ký mới 26 hợp đồng với tổng giá trị khoảng 1,4 tỷ USD, tăng 2,3 lần so với cùng kỳ. Trong đó, tàu xuất khẩu chiếm 21 hợp đồng, còn lại là tàu cho chủ tàu trong nước.

Cả nước hiện có 88 cơ sở đóng tàu biển, trong đó khoảng 30 nhà máy có khả năng đóng tàu trên 10.000 DWT. Năm 2023, các nhà máy bàn giao 98 tàu với tổng trọng tải 1,15 triệu DWT, doanh thu toàn ngành ước đạt 32.400 tỷ đồng. Ngành sử dụng khoảng 52.000 lao động, trong đó 65% là lao động trực tiếp.

Dù vậy, tỷ lệ nội địa hóa của ngành mới đạt 25-30%, riêng thép tấm đóng tàu phải nhập khẩu tới 90%. Theo ông Nguyễn Văn Thành, Phó chủ tịch VAMI, mỗi năm các nhà máy tiêu thụ khoảng 400.000 tấn thép, nếu sản xuất được trong nước sẽ tiết kiệm hàng trăm triệu USD.

Tại Quảng Ninh, Công ty Đóng tàu Hạ Long đang thi công 6 tàu hàng 7.000 DWT. Ở phía Nam, Nhà máy đóng tàu Ba Son (TP Hồ Chí Minh) vừa hạ thủy tàu thứ 3 trong loạt 5 tàu tuần tra.

VAMI dự báo cả năm 2024 ngành đóng tàu có thể bàn giao khoảng 110 tàu, doanh thu tăng 12-15%. Mục tiêu đến năm 2030, tỷ lệ nội địa hóa đạt 40%.

Minh Sơn
"""

Q1h = P("trong quý I", "2024-01-01", "2024-03-31")
Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("1,4 tỷ USD trong", "1,4", 1.4e9, "money", "USD", "đơn hàng đóng tàu", Q1h),
    F("ký mới 26 hợp đồng trong", "26", 26, "count", "hợp đồng", "hợp đồng các nhà máy đóng tàu ký mới", Q1h,
      change=CH("increase", 2, "lần", "cùng kỳ")),
    F("ký mới 26 hợp đồng với", "26", 26, "count", "hợp đồng", "hợp đồng các nhà máy đóng tàu ký mới", Q1),
    F("khoảng 1,4 tỷ USD", "1,4", 1.4e9, "money", "USD", "tổng giá trị hợp đồng ký mới", Q1, approx="about",
      change=CH("increase", 2.3, "lần", "cùng kỳ")),
    F("chiếm 21 hợp đồng", "21", 21, "count", "hợp đồng", "hợp đồng tàu xuất khẩu", I(Q1), total=26),
    F("có 88 cơ sở", "88", 88, "count", "cơ sở", "cơ sở đóng tàu biển"),
    F("khoảng 30 nhà máy", "30", 30, "count", "nhà máy", "nhà máy có khả năng đóng tàu trên 10.000 DWT", approx="about", total=88),
    F("trên 10.000 DWT", "10.000", 10000, "measure", "DWT", approx="over", optional=True),
    F("bàn giao 98 tàu", "98", 98, "count", "tàu", "tàu các nhà máy bàn giao", Y23),
    F("1,15 triệu DWT", "1,15", 1.15e6, "measure", "DWT", "tổng trọng tải tàu bàn giao", Y23),
    F("ước đạt 32.400 tỷ đồng", "32.400", 32400e9, "money", "đồng", "doanh thu toàn ngành", Y23, status="estimate"),
    F("khoảng 52.000 lao động", "52.000", 52000, "count", "lao động", "lao động ngành đóng tàu", approx="about"),
    F("65% là", "65", 65, "percent", "%", "lao động trực tiếp trong lao động ngành đóng tàu"),
    F("đạt 25-30%", "25", 25, "percent", "%", "tỷ lệ nội địa hóa của ngành", value_max=30),
    F("tới 90%", "90", 90, "percent", "%", "thép tấm đóng tàu phải nhập khẩu"),
    F("khoảng 400.000 tấn", "400.000", 400000, "measure", "tấn", "thép các nhà máy tiêu thụ mỗi năm", approx="about"),
    F("hàng trăm triệu USD", "hàng trăm", 100e6, "money", "USD", "tiết kiệm nếu sản xuất thép trong nước",
      approx="over", optional=True),
    F("thi công 6 tàu", "6", 6, "count", "tàu", "tàu hàng Công ty Đóng tàu Hạ Long đang thi công", location="Quảng Ninh"),
    F("7.000 DWT", "7.000", 7000, "measure", "DWT", "trọng tải tàu hàng", location="Quảng Ninh"),
    F("loạt 5 tàu", "5", 5, "count", "tàu", "tàu tuần tra trong loạt đóng tại Nhà máy đóng tàu Ba Son", location="Hồ Chí Minh"),
    F("khoảng 110 tàu", "110", 110, "count", "tàu", "tàu ngành đóng tàu bàn giao", Y24, approx="about", status="forecast"),
    F("tăng 12-15%", "12", 12, "percent", "%", "doanh thu ngành đóng tàu", Y24, value_max=15, status="forecast"),
    F("đạt 40%", "40", 40, "percent", "%", "tỷ lệ nội địa hóa", T30, status="target"),
]

COMMENTS = [
    "National press (VnExpress-style dateline 'Thứ ba, 16/4/2024, 06:30 (GMT+7)'): Vietnamese shipbuilding orders Q1/2024, 2023 results, localisation.",
    "Sapo 'gấp đôi cùng kỳ' after 26 hợp đồng is its change (increase, 2 lần, like 'tăng 2,3 lần so với cùng kỳ'). Headline and sapo 'trong quý I'",
    "take the year of the dateline above them (2024) and are scored.",
    "'hàng trăm triệu USD' is an approximate number word: optional (approx over). 'trên 10.000 DWT' is a class threshold: optional.",
    "'tàu thứ 3' is an ordinal (not a figure); 'loạt 5 tàu' is a count. Quảng Ninh / TP Hồ Chí Minh figures take that location.",
    "'doanh thu tăng 12-15%' is a growth rate standing as the claim: percent figure, forecast (VAMI dự báo);",
    "its subject names the indicator, doanh thu ngành đóng tàu (revised after the first run: the first gold prefixed 'tăng trưởng'). Distractors: (GMT+7), 06:30, 'tàu thứ 3'.",
]

emit("p600-6", TEXT, COMMENTS, FIGS, published="2024-04-16", location="Việt Nam")
