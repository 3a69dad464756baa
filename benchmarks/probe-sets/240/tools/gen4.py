from lib import F, P, CH, TG, build

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Trồng trọt

Ngành hồ tiêu: giảm diện tích, tăng giá trị
Thứ Tư, 10/07/2024 - 15:42

Theo Cục Trồng trọt, tính đến tháng 6/2024, diện tích hồ tiêu cả nước còn khoảng 115.000 ha, giảm hơn 24% so với thời kỳ đỉnh năm 2017 (khoảng 152.000 ha). Các địa phương có diện tích lớn gồm Đắk Nông (34.200 ha), Đắk Lắk (33.100 ha), Gia Lai (17.600 ha), Bình Phước (15.800 ha) và Bà Rịa - Vũng Tàu (10.900 ha). Năm 2023, diện tích cho thu hoạch đạt khoảng 108.000 ha, năng suất bình quân 24,6 tạ/ha, sản lượng đạt 266.000 tấn.

6 tháng đầu năm 2024, cả nước xuất khẩu 145.000 tấn hồ tiêu, giảm 4,5% so với cùng kỳ năm 2023; kim ngạch đạt 692 triệu USD, tăng 38,6%. Giá xuất khẩu bình quân đạt 4.772 USD/tấn, tăng 45,1%. Mỹ tiếp tục là thị trường lớn nhất với 32.500 tấn, chiếm 22,4% tổng lượng xuất khẩu; tiếp theo là Đức 9.800 tấn và UAE 7.600 tấn.

Cả nước hiện có khoảng 60 nhà máy chế biến hồ tiêu với tổng công suất hơn 400.000 tấn/năm, trong đó 18 nhà máy đạt tiêu chuẩn xuất khẩu vào thị trường EU. Diện tích hồ tiêu đạt chứng nhận VietGAP, hữu cơ, Rainforest Alliance mới đạt khoảng 12.300 ha, chiếm 10,7% tổng diện tích.

