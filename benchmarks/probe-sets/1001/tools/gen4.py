from lib import F, P, I, C, T, write

TEXT = """
BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức > Thể dục thể thao
Ngày đăng: 24/03/2025 | Lượt xem: 1.128

Cả nước có hơn 12.500 sân bóng đá mini, quỹ đất cho thể thao công cộng còn hạn chế

Theo số liệu tổng hợp của Cục Thể dục thể thao, tính đến hết năm 2024, cả nước có 12.540 sân bóng đá mini, tăng 8,6% so với năm 2023; trong đó 9.870 sân do tư nhân đầu tư, chiếm 78,7%. Các địa phương có nhiều sân nhất lần lượt là Hà Nội (1.420 sân), TP Hồ Chí Minh (1.315 sân), Hải Phòng (486 sân) và Đồng Nai (472 sân).

Hiện cả nước có 8.915/10.598 xã, phường, thị trấn có sân thể thao cơ bản, đạt 84,1%. Tuy nhiên, diện tích đất thể thao bình quân mới đạt khoảng 1,2 m2/người, thấp hơn nhiều so với mức 2-3 m2/người theo tiêu chuẩn quy hoạch. Năm 2024, tỷ lệ người dân tập luyện thể dục thể thao thường xuyên đạt 37,5%, trong khi mục tiêu đến năm 2030 là 45%.

Khảo sát tại 12 tỉnh, thành phố cho thấy giá thuê sân bóng đá mini 5 người phổ biến từ 200.000 đến 600.000 đồng/giờ; tại các đô thị lớn, giờ cao điểm có nơi lên tới 1 triệu đồng/giờ. Trong năm 2024, các địa phương đã xử phạt 1.236 cơ sở kinh doanh sân thể thao vi phạm với tổng số tiền hơn 14,7 tỷ đồng, tăng 1,3 lần so với năm 2023.

Theo Chiến lược phát triển thể dục, thể thao Việt Nam đến năm 2030, tầm nhìn đến năm 2045 ban hành kèm theo Quyết định số 1189/QĐ-TTg, đến năm 2030 phấn đấu 100% xã, phường, thị trấn có sân tập thể thao công cộng, diện tích đất thể thao đạt tối thiểu 2 m2/người.

Cục Thể dục thể thao đề nghị các địa phương dành quỹ đất phù hợp cho thể thao cộng đồng trong quy hoạch, hạn chế chuyển đổi mục đích sử dụng các sân hiện có.

Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội
"""

ASOF = P("tính đến hết năm 2024", None, "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
SAN = "sân bóng đá mini"

FIGS = [
    F("hơn 12.500 sân", "12.500", 12500, "count", "sân", SAN, approx="over"),
    F("có 12.540 sân", "12.540", 12540, "count", "sân", SAN, ASOF, change=C("increase", 8.6, "%", "năm 2023")),
    F("9.870 sân", "9.870", 9870, "count", "sân", "sân bóng đá mini do tư nhân đầu tư", ASOF,
      total=12540, percent=78.7),
    F("Hà Nội (1.420 sân)", "1.420", 1420, "count", "sân", SAN, I(ASOF), location="Hà Nội"),
    F("TP Hồ Chí Minh (1.315 sân)", "1.315", 1315, "count", "sân", SAN, I(ASOF), location="TP Hồ Chí Minh"),
    F("Hải Phòng (486 sân)", "486", 486, "count", "sân", SAN, I(ASOF), location="Hải Phòng"),
    F("Đồng Nai (472 sân)", "472", 472, "count", "sân", SAN, I(ASOF), location="Đồng Nai"),
    F("có 8.915/10.598", "8.915", 8915, "count", "xã, phường, thị trấn",
      "xã, phường, thị trấn có sân thể thao cơ bản", total=10598, percent=84.1),
    F("khoảng 1,2 m2/người", "1,2", 1.2, "measure", "m2/người", "diện tích đất thể thao bình quân", approx="about"),
    F("mức 2-3 m2/người", "2", 2, "measure", "m2/người", "diện tích đất thể thao theo tiêu chuẩn quy hoạch",
      value_max=3, optional=True),
    F("đạt 37,5%", "37,5", 37.5, "percent", "%", "tỷ lệ người dân tập luyện thể dục thể thao thường xuyên", Y24,
      target=T(45)),
    F("tại 12 tỉnh", "12", 12, "count", "tỉnh, thành phố", "tỉnh, thành phố được khảo sát giá thuê sân"),
    F("mini 5 người", "5", 5, "count", "người", "sân bóng đá mini 5 người", optional=True),
    F("từ 200.000 đến 600.000 đồng/giờ", "200.000", 200000, "money", "đồng/giờ", "giá thuê sân bóng đá mini 5 người",
      value_max=600000),
    F("lên tới 1 triệu đồng/giờ", "1", 1e6, "money", "đồng/giờ", "giá thuê sân giờ cao điểm tại các đô thị lớn"),
    F("xử phạt 1.236 cơ sở", "1.236", 1236, "count", "cơ sở", "cơ sở kinh doanh sân thể thao vi phạm bị xử phạt",
      P("Trong năm 2024", "2024-01-01", "2024-12-31")),
    F("hơn 14,7 tỷ đồng", "14,7", 14.7e9, "money", "đồng", "tổng số tiền xử phạt",
      P("Trong năm 2024", "2024-01-01", "2024-12-31"), approx="over",
      change=C("increase", 1.3, "lần", "năm 2023")),
    F("phấn đấu 100%", "100", 100, "percent", "%", "xã, phường, thị trấn có sân tập thể thao công cộng", T30,
      status="target"),
    F("tối thiểu 2 m2/người", "2", 2, "measure", "m2/người", "diện tích đất thể thao bình quân", T30,
      approx="at_least", status="target"),
]

NOTES = [
    "Ministry site (Bộ VHTTDL): national count of mini pitches at end-2024, top provinces (lần lượt), communes with grounds,",
    "land per head vs standard, participation rate vs 2030 target, rental prices, fines 2024, 2030 strategy targets.",
    "Not figures: Lượt xem 1.128, năm 2045, Quyết định số 1189/QĐ-TTg, address 51 Ngô Quyền.",
    "'mục tiêu đến năm 2030 là 45%' is the target attribute of 37,5% (not a figure of its own).",
    "'mức 2-3 m2/người theo tiêu chuẩn quy hoạch' (a planning norm) and 'sân … 5 người' (pitch type) are optional.",
    "'lên tới 1 triệu' is not an approx cue in FIGURES.md: exact. 'tăng 1,3 lần so với năm 2023' after the fines -> change in lần.",
    "'Hiện cả nước có 8.915/10.598' -> no period (hiện); location Việt Nam throughout except the list items.",
]

write("p1001-4", TEXT, FIGS, NOTES, published="2025-03-24", location="Việt Nam")
