from lib import F, P, C, T, emit

TEXT = """SỞ DU LỊCH TỈNH QUẢNG NINH
Trang chủ / Tin tức / Quản lý lưu trú

Hệ thống cơ sở lưu trú năm 2024: tăng cả về số lượng và chất lượng
Ngày đăng: 08/01/2025 - 09:45

Năm 2024, Quảng Ninh đón khoảng 19 triệu lượt khách, tăng 8,6% so với năm 2023; trong đó khách quốc tế đạt 3,5 triệu lượt. Tổng thu từ du lịch ước đạt 43.700 tỷ đồng, vượt 4,1% kế hoạch năm.

Tính đến 31/12/2024, toàn tỉnh có 2.916 cơ sở lưu trú với 46.500 buồng, trong đó 211 cơ sở được xếp hạng từ 1 đến 5 sao với 19.870 buồng. Thành phố Hạ Long hiện có 18 khách sạn 5 sao với hơn 5.400 buồng.

Bảng: Cơ sở lưu trú tại các địa phương ven biển, hải đảo năm 2024
Địa phương | Cơ sở lưu trú (cơ sở) | Số buồng (buồng) | Công suất buồng bình quân (%)
TP Hạ Long | 1.352 | 27.640 | 58,4
Huyện Vân Đồn | 418 | 5.210 | 49,7
Huyện Cô Tô | 236 | 1.985 | 44,2
TP Móng Cái | 402 | 6.120 | 52,6

Riêng huyện đảo Cô Tô, trong năm 2024 đón 312.000 lượt khách, khách lưu trú qua đêm chiếm 71%; thời gian lưu trú bình quân đạt 2,4 ngày. Tại Vân Đồn, 3 dự án khu nghỉ dưỡng ven biển đang triển khai với tổng vốn hơn 14.000 tỷ đồng.

Năm 2025, ngành du lịch phấn đấu đón 20 triệu lượt khách, tổng thu từ du lịch đạt 50.000 tỷ đồng, công suất buồng bình quân trên 60%. Thực hiện Kế hoạch số 256/KH-SDL ngày 20/12/2024, Sở Du lịch sẽ rà soát, thẩm định lại hạng sao đối với các cơ sở được công nhận trước ngày 01/01/2020.

Phòng Quản lý lưu trú du lịch
"""

Y4 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y4i = P("Năm 2024", "2024-01-01", "2024-12-31", inherited=True)
TBL = P("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
ASOF = P("Tính đến 31/12/2024", None, "2024-12-31")
Y5 = P("Năm 2025", "2025-01-01", "2025-12-31")
CT = P("trong năm 2024", "2024-01-01", "2024-12-31")

rows = [("TP Hạ Long", "Hạ Long", "1.352", 1352, "27.640", 27640, "58,4", 58.4),
        ("Huyện Vân Đồn", "Vân Đồn", "418", 418, "5.210", 5210, "49,7", 49.7),
        ("Huyện Cô Tô", "Cô Tô", "236", 236, "1.985", 1985, "44,2", 44.2),
        ("TP Móng Cái", "Móng Cái", "402", 402, "6.120", 6120, "52,6", 52.6)]
TABLE = []
for label, loc, a, av, b, bv, c, cv in rows:
    TABLE += [
        F(f"{label} | {a} |", a, av, "count", "cơ sở", "Cơ sở lưu trú", location=loc, period=TBL),
        F(f"{a} | {b} |", b, bv, "count", "buồng", "Số buồng", location=loc, period=TBL),
        F(f"{b} | {c}\n", c, cv, "percent", "%", "Công suất buồng bình quân", location=loc, period=TBL),
    ]

FIGS = [
    F("khoảng 19 triệu lượt khách", "19", 19000000, "count", "lượt khách", "lượt khách đón", approx="about",
      change=C("increase", 8.6, "%", "năm 2023"), period=Y4),
    F("đạt 3,5 triệu lượt", "3,5", 3500000, "count", "lượt", "khách quốc tế", total=19000000, period=Y4),
    F("ước đạt 43.700 tỷ đồng", "43.700", 43700000000000, "money", "đồng", "tổng thu từ du lịch",
      status="estimate", change=C("increase", 4.1, "%", "kế hoạch năm"), period=Y4i),
    F("có 2.916 cơ sở lưu trú", "2.916", 2916, "count", "cơ sở lưu trú", "cơ sở lưu trú", period=ASOF),
    F("với 46.500 buồng", "46.500", 46500, "count", "buồng", "buồng của cơ sở lưu trú", period=ASOF),
    F("trong đó 211 cơ sở", "211", 211, "count", "cơ sở", "cơ sở được xếp hạng từ 1 đến 5 sao", total=2916,
      period=ASOF),
    F("với 19.870 buồng", "19.870", 19870, "count", "buồng", "buồng của cơ sở được xếp hạng", total=46500,
      period=ASOF),
    F("có 18 khách sạn", "18", 18, "count", "khách sạn", "khách sạn 5 sao", location="Hạ Long"),
    F("hơn 5.400 buồng", "5.400", 5400, "count", "buồng", "buồng khách sạn 5 sao", approx="over",
      location="Hạ Long"),
] + TABLE + [
    F("đón 312.000 lượt khách", "312.000", 312000, "count", "lượt khách", "lượt khách đón", location="Cô Tô",
      period=CT),
    F("chiếm 71%", "71", 71, "percent", "%", "khách lưu trú qua đêm", location="Cô Tô", period=CT),
    F("đạt 2,4 ngày", "2,4", 2.4, "measure", "ngày", "thời gian lưu trú bình quân", location="Cô Tô", period=CT),
    F("3 dự án", "3", 3, "count", "dự án", "dự án khu nghỉ dưỡng ven biển đang triển khai", location="Vân Đồn"),
    F("hơn 14.000 tỷ đồng", "14.000", 14000000000000, "money", "đồng", "tổng vốn dự án khu nghỉ dưỡng ven biển",
      approx="over", location="Vân Đồn"),
    F("đón 20 triệu lượt khách", "20", 20000000, "count", "lượt khách", "lượt khách đón", status="target",
      period=Y5),
    F("đạt 50.000 tỷ đồng", "50.000", 50000000000000, "money", "đồng", "tổng thu từ du lịch", status="target",
      period=Y5),
    F("trên 60%", "60", 60, "percent", "%", "công suất buồng bình quân", approx="over", status="target",
      period=Y5),
]

COMMENTS = """
Department site (Sở Du lịch Quảng Ninh): cơ sở lưu trú năm 2024, flattened '|' table by coastal/island locality, Cô Tô and Vân Đồn, 2025 targets.
Dateline "Ngày đăng: 08/01/2025 - 09:45". Distractors: "Kế hoạch số 256/KH-SDL", dates 20/12/2024 and 01/01/2020, star classes
"từ 1 đến 5 sao", "5 sao". Table: every numeric cell is a figure; the row label is a place (location), subject = column label, unit from the
column header "(cơ sở)", "(buồng)", "(%)"; the year stands only in the caption line, so the period is inherited (unscored); no totals for cells.
"vượt 4,1% kế hoạch năm" is the change of 43.700 tỷ (gap to plan). "khách lưu trú qua đêm chiếm 71%" has its own subject, not a share of
312.000 itself: a percent figure. 211 cơ sở is part of 2.916; 19.870 buồng part of 46.500 buồng (the figure before "trong đó").
"""

emit(3, COMMENTS, TEXT, FIGS, published="2025-01-08", location="Quảng Ninh")
