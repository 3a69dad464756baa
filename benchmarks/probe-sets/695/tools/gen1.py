from lib import F, P, I, CH, T, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Du lịch
Sa Pa đón hơn 1,8 triệu lượt khách trong 6 tháng đầu năm 2024
Cập nhật: 08/07/2024 15:42
Lượt xem: 3.915

(laocai.gov.vn) - Theo báo cáo của Sở Văn hóa, Thể thao và Du lịch, 6 tháng đầu năm 2024, tỉnh Lào Cai đón 4,35 triệu lượt khách, tăng 18,6% so với cùng kỳ năm 2023, đạt 56,5% kế hoạch năm; trong đó khách quốc tế đạt 612.400 lượt, tăng 72,3% so với cùng kỳ. Tổng thu từ khách du lịch ước đạt 15.870 tỷ đồng, tăng 21,4%.

Thị xã Sa Pa tiếp tục là điểm đến chủ lực với 1.826.500 lượt khách, chiếm 42% tổng lượt khách toàn tỉnh. Khu du lịch Sun World Fansipan Legend (thị xã Sa Pa) đón khoảng 780.000 lượt khách đi cáp treo lên đỉnh Fansipan cao 3.143 m, tăng 25% so với cùng kỳ; tuyến tàu hỏa leo núi Mường Hoa phục vụ hơn 410.000 lượt. Các địa phương khác cũng có lượng khách tăng khá: Bắc Hà (312.000 lượt), Bát Xát (185.600 lượt), Mường Khương (64.800 lượt).

Hiện toàn tỉnh có 2 tuyến cáp treo du lịch đang khai thác với tổng chiều dài 7.650 m, 94 cabin, công suất tối đa 4.000 khách/giờ. Tính đến ngày 30/6/2024, Lào Cai có 1.452 cơ sở lưu trú với 15.230 buồng, trong đó 48 khách sạn từ 3 đến 5 sao. Giá phòng bình quân dịp cuối tuần tăng từ 10 đến 15%.

Phấn đấu năm 2024, tỉnh đón 7,7 triệu lượt khách, tổng thu từ du lịch đạt 28.000 tỷ đồng. Sở đề nghị các cơ sở kinh doanh niêm yết giá công khai; mọi phản ánh xin gọi đường dây nóng 0214.3871.975.

Địa chỉ: Số 8 đường Hoàng Liên, phường Cốc Lếu, TP Lào Cai
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
AS = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 1,8 triệu", "1,8", 1800000, "count", "lượt khách", "lượt khách", H1,
      approx="over", location="Sa Pa"),
    F("đón 4,35 triệu", "4,35", 4350000, "count", "lượt khách", "lượt khách", H1,
      percent=56.5, change=CH("increase", 18.6, "%", "cùng kỳ năm 2023")),
    F("đạt 612.400 lượt", "612.400", 612400, "count", "lượt", "khách quốc tế", H1,
      total=4350000, change=CH("increase", 72.3, "%", "cùng kỳ")),
    F("ước đạt 15.870 tỷ", "15.870", 15870000000000, "money", "đồng", "tổng thu từ khách du lịch", I(H1),
      change=CH("increase", 21.4, "%"), status="estimate"),
    F("với 1.826.500 lượt", "1.826.500", 1826500, "count", "lượt khách", "lượt khách", I(H1),
      percent=42, location="Sa Pa"),
    F("khoảng 780.000 lượt", "780.000", 780000, "count", "lượt khách",
      "lượt khách đi cáp treo lên đỉnh Fansipan", I(H1),
      approx="about", change=CH("increase", 25, "%", "cùng kỳ"), location="Sa Pa"),
    F("cao 3.143 m", "3.143", 3143, "measure", "m", "độ cao đỉnh Fansipan", location="Sa Pa"),
    F("hơn 410.000 lượt", "410.000", 410000, "count", "lượt",
      "lượt khách tuyến tàu hỏa leo núi Mường Hoa", I(H1), approx="over", location="Sa Pa"),
    F("(312.000 lượt)", "312.000", 312000, "count", "lượt", "lượng khách", I(H1), location="Bắc Hà"),
    F("(185.600 lượt)", "185.600", 185600, "count", "lượt", "lượng khách", I(H1), location="Bát Xát"),
    F("(64.800 lượt)", "64.800", 64800, "count", "lượt", "lượng khách", I(H1), location="Mường Khương"),
    F("có 2 tuyến", "2", 2, "count", "tuyến cáp treo", "tuyến cáp treo du lịch đang khai thác"),
    F("dài 7.650 m", "7.650", 7650, "measure", "m", "tổng chiều dài tuyến cáp treo du lịch"),
    F("94 cabin", "94", 94, "count", "cabin", "cabin cáp treo"),
    F("tối đa 4.000 khách/giờ", "4.000", 4000, "measure", "khách/giờ", "công suất cáp treo",
      approx="at_most"),
    F("có 1.452 cơ sở", "1.452", 1452, "count", "cơ sở lưu trú", "cơ sở lưu trú", AS),
    F("15.230 buồng", "15.230", 15230, "count", "buồng", "buồng lưu trú", AS),
    F("48 khách sạn", "48", 48, "count", "khách sạn", "khách sạn từ 3 đến 5 sao", AS, total=1452),
    F("từ 3 đến 5 sao", "3", 3, "measure", "sao", "hạng khách sạn", value_max=5, optional=True),
    F("từ 10 đến 15%", "10", 10, "percent", "%", "giá phòng bình quân dịp cuối tuần tăng", value_max=15),
    F("đón 7,7 triệu", "7,7", 7700000, "count", "lượt khách", "lượt khách", Y24, status="target"),
    F("đạt 28.000 tỷ", "28.000", 28000000000000, "money", "đồng", "tổng thu từ du lịch", Y24, status="target"),
]

COMMENTS = [
    "Lào Cai province portal (breadcrumb, 'Cập nhật: 08/07/2024 15:42', 'Lượt xem: 3.915'): tourism and cable cars, 6 months of 2024.",
    "Headline figure is about Sa Pa and states its period. 'đạt 56,5% kế hoạch năm' is the share of 4,35 triệu (percent attribute).",
    "'trong đó khách quốc tế 612.400 lượt' is a part of 4,35 triệu. Items of the bracketed district list share the indicator 'lượng khách'.",
    "Fansipan sentence names '(thị xã Sa Pa)': location Sa Pa for 780.000, 3.143 m and the train's 410.000.",
    "'15.230 buồng, trong đó 48 khách sạn': the whole counting the same thing is 1.452 cơ sở lưu trú (total 1452).",
    "'từ 3 đến 5 sao' is a hotel class (like service levels): optional. 'tăng từ 10 đến 15%' is a rate that is the claim: percent, no change.",
    "'Hiện' sentences carry no period. Distractors: 'Lượt xem: 3.915', '0214.3871.975', 'Số 8 đường Hoàng Liên', dates.",
]

emit("p695-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Lào Cai")
