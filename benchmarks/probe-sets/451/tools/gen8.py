from lib import build, F, P, C, T

TEXT = """BÁO NGHỆ AN
Kinh tế

Sản lượng khai thác hải sản 11 tháng ước đạt 190 nghìn tấn

02/12/2024 15:20 | Thanh Lê

(Baonghean.vn) - 11 tháng năm 2024, sản lượng khai thác hải sản toàn tỉnh ước đạt 190.420 tấn, bằng 98,1% kế hoạch năm, tăng 2,7% so với cùng kỳ; giá trị sản xuất khai thác ước đạt 6,35 nghìn tỷ đồng.

Toàn tỉnh hiện có 3.072 tàu cá, giảm 347 chiếc so với năm 2021, gồm 1.009 tàu dài từ 15 m trở lên, 574 tàu từ 12 m đến dưới 15 m và 1.489 tàu từ 6 m đến dưới 12 m. Các địa phương có nhiều tàu cá nhất là Quỳnh Lưu (1.326 tàu), thị xã Hoàng Mai (628 tàu), Diễn Châu (597 tàu) và Nghi Lộc (301 tàu).

Giai đoạn 2021-2025, tỉnh đã bố trí khoảng 14,8 tỷ đồng hỗ trợ ngư dân lắp đặt thiết bị giám sát hành trình và cước thuê bao vệ tinh; đến nay 1.009/1.009 tàu từ 15 m trở lên đã lắp đặt thiết bị. Tuy nhiên, từ đầu năm đến nay vẫn ghi nhận gần 540 lượt tàu mất kết nối quá 6 giờ; lực lượng chức năng đã xử phạt 48 trường hợp với số tiền gần 1,1 tỷ đồng.

Tại Cảng cá Lạch Quèn và Cửa Hội, sản lượng bốc dỡ qua cảng chiếm khoảng 45% tổng sản lượng khai thác của tỉnh.

Theo Sở Nông nghiệp và Phát triển nông thôn, năm 2025, Nghệ An phấn đấu sản lượng khai thác đạt 200.000 tấn, trong đó sản lượng khai thác xa bờ chiếm trên 65%; giảm 10% số tàu khai thác ven bờ so với năm 2024; không để tàu cá vi phạm vùng biển nước ngoài, gắn với mục tiêu gỡ thẻ vàng của EC.

Mọi thông tin liên hệ: Tòa soạn Báo Nghệ An, số 3 đường Nguyễn Thị Minh Khai, TP Vinh; điện thoại: 0238.3844.549.
"""

M11t = P("11 tháng", "2024-01-01", "2024-11-30")
M11 = P("11 tháng năm 2024", "2024-01-01", "2024-11-30")
G = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
NOW = P("đến nay", None, "2024-12-02")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-12-02")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
FLEET = "tàu cá"

