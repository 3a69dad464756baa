"""p1066-8: provincial newspaper online (Báo Đắk Lắk style), headline figure, tag (BĐL) -."""
from lib import F, P, I, C, T, write

TEXT = """Kinh tế | Năng lượng

Đắk Lắk có hơn 640 MWp điện mặt trời mái nhà

15:32, 24/08/2023

(BĐL) - Theo Công ty Điện lực Đắk Lắk, tính đến ngày 31/7/2023, toàn tỉnh có 9.812 hệ thống điện mặt trời mái nhà đã đấu nối lưới điện với tổng công suất 641,7 MWp, chiếm khoảng 28% tổng công suất nguồn điện trên địa bàn.

Trong đó, hệ thống có công suất dưới 100 kWp, chủ yếu của hộ gia đình, là 8.967 hệ thống; hệ thống từ 100 kWp trở lên là 845 hệ thống, phần lớn lắp trên mái chuồng trại, nhà kho dọc Quốc lộ 14 và Quốc lộ 26. Các địa phương có công suất lớn là huyện Cư M'gar (118,4 MWp), Krông Pắc (96,2 MWp), Ea Kar (71,5 MWp) và TP Buôn Ma Thuột (64,3 MWp).

7 tháng đầu năm 2023, sản lượng điện mặt trời mái nhà phát lên lưới ước đạt 486 triệu kWh, giảm 6,7% so với cùng kỳ năm 2022, do phải tiết giảm công suất vào giờ trưa. Số tiền EVN thanh toán cho các chủ đầu tư khoảng 890 tỷ đồng, theo giá 8,38 UScent/kWh.

Đây là lần thứ 2 trong năm ngành điện phải tiết giảm điện mặt trời mái nhà do lưới quá tải. Hiện còn khoảng 1.200 hồ sơ đăng ký mới chưa được đấu nối. Ngành điện tỉnh dự kiến đầu tư 215 tỷ đồng để nâng cấp 37 trạm biến áp trong giai đoạn 2023-2024, tăng khả năng giải tỏa công suất thêm 150-180 MWp.

H.Gia
"""

ASOF = P("tính đến ngày 31/7/2023", None, "2023-07-31")
M7 = P("7 tháng đầu năm 2023", "2023-01-01", "2023-07-31")
G = P("giai đoạn 2023-2024", "2023-01-01", "2024-12-31")
FIG = [
    F("hơn 640 MWp", "640", 640, "measure", "MWp", "công suất điện mặt trời mái nhà", approx="over"),
    F("có 9.812 hệ thống", "9.812", 9812, "count", "hệ thống", "hệ thống điện mặt trời mái nhà đã đấu nối lưới điện", ASOF),
    F("tổng công suất 641,7 MWp", "641,7", 641.7, "measure", "MWp", "tổng công suất điện mặt trời mái nhà", ASOF, percent=28),
    F("dưới 100 kWp", "100", 100, "measure", "kWp", "công suất hệ thống", approx="under", optional=True),
    F("là 8.967 hệ thống", "8.967", 8967, "count", "hệ thống", "hệ thống có công suất dưới 100 kWp", I(ASOF), total=9812),
    F("từ 100 kWp trở lên", "100", 100, "measure", "kWp", "công suất hệ thống", approx="at_least", optional=True),
    F("là 845 hệ thống", "845", 845, "count", "hệ thống", "hệ thống từ 100 kWp trở lên", I(ASOF), total=9812),
    F("(118,4 MWp)", "118,4", 118.4, "measure", "MWp", "công suất điện mặt trời mái nhà", I(ASOF), location="Cư M'gar"),
    F("(96,2 MWp)", "96,2", 96.2, "measure", "MWp", "công suất điện mặt trời mái nhà", I(ASOF), location="Krông Pắc"),
    F("(71,5 MWp)", "71,5", 71.5, "measure", "MWp", "công suất điện mặt trời mái nhà", I(ASOF), location="Ea Kar"),
    F("(64,3 MWp)", "64,3", 64.3, "measure", "MWp", "công suất điện mặt trời mái nhà", I(ASOF), location="Buôn Ma Thuột"),
    F("ước đạt 486 triệu kWh", "486", 486000000, "measure", "kWh", "sản lượng điện mặt trời mái nhà phát lên lưới", M7,
      status="estimate", change=C("decrease", 6.7, baseline="cùng kỳ năm 2022")),
    F("khoảng 890 tỷ đồng", "890", 890000000000, "money", "đồng", "số tiền EVN thanh toán cho các chủ đầu tư", I(M7),
      approx="about"),
    F("giá 8,38 UScent/kWh", "8,38", 8.38, "money", "UScent/kWh", "giá mua điện mặt trời mái nhà"),
    F("khoảng 1.200 hồ sơ", "1.200", 1200, "count", "hồ sơ", "hồ sơ đăng ký mới chưa được đấu nối", approx="about"),
    F("đầu tư 215 tỷ đồng", "215", 215000000000, "money", "đồng", "vốn đầu tư nâng cấp trạm biến áp", G, status="forecast"),
    F("nâng cấp 37 trạm", "37", 37, "count", "trạm biến áp", "trạm biến áp được nâng cấp", G, status="forecast"),
    F("thêm 150-180 MWp", "150", 150, "measure", "MWp", "khả năng giải tỏa công suất tăng thêm", G, value_max=180,
      status="forecast"),
]

NOTES = [
    "Provincial newspaper online (Báo Đắk Lắk style), headline figure, dateline '15:32, 24/08/2023', tag '(BĐL) -', byline at the end.",
    "Size classes 'dưới 100 kWp' / 'từ 100 kWp trở lên' are category thresholds: optional. Parts after 'Trong đó' take the whole 9.812 (sentence break).",
    "District list in brackets: each district is the location; no total (the list follows no whole and does not add up).",
    "'chiếm khoảng 28%' is the percent of 641,7 MWp. 'dự kiến' governs 215 tỷ đồng, 37 trạm and the continuing clause '150-180 MWp' (forecast).",
    "'khoảng 890 tỷ đồng' has no status cue in its sentence: actual, period inherited from '7 tháng đầu năm 2023'.",
    "Headline figure has no period. Distractors: Quốc lộ 14, Quốc lộ 26, 'lần thứ 2', 15:32, 24/08/2023.",
]
write(8, TEXT, FIG, NOTES, published="2023-08-24", location="Đắk Lắk")
