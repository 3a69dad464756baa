from lib import F, P, I, emit

TEXT = """UBND HUYỆN MƯỜNG KHƯƠNG - TRANG THÔNG TIN ĐIỆN TỬ
Tin tức > Văn hóa - Xã hội

Mường Khương đẩy nhanh tiến độ kiên cố hóa trường, lớp học
Ngày đăng: 15/07/2024

6 tháng đầu năm 2024, huyện Mường Khương đã hoàn thành, đưa vào sử dụng 46 phòng học, 18 phòng học bộ môn và 22 nhà vệ sinh cho học sinh tại các điểm trường vùng cao, với tổng kinh phí hơn 38,6 tỷ đồng, tăng 12,5% so với cùng kỳ năm 2023.

Tính đến ngày 30/6/2024, toàn huyện có 1.046 phòng học, trong đó 892 phòng học kiên cố, chiếm 85,3%; 131 phòng bán kiên cố và 23 phòng học tạm, mượn. Các xã còn nhiều phòng học tạm là Pha Long (7 phòng), Tả Ngải Chồ (6 phòng) và Dìn Chin (5 phòng). Bình quân mỗi điểm trường lẻ chỉ có từ 2 đến 3 phòng học, nhiều nơi học sinh vẫn phải học ghép.

Về trường chuẩn, toàn huyện hiện có 27/52 trường đạt chuẩn quốc gia, đạt 51,9%; riêng năm học 2023-2024 có thêm 4 trường được công nhận, gồm 3 trường tiểu học và 1 trường mầm non. Trường PTDTBT Tiểu học Tả Gia Khâu số 2 vừa được đầu tư khu nội trú cho 120 học sinh.

Năm 2024, huyện phấn đấu xây mới 60 phòng học, xóa toàn bộ phòng học tạm; dự kiến bố trí từ 55 đến 60 tỷ đồng, chủ yếu từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021-2030 và Chương trình 135. Tổ công tác của huyện sẽ kiểm tra tiến độ các công trình vào ngày 15 hằng tháng.

Thu Hà - Phòng Văn hóa và Thông tin huyện
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
NH = P("năm học 2023-2024", "2023-09-01", "2024-05-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("sử dụng 46 phòng học", "46", 46, "count", "phòng học", "phòng học hoàn thành, đưa vào sử dụng", H1),
    F("18 phòng học bộ môn", "18", 18, "count", "phòng học bộ môn", "phòng học bộ môn hoàn thành, đưa vào sử dụng", H1),
    F("22 nhà vệ sinh", "22", 22, "count", "nhà vệ sinh", "nhà vệ sinh cho học sinh", H1),
    F("hơn 38,6 tỷ đồng", "38,6", 38.6e9, "money", "đồng", "tổng kinh phí", H1, approx="over",
      change={"direction": "increase", "value": 12.5, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("có 1.046 phòng học", "1.046", 1046, "count", "phòng học", "phòng học", ASOF),
    F("892 phòng học kiên cố", "892", 892, "count", "phòng học", "phòng học kiên cố", ASOF, total=1046, percent=85.3),
    F("131 phòng bán kiên cố", "131", 131, "count", "phòng", "phòng bán kiên cố", ASOF, total=1046),
    F("23 phòng học tạm", "23", 23, "count", "phòng học", "phòng học tạm, mượn", ASOF, total=1046),
    F("Pha Long (7 phòng)", "7", 7, "count", "phòng", "phòng học tạm", I(ASOF)),
    F("Tả Ngải Chồ (6 phòng)", "6", 6, "count", "phòng", "phòng học tạm", I(ASOF)),
    F("Dìn Chin (5 phòng)", "5", 5, "count", "phòng", "phòng học tạm", I(ASOF)),
    F("từ 2 đến 3 phòng học", "2", 2, "count", "phòng học", "phòng học bình quân mỗi điểm trường lẻ", I(ASOF), value_max=3),
    F("có 27/52 trường", "27", 27, "count", "trường", "trường đạt chuẩn quốc gia", I(ASOF), total=52, percent=51.9),
    F("thêm 4 trường", "4", 4, "count", "trường", "trường được công nhận đạt chuẩn quốc gia", NH),
    F("3 trường tiểu học", "3", 3, "count", "trường", "trường tiểu học được công nhận đạt chuẩn quốc gia", NH, total=4),
    F("1 trường mầm non", "1", 1, "count", "trường", "trường mầm non được công nhận đạt chuẩn quốc gia", NH, total=4),
    F("cho 120 học sinh", "120", 120, "count", "học sinh", "khu nội trú Trường PTDTBT Tiểu học Tả Gia Khâu số 2", optional=True),
    F("xây mới 60 phòng học", "60", 60, "count", "phòng học", "phòng học xây mới", Y24, status="target"),
    F("từ 55 đến 60 tỷ đồng", "55", 55e9, "money", "đồng", "kinh phí bố trí", Y24, value_max=60e9, status="forecast"),
]

COMMENTS = [
    "District portal (UBND huyện Mường Khương, Lào Cai): kiên cố hóa phòng học 6 tháng đầu năm 2024, classroom stock to 30/6/2024, national-",
    "standard schools, 2024 plan. Dateline 'Ngày đăng: 15/07/2024' without time; byline at the end.",
    "Location is the district throughout; the communes Pha Long, Tả Ngải Chồ, Dìn Chin are below district level, so they stay Mường Khương.",
    "Distractors: 'Tả Gia Khâu số 2' (school name), 'Chương trình 135', 'giai đoạn 2021-2030', 'ngày 15 hằng tháng', dates.",
    "892/131/23 after 'trong đó' (and ';') add up to 1.046. 4 trường 'gồm 3 … và 1 …' gives total 4.",
    "'khu nội trú cho 120 học sinh' is a capacity of one building: optional. 27/52 has total 52, share 51,9; its 'hiện' takes the as-of (inherited).",
    "'Năm 2024, huyện phấn đấu …' target; '; dự kiến bố trí từ 55 đến 60 tỷ' forecast, range. 'từ 2 đến 3 phòng học' per school: a count range.",
]

emit("p360-2", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Mường Khương")
