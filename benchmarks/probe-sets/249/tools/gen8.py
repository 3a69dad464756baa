from lib import F, P, C, T, build

TEXT = """BÁO ĐỒNG KHỞI ĐIỆN TỬ
Kinh tế - Nông nghiệp

Bến Tre: Ngành tôm nước lợ vượt khó
(ĐK) - Năm 2023, diện tích nuôi tôm nước lợ của tỉnh đạt 47.215 ha, bằng 101,5% kế hoạch; sản lượng 95,2 nghìn tấn, tăng 6,3% so với năm 2022; giá trị sản xuất ước đạt 8,1 nghìn tỷ đồng.

Trong tổng diện tích, nuôi thâm canh, siêu thâm canh 8.640 ha (Thạnh Phú 3.920 ha, Bình Đại 2.870 ha, Ba Tri 1.850 ha); quảng canh, quảng canh cải tiến và tôm - lúa 38.575 ha. Bến Tre xếp thứ 5 trong 8 tỉnh ven biển Đồng bằng sông Cửu Long về diện tích nuôi tôm nước lợ.

Sản lượng tôm nuôi của 3 huyện biển như sau:
Huyện\tNăm 2022 (tấn)\tNăm 2023 (tấn)
Bình Đại\t38.410\t40.920
Thạnh Phú\t31.260\t33.850
Ba Tri\t15.870\t16.340

Toàn tỉnh có 27 trại sản xuất giống tôm nước lợ, sản xuất được 1,9 tỷ con giống, bằng khoảng 35% nhu cầu; trên 60% con giống thả nuôi được nhập từ Ninh Thuận, Bình Thuận.

Dịch bệnh trên tôm xảy ra rải rác với tổng diện tích thiệt hại 1.034 ha, giảm 28,4% so với năm 2022; tỷ lệ thiệt hại chiếm 2,19% diện tích thả nuôi. Nhờ giá tôm thẻ cỡ 40 - 50 con/kg giữ ở mức 130.000 - 145.000 đồng/kg, phần lớn hộ nuôi có lãi.

Kế hoạch năm 2024, tỉnh phấn đấu diện tích nuôi tôm nước lợ đạt 48.000 ha, sản lượng khoảng 100 nghìn tấn; xây dựng thêm 3 vùng nuôi tôm ứng dụng công nghệ cao tại các huyện Bình Đại, Ba Tri, Thạnh Phú với tổng diện tích 1.500 ha, theo Quyết định số 2345/QĐ-UBND ngày 12/12/2023.

Phương Nam
28/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
P22 = P("Năm 2022", "2022-01-01", "2022-12-31")
P23 = P("Năm 2023", "2023-01-01", "2023-12-31")
AREA = "diện tích nuôi tôm nước lợ"

FIGS = [
    F("đạt 47.215 ha", "47.215", "measure", "ha", AREA, percent=101.5, period=Y23),
    F("sản lượng 95,2 nghìn tấn", "95,2", "measure", "tấn", "sản lượng tôm nước lợ", mult="nghìn",
      change=C("increase", 6.3, "%", "năm 2022"), period=Y23),
    F("ước đạt 8,1 nghìn tỷ", "8,1", "money", "đồng", "giá trị sản xuất", mult="nghìn tỷ", status="estimate", period=Y23),
    F("siêu thâm canh 8.640 ha", "8.640", "measure", "ha", "diện tích nuôi thâm canh, siêu thâm canh", total=47215, period=Y23i),
    F("Thạnh Phú 3.920 ha", "3.920", "measure", "ha", "diện tích nuôi thâm canh, siêu thâm canh", total=8640,
      location="Thạnh Phú", period=Y23i),
    F("Bình Đại 2.870 ha", "2.870", "measure", "ha", "diện tích nuôi thâm canh, siêu thâm canh", total=8640,
      location="Bình Đại", period=Y23i),
    F("Ba Tri 1.850 ha", "1.850", "measure", "ha", "diện tích nuôi thâm canh, siêu thâm canh", total=8640,
      location="Ba Tri", period=Y23i),
    F("tôm - lúa 38.575 ha", "38.575", "measure", "ha", "diện tích quảng canh, quảng canh cải tiến và tôm - lúa",
      total=47215, period=Y23i),
    F("của 3 huyện biển", "3", "count", "huyện", "huyện biển", optional=True),
    F("xếp thứ 5", "5", "rank", "hạng", "diện tích nuôi tôm nước lợ", total=8, period=Y23i),
]
for r, a, b in [("Bình Đại", "38.410", "40.920"), ("Thạnh Phú", "31.260", "33.850"), ("Ba Tri", "15.870", "16.340")]:
    FIGS.append(F(f"{r}\t{a}", a, "measure", "tấn", "sản lượng tôm nuôi năm 2022", location=r, period=P22))
    FIGS.append(F(f"{a}\t{b}", b, "measure", "tấn", "sản lượng tôm nuôi năm 2023", location=r, period=P23))
FIGS += [
    F("có 27 trại", "27", "count", "trại", "trại sản xuất giống tôm nước lợ", period=Y23i),
    F("được 1,9 tỷ con", "1,9", "count", "con", "con giống sản xuất", mult="tỷ", percent=35, period=Y23i),
    F("trên 60% con giống", "60", "percent", "%", "con giống thả nuôi được nhập từ tỉnh khác", approx="over", period=Y23i),
    F("thiệt hại 1.034 ha", "1.034", "measure", "ha", "tổng diện tích thiệt hại do dịch bệnh",
      change=C("decrease", 28.4, "%", "năm 2022"), period=Y23i),
    F("chiếm 2,19%", "2,19", "percent", "%", "tỷ lệ thiệt hại", period=Y23i),
    F("cỡ 40 - 50 con/kg", "40", "measure", "con/kg", "cỡ tôm thẻ", value_max=50, optional=True),
    F("130.000 - 145.000 đồng/kg", "130.000", "money", "đồng/kg", "giá tôm thẻ cỡ 40 - 50 con/kg", value_max=145000,
      period=Y23i),
    F("đạt 48.000 ha", "48.000", "measure", "ha", AREA, status="target", period=Y24),
    F("khoảng 100 nghìn tấn", "100", "measure", "tấn", "sản lượng tôm nước lợ", mult="nghìn", approx="about",
      status="target", period=Y24),
    F("thêm 3 vùng", "3", "count", "vùng", "vùng nuôi tôm ứng dụng công nghệ cao xây dựng thêm", status="target", period=Y24),
    F("diện tích 1.500 ha", "1.500", "measure", "ha", "tổng diện tích vùng nuôi tôm ứng dụng công nghệ cao",
      status="target", period=Y24),
]

COMMENTS = [
    "Báo Đồng Khởi (ĐK, Bến Tre): ngành tôm nước lợ năm 2023; byline and bare date '28/01/2024' at the end -> published 2024-01-28.",
    "'bằng 101,5% kế hoạch' is the percent of 47.215 ha; '95,2 nghìn tấn' = 95200 tấn; '8,1 nghìn tỷ đồng' = 8.1e12 (estimate).",
    "'Trong tổng diện tích, …' refers to 47.215 ha: both parts take total 47215; the bracketed district breakdown adds up to 8.640 (total 8640).",
    "'xếp thứ 5 trong 8 tỉnh …' rank with total 8. Tab-separated table (Huyện | Năm 2022 (tấn) | Năm 2023 (tấn)): periods from the headers,",
    "districts as locations. 'bằng khoảng 35% nhu cầu' is the percent of 1,9 tỷ con. The provinces the seed comes from are not the location.",
    "'tỷ lệ thiệt hại chiếm 2,19%' names its own indicator: a percent figure. Size grade '40 - 50 con/kg' optional.",
    "Targets after 'Kế hoạch năm 2024, tỉnh phấn đấu'. The 1.500 ha spans three districts: location stays Bến Tre.",
    "Distractors: Quyết định số 2345/QĐ-UBND ngày 12/12/2023, the bare date. The table head '3 huyện biển' is a structure count: optional.",
]

build(8, TEXT, COMMENTS, FIGS, published="2024-01-28", location="Bến Tre")
