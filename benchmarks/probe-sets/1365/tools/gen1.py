"""p1365-1: province portal (Kon Tum): earthquakes in Kon Plông, 9 months of 2024."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KON TUM
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Kon Plông: 9 tháng ghi nhận gần 140 trận động đất

Cập nhật: 07/10/2024 16:05 | Lượt xem: 3.862

Theo Viện Vật lý Địa cầu, 9 tháng đầu năm 2024, trên địa bàn huyện Kon Plông đã xảy ra 138 trận động đất, tăng 63 trận so với cùng kỳ năm 2023. Trong đó, 26 trận có độ lớn từ 3,0 trở lên, gấp đôi cùng kỳ. Trận mạnh nhất có độ lớn 4,7, xảy ra lúc 8 giờ 12 phút ngày 28/7/2024 tại xã Đăk Long, độ sâu chấn tiêu khoảng 8,1 km. Đây cũng là trận động đất mạnh nhất tại Kon Tum từ trước đến nay.

Các trận động đất chủ yếu tập trung quanh hồ thủy điện Thượng Kon Tum và Đăk Đrinh, cách thị trấn Măng Đen từ 10 đến 15 km, mức độ rủi ro thiên tai ở cấp 1.

Từ đầu năm đến nay, động đất đã làm 47 ngôi nhà dọc Quốc lộ 24 và các thôn lân cận bị nứt tường, trong đó 5 nhà hư hỏng nặng; thiệt hại ước khoảng 620 triệu đồng.

Hiện trên địa bàn huyện có 4 trạm quan trắc địa chấn do Viện Vật lý Địa cầu lắp đặt từ năm 2021. Năm nay, tỉnh dự kiến lắp thêm 2 trạm đo gia tốc nền tại huyện với kinh phí khoảng 3,5 tỷ đồng. UBND huyện cũng tổ chức diễn tập ứng phó động đất tại 12 trường học với hơn 4.800 học sinh tham gia.

Tin liên quan:
- Kon Plông diễn tập ứng phó động đất năm 2024
- Kon Tum tổng kết công tác phòng, chống thiên tai năm 2023
"""

NINE_H = period("9 tháng", "2024-01-01", "2024-09-30")
NINE = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
DAY = period("ngày 28/7/2024", "2024-07-28", "2024-07-28")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-10-07")
THIS_YEAR = period("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    F("ghi nhận gần 140 trận", "140", 140, "count", "trận động đất", approx="nearly",
      subject="trận động đất ghi nhận", period=NINE_H),
    F("xảy ra 138 trận", "138", 138, "count", "trận động đất",
      change=change("increase", 63, "trận", "cùng kỳ năm 2023"),
      subject="trận động đất xảy ra trên địa bàn huyện Kon Plông", period=NINE),
    F("Trong đó, 26 trận", "26", 26, "count", "trận", total=138,
      change=change("increase", 2, "lần", "cùng kỳ"),
      subject="trận động đất có độ lớn từ 3,0 trở lên", period=inherit(NINE)),
    F("từ 3,0 trở lên", "3,0", 3.0, "measure", "độ lớn", approx="at_least", optional=True),
    F("có độ lớn 4,7", "4,7", 4.7, "measure", "độ lớn",
      subject="độ lớn của trận động đất mạnh nhất", period=DAY),
    F("khoảng 8,1 km", "8,1", 8.1, "measure", "km", approx="about",
      subject="độ sâu chấn tiêu", period=DAY),
    F("từ 10 đến 15 km", "10", 10, "measure", "km", value_max=15,
      subject="khoảng cách từ nơi tập trung động đất đến thị trấn Măng Đen"),
    F("làm 47 ngôi nhà", "47", 47, "count", "ngôi nhà",
      subject="ngôi nhà bị nứt tường do động đất", period=YTD),
    F("trong đó 5 nhà", "5", 5, "count", "nhà", total=47,
      subject="nhà hư hỏng nặng", period=YTD),
    F("ước khoảng 620 triệu", "620", 620e6, "money", "đồng", approx="about", status="estimate",
      subject="thiệt hại do động đất", period=YTD),
    F("có 4 trạm", "4", 4, "count", "trạm quan trắc địa chấn",
      subject="trạm quan trắc địa chấn trên địa bàn huyện"),
    F("thêm 2 trạm", "2", 2, "count", "trạm đo gia tốc nền", status="forecast",
      subject="trạm đo gia tốc nền tỉnh dự kiến lắp thêm", period=THIS_YEAR),
    F("khoảng 3,5 tỷ", "3,5", 3.5e9, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí lắp thêm trạm đo gia tốc nền", period=THIS_YEAR),
    F("tại 12 trường học", "12", 12, "count", "trường học",
      subject="trường học tổ chức diễn tập ứng phó động đất"),
    F("hơn 4.800 học sinh", "4.800", 4800, "count", "học sinh", approx="over",
      subject="học sinh tham gia diễn tập ứng phó động đất"),
]

NOTES = [
    "Province portal (Kon Tum): earthquakes in huyện Kon Plông, 9 months of 2024; 'Cập nhật: 07/10/2024 16:05 | Lượt xem: 3.862'.",
    "Distractors: 16:05, Lượt xem 3.862, '8 giờ 12 phút', 'ngày 28/7/2024', 'Quốc lộ 24', risk level 'cấp 1', 'từ năm 2021',",
    "years in the related links.",
    "Headline '9 tháng' takes 2024 from the dateline. 'tăng 63 trận so với cùng kỳ năm 2023' is a change in trận.",
    "'Trong đó, 26 trận' after a sentence break: total 138; 'gấp đôi cùng kỳ' is its change (2 lần). The class bound '3,0'",
    "in 'từ 3,0 trở lên' defines the group, it is optional (not a quantity the article reports).",
    "Magnitude without a unit word: unit 'độ lớn'. The strongest quake and its depth take the event date 28/7/2024 as period.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-07. 'Năm nay' = 2024; 'dự kiến' makes both clauses forecasts.",
    "All figures are located in Kon Plông (the district; xã Đăk Long is below the spec's granularity).",
]

if __name__ == "__main__":
    write("p1365-1", TEXT, NOTES, FIGS, published="2024-10-07", location="Kon Plông")