Theo Đề án phát triển ngành hồ tiêu đến năm 2030 (Quyết định số 1379/QĐ-BNN-TT), diện tích hồ tiêu sẽ ổn định ở mức 100.000-110.000 ha; sản lượng đạt 250.000-270.000 tấn/năm; tối thiểu 30% diện tích đạt chứng nhận bền vững.

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn - Số 2 Ngọc Hà, Ba Đình, Hà Nội.
"""

ASOF = P("tính đến tháng 6/2024", None, "2024-06-30")
ASOFi = P("tính đến tháng 6/2024", None, "2024-06-30", inh=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("khoảng 115.000 ha", "115.000", 115000, "measure", "ha", "diện tích hồ tiêu cả nước", approx="about",
      change=CH("-", 24, "%", "thời kỳ đỉnh năm 2017", approx="over"), period=ASOF),
    F("(khoảng 152.000 ha)", "152.000", 152000, "measure", "ha", "diện tích hồ tiêu thời kỳ đỉnh", approx="about",
      period=P("năm 2017", "2017-01-01", "2017-12-31")),
    F("Đắk Nông (34.200 ha)", "34.200", 34200, "measure", "ha", "diện tích hồ tiêu", period=ASOFi, loc="Đắk Nông"),
    F("Đắk Lắk (33.100 ha)", "33.100", 33100, "measure", "ha", "diện tích hồ tiêu", period=ASOFi, loc="Đắk Lắk"),
    F("Gia Lai (17.600 ha)", "17.600", 17600, "measure", "ha", "diện tích hồ tiêu", period=ASOFi, loc="Gia Lai"),
    F("Bình Phước (15.800 ha)", "15.800", 15800, "measure", "ha", "diện tích hồ tiêu", period=ASOFi, loc="Bình Phước"),
    F("Vũng Tàu (10.900 ha)", "10.900", 10900, "measure", "ha", "diện tích hồ tiêu", period=ASOFi, loc="Bà Rịa - Vũng Tàu"),
    F("khoảng 108.000 ha", "108.000", 108000, "measure", "ha", "diện tích hồ tiêu cho thu hoạch", approx="about",
      period=Y23),
    F("24,6 tạ/ha", "24,6", 24.6, "measure", "tạ/ha", "năng suất hồ tiêu bình quân", period=Y23),
    F("đạt 266.000 tấn", "266.000", 266000, "measure", "tấn", "sản lượng hồ tiêu", period=Y23),
    F("xuất khẩu 145.000 tấn", "145.000", 145000, "measure", "tấn", "lượng hồ tiêu xuất khẩu",
      change=CH("-", 4.5, "%", "cùng kỳ năm 2023"), period=H1),
    F("đạt 692 triệu USD", "692", 692000000, "money", "USD", "kim ngạch xuất khẩu hồ tiêu",
      change=CH("+", 38.6, "%"), period=H1),
    F("4.772 USD/tấn", "4.772", 4772, "money", "USD/tấn", "giá xuất khẩu hồ tiêu bình quân",
      change=CH("+", 45.1, "%"), period=H1i),
    F("với 32.500 tấn", "32.500", 32500, "measure", "tấn", "lượng hồ tiêu xuất khẩu sang Mỹ", percent=22.4, period=H1i),
    F("Đức 9.800 tấn", "9.800", 9800, "measure", "tấn", "lượng hồ tiêu xuất khẩu sang Đức", period=H1i),
    F("UAE 7.600 tấn", "7.600", 7600, "measure", "tấn", "lượng hồ tiêu xuất khẩu sang UAE", period=H1i),
    F("khoảng 60 nhà máy", "60", 60, "count", "nhà máy", "nhà máy chế biến hồ tiêu", approx="about"),
    F("hơn 400.000 tấn/năm", "400.000", 400000, "measure", "tấn/năm", "tổng công suất chế biến hồ tiêu", approx="over"),
    F("trong đó 18 nhà máy", "18", 18, "count", "nhà máy", "nhà máy đạt tiêu chuẩn xuất khẩu vào thị trường EU", total=60),
    F("khoảng 12.300 ha", "12.300", 12300, "measure", "ha", "diện tích hồ tiêu đạt chứng nhận VietGAP, hữu cơ, Rainforest Alliance",
      approx="about", percent=10.7),
    F("100.000-110.000 ha", "100.000", 100000, "measure", "ha", "diện tích hồ tiêu", value_max=110000, status="target",
      period=T30),
    F("250.000-270.000 tấn/năm", "250.000", 250000, "measure", "tấn/năm", "sản lượng hồ tiêu", value_max=270000,
      status="target", period=T30),
    F("tối thiểu 30%", "30", 30, "percent", "%", "diện tích hồ tiêu đạt chứng nhận bền vững", approx="at_least",
      status="target", period=T30),
]

COMMENTS = [
    "Bộ NN&PTNT (ministry site): national pepper area, provinces, 2023 output, H1/2024 exports and markets, processing, 2030 targets.",
    "Dateline 'Thứ Tư, 10/07/2024 - 15:42'. National figures: location Việt Nam (default); province list items take their province;",
    "trade partners (Mỹ, Đức, UAE) are not places of the figures. The ministry's address 'Số 2 Ngọc Hà, Ba Đình, Hà Nội' is furniture.",
    "Distractors: 'Quyết định số 1379/QĐ-BNN-TT', 'đến năm 2030' in the scheme's name, address, 'cùng kỳ năm 2023' (baseline).",
    "'giảm hơn 24% so với thời kỳ đỉnh năm 2017 (khoảng 152.000 ha)': the change of 115.000 ha (approx over); the bracketed",
    "baseline amount is a figure of its own with period năm 2017 (same sentence).",
    "Province list after 'gồm' has no whole before the cue (the parts do not add up to 115.000 ha), so no total; period inherited.",
    "'giảm 4,5% so với cùng kỳ năm 2023' belongs to the quantity, 'tăng 38,6%' to the value, 'tăng 45,1%' to the price.",
    "Market items: subject names the market in words (the partner is part of the indicator, not a location).",
    "Targets: 'Đề án … đến năm 2030' governs the whole sentence (status target, period to 2030-12-31), 'tối thiểu' = at_least.",
]

build(4, TEXT, FIGS, COMMENTS, published="2024-07-10", location="Việt Nam")
