from lib import F, P, build

T = """Thời sự › Giao thông
Thứ hai, 19/2/2024, 15:40 (GMT+7)

Sân bay đón hơn 3,6 triệu khách dịp Tết Giáp Thìn

Trong 15 ngày cao điểm Tết Nguyên đán Giáp Thìn (từ 2/2 đến 16/2), 22 cảng hàng không do Tổng công ty Cảng hàng không Việt Nam (ACV) quản lý đã phục vụ khoảng 3,62 triệu lượt khách, tăng 6% so với Tết năm ngoái.

Tổng số chuyến bay cất, hạ cánh đạt gần 23.500 chuyến, bình quân 1.560 chuyến mỗi ngày. Ngày cao điểm nhất là mùng 6 Tết (15/2), các sân bay phục vụ trên 283.000 khách.

Tại sân bay Tân Sơn Nhất, lượng khách bình quân từ 130.000 đến 135.000 lượt mỗi ngày, với khoảng 850 chuyến bay; Nội Bài đón trung bình 95.000 khách/ngày. Các sân bay địa phương cũng tăng mạnh: Phú Quốc đạt 148.000 lượt khách, tăng 32%; Đà Lạt 96.400 lượt, tăng 11,4%; Buôn Ma Thuột 52.700 lượt. Riêng sân bay Cà Mau giảm khoảng 5% do hãng bay cắt giảm tần suất.

Theo Cục Hàng không, để phục vụ cao điểm, các hãng đã bổ sung khoảng 1.100 chuyến bay, tương đương 220.000 ghế. Tỷ lệ chuyến bay đúng giờ trong dịp Tết đạt 85,2%, cao hơn 20,9 điểm phần trăm so với cùng kỳ năm 2023. Giá vé chặng TP HCM - Hà Nội hạng phổ thông tối đa 3,75 triệu đồng một chiều, theo khung giá quy định tại Thông tư 34/2023/TT-BGTVT.

Hành khách cần hỗ trợ có thể liên hệ tổng đài 1900 1886 hoặc quầy thông tin tại ga đi, tầng 2.

Đoàn Loan
"""

TET = P("từ 2/2 đến 16/2", "2024-02-02", "2024-02-16")
TETi = P("từ 2/2 đến 16/2", "2024-02-02", "2024-02-16", inherited=True)
LOCAL = "lượt khách qua sân bay địa phương dịp Tết"
figs = [
    F("hơn 3,6 triệu khách", "3,6", 3600000, "count", "khách", "khách qua sân bay dịp Tết Giáp Thìn", approx="over"),
    F("22 cảng hàng không", "22", 22, "count", "cảng hàng không", "cảng hàng không do ACV quản lý", period=TET),
    F("khoảng 3,62 triệu lượt khách", "3,62", 3620000, "count", "lượt khách", "lượt khách phục vụ tại 22 cảng hàng không",
      approx="about", change={"direction": "increase", "value": 6, "unit": "%", "baseline": "Tết năm ngoái"}, period=TET),
    F("gần 23.500 chuyến", "23.500", 23500, "count", "chuyến", "chuyến bay cất, hạ cánh", approx="nearly", period=TETi),
    F("bình quân 1.560 chuyến", "1.560", 1560, "measure", "chuyến/ngày", "chuyến bay cất, hạ cánh bình quân mỗi ngày",
      period=TETi),
    F("trên 283.000 khách", "283.000", 283000, "count", "khách", "khách các sân bay phục vụ ngày cao điểm nhất",
      approx="over", period=P("mùng 6 Tết (15/2)", "2024-02-15", "2024-02-15")),
    F("từ 130.000 đến 135.000 lượt", "130.000", 130000, "measure", "lượt/ngày", "lượng khách bình quân mỗi ngày",
      value_max=135000, location="TP Hồ Chí Minh", period=TETi),
    F("khoảng 850 chuyến bay", "850", 850, "count", "chuyến bay", "chuyến bay mỗi ngày tại sân bay Tân Sơn Nhất",
      approx="about", location="TP Hồ Chí Minh", period=TETi),
    F("trung bình 95.000 khách/ngày", "95.000", 95000, "measure", "khách/ngày", "lượng khách trung bình tại Nội Bài",
      location="Hà Nội", period=TETi),
    F("Phú Quốc đạt 148.000 lượt khách", "148.000", 148000, "count", "lượt khách", LOCAL, location="Phú Quốc",
      change={"direction": "increase", "value": 32, "unit": "%"}, period=TETi),
    F("Đà Lạt 96.400 lượt", "96.400", 96400, "count", "lượt khách", LOCAL, location="Đà Lạt",
      change={"direction": "increase", "value": 11.4, "unit": "%"}, period=TETi),
    F("Buôn Ma Thuột 52.700 lượt", "52.700", 52700, "count", "lượt khách", LOCAL, location="Buôn Ma Thuột", period=TETi),
    F("giảm khoảng 5%", "5", 5, "percent", "%", "mức giảm lượt khách qua sân bay Cà Mau", approx="about",
      location="Cà Mau", period=TETi),
    F("khoảng 1.100 chuyến bay", "1.100", 1100, "count", "chuyến bay", "chuyến bay các hãng bổ sung phục vụ cao điểm",
      approx="about", period=TETi),
    F("tương đương 220.000 ghế", "220.000", 220000, "count", "ghế", "ghế bổ sung", period=TETi),
    F("đạt 85,2%", "85,2", 85.2, "percent", "%", "tỷ lệ chuyến bay đúng giờ trong dịp Tết",
      change={"direction": "increase", "value": 20.9, "unit": "điểm phần trăm", "baseline": "cùng kỳ năm 2023"}, period=TETi),
    F("tối đa 3,75 triệu đồng", "3,75", 3750000, "money", "đồng", "giá vé chặng TP HCM - Hà Nội hạng phổ thông một chiều",
      approx="at_most", optional=True),
]

build("p287-4", T, figs, [
    "National press (VnExpress style): 'Thứ hai, 19/2/2024, 15:40 (GMT+7)', byline at the end. Airports over Tết Giáp Thìn 2024.",
    "Period 'từ 2/2 đến 16/2' (year from the dateline) for the lead sentence; the rest of the article inherits it.",
    "'Trong 15 ngày cao điểm' is a duration that only locates the figures in time: not a figure. 'mùng 6 Tết (15/2)' is a date",
    "and is the period of 'trên 283.000 khách'. Title 'hơn 3,6 triệu khách' is a figure (no period in the title).",
    "Airport names imply their places: Tân Sơn Nhất → TP Hồ Chí Minh, Nội Bài → Hà Nội; Phú Quốc, Đà Lạt, Buôn Ma Thuột, Cà Mau",
    "are named and go to location. Figures 'mỗi ngày'/'/ngày' are rates: measure with unit '…/ngày'; 'khoảng 850 chuyến bay' is",
    "written as a plain count. 'giảm khoảng 5%' is a growth rate standing as the claim: percent, no change.",
    "'tương đương 220.000 ghế' is a figure of its own (another unit, as h01's 'tương đương 1,488 triệu hồ sơ').",
    "'tối đa 3,75 triệu đồng' is a regulated price cap (a rule, not a measured fact): optional.",
    "Distractors: '(GMT+7)', 'Thông tư 34/2023/TT-BGTVT', hotline '1900 1886', 'tầng 2', 'mùng 6 Tết', dates 2/2, 16/2, 15/2.",
], published="2024-02-19", location="Việt Nam")
