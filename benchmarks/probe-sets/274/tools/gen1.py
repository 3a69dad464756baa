from lib import F, P, C, emit

TEXT = """Cổng Thông tin điện tử tỉnh Bình Phước
Trang chủ > Tin tức > Kinh tế - Nông nghiệp

Bình Phước: Năng suất cao su bình quân đạt 1,72 tấn/ha
Cập nhật: 10/01/2025 08:45 | Lượt xem: 1.284

(BP) - Theo báo cáo của Sở Nông nghiệp và Phát triển nông thôn, năm 2024 tổng diện tích cây cao su toàn tỉnh đạt 243.650 ha, giảm 1,2% so với năm 2023. Trong đó, diện tích cao su tiểu điền là 134.800 ha, chiếm 55,3%; diện tích do các công ty cao su quản lý khoảng 108,9 nghìn ha.

Diện tích cao su đang cho khai thác là 211.400 ha; sản lượng mủ quy khô ước đạt 363.600 tấn, tăng 2,4% so với năm trước; năng suất bình quân đạt 1,72 tấn/ha, thuộc nhóm cao nhất cả nước. Các huyện có diện tích cao su lớn gồm Bù Gia Mập (41.200 ha), Lộc Ninh (38.750 ha), Hớn Quản (37.900 ha) và Bù Đốp (22.300 ha).

Trong tháng 12/2024, giá thu mua mủ nước tại các công ty dao động từ 395 đến 420 đồng/độ TSC, cao hơn khoảng 25% so với cùng kỳ năm 2023; giá mủ chén (mủ đông) ở mức 16.000-17.500 đồng/kg. Với giá bán hiện nay, người trồng cao su tiểu điền có lãi bình quân 38-42 triệu đồng/ha/năm.

Năm 2024, kim ngạch xuất khẩu cao su của tỉnh ước đạt 612 triệu USD, tăng 18,5% so với năm 2023, chiếm 14% tổng kim ngạch xuất khẩu toàn tỉnh. Toàn tỉnh hiện có 52 cơ sở, nhà máy sơ chế, chế biến mủ cao su với tổng công suất trên 520.000 tấn/năm, trong đó 11 nhà máy thuộc các doanh nghiệp nhà nước.

Thực hiện Quyết định số 1128/QĐ-UBND ngày 20/6/2023 của UBND tỉnh, năm 2025 tỉnh phấn đấu ổn định diện tích cao su khoảng 240 nghìn ha, trong đó diện tích được cấp chứng chỉ quản lý rừng bền vững (FSC, PEFC) đạt trên 30.000 ha; năng suất bình quân đạt 1,75 tấn/ha.

Mọi ý kiến đóng góp xin gửi về Sở NN&PTNT, số 678 Quốc lộ 14, phường Tân Phú, TP Đồng Xoài; điện thoại 0271.3879.456.
"""

COMMENTS = [
    "Province portal (Bình Phước), 'Cập nhật: 10/01/2025 08:45 | Lượt xem: 1.284' dateline + view counter. Default location Bình Phước.",
    "'năm 2024' opens the first sentence; the 'Trong đó' sentence and the next paragraph inherit it. District list items get the district as location;",
    "'Các huyện ... gồm' follows no figure, so the district items have no total. '52 cơ sở, nhà máy ... trên 520.000 tấn/năm, trong đó 11 nhà máy':",
    "the whole is 52 (same thing counted), not the capacity in between. Price ranges give value_max; 'cao hơn khoảng 25% so với cùng kỳ' is the change of the range.",
    "Targets for 2025 after 'phấn đấu' (status target) incl. the 'trong đó' part (total 240000). Headline '1,72 tấn/ha' has no period.",
    "Distractors: Quyết định số 1128/QĐ-UBND, ngày 20/6/2023, Quốc lộ 14, số 678, phone, view counter.",
]

Y = P("năm 2024", "2024-01-01", "2024-12-31")
Yi = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
T12 = P("Trong tháng 12/2024", "2024-12-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("đạt 1,72 tấn/ha\nCập", "1,72", 1.72, "measure", "tấn/ha", "năng suất cao su bình quân"),
    F("đạt 243.650 ha", "243.650", 243650, "measure", "ha", "tổng diện tích cây cao su", Y,
      change=C("decrease", 1.2, "%", "năm 2023")),
    F("là 134.800 ha", "134.800", 134800, "measure", "ha", "diện tích cao su tiểu điền", Yi,
      total=243650, percent=55.3),
    F("khoảng 108,9 nghìn ha", "108,9", 108900, "measure", "ha", "diện tích do các công ty cao su quản lý", Yi,
      approx="about", total=243650),
    F("là 211.400 ha", "211.400", 211400, "measure", "ha", "diện tích cao su đang cho khai thác", Yi),
    F("ước đạt 363.600 tấn", "363.600", 363600, "measure", "tấn", "sản lượng mủ quy khô", Yi,
      status="estimate", change=C("increase", 2.4, "%", "năm trước")),
    F("đạt 1,72 tấn/ha, thuộc", "1,72", 1.72, "measure", "tấn/ha", "năng suất bình quân", Yi),
    F("Bù Gia Mập (41.200 ha)", "41.200", 41200, "measure", "ha", "diện tích cao su", Yi, location="Bù Gia Mập"),
    F("Lộc Ninh (38.750 ha)", "38.750", 38750, "measure", "ha", "diện tích cao su", Yi, location="Lộc Ninh"),
    F("Hớn Quản (37.900 ha)", "37.900", 37900, "measure", "ha", "diện tích cao su", Yi, location="Hớn Quản"),
    F("Bù Đốp (22.300 ha)", "22.300", 22300, "measure", "ha", "diện tích cao su", Yi, location="Bù Đốp"),
    F("từ 395 đến", "395", 395, "money", "đồng/độ TSC", "giá thu mua mủ nước tại các công ty", T12,
      value_max=420, change=C("increase", 25, "%", "cùng kỳ năm 2023", approx="about")),
    F("16.000-17.500 đồng/kg", "16.000", 16000, "money", "đồng/kg", "giá mủ chén (mủ đông)", T12, value_max=17500),
    F("38-42 triệu đồng/ha/năm", "38", 38000000, "money", "đồng/ha/năm", "lãi bình quân của người trồng cao su tiểu điền",
      value_max=42000000),
    F("ước đạt 612 triệu USD", "612", 612000000, "money", "USD", "kim ngạch xuất khẩu cao su",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="estimate", percent=14,
      change=C("increase", 18.5, "%", "năm 2023")),
    F("có 52 cơ sở", "52", 52, "count", "cơ sở, nhà máy", "cơ sở, nhà máy sơ chế, chế biến mủ cao su"),
    F("trên 520.000 tấn/năm", "520.000", 520000, "measure", "tấn/năm", "tổng công suất cơ sở, nhà máy chế biến mủ cao su",
      approx="over"),
    F("trong đó 11 nhà máy", "11", 11, "count", "nhà máy", "nhà máy thuộc các doanh nghiệp nhà nước", total=52),
    F("khoảng 240 nghìn ha", "240", 240000, "measure", "ha", "diện tích cao su", Y25, approx="about", status="target"),
    F("trên 30.000 ha", "30.000", 30000, "measure", "ha", "diện tích được cấp chứng chỉ quản lý rừng bền vững (FSC, PEFC)",
      Y25, approx="over", status="target", total=240000),
    F("đạt 1,75 tấn/ha", "1,75", 1.75, "measure", "tấn/ha", "năng suất bình quân", Y25, status="target"),
]

emit("p274-1", TEXT, COMMENTS, FIGS, published="2025-01-10", location="Bình Phước")
