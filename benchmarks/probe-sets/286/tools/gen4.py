from lib import F, P, ch, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC THỦY LỢI
Tin hoạt động

Hoàn thành 3 đợt lấy nước gieo cấy vụ Đông Xuân cho trung du và đồng bằng Bắc Bộ
Ngày đăng: 21/02/2025

Chiều 20/2, tại Hà Nội, Cục Thủy lợi tổ chức hội nghị tổng kết công tác lấy nước gieo cấy vụ Đông Xuân 2024-2025. Theo báo cáo, từ ngày 16/1 đến 17h00 ngày 13/2/2025, các hồ chứa thủy điện Hòa Bình, Sơn La, Tuyên Quang và Thác Bà đã xả tổng lượng nước 2,83 tỷ m3, thấp hơn 0,65 tỷ m3 so với kế hoạch nhờ vận hành linh hoạt các cống, trạm bơm. Mực nước tại trạm thủy văn Hà Nội được duy trì ở mức từ 1,7 đến 2,2 m.

Kết quả, đến hết ngày 13/2, đã có 517.300 ha/528.600 ha diện tích gieo cấy có đủ nước, đạt 97,9%. Trong đó, Hà Nội 82.450 ha, Thái Bình 76.800 ha, Nam Định 70.150 ha, Hải Dương 51.900 ha; các tỉnh còn lại đạt từ 93% đến 99%. Riêng diện tích lấy nước trực tiếp bằng cống tự chảy khoảng 218.000 ha, chiếm 42,1%.

Năm 2025, dự báo tổng lượng dòng chảy đến các hồ chứa trên lưu vực sông Hồng thiếu hụt từ 10 đến 25% so với trung bình nhiều năm. Tính đến ngày 15/2/2025, cả nước có 7.315 hồ chứa thủy lợi với tổng dung tích thiết kế khoảng 15,1 tỷ m3; dung tích trữ trung bình của các hồ đạt 71% dung tích thiết kế. Vùng Bắc Trung Bộ đạt 68%, Nam Trung Bộ 64%, Tây Nguyên 79%, Đông Nam Bộ 86%.

