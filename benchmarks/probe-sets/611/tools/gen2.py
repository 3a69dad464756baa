from lib import F, P, I, CH, TG, emit

TEXT = """UBND HUYỆN DUY XUYÊN - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức | Văn hóa - Du lịch
Thứ Ba, 16/04/2024 - 09:10

Khu đền tháp Mỹ Sơn đón gần 98 nghìn lượt khách trong quý I

Quý I/2024, Khu di sản Mỹ Sơn (xã Duy Phú) đón gần 98 nghìn lượt khách, tăng 34% so với cùng kỳ năm 2023; trong đó khách quốc tế chiếm khoảng 71%. Doanh thu bán vé đạt 13,8 tỷ đồng, bằng 27,6% kế hoạch năm. Giá vé tham quan hiện là 150.000 đồng/người đối với khách nước ngoài.

Chương trình nghệ thuật Chăm được duy trì 4 suất/ngày với đội múa gồm 18 diễn viên. Năm nay, Ban Quản lý tổ chức các hoạt động kỷ niệm 25 năm Mỹ Sơn được UNESCO ghi danh là Di sản Văn hóa thế giới (1999 - 2024).

Toàn huyện hiện có 47 di tích được xếp hạng, gồm 1 di tích quốc gia đặc biệt, 6 di tích quốc gia và 40 di tích cấp tỉnh. Năm 2024, huyện bố trí 4,25 tỷ đồng để tu bổ, chống xuống cấp 9 di tích cấp tỉnh; các nhóm tháp K, G và H tiếp tục được dự án hợp tác với Ấn Độ hỗ trợ khoảng 2,1 triệu USD. Dự kiến trong năm, đơn vị sẽ khai quật khảo cổ khoảng 2.000 m² tại nhóm tháp E, F.

Theo Ban Quản lý, tuyến ĐT610 từ thị trấn Nam Phước vào khu di tích dài 32 km đang được nâng cấp. Huyện phấn đấu năm 2024 Mỹ Sơn đón 420.000 lượt khách, tăng từ 15 đến 20% so với năm 2023.

Ban Quản lý Di sản văn hóa Mỹ Sơn: thôn Mỹ Sơn, xã Duy Phú; điện thoại 0235.3731.309.

Hoài Thương
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("gần 98 nghìn lượt khách trong", "98", 98000, "count", "lượt khách", approx="nearly",
      subject="lượt khách Khu đền tháp Mỹ Sơn đón", period=P("quý I", "2024-01-01", "2024-03-31")),
    F("đón gần 98 nghìn lượt khách,", "98", 98000, "count", "lượt khách", approx="nearly",
      change=CH("increase", 34, baseline="cùng kỳ năm 2023"),
      subject="lượt khách Khu di sản Mỹ Sơn đón", period=Q1),
    F("chiếm khoảng 71%", "71", 71, "percent", "%", approx="about",
      subject="tỷ lệ khách quốc tế", period=Q1),
    F("đạt 13,8 tỷ đồng", "13,8", 13800000000, "money", "đồng", percent=27.6,
      subject="doanh thu bán vé", period=I(Q1)),
    F("là 150.000 đồng/người", "150.000", 150000, "money", "đồng/người",
      subject="giá vé tham quan đối với khách nước ngoài"),
    F("duy trì 4 suất/ngày", "4", 4, "measure", "suất/ngày", subject="chương trình nghệ thuật Chăm"),
    F("gồm 18 diễn viên", "18", 18, "count", "diễn viên", subject="diễn viên đội múa"),
    F("kỷ niệm 25 năm", "25", 25, "count", "năm", subject="kỷ niệm Mỹ Sơn được UNESCO ghi danh", optional=True),
    F("có 47 di tích", "47", 47, "count", "di tích", subject="di tích được xếp hạng"),
    F("gồm 1 di tích", "1", 1, "count", "di tích", total=47, subject="di tích quốc gia đặc biệt"),
    F("6 di tích quốc gia", "6", 6, "count", "di tích", total=47, subject="di tích quốc gia"),
    F("và 40 di tích cấp tỉnh", "40", 40, "count", "di tích", total=47, subject="di tích cấp tỉnh"),
    F("bố trí 4,25 tỷ đồng", "4,25", 4250000000, "money", "đồng",
      subject="kinh phí tu bổ, chống xuống cấp di tích cấp tỉnh", period=Y24),
    F("xuống cấp 9 di tích", "9", 9, "count", "di tích", subject="di tích cấp tỉnh được tu bổ, chống xuống cấp",
      period=Y24),
    F("khoảng 2,1 triệu USD", "2,1", 2100000, "money", "USD", approx="about",
      subject="hỗ trợ của dự án hợp tác với Ấn Độ cho các nhóm tháp K, G và H"),
    F("khoảng 2.000 m²", "2.000", 2000, "measure", "m²", approx="about", status="forecast",
      subject="diện tích khai quật khảo cổ tại nhóm tháp E, F", period=P("trong năm", "2024-01-01", "2024-12-31")),
    F("dài 32 km", "32", 32, "measure", "km", subject="chiều dài tuyến ĐT610 từ thị trấn Nam Phước vào khu di tích"),
    F("đón 420.000 lượt khách", "420.000", 420000, "count", "lượt khách", status="target",
      change=CH("increase", 15, baseline="năm 2023"),
      subject="lượt khách Mỹ Sơn đón", period=Y24),
]

COMMENTS = [
    "Cổng TTĐT huyện Duy Xuyên (Quảng Nam): khách và doanh thu bán vé Khu đền tháp Mỹ Sơn quý I/2024; di tích xếp hạng; tu bổ; mục tiêu 2024.",
    "Distractors: dateline 'Thứ Ba, 16/04/2024 - 09:10', '(1999 - 2024)', tower groups K, G, H, E, F, road 'ĐT610', phone 0235.3731.309.",
    "'trong đó khách quốc tế chiếm khoảng 71%' has no base amount of its own: a percent figure (no total). 'bằng 27,6% kế hoạch năm' is the share of 13,8 tỷ.",
    "'kỷ niệm 25 năm' (anniversary) is optional. 1/6/40 after 'gồm' add up to 47. Target 420.000 carries 'tăng từ 15 đến 20%' as change (first value 15).",
    "'Dự kiến trong năm' -> forecast, period 2024. Location: the district (Duy Xuyên) throughout.",
]

emit("p611-2", TEXT, COMMENTS, FIGS, published="2024-04-16", location="Duy Xuyên")
