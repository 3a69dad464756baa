from lib import F, P, I, YEAR, CH, emit

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ | Tin tức | Môi trường

Cả nước phát sinh gần 67.900 tấn chất thải rắn sinh hoạt mỗi ngày

05/06/2024 08:30 | Lượt xem: 2.904

Theo số liệu tổng hợp từ 63 tỉnh, thành phố trực thuộc Trung ương, năm 2023 tổng khối lượng chất thải rắn sinh hoạt phát sinh trên cả nước gần 67.900 tấn/ngày, tăng khoảng 5% so với năm 2022. Trong đó, khu vực đô thị khoảng 38.200 tấn/ngày, khu vực nông thôn khoảng 29.700 tấn/ngày. Lượng phát sinh bình quân đầu người ở đô thị là 1,08 kg/người/ngày, ở nông thôn 0,51 kg/người/ngày.

Tỷ lệ thu gom chất thải rắn sinh hoạt tại đô thị và nông thôn lần lượt đạt 96,3% và 72,5%. Tỷ lệ thu gom ở nông thôn cao nhất là Hà Nam (99,1%), Thái Bình (97,6%), Nam Định (96,8%); thấp nhất là Điện Biên (31,2%) và Lai Châu (34,5%).

Cả nước hiện có 1.322 cơ sở xử lý chất thải rắn sinh hoạt, gồm 381 lò đốt, 37 cơ sở sản xuất phân compost và 904 bãi chôn lấp, trong đó có 289 bãi chôn lấp hợp vệ sinh. Tỷ lệ chôn lấp trực tiếp hiện khoảng 64%; năm 2019 tỷ lệ này là 71%.

Đến tháng 5/2024, cả nước có 9 nhà máy đốt rác phát điện đi vào vận hành với tổng công suất xử lý hơn 14.500 tấn/ngày, công suất phát điện khoảng 290 MW; 12 dự án khác đang triển khai, dự kiến nâng tổng công suất xử lý lên 27.000 tấn/ngày vào năm 2026.

Theo Chiến lược quốc gia về bảo vệ môi trường đến năm 2030, tầm nhìn đến năm 2050, đến năm 2025 tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý đáp ứng yêu cầu bảo vệ môi trường đạt 90%; đến năm 2030 tỷ lệ chôn lấp trực tiếp giảm xuống dưới 30%.

