from lib import F, P, I, C, T, write

TEXT = """
Cấp cứu ngoại viện ở vùng cao: cuộc chạy đua với thời gian

Sơn La có diện tích hơn 14.100 km2, địa hình chia cắt mạnh, nhiều bản cách trung tâm xã trên 30 km đường đèo dốc. Vì vậy, đưa người bệnh nặng từ bản về bệnh viện luôn là cuộc chạy đua với thời gian.

Hiện toàn tỉnh mới có 1 Trung tâm Cấp cứu 115 đặt tại thành phố Sơn La với 6 xe cứu thương; các trung tâm y tế huyện có tổng cộng 24 xe, phần lớn đã sử dụng từ 8 đến 12 năm. Bình quân toàn tỉnh chỉ đạt 0,23 xe/1 vạn dân.

Năm 2022, Trung tâm Cấp cứu 115 thực hiện 2.145 ca cấp cứu ngoại viện; 10 tháng năm 2023 là 2.038 ca, tăng 15,3% so với cùng kỳ. Do địa bàn rộng, thời gian tiếp cận hiện trường bình quân lên tới 47 phút, gấp gần 3 lần khu vực đồng bằng. Trong 10 tháng qua, có 126 trường hợp người bệnh phải vận chuyển quãng đường trên 100 km, chủ yếu từ các huyện Sốp Cộp, Bắc Yên theo Quốc lộ 6 và Quốc lộ 4G.

Bác sĩ Lò Văn Năm, Phó Giám đốc Trung tâm cho biết: "Có ca chúng tôi đi mất gần 3 giờ mới tới nơi". Chi phí một chuyến xe từ Sốp Cộp về bệnh viện tỉnh khoảng 3-4 triệu đồng, nhiều gia đình không đủ khả năng chi trả.

Tỉnh đặt mục tiêu đến năm 2025 thành lập thêm 4 trạm cấp cứu vệ tinh tại Mộc Châu, Mai Sơn, Sông Mã, Phù Yên, rút ngắn thời gian tiếp cận hiện trường xuống dưới 30 phút. Tổng kinh phí ước tính 36 tỷ đồng.

HOÀNG LINH
18/11/2023
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
M10b = P("Trong 10 tháng qua", "2023-01-01", "2023-10-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 14.100 km2", "14.100", 14100, "measure", "km2", "diện tích tỉnh Sơn La", approx="over"),
    F("trên 30 km đường", "30", 30, "measure", "km",
      "khoảng cách từ nhiều bản đến trung tâm xã", approx="over", optional=True),
    F("có 1 Trung tâm", "1", 1, "count", "Trung tâm Cấp cứu 115", "Trung tâm Cấp cứu 115"),
    F("với 6 xe cứu thương", "6", 6, "count", "xe cứu thương",
      "xe cứu thương của Trung tâm Cấp cứu 115"),
    F("tổng cộng 24 xe", "24", 24, "count", "xe",
      "xe cứu thương của các trung tâm y tế huyện"),
    F("từ 8 đến 12 năm", "8", 8, "measure", "năm",
      "thời gian sử dụng xe cứu thương của các trung tâm y tế huyện", value_max=12),
    F("đạt 0,23 xe/1 vạn dân", "0,23", 0.23, "measure", "xe/1 vạn dân",
      "xe cứu thương bình quân trên dân số toàn tỉnh"),
    F("thực hiện 2.145 ca", "2.145", 2145, "count", "ca",
      "ca cấp cứu ngoại viện", Y22),
    F("là 2.038 ca", "2.038", 2038, "count", "ca", "ca cấp cứu ngoại viện", M10,
      change=C("increase", 15.3, "%", "cùng kỳ")),
    F("lên tới 47 phút", "47", 47, "measure", "phút",
      "thời gian tiếp cận hiện trường bình quân", I(M10),
      change=C("increase", 3, "lần", "khu vực đồng bằng", approx="nearly")),
    F("có 126 trường hợp", "126", 126, "count", "trường hợp",
      "người bệnh phải vận chuyển quãng đường trên 100 km", M10b),
    F("trên 100 km", "100", 100, "measure", "km", "quãng đường vận chuyển",
      approx="over", optional=True),
    F("gần 3 giờ", "3", 3, "measure", "giờ",
      "thời gian xe cấp cứu tới nơi trong ca xa nhất", approx="nearly", optional=True),
    F("khoảng 3-4 triệu đồng", "3", 3e6, "money", "đồng",
      "chi phí một chuyến xe từ Sốp Cộp về bệnh viện tỉnh", approx="about", value_max=4e6),
    F("thêm 4 trạm", "4", 4, "count", "trạm cấp cứu vệ tinh", "trạm cấp cứu vệ tinh thành lập thêm",
      T25, status="target"),
    F("dưới 30 phút", "30", 30, "measure", "phút", "thời gian tiếp cận hiện trường",
      T25, approx="under", status="target"),
    F("ước tính 36 tỷ đồng", "36", 36e9, "money", "đồng",
      "tổng kinh phí thành lập trạm cấp cứu vệ tinh", I(T25), status="estimate"),
]

NOTES = [
    "Provincial Party newspaper (Báo Sơn La style), byline HOÀNG LINH and bare date 18/11/2023 at the end.",
    "Distractors: Quốc lộ 6, Quốc lộ 4G, 'Bác sĩ Lò Văn Năm' (name with a number word), 'Trung tâm Cấp cứu 115'.",
    "'gấp gần 3 lần khu vực đồng bằng' follows 47 phút and compares it with a baseline: read like 'tăng hơn 2,8",
    "lần so với cùng kỳ' in the shared gold, as the change of 47 phút (unit lần, approx nearly), not a figure.",
    "'trên 30 km', 'trên 100 km' are category thresholds, 'gần 3 giờ' is an anecdote in a quote: optional.",
    "'Trong 10 tháng qua' = 10 months of 2023 (the article's year). 'ước tính' makes 36 tỷ an estimate;",
    "its period is the target year of the previous sentence (inherited).",
]

write("p850-5", TEXT, FIGS, NOTES, published="2023-11-18", location="Sơn La")
