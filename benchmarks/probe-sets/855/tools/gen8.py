from lib import F, P, I, C, T, write

TEXT = """Báo Quảng Nam điện tử
Xã hội > Y tế
Hội An: 96% cơ sở thức ăn đường phố đạt yêu cầu an toàn thực phẩm dịp Tết
Cập nhật lúc 15:40, Thứ năm, 20/02/2025
(QNO) - Trong đợt cao điểm bảo đảm an toàn thực phẩm dịp Tết Nguyên đán Ất Tỵ và mùa lễ hội Xuân 2025 (từ ngày 15/12/2024 đến 15/02/2025), 3 đoàn kiểm tra liên ngành của thành phố Hội An đã kiểm tra 428 cơ sở kinh doanh thức ăn đường phố, trong đó có 411 cơ sở đạt yêu cầu, chiếm 96%.
Đoàn đã xử phạt 17 cơ sở vi phạm với tổng số tiền 32 triệu đồng và nhắc nhở 45 trường hợp. Qua kiểm tra nhanh 560 mẫu thực phẩm, phát hiện 9 mẫu không đạt, bằng 1,6%, thấp hơn 0,7 điểm phần trăm so với Tết năm trước.
Hiện Hội An có 1.150 cơ sở kinh doanh thức ăn đường phố, tập trung ở các phường Minh An, Cẩm Phô và khu chợ đêm Nguyễn Hoàng. Dịp Tết, lượng khách tham quan phố cổ tăng mạnh; riêng từ mùng 1 đến mùng 6 Tết, thành phố đón khoảng 185.000 lượt khách, tăng 12% so với cùng kỳ. Tổng doanh thu của các cơ sở ăn uống đường phố trong dịp Tết ước đạt 9,6 tỷ đồng.
Giá một tô cao lầu dao động 35.000-45.000 đồng, bánh mì 20.000-30.000 đồng/ổ, tăng khoảng 5.000 đồng so với ngày thường. Ông Phan Văn Bảy, chủ một xe bánh mì trên đường Trần Hưng Đạo, cho biết mỗi ngày Tết bán gấp 2 lần ngày thường.
Năm 2025, Hội An đặt mục tiêu 100% cơ sở thức ăn đường phố trong khu phố cổ ký cam kết bảo đảm an toàn thực phẩm, nâng số tuyến phố ẩm thực an toàn lên 5 tuyến.
MINH HẢI
"""

D = P("từ ngày 15/12/2024 đến 15/02/2025", "2024-12-15", "2025-02-15")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hội An: 96%", "96", 96, "percent", "%", "cơ sở thức ăn đường phố đạt yêu cầu an toàn thực phẩm"),
    F("Xuân 2025 (từ ngày 15/12/2024 đến 15/02/2025), 3 đoàn", "3", 3, "count", "đoàn", "đoàn kiểm tra liên ngành", D),
    F("kiểm tra 428 cơ sở", "428", 428, "count", "cơ sở", "cơ sở kinh doanh thức ăn đường phố được kiểm tra", D),
    F("có 411 cơ sở", "411", 411, "count", "cơ sở", "cơ sở đạt yêu cầu", D, total=428, percent=96),
    F("xử phạt 17 cơ sở", "17", 17, "count", "cơ sở", "cơ sở vi phạm bị xử phạt", I(D)),
    F("số tiền 32 triệu đồng", "32", 32e6, "money", "đồng", "tổng số tiền xử phạt", I(D)),
    F("nhắc nhở 45 trường hợp", "45", 45, "count", "trường hợp", "trường hợp bị nhắc nhở", I(D)),
    F("nhanh 560 mẫu", "560", 560, "count", "mẫu", "mẫu thực phẩm kiểm tra nhanh", I(D)),
    F("phát hiện 9 mẫu", "9", 9, "count", "mẫu", "mẫu không đạt", I(D), percent=1.6,
      change=C("decrease", 0.7, "điểm phần trăm", baseline="Tết năm trước")),
    F("có 1.150 cơ sở", "1.150", 1150, "count", "cơ sở", "cơ sở kinh doanh thức ăn đường phố"),
    F("khoảng 185.000 lượt", "185.000", 185000, "count", "lượt khách", "lượt khách tham quan phố cổ từ mùng 1 đến mùng 6 Tết",
      approx="about", change=C("increase", 12, baseline="cùng kỳ")),
    F("ước đạt 9,6 tỷ đồng", "9,6", 9.6e9, "money", "đồng", "tổng doanh thu của các cơ sở ăn uống đường phố dịp Tết", status="estimate"),
    F("dao động 35.000-45.000 đồng", "35.000", 35000, "money", "đồng", "giá một tô cao lầu", value_max=45000),
    F("bánh mì 20.000-30.000 đồng/ổ", "20.000", 20000, "money", "đồng/ổ", "giá bánh mì", value_max=30000,
      change=C("increase", 5000, "đồng", baseline="ngày thường", approx="about")),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "lượng bánh mì bán mỗi ngày Tết so với ngày thường"),
    F("mục tiêu 100%", "100", 100, "percent", "%", "cơ sở thức ăn đường phố trong khu phố cổ ký cam kết bảo đảm an toàn thực phẩm", Y25,
      status="target"),
    F("lên 5 tuyến", "5", 5, "count", "tuyến", "tuyến phố ẩm thực an toàn", Y25, status="target"),
]

NOTES = [
    "Provincial newspaper online (Báo Quảng Nam style): headline figure, 'Cập nhật lúc 15:40, Thứ năm, 20/02/2025', tag '(QNO) -'.",
    "All figures are Hội An's (a city of Quảng Nam): location Hội An.",
    "The campaign dates (15/12/2024-15/02/2025) give the period of the first sentence; the next paragraph inherits them.",
    "'từ mùng 1 đến mùng 6 Tết' (lunar dates) and 'dịp Tết' are left without a period; 'Hiện' gives none.",
    "'9 mẫu không đạt, bằng 1,6%, thấp hơn 0,7 điểm phần trăm' -> percent 1,6 and a change in points on the count.",
    "'tăng khoảng 5.000 đồng so với ngày thường' attaches to the price right before it (bánh mì).",
    "'bán gấp 2 lần ngày thường' stands alone as the claim: a multiple.",
    "Distractors: 'Xuân 2025', 'Tết Nguyên đán Ất Tỵ', 'mùng 1', 'mùng 6', 'Ông Phan Văn Bảy', 'đường Trần Hưng Đạo', '15:40'.",
]

write(8, TEXT, FIGS, NOTES, published="2025-02-20", location="Hội An")
