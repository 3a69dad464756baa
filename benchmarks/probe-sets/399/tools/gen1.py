from lib import F, P, CH, TG, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ TĨNH
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Hơn 12.400 phụ nữ được khám sàng lọc ung thư vú, ung thư cổ tử cung miễn phí
Cập nhật: 14/10/2024 08:35 | Lượt xem: 1.246

(hatinh.gov.vn) - Thực hiện Kế hoạch số 215/KH-UBND ngày 20/3/2024 của UBND tỉnh, 9 tháng đầu năm 2024, Sở Y tế phối hợp với Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh tổ chức khám sàng lọc miễn phí ung thư vú, ung thư cổ tử cung cho 12.436 phụ nữ, đạt 103,6% kế hoạch năm, tăng 18,2% so với cùng kỳ năm 2023.

Trong đó, 7.918 người được sàng lọc ung thư cổ tử cung bằng xét nghiệm VIA và HPV (chiếm 63,7%), 4.518 người được khám lâm sàng và siêu âm tuyến vú. Qua sàng lọc, các bác sĩ phát hiện 214 trường hợp có tổn thương nghi ngờ, chiếm 1,72% số người được khám; trong đó 37 trường hợp nghi ung thư đã được chuyển lên Bệnh viện Đa khoa tỉnh và Bệnh viện K để chẩn đoán, điều trị.

Các địa phương có số người tham gia đông là thành phố Hà Tĩnh 1.985 người, thị xã Kỳ Anh 1.640 người, huyện Cẩm Xuyên 1.512 người, huyện Hương Sơn 1.307 người. Hai huyện miền núi Vũ Quang và Hương Khê gặp nhiều khó khăn do địa bàn rộng, lần lượt mới đạt 62,4% và 75,1% kế hoạch. Mỗi buổi khám lưu động tại trạm y tế xã tiếp nhận từ 120 đến 180 người.

Đối tượng được khám là phụ nữ từ 30 đến 60 tuổi, ưu tiên hộ nghèo, cận nghèo, người dân tộc thiểu số. Tổng kinh phí thực hiện gần 2,8 tỷ đồng, trong đó ngân sách tỉnh bố trí 1,95 tỷ đồng, phần còn lại do các nhà tài trợ đóng góp.

Năm 2025, ngành Y tế phấn đấu khám sàng lọc cho ít nhất 15.000 phụ nữ, nâng tỷ lệ phụ nữ trong độ tuổi 30-54 được sàng lọc ung thư cổ tử cung lên 45%. Mọi thông tin chi tiết xin liên hệ đường dây nóng 0239.3855.117.

Hoài Nam - Sở Y tế
"""

P9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
P9i = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", inherited=True)
P25 = P("Năm 2025", "2025-01-01", "2025-12-31")
SUBJ = "phụ nữ được khám sàng lọc ung thư vú, ung thư cổ tử cung miễn phí"
LIST = "số người tham gia"
figs = [
    F("Hơn 12.400 phụ nữ", "12.400", 12400, "count", "phụ nữ", SUBJ, P9i, approx="over"),
    F("cho 12.436 phụ nữ", "12.436", 12436, "count", "phụ nữ", SUBJ, P9, percent=103.6,
      change=CH("increase", 18.2, "%", "cùng kỳ năm 2023")),
    F("Trong đó, 7.918 người", "7.918", 7918, "count", "người", "người được sàng lọc ung thư cổ tử cung", P9i,
      total=12436, percent=63.7),
    F("4.518 người", "4.518", 4518, "count", "người", "người được khám lâm sàng và siêu âm tuyến vú", P9i, total=12436),
    F("phát hiện 214 trường hợp", "214", 214, "count", "trường hợp", "trường hợp có tổn thương nghi ngờ", P9i, percent=1.72),
    F("trong đó 37 trường hợp", "37", 37, "count", "trường hợp", "trường hợp nghi ung thư chuyển tuyến", P9i, total=214),
    F("Hà Tĩnh 1.985 người", "1.985", 1985, "count", "người", LIST, P9i, location="Hà Tĩnh"),
    F("Kỳ Anh 1.640 người", "1.640", 1640, "count", "người", LIST, P9i, location="Kỳ Anh"),
    F("Cẩm Xuyên 1.512 người", "1.512", 1512, "count", "người", LIST, P9i, location="Cẩm Xuyên"),
    F("Hương Sơn 1.307 người", "1.307", 1307, "count", "người", LIST, P9i, location="Hương Sơn"),
    F("Hai huyện miền núi", "Hai", 2, "count", "huyện", "huyện miền núi", optional=True),
    F("lần lượt mới đạt 62,4%", "62,4", 62.4, "percent", "%", "tỷ lệ thực hiện kế hoạch khám sàng lọc", P9i,
      location="Vũ Quang"),
    F("62,4% và 75,1% kế hoạch", "75,1", 75.1, "percent", "%", "tỷ lệ thực hiện kế hoạch khám sàng lọc", P9i,
      location="Hương Khê"),
    F("từ 120 đến 180 người", "120", 120, "count", "người", "người được tiếp nhận mỗi buổi khám lưu động", P9i,
      value_max=180),
    F("từ 30 đến 60 tuổi", "30", 30, "measure", "tuổi", "độ tuổi phụ nữ được khám", value_max=60, optional=True),
    F("gần 2,8 tỷ đồng", "2,8", 2800000000, "money", "đồng", "tổng kinh phí thực hiện", P9i, approx="nearly"),
    F("bố trí 1,95 tỷ đồng", "1,95", 1950000000, "money", "đồng", "ngân sách tỉnh bố trí", P9i, total=2800000000),
    F("ít nhất 15.000 phụ nữ", "15.000", 15000, "count", "phụ nữ", "phụ nữ được khám sàng lọc", P25,
      approx="at_least", status="target"),
    F("độ tuổi 30-54", "30", 30, "measure", "tuổi", "độ tuổi", value_max=54, optional=True),
    F("lên 45%", "45", 45, "percent", "%", "tỷ lệ phụ nữ trong độ tuổi được sàng lọc ung thư cổ tử cung", P25,
      status="target"),
]

write(1, TEXT, figs, [
    "Cổng TTĐT tỉnh Hà Tĩnh (provincial portal): free breast and cervical cancer screening for women, 9 months of 2024.",
    "Dateline 'Cập nhật: 14/10/2024 08:35 | Lượt xem: 1.246' (view counter is furniture). Distractors: Kế hoạch số 215/KH-UBND,",
    "ngày 20/3/2024, Bệnh viện K, hotline 0239.3855.117. Age ranges (30-60, 30-54 tuổi) and the list head 'Hai huyện' are optional.",
    "12.436 carries percent 103,6 (đạt … kế hoạch năm) and its change; 7.918 and 4.518 are parts of it (Trong đó); 37 is part of 214.",
    "The 9-month period is stated in the lead only; later figures inherit it. District items: place in location, list indicator as subject.",
    "revised: district list subject now 'số người tham gia', the indicator as the list head names it (was padded from the lead).",
], published="2024-10-14", location="Hà Tĩnh")
