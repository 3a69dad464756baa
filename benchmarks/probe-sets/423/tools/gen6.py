from lib import F, P, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
CỤC DU LỊCH QUỐC GIA VIỆT NAM
Khách quốc tế đến Việt Nam 10 tháng năm 2024 đạt hơn 14,1 triệu lượt
Cập nhật lúc 10:15 ngày 30/10/2024

Theo số liệu của Tổng cục Thống kê, tháng 10/2024 Việt Nam đón 1.411.000 lượt khách quốc tế, tăng 5,9% so với tháng trước và tăng 31,5% so với cùng kỳ năm 2023. Tính chung 10 tháng năm 2024, tổng lượt khách quốc tế đạt 14.140.000 lượt, tăng 41% so với cùng kỳ năm 2023 và tăng 1,6% so với cùng kỳ năm 2019 – năm chưa xảy ra dịch Covid-19.

Trong đó, khách đến bằng đường hàng không đạt 11,9 triệu lượt, chiếm 84,2%; bằng đường bộ 1,93 triệu lượt, chiếm 13,6%; bằng đường biển 312.400 lượt, chiếm 2,2%. Khách tàu biển tập trung tại các cảng Hạ Long, Chân Mây, Nha Trang và Phú Mỹ với 168 chuyến tàu.

Các thị trường dẫn đầu:
Thị trường\t10 tháng năm 2024 (lượt)\tSo với cùng kỳ (%)
Hàn Quốc\t3.856.200\t145,3
Trung Quốc\t3.084.500\t185,1
Đài Loan (Trung Quốc)\t1.031.700\t128,6
Mỹ\t686.900\t113,2
Nhật Bản\t592.400\t119,8

Các địa phương ven biển tiếp tục là điểm đến hàng đầu của khách quốc tế: Đà Nẵng khoảng 3,2 triệu lượt, Khánh Hòa 3,1 triệu lượt, Quảng Ninh 1,65 triệu lượt, Kiên Giang hơn 1 triệu lượt.

Năm 2024, ngành du lịch đặt mục tiêu đón 17-18 triệu lượt khách quốc tế; đến năm 2025 phấn đấu đón 23 triệu lượt theo Nghị quyết số 82/NQ-CP ngày 18/5/2023 của Chính phủ về nhiệm vụ, giải pháp chủ yếu đẩy nhanh phục hồi, tăng tốc phát triển du lịch hiệu quả, bền vững.
"""

P10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
P10i = P("10 tháng năm 2024", "2024-01-01", "2024-10-31", inherited=True)
PM = P("tháng 10/2024", "2024-10-01", "2024-10-31")

FIGS = [
    F("hơn 14,1 triệu lượt", "14,1", 14100000, "count", "lượt", "khách quốc tế đến Việt Nam", approx="over", period=P10),
    F("đón 1.411.000 lượt", "1.411.000", 1411000, "count", "lượt", "lượt khách quốc tế",
      change={"direction": "increase", "value": 5.9, "unit": "%", "baseline": "tháng trước"}, period=PM),
    F("tăng 31,5%", "31,5", 31.5, "percent", "%", "lượt khách quốc tế tăng so với cùng kỳ năm 2023",
      optional=True, period=PM),
    F("đạt 14.140.000 lượt", "14.140.000", 14140000, "count", "lượt", "tổng lượt khách quốc tế",
      change={"direction": "increase", "value": 41, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=P10),
    F("tăng 1,6%", "1,6", 1.6, "percent", "%", "tổng lượt khách quốc tế tăng so với cùng kỳ năm 2019",
      optional=True, period=P10),
    F("đạt 11,9 triệu lượt", "11,9", 11900000, "count", "lượt", "khách đến bằng đường hàng không",
      total=14140000, percent=84.2, period=P10i),
    F("bộ 1,93 triệu lượt", "1,93", 1930000, "count", "lượt", "khách đến bằng đường bộ",
      total=14140000, percent=13.6, period=P10i),
    F("biển 312.400 lượt", "312.400", 312400, "count", "lượt", "khách đến bằng đường biển",
      total=14140000, percent=2.2, period=P10i),
    F("với 168 chuyến tàu", "168", 168, "count", "chuyến tàu", "chuyến tàu biển khách du lịch", period=P10i),
]

rows = [("Hàn Quốc", "3.856.200", "145,3"), ("Trung Quốc", "3.084.500", "185,1"),
        ("Đài Loan (Trung Quốc)", "1.031.700", "128,6"), ("Mỹ", "686.900", "113,2"), ("Nhật Bản", "592.400", "119,8")]
for m, n, r in rows:
    FIGS.append(F(f"{m}\t{n}\t", n, int(n.replace(".", "")), "count", "lượt",
                  f"lượt khách quốc tế từ {m} 10 tháng năm 2024", period=P("10 tháng năm 2024", "2024-01-01", "2024-10-31")))
    FIGS.append(F(f"{n}\t{r}\n", r, float(r.replace(",", ".")), "percent", "%",
                  f"lượt khách quốc tế từ {m} so với cùng kỳ", period=P10i))

FIGS += [
    F("Đà Nẵng khoảng 3,2 triệu lượt", "3,2", 3200000, "count", "lượt", "lượt khách quốc tế", approx="about",
      location="Đà Nẵng", period=P10i),
    F("Khánh Hòa 3,1 triệu lượt", "3,1", 3100000, "count", "lượt", "lượt khách quốc tế", location="Khánh Hòa",
      period=P10i),
    F("Quảng Ninh 1,65 triệu lượt", "1,65", 1650000, "count", "lượt", "lượt khách quốc tế", location="Quảng Ninh",
      period=P10i),
    F("Kiên Giang hơn 1 triệu lượt", "1", 1000000, "count", "lượt", "lượt khách quốc tế", approx="over",
      location="Kiên Giang", period=P10i),
    F("đón 17-18 triệu lượt", "17", 17000000, "count", "lượt", "khách quốc tế", value_max=18000000,
      status="target", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("đón 23 triệu lượt", "23", 23000000, "count", "lượt", "khách quốc tế", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
]

COMMENTS = [
    "Ministry site (Cục Du lịch Quốc gia Việt Nam, under Bộ VHTTDL), 'Cập nhật lúc hh:mm ngày dd/mm/yyyy'; national arrivals 10 months 2024.",
    "Headline 'hơn 14,1 triệu' is a figure. Two changes per count: the first is the attribute, the second ('tăng 31,5% … cùng kỳ',",
    "'tăng 1,6% … năm 2019') an optional percent figure. Transport modes after 'Trong đó' are parts of 14.140.000 (total) with their shares.",
    "Tab-separated table: the count column header carries the period (scored); '(%)' column: percent figures, period inherited.",
    "Markets are not places: location Việt Nam. Coastal provinces list: each province is the location, subject the list's indicator.",
    "Port names (Hạ Long, Chân Mây, Nha Trang, Phú Mỹ) in a national sentence do not make 168 chuyến local.",
    "Distractors: 'Covid-19', 'Nghị quyết số 82/NQ-CP ngày 18/5/2023', 'năm 2019' baseline, dateline time.",
]

emit(6, TEXT, COMMENTS, FIGS, published="2024-10-30", location="Việt Nam")
