from lib import F, P, ch, tg, emit

T = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Tin tức - Sự kiện
Thứ Tư, 05/02/2025 - 10:02

Du lịch dịp Tết Nguyên đán Ất Tỵ 2025: nhiều điểm đến đạt kết quả ấn tượng

(BVHTTDL) - Theo tổng hợp của Cục Du lịch Quốc gia Việt Nam, trong 9 ngày nghỉ Tết Nguyên đán Ất Tỵ (từ ngày 25/1 đến ngày 2/2/2025), nhiều địa phương ghi nhận lượng khách và doanh thu du lịch tăng cao so với cùng kỳ.

Hà Nội đón khoảng 1,1 triệu lượt khách, tổng thu từ khách du lịch ước đạt 5.310 tỷ đồng, tăng 8,3% so với Tết Giáp Thìn; TP Hồ Chí Minh đón 3,4 triệu lượt khách, doanh thu du lịch đạt 6.810 tỷ đồng; Thừa Thiên Huế đón 189.000 lượt, trong đó khách quốc tế 61.000 lượt; Quảng Ninh đón 1,07 triệu lượt, tăng 10,8%. Kiên Giang đón khoảng 390.000 lượt khách, trong đó Phú Quốc 260.000 lượt (chiếm 66,7%).

Tại Cảng hàng không quốc tế Tân Sơn Nhất (TP Hồ Chí Minh), lượng hành khách bình quân đạt 135.000 lượt khách/ngày. Cả nước có 87 chuyến bay thuê chuyến quốc tế đưa khách đến Khánh Hòa, Đà Nẵng, Quảng Ninh.

Tháng 1/2025, khách quốc tế đến Việt Nam ước đạt 2,1 triệu lượt, tăng 36,9% so với tháng trước và tăng 4,6% so với cùng kỳ năm 2024.

Năm 2025, ngành du lịch phấn đấu đón 110 triệu lượt khách nội địa, tổng thu từ khách du lịch đạt khoảng 980.000 tỷ đồng, góp phần đưa tỷ trọng đóng góp của du lịch vào GDP đạt trên 9%.

Cục Du lịch Quốc gia Việt Nam, số 80 Quán Sứ, Hoàn Kiếm, Hà Nội.
"""

TET = dict(text="từ ngày 25/1 đến ngày 2/2/2025", start="2025-01-25", end="2025-02-02")
I = P(TET["text"], TET["start"], TET["end"], inh=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

figs = [
    F("đón khoảng 1,1 triệu lượt khách", "1,1", 1.1e6, "count", "lượt khách", "lượt khách đón", I,
      approx="about", location="Hà Nội"),
    F("ước đạt 5.310 tỷ đồng", "5.310", 5310e9, "money", "đồng", "tổng thu từ khách du lịch", I,
      change=ch("increase", 8.3, baseline="Tết Giáp Thìn"), status="estimate", location="Hà Nội"),
    F("đón 3,4 triệu lượt khách", "3,4", 3.4e6, "count", "lượt khách", "lượt khách đón", I,
      location="TP Hồ Chí Minh"),
    F("đạt 6.810 tỷ đồng", "6.810", 6810e9, "money", "đồng", "doanh thu du lịch", I, location="TP Hồ Chí Minh"),
    F("đón 189.000 lượt", "189.000", 189000, "count", "lượt", "lượt khách đón", I,
      location="Thừa Thiên Huế"),
    F("quốc tế 61.000 lượt", "61.000", 61000, "count", "lượt", "khách quốc tế", I, total=189000,
      location="Thừa Thiên Huế"),
    F("đón 1,07 triệu lượt", "1,07", 1.07e6, "count", "lượt", "lượt khách đón", I,
      change=ch("increase", 10.8), location="Quảng Ninh"),
    F("khoảng 390.000 lượt khách", "390.000", 390000, "count", "lượt khách", "lượt khách đón", I,
      approx="about", location="Kiên Giang"),
    F("Phú Quốc 260.000 lượt", "260.000", 260000, "count", "lượt", "lượt khách đón", I,
      total=390000, percent=66.7, location="Phú Quốc"),
    F("đạt 135.000 lượt khách/ngày", "135.000", 135000, "measure", "lượt khách/ngày",
      "lượng hành khách bình quân tại Cảng hàng không quốc tế Tân Sơn Nhất", I, location="TP Hồ Chí Minh"),
    F("có 87 chuyến bay", "87", 87, "count", "chuyến bay", "chuyến bay thuê chuyến quốc tế", I),
    F("ước đạt 2,1 triệu lượt", "2,1", 2.1e6, "count", "lượt", "khách quốc tế đến Việt Nam",
      P("Tháng 1/2025", "2025-01-01", "2025-01-31"), change=ch("increase", 36.9, baseline="tháng trước"),
      status="estimate"),
    F("tăng 4,6% so với", "4,6", 4.6, "percent", "%", "khách quốc tế đến Việt Nam so với cùng kỳ năm 2024",
      P("Tháng 1/2025", "2025-01-01", "2025-01-31"), status="estimate", optional=True),
    F("đón 110 triệu lượt", "110", 110e6, "count", "lượt khách nội địa", "khách nội địa", Y25, status="target"),
    F("khoảng 980.000 tỷ đồng", "980.000", 980000e9, "money", "đồng", "tổng thu từ khách du lịch", Y25,
      approx="about", status="target"),
    F("đạt trên 9%", "9", 9, "percent", "%", "tỷ trọng đóng góp của du lịch vào GDP", Y25, approx="over",
      status="target"),
]

emit("p461-7", T, [
    "Ministry site (Bộ VHTTDL): du lịch dịp Tết Nguyên đán Ất Tỵ 2025 by province, airport, international arrivals Jan 2025, year targets.",
    "Dateline 'Thứ Tư, 05/02/2025 - 10:02'. Tết holiday 'từ ngày 25/1 đến ngày 2/2/2025' stands in the lede only: every provincial figure inherits it.",
    "Provinces in the ';' list are each figure's location; 'Tết Giáp Thìn' is a baseline; 'tăng 10,8%' without baseline is Quảng Ninh's change.",
    "'trong đó Phú Quốc 260.000 lượt (chiếm 66,7%)': part of 390.000 and its percent; location Phú Quốc. '135.000 lượt khách/ngày' is a rate (measure).",
    "2,1 triệu: change vs tháng trước; the second change 'tăng 4,6% so với cùng kỳ' is an optional percent figure (FIGURES.md 'one of each attribute').",
    "87 chuyến bay to three provinces: a national count (location Việt Nam). Distractors: '9 ngày nghỉ Tết' (duration), 'Ất Tỵ 2025', address 'số 80 Quán Sứ'.",
    "revised: province/city names removed from the six visitor-count subjects of the ';' list (places are locations, never subjects).",
], figs, published="2025-02-05", location="Việt Nam")
