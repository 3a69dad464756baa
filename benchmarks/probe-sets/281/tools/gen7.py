from lib import F, P, Y, build

TEXT = """Kinh doanh › Hàng hóa

Thứ năm, 18/1/2024, 14:30 (GMT+7)
Thị trường lúa giống sôi động trước vụ Đông Xuân

Nhu cầu giống lúa cả nước mỗi năm khoảng 1,1 triệu tấn, nhưng giống cấp xác nhận mới đáp ứng chừng 65%, phần còn lại nông dân tự để giống.

Theo Cục Trồng trọt (Bộ Nông nghiệp và Phát triển nông thôn), năm 2023 cả nước sản xuất được 782 nghìn tấn lúa giống các cấp, tăng 6,1% so với năm 2022. Trong đó, vùng Đồng bằng sông Cửu Long sản xuất 498 nghìn tấn, chiếm 63,7%.

Tỷ lệ sử dụng giống xác nhận ở vùng này năm 2023 dao động từ 55% đến 75% tùy địa phương, cao nhất là An Giang (75%), Đồng Tháp (72,5%) và Cần Thơ (70%); thấp nhất là Cà Mau, chưa đến 40%. Các giống OM 5451, Đài Thơm 8, ST25 được nông dân ưa chuộng nhất.

Hiện cả nước có hơn 900 doanh nghiệp sản xuất, kinh doanh giống cây trồng, trong đó khoảng 150 doanh nghiệp có hệ thống nhân giống lúa quy mô lớn. Tập đoàn Lộc Trời (An Giang) chiếm khoảng 16% thị phần lúa giống, đứng thứ nhất cả nước.

Ông Lê Thanh Tùng, Phó cục trưởng Cục Trồng trọt, cho biết giá lúa giống xác nhận vụ Đông Xuân 2023-2024 phổ biến 13.000-17.000 đồng/kg, tăng 1.000-2.000 đồng/kg so với vụ trước. Nhiều nơi nông dân vẫn gieo sạ 150-200 kg giống/ha, gấp 2 lần mức khuyến cáo, gây lãng phí hàng trăm nghìn tấn giống mỗi năm.

Theo Đề án phát triển giống cây trồng, đến năm 2025 tỷ lệ sử dụng giống xác nhận ở Đồng bằng sông Cửu Long đạt trên 70%, lượng giống gieo sạ giảm xuống còn 70-80 kg/ha.

Ngọc Tài
"""

Y23 = Y(2023)
Y23i = dict(Y23, inherited=True)
T25 = P("đến năm 2025", None, "2025-12-31")
R = "Đồng bằng sông Cửu Long"
FIGS = [
    F("khoảng 1,1 triệu tấn", "1,1", 1100000, "measure", "tấn", "Nhu cầu giống lúa cả nước mỗi năm", approx="about"),
    F("chừng 65%", "65", 65, "percent", "%", "nhu cầu giống lúa được giống cấp xác nhận đáp ứng", approx="about"),
    F("được 782 nghìn tấn", "782", 782000, "measure", "tấn", "lúa giống các cấp sản xuất",
      change={"direction": "increase", "value": 6.1, "unit": "%", "baseline": "năm 2022"}, period=Y23),
    F("sản xuất 498 nghìn tấn", "498", 498000, "measure", "tấn", "lúa giống sản xuất", total=782000, percent=63.7,
      location=R, period=Y23i),
    F("từ 55% đến 75%", "55", 55, "percent", "%", "Tỷ lệ sử dụng giống xác nhận", value_max=75, location=R, period=Y23),
    F("An Giang (75%)", "75", 75, "percent", "%", "Tỷ lệ sử dụng giống xác nhận", location="An Giang", period=Y23),
    F("Đồng Tháp (72,5%)", "72,5", 72.5, "percent", "%", "Tỷ lệ sử dụng giống xác nhận", location="Đồng Tháp", period=Y23),
    F("Cần Thơ (70%)", "70", 70, "percent", "%", "Tỷ lệ sử dụng giống xác nhận", location="Cần Thơ", period=Y23),
    F("chưa đến 40%", "40", 40, "percent", "%", "Tỷ lệ sử dụng giống xác nhận", approx="under", location="Cà Mau",
      period=Y23),
    F("hơn 900 doanh nghiệp", "900", 900, "count", "doanh nghiệp", "doanh nghiệp sản xuất, kinh doanh giống cây trồng",
      approx="over"),
    F("khoảng 150 doanh nghiệp", "150", 150, "count", "doanh nghiệp", "doanh nghiệp có hệ thống nhân giống lúa quy mô lớn",
      approx="about", total=900),
    F("khoảng 16% thị phần", "16", 16, "percent", "%", "thị phần lúa giống của Tập đoàn Lộc Trời", approx="about"),
    F("đứng thứ nhất", "nhất", 1, "rank", "hạng", "thị phần lúa giống"),
    F("13.000-17.000 đồng/kg", "13.000", 13000, "money", "đồng/kg", "giá lúa giống xác nhận", value_max=17000,
      change={"direction": "increase", "value": 1000, "unit": "đồng/kg", "baseline": "vụ trước"}),
    F("sạ 150-200 kg", "150", 150, "measure", "kg/ha", "lượng giống gieo sạ", value_max=200,
      change={"direction": "increase", "value": 2, "unit": "lần", "baseline": "mức khuyến cáo"}),
    F("hàng trăm nghìn tấn", "trăm", 100000, "measure", "tấn", "giống lãng phí mỗi năm", approx="over", optional=True),
    F("đạt trên 70%", "70", 70, "percent", "%", "tỷ lệ sử dụng giống xác nhận", approx="over", status="target",
      location=R, period=T25),
    F("còn 70-80 kg/ha", "70", 70, "measure", "kg/ha", "lượng giống gieo sạ", value_max=80, status="target",
      location=R, period=T25),
]

COMMENTS = [
    "National press (VnExpress style): rice seed market before the 2023-2024 Đông Xuân crop; 'Thứ năm, 18/1/2024, 14:30 (GMT+7)', byline at the end.",
    "Distractors: variety names 'OM 5451', 'Đài Thơm 8', 'ST25'; '(GMT+7)'; 'vụ Đông Xuân 2023-2024' (a season label); a person's name;",
    "'Tập đoàn Lộc Trời (An Giang)' is a place in a company's bracket: its share and rank stay national ('Việt Nam').",
    "Region 'Đồng bằng sông Cửu Long' is taken as the location of regional figures (FIGURES.md names only province/city/district/Việt Nam:",
    "judgment call). '498 nghìn tấn, chiếm 63,7%' is part of 782 nghìn tấn (Trong đó across a sentence break) with percent 63.7.",
    "'tăng 1.000-2.000 đồng/kg' is a change range: the change value is its lower end. 'gấp 2 lần mức khuyến cáo' is the change of the sowing rate.",
    "'hàng trăm nghìn tấn' is a vague magnitude (optional). 'giảm xuống còn 70-80 kg/ha' states only the new level: target, no change.",
    "'Cà Mau, chưa đến 40%' is a list item with approx under.",
    "revised after the first run: unit of '150-200 kg giống/ha' is 'kg/ha' (shortest noun phrase; same unit as the 70-80 kg/ha target).",
]
build("p281-7", TEXT, FIGS, COMMENTS, published="2024-01-18", location="Việt Nam")