FIGS = [
    F("ước đạt 190 nghìn tấn", "190", 190000, "measure", "tấn", "sản lượng khai thác hải sản", status="estimate", period=M11t),
    F("ước đạt 190.420 tấn", "190.420", 190420, "measure", "tấn", "sản lượng khai thác hải sản", status="estimate",
      percent=98.1, change=C("increase", 2.7, "%", "cùng kỳ"), period=M11),
    F("ước đạt 6,35 nghìn tỷ đồng", "6,35", 6350000000000, "money", "đồng", "giá trị sản xuất khai thác",
      status="estimate", period=M11),
    F("có 3.072 tàu cá", "3.072", 3072, "count", "tàu cá", "tàu cá", change=C("decrease", 347, "chiếc", "năm 2021")),
    F("gồm 1.009 tàu", "1.009", 1009, "count", "tàu", "tàu dài từ 15 m trở lên", total=3072),
    F("dài từ 15 m trở lên, 574", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    F("574 tàu", "574", 574, "count", "tàu", "tàu từ 12 m đến dưới 15 m", total=3072),
    F("từ 12 m đến", "12", 12, "measure", "m", "chiều dài tàu", value_max=15, optional=True),
    F("1.489 tàu", "1.489", 1489, "count", "tàu", "tàu từ 6 m đến dưới 12 m", total=3072),
    F("từ 6 m đến", "6", 6, "measure", "m", "chiều dài tàu", value_max=12, optional=True),
    F("Quỳnh Lưu (1.326 tàu)", "1.326", 1326, "count", "tàu", FLEET, location="Quỳnh Lưu"),
    F("Hoàng Mai (628 tàu)", "628", 628, "count", "tàu", FLEET, location="Hoàng Mai"),
    F("Diễn Châu (597 tàu)", "597", 597, "count", "tàu", FLEET, location="Diễn Châu"),
    F("Nghi Lộc (301 tàu)", "301", 301, "count", "tàu", FLEET, location="Nghi Lộc"),
    F("khoảng 14,8 tỷ đồng", "14,8", 14800000000, "money", "đồng",
      "hỗ trợ ngư dân lắp đặt thiết bị giám sát hành trình và cước thuê bao vệ tinh", approx="about", period=G),
    F("1.009/1.009 tàu", "1.009", 1009, "count", "tàu", "tàu từ 15 m trở lên đã lắp đặt thiết bị", total=1009, period=NOW),
    F("tàu từ 15 m trở lên đã", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    F("gần 540 lượt", "540", 540, "count", "lượt tàu", "lượt tàu mất kết nối", approx="nearly", period=YTD),
    F("quá 6 giờ", "6", 6, "measure", "giờ", "thời gian mất kết nối", approx="over", optional=True),
    F("xử phạt 48 trường hợp", "48", 48, "count", "trường hợp", "trường hợp bị xử phạt", period=YTD),
    F("gần 1,1 tỷ đồng", "1,1", 1100000000, "money", "đồng", "số tiền xử phạt", approx="nearly", period=YTD),
    F("chiếm khoảng 45%", "45", 45, "percent", "%", "sản lượng bốc dỡ qua cảng trong tổng sản lượng khai thác", approx="about"),
    F("đạt 200.000 tấn", "200.000", 200000, "measure", "tấn", "sản lượng khai thác", status="target", period=Y25),
    F("chiếm trên 65%", "65", 65, "percent", "%", "sản lượng khai thác xa bờ", approx="over", status="target", period=Y25),
    F("giảm 10% số tàu", "10", 10, "percent", "%", "giảm số tàu khai thác ven bờ", status="target", period=Y25),
]

COMMENTS = [
    "Party newspaper (Báo Nghệ An, tag 'Baonghean.vn'), dateline '02/12/2024 15:20 | Thanh Lê' with byline after the date.",
    "Headline '190 nghìn tấn' (= 190 000) is an estimate figure of its own; its '11 tháng' takes the year of the dateline.",
    "'ước đạt 190.420 tấn, bằng 98,1% kế hoạch năm, tăng 2,7% so với cùng kỳ' → estimate with percent and change. '6,35 nghìn tỷ' = 6.35e12.",
    "'3.072 tàu cá, giảm 347 chiếc so với năm 2021, gồm …': change in chiếc; the three length classes after 'gồm' add up: total 3.072. Class bounds optional.",
    "The district/town list shares the indicator 'tàu cá'; each item's place is its location (Quỳnh Lưu, Hoàng Mai, Diễn Châu, Nghi Lộc); no cue, no total.",
    "'Giai đoạn 2021-2025 … đã bố trí khoảng 14,8 tỷ đồng' period 2021-2025; 'đến nay 1.009/1.009' as-of the dateline, total 1.009.",
    "Ports 'Lạch Quèn', 'Cửa Hội' are facilities; 45% stays provincial. 'năm 2025 … phấn đấu' governs the three target clauses after it;",
    "'chiếm trên 65%' after 'trong đó' is a percent figure (no total for a percent); 'giảm 10% số tàu … so với năm 2024' is a target rate claim.",
    "Distractors: address 'số 3 đường Nguyễn Thị Minh Khai', 'TP Vinh', phone, time '15:20', 'giai đoạn 2021-2025', 'năm 2021' baseline.",
]

build("p451-8", TEXT, FIGS, COMMENTS, "Nghệ An", "2024-12-02")
