from lib import F, P, build

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 7/10/2024, 14:20 (GMT+7)

Giá cà phê lập đỉnh, nông dân Tây Nguyên đẩy mạnh tái canh

Xuất khẩu cà phê 9 tháng thu về hơn 4,2 tỷ USD, giá trong nước tăng mạnh giúp nông dân có vốn thay vườn già cỗi bằng giống mới.

Theo Cục Xuất nhập khẩu (Bộ Công Thương), 9 tháng năm 2024, cả nước xuất khẩu 1,06 triệu tấn cà phê, giảm 12,4% về lượng nhưng kim ngạch đạt 4,24 tỷ USD, tăng 38,7% so với cùng kỳ năm 2023. Giá xuất khẩu bình quân đạt 4.012 USD/tấn, mức cao nhất từ trước đến nay.

Trong nước, giá cà phê nhân xô hiện dao động 117.500-119.000 đồng/kg, tăng khoảng 52.000 đồng/kg so với đầu năm. Tại Đắk Lắk, giá thu mua ở mức 119.000 đồng/kg; Lâm Đồng 118.200 đồng/kg.

Theo Bộ Nông nghiệp và Phát triển nông thôn, cả nước có khoảng 710.000 ha cà phê, trong đó các tỉnh Tây Nguyên chiếm gần 640.000 ha. Đắk Lắk dẫn đầu với 213.000 ha, tiếp đến là Lâm Đồng (170.200 ha), Đắk Nông (135.500 ha), Gia Lai (96.400 ha) và Kon Tum (23.700 ha).

Giai đoạn 2021-2025, vùng Tây Nguyên đặt mục tiêu tái canh 95.000 ha; đến hết tháng 9/2024 đã thực hiện hơn 82.000 ha, đạt 86% kế hoạch. Nhiều địa phương đã chuyển sang giống mới cho năng suất 4-5 tấn/ha, gấp đôi giống cũ.

Ông Nguyễn Văn Hải, nông dân xã Ea Tân (huyện Krông Năng), cho biết 2 ha cà phê tái canh năm 2020 của gia đình năm nay cho thu 9,5 tấn nhân, lãi khoảng 700 triệu đồng.

Bích Ngọc
"""

m9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
m9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
VN = "Việt Nam"
TN = "Tây Nguyên"

FIGS = [
    F("hơn 4,2 tỷ USD", "4,2", 4200000000, "money", "USD", "kim ngạch xuất khẩu cà phê", approx="over",
      period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("xuất khẩu 1,06 triệu tấn", "1,06", 1060000, "measure", "tấn", "lượng cà phê xuất khẩu",
      change={"direction": "decrease", "value": 12.4, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=m9),
    F("đạt 4,24 tỷ USD", "4,24", 4240000000, "money", "USD", "kim ngạch xuất khẩu cà phê",
      change={"direction": "increase", "value": 38.7, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=m9),
    F("đạt 4.012 USD/tấn", "4.012", 4012, "money", "USD/tấn", "giá xuất khẩu bình quân", period=m9i),
    F("dao động 117.500-119.000", "117.500", 117500, "money", "đồng/kg", "giá cà phê nhân xô", value_max=119000,
      change={"direction": "increase", "value": 52000, "unit": "đồng/kg", "approx": "about", "baseline": "đầu năm"}),
    F("mức 119.000 đồng/kg", "119.000", 119000, "money", "đồng/kg", "giá thu mua cà phê nhân xô", location="Đắk Lắk"),
    F("Lâm Đồng 118.200", "118.200", 118200, "money", "đồng/kg", "giá thu mua cà phê nhân xô", location="Lâm Đồng"),
    F("khoảng 710.000 ha", "710.000", 710000, "measure", "ha", "diện tích cà phê", approx="about"),
    F("gần 640.000 ha", "640.000", 640000, "measure", "ha", "diện tích cà phê các tỉnh Tây Nguyên", approx="nearly",
      total=710000, location=TN),
    F("với 213.000 ha", "213.000", 213000, "measure", "ha", "diện tích cà phê", location="Đắk Lắk"),
    F("Lâm Đồng (170.200 ha)", "170.200", 170200, "measure", "ha", "diện tích cà phê", location="Lâm Đồng"),
    F("Đắk Nông (135.500 ha)", "135.500", 135500, "measure", "ha", "diện tích cà phê", location="Đắk Nông"),
    F("Gia Lai (96.400 ha)", "96.400", 96400, "measure", "ha", "diện tích cà phê", location="Gia Lai"),
    F("Kon Tum (23.700 ha)", "23.700", 23700, "measure", "ha", "diện tích cà phê", location="Kon Tum"),
    F("tái canh 95.000 ha", "95.000", 95000, "measure", "ha", "mục tiêu tái canh", status="target", location=TN,
      period=P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("hơn 82.000 ha", "82.000", 82000, "measure", "ha", "diện tích tái canh thực hiện", approx="over", percent=86,
      location=TN, period=P("đến hết tháng 9/2024", None, "2024-09-30")),
    F("năng suất 4-5 tấn/ha", "4", 4, "measure", "tấn/ha", "năng suất giống mới", value_max=5,
      change={"direction": "increase", "value": 2, "unit": "lần", "baseline": "giống cũ"}, location=TN),
    F("cho biết 2 ha", "2", 2, "measure", "ha", "diện tích cà phê tái canh của gia đình ông Hải", location="Krông Năng"),
    F("thu 9,5 tấn nhân", "9,5", 9.5, "measure", "tấn", "sản lượng cà phê của gia đình ông Hải", location="Krông Năng",
      period=P("năm nay", "2024-01-01", "2024-12-31")),
    F("khoảng 700 triệu đồng", "700", 700000000, "money", "đồng", "lãi của gia đình ông Hải", approx="about",
      location="Krông Năng", period=P("năm nay", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "National press (VnExpress-like), 'Thứ hai, 7/10/2024, 14:20 (GMT+7)'; national coffee exports and prices, Central Highlands area and replanting.",
    "Default location Việt Nam. Province list items: province = location, subject = the indicator ('diện tích cà phê'). The list after the",
    "sentence break has no cue ('trong đó', 'gồm', ':') to the 640.000 ha: no totals. '640.000 ha' after 'trong đó' has total 710.000.",
    "Figures of the region 'Tây Nguyên' take location 'Tây Nguyên' (a named place, neither a province nor the nation; FIGURES.md has no rule for regions).",
    "'giảm 12,4% về lượng' and 'tăng 38,7% so với cùng kỳ năm 2023' share one baseline. 'gấp đôi giống cũ' = change 2 lần of the yield range.",
    "'đạt 86% kế hoạch' = percent of 82.000 ha. Farmer figures: location Krông Năng (named district); 'năm nay' = 2024 (dateline year); 'năm 2020' (replanting year) is not the period.",
    "Distractors: '(GMT+7)', dateline, 'năm 2020', section label, byline.",
]

build("p427-5", TEXT, FIGS, COMMENTS, published="2024-10-07", location="Việt Nam")
