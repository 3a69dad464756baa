from lib import F, P, I, CH, T, emit

TEXT = """TẠP CHÍ ĐIỆN TỬ THÔNG TIN VÀ TRUYỀN THÔNG
Viễn thông - Internet
14:20 | 25/10/2024
Đà Nẵng: 9 tháng phát triển mới 312 trạm 5G

Theo Sở Thông tin và Truyền thông Đà Nẵng, 9 tháng năm 2024, các doanh nghiệp viễn thông đã phát triển mới 312 trạm 5G, nâng tổng số trạm BTS trên địa bàn thành phố lên 3.284 trạm, tăng 12,6% so với cùng kỳ năm 2023. Trong đó, Viettel có 1.536 trạm, VNPT 1.108 trạm, MobiFone 640 trạm. Mạng 5G của Viettel hoạt động trên băng tần 2.600 MHz.

Sóng 5G đã phủ 6/6 khu công nghiệp, Khu công nghệ cao và 56/56 phường, xã. Tính đến cuối tháng 9/2024, thành phố có khoảng 1,52 triệu thuê bao di động, trong đó hơn 198.000 thuê bao 5G; mật độ thuê bao di động đạt 122,6 thuê bao/100 dân. Tốc độ tải xuống trung bình của mạng 5G tại Đà Nẵng đạt 612 Mbps, trong khi mạng 4G đạt 55,8 Mbps.

Tổng vốn đầu tư hạ tầng viễn thông 9 tháng ước đạt 420 tỷ đồng, bằng 76,4% kế hoạch năm. Doanh thu dịch vụ viễn thông trên địa bàn quý III/2024 đạt 1.025,6 tỷ đồng, tăng 5,3% so với quý II. Các doanh nghiệp cũng đã ngầm hóa 214 km cáp viễn thông trên các tuyến đường Nguyễn Văn Linh, 2 Tháng 9 và Quốc lộ 14B.

Dự kiến đến cuối năm 2024, Đà Nẵng có khoảng 450 trạm 5G; đến năm 2025, thành phố phấn đấu tốc độ 5G trung bình đạt từ 700 đến 800 Mbps.

Hải Đăng
Tòa soạn: Tầng 5, số 115 Trần Duy Hưng, Cầu Giấy, Hà Nội. Điện thoại: 024.3773.8219
"""

M9H = P("9 tháng", "2024-01-01", "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9b = P("9 tháng", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến cuối tháng 9/2024", None, "2024-09-30")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
END24 = P("đến cuối năm 2024", None, "2024-12-31")
Y25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("9 tháng phát triển mới 312", "312", 312, "count", "trạm", "trạm 5G phát triển mới", M9H),
    F("đã phát triển mới 312", "312", 312, "count", "trạm", "trạm 5G phát triển mới", M9),
    F("lên 3.284 trạm", "3.284", 3284, "count", "trạm", "tổng số trạm BTS trên địa bàn thành phố", M9,
      change=CH("increase", 12.6, "%", "cùng kỳ năm 2023")),
    F("có 1.536 trạm", "1.536", 1536, "count", "trạm", "trạm BTS của Viettel", I(M9), total=3284),
    F("VNPT 1.108 trạm", "1.108", 1108, "count", "trạm", "trạm BTS của VNPT", I(M9), total=3284),
    F("MobiFone 640 trạm", "640", 640, "count", "trạm", "trạm BTS của MobiFone", I(M9), total=3284),
    F("2.600 MHz", "2.600", 2600, "measure", "MHz", optional=True),
    F("6/6 khu", "6", 6, "count", "khu công nghiệp", "khu công nghiệp được phủ sóng 5G", total=6),
    F("56/56 phường", "56", 56, "count", "phường, xã", "phường, xã được phủ sóng 5G", total=56),
    F("khoảng 1,52 triệu", "1,52", 1.52e6, "count", "thuê bao", "thuê bao di động", ASOF, approx="about"),
    F("hơn 198.000 thuê bao", "198.000", 198000, "count", "thuê bao", "thuê bao 5G", ASOF,
      approx="over", total=1.52e6),
    F("122,6 thuê bao/100 dân", "122,6", 122.6, "measure", "thuê bao/100 dân", "mật độ thuê bao di động", ASOF),
    F("đạt 612 Mbps", "612", 612, "measure", "Mbps", "tốc độ tải xuống trung bình của mạng 5G", I(ASOF)),
    F("đạt 55,8 Mbps", "55,8", 55.8, "measure", "Mbps", "tốc độ tải xuống trung bình của mạng 4G", I(ASOF)),
    F("ước đạt 420 tỷ đồng", "420", 420e9, "money", "đồng", "tổng vốn đầu tư hạ tầng viễn thông", M9b,
      percent=76.4, status="estimate"),
    F("đạt 1.025,6 tỷ đồng", "1.025,6", 1025.6e9, "money", "đồng", "doanh thu dịch vụ viễn thông trên địa bàn", Q3,
      change=CH("increase", 5.3, "%", "quý II")),
    F("ngầm hóa 214 km", "214", 214, "measure", "km", "cáp viễn thông được ngầm hóa"),
    F("khoảng 450 trạm 5G", "450", 450, "count", "trạm", "trạm 5G", END24, approx="about", status="forecast"),
    F("từ 700 đến 800 Mbps", "700", 700, "measure", "Mbps", "tốc độ 5G trung bình", Y25, value_max=800, status="target"),
]

COMMENTS = [
    "Tạp chí điện tử Thông tin và Truyền thông (invented): Đà Nẵng's 5G rollout, BTS by operator, subscribers, speeds, investment, 9 tháng 2024.",
    "Dateline '14:20 | 25/10/2024' above the headline; byline and editorial address/phone at the end. Location Đà Nẵng throughout.",
    "'Trong đó, Viettel có 1.536 trạm, VNPT 1.108 trạm, MobiFone 640 trạm' (sums to 3.284) → parts with total 3284; operators stay in",
    "the subject. 'băng tần 2.600 MHz' names a band (optional). '6/6', '56/56' → totals. '1.025,6 tỷ đồng' = 1,0256·10^12 đồng.",
    "'bằng 76,4% kế hoạch năm' → percent attribute. 'Dự kiến đến cuối năm 2024 …' → forecast; '… phấn đấu … từ 700 đến 800 Mbps' → target range.",
    "Not figures: '5G', '4G', 'đường 2 Tháng 9', 'Quốc lộ 14B', 'Tầng 5, số 115 Trần Duy Hưng', the phone number.",
    "The sentence with 214 km has no period phrase of its own (unscored).",
]

emit("p597-8", TEXT, COMMENTS, FIGS, published="2024-10-25", location="Đà Nẵng")
