from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI
Trang chủ > Tin tức - Sự kiện > Văn hóa - Du lịch

Lào Cai: Hơn 1.100 homestay phục vụ khách du lịch cộng đồng
Cập nhật: 15/07/2024 08:30
Lượt xem: 1.482

6 tháng đầu năm 2024, các điểm du lịch cộng đồng trên địa bàn tỉnh Lào Cai đón 1.126.500 lượt khách, tăng 18,4% so với cùng kỳ năm 2023; trong đó khách quốc tế đạt 312.400 lượt, chiếm 27,7%. Doanh thu từ du lịch cộng đồng ước đạt 1.450 tỷ đồng, bằng 56,2% kế hoạch năm.

Tính đến ngày 30/6/2024, toàn tỉnh có 1.132 cơ sở lưu trú homestay với khoảng 9.800 phòng, trong đó thị xã Sa Pa 684 cơ sở, huyện Bắc Hà 173 cơ sở, huyện Bát Xát 126 cơ sở, huyện Mường Khương 58 cơ sở. Riêng thôn Tả Van Giáy, xã Tả Van (thị xã Sa Pa) có 96 homestay; mỗi hộ kinh doanh homestay tại đây có thu nhập từ 250 đến 300 triệu đồng/năm.

Trong 6 tháng đầu năm, Sở Văn hóa và Thể thao đã mở 14 lớp tập huấn kỹ năng cho 620 người làm du lịch cộng đồng, trong đó có 185 hướng dẫn viên tại điểm là người dân tộc thiểu số. Công suất sử dụng phòng bình quân đạt 62%, riêng dịp cuối tuần lên tới 90%.

Phấn đấu đến năm 2025, Lào Cai có 1.500 cơ sở homestay đạt chuẩn, đón 2,5 triệu lượt khách du lịch cộng đồng mỗi năm.

Du khách cần hỗ trợ xin liên hệ đường dây nóng 0214.3840.456 hoặc Trung tâm Thông tin xúc tiến du lịch, số 2 đường Hoàng Liên, phường Cốc Lếu, thành phố Lào Cai.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1b = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")
HS = "cơ sở lưu trú homestay"

FIGS = [
    F("Hơn 1.100 homestay", "1.100", 1100, "count", "homestay",
      "homestay phục vụ khách du lịch cộng đồng", I(ASOF), approx="over"),
    F("đón 1.126.500 lượt khách", "1.126.500", 1126500, "count", "lượt khách",
      "lượt khách các điểm du lịch cộng đồng đón", H1,
      change=CH("increase", 18.4, "%", "cùng kỳ năm 2023")),
    F("đạt 312.400 lượt", "312.400", 312400, "count", "lượt",
      "khách quốc tế", H1, total=1126500, percent=27.7),
    F("ước đạt 1.450 tỷ đồng", "1.450", 1450000000000, "money", "đồng",
      "doanh thu từ du lịch cộng đồng", I(H1), percent=56.2, status="estimate"),
    F("có 1.132 cơ sở", "1.132", 1132, "count", HS, HS, ASOF),
    F("khoảng 9.800 phòng", "9.800", 9800, "count", "phòng", "phòng homestay", ASOF, approx="about"),
    F("Sa Pa 684 cơ sở", "684", 684, "count", "cơ sở", HS, ASOF, total=1132, location="Sa Pa"),
    F("Bắc Hà 173 cơ sở", "173", 173, "count", "cơ sở", HS, ASOF, total=1132, location="Bắc Hà"),
    F("Bát Xát 126 cơ sở", "126", 126, "count", "cơ sở", HS, ASOF, total=1132, location="Bát Xát"),
    F("Mường Khương 58 cơ sở", "58", 58, "count", "cơ sở", HS, ASOF, total=1132, location="Mường Khương"),
    F("có 96 homestay", "96", 96, "count", "homestay", "homestay tại thôn Tả Van Giáy", I(ASOF),
      location="Sa Pa"),
    F("từ 250 đến 300 triệu", "250", 250000000, "money", "đồng/năm",
      "thu nhập mỗi hộ kinh doanh homestay", None, value_max=300000000, location="Sa Pa"),
    F("mở 14 lớp", "14", 14, "count", "lớp", "lớp tập huấn kỹ năng làm du lịch cộng đồng", H1b),
    F("cho 620 người", "620", 620, "count", "người", "người làm du lịch cộng đồng được tập huấn kỹ năng", H1b),
    F("có 185 hướng dẫn viên", "185", 185, "count", "hướng dẫn viên",
      "hướng dẫn viên tại điểm là người dân tộc thiểu số", H1b, total=620),
    F("đạt 62%", "62", 62, "percent", "%", "công suất sử dụng phòng bình quân", I(H1)),
    F("lên tới 90%", "90", 90, "percent", "%", "công suất sử dụng phòng dịp cuối tuần", I(H1)),
    F("có 1.500 cơ sở", "1.500", 1500, "count", "cơ sở homestay", "cơ sở homestay đạt chuẩn", T25,
      status="target"),
    F("đón 2,5 triệu lượt", "2,5", 2500000, "count", "lượt khách", "lượt khách du lịch cộng đồng mỗi năm", T25,
      status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Lào Cai (province portal): breadcrumb, 'Cập nhật: 15/07/2024 08:30', 'Lượt xem: 1.482'.",
    "Community tourism H1/2024: visitors, foreign share, revenue vs plan, homestays by district after 'trong đó', village homestays, training, occupancy, 2025 targets.",
    "District parts after 'trong đó' take the whole 1.132 (they do not add up to it, but the cue says they are parts). 'bằng 56,2% kế hoạch năm' -> percent.",
    "'khách quốc tế đạt 312.400 lượt, chiếm 27,7%' -> count with total and percent. Tả Van Giáy is a village of thị xã Sa Pa -> location Sa Pa.",
    "'Trong 6 tháng đầu năm' has no year: 2024 from the dateline/lead. 'lên tới 90%' is exact. 'đến năm 2025' targets end 2025-12-31.",
    "Distractors: 'Lượt xem: 1.482', '0214.3840.456', 'số 2 đường Hoàng Liên', '30/6/2024', dateline.",
]

emit("p653-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Lào Cai")
