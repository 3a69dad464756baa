from lib import F, P, I, CH, TG, emit

TEXT = """UBND HUYỆN MAI CHÂU - TỈNH HÒA BÌNH
Trang chủ / Kinh tế / Du lịch
Thứ Sáu, 12/04/2024 - 09:15

Quý I/2024, Mai Châu đón gần 230 nghìn lượt khách du lịch

Quý I/2024, huyện Mai Châu đón khoảng 228.600 lượt khách du lịch, tăng 12% so với cùng kỳ năm 2023, trong đó khách quốc tế khoảng 41.000 lượt; tổng thu từ du lịch ước đạt 185 tỷ đồng.

Các bản du lịch cộng đồng của đồng bào Thái tiếp tục hút khách, lượng khách lần lượt là: bản Lác (96.500 lượt), bản Pom Coọng (38.200 lượt), bản Văn (21.700 lượt) và bản Nà Phòn (9.400 lượt). Hiện toàn huyện có 142 homestay với 1.860 giường, tăng 11 cơ sở so với cuối năm 2023. Thu nhập bình quân của hộ làm homestay tại bản Lác đạt 320 triệu đồng/hộ/năm, gấp 4 lần hộ thuần nông.

Hợp tác xã Du lịch cộng đồng bản Lác hiện có 47 thành viên, tạo việc làm thường xuyên cho hơn 300 lao động địa phương. Trong quý, Phòng Văn hóa và Thông tin huyện phối hợp tổ chức 3 lớp bồi dưỡng cho 95 hướng dẫn viên tại điểm, đạt 63,3% kế hoạch năm (150 người).

Năm 2024, huyện phấn đấu đón 850 nghìn lượt khách, tổng thu từ du lịch đạt 700 tỷ đồng. Dự kiến trong quý II, huyện tổ chức Ngày hội Văn hóa dân tộc Thái tại sân vận động thị trấn Mai Châu (Km 135, Quốc lộ 6) với khoảng 20 gian hàng sản phẩm OCOP.

Hoàng Lan (Trung tâm Văn hóa, Thông tin và Thể thao huyện)
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q1h = P("Quý I/2024", "2024-01-01", "2024-03-31")
QTR = P("Trong quý", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q2 = P("quý II", "2024-04-01", "2024-06-30")
LK = "lượng khách đến bản du lịch cộng đồng"

FIGS = [
    F("gần 230 nghìn", "230", 230000, "count", "lượt khách", "lượt khách du lịch Mai Châu đón", Q1h,
      approx="nearly"),
    F("khoảng 228.600 lượt", "228.600", 228600, "count", "lượt khách", "lượt khách du lịch huyện Mai Châu đón", Q1,
      approx="about", change=CH("increase", 12, "%", "cùng kỳ năm 2023")),
    F("khoảng 41.000 lượt", "41.000", 41000, "count", "lượt", "khách quốc tế", Q1,
      approx="about", total=228600),
    F("ước đạt 185 tỷ", "185", 185000000000, "money", "đồng", "tổng thu từ du lịch", Q1, status="estimate"),
    F("(96.500 lượt)", "96.500", 96500, "count", "lượt", "lượng khách bản Lác", I(Q1)),
    F("(38.200 lượt)", "38.200", 38200, "count", "lượt", "lượng khách bản Pom Coọng", I(Q1)),
    F("(21.700 lượt)", "21.700", 21700, "count", "lượt", "lượng khách bản Văn", I(Q1)),
    F("(9.400 lượt)", "9.400", 9400, "count", "lượt", "lượng khách bản Nà Phòn", I(Q1)),
    F("có 142 homestay", "142", 142, "count", "homestay", "homestay toàn huyện",
      change=CH("increase", 11, "cơ sở", "cuối năm 2023")),
    F("1.860 giường", "1.860", 1860, "count", "giường", "giường homestay"),
    F("đạt 320 triệu", "320", 320000000, "money", "đồng/hộ/năm",
      "thu nhập bình quân của hộ làm homestay tại bản Lác",
      change=CH("increase", 4, "lần", "hộ thuần nông")),
    F("có 47 thành viên", "47", 47, "count", "thành viên", "thành viên Hợp tác xã Du lịch cộng đồng bản Lác"),
    F("hơn 300 lao động", "300", 300, "count", "lao động", "lao động địa phương có việc làm thường xuyên",
      approx="over"),
    F("tổ chức 3 lớp", "3", 3, "count", "lớp", "lớp bồi dưỡng hướng dẫn viên tại điểm", QTR),
    F("cho 95 hướng dẫn viên", "95", 95, "count", "hướng dẫn viên", "hướng dẫn viên tại điểm được bồi dưỡng", QTR,
      percent=63.3, target=TG(150, "người")),
    F("đón 850 nghìn", "850", 850000, "count", "lượt khách", "lượt khách", Y24, status="target"),
    F("đạt 700 tỷ", "700", 700000000000, "money", "đồng", "tổng thu từ du lịch", Y24, status="target"),
    F("khoảng 20 gian hàng", "20", 20, "count", "gian hàng", "gian hàng sản phẩm OCOP tại Ngày hội Văn hóa dân tộc Thái",
      Q2, approx="about", status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT huyện Mai Châu (district portal): breadcrumb, dateline 'Thứ Sáu, 12/04/2024 - 09:15', byline at the end.",
    "Q1/2024 visitors (headline + lead), foreign part after 'trong đó', visitors by village in brackets after 'lần lượt là:',",
    "homestays and beds, income per household, co-operative members, local-guide training vs plan, 2024 targets, forecast fair stalls.",
    "Location is the district 'Mai Châu' throughout; villages (bản) are not provinces/districts, so they stay in the subject.",
    "Village visitor counts: no total (no cue tying them to 228.600). 'tăng 11 cơ sở so với cuối năm 2023' is the change of 142 homestay.",
    "'gấp 4 lần hộ thuần nông' right after the income figure is read as its change (increase, 4 lần, baseline 'hộ thuần nông'), like 'cao hơn'.",
    "'đạt 63,3% kế hoạch năm (150 người)': percent 63.3 and target 150. 'Trong quý' in a Q1 report = Q1/2024.",
    "'Dự kiến trong quý II' -> forecast, Q2/2024. 'Hiện' sentences get no period.",
    "Distractors: 'Km 135, Quốc lộ 6', dateline, 'Quý I/2024' in headline (period only).",
]

emit("p653-2", TEXT, COMMENTS, FIGS, published="2024-04-12", location="Mai Châu")
