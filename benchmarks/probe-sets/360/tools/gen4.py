from lib import F, P, I, emit

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Trang chủ / Tin tức / Cơ sở vật chất - Thiết bị trường học

Cả nước còn gần 14.000 phòng học tạm, mượn
Thứ Hai, 21/10/2024 - 15:42

(MOET) - Theo số liệu tổng hợp của Bộ Giáo dục và Đào tạo, năm học 2023-2024, cả nước có khoảng 563.000 phòng học mầm non và phổ thông, trong đó phòng học kiên cố chiếm 83,4%, phòng học bán kiên cố chiếm 14,1%; còn 13.856 phòng học tạm, mượn, giảm 2.315 phòng so với năm học trước.

Số phòng học tạm tập trung chủ yếu ở cấp mầm non với 8.920 phòng, chiếm 64,4%. Các địa phương còn nhiều phòng học tạm, mượn là Hà Giang (1.142 phòng), Điện Biên (986 phòng), Lai Châu (874 phòng) và Sơn La (812 phòng).

Về trường chuẩn, tỷ lệ trường đạt chuẩn quốc gia của cả nước đạt 61,8%, trong đó mầm non 58,2%, tiểu học 68,5%, trung học cơ sở 64,7% và trung học phổ thông 45,3%. Nam Định là địa phương có tỷ lệ cao nhất (96,4%), thấp nhất là Đắk Nông (38,9%).

Giai đoạn 2022-2025, Chương trình kiên cố hóa trường, lớp học mầm non, tiểu học được bố trí hơn 10,4 nghìn tỷ đồng từ ngân sách trung ương. Bộ đề nghị các địa phương phấn đấu đến năm 2025 cơ bản xóa phòng học tạm, đưa tỷ lệ phòng học kiên cố đạt tối thiểu 85%; đến năm 2030, tỷ lệ trường đạt chuẩn quốc gia đạt 80% (theo Nghị quyết số 29-NQ/TW và Quyết định số 1609/QĐ-TTg).

Chiều 18/10, tại Hà Nội, Thứ trưởng Bộ GD&ĐT đã chủ trì hội nghị trực tuyến với 63 tỉnh, thành phố về công tác này.
"""

NH = P("năm học 2023-2024", "2023-09-01", "2024-05-31")

FIGS = [
    F("gần 14.000", "14.000", 14000, "count", "phòng học", "phòng học tạm, mượn", I(NH), approx="nearly"),
    F("khoảng 563.000 phòng học", "563.000", 563000, "count", "phòng học", "phòng học mầm non và phổ thông", NH, approx="about"),
    F("chiếm 83,4%", "83,4", 83.4, "percent", "%", "phòng học kiên cố", NH),
    F("chiếm 14,1%", "14,1", 14.1, "percent", "%", "phòng học bán kiên cố", NH),
    F("còn 13.856 phòng học", "13.856", 13856, "count", "phòng học", "phòng học tạm, mượn", NH, total=563000,
      change={"direction": "decrease", "value": 2315, "unit": "phòng", "baseline": "năm học trước"}),
    F("với 8.920 phòng", "8.920", 8920, "count", "phòng", "phòng học tạm cấp mầm non", I(NH), percent=64.4),
    F("Hà Giang (1.142 phòng)", "1.142", 1142, "count", "phòng", "phòng học tạm, mượn", I(NH), location="Hà Giang"),
    F("Điện Biên (986 phòng)", "986", 986, "count", "phòng", "phòng học tạm, mượn", I(NH), location="Điện Biên"),
    F("Lai Châu (874 phòng)", "874", 874, "count", "phòng", "phòng học tạm, mượn", I(NH), location="Lai Châu"),
    F("Sơn La (812 phòng)", "812", 812, "count", "phòng", "phòng học tạm, mượn", I(NH), location="Sơn La"),
    F("đạt 61,8%", "61,8", 61.8, "percent", "%", "tỷ lệ trường đạt chuẩn quốc gia", I(NH)),
    F("mầm non 58,2%", "58,2", 58.2, "percent", "%", "tỷ lệ trường mầm non đạt chuẩn quốc gia", I(NH)),
    F("tiểu học 68,5%", "68,5", 68.5, "percent", "%", "tỷ lệ trường tiểu học đạt chuẩn quốc gia", I(NH)),
    F("trung học cơ sở 64,7%", "64,7", 64.7, "percent", "%", "tỷ lệ trường trung học cơ sở đạt chuẩn quốc gia", I(NH)),
    F("trung học phổ thông 45,3%", "45,3", 45.3, "percent", "%", "tỷ lệ trường trung học phổ thông đạt chuẩn quốc gia", I(NH)),
    F("(96,4%)", "96,4", 96.4, "percent", "%", "tỷ lệ trường đạt chuẩn quốc gia", I(NH), location="Nam Định"),
    F("(38,9%)", "38,9", 38.9, "percent", "%", "tỷ lệ trường đạt chuẩn quốc gia", I(NH), location="Đắk Nông"),
    F("hơn 10,4 nghìn tỷ đồng", "10,4", 10.4e12, "money", "đồng", "vốn Chương trình kiên cố hóa trường, lớp học mầm non, tiểu học",
      P("Giai đoạn 2022-2025", "2022-01-01", "2025-12-31"), approx="over"),
    F("tối thiểu 85%", "85", 85, "percent", "%", "tỷ lệ phòng học kiên cố", P("đến năm 2025", None, "2025-12-31"),
      approx="at_least", status="target"),
    F("đạt 80%", "80", 80, "percent", "%", "tỷ lệ trường đạt chuẩn quốc gia", P("đến năm 2030", None, "2030-12-31"), status="target"),
    F("với 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố dự hội nghị trực tuyến", optional=True),
]

COMMENTS = [
    "Ministry site (Bộ GD&ĐT): national classroom stock, temporary classrooms, national-standard school rates by level, Chương trình kiên cố",
    "hóa 2022-2025 funding, targets 2025/2030. Dateline 'Thứ Hai, 21/10/2024 - 15:42'. Location Việt Nam unless a province is named.",
    "Distractors: 'Nghị quyết số 29-NQ/TW', 'Quyết định số 1609/QĐ-TTg', 'Chiều 18/10', venue 'tại Hà Nội' (no figure's place), 'giai đoạn'.",
    "'trong đó phòng học kiên cố chiếm 83,4%': a percent has no whole in phòng học, so it is a percent figure with no total (as h01).",
    "13.856 after '; còn' continues the breakdown after 'trong đó', so total 563.000; 'giảm 2.315 phòng' is its change.",
    "8.920 'chiếm 64,4%': share only ('tập trung … với' is no part-of cue). Province list items take the province as location.",
    "61,8% then levels after 'trong đó': percents, no totals. 'đến năm 2025 … tối thiểu 85%', 'đến năm 2030 … 80%' are targets.",
    "'hội nghị trực tuyến với 63 tỉnh, thành phố' is a structure count: optional.",
]

emit("p360-4", TEXT, COMMENTS, FIGS, published="2024-10-21", location="Việt Nam")
