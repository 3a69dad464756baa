from lib import F, P, I, C, T, write

TEXT = """
BÁO BẮC GIANG ĐIỆN TỬ
Xã hội » Y tế
Cập nhật lúc 16:05, Thứ Sáu, 11/04/2025

Hơn 1.900 ca cấp cứu ngoại viện trong quý I

(BGĐT) - Quý I/2025, Trung tâm Cấp cứu 115 Bắc Giang và 10 trạm vệ tinh đặt tại các trung tâm y tế huyện đã thực hiện 1.936 ca cấp cứu ngoại viện, tăng 11,2% so với cùng kỳ, bằng 26,4% kế hoạch năm.

Trong đó, cấp cứu tai nạn giao thông 512 ca, đột quỵ 287 ca, tai nạn lao động 94 ca. Các địa phương có số ca nhiều nhất là TP. Bắc Giang, thị xã Việt Yên và huyện Lục Ngạn với lần lượt 468, 315 và 246 ca.

Thời gian tiếp cận hiện trường trung bình toàn tỉnh là 16 phút, giảm 3 phút so với năm 2024; riêng các xã vùng cao của huyện Sơn Động khoảng 35-45 phút. Bắc Giang hiện đứng thứ 2 khu vực trung du và miền núi phía Bắc về tỷ lệ xe cứu thương trên dân số, đạt 1 xe/58.000 dân.

Đội ngũ cấp cứu ngoại viện của tỉnh gồm 146 người, trong đó 38 bác sĩ. Năm 2025, tỉnh bố trí 21,6 tỷ đồng mua 8 xe cứu thương mới; dự kiến đến tháng 6/2025 đưa vào hoạt động thêm 2 trạm vệ tinh tại Lục Nam và Yên Thế.

Phấn đấu cả năm 2025 thực hiện 7.330 ca cấp cứu ngoại viện, 100% người bệnh được sơ cứu ban đầu trước khi vận chuyển.

Người dân có thể gọi tổng đài 115 hoặc đường dây nóng 0204.3855.115 để được hỗ trợ.

Minh Thu
"""

Q1h = P("trong quý I", "2025-01-01", "2025-03-31")
Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
J6 = P("đến tháng 6/2025", None, "2025-06-30")
C25 = P("cả năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hơn 1.900 ca", "1.900", 1900, "count", "ca", "ca cấp cứu ngoại viện", Q1h, approx="over"),
    F("và 10 trạm", "10", 10, "count", "trạm vệ tinh",
      "trạm vệ tinh đặt tại các trung tâm y tế huyện", Q1),
    F("thực hiện 1.936 ca", "1.936", 1936, "count", "ca", "ca cấp cứu ngoại viện", Q1,
      change=C("increase", 11.2, "%", "cùng kỳ"), percent=26.4),
    F("giao thông 512 ca", "512", 512, "count", "ca", "ca cấp cứu tai nạn giao thông", I(Q1),
      total=1936),
    F("đột quỵ 287 ca", "287", 287, "count", "ca", "ca cấp cứu đột quỵ", I(Q1), total=1936),
    F("lao động 94 ca", "94", 94, "count", "ca", "ca cấp cứu tai nạn lao động", I(Q1), total=1936),
    F("lượt 468", "468", 468, "count", "ca", "ca cấp cứu ngoại viện", I(Q1), location="Bắc Giang"),
    F("468, 315", "315", 315, "count", "ca", "ca cấp cứu ngoại viện", I(Q1), location="Việt Yên"),
    F("và 246 ca", "246", 246, "count", "ca", "ca cấp cứu ngoại viện", I(Q1), location="Lục Ngạn"),
    F("là 16 phút", "16", 16, "measure", "phút",
      "thời gian tiếp cận hiện trường trung bình toàn tỉnh", I(Q1),
      change=C("decrease", 3, "phút", "năm 2024")),
    F("khoảng 35-45 phút", "35", 35, "measure", "phút",
      "thời gian tiếp cận hiện trường các xã vùng cao", I(Q1), approx="about", value_max=45,
      location="Sơn Động"),
    F("đứng thứ 2", "2", 2, "rank", "hạng",
      "tỷ lệ xe cứu thương trên dân số"),
    F("đạt 1 xe/58.000 dân", "1", 1, "measure", "xe/58.000 dân", "tỷ lệ xe cứu thương trên dân số"),
    F("gồm 146 người", "146", 146, "count", "người", "đội ngũ cấp cứu ngoại viện của tỉnh"),
    F("trong đó 38 bác sĩ", "38", 38, "count", "bác sĩ", "bác sĩ cấp cứu ngoại viện", total=146),
    F("bố trí 21,6 tỷ đồng", "21,6", 21.6e9, "money", "đồng",
      "kinh phí mua xe cứu thương mới", Y25),
    F("mua 8 xe", "8", 8, "count", "xe cứu thương", "xe cứu thương mới", Y25),
    F("thêm 2 trạm", "2", 2, "count", "trạm vệ tinh", "trạm vệ tinh đưa vào hoạt động thêm",
      J6, status="forecast"),
    F("thực hiện 7.330 ca", "7.330", 7330, "count", "ca", "ca cấp cứu ngoại viện", C25,
      status="target"),
    F("100% người bệnh", "100", 100, "percent", "%",
      "người bệnh được sơ cứu ban đầu trước khi vận chuyển", C25, status="target"),
]

NOTES = [
    "Provincial newspaper online (Báo Bắc Giang style): headline figure, 'Cập nhật lúc 16:05, Thứ Sáu, 11/04/2025', tag (BGĐT) -.",
    "Distractors: 16:05, 'Thứ Sáu', tag, 'tổng đài 115', hotline 0204.3855.115, 'Quý I/2025', 'năm 2024' baseline.",
    "Headline 'trong quý I' takes 2025 from the dateline. 'Trong đó' parts (512, 287, 94) take the whole 1.936",
    "across the paragraph break; 'lần lượt 468, 315 và 246 ca' shares the indicator; its places are locations",
    "(TP. Bắc Giang -> Bắc Giang). Response times sit in the Q1 report paragraph: inherited.",
    "'bằng 26,4% kế hoạch năm' is the share of 1.936. 'dự kiến đến tháng 6/2025' -> forecast, as-of end of June.",
    "'đứng thứ 2' and '1 xe/58.000 dân' follow 'hiện': no period. 'Phấn đấu' governs 7.330 and the 100% clause.",
    "revised after scoring: the rank's subject drops the ranking scope 'khu vực trung du và miền núi phía Bắc'",
    "(shared gold: 'đứng thứ 2 toàn quốc về chỉ số CĐS' -> 'chỉ số chuyển đổi số').",
]

write("p850-8", TEXT, FIGS, NOTES, published="2025-04-11", location="Bắc Giang")
