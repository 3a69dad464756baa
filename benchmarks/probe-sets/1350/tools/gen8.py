"""p1350-8: news agency (TTXVN): Cần Thơ patches potholes on Quốc lộ 91 after heavy rain, city figures 6 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Tin tức > Xã hội > Giao thông

Cần Thơ khẩn trương vá ổ gà trên Quốc lộ 91 sau mưa lớn

Thứ Tư, 10/07/2024 09:32

Mưa lớn kéo dài trong tháng 6 khiến nhiều đoạn mặt đường Quốc lộ 91 qua quận Thốt Nốt và Ô Môn xuất hiện ổ gà, bong tróc, gây mất an toàn giao thông.

Ngày 9/7, ông Lê Hoàng Phúc, Giám đốc Công ty cổ phần Quản lý và Xây dựng giao thông Tây Đô, đơn vị bảo trì tuyến, cho biết riêng trong tháng 6, đoạn từ Km14 đến Km50 của Quốc lộ 91 đã phát sinh khoảng ba chục vị trí hư hỏng với tổng diện tích gần 1.600 m2. Công ty đã huy động 45 công nhân, ba máy lu và hai xe tưới nhựa, làm việc cả ban đêm; mỗi ngày vá được từ 80 đến 100 m2. Đến ngày 9/7, đơn vị đã xử lý xong 27 vị trí.

Theo Sở Giao thông vận tải thành phố Cần Thơ, 6 tháng đầu năm 2024, toàn thành phố đã vá khoảng 15 ngàn m2 mặt đường, tăng 21% so với cùng kỳ; kinh phí bảo dưỡng thường xuyên các tuyến đường do thành phố quản lý ước đạt 38,7 tỷ đồng, bằng 46% kế hoạch năm.

Quý III, Sở dự kiến thảm lại 4,2 km mặt đường Quốc lộ 91 đoạn qua quận Ô Môn với kinh phí khoảng 28 tỷ đồng.

Hiện tỷ lệ đường đô thị của Cần Thơ được thảm bê tông nhựa đạt 82%, đứng thứ hai khu vực Đồng bằng sông Cửu Long.

Người dân phát hiện hư hỏng mặt đường có thể phản ánh qua đường dây nóng 0292.3820.575.

Thanh Liêm (TTXVN)

Tin liên quan:
- Cần Thơ thông xe cầu Trần Hoàng Na
- Quốc lộ 61C sạt lở, phân luồng từ xa
"""

T6 = P("trong tháng 6", "2024-06-01", "2024-06-30")
ASOF = P("Đến ngày 9/7", None, "2024-07-09")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Q3 = P("Quý III", "2024-07-01", "2024-09-30")
OM = "Ô Môn"

FIGS = [
    F("khoảng ba chục", "ba chục", 30, "count", "vị trí", "vị trí hư hỏng phát sinh", T6, approx="about"),
    F("gần 1.600 m2", "1.600", 1600, "measure", "m2", "tổng diện tích hư hỏng", T6, approx="nearly"),
    F("huy động 45 công nhân", "45", 45, "count", "công nhân", "công nhân công ty huy động"),
    F("ba máy lu", "ba", 3, "count", "máy lu", "máy lu công ty huy động"),
    F("hai xe tưới", "hai", 2, "count", "xe tưới nhựa", "xe tưới nhựa công ty huy động"),
    F("từ 80 đến 100", "80", 80, "measure", "m2/ngày", "diện tích vá được mỗi ngày", value_max=100),
    F("xong 27 vị trí", "27", 27, "count", "vị trí", "vị trí đã xử lý xong", ASOF),
    F("khoảng 15 ngàn", "15", 15000, "measure", "m2", "mặt đường toàn thành phố đã vá", H1, approx="about",
      change=C("increase", 21, "%", "cùng kỳ")),
    F("ước đạt 38,7 tỷ", "38,7", 38.7e9, "money", "đồng",
      "kinh phí bảo dưỡng thường xuyên các tuyến đường do thành phố quản lý", H1, status="estimate", percent=46),
    F("lại 4,2 km", "4,2", 4.2, "measure", "km", "mặt đường Quốc lộ 91 thảm lại", Q3, status="forecast", location=OM),
    F("khoảng 28 tỷ", "28", 28e9, "money", "đồng", "kinh phí thảm lại mặt đường Quốc lộ 91", Q3, approx="about",
      status="forecast", location=OM),
    F("đạt 82%", "82", 82, "percent", "%", "tỷ lệ đường đô thị được thảm bê tông nhựa"),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", "tỷ lệ đường đô thị được thảm bê tông nhựa"),
]

NOTES = [
    "News agency (TTXVN): breadcrumb, headline, 'Thứ Tư, 10/07/2024 09:32', sapo, byline 'Thanh Liêm (TTXVN)', related links.",
    "Distractors: Quốc lộ 91 (four times), Km14, Km50, 'Ngày 9/7', 09:32, phone 0292.3820.575, 'Quốc lộ 61C' in a link title,",
    "'trong tháng 6' in the sapo.",
    "'khoảng ba chục vị trí' = 30 (number word with 'chục'), about. Number words 'ba máy lu', 'hai xe tưới nhựa', 'đứng thứ hai'.",
    "'mỗi ngày vá được từ 80 đến 100 m2' → a rate, unit m2/ngày, range. Mobilised workers and machines carry no period.",
    "Location Cần Thơ (the Km14-Km50 section spans two districts); the Quý III resurfacing 'đoạn qua quận Ô Môn' → Ô Môn.",
    "'ước đạt' stands in the last clause only; the 15 ngàn m2 clause before it is actual. 'dự kiến' → forecast for both its figures.",
    "'Hiện ... đạt 82%, đứng thứ hai khu vực ĐBSCL' → percent and rank, no period; the rank's place is Cần Thơ.",
]

if __name__ == "__main__":
    write("p1350-8", TEXT, NOTES, FIGS, published="2024-07-10", location="Cần Thơ")
