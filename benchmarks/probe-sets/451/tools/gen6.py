from lib import build, F, P, C, T

TEXT = """Kinh doanh › Hàng hóa

Xuất khẩu hải sản sang EU vẫn chưa hồi phục sau 7 năm "thẻ vàng"

Thứ năm, 7/11/2024, 06:00 (GMT+7)

Dù đã tăng trở lại, giá trị thủy sản xuất sang EU vẫn thấp hơn nhiều so với trước khi EC áp thẻ vàng IUU.

Theo Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP), 10 tháng năm 2024, xuất khẩu thủy sản sang EU đạt 848 triệu USD, tăng 8% so với cùng kỳ năm ngoái nhưng vẫn thấp hơn khoảng 20% so với năm 2017. Cả năm 2023, kim ngạch này đạt 1,03 tỷ USD, giảm 8,9% so với năm 2022; trong đó cá ngừ đạt 205 triệu USD, chiếm 19,9%.

EU hiện là thị trường lớn thứ 4 của thủy sản Việt Nam, sau Mỹ, Trung Quốc và Nhật Bản. Tỷ trọng của thị trường này trong tổng kim ngạch xuất khẩu thủy sản là 9,1%. Hải sản khai thác chiếm khoảng 40% giá trị xuất khẩu sang EU, chủ yếu là cá ngừ, mực và bạch tuộc.

Ông Nguyễn Hoài Nam, Phó Tổng thư ký VASEP, cho biết sau bốn lần thanh tra, EC ghi nhận nhiều tiến bộ nhưng vẫn lo ngại về tình trạng tàu cá vi phạm vùng biển nước ngoài. Theo ông, mỗi lô hàng hải sản khai thác xuất sang EU phải kèm giấy chứng nhận khai thác, khiến chi phí tăng thêm từ 1 đến 3%, thời gian thông quan kéo dài 2-3 tuần.

Theo Bộ Nông nghiệp và Phát triển nông thôn, trong năm 2024 cả nước vẫn còn 6 địa phương có tàu cá vi phạm vùng biển nước ngoài, gồm Kiên Giang, Bình Định, Quảng Ngãi, Cà Mau, Bến Tre và Khánh Hòa. Riêng tàu BĐ 95579 TS bị bắt giữ hai lần trong năm.

Các doanh nghiệp kỳ vọng nếu gỡ được thẻ vàng, xuất khẩu hải sản sang EU có thể đạt 1,2 tỷ USD vào năm 2026; tốc độ tăng trưởng bình quân dự báo 15-20%/năm.

Thu Hằng
"""

M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y26 = P("năm 2026", "2026-01-01", "2026-12-31")

FIGS = [
    F("sau 7 năm", "7", 7, "measure", "năm", "thời gian áp thẻ vàng", optional=True),
    F("đạt 848 triệu USD", "848", 848000000, "money", "USD", "xuất khẩu thủy sản sang EU",
      change=C("increase", 8, "%", "cùng kỳ năm ngoái"), period=M10),
    F("thấp hơn khoảng 20%", "20", 20, "percent", "%", "xuất khẩu thủy sản sang EU thấp hơn so với năm 2017",
      approx="about", optional=True),
    F("đạt 1,03 tỷ USD", "1,03", 1030000000, "money", "USD", "kim ngạch xuất khẩu thủy sản sang EU",
      change=C("decrease", 8.9, "%", "năm 2022"), period=P("Cả năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 205 triệu USD", "205", 205000000, "money", "USD", "xuất khẩu cá ngừ sang EU", total=1030000000, percent=19.9,
      period=P("Cả năm 2023", "2023-01-01", "2023-12-31")),
    F("thị trường lớn thứ 4", "4", 4, "rank", "hạng", "thị trường của thủy sản Việt Nam"),
    F("là 9,1%", "9,1", 9.1, "percent", "%", "tỷ trọng của thị trường này trong tổng kim ngạch xuất khẩu thủy sản"),
    F("chiếm khoảng 40%", "40", 40, "percent", "%", "hải sản khai thác trong giá trị xuất khẩu sang EU", approx="about"),
    F("sau bốn lần", "bốn", 4, "count", "lần", "lần thanh tra của EC", optional=True),
    F("từ 1 đến 3%", "1", 1, "percent", "%", "chi phí tăng thêm", value_max=3),
    F("kéo dài 2-3 tuần", "2", 2, "measure", "tuần", "thời gian thông quan kéo dài", value_max=3),
    F("còn 6 địa phương", "6", 6, "count", "địa phương", "địa phương có tàu cá vi phạm vùng biển nước ngoài", period=Y24),
    F("bắt giữ hai lần", "hai", 2, "count", "lần", "tàu BĐ 95579 TS bị bắt giữ", period=P("năm 2024", "2024-01-01", "2024-12-31", inherited=True)),
    F("đạt 1,2 tỷ USD", "1,2", 1200000000, "money", "USD", "xuất khẩu hải sản sang EU", status="forecast", period=Y26),
    F("dự báo 15-20%/năm", "15", 15, "percent", "%", "tốc độ tăng trưởng bình quân", value_max=20, status="forecast"),
]

COMMENTS = [
    "National press (business section, VnExpress-like), dateline 'Thứ năm, 7/11/2024, 06:00 (GMT+7)', byline at the end.",
    "National export figures: location Việt Nam; the EU and trade partners (Mỹ, Trung Quốc, Nhật Bản, Malaysia) are not places of figures.",
    "848 triệu USD carries the first change (tăng 8% so với cùng kỳ); the second comparison 'thấp hơn khoảng 20% so với năm 2017' is a percent",
    "figure of its own, optional per FIGURES.md (one change per figure). 'sau 7 năm' (duration) and 'sau bốn lần thanh tra' (edition count) optional.",
    "'Cả năm 2023 … 1,03 tỷ USD, giảm 8,9%'; 'trong đó cá ngừ đạt 205 triệu USD, chiếm 19,9%' has total 1,03 tỷ and percent 19,9.",
    "'thứ 4' is a rank. The share 9,1% stands in its own sentence: a percent figure. 'từ 1 đến 3%' and '2-3 tuần' are ranges.",
    "'6 địa phương … gồm Kiên Giang, …' is a national count: the provinces in the list do not make it provincial.",
    "'kỳ vọng … có thể đạt', 'dự báo' make the 2026 export level and the growth rate forecasts; the growth rate is its own sentence clause after ';',",
    "stated as a rate claim (no change object). Distractors: '(GMT+7)', 'năm 2017', vessel number 'BĐ 95579 TS'.",
]

build("p451-6", TEXT, FIGS, COMMENTS, "Việt Nam", "2024-11-07")
