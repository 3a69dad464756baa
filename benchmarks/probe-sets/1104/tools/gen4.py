"""p1104-4: Bộ Công Thương site, national electricity peak in the June 2025 heat wave."""
from lib import F, P, I, C, T, build

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Năng lượng
Ngày đăng: 11/06/2025 | Lượt xem: 1.573

Nắng nóng đẩy phụ tải hệ thống điện quốc gia lên mức kỷ lục

Theo Trung tâm Điều độ hệ thống điện quốc gia (A0), do ảnh hưởng của đợt nắng nóng diện rộng, công suất tiêu thụ cực đại toàn hệ thống ngày 10/6/2025 đạt 51.480 MW, tăng 4,6% so với mức đỉnh năm 2024. Sản lượng điện tiêu thụ toàn hệ thống cùng ngày đạt 1.082,5 triệu kWh, cao nhất từ trước đến nay.

Ở các miền, công suất đỉnh lần lượt là miền Bắc 25.120 MW, miền Trung 4.560 MW và miền Nam 23.900 MW. Nhiệt độ cao nhất ngày 10/6 tại trạm Láng (Hà Nội) lên tới 40,4 độ C, tại Hồi Xuân (Thanh Hóa) 41,7 độ C.

Để đáp ứng nhu cầu, A0 đã huy động tối đa các nguồn, trong đó nhiệt điện than chiếm 52,3% sản lượng, thủy điện 24,1%, năng lượng tái tạo 15,8%. Hiện đã có 48/63 tỉnh, thành phố ban hành kế hoạch tiết kiệm điện trong mùa nắng nóng.

Theo kế hoạch vận hành năm 2025 được Bộ Công Thương phê duyệt, công suất cực đại toàn hệ thống dự kiến đạt khoảng 54.500 MW vào tháng 7, tổng điện năng sản xuất và nhập khẩu khoảng 347,5 tỷ kWh, tăng 12,2% so với năm 2024.

Bộ Công Thương đề nghị các địa phương thực hiện nghiêm Chỉ thị số 20/CT-TTg ngày 8/6/2023 của Thủ tướng Chính phủ về tiết kiệm điện, phấn đấu tiết kiệm tối thiểu 3% tổng điện năng tiêu thụ năm 2025; đồng thời yêu cầu EVN đẩy nhanh tiến độ đường dây 500 kV mạch 3 để tăng khả năng truyền tải ra miền Bắc.

Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội. Điện thoại: 024.2220.2108.
"""

DAY = P("ngày 10/6/2025", "2025-06-10", "2025-06-10")
DAY2 = P("ngày 10/6", "2025-06-10", "2025-06-10")
PEAK = "công suất đỉnh"
SHARE = "tỷ trọng sản lượng huy động"
FIGS = [
    F("đạt 51.480 MW", "51.480", 51480, "measure", "MW", "công suất tiêu thụ cực đại toàn hệ thống", DAY,
      change=C("increase", 4.6, "%", "mức đỉnh năm 2024")),
    F("đạt 1.082,5 triệu kWh", "1.082,5", 1082.5e6, "measure", "kWh", "sản lượng điện tiêu thụ toàn hệ thống", I(DAY)),
    F("miền Bắc 25.120 MW", "25.120", 25120, "measure", "MW", PEAK + " miền Bắc", I(DAY)),
    F("miền Trung 4.560 MW", "4.560", 4560, "measure", "MW", PEAK + " miền Trung", I(DAY)),
    F("miền Nam 23.900 MW", "23.900", 23900, "measure", "MW", PEAK + " miền Nam", I(DAY)),
    F("lên tới 40,4 độ C", "40,4", 40.4, "measure", "độ C", "nhiệt độ cao nhất tại trạm Láng", DAY2, location="Hà Nội"),
    F("Hồi Xuân (Thanh Hóa) 41,7 độ C", "41,7", 41.7, "measure", "độ C", "nhiệt độ cao nhất tại Hồi Xuân", DAY2,
      location="Thanh Hóa"),
    F("chiếm 52,3%", "52,3", 52.3, "percent", "%", SHARE + " của nhiệt điện than", I(DAY)),
    F("thủy điện 24,1%", "24,1", 24.1, "percent", "%", SHARE + " của thủy điện", I(DAY)),
    F("năng lượng tái tạo 15,8%", "15,8", 15.8, "percent", "%", SHARE + " của năng lượng tái tạo", I(DAY)),
    F("48/63 tỉnh, thành phố", "48", 48, "count", "tỉnh, thành phố", "tỉnh, thành phố ban hành kế hoạch tiết kiệm điện",
      total=63),
    F("khoảng 54.500 MW", "54.500", 54500, "measure", "MW", "công suất cực đại toàn hệ thống",
      P("tháng 7", "2025-07-01", "2025-07-31"), approx="about", status="forecast"),
    F("khoảng 347,5 tỷ kWh", "347,5", 347.5e9, "measure", "kWh", "tổng điện năng sản xuất và nhập khẩu",
      P("năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="forecast",
      change=C("increase", 12.2, "%", "năm 2024")),
    F("tối thiểu 3%", "3", 3, "percent", "%", "tiết kiệm điện năng trong tổng điện năng tiêu thụ",
      P("năm 2025", "2025-01-01", "2025-12-31"), approx="at_least", status="target"),
    F("đường dây 500 kV", "500", 500, "measure", "kV", "cấp điện áp đường dây mạch 3", optional=True),
]

NOTES = [
    "Ministry site (Bộ Công Thương): 'Ngày đăng: 11/06/2025 | Lượt xem: 1.573'. National figures → Việt Nam.",
    "Regional peaks (miền Bắc/Trung/Nam) are parts of the national system; the contract has no region level, so they keep",
    "location Việt Nam (the narrowest place it allows); the region goes into the subject. They are non-coincident peaks",
    "(sum 53.580 > 51.480), introduced by 'Ở các miền' rather than trong đó, so no total.",
    "'cùng ngày' / 'Để đáp ứng nhu cầu' take the day of the previous sentence (inherited). Station figures: Láng → Hà Nội,",
    "Hồi Xuân (a thị trấn) → Thanh Hóa. Source shares 'nhiệt điện than chiếm 52,3% sản lượng, thủy điện 24,1%, ...' are",
    "percent figures sharing one indicator. 'dự kiến' → forecast (its clauses continue to 347,5 tỷ kWh); 'phấn đấu tối thiểu 3%' → target.",
    "'500 kV' names the line's voltage class (optional). Not figures: 'Chỉ thị số 20/CT-TTg ngày 8/6/2023', 'mạch 3', address, phone.",
]

build("p1104-4", TEXT, FIGS, NOTES, published="2025-06-11", location="Việt Nam")
