"""p494-4: ministry site (Cục Du lịch Quốc gia Việt Nam) — national accommodation stock 2023, provinces, spending, 2025/2030 targets."""
from lib import F, P, I, CH, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH - CỤC DU LỊCH QUỐC GIA VIỆT NAM
Trang chủ » Tin tức » Tin ngành
Ngày đăng: 15/01/2024 | Lượt xem: 2.105

Cả nước có khoảng 40.000 cơ sở lưu trú du lịch

Theo số liệu của Cục Du lịch Quốc gia Việt Nam, tính đến hết năm 2023, cả nước có khoảng 40.000 cơ sở lưu trú du lịch với khoảng 650.000 buồng, tăng 8,3% về số buồng so với năm 2022. Trong đó, có 1.250 cơ sở được xếp hạng từ 3 đến 5 sao với 183.000 buồng, chiếm 28,2% tổng số buồng.

Dẫn đầu về quy mô buồng lưu trú là TP. Hồ Chí Minh (hơn 58.000 buồng), Đà Nẵng (55.700 buồng), Hà Nội (55.600 buồng), Khánh Hòa (47.900 buồng) và Quảng Ninh (29.800 buồng). Bình quân cả nước có 6,5 buồng lưu trú/1.000 dân.

Năm 2023, Việt Nam đón 12,6 triệu lượt khách quốc tế, gấp 3,4 lần năm 2022; phục vụ 108 triệu lượt khách nội địa; tổng thu từ khách du lịch đạt 678.000 tỷ đồng. Công suất sử dụng buồng bình quân cả nước ước đạt 52%, trong đó khối khách sạn 4-5 sao đạt 63-65%.

Theo kết quả điều tra chi tiêu của khách du lịch, khách quốc tế chi tiêu bình quân 1.200 USD/lượt, khách nội địa 3,2 triệu đồng/lượt; chi cho lưu trú chiếm từ 30 đến 35% tổng chi tiêu.

Ngành lưu trú hiện sử dụng khoảng 350.000 lao động trực tiếp. Theo Quyết định số 147/QĐ-TTg ngày 22/01/2020 phê duyệt Chiến lược phát triển du lịch Việt Nam đến năm 2030, đến năm 2025 cả nước phấn đấu có 1 triệu buồng lưu trú, đến năm 2030 đạt 1,5 triệu buồng.

