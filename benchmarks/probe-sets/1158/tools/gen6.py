"""p1158-6: national newspaper, wild sunflower (dã quỳ) season on Chư Đăng Ya volcano, Gia Lai, November 2023."""
from lib import F, P, I, C, T, write

TEXT = """Du lịch > Điểm đến
Thứ bảy, 18/11/2023, 06:00 (GMT+7)

Biển dã quỳ trên núi lửa Chư Đăng Ya hút khách

Cuối tuần qua (11-12/11), núi lửa Chư Đăng Ya ở huyện Chư Păh, Gia Lai đón hơn 9.000 lượt khách đến ngắm dã quỳ, gấp ba lần một cuối tuần bình thường. Hoa nở vàng các sườn núi từ đầu tháng 11 và kéo dài đến giữa tháng 12.

Lễ hội Núi lửa Chư Đăng Ya - Mùa hoa dã quỳ lần thứ 3 diễn ra từ ngày 10 đến 13/11. Theo Sở Văn hóa, Thể thao và Du lịch Gia Lai, 10 tháng đầu năm tỉnh đón 1,52 triệu lượt khách, tăng 28% so với cùng kỳ; doanh thu du lịch đạt 1.280 tỷ đồng, bằng 85,3% kế hoạch năm.

Anh Rơ Châm Thuyên, người Jrai ở làng Ia Gri, xã Ia Ka, chạy xe ôm đưa khách lên miệng núi lửa với giá 50.000 đồng/lượt. Ngày cao điểm anh chở khoảng 30 chuyến, thu nhập gần 1,5 triệu đồng, cao hơn bốn lần ngày làm nông.

Các công ty lữ hành tại Pleiku bán tour ngắm dã quỳ 2 ngày 1 đêm với giá từ 1,9 đến 2,5 triệu đồng/khách, tăng khoảng 10% so với năm ngoái. Công suất phòng của các khách sạn ở Pleiku trong tháng 11 ước đạt 75-80%. Giá phòng cũng tăng từ 15 đến 20% so với tháng 10.

Theo Tổng cục Du lịch, cả nước hiện có hơn 20 lễ hội hoa được tổ chức định kỳ hằng năm, phần lớn ở vùng cao phía Bắc và Tây Nguyên.

Du khách check-in tại miệng núi lửa Chư Đăng Ya. Ảnh: Ngọc Oanh

Ngọc Oanh
"""

WKND = P("Cuối tuần qua (11-12/11)", "2023-11-11", "2023-11-12")
TEN = P("10 tháng đầu năm", "2023-01-01", "2023-10-31")
CP = {"location": "Chư Păh"}
NOV = P("trong tháng 11", "2023-11-01", "2023-11-30")

FIGS = [
    F("hơn 9.000 lượt", "9.000", 9000, "count", "lượt khách", approx="over",
      change=C("increase", 3, "lần", "một cuối tuần bình thường"),
      subject="lượt khách đến ngắm dã quỳ ở núi lửa Chư Đăng Ya", period=WKND, **CP),
    F("đón 1,52 triệu", "1,52", 1.52e6, "count", "lượt khách", change=C("increase", 28, "%", "cùng kỳ"),
      subject="lượt khách tỉnh đón", period=TEN),
    F("đạt 1.280 tỷ", "1.280", 1280e9, "money", "đồng", percent=85.3, subject="doanh thu du lịch", period=TEN),
    F("giá 50.000 đồng/lượt", "50.000", 50000, "money", "đồng/lượt",
      subject="giá xe ôm đưa khách lên miệng núi lửa", **CP),
    F("khoảng 30 chuyến", "30", 30, "count", "chuyến", approx="about",
      subject="chuyến xe ôm anh Rơ Châm Thuyên chở ngày cao điểm", **CP),
    F("gần 1,5 triệu", "1,5", 1.5e6, "money", "đồng", approx="nearly",
      change=C("increase", 4, "lần", "ngày làm nông"), subject="thu nhập ngày cao điểm", **CP),
    F("dã quỳ 2 ngày", "2", 2, "measure", "ngày", optional=True, subject="thời lượng tour"),
    F("1 đêm", "1", 1, "measure", "đêm", optional=True, subject="thời lượng tour"),
    F("từ 1,9 đến 2,5 triệu", "1,9", 1.9e6, "money", "đồng/khách", value_max=2.5e6,
      change=C("increase", 10, "%", "năm ngoái", approx="about"), subject="giá tour ngắm dã quỳ",
      location="Pleiku"),
    F("ước đạt 75-80%", "75", 75, "percent", "%", value_max=80, status="estimate",
      subject="công suất phòng của các khách sạn", period=NOV, location="Pleiku"),
    F("từ 15 đến 20%", "15", 15, "percent", "%", value_max=20, subject="giá phòng",
      period=I(NOV), location="Pleiku"),
    F("hơn 20 lễ hội", "20", 20, "count", "lễ hội hoa", approx="over",
      subject="lễ hội hoa được tổ chức định kỳ hằng năm", location="Việt Nam"),
]

NOTES = [
    "National newspaper: dã quỳ on Chư Đăng Ya volcano (huyện Chư Păh, Gia Lai). 'Thứ bảy, 18/11/2023, 06:00 (GMT+7)' (published).",
    "Distractors: '(11-12/11)' is a date span (the period, not a range), 'một cuối tuần bình thường' ('một' = 'a'), 'lần thứ 3',",
    "'từ ngày 10 đến 13/11', 'từ đầu tháng 11 ... giữa tháng 12', time 06:00, (GMT+7), photo caption.",
    "'gấp ba lần ...' and 'cao hơn bốn lần ...' after an amount are its change (lần, number words). '10 tháng đầu năm' takes 2023.",
    "'bằng 85,3% kế hoạch năm' = percent of 1.280 tỷ. The xe ôm passage stays at the volcano: location Chư Păh.",
    "Tour '2 ngày 1 đêm' is a product label (optional). Tour prices of agencies 'tại Pleiku': location Pleiku;",
    "revised: 15-20% subject was 'giá phòng khách sạn tăng so với tháng 10'; a growth rate's subject names the indicator, not the change and its baseline.",
    "'giá phòng cũng tăng từ 15 đến 20%' is a growth rate as the claim (percent, range, no change). 'cả nước ... hơn 20 lễ hội': Việt Nam.",
]

if __name__ == "__main__":
    write("p1158-6", TEXT, NOTES, FIGS, published="2023-11-18", location="Gia Lai")
