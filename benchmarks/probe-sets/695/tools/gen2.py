from lib import F, P, I, CH, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỒNG VĂN - TỈNH HÀ GIANG
Tin tức > Văn hóa - Du lịch
Thứ Ba, 14/05/2024 - 09:20

Đồng Văn: Quý I/2024 đón gần 260 nghìn lượt khách

Quý I/2024, huyện Đồng Văn đón 258.700 lượt khách du lịch, tăng 31,2% so với cùng kỳ năm 2023; trong đó khách quốc tế 21.450 lượt, khách nội địa 237.250 lượt. Doanh thu từ hoạt động du lịch ước đạt 301,5 tỷ đồng, bằng 27,4% kế hoạch năm. Với kết quả này, Đồng Văn đứng thứ 2 toàn tỉnh về lượng khách, sau thành phố Hà Giang.

Các điểm đến thu hút đông khách nhất là Khu di tích Cột cờ quốc gia Lũng Cú với 96.300 lượt, Dinh thự họ Vương 58.900 lượt và đèo Mã Pí Lèng khoảng 74.000 lượt. Tuần Văn hóa - Du lịch Cao nguyên đá lần thứ 5 dự kiến tổ chức vào cuối tháng 10.

Toàn huyện hiện có 184 cơ sở lưu trú, trong đó 97 homestay; 3 làng văn hóa du lịch cộng đồng tiêu biểu là Lũng Cẩm Trên, Phố Cáo và Sủng Là. Giá phòng homestay phổ biến từ 250.000 đến 400.000 đồng/người/đêm.

Để khai thác tiềm năng du lịch núi, UBND tỉnh Hà Giang đã chấp thuận chủ trương nghiên cứu tuyến cáp treo lên núi Rồng (xã Lũng Cú). Theo đề xuất của nhà đầu tư, tuyến cáp treo dự kiến dài khoảng 2,3 km, tổng mức đầu tư khoảng 1.200 tỷ đồng, công suất 2.000 khách/giờ.

Thực hiện Nghị quyết số 09-NQ/HU của Huyện ủy, năm 2024 huyện phấn đấu đón 1,1 triệu lượt khách, doanh thu du lịch đạt 1.100 tỷ đồng. Các hộ kinh doanh dọc Quốc lộ 4C được yêu cầu niêm yết giá, bảo đảm vệ sinh môi trường.

Thào Mí Sình - Trung tâm VH-TT&TT huyện
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("gần 260 nghìn", "260", 260000, "count", "lượt khách", "lượt khách", Q1, approx="nearly"),
    F("đón 258.700 lượt", "258.700", 258700, "count", "lượt khách", "lượt khách du lịch", Q1,
      change=CH("increase", 31.2, "%", "cùng kỳ năm 2023")),
    F("quốc tế 21.450 lượt", "21.450", 21450, "count", "lượt", "khách quốc tế", Q1, total=258700),
    F("nội địa 237.250 lượt", "237.250", 237250, "count", "lượt", "khách nội địa", Q1, total=258700),
    F("ước đạt 301,5 tỷ", "301,5", 301500000000, "money", "đồng", "doanh thu từ hoạt động du lịch", I(Q1),
      percent=27.4, status="estimate"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "lượng khách", I(Q1)),
    F("với 96.300 lượt", "96.300", 96300, "count", "lượt",
      "lượt khách Khu di tích Cột cờ quốc gia Lũng Cú", I(Q1)),
    F("Vương 58.900 lượt", "58.900", 58900, "count", "lượt", "lượt khách Dinh thự họ Vương", I(Q1)),
    F("khoảng 74.000 lượt", "74.000", 74000, "count", "lượt", "lượt khách đèo Mã Pí Lèng", I(Q1),
      approx="about"),
    F("có 184 cơ sở", "184", 184, "count", "cơ sở lưu trú", "cơ sở lưu trú"),
    F("97 homestay", "97", 97, "count", "homestay", "homestay", total=184),
    F("3 làng", "3", 3, "count", "làng", "làng văn hóa du lịch cộng đồng tiêu biểu"),
    F("từ 250.000 đến", "250.000", 250000, "money", "đồng/người/đêm", "giá phòng homestay",
      value_max=400000),
    F("khoảng 2,3 km", "2,3", 2.3, "measure", "km", "chiều dài tuyến cáp treo lên núi Rồng",
      approx="about", status="forecast"),
    F("khoảng 1.200 tỷ", "1.200", 1200000000000, "money", "đồng", "tổng mức đầu tư tuyến cáp treo",
      approx="about", status="forecast"),
    F("2.000 khách/giờ", "2.000", 2000, "measure", "khách/giờ", "công suất tuyến cáp treo",
      status="forecast"),
    F("đón 1,1 triệu", "1,1", 1100000, "count", "lượt khách", "lượt khách", Y24, status="target"),
    F("đạt 1.100 tỷ", "1.100", 1100000000000, "money", "đồng", "doanh thu du lịch", Y24, status="target"),
]

COMMENTS = [
    "Đồng Văn district portal (Hà Giang), 'Thứ Ba, 14/05/2024 - 09:20', byline at the end: tourism in Q1/2024, planned cable car.",
    "Headline 'gần 260 nghìn' states its quarter. International + domestic parts add up to 258.700 (trong đó): total.",
    "'bằng 27,4% kế hoạch năm' is the share of 301,5 tỷ (percent attribute). 'đứng thứ 2 toàn tỉnh' is a rank, location Đồng Văn.",
    "Destination counts: subject names the site, period inherited from the lead. '184 cơ sở lưu trú, trong đó 97 homestay': total.",
    "'dự kiến dài khoảng 2,3 km, tổng mức đầu tư khoảng 1.200 tỷ đồng, công suất 2.000 khách/giờ': the cue governs the continuing clauses: forecast.",
    "Distractors: 'lần thứ 5', 'tháng 10', 'Nghị quyết số 09-NQ/HU', 'Quốc lộ 4C', 'VH-TT&TT', dateline.",
]

emit("p695-2", TEXT, COMMENTS, FIGS, published="2024-05-14", location="Đồng Văn")
