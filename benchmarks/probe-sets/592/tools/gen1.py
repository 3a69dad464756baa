from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Du lịch

Hạ Long: Kinh tế đêm đón hơn 1,6 triệu lượt khách trong 6 tháng đầu năm

Cập nhật: 15/07/2024 08:30 | Lượt xem: 1.842

Theo Sở Du lịch Quảng Ninh, 6 tháng đầu năm 2024, các khu vui chơi, mua sắm về đêm trên địa bàn TP Hạ Long đón hơn 1,6 triệu lượt khách, tăng 18,5% so với cùng kỳ năm 2023; trong đó khách quốc tế đạt 412.000 lượt, chiếm 25,7%. Tổng doanh thu từ các dịch vụ ban đêm ước đạt 1.245 tỷ đồng, bằng 52,3% kế hoạch năm.

Chợ đêm Hạ Long (số 2 đường Hạ Long, phường Bãi Cháy) hiện bố trí 186 gian hàng, trong đó 74 gian hàng ẩm thực và 112 gian hàng thủ công mỹ nghệ, quà lưu niệm; mỗi tối đón bình quân từ 3.500 đến 4.000 lượt khách. Phố đi bộ Bãi Cháy hoạt động từ 18h00 đến 24h00 các tối thứ Sáu, thứ Bảy và Chủ nhật.

Chi tiêu bình quân của du khách khi tham gia các hoạt động về đêm đạt khoảng 1,35 triệu đồng/lượt, cao hơn 210.000 đồng so với năm 2023.

Từ đầu năm đến nay, Công an TP Hạ Long duy trì 24 tổ công tác tuần tra tại các khu vực trọng điểm; xảy ra 7 vụ việc về an ninh trật tự, giảm 4 vụ so với cùng kỳ; xử phạt 19 trường hợp lấn chiếm vỉa hè, bán hàng rong với tổng số tiền 56,5 triệu đồng.

Phấn đấu năm 2024, khu vực kinh tế đêm của thành phố đón 3,2 triệu lượt khách, doanh thu đạt 2.380 tỷ đồng.

Đường dây nóng du lịch: 0203.3628.628
"""

H6 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H6Y = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-15")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đón hơn 1,6 triệu lượt khách trong", "1,6", 1600000, "count", "lượt khách",
      "lượt khách đến các khu kinh tế đêm Hạ Long", H6, approx="over"),
    F("đón hơn 1,6 triệu lượt khách, tăng", "1,6", 1600000, "count", "lượt khách",
      "lượt khách đến các khu vui chơi, mua sắm về đêm", H6Y, approx="over",
      change=CH("increase", 18.5, baseline="cùng kỳ năm 2023")),
    F("đạt 412.000 lượt", "412.000", 412000, "count", "lượt", "khách quốc tế", H6Y,
      total=1600000, percent=25.7),
    F("ước đạt 1.245 tỷ", "1.245", 1245e9, "money", "đồng", "tổng doanh thu từ các dịch vụ ban đêm", I(H6Y),
      percent=52.3, status="estimate"),
    F("bố trí 186 gian hàng", "186", 186, "count", "gian hàng", "gian hàng Chợ đêm Hạ Long"),
    F("đó 74 gian hàng", "74", 74, "count", "gian hàng", "gian hàng ẩm thực", total=186),
    F("và 112 gian hàng", "112", 112, "count", "gian hàng", "gian hàng thủ công mỹ nghệ, quà lưu niệm", total=186),
    F("từ 3.500 đến 4.000 lượt", "3.500", 3500, "count", "lượt khách", "lượt khách mỗi tối tại Chợ đêm Hạ Long",
      value_max=4000),
    F("khoảng 1,35 triệu", "1,35", 1350000, "money", "đồng/lượt",
      "chi tiêu bình quân của du khách khi tham gia các hoạt động về đêm", I(H6Y), approx="about",
      change=CH("increase", 210000, unit="đồng", baseline="năm 2023")),
    F("duy trì 24 tổ", "24", 24, "count", "tổ công tác", "tổ công tác tuần tra", YTD),
    F("xảy ra 7 vụ", "7", 7, "count", "vụ việc", "vụ việc về an ninh trật tự", YTD,
      change=CH("decrease", 4, unit="vụ", baseline="cùng kỳ")),
    F("phạt 19 trường hợp", "19", 19, "count", "trường hợp", "trường hợp lấn chiếm vỉa hè, bán hàng rong bị xử phạt", YTD),
    F("tiền 56,5 triệu", "56,5", 56500000, "money", "đồng", "tổng số tiền xử phạt", YTD),
    F("đón 3,2 triệu", "3,2", 3200000, "count", "lượt khách", "lượt khách khu vực kinh tế đêm", Y24, status="target"),
    F("đạt 2.380 tỷ", "2.380", 2380e9, "money", "đồng", "doanh thu khu vực kinh tế đêm", Y24, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Ninh: kinh tế đêm TP Hạ Long 6 tháng đầu năm 2024 (lượt khách, doanh thu, gian hàng chợ đêm, chi tiêu, ANTT).",
    "Province portal: breadcrumb, 'Cập nhật: 15/07/2024 08:30' (published), 'Lượt xem: 1.842' (furniture).",
    "Figures describe TP Hạ Long (named 'trên địa bàn TP Hạ Long'), so location Hạ Long, not the province named in 'Sở Du lịch Quảng Ninh'.",
    "Distractors: 'số 2 đường Hạ Long', '18h00 đến 24h00', hotline '0203.3628.628', dateline, view counter.",
    "Headline '6 tháng đầu năm' takes 2024 from published. 'Từ đầu năm đến nay' ends at published (2024-07-15).",
    "412.000 lượt follows 'trong đó' after the 1,6 triệu whole: total 1600000, percent 25.7 (chiếm).",
    "'cao hơn 210.000 đồng so với năm 2023' is the change (unit đồng) of the 1,35 triệu spending figure.",
]

emit("p592-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Hạ Long")