Cục Du lịch Quốc gia Việt Nam – 80 Quán Sứ, Hoàn Kiếm, Hà Nội. ĐT: 024.3942.3760
"""

ASOF = P("tính đến hết năm 2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
SUBJ_LIST = "quy mô buồng lưu trú"

FIGS = [
    F("Cả nước có khoảng 40.000", "40.000", 40000, "count", "cơ sở lưu trú du lịch", approx="about",
      subject="cơ sở lưu trú du lịch"),
    F("cả nước có khoảng 40.000", "40.000", 40000, "count", "cơ sở lưu trú du lịch", approx="about",
      subject="cơ sở lưu trú du lịch", period=ASOF),
    F("khoảng 650.000 buồng", "650.000", 650000, "count", "buồng", approx="about",
      change=CH("increase", 8.3, baseline="năm 2022"), subject="buồng của các cơ sở lưu trú du lịch", period=ASOF),
    F("có 1.250 cơ sở", "1.250", 1250, "count", "cơ sở", total=40000,
      subject="cơ sở được xếp hạng từ 3 đến 5 sao", period=I(ASOF)),
    F("với 183.000 buồng", "183.000", 183000, "count", "buồng", total=650000, percent=28.2,
      subject="buồng của các cơ sở được xếp hạng từ 3 đến 5 sao", period=I(ASOF)),
    F("(hơn 58.000 buồng)", "58.000", 58000, "count", "buồng", approx="over", subject=SUBJ_LIST,
      period=I(ASOF), location="Hồ Chí Minh"),
    F("(55.700 buồng)", "55.700", 55700, "count", "buồng", subject=SUBJ_LIST, period=I(ASOF), location="Đà Nẵng"),
    F("(55.600 buồng)", "55.600", 55600, "count", "buồng", subject=SUBJ_LIST, period=I(ASOF), location="Hà Nội"),
    F("(47.900 buồng)", "47.900", 47900, "count", "buồng", subject=SUBJ_LIST, period=I(ASOF), location="Khánh Hòa"),
    F("(29.800 buồng)", "29.800", 29800, "count", "buồng", subject=SUBJ_LIST, period=I(ASOF), location="Quảng Ninh"),
    F("có 6,5 buồng", "6,5", 6.5, "measure", "buồng/1.000 dân", subject="buồng lưu trú bình quân trên 1.000 dân"),
    F("đón 12,6 triệu lượt", "12,6", 12_600_000, "count", "lượt khách",
      change=CH("increase", 3.4, unit="lần", baseline="năm 2022"), subject="khách quốc tế", period=Y23),
    F("phục vụ 108 triệu lượt", "108", 108_000_000, "count", "lượt khách", subject="khách nội địa",
      period=Y23),
    F("đạt 678.000 tỷ đồng", "678.000", 678_000e9, "money", "đồng", subject="tổng thu từ khách du lịch", period=Y23),
    F("ước đạt 52%", "52", 52, "percent", "%", status="estimate",
      subject="công suất sử dụng buồng bình quân cả nước", period=I(Y23)),
    F("đạt 63-65%", "63", 63, "percent", "%", value_max=65, status="estimate",
      subject="công suất sử dụng buồng khối khách sạn 4-5 sao", period=I(Y23)),
    F("bình quân 1.200 USD/lượt", "1.200", 1200, "money", "USD/lượt", subject="chi tiêu bình quân của khách quốc tế"),
    F("nội địa 3,2 triệu", "3,2", 3_200_000, "money", "đồng/lượt", subject="chi tiêu bình quân của khách nội địa"),
    F("từ 30 đến 35%", "30", 30, "percent", "%", value_max=35, subject="chi cho lưu trú trong tổng chi tiêu"),
    F("khoảng 350.000 lao động", "350.000", 350000, "count", "lao động", approx="about",
      subject="lao động trực tiếp ngành lưu trú"),
    F("có 1 triệu buồng", "1", 1_000_000, "count", "buồng lưu trú", status="target", subject="buồng lưu trú",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("đạt 1,5 triệu buồng", "1,5", 1_500_000, "count", "buồng", status="target", subject="buồng lưu trú",
      period=P("đến năm 2030", None, "2030-12-31")),
]

COMMENTS = [
    "Cục Du lịch Quốc gia Việt Nam (Bộ VHTTDL): cơ sở lưu trú cả nước đến hết năm 2023, địa phương dẫn đầu, chi tiêu, mục tiêu 2025/2030.",
    "'Ngày đăng: 15/01/2024' is the dateline; 'Lượt xem: 2.105', 'Quyết định số 147/QĐ-TTg ngày 22/01/2020', the strategy's 'đến năm 2030'",
    "in its name, the address '80 Quán Sứ', the phone, star classes '3 đến 5 sao' / '4-5 sao' are not figures; '1.000 dân' is a rate denominator.",
    "National figures: location Việt Nam; the provinces in the bracketed list are locations, the subject is the list's indicator.",
    "'Trong đó' after the sentence break: 1.250 cơ sở part of 40.000, 183.000 buồng part of 650.000 (and 'chiếm 28,2%' its percent).",
    "'gấp 3,4 lần năm 2022' after a figure is its change (unit lần). 'trong đó … 63-65%' continues 'ước đạt' (estimate), no total (percents).",
    "'chi cho lưu trú chiếm từ 30 đến 35%' has no amount of its own before it: a percent figure (range). As-of 'tính đến hết năm 2023' ends 2023-12-31.",
    "revised after first scoring: rate unit 'buồng lưu trú/1.000 dân' -> 'buồng/1.000 dân' (the shortest noun phrase, FIGURES.md 'unit').",
]

if __name__ == "__main__":
    emit("p494-4", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Việt Nam")
