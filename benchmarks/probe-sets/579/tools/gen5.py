from lib import F, P, I, CH, TG, emit

TEXT = """BÁO BẮC GIANG - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bắc Giang
Thể thao

Thể thao thành tích cao năm 2023: Vượt kế hoạch với 248 huy chương

BGĐT - Năm 2023, các vận động viên (VĐV) của tỉnh Bắc Giang tham gia 46 giải thể thao quốc gia và quốc tế, giành 248 huy chương, đạt 124% kế hoạch năm, tăng 31 huy chương so với năm 2022. Trong đó có 14 huy chương quốc tế (5 HCV, 4 HCB, 5 HCĐ) và 234 huy chương quốc gia.

Điểm sáng là môn Vật với 2 HCV tại Giải vô địch Vật châu Á của VĐV Nguyễn Thị Hương; môn Vật của tỉnh xếp thứ 3 toàn quốc. Tại SEA Games 32 ở Campuchia, Bắc Giang có 6 VĐV tham dự và giành 4 huy chương.

Hiện tỉnh có 312 VĐV đang tập trung đào tạo, gồm 58 VĐV đội tuyển tỉnh và 254 VĐV năng khiếu, trẻ; 17 VĐV được triệu tập lên đội tuyển quốc gia. Chế độ dinh dưỡng của VĐV đội tuyển tỉnh là 270.000 đồng/người/ngày, VĐV năng khiếu 150.000 đồng/người/ngày.

Năm 2023, tổng kinh phí chi cho thể thao thành tích cao là 21,6 tỷ đồng, tăng 12,5% so với năm 2022. Tỉnh đã đầu tư gần 95 tỷ đồng nâng cấp Nhà thi đấu thể thao tỉnh (đường Hoàng Văn Thụ) và xây mới khu tập luyện Vật, Judo.

Theo Quyết định số 1035/QĐ-UBND của UBND tỉnh, năm 2024 ngành phấn đấu giành từ 200 đến 220 huy chương các loại; có ít nhất 10 huy chương quốc tế và từ 3 đến 5 VĐV đạt chuẩn tham dự ASIAD 20.

Quang Hưng
15/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("Vượt kế hoạch với 248 huy chương", "248", 248, "count", "huy chương", "Thể thao thành tích cao huy chương", I(P("năm 2023", "2023-01-01", "2023-12-31"))),
    F("tham gia 46 giải", "46", 46, "count", "giải", "giải thể thao quốc gia và quốc tế VĐV của tỉnh tham gia", Y23),
    F("giành 248 huy chương", "248", 248, "count", "huy chương", "huy chương VĐV của tỉnh giành", Y23,
      percent=124, change=CH("increase", 31, "huy chương", "năm 2022")),
    F("có 14 huy chương", "14", 14, "count", "huy chương", "huy chương quốc tế", I(Y23), total=248),
    F("(5 HCV", "5", 5, "count", "HCV", "HCV quốc tế", I(Y23), total=14),
    F("4 HCB", "4", 4, "count", "HCB", "HCB quốc tế", I(Y23), total=14),
    F("5 HCĐ", "5", 5, "count", "HCĐ", "HCĐ quốc tế", I(Y23), total=14),
    F("234 huy chương", "234", 234, "count", "huy chương", "huy chương quốc gia", I(Y23), total=248),
    F("với 2 HCV", "2", 2, "count", "HCV", "HCV môn Vật tại Giải vô địch Vật châu Á"),
    F("xếp thứ 3", "3", 3, "rank", "hạng", "môn Vật của tỉnh xếp hạng toàn quốc"),
    F("có 6 VĐV", "6", 6, "count", "VĐV", "VĐV tham dự SEA Games 32"),
    F("giành 4 huy chương", "4", 4, "count", "huy chương", "huy chương tại SEA Games 32"),
    F("có 312 VĐV", "312", 312, "count", "VĐV", "VĐV đang tập trung đào tạo"),
    F("gồm 58 VĐV", "58", 58, "count", "VĐV", "VĐV đội tuyển tỉnh", total=312),
    F("254 VĐV", "254", 254, "count", "VĐV", "VĐV năng khiếu, trẻ", total=312),
    F("17 VĐV", "17", 17, "count", "VĐV", "VĐV được triệu tập lên đội tuyển quốc gia"),
    F("270.000 đồng/người/ngày", "270.000", 270000, "money", "đồng/người/ngày", "Chế độ dinh dưỡng của VĐV đội tuyển tỉnh"),
    F("150.000 đồng/người/ngày", "150.000", 150000, "money", "đồng/người/ngày", "Chế độ dinh dưỡng VĐV năng khiếu"),
    F("là 21,6 tỷ đồng", "21,6", 21600000000, "money", "đồng", "tổng kinh phí chi cho thể thao thành tích cao", Y23,
      change=CH("increase", 12.5, "%", "năm 2022")),
    F("gần 95 tỷ đồng", "95", 95000000000, "money", "đồng", "đầu tư nâng cấp Nhà thi đấu thể thao tỉnh", approx="nearly"),
    F("từ 200 đến 220 huy chương", "200", 200, "count", "huy chương", "huy chương các loại", Y24,
      value_max=220, status="target"),
    F("ít nhất 10 huy chương", "10", 10, "count", "huy chương", "huy chương quốc tế", Y24,
      approx="at_least", status="target"),
    F("từ 3 đến 5 VĐV", "3", 3, "count", "VĐV", "VĐV đạt chuẩn tham dự ASIAD 20", Y24, value_max=5, status="target"),
]

COMMENTS = [
    "Báo Bắc Giang (Party newspaper, tag BGĐT), byline 'Quang Hưng' and bare date 15/01/2024 at the end: thể thao thành tích cao 2023.",
    "'đạt 124% kế hoạch năm' is the share of 248 medals (percent), 'tăng 31 huy chương so với năm 2022' its change. 'Trong đó' gives the",
    "parts 14 and 234 the whole 248; (5 HCV, 4 HCB, 5 HCĐ) adds up to 14. '17 VĐV' after ';' has no cue: no total.",
    "Not figures: SEA Games 32, ASIAD 20 (names), Quyết định số 1035/QĐ-UBND, 'đường Hoàng Văn Thụ', the dateline.",
    "Targets: 'năm 2024 ngành phấn đấu ...' governs the whole sentence (three target figures, period năm 2024).",
]

emit("p579-5", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Bắc Giang")
