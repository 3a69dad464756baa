"""p958-8: provincial newspaper online (Báo Bắc Giang), headline figure, (BGĐT) tag; connections 2024, targets 2025."""
from lib import *

TEXT = """Báo Bắc Giang điện tử
Xã hội > Đô thị
Thứ Hai, 13/01/2025 16:05

TP Bắc Giang: Gần 90% hộ dân nội thành đã đấu nối nước thải

(BGĐT) - Năm 2024, TP Bắc Giang đấu nối mới 3.260 hộ, vượt 8,7% kế hoạch, nâng tỷ lệ hộ dân nội thành được đấu nối vào hệ thống thu gom nước thải lên 89,6%. Các phường Hoàng Văn Thụ, Trần Phú và Ngô Quyền có tỷ lệ đấu nối cao nhất, lần lượt đạt 97,2%, 95,8% và 94,1%.

Nhà máy xử lý nước thải TP Bắc Giang (giai đoạn 1) có công suất 10.000 m3/ngày đêm. Lượng nước thải được thu gom, xử lý năm 2024 bình quân 9.200 m3/ngày đêm, gấp 2,4 lần so với khi nhà máy mới đi vào hoạt động, tương đương 92% công suất thiết kế.

Tổng kinh phí thành phố hỗ trợ người dân đấu nối trong năm là 4,89 tỷ đồng, với mức 1,5 triệu đồng/hộ theo Kế hoạch số 86/KH-UBND. Từ năm 2019 đến nay, thành phố đã đầu tư 126 km tuyến cống thu gom, trong đó 38 km đi dọc Quốc lộ 1A và các tuyến đường trục chính.

Tại thị xã Việt Yên, dự án nhà máy xử lý nước thải công suất 5.000 m3/ngày đêm đang được thi công, đạt khoảng 70% khối lượng.

Năm 2025, TP Bắc Giang phấn đấu đấu nối thêm 2.500 hộ, đưa tỷ lệ đấu nối lên trên 93%. Giai đoạn 2 của nhà máy dự kiến nâng công suất lên 20.000 m3/ngày đêm, tổng vốn khoảng 285 tỷ đồng, khởi công trong quý III/2025.

Minh Hương
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
INY = P("trong năm", "2024-01-01", "2024-12-31")
SINCE19 = P("Từ năm 2019 đến nay", "2019-01-01", "2025-01-13")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
RATE = "tỷ lệ đấu nối"

FIGS = [
    F("Gần 90% hộ dân", "90", 90, "percent", "%", "hộ dân nội thành đã đấu nối nước thải", approx="nearly"),
    F("mới 3.260 hộ", "3.260", 3260, "count", "hộ", "hộ đấu nối mới", Y24, change=C("increase", 8.7, "%", "kế hoạch")),
    F("lên 89,6%", "89,6", 89.6, "percent", "%", "tỷ lệ hộ dân nội thành được đấu nối vào hệ thống thu gom nước thải", Y24),
    F("đạt 97,2%", "97,2", 97.2, "percent", "%", RATE, I(Y24)),
    F("95,8%", "95,8", 95.8, "percent", "%", RATE, I(Y24)),
    F("và 94,1%", "94,1", 94.1, "percent", "%", RATE, I(Y24)),
    F("công suất 10.000 m3", "10.000", 10000, "measure", "m3/ngày đêm", "công suất nhà máy xử lý nước thải TP Bắc Giang (giai đoạn 1)"),
    F("bình quân 9.200 m3", "9.200", 9200, "measure", "m3/ngày đêm", "lượng nước thải được thu gom, xử lý bình quân", Y24b,
      change=C("increase", 2.4, "lần", "khi nhà máy mới đi vào hoạt động"), percent=92),
    F("là 4,89 tỷ đồng", "4,89", 4.89e9, "money", "đồng", "tổng kinh phí hỗ trợ người dân đấu nối", INY),
    F("mức 1,5 triệu đồng/hộ", "1,5", 1.5e6, "money", "đồng/hộ", "mức hỗ trợ đấu nối", INY),
    F("đầu tư 126 km", "126", 126, "measure", "km", "tuyến cống thu gom đã đầu tư", SINCE19),
    F("đó 38 km", "38", 38, "measure", "km", "tuyến cống thu gom dọc Quốc lộ 1A và các tuyến đường trục chính", SINCE19, total=126),
    F("công suất 5.000 m3", "5.000", 5000, "measure", "m3/ngày đêm", "công suất dự án nhà máy xử lý nước thải", location="Việt Yên"),
    F("khoảng 70% khối lượng", "70", 70, "percent", "%", "khối lượng thi công dự án", approx="about", location="Việt Yên"),
    F("thêm 2.500 hộ", "2.500", 2500, "count", "hộ", "hộ đấu nối thêm", Y25, status="target"),
    F("trên 93%", "93", 93, "percent", "%", RATE, Y25, approx="over", status="target"),
    F("lên 20.000 m3", "20.000", 20000, "measure", "m3/ngày đêm", "công suất nhà máy giai đoạn 2", status="forecast"),
    F("khoảng 285 tỷ đồng", "285", 285e9, "money", "đồng", "tổng vốn giai đoạn 2 của nhà máy", approx="about", status="forecast"),
]

NOTES = [
    "Báo Bắc Giang điện tử: headline figure 'Gần 90%', tag '(BGĐT) -', dateline 'Thứ Hai, 13/01/2025 16:05'; byline at the end.",
    "Location Bắc Giang (TP Bắc Giang and the province share the name; the phường list keeps it); the Việt Yên project is Việt Yên.",
    "'vượt 8,7% kế hoạch' is a gap to plan → change (baseline kế hoạch). '9.200 m3/ngày đêm, gấp 2,4 lần so với khi …, tương đương 92%",
    "công suất thiết kế' → change 2.4 lần and percent 92 of the same figure. '… 126 km …, trong đó 38 km' → total 126.",
    "'Từ năm 2019 đến nay' ends at the dateline; 'trong năm' is 2024. 'phấn đấu' → target; 'dự kiến' → forecast (no period:",
    "'khởi công trong quý III/2025' dates the start of works). Distractors: Kế hoạch số 86/KH-UBND, Quốc lộ 1A, giai đoạn 1/2, 16:05.",
]

build("p958-8", TEXT, FIGS, published="2025-01-13", location="Bắc Giang", notes=NOTES)