Cục Thủy lợi đề nghị các địa phương phấn đấu đến hết tháng 3/2025 hoàn thành nạo vét 12.500 km kênh mương, bảo đảm đủ nước cho 100% diện tích lúa Đông Xuân. Thông tin phản ánh gửi về Phòng Quản lý khai thác công trình, điện thoại 024.3733.5691.
"""

REL = P("từ ngày 16/1 đến 17h00 ngày 13/2/2025", "2025-01-16", "2025-02-13")
RELi = P("từ ngày 16/1 đến 17h00 ngày 13/2/2025", "2025-01-16", "2025-02-13", inh=True)
E13 = P("đến hết ngày 13/2", None, "2025-02-13")
E13i = P("đến hết ngày 13/2", None, "2025-02-13", inh=True)
AS = P("Tính đến ngày 15/2/2025", None, "2025-02-15")
ASi = P("Tính đến ngày 15/2/2025", None, "2025-02-15", inh=True)
M3 = P("đến hết tháng 3/2025", None, "2025-03-31")
SUBJ_A = "diện tích gieo cấy có đủ nước"
SUBJ_R = "dung tích trữ trung bình của các hồ"

FIGS = [
    F("Hoàn thành 3 đợt", "3", 3, "count", "đợt", "đợt lấy nước gieo cấy vụ Đông Xuân", optional=True),
    F("tổng lượng nước 2,83 tỷ m3", "2,83", 2830000000, "measure", "m3", "tổng lượng nước các hồ chứa thủy điện xả", REL,
      change=ch("decrease", 650000000, "m3", "kế hoạch")),
    F("từ 1,7 đến 2,2 m", "1,7", 1.7, "measure", "m", "mực nước tại trạm thủy văn Hà Nội", RELi,
      value_max=2.2, location="Hà Nội"),
    F("có 517.300 ha", "517.300", 517300, "measure", "ha", SUBJ_A, E13, total=528600, percent=97.9),
    F("Hà Nội 82.450 ha", "82.450", 82450, "measure", "ha", SUBJ_A, E13i, total=517300, location="Hà Nội"),
    F("Thái Bình 76.800 ha", "76.800", 76800, "measure", "ha", SUBJ_A, E13i, total=517300, location="Thái Bình"),
    F("Nam Định 70.150 ha", "70.150", 70150, "measure", "ha", SUBJ_A, E13i, total=517300, location="Nam Định"),
    F("Hải Dương 51.900 ha", "51.900", 51900, "measure", "ha", SUBJ_A, E13i, total=517300, location="Hải Dương"),
    F("từ 93% đến 99%", "93", 93, "percent", "%", "tỷ lệ diện tích có đủ nước của các tỉnh còn lại", E13i, value_max=99),
    F("khoảng 218.000 ha", "218.000", 218000, "measure", "ha", "diện tích lấy nước trực tiếp bằng cống tự chảy", E13i,
      approx="about", percent=42.1),
    F("từ 10 đến 25%", "10", 10, "percent", "%", "tổng lượng dòng chảy đến các hồ chứa trên lưu vực sông Hồng thiếu hụt",
      P("Năm 2025", "2025-01-01", "2025-12-31"), value_max=25, status="forecast"),
    F("có 7.315 hồ", "7.315", 7315, "count", "hồ chứa thủy lợi", "hồ chứa thủy lợi", AS),
    F("khoảng 15,1 tỷ m3", "15,1", 15100000000, "measure", "m3", "tổng dung tích thiết kế", AS, approx="about"),
    F("đạt 71% dung tích", "71", 71, "percent", "%", SUBJ_R, AS),
    F("Bắc Trung Bộ đạt 68%", "68", 68, "percent", "%", SUBJ_R, ASi),
    F("Nam Trung Bộ 64%", "64", 64, "percent", "%", SUBJ_R, ASi),
    F("Tây Nguyên 79%", "79", 79, "percent", "%", SUBJ_R, ASi),
    F("Đông Nam Bộ 86%", "86", 86, "percent", "%", SUBJ_R, ASi),
    F("nạo vét 12.500 km", "12.500", 12500, "measure", "km", "kênh mương nạo vét", M3, status="target"),
    F("cho 100% diện tích", "100", 100, "percent", "%", "diện tích lúa Đông Xuân được bảo đảm đủ nước", M3,
      status="target"),
]

COMMENTS = [
    "Ministry site (Cục Thủy lợi): three water-intake rounds for the Red River delta, Đông Xuân 2024-2025; national reservoir storage.",
    "'Ngày đăng: 21/02/2025' (date only) is the dateline. Distractors: 'Chiều 20/2', 'tại Hà Nội' (venue of the meeting, not a place",
    "of the national figures), '17h00', 'vụ Đông Xuân 2024-2025', phone 024.3733.5691, reservoir names (Hòa Bình, Tuyên Quang: names",
    "of hydropower reservoirs, not the figures' places). '3 đợt' in the headline is schedule structure: optional.",
    "'2,83 tỷ m3, thấp hơn 0,65 tỷ m3 so với kế hoạch' : a gap to plan is a change with baseline 'kế hoạch'.",
    "'517.300 ha/528.600 ha ..., đạt 97,9%' : total 528.600 and percent 97,9. 'Trong đó, Hà Nội 82.450 ha, ...' : parts of 517.300.",
    "The Hà Nội gauge level is located in Hà Nội. Regions (Bắc Trung Bộ, Tây Nguyên, ...) are not provinces or districts, so the",
    "regional shares keep the national default location. 'thiếu hụt từ 10 đến 25%' with 'dự báo' is a forecast percent range.",
    "'218.000 ha, chiếm 42,1%' after 'Riêng' (no part-of cue): percent only, no total.",
]

emit("p286-4", TEXT, COMMENTS, FIGS, published="2025-02-21", location="Việt Nam")
