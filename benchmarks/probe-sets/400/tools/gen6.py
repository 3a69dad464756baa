from lib import write, F, P, C, T
H = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HI = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
text = """Phà Cát Lái quá tải giờ cao điểm, mỗi ngày hơn 100.000 lượt khách
Thứ hai, 15/7/2024, 14:20 (GMT+7)

TP Hồ Chí Minh - Mỗi ngày, bến phà Cát Lái phục vụ khoảng 100.000-120.000 lượt khách và 60.000 lượt xe máy; vào giờ cao điểm sáng và chiều, dòng xe xếp hàng dài hàng trăm mét.

Theo Công ty Dịch vụ công ích Thanh niên Xung phong, đơn vị quản lý bến, 6 tháng đầu năm 2024 phà Cát Lái vận chuyển 19,8 triệu lượt khách, 10,6 triệu lượt xe máy và hơn 1,1 triệu lượt ôtô, tăng lần lượt 3%, 2,5% và 6,2% so với cùng kỳ năm ngoái. Bến hiện có 12 phà hoạt động, trong đó 4 phà trọng tải 100 tấn, 6 phà 200 tấn và 2 phà 400 tấn; mỗi chuyến mất 10-15 phút.

Ông Nguyễn Văn Tuấn, Giám đốc bến phà, cho biết dịp lễ 30/4-1/5 vừa qua, lượng khách tăng gấp 1,5 lần ngày thường, có thời điểm gần 9.000 lượt người/giờ. Giá vé hiện là 2.000 đồng/lượt người đi bộ, 4.000 đồng/lượt xe máy và từ 15.000 đến 35.000 đồng/lượt ôtô tùy loại.

Để giảm tải, Sở Giao thông vận tải thành phố dự kiến bổ sung 2 phà loại 200 tấn trong quý IV/2024, nâng năng lực khai thác thêm khoảng 20%. Về lâu dài, bến phà sẽ được thay thế bằng cầu Cát Lái dài khoảng 4,6 km; tổng vốn đầu tư dự kiến hơn 7.000 tỷ đồng.

Anh Lê Minh Quân, nhà ở TP Thủ Đức, làm việc tại Khu công nghiệp Nhơn Trạch 3 (Đồng Nai), cho biết mỗi ngày phải qua phà hai lần, mất gần 1 giờ nếu gặp giờ cao điểm. "Tôi mong cầu sớm được xây để bớt cảnh chen chúc", anh nói.

Hữu Công
"""
figs = [
    F("mỗi ngày hơn 100.000 lượt", "100.000", 100000, "count", "lượt khách", "lượt khách qua phà Cát Lái mỗi ngày", approx="over"),
    F("khoảng 100.000-120.000", "100.000", 100000, "count", "lượt khách", "lượt khách bến phà Cát Lái phục vụ mỗi ngày", approx="about",
      value_max=120000),
    F("và 60.000 lượt", "60.000", 60000, "count", "lượt xe máy", "lượt xe máy bến phà Cát Lái phục vụ mỗi ngày"),
    F("hàng trăm mét", "trăm", 100, "measure", "mét", "chiều dài dòng xe xếp hàng giờ cao điểm", approx="about", optional=True),
    F("vận chuyển 19,8 triệu", "19,8", 19800000, "count", "lượt khách", "lượt khách phà Cát Lái vận chuyển",
      change=C("increase", 3, "%", "cùng kỳ năm ngoái"), period=H),
    F("10,6 triệu lượt xe máy", "10,6", 10600000, "count", "lượt xe máy", "lượt xe máy phà Cát Lái vận chuyển",
      change=C("increase", 2.5, "%", "cùng kỳ năm ngoái"), period=H),
    F("hơn 1,1 triệu", "1,1", 1100000, "count", "lượt ôtô", "lượt ôtô phà Cát Lái vận chuyển", approx="over",
      change=C("increase", 6.2, "%", "cùng kỳ năm ngoái"), period=H),
    F("có 12 phà", "12", 12, "count", "phà", "phà hoạt động"),
    F("trong đó 4 phà", "4", 4, "count", "phà", "phà trọng tải 100 tấn", total=12),
    F("trọng tải 100 tấn", "100", 100, "measure", "tấn", "trọng tải phà", optional=True),
    F(", 6 phà", "6", 6, "count", "phà", "phà 200 tấn", total=12),
    F("6 phà 200 tấn", "200", 200, "measure", "tấn", "trọng tải phà", optional=True),
    F("và 2 phà 400", "2", 2, "count", "phà", "phà 400 tấn", total=12),
    F("2 phà 400 tấn", "400", 400, "measure", "tấn", "trọng tải phà", optional=True),
    F("mất 10-15 phút", "10", 10, "measure", "phút", "thời gian mỗi chuyến phà", value_max=15),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "lượng khách"),
    F("gần 9.000 lượt", "9.000", 9000, "measure", "lượt người/giờ", "lượng khách", approx="nearly"),
    F("là 2.000 đồng", "2.000", 2000, "money", "đồng/lượt", "giá vé người đi bộ"),
    F("4.000 đồng", "4.000", 4000, "money", "đồng/lượt", "giá vé xe máy"),
    F("từ 15.000 đến", "15.000", 15000, "money", "đồng/lượt", "giá vé ôtô", value_max=35000),
    F("bổ sung 2 phà", "2", 2, "count", "phà", "phà loại 200 tấn bổ sung", status="forecast", period=Q4),
    F("loại 200 tấn", "200", 200, "measure", "tấn", "trọng tải phà bổ sung", status="forecast", optional=True),
    F("thêm khoảng 20%", "20", 20, "percent", "%", "năng lực khai thác nâng thêm", approx="about", status="forecast", period=Q4),
    F("dài khoảng 4,6 km", "4,6", 4.6, "measure", "km", "chiều dài cầu Cát Lái", approx="about"),
    F("hơn 7.000 tỷ", "7.000", 7000000000000, "money", "đồng", "tổng vốn đầu tư cầu Cát Lái", approx="over", status="forecast"),
    F("phà hai lần", "hai", 2, "count", "lần", "số lần qua phà mỗi ngày", optional=True),
    F("gần 1 giờ", "1", 1, "measure", "giờ", "thời gian qua phà giờ cao điểm", approx="nearly", optional=True),
]
write("p400-6", text, figs, published="2024-07-15", location="Hồ Chí Minh", comments=[
    "National press (VnExpress style), dateline 'Thứ hai, 15/7/2024, 14:20 (GMT+7)': Cát Lái ferry (TP Hồ Chí Minh), traffic, fleet, fares, plans.",
    "Location: TP Hồ Chí Minh throughout (the ferry is run by the city; Thủ Đức is a city of it; Nhơn Trạch 3 / Đồng Nai is a commuter's workplace).",
    "'tăng lần lượt 3%, 2,5% và 6,2%' distributes the three changes over the three counts. Headline 'hơn 100.000 lượt' is a figure.",
    "Fleet breakdown after 'trong đó': totals 12. The tonnage class labels (100/200/400 tấn) are optional measures. '10-15 phút' range.",
    "'tăng gấp 1,5 lần ngày thường' with no base amount: a multiple. Fares 'đồng/lượt' (rate unit). 'dự kiến' → forecast in its clause.",
    "revised: subjects of 'gấp 1,5 lần' and 'gần 9.000 lượt người/giờ' cut to the indicator 'lượng khách' (the occasion, baseline and 'có thời điểm' are not the indicator).",
    "Distractors: '30/4-1/5' holiday, GMT+7, 'Nhơn Trạch 3', person names. A commuter's anecdote ('hai lần', 'gần 1 giờ'): optional.",
])
