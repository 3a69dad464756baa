from lib import F, P, build

T = """SỞ GIAO THÔNG VẬN TẢI TỈNH LÂM ĐỒNG
Tin hoạt động | Ngày đăng: 05/03/2024 | Lượt xem: 864

Đẩy nhanh tiến độ mở rộng nhà ga Cảng hàng không quốc tế Liên Khương

Theo Quy hoạch tổng thể phát triển hệ thống cảng hàng không, sân bay toàn quốc thời kỳ 2021-2030, tầm nhìn đến năm 2050 (Quyết định số 648/QĐ-TTg), Cảng hàng không quốc tế Liên Khương được quy hoạch là sân bay cấp 4E, đến năm 2030 đạt công suất 5 triệu hành khách/năm.

Năm 2023, Cảng đã phục vụ 2,35 triệu lượt khách, vượt 17,5% công suất thiết kế của nhà ga hiện hữu (2 triệu khách/năm). Vào giờ cao điểm, nhà ga thường xuyên quá tải với khoảng 1.200 khách cùng lúc, trong khi sảnh chờ chỉ đáp ứng tối đa 800 khách.

Để giải quyết tình trạng này, UBND tỉnh đã phê duyệt chủ trương đầu tư dự án mở rộng nhà ga với tổng mức đầu tư khoảng 1.500 tỷ đồng từ nguồn vốn xã hội hóa. Dự án dự kiến nâng diện tích sàn nhà ga từ 15.000 m2 lên 38.000 m2 và số vị trí đỗ tàu bay từ 6 lên 14 vị trí; thời gian thi công dự kiến khoảng 24 tháng, khởi công trong quý II/2024.

Song song, Sở Giao thông vận tải đang phối hợp với Cảng vụ Hàng không miền Nam và các hãng bay, phấn đấu bổ sung 28 chuyến bay mỗi tuần trong giai đoạn 2024-2025. Hiện cảng khai thác 11 đường bay nội địa và 2 đường bay quốc tế thường lệ đến Seoul (Hàn Quốc), Bangkok (Thái Lan); tỷ lệ lấp đầy ghế bình quân năm 2023 đạt 78,6%. Riêng tháng 1/2024, cảng đón 248.500 lượt khách, tăng 21,3% so với tháng 1/2023, trong đó khách quốc tế 9.870 lượt.

Mọi ý kiến đóng góp xin gửi về Sở Giao thông vận tải, số 16 Trần Hưng Đạo, phường 10, TP Đà Lạt.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T1 = P("tháng 1/2024", "2024-01-01", "2024-01-31")
figs = [
    F("đạt công suất 5 triệu hành khách/năm", "5", 5000000, "measure", "hành khách/năm",
      "công suất Cảng hàng không quốc tế Liên Khương", status="target", period=P("đến năm 2030", None, "2030-12-31")),
    F("phục vụ 2,35 triệu lượt khách", "2,35", 2350000, "count", "lượt khách", "lượt khách Cảng phục vụ",
      change={"direction": "increase", "value": 17.5, "unit": "%", "baseline": "công suất thiết kế của nhà ga hiện hữu"},
      period=Y23),
    F("(2 triệu khách/năm)", "2", 2000000, "measure", "khách/năm", "công suất thiết kế của nhà ga hiện hữu"),
    F("khoảng 1.200 khách", "1.200", 1200, "count", "khách", "khách cùng lúc vào giờ cao điểm", approx="about"),
    F("tối đa 800 khách", "800", 800, "count", "khách", "sức chứa sảnh chờ", approx="at_most"),
    F("khoảng 1.500 tỷ đồng", "1.500", 1500000000000, "money", "đồng", "tổng mức đầu tư dự án mở rộng nhà ga",
      approx="about"),
    F("từ 15.000 m2", "15.000", 15000, "measure", "m2", "diện tích sàn nhà ga hiện hữu", optional=True),
    F("lên 38.000 m2", "38.000", 38000, "measure", "m2", "diện tích sàn nhà ga sau mở rộng", status="forecast"),
    F("từ 6 lên", "6", 6, "count", "vị trí", "vị trí đỗ tàu bay hiện hữu", optional=True),
    F("lên 14 vị trí", "14", 14, "count", "vị trí", "vị trí đỗ tàu bay sau mở rộng", status="forecast"),
    F("khoảng 24 tháng", "24", 24, "measure", "tháng", "thời gian thi công", approx="about", status="forecast"),
    F("bổ sung 28 chuyến bay", "28", 28, "measure", "chuyến bay/tuần", "chuyến bay bổ sung mỗi tuần", status="target",
      period=P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")),
    F("khai thác 11 đường bay", "11", 11, "count", "đường bay", "đường bay nội địa thường lệ"),
    F("và 2 đường bay quốc tế", "2", 2, "count", "đường bay", "đường bay quốc tế thường lệ"),
    F("đạt 78,6%", "78,6", 78.6, "percent", "%", "tỷ lệ lấp đầy ghế bình quân",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("đón 248.500 lượt khách", "248.500", 248500, "count", "lượt khách", "lượt khách cảng đón",
      change={"direction": "increase", "value": 21.3, "unit": "%", "baseline": "tháng 1/2023"}, period=T1),
    F("quốc tế 9.870 lượt", "9.870", 9870, "count", "lượt khách", "khách quốc tế", total=248500, period=T1),
]

build("p287-6", T, figs, [
    "Sở GTVT Lâm Đồng (department site): 'Tin hoạt động | Ngày đăng: 05/03/2024 | Lượt xem: 864'. Liên Khương terminal expansion.",
    "Distractors: 'Lượt xem: 864', 'thời kỳ 2021-2030, tầm nhìn đến năm 2050', 'Quyết định số 648/QĐ-TTg', 'cấp 4E' (a class label),",
    "'quý II/2024' (start date only), 'tháng 1/2023' (baseline), 'số 16 Trần Hưng Đạo, phường 10' (address).",
    "Capacities are rates: measure, unit 'hành khách/năm'; the 2030 capacity is a target (đến năm 2030 … đạt).",
    "'vượt 17,5% công suất thiết kế' is a gap to a design figure, read like 'vượt 5% kế hoạch': a change with that baseline.",
    "'(2 triệu khách/năm)' in brackets is a figure of its own. 'tối đa 800 khách' at_most.",
    "'Dự án dự kiến nâng … từ 15.000 m2 lên 38.000 m2 … từ 6 lên 14 vị trí': the new levels are forecasts; the present levels",
    "('từ 15.000', 'từ 6') stand under the same cue but describe today: status debatable, optional. No change is stated as a number.",
    "'phấn đấu bổ sung 28 chuyến bay mỗi tuần' is a rate (measure, 'chuyến bay/tuần') and a target; construction time",
    "'dự kiến khoảng 24 tháng' is a measured duration (not a period locating a figure): measure, forecast.",
    "'trong đó khách quốc tế 9.870 lượt' is a part of 248.500 (same sentence, period tháng 1/2024).",
], published="2024-03-05", location="Lâm Đồng")
