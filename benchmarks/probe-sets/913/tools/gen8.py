"""p913-8: provincial newspaper online (Báo Nam Định), headline figure, tag (BNĐ) -, 5 tháng đầu năm 2025."""
from lib import F, P, I, C, T, write

TEXT = """Báo Nam Định điện tử > Văn hóa - Du lịch

Gần 15.000 lượt khách trải nghiệm xích lô du lịch trong 5 tháng

Cập nhật lúc 09:10, Thứ ba, 10/06/2025

(BNĐ) - 5 tháng đầu năm 2025, xích lô du lịch "Về miền Vị Hoàng" tại thành phố Nam Định đã đón gần 15.000 lượt khách, tăng 42% so với cùng kỳ năm 2024, đạt 49,6% kế hoạch năm. Riêng dịp Lễ hội Khai ấn Đền Trần (từ ngày 8 đến 11/2/2025) có hơn 4.200 lượt khách đi xích lô, chiếm khoảng 28% tổng lượt khách từ đầu năm.

Hiện Công ty CP Du lịch Thiên Trường, đơn vị khai thác, có 35 xe và 38 tài xế được cấp thẻ. Tuyến xích lô dài khoảng 4 km, xuất phát từ Quảng trường 3/2, qua Đền Trần, chùa Tháp Phổ Minh, chợ Rồng, phố Hàng Tiện. Giá vé 60.000 đồng/người; học sinh, sinh viên được giảm 30%, người từ 70 tuổi trở lên được miễn vé.

Doanh thu 5 tháng ước đạt 900 triệu đồng. Mỗi tài xế có thu nhập bình quân 6,5 triệu đồng/tháng, cao hơn 1,5 lần so với khi chạy xe tự do.

Năm 2025, thành phố phấn đấu đón 30.000 lượt khách đi xích lô du lịch, nâng số xe lên 50 xe. Dự kiến trong quý III/2025, thành phố sẽ mở tuyến thứ hai dài 3 km quanh hồ Vị Xuyên và nhà thờ Khoái Đồng. Tổng kinh phí đầu tư giai đoạn 2025-2026 dự kiến 1,8 tỷ đồng, trong đó vốn xã hội hóa chiếm 70%.

Thanh Thúy
"""

M5 = P("5 tháng đầu năm 2025", "2025-01-01", "2025-05-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
Q3 = P("quý III/2025", "2025-07-01", "2025-09-30")
GD = P("giai đoạn 2025-2026", "2025-01-01", "2026-12-31")

FIGS = [
    F("Gần 15.000 lượt khách trải nghiệm", "15.000", 15000, "count", "lượt khách",
      "lượt khách trải nghiệm xích lô du lịch", P("5 tháng", "2025-01-01", "2025-05-31"), approx="nearly"),
    F("đã đón gần 15.000", "15.000", 15000, "count", "lượt khách", "lượt khách xích lô du lịch Về miền Vị Hoàng",
      M5, approx="nearly", change=C("increase", 42, "%", "cùng kỳ năm 2024"), percent=49.6),
    F("hơn 4.200 lượt khách", "4.200", 4200, "count", "lượt khách", "lượt khách đi xích lô dịp Lễ hội Khai ấn Đền Trần",
      P("từ ngày 8 đến 11/2/2025", "2025-02-08", "2025-02-11"), approx="over", percent=28),
    F("có 35 xe", "35", 35, "count", "xe", "xe xích lô của đơn vị khai thác"),
    F("38 tài xế", "38", 38, "count", "tài xế", "tài xế được cấp thẻ"),
    F("dài khoảng 4 km", "4", 4, "measure", "km", "chiều dài tuyến xích lô", approx="about"),
    F("60.000 đồng/người", "60.000", 60000, "money", "đồng/người", "giá vé xích lô du lịch"),
    F("giảm 30%", "30", 30, "percent", "%", "mức giảm giá vé cho học sinh, sinh viên"),
    F("từ 70 tuổi", "70", 70, "measure", "tuổi", "tuổi người được miễn vé", approx="at_least", optional=True),
    F("ước đạt 900 triệu đồng", "900", 900e6, "money", "đồng", "doanh thu xích lô du lịch",
      P("5 tháng", "2025-01-01", "2025-05-31"), status="estimate"),
    F("6,5 triệu đồng/tháng", "6,5", 6.5e6, "money", "đồng/tháng", "thu nhập bình quân mỗi tài xế",
      I(P("5 tháng", "2025-01-01", "2025-05-31")), change=C("increase", 1.5, "lần", "khi chạy xe tự do")),
    F("đón 30.000 lượt khách", "30.000", 30000, "count", "lượt khách", "lượt khách đi xích lô du lịch", Y25,
      status="target"),
    F("lên 50 xe", "50", 50, "count", "xe", "số xe xích lô du lịch", Y25, status="target"),
    F("dài 3 km", "3", 3, "measure", "km", "chiều dài tuyến thứ hai", Q3, status="forecast"),
    F("dự kiến 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng", "tổng kinh phí đầu tư", GD, status="forecast"),
    F("chiếm 70%", "70", 70, "percent", "%", "tỷ lệ vốn xã hội hóa trong tổng kinh phí đầu tư", GD, status="forecast"),
]

HEADER = [
    "Báo Nam Định điện tử: headline with a figure, 'Cập nhật lúc 09:10, Thứ ba, 10/06/2025', tag '(BNĐ) -', byline at the end.",
    "Headline '5 tháng' takes 2025 (published); 'Doanh thu 5 tháng' takes 2025 from '5 tháng đầu năm 2025' before it.",
    "'đạt 49,6% kế hoạch năm' after the 15.000 is its percent; 'chiếm khoảng 28% tổng lượt khách' is the 4.200's percent.",
    "'từ ngày 8 đến 11/2/2025' is the festival's dates (the 4.200's period), not a range figure. 'cao hơn 1,5 lần' → change in lần.",
    "Not figures: 09:10, 'Quảng trường 3/2', 'tuyến thứ hai' (ordinal), 'giai đoạn 2025-2026', 'quý III/2025', the tag.",
    "'từ 70 tuổi trở lên' (age threshold) is optional. Location: Nam Định (city and province share the name).",
]

write("p913-8", TEXT, HEADER, FIGS, published="2025-06-10", location="Nam Định")
