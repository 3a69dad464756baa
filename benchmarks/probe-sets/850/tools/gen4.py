from lib import F, P, I, C, T, write

TEXT = """
BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Khám chữa bệnh
Ngày đăng: 05/03/2024 | Lượt xem: 1.127

Hệ thống cấp cứu ngoại viện: còn thiếu xe, thiếu bác sĩ

Theo Cục Quản lý Khám, chữa bệnh, tính đến hết năm 2023, cả nước có 52/63 tỉnh, thành phố đã thành lập Trung tâm Cấp cứu 115 độc lập; 11 địa phương còn lại giao bệnh viện đa khoa tỉnh đảm nhận.

Toàn quốc hiện có khoảng 1.350 xe cứu thương thuộc hệ thống 115, bình quân 1 xe/73.000 dân, trong khi khuyến cáo của Tổ chức Y tế thế giới là 1 xe/30.000 dân. Một số địa phương có mạng lưới trạm vệ tinh dày là TP. Hồ Chí Minh (40 trạm), Hà Nội (21 trạm), Đà Nẵng (9 trạm) và Cần Thơ (7 trạm).

Năm 2023, hệ thống cấp cứu ngoại viện đã tiếp nhận khoảng 3,2 triệu cuộc gọi, vận chuyển hơn 412.000 người bệnh, tăng 9,6% so với năm 2022. Thời gian tiếp cận hiện trường ở khu vực đô thị là 15-20 phút, khu vực nông thôn, miền núi 30-60 phút, cá biệt có nơi trên 90 phút.

Về nhân lực, cả nước có khoảng 4.800 người làm công tác cấp cứu ngoại viện, trong đó chỉ có 1.150 bác sĩ, chiếm 24%.

Theo Đề án phát triển hệ thống cấp cứu ngoại viện giai đoạn 2024-2030 ban hành kèm Quyết định số 1473/QĐ-BYT, đến năm 2025 phấn đấu 100% tỉnh, thành phố có Trung tâm Cấp cứu 115 độc lập; đến năm 2030 thời gian tiếp cận hiện trường khu vực đô thị không quá 15 phút, đạt tỷ lệ 1 xe cứu thương/50.000 dân. Tổng kinh phí thực hiện Đề án dự kiến khoảng 2.400 tỷ đồng, trong đó ngân sách trung ương 960 tỷ đồng.

Cục Quản lý Khám, chữa bệnh - 138A Giảng Võ, Ba Đình, Hà Nội. Điện thoại: 024.6273.2273
"""

