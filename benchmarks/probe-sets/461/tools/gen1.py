from lib import F, P, ch, tg, emit

T = """Ninh Bình đón hơn 812 nghìn lượt khách trong kỳ nghỉ lễ
Cập nhật: 02/05/2024 08:15
Lượt xem: 2.315

Theo báo cáo nhanh của Sở Du lịch, trong 5 ngày nghỉ lễ 30/4 - 1/5 (từ ngày 27/4 đến hết ngày 1/5/2024), toàn tỉnh đón 812.400 lượt khách, tăng 18,6% so với cùng kỳ năm 2023; trong đó khách quốc tế đạt 96.500 lượt, khách lưu trú ước đạt 141.000 lượt. Tổng thu từ du lịch ước đạt 624 tỷ đồng, tăng 21,3% so với cùng kỳ.

Các điểm du lịch trọng điểm đều đông khách: Quần thể danh thắng Tràng An đón 176.300 lượt, chùa Bái Đính 154.200 lượt, Khu du lịch Tam Cốc - Bích Động 98.700 lượt, Khu bảo tồn thiên nhiên đất ngập nước Vân Long gần 21.000 lượt. Riêng ngày 30/4, Tràng An đón 52.800 lượt khách, cao nhất từ trước đến nay.

Công suất sử dụng phòng bình quân của các cơ sở lưu trú đạt 72%, riêng huyện Hoa Lư đạt từ 85 đến 90%. Hiện toàn tỉnh có trên 12.600 phòng lưu trú thuộc 1.046 cơ sở, trong đó 38 khách sạn được xếp hạng từ 3 đến 5 sao.

Thực hiện Kế hoạch số 86/KH-UBND ngày 15/4/2024 của UBND tỉnh, trong dịp lễ Công an tỉnh bố trí 650 cán bộ, chiến sĩ bảo đảm an ninh trật tự tại các khu, điểm du lịch. Đường dây nóng du lịch (0229.3884.101) tiếp nhận 14 phản ánh của du khách, đã giải quyết dứt điểm 14/14 trường hợp; không xảy ra tình trạng ép giá, "chặt chém" du khách.

Năm 2024, Ninh Bình phấn đấu đón 8,8 triệu lượt khách, tổng thu du lịch đạt 7.500 tỷ đồng. Tính đến hết tháng 4/2024, toàn tỉnh đã đón 4,6 triệu lượt khách, đạt 52,3% kế hoạch năm.

Minh Đức (Sở Du lịch Ninh Bình)
"""

HOL = dict(text="từ ngày 27/4 đến hết ngày 1/5/2024", start="2024-04-27", end="2024-05-01")
INH = P(HOL["text"], HOL["start"], HOL["end"], inh=True)
SUB_SITES = "lượt khách đến các điểm du lịch trọng điểm"

figs = [
    F("hơn 812 nghìn lượt khách", "812", 812000, "count", "lượt khách", "lượt khách", INH, approx="over"),
    F("đón 812.400 lượt khách", "812.400", 812400, "count", "lượt khách", "lượt khách toàn tỉnh đón",
      P(**HOL), change=ch("increase", 18.6, baseline="cùng kỳ năm 2023")),
    F("đạt 96.500 lượt", "96.500", 96500, "count", "lượt", "khách quốc tế", P(**HOL), total=812400),
    F("ước đạt 141.000 lượt", "141.000", 141000, "count", "lượt", "khách lưu trú", P(**HOL),
      total=812400, status="estimate"),
    F("ước đạt 624 tỷ đồng", "624", 624e9, "money", "đồng", "tổng thu từ du lịch", INH,
      change=ch("increase", 21.3, baseline="cùng kỳ"), status="estimate"),
    F("đón 176.300 lượt", "176.300", 176300, "count", "lượt", SUB_SITES, INH),
    F("Bái Đính 154.200 lượt", "154.200", 154200, "count", "lượt", SUB_SITES, INH),
    F("Bích Động 98.700 lượt", "98.700", 98700, "count", "lượt", SUB_SITES, INH),
    F("gần 21.000 lượt", "21.000", 21000, "count", "lượt", SUB_SITES, INH, approx="nearly"),
    F("đón 52.800 lượt khách", "52.800", 52800, "count", "lượt khách", "lượt khách Tràng An đón",
      P("ngày 30/4", "2024-04-30", "2024-04-30")),
    F("lưu trú đạt 72%", "72", 72, "percent", "%", "công suất sử dụng phòng bình quân của các cơ sở lưu trú", INH),
    F("từ 85 đến 90%", "85", 85, "percent", "%", "công suất sử dụng phòng", INH, value_max=90, location="Hoa Lư"),
    F("trên 12.600 phòng", "12.600", 12600, "count", "phòng", "phòng lưu trú", approx="over"),
    F("thuộc 1.046 cơ sở", "1.046", 1046, "count", "cơ sở", "cơ sở lưu trú"),
    F("trong đó 38 khách sạn", "38", 38, "count", "khách sạn", "khách sạn được xếp hạng từ 3 đến 5 sao", total=1046),
    F("từ 3 đến 5 sao", "3", 3, "measure", "sao", "hạng sao khách sạn", value_max=5, optional=True),
    F("bố trí 650 cán bộ", "650", 650, "count", "cán bộ, chiến sĩ",
      "cán bộ, chiến sĩ bảo đảm an ninh trật tự tại các khu, điểm du lịch", INH),
    F("tiếp nhận 14 phản ánh", "14", 14, "count", "phản ánh", "phản ánh của du khách Đường dây nóng du lịch tiếp nhận", INH),
    F("dứt điểm 14/14", "14", 14, "count", "trường hợp", "phản ánh đã giải quyết dứt điểm", INH, total=14),
    F("đón 8,8 triệu lượt khách", "8,8", 8.8e6, "count", "lượt khách", "lượt khách",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("đạt 7.500 tỷ đồng", "7.500", 7500e9, "money", "đồng", "tổng thu du lịch",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("đón 4,6 triệu lượt khách", "4,6", 4.6e6, "count", "lượt khách", "lượt khách toàn tỉnh đã đón",
      P("Tính đến hết tháng 4/2024", None, "2024-04-30"), percent=52.3),
]

emit("p461-1", T, [
    "Cổng TTĐT tỉnh Ninh Bình (province portal): du lịch dịp nghỉ lễ 30/4 - 1/5/2024. Dateline 'Cập nhật: 02/05/2024 08:15'; 'Lượt xem: 2.315' is furniture.",
    "Distractors: '5 ngày nghỉ lễ' (duration), '30/4 - 1/5' (holiday name), 'Kế hoạch số 86/KH-UBND ngày 15/4/2024', hotline 0229.3884.101.",
    "The holiday period is the bracket 'từ ngày 27/4 đến hết ngày 1/5/2024'; later sentences inherit it. 'trong đó' parts (quốc tế, lưu trú) take total 812.400.",
    "Sites (Tràng An, Bái Đính …) are not provinces or districts: location stays Ninh Bình, subject is the list's indicator.",
    "'đạt 52,3% kế hoạch năm' is the percent of 4,6 triệu. '38 khách sạn' after 'trong đó' follows '1.046 cơ sở' (total). 'từ 3 đến 5 sao' is a hotel class (optional).",
    "'Hiện' stock figures (phòng, cơ sở) carry no period.",
], figs, published="2024-05-02", location="Ninh Bình")
