"""p1365-8: news agency (TTXVN): earthquakes in Kon Plông in 2024 and the 2025 forecast."""
from lib import F, period, inherit, change, target, write

TEXT = """THÔNG TẤN XÃ VIỆT NAM
Thời sự > Xã hội > Thiên tai

Kon Plông: Năm 2024 xảy ra 176 trận động đất, tăng 66% so với năm 2023

Thứ Năm, 09/01/2025 - 15:12

Kon Tum (TTXVN) - Ngày 9/1, Sở Tài nguyên và Môi trường tỉnh Kon Tum cho biết, năm 2024 trên địa bàn huyện Kon Plông xảy ra 176 trận động đất, tăng 66% so với năm 2023 (106 trận); trong đó có 4 trận từ 4,0 độ trở lên, mạnh nhất là trận 4,7 độ ngày 28/7. Đây là năm thứ tư liên tiếp số trận động đất tại Kon Plông tăng.

Theo Sở, các trận động đất không gây thiệt hại về người nhưng làm 63 ngôi nhà bị nứt tường. UBND huyện đã hỗ trợ các hộ bị ảnh hưởng tổng cộng 185 triệu đồng, bình quân gần 3 triệu đồng/hộ.

Năm 2024, mạng lưới trạm địa chấn quốc gia ghi nhận 1.130 trận động đất trong khu vực Việt Nam và lân cận, riêng Kon Plông chiếm 15,6%.

Theo dự báo của Viện Vật lý Địa cầu, năm 2025 khu vực Kon Plông có thể xảy ra khoảng 100-120 trận động đất, giảm khoảng 35% so với năm 2024, hoạt động địa chấn có xu hướng yếu dần.

Năm 2025, Kon Plông dự kiến được đầu tư 6,8 tỷ đồng để lắp thêm 5 trạm quan trắc, nâng tổng số trạm trên địa bàn huyện lên 9 trạm. Huyện cũng phấn đấu trong quý II/2025 hoàn thành hướng dẫn kỹ năng ứng phó cho 100% hộ dân vùng tâm chấn.

Quang Thái (TTXVN)

Tin liên quan:
- Kon Tum: Tổng kết công tác phòng, chống thiên tai năm 2024
- Viện Vật lý Địa cầu ra mắt ứng dụng tra cứu động đất trên điện thoại
"""

Y24H = period("Năm 2024", "2024-01-01", "2024-12-31")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
D0728 = period("ngày 28/7", "2024-07-28", "2024-07-28")
Y24N = period("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")
Y25N = period("Năm 2025", "2025-01-01", "2025-12-31")
Q2 = period("quý II/2025", "2025-04-01", "2025-06-30")

FIGS = [
    F("Năm 2024 xảy ra 176", "176", 176, "count", "trận động đất",
      change=change("increase", 66, "%", "năm 2023"), subject="trận động đất xảy ra", period=Y24H),
    F("Kon Plông xảy ra 176", "176", 176, "count", "trận động đất",
      change=change("increase", 66, "%", "năm 2023"),
      subject="trận động đất xảy ra trên địa bàn huyện Kon Plông", period=Y24),
    F("(106 trận)", "106", 106, "count", "trận", subject="trận động đất", period=Y23),
    F("có 4 trận", "4", 4, "count", "trận", total=176, subject="trận động đất từ 4,0 độ trở lên", period=Y24),
    F("từ 4,0 độ", "4,0", 4.0, "measure", "độ", approx="at_least", optional=True),
    F("trận 4,7 độ", "4,7", 4.7, "measure", "độ", subject="trận động đất mạnh nhất", period=D0728),
    F("làm 63 ngôi nhà", "63", 63, "count", "ngôi nhà", subject="ngôi nhà bị nứt tường", period=inherit(Y24)),
    F("tổng cộng 185 triệu", "185", 185e6, "money", "đồng", subject="kinh phí hỗ trợ các hộ bị ảnh hưởng",
      period=inherit(Y24)),
    F("gần 3 triệu", "3", 3e6, "money", "đồng/hộ", approx="nearly", subject="mức hỗ trợ bình quân",
      period=inherit(Y24)),
    F("ghi nhận 1.130 trận", "1.130", 1130, "count", "trận động đất",
      subject="trận động đất mạng lưới trạm địa chấn quốc gia ghi nhận trong khu vực Việt Nam và lân cận",
      period=Y24N, location="Việt Nam"),
    F("chiếm 15,6%", "15,6", 15.6, "percent", "%", subject="trận động đất tại Kon Plông trong tổng số ghi nhận",
      period=Y24N),
    F("khoảng 100-120", "100", 100, "count", "trận động đất", value_max=120, approx="about", status="forecast",
      change=change("decrease", 35, "%", "năm 2024", approx="about"),
      subject="trận động đất có thể xảy ra", period=Y25),
    F("đầu tư 6,8 tỷ", "6,8", 6.8e9, "money", "đồng", status="forecast",
      subject="kinh phí đầu tư lắp thêm trạm quan trắc", period=Y25N),
    F("thêm 5 trạm", "5", 5, "count", "trạm quan trắc", status="forecast",
      subject="trạm quan trắc lắp thêm", period=Y25N),
    F("lên 9 trạm", "9", 9, "count", "trạm", status="forecast", subject="tổng số trạm trên địa bàn huyện",
      period=Y25N),
    F("cho 100% hộ", "100", 100, "percent", "%", status="target",
      subject="hộ dân vùng tâm chấn được hướng dẫn kỹ năng ứng phó", period=Q2),
]

NOTES = [
    "News agency (TTXVN): 'Thứ Năm, 09/01/2025 - 15:12', place tag 'Kon Tum (TTXVN) -', byline, related links.",
    "Distractors: 15:12, 'Ngày 9/1', 'năm thứ tư liên tiếp' (ordinal), 'quý II/2025', years in the links.",
    "Headline and body both give 176 trận with change +66% (baseline năm 2023). The bracketed '(106 trận)' is the",
    "baseline's own amount, not a total/share/change/target: a count figure of its own with period năm 2023.",
    "'trong đó có 4 trận từ 4,0 độ trở lên' → total 176; the class bound 4,0 is optional. 'ngày 28/7' takes 2024.",
    "'gần 3 triệu đồng/hộ' → nearly, rate unit. 1.130 trận → Việt Nam; 'riêng Kon Plông chiếm 15,6%' → Kon Plông's",
    "share, a percent figure of its own. Forecast range 'khoảng 100-120 trận … giảm khoảng 35%' → about, value_max, change.",
    "'dự kiến' governs 6,8 tỷ, 5 trạm and 9 trạm (forecast); 'phấn đấu trong quý II/2025 … 100%' → target.",
]

if __name__ == "__main__":
    write("p1365-8", TEXT, NOTES, FIGS, published="2025-01-09", location="Kon Plông")
