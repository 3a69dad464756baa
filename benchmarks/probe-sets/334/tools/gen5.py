from lib import F, P, Y, CH, emit

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Tin tức - Sự kiện

Khai mạc Tuần lễ vải thiều Bắc Giang và nông sản các tỉnh năm 2024 tại TP. Hồ Chí Minh
Thứ Sáu, 21/06/2024 - 16:45

Sáng 21/6, tại Trung tâm Hội chợ và Triển lãm Sài Gòn (SECC), số 799 Nguyễn Văn Linh, quận 7, Bộ Công Thương phối hợp với UBND tỉnh Bắc Giang khai mạc Tuần lễ vải thiều và các sản phẩm nông sản năm 2024. Sự kiện diễn ra đến hết ngày 23/6 với 150 gian hàng của 12 tỉnh, thành phố.

Phát biểu tại lễ khai mạc, Thứ trưởng Bộ Công Thương cho biết, năm 2024 cả nước có khoảng 55.000 ha vải, tổng sản lượng dự kiến đạt 320.000 tấn; diện tích nhãn khoảng 80.000 ha, sản lượng dự kiến 620.000 tấn. Hiện cả nước đã có hơn 400 mã số vùng trồng vải, nhãn đủ điều kiện xuất khẩu.

Theo số liệu của Tổng cục Hải quan, 5 tháng đầu năm 2024 kim ngạch xuất khẩu rau quả đạt 2,64 tỷ USD, tăng 27,3% so với cùng kỳ năm trước. Trong đó, xuất khẩu sang Trung Quốc đạt 1,5 tỷ USD, chiếm 56,8%; Mỹ đạt 108 triệu USD; Hàn Quốc 95,2 triệu USD; Nhật Bản 68,7 triệu USD.

Riêng mặt hàng vải thiều, năm 2023 cả nước xuất khẩu tươi gần 140.000 tấn, trị giá khoảng 148 triệu USD. Năm nay, vải thiều Việt Nam đã có mặt tại 30 quốc gia và vùng lãnh thổ; thị trường Nhật Bản nhập khẩu bình quân 1.000-1.500 tấn mỗi vụ.

Trong khuôn khổ tuần lễ, các doanh nghiệp tỉnh Bắc Giang dự kiến ký kết 15 hợp đồng, biên bản ghi nhớ với tổng sản lượng gần 20.000 tấn nông sản.

Cục Xúc tiến thương mại
"""

N24 = Y(2024)
T5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
T5i = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31", inh=True)
XK = "kim ngạch xuất khẩu rau quả sang "

FIGS = [
    F("với 150 gian hàng", "150", 150, "count", "gian hàng", "gian hàng của sự kiện",
      location="Hồ Chí Minh"),
    F("của 12 tỉnh", "12", 12, "count", "tỉnh, thành phố", "tỉnh, thành phố tham gia sự kiện"),
    F("khoảng 55.000 ha", "55.000", 55000, "measure", "ha", "diện tích vải", N24, approx="about"),
    F("đạt 320.000 tấn", "320.000", 320000, "measure", "tấn", "tổng sản lượng vải", N24, status="forecast"),
    F("khoảng 80.000 ha", "80.000", 80000, "measure", "ha", "diện tích nhãn", N24, approx="about"),
    F("dự kiến 620.000 tấn", "620.000", 620000, "measure", "tấn", "sản lượng nhãn", N24, status="forecast"),
    F("hơn 400 mã số", "400", 400, "count", "mã số vùng trồng",
      "mã số vùng trồng vải, nhãn đủ điều kiện xuất khẩu", approx="over"),
    F("đạt 2,64 tỷ USD", "2,64", 2.64e9, "money", "USD", "kim ngạch xuất khẩu rau quả", T5,
      change=CH("increase", 27.3, baseline="cùng kỳ năm trước")),
    F("đạt 1,5 tỷ USD", "1,5", 1.5e9, "money", "USD", XK + "Trung Quốc", T5i, total=2.64e9, percent=56.8),
    F("đạt 108 triệu USD", "108", 108e6, "money", "USD", XK + "Mỹ", T5i, total=2.64e9),
    F("95,2 triệu USD", "95,2", 95.2e6, "money", "USD", XK + "Hàn Quốc", T5i, total=2.64e9),
    F("68,7 triệu USD", "68,7", 68.7e6, "money", "USD", XK + "Nhật Bản", T5i, total=2.64e9),
    F("gần 140.000 tấn", "140.000", 140000, "measure", "tấn", "vải thiều xuất khẩu tươi", Y(2023),
      approx="nearly"),
    F("khoảng 148 triệu USD", "148", 148e6, "money", "USD", "trị giá xuất khẩu vải thiều", Y(2023),
      approx="about"),
    F("tại 30 quốc gia", "30", 30, "count", "quốc gia và vùng lãnh thổ",
      "quốc gia và vùng lãnh thổ có vải thiều Việt Nam", Y(2024, "Năm nay")),
    F("bình quân 1.000-1.500 tấn", "1.000", 1000, "measure", "tấn", "thị trường Nhật Bản nhập khẩu bình quân",
      value_max=1500),
    F("ký kết 15 hợp đồng", "15", 15, "count", "hợp đồng, biên bản ghi nhớ", "hợp đồng, biên bản ghi nhớ ký kết",
      status="forecast", location="Bắc Giang"),
    F("gần 20.000 tấn", "20.000", 20000, "measure", "tấn", "tổng sản lượng nông sản", approx="nearly",
      status="forecast", location="Bắc Giang"),
]

COMMENTS = [
    "Ministry site (Bộ Công Thương), dateline 'Thứ Sáu, 21/06/2024 - 16:45'. National figures: default location Việt Nam.",
    "The event's venue (TP. Hồ Chí Minh, SECC, số 799 Nguyễn Văn Linh, quận 7) is the location only of the booths counted there ('150 gian hàng';",
    "judgment call); '12 tỉnh, thành phố' is a count of provinces (Việt Nam). The contracts belong to Bắc Giang's businesses.",
    "'Trong đó, xuất khẩu sang Trung Quốc ... ; Mỹ ...; Hàn Quốc ...; Nhật Bản ...' are parts of 2,64 tỷ USD (total); trade partners are not places.",
    "'tổng sản lượng dự kiến đạt 320.000 tấn; diện tích nhãn khoảng 80.000 ha' - the forecast cue does not reach the next clause's area.",
    "'Hiện ...' and 'bình quân ... mỗi vụ' carry no period. Distractors: dates 21/6, 23/6, address, 'quận 7'.",
]

emit("p334-5", TEXT, COMMENTS, FIGS, published="2024-06-21", location="Việt Nam")
