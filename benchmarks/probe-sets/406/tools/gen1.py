from lib import *

A = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÂM ĐỒNG
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Cập nhật: 14:25 | 08/01/2025
Lượt xem: 2.317

Lâm Đồng: Tổng kết công tác tôn giáo năm 2024

Sáng 7/1, Ban Tôn giáo (Sở Nội vụ) tổ chức hội nghị tổng kết công tác tôn giáo năm 2024 và triển khai nhiệm vụ năm 2025.

Theo báo cáo, tính đến ngày 31/12/2024, toàn tỉnh có 9 tôn giáo với 18 tổ chức tôn giáo được Nhà nước công nhận, cấp đăng ký hoạt động; tổng số tín đồ là 731.468 người, chiếm 54,2% dân số toàn tỉnh. Trong đó, Công giáo có 376.215 tín đồ, Phật giáo 198.640 tín đồ, Tin lành 147.903 tín đồ; các tôn giáo còn lại khoảng 8.700 tín đồ.

Toàn tỉnh hiện có 1.864 chức sắc, 6.925 chức việc và 1.043 cơ sở thờ tự. Trong năm, các tổ chức tôn giáo đã phong phẩm, bổ nhiệm 87 chức sắc, tăng 12 người so với năm 2023; thuyên chuyển 46 chức sắc.

Đồng bào dân tộc thiểu số theo đạo có 213.500 người, tập trung chủ yếu tại các huyện Lạc Dương, Đam Rông và Di Linh. Riêng huyện Đam Rông có gần 29.000 tín đồ Tin lành, chiếm trên 60% dân số của huyện.

Năm 2024, Ban Tôn giáo đã tiếp nhận, giải quyết 412 hồ sơ thủ tục hành chính về tín ngưỡng, tôn giáo, trong đó 398 hồ sơ giải quyết trước hạn và đúng hạn (đạt 96,6%); phối hợp tổ chức 25 lớp bồi dưỡng kiến thức pháp luật cho gần 2.100 lượt chức sắc, chức việc.

Năm 2025, ngành phấn đấu 100% hồ sơ thủ tục hành chính về tôn giáo được giải quyết đúng hạn, 80% hồ sơ được tiếp nhận trực tuyến.

Mọi thông tin liên hệ: Ban Tôn giáo, số 36 Trần Phú, TP Đà Lạt; điện thoại 0263.3822.479.
"""

asof = PI("tính đến ngày 31/12/2024", None, "2024-12-31")
asof_s = P("tính đến ngày 31/12/2024", None, "2024-12-31")
y24 = P("Trong năm", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

figs = [
    F("có 9 tôn giáo", "9", 9, "count", "tôn giáo", "tôn giáo", period=asof_s),
    F("với 18 tổ chức tôn giáo", "18", 18, "count", "tổ chức tôn giáo",
      "tổ chức tôn giáo được Nhà nước công nhận, cấp đăng ký hoạt động", period=asof_s),
    F("là 731.468 người", "731.468", 731468, "count", "người", "tổng số tín đồ", percent=54.2, period=asof_s),
    F("Công giáo có 376.215 tín đồ", "376.215", 376215, "count", "tín đồ", "tín đồ Công giáo",
      total=731468, period=asof),
    F("Phật giáo 198.640 tín đồ", "198.640", 198640, "count", "tín đồ", "tín đồ Phật giáo",
      total=731468, period=asof),
    F("Tin lành 147.903 tín đồ", "147.903", 147903, "count", "tín đồ", "tín đồ Tin lành",
      total=731468, period=asof),
    F("khoảng 8.700 tín đồ", "8.700", 8700, "count", "tín đồ", "tín đồ các tôn giáo còn lại",
      approx="about", total=731468, period=asof),
    F("có 1.864 chức sắc", "1.864", 1864, "count", "chức sắc", "chức sắc", period=asof),
    F("6.925 chức việc", "6.925", 6925, "count", "chức việc", "chức việc", period=asof),
    F("1.043 cơ sở thờ tự", "1.043", 1043, "count", "cơ sở thờ tự", "cơ sở thờ tự", period=asof),
    F("bổ nhiệm 87 chức sắc", "87", 87, "count", "chức sắc", "chức sắc được phong phẩm, bổ nhiệm",
      change=ch("increase", 12, "người", "năm 2023"), period=y24),
    F("thuyên chuyển 46 chức sắc", "46", 46, "count", "chức sắc", "chức sắc thuyên chuyển", period=y24),
    F("có 213.500 người", "213.500", 213500, "count", "người", "đồng bào dân tộc thiểu số theo đạo", period=asof),
    F("gần 29.000 tín đồ Tin lành", "29.000", 29000, "count", "tín đồ", "tín đồ Tin lành",
      approx="nearly", percent=60, location="Đam Rông", period=asof),
    F("giải quyết 412 hồ sơ", "412", 412, "count", "hồ sơ",
      "hồ sơ thủ tục hành chính về tín ngưỡng, tôn giáo tiếp nhận, giải quyết", period=Y24),
    F("trong đó 398 hồ sơ", "398", 398, "count", "hồ sơ", "hồ sơ giải quyết trước hạn và đúng hạn",
      total=412, percent=96.6, period=Y24),
    F("tổ chức 25 lớp bồi dưỡng", "25", 25, "count", "lớp", "lớp bồi dưỡng kiến thức pháp luật", period=Y24),
    F("gần 2.100 lượt chức sắc", "2.100", 2100, "count", "lượt chức sắc, chức việc",
      "lượt chức sắc, chức việc được bồi dưỡng", approx="nearly", period=Y24),
    F("phấn đấu 100% hồ sơ", "100", 100, "percent", "%",
      "hồ sơ thủ tục hành chính về tôn giáo được giải quyết đúng hạn", status="target", period=Y25),
    F("đúng hạn, 80% hồ sơ", "80", 80, "percent", "%", "hồ sơ được tiếp nhận trực tuyến",
      status="target", period=Y25),
]

write("p406-1", A, figs, [
    "Provincial portal (Cổng TTĐT tỉnh Lâm Đồng): year-end review of religious affairs 2024; 'Cập nhật: hh:mm | dd/mm/yyyy' + view counter.",
    "'Trong đó, Công giáo có …' after a sentence break: each religion's followers are parts of 731.468 (total). 'chiếm 54,2% dân số' = percent.",
    "'Toàn tỉnh hiện có …' and the ethnic-minority count stand in later sentences of the as-of report: period inherited (as-of 31/12/2024).",
    "'Trong năm' = 2024 (the report year); 'tăng 12 người so với năm 2023' is the change of 87. Đam Rông figure: location Đam Rông.",
    "Distractors: 'Lượt xem: 2.317', 'Sáng 7/1', time 14:25, address 'số 36 Trần Phú', phone 0263.3822.479.",
], published="2025-01-08", location="Lâm Đồng")
