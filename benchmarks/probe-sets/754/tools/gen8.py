from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ PHÚ ĐIỀN - HUYỆN TÂN PHÚ - TỈNH ĐỒNG NAI
Tin hoạt động xã
Ngày đăng: 22/11/2023 | Lượt xem: 418

HTX Ca cao Phú Điền: 10 tháng cung ứng 126 tấn hạt lên men

Tính đến tháng 10/2023, Hợp tác xã Ca cao Phú Điền có 58 thành viên, liên kết với 137 hộ trồng ca cao trên diện tích 214,6 ha. 10 tháng năm 2023, HTX đã thu mua 472 tấn hạt tươi, lên men và cung ứng 126 tấn hạt khô cho các doanh nghiệp chế biến sô-cô-la, tăng 18% so với cùng kỳ; doanh thu ước đạt 19,8 tỷ đồng.

Giá thu mua hạt tươi bình quân 38.000 đồng/kg, cao hơn thương lái khoảng 3.500 đồng/kg. Nhờ vậy, thu nhập của thành viên đạt 130-150 triệu đồng/ha/năm. Hai năm qua, HTX được hỗ trợ 1,6 tỷ đồng từ Chương trình 135 để làm 24 thùng lên men và 1.800 m2 sân phơi.

Toàn xã hiện có 1.826 hộ với 7.342 nhân khẩu, trong đó đồng bào dân tộc thiểu số chiếm 38,5%. Năm 2023, tỷ lệ hộ nghèo còn 1,9%, giảm 0,8% so với năm 2022; thu nhập bình quân đầu người ước đạt 64,5 triệu đồng/người/năm.

Năm 2024, xã phấn đấu mở rộng vùng nguyên liệu ca cao lên 260 ha, trong đó 120 ha đạt chứng nhận VietGAP; 100% hạt ca cao của thành viên được lên men. Khu sơ chế của HTX nằm ở ấp 4, trên Tỉnh lộ 766, gần ngã ba Quốc lộ 20.

Điện thoại UBND xã: 0251.3856.204
"""

ASOF = P("Tính đến tháng 10/2023", None, "2023-10-31")
M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("ứng 126 tấn hạt lên", "126", 126, "measure", "tấn", "hạt ca cao lên men HTX Ca cao Phú Điền cung ứng",
      P("10 tháng", "2023-01-01", "2023-10-31")),
    F("có 58 thành viên", "58", 58, "count", "thành viên", "thành viên Hợp tác xã Ca cao Phú Điền", ASOF),
    F("với 137 hộ", "137", 137, "count", "hộ", "hộ trồng ca cao liên kết với HTX", ASOF),
    F("tích 214,6 ha", "214,6", 214.6, "measure", "ha", "diện tích ca cao liên kết với HTX", ASOF),
    F("mua 472 tấn", "472", 472, "measure", "tấn", "hạt ca cao tươi HTX thu mua", M10),
    F("ứng 126 tấn hạt khô", "126", 126, "measure", "tấn", "hạt ca cao khô cung ứng cho các doanh nghiệp chế biến sô-cô-la",
      M10, change=CH("increase", 18, "%", "cùng kỳ")),
    F("đạt 19,8 tỷ", "19,8", 19800000000, "money", "đồng", "doanh thu của HTX", M10, status="estimate"),
    F("quân 38.000", "38.000", 38000, "money", "đồng/kg", "giá thu mua hạt ca cao tươi bình quân",
      change=CH("increase", 3500, "đồng/kg", "thương lái", approx="about")),
    F("đạt 130-150", "130", 130000000, "money", "đồng/ha/năm", "thu nhập của thành viên", value_max=150000000),
    F("trợ 1,6 tỷ", "1,6", 1600000000, "money", "đồng", "kinh phí hỗ trợ HTX từ Chương trình 135"),
    F("làm 24 thùng", "24", 24, "count", "thùng lên men", "thùng lên men"),
    F("và 1.800 m2", "1.800", 1800, "measure", "m2", "sân phơi"),
    F("có 1.826 hộ", "1.826", 1826, "count", "hộ", "hộ của xã"),
    F("với 7.342 nhân khẩu", "7.342", 7342, "count", "nhân khẩu", "nhân khẩu của xã"),
    F("chiếm 38,5%", "38,5", 38.5, "percent", "%", "tỷ lệ đồng bào dân tộc thiểu số"),
    F("còn 1,9%", "1,9", 1.9, "percent", "%", "tỷ lệ hộ nghèo", Y23, change=CH("decrease", 0.8, "%", "năm 2022")),
    F("ước đạt 64,5 triệu", "64,5", 64500000, "money", "đồng/người/năm", "thu nhập bình quân đầu người", Y23,
      status="estimate"),
    F("lên 260 ha", "260", 260, "measure", "ha", "vùng nguyên liệu ca cao", Y24, status="target"),
    F("đó 120 ha", "120", 120, "measure", "ha", "diện tích vùng nguyên liệu ca cao đạt chứng nhận VietGAP", Y24,
      total=260, status="target"),
    F("VietGAP; 100%", "100", 100, "percent", "%", "tỷ lệ hạt ca cao của thành viên được lên men", Y24,
      status="target"),
]

COMMENTS = [
    "p754-8: commune portal (xã Phú Điền, huyện Tân Phú, Đồng Nai), 'Ngày đăng: 22/11/2023 | Lượt xem: 418': cocoa cooperative, commune figures.",
    "Distractors: Lượt xem 418, 'Chương trình 135', 'ấp 4', 'Tỉnh lộ 766', 'Quốc lộ 20', phone; 'Hai năm qua' is a duration (no figure).",
    "Location: commune figures go to their district, Tân Phú (FIGURES.md locations are province/city/district).",
    "Headline '10 tháng' takes 2023 from the dateline. 'Tính đến tháng 10/2023' -> as-of 2023-10-31.",
    "'126 tấn … tăng 18% so với cùng kỳ': change of the supplied volume. 'cao hơn thương lái khoảng 3.500 đồng/kg': change of the price.",
    "'trong đó đồng bào dân tộc thiểu số chiếm 38,5%': a percent figure (share), no total. 'giảm 0,8% so với năm 2022' is the change of the 1,9% rate.",
    "'Hai năm qua' (1,6 tỷ) is a vague span: no period given (unscored).",
]

emit("p754-8", TEXT, COMMENTS, FIGS, published="2023-11-22", location="Tân Phú")
