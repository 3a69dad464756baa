from lib import F, P, I, CH, T, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Cục Du lịch Quốc gia Việt Nam
Trang chủ / Tin tức / Số liệu thống kê
Ngày đăng: 18/03/2024 | Lượt xem: 2.208

Cáp treo đưa 19,6 triệu lượt khách đến các điểm du lịch núi năm 2023

Theo số liệu tổng hợp của Cục Du lịch Quốc gia Việt Nam, tính đến hết năm 2023, cả nước có 31 hệ thống cáp treo phục vụ du lịch tại 17 tỉnh, thành phố, tổng chiều dài khoảng 62 km. Năm 2023, các hệ thống cáp treo vận chuyển 19,6 triệu lượt khách, tăng 24% so với năm 2022, trong đó khách quốc tế chiếm khoảng 18%.

Tây Ninh dẫn đầu với 5,3 triệu lượt; Đà Nẵng và Quảng Ninh lần lượt xếp thứ 2 và thứ 3 với 4,2 triệu lượt và 3,1 triệu lượt; tiếp đến là Lào Cai 1,6 triệu lượt, Kiên Giang 1,1 triệu lượt.

Năm 2023, Bộ Văn hóa, Thể thao và Du lịch phối hợp với Bộ Xây dựng kiểm tra 27/31 hệ thống cáp treo, yêu cầu khắc phục 46 tồn tại về an toàn vận hành theo tiêu chuẩn TCVN 11154:2015. Giá vé cáp treo khứ hồi phổ biến từ 200.000 đến 850.000 đồng/người. Doanh thu từ dịch vụ cáp treo năm 2023 ước đạt 7.350 tỷ đồng, chiếm khoảng 1,7% tổng thu từ khách du lịch cả nước.

Theo Chiến lược phát triển du lịch Việt Nam đến năm 2025, tầm nhìn đến năm 2030 (Quyết định số 147/QĐ-TTg), ngành du lịch phấn đấu đến năm 2030 đón 50 triệu lượt khách quốc tế và 160 triệu lượt khách nội địa, tổng thu từ khách du lịch đạt 1.770 - 1.850 nghìn tỷ đồng. Cục đề nghị các địa phương chỉ cấp phép dự án cáp treo mới khi có đánh giá tác động đến cảnh quan, di tích và rừng đặc dụng.

Cục Du lịch Quốc gia Việt Nam, số 80 Quán Sứ, Hoàn Kiếm, Hà Nội.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASY = P("tính đến hết năm 2023", None, "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("đưa 19,6 triệu", "19,6", 19600000, "count", "lượt khách", "lượt khách đi cáp treo",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("có 31 hệ thống", "31", 31, "count", "hệ thống cáp treo", "hệ thống cáp treo phục vụ du lịch", ASY),
    F("17 tỉnh", "17", 17, "count", "tỉnh, thành phố", "tỉnh, thành phố có cáp treo phục vụ du lịch", ASY),
    F("khoảng 62 km", "62", 62, "measure", "km", "tổng chiều dài hệ thống cáp treo", ASY, approx="about"),
    F("vận chuyển 19,6 triệu", "19,6", 19600000, "count", "lượt khách",
      "lượt khách các hệ thống cáp treo vận chuyển", Y23, change=CH("increase", 24, "%", "năm 2022")),
    F("khoảng 18%", "18", 18, "percent", "%", "khách quốc tế", Y23, approx="about"),
    F("với 5,3 triệu", "5,3", 5300000, "count", "lượt", "lượt khách đi cáp treo", I(Y23), location="Tây Ninh"),
    F("thứ 2 và", "2", 2, "rank", "hạng", "lượt khách đi cáp treo", I(Y23), location="Đà Nẵng"),
    F("thứ 3 với", "3", 3, "rank", "hạng", "lượt khách đi cáp treo", I(Y23), location="Quảng Ninh"),
    F("với 4,2 triệu", "4,2", 4200000, "count", "lượt", "lượt khách đi cáp treo", I(Y23), location="Đà Nẵng"),
    F("và 3,1 triệu", "3,1", 3100000, "count", "lượt", "lượt khách đi cáp treo", I(Y23), location="Quảng Ninh"),
    F("Cai 1,6 triệu", "1,6", 1600000, "count", "lượt", "lượt khách đi cáp treo", I(Y23), location="Lào Cai"),
    F("Giang 1,1 triệu", "1,1", 1100000, "count", "lượt", "lượt khách đi cáp treo", I(Y23), location="Kiên Giang"),
    F("kiểm tra 27/31", "27", 27, "count", "hệ thống cáp treo", "hệ thống cáp treo được kiểm tra", Y23,
      total=31),
    F("khắc phục 46 tồn tại", "46", 46, "count", "tồn tại", "tồn tại về an toàn vận hành yêu cầu khắc phục", Y23),
    F("từ 200.000 đến", "200.000", 200000, "money", "đồng/người", "giá vé cáp treo khứ hồi",
      value_max=850000),
    F("ước đạt 7.350 tỷ", "7.350", 7350000000000, "money", "đồng", "doanh thu từ dịch vụ cáp treo",
      P("năm 2023", "2023-01-01", "2023-12-31"), percent=1.7, status="estimate"),
    F("đón 50 triệu", "50", 50000000, "count", "lượt khách", "khách quốc tế", T30, status="target"),
    F("và 160 triệu", "160", 160000000, "count", "lượt khách", "khách nội địa", T30, status="target"),
    F("đạt 1.770 - 1.850", "1.770", 1770000000000000, "money", "đồng", "tổng thu từ khách du lịch", T30,
      value_max=1850000000000000, status="target"),
]

COMMENTS = [
    "Ministry site (Cục Du lịch Quốc gia Việt Nam, Bộ VHTTDL), 'Ngày đăng: 18/03/2024 | Lượt xem: 2.208': national cable-car statistics 2023.",
    "National figures: location Việt Nam; the provincial list items take their province as location and the list's indicator as subject.",
    "'lần lượt xếp thứ 2 và thứ 3 với 4,2 triệu lượt và 3,1 triệu lượt': two ranks and two counts (Đà Nẵng, Quảng Ninh).",
    "'trong đó khách quốc tế chiếm khoảng 18%': no count for the part, so the share is a percent figure of its own (no total).",
    "'27/31 hệ thống': total 31. 'chiếm khoảng 1,7% tổng thu' is the share of 7.350 tỷ (percent attribute).",
    "'đến năm 2030' targets end 2030-12-31 (start null); '1.770 - 1.850 nghìn tỷ đồng' is a range with the combined multiplier ×10¹².",
    "Distractors: 'TCVN 11154:2015', 'Quyết định số 147/QĐ-TTg', 'Chiến lược … đến năm 2025, tầm nhìn đến năm 2030' (title), 'số 80 Quán Sứ', counter.",
]

emit("p695-4", TEXT, COMMENTS, FIGS, published="2024-03-18", location="Việt Nam")
