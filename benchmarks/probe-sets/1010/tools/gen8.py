"""p1010-8: provincial paper online (Báo Bắc Giang, '(BKG) -'), school battery collection, 9-11/2024."""
from lib import F, write, period, inherit, change, target

TEXT = """Báo Bắc Giang điện tử > Xã hội > Môi trường
Bắc Giang: Gần 2,8 tấn pin thải được thu gom từ trường học
Cập nhật lúc 15:40, Thứ tư, 11/12/2024

(BKG) - Sau 3 tháng triển khai (từ tháng 9 đến hết tháng 11/2024), chương trình "Trường học xanh - Nói không với pin thải" đã có 312/756 trường học trên địa bàn tỉnh tham gia, tăng 124 trường so với năm 2023, thu gom được gần 2,8 tấn pin thải các loại.

Chương trình thu hút hơn 70.000 học sinh; bình quân mỗi em góp khoảng 40 gam pin. Các huyện thu gom nhiều nhất là Lục Nam, Yên Thế và Tân Yên, lần lượt đạt 520 kg, 410 kg và 365 kg. Riêng TP. Bắc Giang có 46 trường tham gia, chiếm 87% số trường trên địa bàn thành phố.

Chi phí thu gom, vận chuyển và xử lý khoảng 32.000 đồng/kg, tổng kinh phí gần 90 triệu đồng do một doanh nghiệp tại Khu công nghiệp Song Khê - Nội Hoàng tài trợ. Pin thải được đưa về nhà máy xử lý chất thải nguy hại ở Km 12, Quốc lộ 1A để xử lý theo quy định.

Bà Nguyễn Thị Thu Hà, Phó Giám đốc Sở Giáo dục và Đào tạo cho biết, đợt 2 của chương trình sẽ bắt đầu từ tháng 3/2025. Năm 2025, ngành Giáo dục phấn đấu 100% trường THCS và ít nhất 70% trường tiểu học tham gia; thu gom từ 5 đến 6 tấn pin thải. Dự kiến mỗi trường được cấp thêm 2 thùng thu gom, tổng kinh phí khoảng 150 triệu đồng.

Thu Hương
"""

P = period("từ tháng 9 đến hết tháng 11/2024", "2024-09-01", "2024-11-30")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Gần 2,8 tấn", "2,8", 2.8, "measure", "tấn", "pin thải thu gom từ trường học", approx="nearly"),
    F("có 312/756 trường", "312", 312, "count", "trường học", "trường học tham gia chương trình", total=756,
      change=change("increase", 124, "trường", "năm 2023"), period=P),
    F("được gần 2,8 tấn", "2,8", 2.8, "measure", "tấn", "pin thải các loại thu gom", approx="nearly", period=P),
    F("hơn 70.000 học sinh", "70.000", 70000, "count", "học sinh", "học sinh tham gia chương trình", approx="over",
      period=inherit(P)),
    F("khoảng 40 gam", "40", 40, "measure", "gam", "pin bình quân mỗi học sinh góp", approx="about",
      period=inherit(P)),
    F("đạt 520 kg", "520", 520, "measure", "kg", "pin thải thu gom", location="Lục Nam", period=inherit(P)),
    F("410 kg và", "410", 410, "measure", "kg", "pin thải thu gom", location="Yên Thế", period=inherit(P)),
    F("và 365 kg", "365", 365, "measure", "kg", "pin thải thu gom", location="Tân Yên", period=inherit(P)),
    F("có 46 trường", "46", 46, "count", "trường", "trường tham gia chương trình", percent=87,
      location="Bắc Giang", period=inherit(P)),
    F("khoảng 32.000 đồng/kg", "32.000", 32000, "money", "đồng/kg", "chi phí thu gom, vận chuyển và xử lý",
      approx="about"),
    F("gần 90 triệu đồng", "90", 90e6, "money", "đồng", "tổng kinh phí thu gom, vận chuyển và xử lý",
      approx="nearly"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "trường THCS tham gia chương trình", status="target", period=Y25),
    F("ít nhất 70%", "70", 70, "percent", "%", "trường tiểu học tham gia chương trình", approx="at_least",
      status="target", period=Y25),
    F("từ 5 đến 6 tấn", "5", 5, "measure", "tấn", "pin thải thu gom", value_max=6, status="target", period=Y25),
    F("thêm 2 thùng", "2", 2, "count", "thùng thu gom", "thùng thu gom cấp thêm mỗi trường", status="forecast",
      period=inherit(Y25)),
    F("khoảng 150 triệu đồng", "150", 150e6, "money", "đồng", "tổng kinh phí cấp thêm thùng thu gom", approx="about",
      status="forecast", period=inherit(Y25)),
]

NOTES = [
    "Báo Bắc Giang online: headline figure, 'Cập nhật lúc 15:40, Thứ tư, 11/12/2024', tag '(BKG) -', byline Thu Hương.",
    "Distractors: 'Sau 3 tháng' (duration), 'đợt 2' (ordinal), 'tháng 3/2025' (a start date), 'Km 12, Quốc lộ 1A',",
    "'Khu công nghiệp Song Khê - Nội Hoàng', '15:40'.",
    "'312/756 trường … tăng 124 trường so với năm 2023' → total 756 and a change in trường.",
    "'lần lượt đạt 520 kg, 410 kg và 365 kg' maps to Lục Nam, Yên Thế, Tân Yên in order (ranking list: no total).",
    "'Riêng TP. Bắc Giang có 46 trường …, chiếm 87%' → location the city Bắc Giang (same name as the province), percent 87.",
    "'Năm 2025 … phấn đấu' → targets (100%, at least 70%, 5-6 tấn); 'Dự kiến mỗi trường … 2 thùng, … 150 triệu đồng' → forecast",
    "(the year stands in the previous sentence: inherited).",
]

write(8, TEXT, FIGS, NOTES, published="2024-12-11", location="Bắc Giang")