E23 = P("tính đến hết năm 2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
DA = P("giai đoạn 2024-2030", "2024-01-01", "2030-12-31", inherited=True)

FIGS = [
    F("có 52/63 tỉnh", "52", 52, "count", "tỉnh, thành phố",
      "tỉnh, thành phố đã thành lập Trung tâm Cấp cứu 115 độc lập", E23, total=63),
    F("11 địa phương", "11", 11, "count", "địa phương",
      "địa phương giao bệnh viện đa khoa tỉnh đảm nhận cấp cứu ngoại viện", E23),
    F("khoảng 1.350 xe", "1.350", 1350, "count", "xe cứu thương",
      "xe cứu thương thuộc hệ thống 115", approx="about"),
    F("bình quân 1 xe/73.000 dân", "1", 1, "measure", "xe/73.000 dân",
      "xe cứu thương bình quân trên dân số"),
    F("là 1 xe/30.000 dân", "1", 1, "measure", "xe/30.000 dân",
      "khuyến cáo của Tổ chức Y tế thế giới về xe cứu thương trên dân số", status="target",
      optional=True),
    F("Hồ Chí Minh (40 trạm)", "40", 40, "count", "trạm", "trạm cấp cứu vệ tinh",
      location="TP. Hồ Chí Minh"),
    F("Hà Nội (21 trạm)", "21", 21, "count", "trạm", "trạm cấp cứu vệ tinh", location="Hà Nội"),
    F("Đà Nẵng (9 trạm)", "9", 9, "count", "trạm", "trạm cấp cứu vệ tinh", location="Đà Nẵng"),
    F("Cần Thơ (7 trạm)", "7", 7, "count", "trạm", "trạm cấp cứu vệ tinh", location="Cần Thơ"),
    F("khoảng 3,2 triệu cuộc gọi", "3,2", 3.2e6, "count", "cuộc gọi",
      "cuộc gọi hệ thống cấp cứu ngoại viện tiếp nhận", Y23, approx="about"),
    F("hơn 412.000 người bệnh", "412.000", 412000, "count", "người bệnh",
      "người bệnh được vận chuyển", Y23, approx="over",
      change=C("increase", 9.6, "%", "năm 2022")),
    F("là 15-20 phút", "15", 15, "measure", "phút",
      "thời gian tiếp cận hiện trường ở khu vực đô thị", I(Y23), value_max=20),
    F("miền núi 30-60 phút", "30", 30, "measure", "phút",
      "thời gian tiếp cận hiện trường khu vực nông thôn, miền núi", I(Y23), value_max=60),
    F("trên 90 phút", "90", 90, "measure", "phút",
      "thời gian tiếp cận hiện trường cá biệt", I(Y23), approx="over"),
    F("khoảng 4.800 người", "4.800", 4800, "count", "người",
      "người làm công tác cấp cứu ngoại viện", approx="about"),
    F("có 1.150 bác sĩ", "1.150", 1150, "count", "bác sĩ",
      "bác sĩ làm công tác cấp cứu ngoại viện", total=4800, percent=24),
    F("phấn đấu 100%", "100", 100, "percent", "%",
      "tỉnh, thành phố có Trung tâm Cấp cứu 115 độc lập", T25, status="target"),
    F("không quá 15 phút", "15", 15, "measure", "phút",
      "thời gian tiếp cận hiện trường khu vực đô thị", T30, approx="at_most", status="target"),
    F("tỷ lệ 1 xe cứu thương/50.000 dân", "1", 1, "measure", "xe/50.000 dân",
      "tỷ lệ xe cứu thương trên dân số", T30, status="target"),
    F("khoảng 2.400 tỷ đồng", "2.400", 2.4e12, "money", "đồng",
      "tổng kinh phí thực hiện Đề án", DA, approx="about", status="forecast"),
    F("trung ương 960 tỷ đồng", "960", 9.6e11, "money", "đồng",
      "kinh phí thực hiện Đề án từ ngân sách trung ương", DA, total=2.4e12, status="forecast"),
]

NOTES = [
    "Ministry site (Bộ Y tế, Cục Quản lý Khám, chữa bệnh), national figures (Việt Nam), posted 05/03/2024.",
    "Distractors: Lượt xem 1.127, 'Trung tâm Cấp cứu 115', 'hệ thống 115', 'giai đoạn 2024-2030',",
    "Quyết định số 1473/QĐ-BYT, 138A Giảng Võ, phone.",
    "Rates keep the denominator in the unit (value 1, unit 'xe/73.000 dân'). The WHO recommendation is a norm,",
    "not a fact about Vietnam: optional. City list in brackets shares the indicator 'trạm cấp cứu vệ tinh';",
    "the cities are locations. 'hiện' sentences get no period; response times inherit 'Năm 2023'.",
    "'dự kiến' governs the 2.400 tỷ clause and the 'trong đó' part that continues it (forecast, total 2.400 tỷ);",
    "their period is the Đề án's 'giai đoạn 2024-2030' from the previous sentence (inherited).",
    "revised after scoring: unit of '1 xe cứu thương/50.000 dân' is 'xe/50.000 dân' (the shared gold shortens the",
    "counted noun of a rate: h07 '0,72 doanh nghiệp công nghệ số trên 1.000 dân' -> 'doanh nghiệp/1.000 dân').",
]

write("p850-4", TEXT, FIGS, NOTES, published="2024-03-05", location="Việt Nam")
