from lib import F, P, I, C, T, write

TEXT = """Chợ đêm Đà Lạt: siết chặt an toàn thực phẩm hàng rong
Mỗi tối, khu vực chợ đêm Đà Lạt có khoảng 350 gian hàng, xe đẩy bán thức ăn đường phố hoạt động, phục vụ bình quân 8.000-10.000 lượt khách; cao điểm cuối tuần hơn 15.000 lượt.
Theo Phòng Y tế thành phố Đà Lạt, trong quý I/2025, đoàn kiểm tra liên ngành đã kiểm tra 214 cơ sở, hộ kinh doanh tại khu vực chợ đêm và các tuyến đường Nguyễn Thị Minh Khai, Lê Đại Hành, phát hiện 31 hộ vi phạm, xử phạt 18 hộ với số tiền 27,5 triệu đồng theo Nghị định số 115/2018/NĐ-CP. Trong số 180 mẫu bánh tráng nướng, sữa đậu nành, xiên que chiên được test nhanh, có 7 mẫu không đạt về chỉ tiêu dầu mỡ và phẩm màu.
Bà Nguyễn Thị Hoa, 52 tuổi, bán bánh tráng nướng ở chợ đêm hơn 20 năm, cho biết mỗi tối bán được khoảng 150 chiếc, giá 25.000 đồng/chiếc, thu nhập bình quân 12-15 triệu đồng/tháng. "Từ khi được tập huấn, tôi đeo găng tay, đội mũ và chỉ mua nguyên liệu có nguồn gốc ở chợ Đà Lạt", bà Hoa nói.
Từ năm 2023 đến nay, thành phố đã cấp 1.240 giấy xác nhận kiến thức an toàn thực phẩm cho người kinh doanh thức ăn đường phố, đạt 82,7% số hộ thuộc diện phải cấp. Năm 2024, lượng khách đến chợ đêm đạt khoảng 3,2 triệu lượt, tăng 18% so với năm 2023.
Theo kế hoạch, năm 2025 Đà Lạt phấn đấu 100% gian hàng tại chợ đêm sử dụng bao bì thân thiện môi trường, đồng thời xây dựng thêm 2 tuyến phố ẩm thực đạt chuẩn với tổng kinh phí dự kiến khoảng 3,5 tỷ đồng. Dự kiến đến tháng 6/2025, thành phố sẽ lắp đặt 40 bồn rửa tay công cộng tại khu chợ đêm và Quảng trường Lâm Viên.
KHÁNH PHÚC
12/04/2025
"""

Q1 = P("trong quý I/2025", "2025-01-01", "2025-03-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("khoảng 350 gian hàng", "350", 350, "count", "gian hàng", "gian hàng, xe đẩy bán thức ăn đường phố ở chợ đêm mỗi tối", approx="about"),
    F("bình quân 8.000-10.000 lượt khách", "8.000", 8000, "count", "lượt khách", "lượt khách chợ đêm mỗi tối", value_max=10000),
    F("hơn 15.000 lượt", "15.000", 15000, "count", "lượt", "lượt khách cao điểm cuối tuần", approx="over"),
    F("kiểm tra 214 cơ sở", "214", 214, "count", "cơ sở", "cơ sở, hộ kinh doanh được kiểm tra", Q1),
    F("phát hiện 31 hộ", "31", 31, "count", "hộ", "hộ vi phạm", Q1),
    F("xử phạt 18 hộ", "18", 18, "count", "hộ", "hộ bị xử phạt", Q1),
    F("số tiền 27,5 triệu đồng", "27,5", 27.5e6, "money", "đồng", "số tiền xử phạt", Q1),
    F("Trong số 180 mẫu", "180", 180, "count", "mẫu", "mẫu bánh tráng nướng, sữa đậu nành, xiên que chiên được test nhanh", I(Q1)),
    F("có 7 mẫu", "7", 7, "count", "mẫu", "mẫu không đạt về chỉ tiêu dầu mỡ và phẩm màu", I(Q1), total=180),
    F("52 tuổi", "52", 52, "measure", "tuổi", "tuổi bà Nguyễn Thị Hoa", optional=True),
    F("hơn 20 năm", "20", 20, "measure", "năm", "thời gian bán bánh tráng nướng ở chợ đêm", approx="over", optional=True),
    F("khoảng 150 chiếc", "150", 150, "count", "chiếc", "bánh tráng nướng bán được mỗi tối", approx="about"),
    F("giá 25.000 đồng/chiếc", "25.000", 25000, "money", "đồng/chiếc", "giá bánh tráng nướng"),
    F("bình quân 12-15 triệu đồng/tháng", "12", 12e6, "money", "đồng/tháng", "thu nhập bình quân", value_max=15e6),
    F("cấp 1.240 giấy", "1.240", 1240, "count", "giấy xác nhận", "giấy xác nhận kiến thức an toàn thực phẩm cấp cho người kinh doanh thức ăn đường phố",
      P("Từ năm 2023 đến nay", "2023-01-01", "2025-04-12"), percent=82.7),
    F("khoảng 3,2 triệu lượt", "3,2", 3.2e6, "count", "lượt", "lượng khách đến chợ đêm",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="about", change=C("increase", 18, baseline="năm 2023")),
    F("phấn đấu 100%", "100", 100, "percent", "%", "gian hàng tại chợ đêm sử dụng bao bì thân thiện môi trường", Y25, status="target"),
    F("thêm 2 tuyến", "2", 2, "count", "tuyến phố ẩm thực", "tuyến phố ẩm thực đạt chuẩn xây dựng thêm", Y25, status="target"),
    F("khoảng 3,5 tỷ đồng", "3,5", 3.5e9, "money", "đồng", "tổng kinh phí xây dựng tuyến phố ẩm thực", Y25,
      approx="about", status="forecast"),
    F("đặt 40 bồn", "40", 40, "count", "bồn rửa tay", "bồn rửa tay công cộng lắp đặt tại khu chợ đêm",
      P("đến tháng 6/2025", None, "2025-06-30"), status="forecast"),
]

NOTES = [
    "Party/provincial paper (Báo Lâm Đồng style): Đà Lạt night-market street food; byline and bare date at the end (published 12/04/2025).",
    "All figures are the city's: location Đà Lạt. 'Mỗi tối' / 'bình quân' figures carry no period.",
    "A vendor's age '52 tuổi' and years of trade 'hơn 20 năm' describe the example person: optional.",
    "'Trong số 180 mẫu ..., có 7 mẫu' -> total 180. 'Từ năm 2023 đến nay' ends at the published date.",
    "'tổng kinh phí dự kiến' -> forecast inside a target sentence; 'Dự kiến đến tháng 6/2025' -> forecast, as-of end 2025-06-30.",
    "Distractors: 'Nghị định số 115/2018/NĐ-CP', street names, 'Quảng trường Lâm Viên', '12/04/2025', quoted speech.",
]

write(5, TEXT, FIGS, NOTES, published="2025-04-12", location="Đà Lạt")
