from lib import F, P, C, T, emit

text = """BÁO NAM ĐỊNH ĐIỆN TỬ
Kinh tế

Làng hoa, cây cảnh Vị Khê: Doanh thu 6 tháng đầu năm đạt trên 180 tỷ đồng

THANH HƯƠNG 07:30, 15/08/2024

BNĐ - Làng hoa, cây cảnh Vị Khê thuộc xã Điền Xá (huyện Nam Trực) hiện có 1.250 hộ trồng và kinh doanh hoa, cây cảnh, chiếm trên 70% số hộ trong xã, với tổng diện tích khoảng 220 ha. Sáu tháng đầu năm 2024, làng nghề đã tiêu thụ khoảng 1,1 triệu chậu hoa, cây cảnh các loại, trong đó lan chiếm 38%; doanh thu đạt 186,5 tỷ đồng, tăng 11,2% so với cùng kỳ năm 2023.

Theo ông Trần Văn Hùng, Chủ tịch UBND xã Điền Xá, thu nhập bình quân từ hoa, cây cảnh đạt 350-400 triệu đồng/ha/năm, gấp khoảng 5 lần so với trồng lúa. Nhiều hộ có doanh thu từ 1 đến 2 tỷ đồng mỗi năm. Toàn xã có 3 hợp tác xã và 27 tổ hợp tác sản xuất hoa, cây cảnh; hơn 40 hộ đã đưa sản phẩm lên các sàn thương mại điện tử.

Những tháng cuối năm, các nhà vườn tập trung chăm sóc khoảng 350.000 chậu lan, cúc, đào, quất phục vụ thị trường Tết. Dọc Quốc lộ 21 qua địa bàn xã, hàng trăm cửa hàng hoa, cây cảnh luôn tấp nập khách.

Toàn tỉnh Nam Định hiện có 9 làng nghề hoa, cây cảnh được công nhận, tổng diện tích trên 600 ha. Tỉnh đặt mục tiêu giai đoạn 2021-2025 giá trị sản xuất hoa, cây cảnh tăng bình quân 8%/năm; đến năm 2030 hình thành 2 vùng hoa, cây cảnh tập trung quy mô từ 200 ha trở lên, gắn với phát triển du lịch làng nghề.

Trong 3 ngày diễn ra Hội chợ hoa, cây cảnh năm 2024 tại xã, Ban tổ chức đón gần 15.000 lượt khách tham quan.
"""

H6 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
figs = [
    F("đạt trên 180 tỷ đồng", "180", 180e9, "money", "đồng", "Doanh thu làng hoa, cây cảnh Vị Khê",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="over"),
    F("có 1.250 hộ", "1.250", 1250, "count", "hộ", "hộ trồng và kinh doanh hoa, cây cảnh", percent=70),
    F("khoảng 220 ha", "220", 220, "measure", "ha", "tổng diện tích hoa, cây cảnh", approx="about"),
    F("khoảng 1,1 triệu chậu", "1,1", 1.1e6, "count", "chậu", "chậu hoa, cây cảnh tiêu thụ", H6, approx="about"),
    F("lan chiếm 38%", "38", 38, "percent", "%", "lan trong số chậu hoa, cây cảnh tiêu thụ", H6),
    F("đạt 186,5 tỷ đồng", "186,5", 186.5e9, "money", "đồng", "doanh thu", H6, change=C("increase", 11.2, "%", "cùng kỳ năm 2023")),
    F("đạt 350-400 triệu", "350", 350e6, "money", "đồng/ha/năm", "thu nhập bình quân từ hoa, cây cảnh", value_max=400e6,
      change=C("increase", 5, "lần", "trồng lúa", approx="about")),
    F("từ 1 đến 2 tỷ", "1", 1e9, "money", "đồng", "doanh thu nhiều hộ mỗi năm", value_max=2e9),
    F("có 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã sản xuất hoa, cây cảnh"),
    F("và 27 tổ hợp tác", "27", 27, "count", "tổ hợp tác", "tổ hợp tác sản xuất hoa, cây cảnh"),
    F("hơn 40 hộ", "40", 40, "count", "hộ", "hộ đưa sản phẩm lên các sàn thương mại điện tử", approx="over"),
    F("khoảng 350.000 chậu", "350.000", 350000, "count", "chậu", "chậu lan, cúc, đào, quất phục vụ thị trường Tết", approx="about"),
    F("hàng trăm cửa hàng", "trăm", 100, "count", "cửa hàng", "cửa hàng hoa, cây cảnh dọc Quốc lộ 21", approx="about", optional=True),
    F("có 9 làng nghề", "9", 9, "count", "làng nghề", "làng nghề hoa, cây cảnh được công nhận", location="Nam Định"),
    F("trên 600 ha", "600", 600, "measure", "ha", "tổng diện tích làng nghề hoa, cây cảnh", approx="over", location="Nam Định"),
    F("bình quân 8%", "8", 8, "percent", "%", "tăng giá trị sản xuất hoa, cây cảnh bình quân",
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), status="target", location="Nam Định"),
    F("hình thành 2 vùng", "2", 2, "count", "vùng hoa, cây cảnh tập trung", "vùng hoa, cây cảnh tập trung",
      P("đến năm 2030", None, "2030-12-31"), status="target", location="Nam Định"),
    F("từ 200 ha", "200", 200, "measure", "ha", approx="at_least", status="target", location="Nam Định", optional=True),
    F("Trong 3 ngày", "3", 3, "measure", "ngày", optional=True),
    F("gần 15.000 lượt", "15.000", 15000, "count", "lượt khách", "lượt khách tham quan Hội chợ hoa, cây cảnh",
      approx="nearly"),
]

emit("p415-3", text, [
    "Báo Nam Định điện tử (Party newspaper): làng hoa, cây cảnh Vị Khê (xã Điền Xá, huyện Nam Trực). Byline + 'hh:mm, dd/mm/yyyy' dateline; 'BNĐ -' tag.",
    "Distractors: 'Quốc lộ 21', the dateline, 'Hội chợ hoa, cây cảnh năm 2024' (an event's name: the visitor count gets no period), 'hàng trăm cửa hàng' is a vague number word: optional.",
    "The village figures describe Nam Trực district (default location); the province paragraph's figures are Nam Định.",
    "Title '6 tháng đầu năm' without year takes 2024 (published; no earlier date). 'hiện có' figures carry no period.",
    "'chiếm trên 70% số hộ trong xã' is the percent of 1.250 hộ. 'trong đó lan chiếm 38%' is a share: a percent figure with no total (a percent has no whole in chậu).",
    "'350-400 triệu đồng/ha/năm' range; 'gấp khoảng 5 lần so với trồng lúa' is its change (5 lần, about). 'từ 1 đến 2 tỷ đồng' range.",
    "'tăng bình quân 8%/năm' is a growth rate as target claim: percent, no change. 'từ 200 ha trở lên' threshold and 'Trong 3 ngày' (duration) optional.",
], figs, published="2024-08-15", location="Nam Trực")
