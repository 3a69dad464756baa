from lib import F, P, I, CH, TG, emit

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Thị trường trong nước
Ngày đăng: 14/03/2024 | Lượt xem: 2.115

Cả nước có 1.293 siêu thị và 265 trung tâm thương mại

Theo số liệu của Vụ Thị trường trong nước, tính đến ngày 31/12/2023, cả nước có 8.283 chợ, 1.293 siêu thị (tăng 54 siêu thị so với năm 2022) và 265 trung tâm thương mại. Trong tổng số chợ, có 247 chợ hạng I, 987 chợ hạng II và 7.049 chợ hạng III.

Mạng lưới siêu thị, trung tâm thương mại phân bố chưa đồng đều, tập trung chủ yếu tại các đô thị lớn. Hai địa phương dẫn đầu là TP. Hồ Chí Minh và Hà Nội với lần lượt 286 và 175 siêu thị; tiếp đến là Hải Phòng (52 siêu thị), Đà Nẵng (41 siêu thị). Trong khi đó, vẫn còn 3 tỉnh chưa có trung tâm thương mại nào.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng năm 2023 đạt 6.231,8 nghìn tỷ đồng, tăng 9,6% so với năm 2022; nếu loại trừ yếu tố giá tăng 7,1%. Kênh bán lẻ hiện đại (siêu thị, trung tâm thương mại, cửa hàng tiện lợi) chiếm khoảng 25-30% tổng mức bán lẻ, trong khi doanh thu thương mại điện tử B2C đạt 20,5 tỷ USD, tăng 25%.

Theo Chiến lược phát triển thương mại trong nước giai đoạn đến năm 2030, tầm nhìn đến năm 2045 ban hành kèm Quyết định số 1163/QĐ-TTg, phấn đấu đến năm 2030 cả nước có khoảng 1.500 siêu thị và trên 300 trung tâm thương mại; tỷ trọng doanh thu bán lẻ qua thương mại điện tử đạt 10% tổng mức bán lẻ.

Ông Trần Duy Đông, Vụ trưởng Vụ Thị trường trong nước cho biết, Bộ sẽ phối hợp với 63 tỉnh, thành phố rà soát quy hoạch mạng lưới chợ, hướng dẫn chuyển đổi mô hình quản lý chợ theo Nghị định số 60/2024/NĐ-CP.

Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội
"""

ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("có 1.293 siêu thị", "1.293", 1293, "count", "siêu thị", "siêu thị", I(ASOF)),
    F("265 trung tâm thương mại\n", "265", 265, "count", "trung tâm thương mại", "trung tâm thương mại", I(ASOF)),
    F("có 8.283 chợ", "8.283", 8283, "count", "chợ", "chợ", ASOF),
    F("chợ, 1.293 siêu thị", "1.293", 1293, "count", "siêu thị", "siêu thị", ASOF,
      change=CH("increase", 54, unit="siêu thị", baseline="năm 2022")),
    F("265 trung tâm thương mại.", "265", 265, "count", "trung tâm thương mại", "trung tâm thương mại", ASOF),
    F("có 247 chợ", "247", 247, "count", "chợ", "chợ hạng I", I(ASOF), total=8283),
    F("987 chợ", "987", 987, "count", "chợ", "chợ hạng II", I(ASOF), total=8283),
    F("7.049 chợ", "7.049", 7049, "count", "chợ", "chợ hạng III", I(ASOF), total=8283),
    F("Hai địa phương", "Hai", 2, "count", "địa phương", "địa phương dẫn đầu về số siêu thị", optional=True),
    F("lần lượt 286", "286", 286, "count", "siêu thị", "siêu thị", location="Thành phố Hồ Chí Minh"),
    F("và 175 siêu thị", "175", 175, "count", "siêu thị", "siêu thị", location="Hà Nội"),
    F("(52 siêu thị)", "52", 52, "count", "siêu thị", "siêu thị", location="Hải Phòng"),
    F("(41 siêu thị)", "41", 41, "count", "siêu thị", "siêu thị", location="Đà Nẵng"),
    F("còn 3 tỉnh", "3", 3, "count", "tỉnh", "tỉnh chưa có trung tâm thương mại"),
    F("đạt 6.231,8 nghìn tỷ", "6.231,8", 6231.8e12, "money", "đồng",
      "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", Y23,
      change=CH("increase", 9.6, baseline="năm 2022")),
    # second change of the same figure: a percent figure of its own, optional (FIGURES.md, one of each attribute)
    F("giá tăng 7,1%", "7,1", 7.1, "percent", "%",
      "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng loại trừ yếu tố giá", Y23, optional=True),
    F("khoảng 25-30%", "25", 25, "percent", "%", "tỷ trọng kênh bán lẻ hiện đại trong tổng mức bán lẻ", I(Y23),
      value_max=30, approx="about"),
    F("đạt 20,5 tỷ USD", "20,5", 20.5e9, "money", "USD", "doanh thu thương mại điện tử B2C", I(Y23),
      change=CH("increase", 25)),
    F("khoảng 1.500 siêu thị", "1.500", 1500, "count", "siêu thị", "siêu thị", T30,
      approx="about", status="target"),
    F("trên 300 trung tâm", "300", 300, "count", "trung tâm thương mại", "trung tâm thương mại", T30,
      approx="over", status="target"),
    F("đạt 10% tổng", "10", 10, "percent", "%", "tỷ trọng doanh thu bán lẻ qua thương mại điện tử", T30,
      status="target"),
    F("với 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố phối hợp rà soát quy hoạch mạng lưới chợ",
      optional=True),
]

emit("p530-4", TEXT, [
    "Ministry site (Bộ Công Thương): national network of markets, supermarkets and trade centres at 31/12/2023, retail sales 2023,",
    "2030 targets. National figures: location Việt Nam; provinces in the list go to location, the indicator 'siêu thị' is the subject.",
    "'(tăng 54 siêu thị so với năm 2022)' is the change of 1.293 (bracket). 'Trong tổng số chợ, có …' gives total 8.283.",
    "'nếu loại trừ yếu tố giá tăng 7,1%' is a second change: optional percent. 'Hai địa phương', 'với 63 tỉnh' optional.",
    "Headline figures take the as-of date of the lead (inherited). Not figures: 'Quyết định số 1163/QĐ-TTg', 'Nghị định số 60/2024/NĐ-CP',",
    "'năm 2045', 'B2C', 'Lượt xem: 2.115', '54 Hai Bà Trưng'.",
], FIGS, published="2024-03-14", location="Việt Nam")
