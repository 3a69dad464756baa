"""p560-2: district portal (huyện Hải Hậu, Nam Định) — students admitted to university 2024, scholarships."""
from lib import F, P, I, YEAR, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH
Trang chủ / Văn hóa - Xã hội / Giáo dục

Hải Hậu: 2.187 học sinh trúng tuyển đại học năm 2024

Thứ Sáu, 23/08/2024 - 15:20

Năm 2024, toàn huyện Hải Hậu có 2.946 học sinh lớp 12 dự thi tốt nghiệp THPT, trong đó 2.187 em đã trúng tuyển vào các trường đại học, học viện, chiếm 74,2%, tăng 143 em so với năm 2023. Trong số học sinh trúng tuyển, có 326 em đạt tổng điểm xét tuyển từ 27 điểm trở lên và 64 em trúng tuyển ngành Y khoa, Dược học.

Các trường có nhiều học sinh đỗ đại học là: Trường THPT A Hải Hậu (486 em), Trường THPT B Hải Hậu (412 em), Trường THPT Trần Quốc Tuấn (375 em). Thủ khoa của huyện là em Vũ Minh Khôi, lớp 12A1 Trường THPT A Hải Hậu, đạt 29,35 điểm tổ hợp A00, xếp thứ 3 toàn tỉnh.

Tại Lễ tuyên dương học sinh đỗ đại học lần thứ 26 tổ chức sáng 22/8 tại Nhà văn hóa huyện (số 15 đường Lê Hồng Phong, thị trấn Yên Định), Hội Khuyến học huyện đã trao 215 suất học bổng với tổng trị giá 430 triệu đồng, mỗi suất 2 triệu đồng. Riêng 10 tân sinh viên có hoàn cảnh khó khăn được Quỹ "Vì học sinh nghèo" hỗ trợ thêm 5 triệu đồng/em.

Năm học 2024-2025, huyện phấn đấu có trên 75% học sinh tốt nghiệp THPT trúng tuyển đại học, cao đẳng.

Minh Thu - Trung tâm VH-TT&TT huyện
Điện thoại: 0228.3877.235
"""

Y24 = YEAR(2024)
Y24_BODY = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("2.187 học sinh trúng tuyển", "2.187", 2187, "count", "học sinh",
      "học sinh trúng tuyển đại học", Y24),
    F("có 2.946 học sinh", "2.946", 2946, "count", "học sinh",
      "học sinh lớp 12 dự thi tốt nghiệp THPT", Y24_BODY),
    F("2.187 em đã", "2.187", 2187, "count", "em",
      "học sinh trúng tuyển vào các trường đại học, học viện", Y24_BODY,
      total=2946, percent=74.2, change=CH("increase", 143, unit="em", baseline="năm 2023")),
    F("có 326 em", "326", 326, "count", "em",
      "học sinh trúng tuyển đạt tổng điểm xét tuyển từ 27 điểm trở lên", I(Y24_BODY), total=2187),
    F("từ 27 điểm trở lên", "27", 27, "measure", "điểm", approx="at_least", optional=True),
    F("64 em", "64", 64, "count", "em",
      "học sinh trúng tuyển ngành Y khoa, Dược học", I(Y24_BODY), total=2187),
    F("(486 em)", "486", 486, "count", "em",
      "học sinh đỗ đại học của Trường THPT A Hải Hậu", I(Y24_BODY)),
    F("(412 em)", "412", 412, "count", "em",
      "học sinh đỗ đại học của Trường THPT B Hải Hậu", I(Y24_BODY)),
    F("(375 em)", "375", 375, "count", "em",
      "học sinh đỗ đại học của Trường THPT Trần Quốc Tuấn", I(Y24_BODY)),
    F("đạt 29,35 điểm", "29,35", 29.35, "measure", "điểm",
      "điểm tổ hợp A00 của thủ khoa huyện", I(Y24_BODY)),
    F("xếp thứ 3 toàn tỉnh", "3", 3, "rank", "hạng",
      "thứ hạng của thủ khoa huyện toàn tỉnh", I(Y24_BODY)),
    F("trao 215 suất", "215", 215, "count", "suất học bổng",
      "suất học bổng Hội Khuyến học huyện trao"),
    F("430 triệu đồng", "430", 430000000, "money", "đồng",
      "tổng trị giá học bổng"),
    F("mỗi suất 2 triệu đồng", "2", 2000000, "money", "đồng",
      "trị giá mỗi suất học bổng"),
    F("Riêng 10 tân sinh viên", "10", 10, "count", "tân sinh viên",
      "tân sinh viên có hoàn cảnh khó khăn được Quỹ \"Vì học sinh nghèo\" hỗ trợ"),
    F("thêm 5 triệu đồng/em", "5", 5000000, "money", "đồng/em",
      "mức hỗ trợ thêm của Quỹ \"Vì học sinh nghèo\""),
    F("trên 75% học sinh", "75", 75, "percent", "%",
      "học sinh tốt nghiệp THPT trúng tuyển đại học, cao đẳng", approx="over", status="target"),
]

COMMENTS = [
    "Probe 560: district portal (huyện Hải Hậu, Nam Định) — students admitted to university 2024, valedictorian, scholarships.",
    "Location = the district for every figure (school names in the bracketed list are not places; 'toàn tỉnh' is the rank's scope).",
    "2.187 after 'trong đó' takes the candidates 2.946 as total; 'Trong số học sinh trúng tuyển' (next sentence) makes 2.187 the whole of 326 and 64.",
    "The school list after ':' has no whole figure before it: no total. 'từ 27 điểm trở lên' is a threshold in a subject (optional).",
    "Not figures: 'lớp 12', '12A1', 'A00', 'lần thứ 26', 'sáng 22/8', 'số 15 đường Lê Hồng Phong', phone; 'Năm học 2024-2025' gives no period.",
]

if __name__ == "__main__":
    emit("p560-2", TEXT, COMMENTS, FIGS, published="2024-08-23", location="Hải Hậu")
