from lib import F, P, I, CH, TG, emit

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ » Tin tức » Năng lượng

Phụ tải hệ thống điện quốc gia liên tiếp lập kỷ lục trong đợt nắng nóng
Ngày đăng: 24/04/2024 | Lượt xem: 2.146

(Moit.gov.vn) Theo Trung tâm Điều độ hệ thống điện quốc gia (A0), ngày 23/4/2024, công suất tiêu thụ đỉnh (Pmax) toàn hệ thống đạt 45.528 MW, cao hơn 1.395 MW so với kỷ lục thiết lập ngày 20/4. Sản lượng điện tiêu thụ toàn quốc ngày 23/4 đạt 942,1 triệu kWh, tăng 12,8% so với cùng kỳ năm 2023.

Pmax của ba miền Bắc, Trung, Nam lần lượt đạt 19.830 MW, 4.012 MW và 22.150 MW. Riêng miền Nam, phụ tải tăng tới 16,5% so với cùng kỳ do nắng nóng gay gắt kéo dài, nhiệt độ cao nhất tại Đông Nam Bộ phổ biến 36-38 độ C.

4 tháng đầu năm 2024, sản lượng điện sản xuất và nhập khẩu toàn hệ thống ước đạt 95,6 tỷ kWh, tăng 11,4% so với cùng kỳ; trong đó nhiệt điện than chiếm 57,3%, thủy điện chiếm 19,6%, năng lượng tái tạo chiếm 13,1%. Điện năng tiêu thụ bình quân đầu người năm 2023 đạt 2.850 kWh/người/năm.

Theo kế hoạch vận hành phê duyệt tại Quyết định số 3110/QĐ-BCT, sản lượng điện sản xuất và nhập khẩu năm 2024 dự kiến đạt 306,2 tỷ kWh, tăng 9,2% so với năm 2023; Pmax dự báo khoảng 49.533 MW. Quý II/2024, phụ tải dự báo tăng 12-13% so với cùng kỳ.

Tính đến ngày 22/4, 52/63 tỉnh, thành phố đã ban hành kế hoạch tiết kiệm điện năm 2024. Bộ Công Thương yêu cầu EVN huy động tối đa các nguồn, không để xảy ra cắt điện luân phiên; các địa phương phấn đấu giảm 3% điện năng tiêu thụ trong các tháng cao điểm nắng nóng (từ tháng 4 đến tháng 7). Đường dây 500 kV mạch 3 Quảng Trạch - Phố Nối phải hoàn thành trong tháng 6/2024.
"""

D23 = P("ngày 23/4/2024", "2024-04-23", "2024-04-23")
M4 = P("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đạt 45.528 MW", "45.528", 45528, "measure", "MW", "công suất tiêu thụ đỉnh (Pmax) toàn hệ thống", D23,
      change=CH("increase", 1395, "MW", "kỷ lục thiết lập ngày 20/4")),
    F("đạt 942,1 triệu kWh", "942,1", 942100000, "measure", "kWh", "sản lượng điện tiêu thụ toàn quốc",
      P("ngày 23/4", "2024-04-23", "2024-04-23"), change=CH("increase", 12.8, "%", "cùng kỳ năm 2023")),
    F("ba miền Bắc", "ba", 3, "count", "miền", optional=True),
    F("đạt 19.830 MW", "19.830", 19830, "measure", "MW", "Pmax miền Bắc", I(D23)),
    F("4.012 MW", "4.012", 4012, "measure", "MW", "Pmax miền Trung", I(D23)),
    F("22.150 MW", "22.150", 22150, "measure", "MW", "Pmax miền Nam", I(D23)),
    F("tăng tới 16,5%", "16,5", 16.5, "percent", "%", "phụ tải miền Nam", I(D23)),
    F("36-38 độ C", "36", 36, "measure", "độ C", "nhiệt độ cao nhất tại Đông Nam Bộ phổ biến", I(D23), value_max=38),
    F("ước đạt 95,6 tỷ kWh", "95,6", 95600000000, "measure", "kWh",
      "sản lượng điện sản xuất và nhập khẩu toàn hệ thống", M4,
      change=CH("increase", 11.4, "%", "cùng kỳ"), status="estimate"),
    F("than chiếm 57,3%", "57,3", 57.3, "percent", "%", "tỷ trọng nhiệt điện than", M4, status="estimate"),
    F("thủy điện chiếm 19,6%", "19,6", 19.6, "percent", "%", "tỷ trọng thủy điện", M4, status="estimate"),
    F("tái tạo chiếm 13,1%", "13,1", 13.1, "percent", "%", "tỷ trọng năng lượng tái tạo", M4, status="estimate"),
    F("đạt 2.850 kWh", "2.850", 2850, "measure", "kWh/người/năm", "điện năng tiêu thụ bình quân đầu người",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 306,2 tỷ kWh", "306,2", 306200000000, "measure", "kWh", "sản lượng điện sản xuất và nhập khẩu", Y24,
      change=CH("increase", 9.2, "%", "năm 2023"), status="forecast"),
    F("khoảng 49.533 MW", "49.533", 49533, "measure", "MW", "Pmax", Y24, approx="about", status="forecast"),
    F("tăng 12-13%", "12", 12, "percent", "%", "phụ tải", P("Quý II/2024", "2024-04-01", "2024-06-30"),
      value_max=13, status="forecast"),
    F("52/63 tỉnh", "52", 52, "count", "tỉnh, thành phố", "tỉnh, thành phố đã ban hành kế hoạch tiết kiệm điện",
      P("Tính đến ngày 22/4", None, "2024-04-22"), total=63),
    F("giảm 3%", "3", 3, "percent", "%", "điện năng tiêu thụ giảm trong các tháng cao điểm nắng nóng",
      P("từ tháng 4 đến tháng 7", "2024-04-01", "2024-07-31"), status="target"),
]

COMMENTS = [
    "Ministry site (Bộ Công Thương): breadcrumb, 'Ngày đăng: 24/04/2024 | Lượt xem: 2.146'. National Pmax record in the April 2024 heat wave.",
    "All figures are national (location Việt Nam). The regions miền Bắc/Trung/Nam and Đông Nam Bộ are not provinces, cities or districts, so they",
    "stay in the subject and the location stays Việt Nam. 'lần lượt đạt' list: each item a figure, period inherited from 'ngày 23/4/2024'.",
    "'phụ tải tăng tới 16,5%' and 'dự báo tăng 12-13%' are growth rates that are the claim: percent figures without change.",
    "'trong đó … chiếm 57,3%' shares are percent figures of their own (no base amount), estimate status carried from 'ước đạt'.",
    "'kWh/người/năm' is a rate: value 2.850, unit with its denominator. 'dự kiến'/'dự báo' → forecast. 'phấn đấu giảm 3%' → target.",
    "revised after the first run: 'ba miền Bắc, Trung, Nam' (an enumeration, 'the three regions') added as optional, as shared h29 treats",
    "'cả 2 khối công, tư'; the first gold had left it out as not a figure.",
    "Distractors: 'Lượt xem: 2.146', '(A0)', 'Quyết định số 3110/QĐ-BCT', 'ngày 20/4', 'Đường dây 500 kV mạch 3' (a name), 'tháng 6/2024'.",
]

emit("p635-4", TEXT, COMMENTS, FIGS, published="2024-04-24", location="Việt Nam")
