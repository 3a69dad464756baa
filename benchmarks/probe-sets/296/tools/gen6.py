from lib import F, P, C, T, emit

TEXT = """CỤC DU LỊCH QUỐC GIA VIỆT NAM
Tin tức > Tin trong nước

Cả nước có khoảng 40.200 cơ sở lưu trú, tập trung ở các địa phương ven biển
Thứ Tư, 14/08/2024 - 10:12

Theo số liệu của Cục Du lịch Quốc gia Việt Nam, tính đến tháng 6/2024, cả nước có khoảng 40.200 cơ sở lưu trú du lịch với hơn 780.000 buồng; trong đó có 1.612 khách sạn được xếp hạng từ 3 đến 5 sao với trên 254.000 buồng, chiếm khoảng 32,6% tổng số buồng. Các địa phương ven biển chiếm tới 58% số buồng khách sạn 4-5 sao của cả nước.

Dẫn đầu về số khách sạn 5 sao là Đà Nẵng (96 khách sạn), Khánh Hòa (74), Kiên Giang (52), Quảng Ninh (45) và Bà Rịa - Vũng Tàu (31).

Công suất sử dụng buồng bình quân 6 tháng đầu năm 2024 của các khách sạn ven biển đạt 62%, cao hơn mức bình quân chung của cả nước (55,4%). Một số địa phương đạt cao như Đà Nẵng (71,2%), Khánh Hòa (68,2%), Kiên Giang (66,5%), trong khi Bình Thuận chỉ đạt 49,8%.

Tổng lượt khách do các cơ sở lưu trú phục vụ trong 6 tháng ước đạt 61,5 triệu lượt, trong đó khách quốc tế 9,3 triệu lượt; tổng thu từ khách du lịch ước đạt 416 nghìn tỷ đồng, tăng 27% so với cùng kỳ năm 2023.

Năm 2024, ngành du lịch đặt mục tiêu đón 17-18 triệu lượt khách quốc tế và 110 triệu lượt khách nội địa. Việc xếp hạng cơ sở lưu trú thực hiện theo Luật Du lịch số 09/2017/QH14 và Thông tư số 06/2017/TT-BVHTTDL.

Cục Du lịch Quốc gia Việt Nam - 80 Quán Sứ, Hoàn Kiếm, Hà Nội. ĐT: 024.3942.3760
"""

AS = P("tính đến tháng 6/2024", None, "2024-06-30")
ASi = P("tính đến tháng 6/2024", None, "2024-06-30", inherited=True)
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
H6 = P("trong 6 tháng", "2024-01-01", "2024-06-30")
Y4 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("khoảng 40.200 cơ sở lưu trú, tập", "40.200", 40200, "count", "cơ sở lưu trú", "cơ sở lưu trú",
      approx="about", period=ASi),
    F("khoảng 40.200 cơ sở lưu trú du lịch", "40.200", 40200, "count", "cơ sở lưu trú", "cơ sở lưu trú du lịch",
      approx="about", period=AS),
    F("hơn 780.000 buồng", "780.000", 780000, "count", "buồng", "buồng của cơ sở lưu trú du lịch", approx="over",
      period=AS),
    F("có 1.612 khách sạn", "1.612", 1612, "count", "khách sạn", "khách sạn được xếp hạng từ 3 đến 5 sao",
      total=40200, period=AS),
    F("trên 254.000 buồng", "254.000", 254000, "count", "buồng", "buồng khách sạn được xếp hạng từ 3 đến 5 sao",
      approx="over", total=780000, percent=32.6, period=AS),
    F("chiếm tới 58%", "58", 58, "percent", "%", "số buồng khách sạn 4-5 sao của các địa phương ven biển",
      period=ASi),
    F("Đà Nẵng (96 khách sạn)", "96", 96, "count", "khách sạn", "số khách sạn 5 sao", location="Đà Nẵng",
      period=ASi),
    F("Khánh Hòa (74)", "74", 74, "count", "khách sạn", "số khách sạn 5 sao", location="Khánh Hòa", period=ASi),
    F("Kiên Giang (52)", "52", 52, "count", "khách sạn", "số khách sạn 5 sao", location="Kiên Giang", period=ASi),
    F("Quảng Ninh (45)", "45", 45, "count", "khách sạn", "số khách sạn 5 sao", location="Quảng Ninh", period=ASi),
    F("Vũng Tàu (31)", "31", 31, "count", "khách sạn", "số khách sạn 5 sao", location="Bà Rịa - Vũng Tàu",
      period=ASi),
    F("đạt 62%", "62", 62, "percent", "%", "công suất sử dụng buồng bình quân của các khách sạn ven biển",
      period=H1),
    F("(55,4%)", "55,4", 55.4, "percent", "%", "công suất sử dụng buồng bình quân chung của cả nước", period=H1),
    F("Đà Nẵng (71,2%)", "71,2", 71.2, "percent", "%", "công suất sử dụng buồng bình quân", location="Đà Nẵng",
      period=H1i),
    F("Khánh Hòa (68,2%)", "68,2", 68.2, "percent", "%", "công suất sử dụng buồng bình quân",
      location="Khánh Hòa", period=H1i),
    F("Kiên Giang (66,5%)", "66,5", 66.5, "percent", "%", "công suất sử dụng buồng bình quân",
      location="Kiên Giang", period=H1i),
    F("chỉ đạt 49,8%", "49,8", 49.8, "percent", "%", "công suất sử dụng buồng bình quân",
      location="Bình Thuận", period=H1i),
    F("ước đạt 61,5 triệu lượt", "61,5", 61500000, "count", "lượt", "tổng lượt khách do các cơ sở lưu trú phục vụ",
      status="estimate", period=H6),
    F("9,3 triệu lượt", "9,3", 9300000, "count", "lượt", "khách quốc tế", total=61500000, status="estimate",
      period=H6),
    F("ước đạt 416 nghìn tỷ đồng", "416", 416000000000000, "money", "đồng", "tổng thu từ khách du lịch",
      status="estimate", change=C("increase", 27, "%", "cùng kỳ năm 2023"), period=H6),
    F("đón 17-18 triệu", "17", 17000000, "count", "lượt khách quốc tế", "lượt khách quốc tế", value_max=18000000,
      status="target", period=Y4),
    F("110 triệu lượt", "110", 110000000, "count", "lượt khách nội địa", "lượt khách nội địa", status="target",
      period=Y4),
]

COMMENTS = """
Ministry site (Cục Du lịch Quốc gia Việt Nam): national stock of accommodation at 6/2024, 5-star hotels by province, occupancy, 2024 targets.
Dateline "Thứ Tư, 14/08/2024 - 10:12". National figures: location Việt Nam; province list items take the province as location.
Distractors: "Luật Du lịch số 09/2017/QH14", "Thông tư số 06/2017/TT-BVHTTDL", address "80 Quán Sứ", phone, star classes "từ 3 đến 5 sao",
"4-5 sao", "khách sạn 5 sao". The headline restates 40.200 (a figure; its as-of period stands only in the body: inherited).
"(55,4%)" after "cao hơn mức bình quân chung" is the level compared with, not a change: a percent figure of its own (62% gets no change).
1.612 khách sạn part of 40.200 cơ sở; 254.000 buồng part of 780.000 buồng with share 32,6%; 9,3 triệu part of 61,5 triệu (trong đó).
"trong 6 tháng" takes 2024 from the earlier "6 tháng đầu năm 2024". "17-18 triệu" is a range target.
"""

emit(6, COMMENTS, TEXT, FIGS, published="2024-08-14", location="Việt Nam")
