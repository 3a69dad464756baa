from lib import *

TEXT = """Bắc Giang: Hơn 92% giáo viên đạt chuẩn trình độ đào tạo

(BGĐT) - Năm học 2023-2024, tỷ lệ giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục năm 2019 của tỉnh đạt 92,6%, cao hơn 3,4% so với bình quân cả nước. Tuy vậy, tình trạng thiếu giáo viên cục bộ vẫn là bài toán khó.

Theo Sở Giáo dục và Đào tạo, toàn tỉnh hiện có 21.935 giáo viên từ mầm non đến THPT. Số giáo viên có trình độ trên chuẩn là 6.847 người, chiếm 31,2%. Cấp tiểu học có tỷ lệ đạt chuẩn thấp nhất, khoảng 86%; cấp THPT đạt 99,9%.

Tính đến tháng 5/2024, toàn tỉnh còn thiếu 1.587 giáo viên so với định mức, trong đó mầm non thiếu 732 người, tiểu học 514 người, THCS 281 người và THPT 60 người. Thiếu nhiều nhất là các huyện Lục Ngạn (246 giáo viên), Sơn Động (187 giáo viên) và Yên Thế (153 giáo viên).

Thực hiện Nghị quyết số 07/2021/NQ-HĐND, từ năm 2021 đến nay, tỉnh đã bố trí hơn 45 tỷ đồng hỗ trợ đào tạo nâng chuẩn cho 3.120 giáo viên, mức hỗ trợ 3 triệu đồng/người/năm học. Năm 2024, tỉnh được giao 1.035 chỉ tiêu biên chế giáo viên và đã tuyển được 798 người, đạt 77,1%.

Ông Nguyễn Văn Tám, Giám đốc Sở GD&ĐT cho biết, năm 2024 ngành phấn đấu tỷ lệ giáo viên đạt chuẩn đạt 95% và đến năm 2025 đạt từ 97 đến 98%. Dự kiến năm học 2024-2025, toàn tỉnh tăng khoảng 4.200 học sinh nên nhu cầu giáo viên tiếp tục tăng.

MINH HƯỜNG
12/06/2024
"""

NH = SCHOOLYEAR(2023, "Năm học 2023-2024")
ASOF = P("Tính đến tháng 5/2024", None, "2024-05-31")
SINCE = P("từ năm 2021 đến nay", "2021-01-01", "2024-06-12")
Y24 = YEAR(2024, "Năm 2024")
FIGS = [
    F("Hơn 92%", "92", 92, "percent", "%", "giáo viên đạt chuẩn trình độ đào tạo", INH(NH), approx="over"),
    F("đạt 92,6%", "92,6", 92.6, "percent", "%", "tỷ lệ giáo viên đạt chuẩn trình độ đào tạo", NH,
      change=CH("increase", 3.4, "%", "bình quân cả nước")),
    F("có 21.935 giáo viên", "21.935", 21935, "count", "giáo viên", "giáo viên từ mầm non đến THPT"),
    F("là 6.847 người", "6.847", 6847, "count", "người", "giáo viên có trình độ trên chuẩn", percent=31.2),
    F("khoảng 86%", "86", 86, "percent", "%", "tỷ lệ đạt chuẩn cấp tiểu học", approx="about"),
    F("đạt 99,9%", "99,9", 99.9, "percent", "%", "tỷ lệ đạt chuẩn cấp THPT"),
    F("thiếu 1.587 giáo viên", "1.587", 1587, "count", "giáo viên", "giáo viên còn thiếu so với định mức", ASOF),
    F("thiếu 732 người", "732", 732, "count", "người", "giáo viên mầm non còn thiếu", ASOF, total=1587),
    F("tiểu học 514 người", "514", 514, "count", "người", "giáo viên tiểu học còn thiếu", ASOF, total=1587),
    F("THCS 281 người", "281", 281, "count", "người", "giáo viên THCS còn thiếu", ASOF, total=1587),
    F("THPT 60 người", "60", 60, "count", "người", "giáo viên THPT còn thiếu", ASOF, total=1587),
    F("Lục Ngạn (246 giáo viên)", "246", 246, "count", "giáo viên", "giáo viên còn thiếu", INH(ASOF),
      location="Lục Ngạn"),
    F("Sơn Động (187 giáo viên)", "187", 187, "count", "giáo viên", "giáo viên còn thiếu", INH(ASOF),
      location="Sơn Động"),
    F("Yên Thế (153 giáo viên)", "153", 153, "count", "giáo viên", "giáo viên còn thiếu", INH(ASOF),
      location="Yên Thế"),
    F("hơn 45 tỷ đồng", "45", 45000000000, "money", "đồng", "kinh phí hỗ trợ đào tạo nâng chuẩn", SINCE,
      approx="over"),
    F("cho 3.120 giáo viên", "3.120", 3120, "count", "giáo viên", "giáo viên được hỗ trợ đào tạo nâng chuẩn",
      SINCE),
    F("3 triệu đồng/người/năm học", "3", 3000000, "money", "đồng/người/năm học",
      "mức hỗ trợ đào tạo nâng chuẩn", SINCE),
    F("giao 1.035 chỉ tiêu", "1.035", 1035, "count", "chỉ tiêu biên chế giáo viên",
      "chỉ tiêu biên chế giáo viên được giao", Y24),
    F("được 798 người", "798", 798, "count", "người", "giáo viên đã tuyển được", Y24, percent=77.1),
    F("đạt 95%", "95", 95, "percent", "%", "tỷ lệ giáo viên đạt chuẩn", YEAR(2024), status="target"),
    F("từ 97 đến 98%", "97", 97, "percent", "%", "tỷ lệ giáo viên đạt chuẩn",
      P("đến năm 2025", None, "2025-12-31"), value_max=98, status="target"),
    F("khoảng 4.200 học sinh", "4.200", 4200, "count", "học sinh", "học sinh tăng thêm",
      SCHOOLYEAR(2024), approx="about", status="forecast"),
]

COMMENTS = [
    "Party newspaper (Báo Bắc Giang, tag '(BGĐT)'), byline and bare date '12/06/2024' at the end: giáo viên đạt chuẩn, thiếu giáo viên.",
    "'(BGĐT)' implies Bắc Giang. Distractors: 'Luật Giáo dục năm 2019', 'Nghị quyết số 07/2021/NQ-HĐND', the name 'Nguyễn Văn Tám'",
    "(a number word), 'tháng 5/2024'. 'cao hơn 3,4% so với bình quân cả nước' is the change of 92,6% (baseline the national average).",
    "'chiếm 31,2%' is the percent of 6.847 (no part cue, no total); the breakdown after 'trong đó' adds up to 1.587 (total);",
    "the district list neither follows a cue nor adds up (no total). '798 người, đạt 77,1%' keeps the percent; the 1.035 quota is a",
    "figure of its own (not repeated as target). 'hiện có' sentences get no period. 'từ năm 2021 đến nay' ends at the date.",
    "'tăng khoảng 4.200 học sinh' has no base amount, so it stands as its own count (forecast).",
]

if __name__ == "__main__":
    emit("p555-5", TEXT, COMMENTS, FIGS, published="2024-06-12", location="Bắc Giang")
