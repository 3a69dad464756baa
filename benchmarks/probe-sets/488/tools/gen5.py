from lib import F, P, I, CH, TG, emit

TEXT = """BÁO QUẢNG NINH - CƠ QUAN CỦA ĐẢNG BỘ TỈNH QUẢNG NINH
Xã hội > Y tế

Bệnh viện Bãi Cháy: 5 năm thực hiện tự chủ toàn diện

Năm 2019, Bệnh viện Bãi Cháy là một trong 4 bệnh viện công lập của tỉnh Quảng Ninh được giao tự chủ toàn diện, tự bảo đảm chi thường xuyên và chi đầu tư. Khi đó, bệnh viện là bệnh viện hạng II với 500 giường bệnh. Đến nay, bệnh viện đã được xếp hạng I, có 1.000 giường bệnh kế hoạch, 1.150 giường thực kê và 35 khoa, phòng.

Năm 2023, tổng thu của bệnh viện đạt 612 tỷ đồng, tăng 9,7% so với năm 2022; trong đó thu từ khám, chữa bệnh BHYT 418 tỷ đồng, chiếm 68,3%. Bệnh viện đã khám cho 386.500 lượt người bệnh, điều trị nội trú 52.300 lượt; công suất sử dụng giường bệnh đạt 104%.

Nhờ chủ động nguồn thu, từ năm 2019 đến nay bệnh viện đã đầu tư hơn 120 tỷ đồng mua sắm trang thiết bị như máy chụp cắt lớp vi tính 128 lát cắt, hệ thống chụp mạch DSA. Thu nhập bình quân của viên chức, người lao động năm 2023 đạt 14,2 triệu đồng/người/tháng, tăng 42% so với năm 2018.

Tỷ lệ hài lòng của người bệnh năm 2023 đạt 97,6%, bệnh viện xếp thứ 2 trong các bệnh viện tuyến tỉnh. Đảng bộ bệnh viện hiện có 312 đảng viên, sinh hoạt tại 15 chi bộ trực thuộc.

Theo BSCKII Phạm Văn Hưng, Giám đốc bệnh viện, năm 2024 bệnh viện phấn đấu tổng thu đạt 650 tỷ đồng, triển khai thêm khoảng 15 kỹ thuật mới, giảm thời gian chờ khám xuống dưới 30 phút.

Đường dây nóng của bệnh viện: 0966.840.115.

Thu Hằng
10/05/2024
"""

Y19 = P("Năm 2019", "2019-01-01", "2019-12-31")
NOW = P("Đến nay", None, "2024-05-10")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
SINCE = P("từ năm 2019 đến nay", "2019-01-01", "2024-05-10")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("trong 4 bệnh viện", "4", 4, "count", "bệnh viện",
      "bệnh viện công lập được giao tự chủ toàn diện", Y19),
    F("với 500 giường", "500", 500, "count", "giường bệnh", "giường bệnh của Bệnh viện Bãi Cháy", I(Y19)),
    F("có 1.000 giường", "1.000", 1000, "count", "giường bệnh kế hoạch", "giường bệnh kế hoạch", NOW),
    F("1.150 giường", "1.150", 1150, "count", "giường thực kê", "giường thực kê", NOW),
    F("và 35 khoa", "35", 35, "count", "khoa, phòng", "khoa, phòng", NOW),
    F("đạt 612 tỷ", "612", 612000000000, "money", "đồng", "tổng thu của bệnh viện", Y23,
      change=CH("increase", 9.7, "%", "năm 2022")),
    F("BHYT 418 tỷ", "418", 418000000000, "money", "đồng", "thu từ khám, chữa bệnh BHYT", Y23,
      total=612000000000, percent=68.3),
    F("cho 386.500 lượt", "386.500", 386500, "count", "lượt người bệnh", "lượt người bệnh được khám", I(Y23)),
    F("trú 52.300 lượt", "52.300", 52300, "count", "lượt", "lượt điều trị nội trú", I(Y23)),
    F("đạt 104%", "104", 104, "percent", "%", "công suất sử dụng giường bệnh", I(Y23)),
    F("hơn 120 tỷ", "120", 120000000000, "money", "đồng", "đầu tư mua sắm trang thiết bị", SINCE,
      approx="over"),
    F("128 lát cắt", "128", 128, "count", "lát cắt", "máy chụp cắt lớp vi tính", optional=True),
    F("đạt 14,2 triệu", "14,2", 14200000, "money", "đồng/người/tháng",
      "thu nhập bình quân của viên chức, người lao động", Y23b,
      change=CH("increase", 42, "%", "năm 2018")),
    F("đạt 97,6%", "97,6", 97.6, "percent", "%", "tỷ lệ hài lòng của người bệnh", Y23b),
    F("thứ 2", "2", 2, "rank", "hạng", "tỷ lệ hài lòng của người bệnh trong các bệnh viện tuyến tỉnh", Y23b),
    F("có 312 đảng viên", "312", 312, "count", "đảng viên", "đảng viên của Đảng bộ bệnh viện"),
    F("tại 15 chi bộ", "15", 15, "count", "chi bộ", "chi bộ trực thuộc"),
    F("đạt 650 tỷ", "650", 650000000000, "money", "đồng", "tổng thu của bệnh viện", Y24, status="target"),
    F("khoảng 15 kỹ thuật", "15", 15, "count", "kỹ thuật mới", "kỹ thuật mới triển khai thêm", Y24,
      approx="about", status="target"),
    F("dưới 30 phút", "30", 30, "measure", "phút", "thời gian chờ khám", Y24,
      approx="under", status="target"),
]

COMMENTS = [
    "Báo Quảng Ninh (Party newspaper): Bãi Cháy hospital after 5 years of full autonomy — beds, revenue 2023, BHYT share, equipment, income,",
    "satisfaction and rank, Party cells, 2024 targets. Byline 'Thu Hằng' and the bare date '10/05/2024' at the end give published.",
    "'5 năm' (headline) is a duration, 'hạng II', 'hạng I' are hospital classes (identifiers, like 'mức độ 3'), 'BSCKII' a title: not figures.",
    "'giường bệnh kế hoạch' is the official bed quota, not a plan: status actual. 'Đến nay' → as-of the published date; 'từ năm 2019 đến nay'",
    "→ 2019-01-01..published. '500 giường' inherits 'năm 2019' ('Khi đó'). '128 lát cắt' is a machine's specification: optional.",
    "'trong đó … 418 tỷ đồng, chiếm 68,3%' part of 612 tỷ with percent. Location Quảng Ninh throughout (the hospital is provincial).",
    "'năm 2024 … phấn đấu' governs the three targets after it. Distractor: hotline 0966.840.115.",
]

emit("p488-5", TEXT, COMMENTS, FIGS, published="2024-05-10", location="Quảng Ninh")
