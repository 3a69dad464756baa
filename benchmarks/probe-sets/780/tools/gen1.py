from lib import F, P, inh, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ > Tin tức - Sự kiện > Kinh tế
Cập nhật: 14/03/2024 08:45 | Lượt xem: 3.182

Tăm hương từ cây luồng: xuất khẩu đạt 41,5 triệu USD

Năm 2023, toàn tỉnh có 126 cơ sở sản xuất, chế biến tăm hương và hương thành phẩm từ nguyên liệu tre, luồng, tăng 14 cơ sở so với năm 2022. Trong đó, tập trung chủ yếu ở các huyện miền núi: Bá Thước (31 cơ sở), Quan Hóa (27 cơ sở), Lang Chánh (22 cơ sở), Ngọc Lặc (19 cơ sở).

Sản lượng tăm hương cả năm ước đạt 28.600 tấn, trong đó tăm hương xuất khẩu khoảng 21.400 tấn, chiếm 74,8%. Kim ngạch xuất khẩu tăm hương và hương nén đạt 41,5 triệu USD, giảm 9,6% so với năm 2022 do thị trường Ấn Độ siết nhập khẩu; thị trường Trung Quốc và Đài Loan lần lượt chiếm 38% và 17% kim ngạch.

Các cơ sở tạo việc làm cho hơn 7.800 lao động, trong đó gần 5.200 lao động là người dân tộc thiểu số, thu nhập bình quân từ 5,5 đến 7 triệu đồng/người/tháng. Mỗi năm, ngành tiêu thụ khoảng 160.000 tấn luồng nguyên liệu, giá thu mua tại bãi từ 1,1 đến 1,3 triệu đồng/tấn.

Năm 2023, tỉnh đã hỗ trợ 2,35 tỷ đồng kinh phí khuyến công cho 18 cơ sở đầu tư máy chẻ, máy vót tăm tự động theo Quyết định số 1247/QĐ-UBND ngày 05/4/2023. Nhiều cơ sở dọc Quốc lộ 217 đã nâng công suất lên 3 tấn/ngày.

Phấn đấu đến năm 2025, kim ngạch xuất khẩu tăm hương đạt 60 triệu USD; 100% cơ sở có hệ thống thu gom bụi, mùn cưa; tỷ lệ lao động qua đào tạo đạt 65%.

Sở Công Thương Thanh Hóa - Số 35 Đại lộ Lê Lợi, phường Lam Sơn, TP Thanh Hóa. Điện thoại: 0237.3852.168
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
CN = P("cả năm", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
SUBJ_CS = "cơ sở sản xuất, chế biến tăm hương và hương thành phẩm"

FIGS = [
    F("xuất khẩu đạt 41,5 triệu USD", "41,5", 41.5e6, "money", "USD",
      "kim ngạch xuất khẩu tăm hương từ cây luồng", inh(Y23)),
    F("có 126 cơ sở", "126", 126, "count", "cơ sở", SUBJ_CS, Y23,
      change=CH("increase", 14, "cơ sở", "năm 2022")),
    F("Bá Thước (31 cơ sở)", "31", 31, "count", "cơ sở", SUBJ_CS, inh(Y23), total=126, location="Bá Thước"),
    F("Quan Hóa (27 cơ sở)", "27", 27, "count", "cơ sở", SUBJ_CS, inh(Y23), total=126, location="Quan Hóa"),
    F("Lang Chánh (22 cơ sở)", "22", 22, "count", "cơ sở", SUBJ_CS, inh(Y23), total=126, location="Lang Chánh"),
    F("Ngọc Lặc (19 cơ sở)", "19", 19, "count", "cơ sở", SUBJ_CS, inh(Y23), total=126, location="Ngọc Lặc"),
    F("ước đạt 28.600 tấn", "28.600", 28600, "measure", "tấn", "sản lượng tăm hương", CN, status="estimate"),
    F("khoảng 21.400 tấn", "21.400", 21400, "measure", "tấn", "tăm hương xuất khẩu", CN,
      approx="about", total=28600, percent=74.8, status="estimate"),
    F("hương nén đạt 41,5 triệu USD", "41,5", 41.5e6, "money", "USD",
      "kim ngạch xuất khẩu tăm hương và hương nén", inh(Y23),
      change=CH("decrease", 9.6, "%", "năm 2022")),
    F("chiếm 38%", "38", 38, "percent", "%",
      "tỷ trọng thị trường Trung Quốc trong kim ngạch xuất khẩu tăm hương", inh(Y23)),
    F("và 17% kim ngạch", "17", 17, "percent", "%",
      "tỷ trọng thị trường Đài Loan trong kim ngạch xuất khẩu tăm hương", inh(Y23)),
    F("hơn 7.800 lao động", "7.800", 7800, "count", "lao động",
      "lao động làm việc tại các cơ sở tăm hương", approx="over"),
    F("gần 5.200 lao động", "5.200", 5200, "count", "lao động",
      "lao động là người dân tộc thiểu số", approx="nearly", total=7800),
    F("từ 5,5 đến 7 triệu", "5,5", 5.5e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của lao động", value_max=7e6),
    F("khoảng 160.000 tấn", "160.000", 160000, "measure", "tấn",
      "luồng nguyên liệu tiêu thụ mỗi năm", approx="about"),
    F("từ 1,1 đến 1,3 triệu", "1,1", 1.1e6, "money", "đồng/tấn",
      "giá thu mua luồng tại bãi", value_max=1.3e6),
    F("hỗ trợ 2,35 tỷ đồng", "2,35", 2.35e9, "money", "đồng",
      "kinh phí khuyến công hỗ trợ", Y23),
    F("cho 18 cơ sở", "18", 18, "count", "cơ sở",
      "cơ sở được hỗ trợ đầu tư máy chẻ, máy vót tăm tự động", Y23),
    F("lên 3 tấn/ngày", "3", 3, "measure", "tấn/ngày", "công suất của cơ sở"),
    F("đạt 60 triệu USD", "60", 60e6, "money", "USD", "kim ngạch xuất khẩu tăm hương", T25,
      status="target"),
    F("; 100% cơ sở", "100", 100, "percent", "%", "tỷ lệ cơ sở có hệ thống thu gom bụi, mùn cưa", T25,
      status="target"),
    F("đạt 65%", "65", 65, "percent", "%", "tỷ lệ lao động qua đào tạo", T25, status="target"),
]

emit("p780-1", TEXT, [
    "Thanh Hóa province portal: tăm hương from bamboo (luồng), 2023 results and 2025 targets.",
    "Districts in the bracketed list after 'Trong đó' are locations, parts of the 126 establishments (total).",
    "Headline figure takes the lead's year (inherited). 'cả năm' in the estimate sentence = 2023.",
    "Distractors: Lượt xem 3.182, QĐ số 1247/QĐ-UBND ngày 05/4/2023, Quốc lộ 217, Số 35 Đại lộ Lê Lợi, phone.",
], FIGS, published="2024-03-14", location="Thanh Hóa")
