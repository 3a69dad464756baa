"""p894-6: national newspaper (VnExpress-like), TP Hồ Chí Minh apartment disputes over maintenance funds, fees, PCCC."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Dân sinh
Thứ bảy, 9/11/2024, 08:15 (GMT+7)

Hơn 200 chung cư ở TP HCM tranh chấp quỹ bảo trì

Gần 40% số chung cư có tranh chấp tại TP HCM liên quan đến quỹ bảo trì, khoản tiền 2% giá trị căn hộ mà người mua đã nộp khi nhận nhà.

Theo Sở Xây dựng TP HCM, tính đến cuối tháng 10, thành phố có 1.673 chung cư với khoảng 480.000 căn hộ. Trong số này, 561 chung cư đang phát sinh tranh chấp, khiếu nại giữa cư dân với chủ đầu tư hoặc Ban quản trị, trong đó 214 chung cư tranh chấp về quỹ bảo trì, chiếm 38,1%.

Tổng số tiền quỹ bảo trì tại các chung cư có tranh chấp khoảng 3.200 tỷ đồng, trong đó hơn 1.000 tỷ đồng chủ đầu tư chưa bàn giao.

Ông Trần Văn Minh, Trưởng ban quản trị một chung cư trên đường Nguyễn Hữu Thọ, cho biết quỹ bảo trì của tòa nhà khoảng 18 tỷ đồng nhưng chủ đầu tư mới bàn giao 6,5 tỷ đồng, dù cư dân đã nhận nhà từ năm 2017.

Giá dịch vụ quản lý vận hành tại thành phố hiện dao động 8.000-25.000 đồng/m2/tháng; riêng phân khúc cao cấp có nơi 40.000 đồng/m2/tháng. Mức phí bình quân khoảng 12.500 đồng/m2/tháng, tăng 15% so với năm 2022.

Về PCCC, 10 tháng năm 2024, Công an TP HCM đã kiểm tra 1.245 lượt chung cư, xử phạt 318 trường hợp với tổng số tiền 7,6 tỷ đồng. Hiện thành phố còn 93 chung cư chưa được nghiệm thu PCCC, chiếm 5,6% tổng số chung cư.

Sở Xây dựng dự kiến trong quý I/2025 sẽ hoàn thành kiểm tra quỹ bảo trì tại 120 chung cư có tranh chấp kéo dài. Người dân có thể phản ánh qua đường dây nóng 028.3932.6214 hoặc trực tiếp tại trụ sở Sở, số 60 Trương Định, phường Võ Thị Sáu, quận 3.

Gia Minh
"""

OCT = P("tính đến cuối tháng 10", end="2024-10-31")
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")

FIGS = [
    F("Hơn 200 chung cư", "200", 200, "count", "chung cư", "chung cư tranh chấp quỹ bảo trì", approx="over"),
    F("Gần 40%", "40", 40, "percent", "%", "tỷ lệ chung cư có tranh chấp liên quan đến quỹ bảo trì",
      approx="nearly"),
    F("khoản tiền 2%", "2", 2, "percent", "%", "quỹ bảo trì trên giá trị căn hộ", optional=True),
    F("có 1.673 chung cư", "1.673", 1673, "count", "chung cư", "chung cư", OCT),
    F("khoảng 480.000 căn hộ", "480.000", 480000, "count", "căn hộ", "căn hộ chung cư", OCT, approx="about"),
    F("561 chung cư", "561", 561, "count", "chung cư", "chung cư đang phát sinh tranh chấp, khiếu nại", I(OCT),
      total=1673),
    F("214 chung cư", "214", 214, "count", "chung cư", "chung cư tranh chấp về quỹ bảo trì", I(OCT), total=561,
      percent=38.1),
    F("khoảng 3.200 tỷ đồng", "3.200", 3.2e12, "money", "đồng", "quỹ bảo trì tại các chung cư có tranh chấp",
      approx="about"),
    F("hơn 1.000 tỷ đồng", "1.000", 1e12, "money", "đồng", "quỹ bảo trì chủ đầu tư chưa bàn giao", approx="over",
      total=3.2e12),
    F("khoảng 18 tỷ đồng", "18", 18e9, "money", "đồng", "quỹ bảo trì của tòa nhà", approx="about"),
    F("bàn giao 6,5 tỷ đồng", "6,5", 6.5e9, "money", "đồng", "quỹ bảo trì chủ đầu tư đã bàn giao"),
    F("8.000-25.000", "8.000", 8000, "money", "đồng/m2/tháng", "giá dịch vụ quản lý vận hành", value_max=25000),
    F("có nơi 40.000", "40.000", 40000, "money", "đồng/m2/tháng", "giá dịch vụ quản lý vận hành phân khúc cao cấp"),
    F("khoảng 12.500 đồng", "12.500", 12500, "money", "đồng/m2/tháng", "mức phí quản lý vận hành bình quân",
      approx="about", change=C("increase", 15, "%", "năm 2022")),
    F("kiểm tra 1.245 lượt", "1.245", 1245, "count", "lượt", "lượt kiểm tra PCCC chung cư", M10),
    F("xử phạt 318 trường hợp", "318", 318, "count", "trường hợp", "trường hợp bị xử phạt về PCCC", M10),
    F("số tiền 7,6 tỷ đồng", "7,6", 7.6e9, "money", "đồng", "tiền xử phạt vi phạm PCCC", M10),
    F("còn 93 chung cư", "93", 93, "count", "chung cư", "chung cư chưa được nghiệm thu PCCC", percent=5.6),
    F("tại 120 chung cư", "120", 120, "count", "chung cư", "chung cư có tranh chấp kéo dài được kiểm tra quỹ bảo trì",
      Q1, status="forecast"),
]

write("p894-6", TEXT, FIGS, published="2024-11-09", location="TP Hồ Chí Minh", notes=[
    "National newspaper (VnExpress-like dateline): TP Hồ Chí Minh apartment disputes over maintenance funds, fees, PCCC.",
    "'tính đến cuối tháng 10' takes 2024 from the dateline. 'Trong số này, 561' -> total 1.673; '214 ... chiếm 38,1%' -> total 561, percent.",
    "One building's fund (18 tỷ, 6,5 tỷ) kept as figures; 2% (legal rate) optional. 'quận 3', 'Võ Thị Sáu', 'số 60', phone: distractors.",
])
