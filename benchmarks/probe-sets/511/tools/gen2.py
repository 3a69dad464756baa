from lib import F, P, I, CH, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TUẦN GIÁO
Trang chủ / Kinh tế / Công thương
Thứ Ba, 09/04/2024 - 15:30

Điện lực Tuần Giáo: Điện thương phẩm quý I tăng hơn 11%

Quý I/2024, Điện lực Tuần Giáo cung cấp điện cho 21.486 khách hàng trên địa bàn huyện, trong đó có 19.932 khách hàng sử dụng điện sinh hoạt. Điện thương phẩm đạt 14,73 triệu kWh, tăng 11,2% so với cùng kỳ năm 2023 và đạt 23,6% kế hoạch năm; doanh thu tiền điện đạt 29,4 tỷ đồng; giá bán điện bình quân 1.996,2 đồng/kWh. Tỷ lệ tổn thất điện năng lũy kế 3 tháng là 5,12%, thấp hơn 0,8% so với chỉ tiêu giao (5,92%).

Trong quý, trên lưới điện trung áp xảy ra 17 sự cố, giảm 6 sự cố so với cùng kỳ; thời gian mất điện bình quân của một khách hàng (SAIDI) là 186,5 phút. Tỷ lệ khách hàng thanh toán tiền điện không dùng tiền mặt đạt 87,4%, tăng 6,3% so với cùng kỳ.

Năm 2024, Điện lực Tuần Giáo được giao kế hoạch vốn 18,6 tỷ đồng để cải tạo lưới điện nông thôn tại 5 xã: Quài Tở, Mường Mùn, Pú Nhung, Tỏa Tình và Nà Sáy; trong đó 11,2 tỷ đồng cải tạo 46 km đường dây hạ áp 0,4 kV, 7,4 tỷ đồng xây mới 12 trạm biến áp. Khi hoàn thành, các công trình dự kiến giúp khoảng 2.300 hộ dân có điện ổn định hơn.

Dự báo quý II, do nắng nóng kéo dài, công suất cực đại của huyện khoảng 12,5 MW, tăng từ 8 đến 10% so với cùng kỳ. Điện lực đề nghị người dân sử dụng điện tiết kiệm; khi có sự cố liên hệ Tổng đài 19006769 hoặc số 0215.3862.107 (tổ 9, thị trấn Tuần Giáo).

Quang Hưng - Trung tâm VH-TT&TT huyện
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tăng hơn 11%", "11", 11, "percent", "%", "Điện thương phẩm quý I",
      P("quý I", "2024-01-01", "2024-03-31"), approx="over"),
    F("cho 21.486 khách hàng", "21.486", 21486, "count", "khách hàng", "khách hàng được cung cấp điện", Q1),
    F("có 19.932 khách hàng", "19.932", 19932, "count", "khách hàng", "khách hàng sử dụng điện sinh hoạt", Q1, total=21486),
    F("đạt 14,73 triệu kWh", "14,73", 14.73e6, "measure", "kWh", "Điện thương phẩm", I(Q1),
      percent=23.6, change=CH("increase", 11.2, "%", "cùng kỳ năm 2023")),
    F("đạt 29,4 tỷ đồng", "29,4", 29.4e9, "money", "đồng", "doanh thu tiền điện", I(Q1)),
    F("1.996,2 đồng/kWh", "1.996,2", 1996.2, "money", "đồng/kWh", "giá bán điện bình quân", I(Q1)),
    F("là 5,12%", "5,12", 5.12, "percent", "%", "Tỷ lệ tổn thất điện năng lũy kế 3 tháng",
      P("lũy kế 3 tháng", "2024-01-01", "2024-03-31"),
      change=CH("decrease", 0.8, "%", "chỉ tiêu giao"), target=T(5.92, "%", True)),
    F("xảy ra 17 sự cố", "17", 17, "count", "sự cố", "sự cố trên lưới điện trung áp",
      P("Trong quý", "2024-01-01", "2024-03-31"), change=CH("decrease", 6, "sự cố", "cùng kỳ")),
    F("là 186,5 phút", "186,5", 186.5, "measure", "phút", "thời gian mất điện bình quân của một khách hàng (SAIDI)",
      P("Trong quý", "2024-01-01", "2024-03-31")),
    F("đạt 87,4%", "87,4", 87.4, "percent", "%", "Tỷ lệ khách hàng thanh toán tiền điện không dùng tiền mặt",
      I(P("Trong quý", "2024-01-01", "2024-03-31")), change=CH("increase", 6.3, "%", "cùng kỳ")),
    F("vốn 18,6 tỷ đồng", "18,6", 18.6e9, "money", "đồng", "kế hoạch vốn cải tạo lưới điện nông thôn", Y24, status="target"),
    F("tại 5 xã", "5", 5, "count", "xã", "xã được cải tạo lưới điện nông thôn", Y24, status="target"),
    F("trong đó 11,2 tỷ đồng", "11,2", 11.2e9, "money", "đồng", "vốn cải tạo đường dây hạ áp", Y24, total=18.6e9, status="target"),
    F("cải tạo 46 km", "46", 46, "measure", "km", "đường dây hạ áp cải tạo", Y24, status="target"),
    F("7,4 tỷ đồng", "7,4", 7.4e9, "money", "đồng", "vốn xây mới trạm biến áp", Y24, total=18.6e9, status="target"),
    F("mới 12 trạm", "12", 12, "count", "trạm biến áp", "trạm biến áp xây mới", Y24, status="target"),
    F("khoảng 2.300 hộ", "2.300", 2300, "count", "hộ", "hộ dân có điện ổn định hơn", approx="about", status="forecast"),
    F("khoảng 12,5 MW", "12,5", 12.5, "measure", "MW", "công suất cực đại của huyện",
      P("quý II", "2024-04-01", "2024-06-30"), approx="about", status="forecast",
      change=CH("increase", 8, "%", "cùng kỳ")),
]

emit("p511-2", TEXT, [
    "Cổng TTĐT huyện Tuần Giáo (Điện Biên), district portal, weekday dateline, byline at end: Điện lực Tuần Giáo Q1/2024 results, outages, 2024 grid plan, Q2 forecast.",
    "Distractors: 0,4 kV, Tổng đài 19006769, 0215.3862.107, tổ 9, I/2024 in 'Quý I/2024', VH-TT&TT.",
    "Headline 'quý I' takes 2024 from the dateline. 'Trong quý'/'lũy kế 3 tháng' = Q1 2024. 5,92% in brackets is the target of 5,12%.",
    "Status: 'được giao kế hoạch vốn' -> target over its clause and the 'trong đó' parts; 'dự kiến', 'Dự báo' -> forecast.",
    "Change 'tăng từ 8 đến 10%' of 12,5 MW: value 8 (lower end).",
], FIGS, published="2024-04-09", location="Tuần Giáo")
