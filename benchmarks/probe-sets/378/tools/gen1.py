from lib import F, P, CH, TG, emit

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC GIANG
Trang chủ / Tin tức - Sự kiện / Kinh tế
Cập nhật: 14/06/2024 15:20 | Lượt xem: 2.315

Hội nghị xúc tiến tiêu thụ vải thiều năm 2024: ký kết 32 biên bản ghi nhớ

Chiều 13/6, tại Trung tâm Hội nghị tỉnh (số 82 đường Hùng Vương, TP Bắc Giang), UBND tỉnh tổ chức Hội nghị xúc tiến tiêu thụ vải thiều và nông sản tiêu biểu năm 2024. Hội nghị thu hút hơn 600 đại biểu, trong đó có 150 đại biểu đại diện doanh nghiệp, thương nhân trong và ngoài nước.

Năm 2024, tổng diện tích vải thiều toàn tỉnh khoảng 28.800 ha, tăng 200 ha so với năm 2023; sản lượng dự kiến đạt 160.000 tấn, trong đó vải sớm khoảng 52.000 tấn. Diện tích sản xuất theo tiêu chuẩn VietGAP đạt 16.300 ha, chiếm 56,6% tổng diện tích. Sản lượng tập trung chủ yếu ở các huyện Lục Ngạn (khoảng 98.000 tấn), Tân Yên (24.500 tấn) và Lục Nam (18.000 tấn). Toàn tỉnh hiện có 229 mã số vùng trồng phục vụ xuất khẩu.

Tại hội nghị, các doanh nghiệp, hợp tác xã đã ký kết 32 biên bản ghi nhớ, hợp đồng tiêu thụ với tổng sản lượng trên 35.000 tấn, tăng 12,5% so với hội nghị năm 2023. Giá vải sớm tại vườn hiện dao động từ 25.000 đến 35.000 đồng/kg, cao hơn khoảng 10% so với cùng kỳ.

Theo Kế hoạch số 95/KH-UBND, năm 2024 tỉnh phấn đấu xuất khẩu khoảng 80.000 tấn vải thiều, trong đó thị trường Trung Quốc khoảng 65.000 tấn, các thị trường Nhật Bản, Mỹ, EU, Úc khoảng 3.500 tấn. Tính đến ngày 10/6/2024, tỉnh đã đưa 1.240 sản phẩm nông sản lên các sàn thương mại điện tử như Postmart, Voso, Shopee; doanh thu bán hàng trực tuyến 5 tháng đầu năm ước đạt 42,5 tỷ đồng, gấp 1,6 lần cùng kỳ năm 2023.

Thông tin chi tiết liên hệ Sở Công Thương, điện thoại: 0204.3854.126.
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inherited=True)
y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("năm 2024: ký kết 32 biên bản", "32", 32, "count", "biên bản ghi nhớ",
      "biên bản ghi nhớ ký kết tại Hội nghị xúc tiến tiêu thụ vải thiều"),
    F("hơn 600 đại biểu", "600", 600, "count", "đại biểu", "đại biểu tham dự hội nghị", approx="over"),
    F("có 150 đại biểu", "150", 150, "count", "đại biểu",
      "đại biểu đại diện doanh nghiệp, thương nhân trong và ngoài nước", total=600),
    F("khoảng 28.800 ha", "28.800", 28800, "measure", "ha", "tổng diện tích vải thiều", Y24,
      approx="about", change=CH("increase", 200, "ha", "năm 2023")),
    F("đạt 160.000 tấn", "160.000", 160000, "measure", "tấn", "sản lượng vải thiều", Y24, status="forecast"),
    F("khoảng 52.000 tấn", "52.000", 52000, "measure", "tấn", "sản lượng vải sớm", Y24,
      approx="about", total=160000, status="forecast"),
    F("đạt 16.300 ha", "16.300", 16300, "measure", "ha", "diện tích sản xuất theo tiêu chuẩn VietGAP", Y24i,
      percent=56.6),
    F("Lục Ngạn (khoảng 98.000 tấn)", "98.000", 98000, "measure", "tấn", "sản lượng vải thiều", Y24i,
      approx="about", location="Lục Ngạn"),
    F("Tân Yên (24.500 tấn)", "24.500", 24500, "measure", "tấn", "sản lượng vải thiều", Y24i, location="Tân Yên"),
    F("Lục Nam (18.000 tấn)", "18.000", 18000, "measure", "tấn", "sản lượng vải thiều", Y24i, location="Lục Nam"),
    F("có 229 mã số vùng trồng", "229", 229, "count", "mã số vùng trồng", "mã số vùng trồng phục vụ xuất khẩu"),
    F("đã ký kết 32 biên bản", "32", 32, "count", "biên bản ghi nhớ", "biên bản ghi nhớ, hợp đồng tiêu thụ ký kết"),
    F("trên 35.000 tấn", "35.000", 35000, "measure", "tấn", "tổng sản lượng ký kết tiêu thụ",
      approx="over", change=CH("increase", 12.5, "%", "hội nghị năm 2023")),
    F("từ 25.000 đến 35.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá vải sớm tại vườn",
      value_max=35000, change=CH("increase", 10, "%", "cùng kỳ", approx="about")),
    F("khoảng 80.000 tấn", "80.000", 80000, "measure", "tấn", "sản lượng vải thiều xuất khẩu", y24,
      approx="about", status="target"),
    F("khoảng 65.000 tấn", "65.000", 65000, "measure", "tấn", "sản lượng vải thiều xuất khẩu sang thị trường Trung Quốc",
      y24, approx="about", total=80000, status="target"),
    F("khoảng 3.500 tấn", "3.500", 3500, "measure", "tấn",
      "sản lượng vải thiều xuất khẩu sang các thị trường Nhật Bản, Mỹ, EU, Úc", y24,
      approx="about", total=80000, status="target"),
    F("đưa 1.240 sản phẩm", "1.240", 1240, "count", "sản phẩm", "sản phẩm nông sản đưa lên sàn thương mại điện tử",
      P("Tính đến ngày 10/6/2024", None, "2024-06-10")),
    F("ước đạt 42,5 tỷ đồng", "42,5", 42500000000, "money", "đồng", "doanh thu bán hàng trực tuyến",
      P("5 tháng đầu năm", "2024-01-01", "2024-05-31"), status="estimate",
      change=CH("increase", 1.6, "lần", "cùng kỳ năm 2023")),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bắc Giang: Hội nghị xúc tiến tiêu thụ vải thiều 2024. 'Cập nhật: 14/06/2024 15:20 | Lượt xem: 2.315' (view count is furniture).",
    "Headline figure '32 biên bản ghi nhớ' is a figure of its own (as h12). Distractors: 'Chiều 13/6', 'số 82 đường Hùng Vương', 'Kế hoạch số 95/KH-UBND',",
    "'ngày 10/6/2024' inside the as-of period, phone 0204.3854.126. '150 đại biểu' is part of 'hơn 600 đại biểu' (trong đó, same unit).",
    "District list shares the indicator 'sản lượng vải thiều' (period năm 2024 from the sentence before: inherited). 'dự kiến' makes 160.000/52.000 forecasts.",
    "'phấn đấu xuất khẩu khoảng 80.000 tấn, trong đó ... Trung Quốc khoảng 65.000 tấn' -> targets with total 80000; Trung Quốc is a trade partner, not a location.",
    "'gấp 1,6 lần cùng kỳ năm 2023' after the money figure is its change (1,6 lần). '5 tháng đầu năm' takes 2024 from the earlier date.",
]

emit(1, TEXT, COMMENTS, FIGS, published="2024-06-14", location="Bắc Giang")
