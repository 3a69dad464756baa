from lib import F, P, emit

TEXT = """Du lịch Bình Định: Khởi sắc từ thị trường khách quốc tế

(BĐ) - Năm 2023, tổng lượt khách đến Bình Định đạt 6,5 triệu lượt, tăng 26% so với năm 2022; trong đó khách quốc tế đạt 320.000 lượt, gấp 2,3 lần năm 2022. Tổng thu từ khách du lịch đạt 19.500 tỷ đồng, tăng 28,5%. Riêng TP Quy Nhơn đón 5,2 triệu lượt, chiếm 80% tổng lượt khách toàn tỉnh.

Lượng khách quốc tế lưu trú giúp Bình Định vươn lên xếp thứ 12 cả nước. Cảng Quy Nhơn đón 9 chuyến tàu biển du lịch quốc tế với gần 12.000 khách, riêng quý IV/2023 đã có 5 chuyến. Toàn tỉnh có 605 cơ sở lưu trú với 14.200 phòng, trong đó 3.800 phòng đạt chuẩn từ 3 sao trở lên; công suất phòng bình quân cả năm khoảng 55%.

Đà tăng trưởng tiếp tục được duy trì trong dịp Tết. Trong 7 ngày nghỉ Tết Nguyên đán Giáp Thìn (từ ngày 8/2 đến 14/2/2024), toàn tỉnh đón khoảng 186.000 lượt khách, tăng 15% so với Tết năm trước; các khu du lịch Kỳ Co, Eo Gió, Ghềnh Ráng luôn đông khách.

Theo Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, giai đoạn 2021-2025 ngành du lịch phấn đấu tốc độ tăng trưởng lượt khách bình quân 15-16%/năm; đến năm 2025 đón 8 triệu lượt khách, trong đó 700.000 lượt khách quốc tế; du lịch đóng góp khoảng 9% GRDP của tỉnh.

Ông Trần Văn Thanh, Giám đốc Sở Du lịch, cho biết năm 2024 ngành sẽ tập trung mở các đường bay quốc tế đến Cảng hàng không Phù Cát, kết nối tuyến tàu biển với Đà Nẵng, Khánh Hòa và phát triển sản phẩm du lịch biển đảo tại Nhơn Lý, Nhơn Hải.

HOÀI THU
"""

P23 = P("Năm 2023", "2023-01-01", "2023-12-31")
P23i = P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)
PT = P("Trong 7 ngày nghỉ Tết Nguyên đán Giáp Thìn (từ ngày 8/2 đến 14/2/2024)", "2024-02-08", "2024-02-14")
PG = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
P25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đạt 6,5 triệu lượt", "6,5", 6500000, "count", "lượt", "tổng lượt khách đến Bình Định",
      change={"direction": "increase", "value": 26, "unit": "%", "baseline": "năm 2022"}, period=P23),
    F("đạt 320.000 lượt", "320.000", 320000, "count", "lượt", "khách quốc tế", total=6500000,
      change={"direction": "increase", "value": 2.3, "unit": "lần", "baseline": "năm 2022"}, period=P23),
    F("đạt 19.500 tỷ đồng", "19.500", 19500000000000, "money", "đồng", "tổng thu từ khách du lịch",
      change={"direction": "increase", "value": 28.5, "unit": "%"}, period=P23i),
    F("đón 5,2 triệu lượt", "5,2", 5200000, "count", "lượt", "lượt khách", percent=80, location="Quy Nhơn",
      period=P23i),
    F("xếp thứ 12 cả nước", "12", 12, "rank", "hạng", "lượng khách quốc tế lưu trú", period=P23i),
    F("đón 9 chuyến", "9", 9, "count", "chuyến", "chuyến tàu biển du lịch quốc tế", period=P23i),
    F("gần 12.000 khách", "12.000", 12000, "count", "khách", "khách tàu biển du lịch quốc tế", approx="nearly",
      period=P23i),
    F("đã có 5 chuyến", "5", 5, "count", "chuyến", "chuyến tàu biển du lịch quốc tế",
      period=P("quý IV/2023", "2023-10-01", "2023-12-31")),
    F("có 605 cơ sở", "605", 605, "count", "cơ sở lưu trú", "cơ sở lưu trú", period=P23i),
    F("với 14.200 phòng", "14.200", 14200, "count", "phòng", "phòng của cơ sở lưu trú", period=P23i),
    F("trong đó 3.800 phòng", "3.800", 3800, "count", "phòng", "phòng đạt chuẩn từ 3 sao trở lên", total=14200,
      period=P23i),
    F("khoảng 55%", "55", 55, "percent", "%", "công suất phòng bình quân cả năm", approx="about", period=P23i),
    F("khoảng 186.000 lượt", "186.000", 186000, "count", "lượt", "lượt khách dịp Tết", approx="about",
      change={"direction": "increase", "value": 15, "unit": "%", "baseline": "Tết năm trước"}, period=PT),
    F("bình quân 15-16%/năm", "15", 15, "percent", "%", "tốc độ tăng trưởng lượt khách bình quân", value_max=16,
      status="target", period=PG),
    F("đón 8 triệu lượt", "8", 8000000, "count", "lượt", "lượt khách", status="target", period=P25),
    F("trong đó 700.000 lượt", "700.000", 700000, "count", "lượt", "khách quốc tế", total=8000000,
      status="target", period=P25),
    F("khoảng 9% GRDP", "9", 9, "percent", "%", "du lịch đóng góp GRDP", approx="about", status="target", period=P25),
]

COMMENTS = [
    "Party newspaper (Báo Bình Định, '(BĐ)' tag implies the province); no dateline at all, byline at the end: no published.",
    "6,5 triệu: change 26%; 320.000 (after 'trong đó'): total 6,5 triệu, change 'gấp 2,3 lần năm 2022'. 19.500 tỷ: change 28,5% with no baseline.",
    "'Riêng TP Quy Nhơn … 5,2 triệu lượt, chiếm 80%' share attribute, location Quy Nhơn. 'Năm 2023' periods of later sentences are inherited.",
    "'3.800 phòng' after 'trong đó' is part of 14.200 phòng. '7 ngày nghỉ Tết' is a duration that locates the figure (not a figure); its period",
    "is the bracketed 8/2–14/2/2024. Targets under 'phấn đấu': rate range 15-16%/năm for giai đoạn 2021-2025, 8 triệu and 700.000 'đến năm 2025',",
    "'khoảng 9% GRDP' (a share named as a target). Distractors: 'lần thứ XX', 'Giáp Thìn', '3 sao' (class label), dates, 'năm 2024' plans.",
]

emit(8, TEXT, COMMENTS, FIGS, location="Bình Định")