Cục Kiểm soát ô nhiễm môi trường
Địa chỉ: Số 10 Tôn Thất Thuyết, Cầu Giấy, Hà Nội
"""

Y23 = YEAR(2023)
ASOF = P("Đến tháng 5/2024", None, "2024-05-31")
RURAL = "Tỷ lệ thu gom chất thải rắn sinh hoạt ở nông thôn"

FIGS = [
    F("gần 67.900 tấn chất", "67.900", 67900, "measure", "tấn/ngày", "chất thải rắn sinh hoạt phát sinh", I(Y23),
      approx="nearly"),
    F("từ 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố trực thuộc Trung ương có số liệu tổng hợp"),
    F("gần 67.900 tấn/ngày", "67.900", 67900, "measure", "tấn/ngày", "tổng khối lượng chất thải rắn sinh hoạt phát sinh", Y23,
      approx="nearly", change=CH("increase", 5, baseline="năm 2022", approx="about")),
    F("khoảng 38.200", "38.200", 38200, "measure", "tấn/ngày", "khối lượng chất thải rắn sinh hoạt phát sinh khu vực đô thị",
      I(Y23), approx="about", total=67900),
    F("khoảng 29.700", "29.700", 29700, "measure", "tấn/ngày", "khối lượng chất thải rắn sinh hoạt phát sinh khu vực nông thôn",
      I(Y23), approx="about", total=67900),
    F("là 1,08 kg", "1,08", 1.08, "measure", "kg/người/ngày", "Lượng phát sinh bình quân đầu người ở đô thị", I(Y23)),
    F("thôn 0,51 kg", "0,51", 0.51, "measure", "kg/người/ngày", "Lượng phát sinh bình quân đầu người ở nông thôn", I(Y23)),
    F("đạt 96,3%", "96,3", 96.3, "percent", "%", "Tỷ lệ thu gom chất thải rắn sinh hoạt tại đô thị", I(Y23)),
    F("và 72,5%", "72,5", 72.5, "percent", "%", "Tỷ lệ thu gom chất thải rắn sinh hoạt tại nông thôn", I(Y23)),
    F("Hà Nam (99,1%)", "99,1", 99.1, "percent", "%", RURAL, I(Y23), location="Hà Nam"),
    F("Thái Bình (97,6%)", "97,6", 97.6, "percent", "%", RURAL, I(Y23), location="Thái Bình"),
    F("Nam Định (96,8%)", "96,8", 96.8, "percent", "%", RURAL, I(Y23), location="Nam Định"),
    F("Điện Biên (31,2%)", "31,2", 31.2, "percent", "%", RURAL, I(Y23), location="Điện Biên"),
    F("Lai Châu (34,5%)", "34,5", 34.5, "percent", "%", RURAL, I(Y23), location="Lai Châu"),
    F("có 1.322 cơ sở", "1.322", 1322, "count", "cơ sở xử lý", "cơ sở xử lý chất thải rắn sinh hoạt"),
    F("gồm 381 lò đốt", "381", 381, "count", "lò đốt", "lò đốt chất thải rắn sinh hoạt", total=1322),
    F("37 cơ sở sản xuất", "37", 37, "count", "cơ sở sản xuất phân compost", "cơ sở sản xuất phân compost", total=1322),
    F("904 bãi chôn lấp", "904", 904, "count", "bãi chôn lấp", "bãi chôn lấp chất thải rắn sinh hoạt", total=1322),
    F("có 289 bãi", "289", 289, "count", "bãi chôn lấp", "bãi chôn lấp hợp vệ sinh", total=904),
    F("khoảng 64%", "64", 64, "percent", "%", "Tỷ lệ chôn lấp trực tiếp", approx="about"),
    F("là 71%", "71", 71, "percent", "%", "Tỷ lệ chôn lấp trực tiếp", YEAR(2019)),
    F("có 9 nhà máy", "9", 9, "count", "nhà máy", "nhà máy đốt rác phát điện đi vào vận hành", ASOF),
    F("hơn 14.500 tấn/ngày", "14.500", 14500, "measure", "tấn/ngày", "tổng công suất xử lý của nhà máy đốt rác phát điện", ASOF,
      approx="over"),
    F("khoảng 290 MW", "290", 290, "measure", "MW", "công suất phát điện của nhà máy đốt rác phát điện", ASOF,
      approx="about"),
    F("12 dự án", "12", 12, "count", "dự án", "dự án nhà máy đốt rác phát điện đang triển khai", ASOF),
    F("lên 27.000 tấn/ngày", "27.000", 27000, "measure", "tấn/ngày", "tổng công suất xử lý của nhà máy đốt rác phát điện",
      YEAR(2026, "vào năm 2026"), status="forecast"),
    F("đạt 90%", "90", 90, "percent", "%",
      "tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý đáp ứng yêu cầu bảo vệ môi trường",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("dưới 30%", "30", 30, "percent", "%", "tỷ lệ chôn lấp trực tiếp", P("đến năm 2030", None, "2030-12-31"),
      approx="under", status="target"),
]

COMMENTS = [
    "Ministry site (Bộ TN&MT), national figures (location Việt Nam); '05/06/2024 08:30 | Lượt xem: 2.904' is the dateline + counter.",
    "'63 tỉnh, thành phố' is a count of provinces (a figure, no period of its own). Headline figure inherits năm 2023.",
    "'gần 67.900 tấn/ngày, tăng khoảng 5% so với năm 2022' -> change with approx about; 'Trong đó' parts across a sentence break -> total.",
    "'lần lượt đạt 96,3% và 72,5%' two figures. Province list: location = province, subject = list's indicator.",
    "'1.322 cơ sở …, gồm 381 …, 37 … và 904 …' -> total 1322; 'trong đó có 289 bãi chôn lấp hợp vệ sinh' follows 904 -> total 904.",
    "'năm 2019 tỷ lệ này là 71%' is a figure of its own (period năm 2019). 'Đến tháng 5/2024' as-of governs the sentence up to the",
    "forecast clause; '27.000 tấn/ngày vào năm 2026' -> forecast, period năm 2026. Strategy name 'đến năm 2030, tầm nhìn đến năm 2050'",
    "is a name; the target periods are 'đến năm 2025' (90%) and 'đến năm 2030' (30%).",
    "Distractors: address 'Số 10 Tôn Thất Thuyết', 'Lượt xem: 2.904', strategy title years.",
]

emit("p491-4", TEXT, COMMENTS, FIGS, published="2024-06-05", location="Việt Nam")
