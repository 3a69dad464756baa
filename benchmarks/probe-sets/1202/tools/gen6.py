"""p1202-6: national newspaper, agricultural insurance claims after typhoon Yagi; Quảng Ninh aquaculture."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Bảo hiểm
Thứ hai, 18/11/2024, 06:00 (GMT+7)

Hơn 2.000 hộ nông dân được bồi thường bảo hiểm sau bão Yagi

Doanh nghiệp bảo hiểm đã chi trả gần 100 tỷ đồng cho các hộ có cây trồng, vật nuôi, lồng bè bị thiệt hại do bão số 3.

Theo Hiệp hội Bảo hiểm Việt Nam, tính đến ngày 15/11, các doanh nghiệp đã nhận khoảng 2.350 hồ sơ yêu cầu bồi thường bảo hiểm nông nghiệp liên quan đến bão số 3, ước tổng số tiền bồi thường hơn 145 tỷ đồng. Trong đó, đã chi trả 98,6 tỷ đồng cho 2.014 hộ, bằng gần 68% số tiền ước bồi thường.

Thiệt hại nặng nhất là nuôi trồng thủy sản tại Quảng Ninh. Toàn tỉnh có hơn 7.000 ô lồng bè bị hư hỏng, cuốn trôi, nhưng chỉ 312 hộ có bảo hiểm, chiếm chưa đến 5% số hộ nuôi biển. Tại thị xã Quảng Yên, ông Nguyễn Văn Bình có 40 ô lồng nuôi hàu và cá song bị bão đánh tan. Ông ước thiệt hại khoảng 1,2 tỷ đồng; số tiền bảo hiểm được bồi thường là 380 triệu đồng, gấp 3 lần số phí ông đã đóng trong 5 năm.

Tại Thái Bình, nơi triển khai bảo hiểm lúa theo chỉ số năng suất, doanh nghiệp đã chi trả 21,4 tỷ đồng cho khoảng 11.600 hộ có lúa bị đổ, ngập.

Ông Phạm Văn Hùng, Tổng thư ký Hiệp hội, cho biết tỷ lệ diện tích cây trồng, vật nuôi được bảo hiểm ở Việt Nam hiện chưa tới 1%, trong khi ở Thái Lan khoảng 30%, Trung Quốc trên 70%. Hiệp hội dự báo năm 2025 doanh thu phí bảo hiểm nông nghiệp có thể đạt 350 tỷ đồng, tăng khoảng 40% so với năm 2024.

Anh Tú
"""

ASOF = P("tính đến ngày 15/11", None, "2024-11-15")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
QN = "Quảng Ninh"
QY = "Quảng Yên"

FIGS = [
    F("Hơn 2.000 hộ", "2.000", 2000, "count", "hộ nông dân", approx="over",
      subject="hộ nông dân được bồi thường bảo hiểm sau bão Yagi"),
    F("gần 100 tỷ", "100", 100e9, "money", "đồng", approx="nearly",
      subject="tiền bảo hiểm doanh nghiệp đã chi trả cho các hộ bị thiệt hại do bão số 3"),
    F("khoảng 2.350 hồ sơ", "2.350", 2350, "count", "hồ sơ", approx="about",
      subject="hồ sơ yêu cầu bồi thường bảo hiểm nông nghiệp liên quan đến bão số 3", period=ASOF),
    F("hơn 145 tỷ", "145", 145e9, "money", "đồng", approx="over", status="estimate",
      subject="tổng số tiền bồi thường", period=ASOF),
    F("chi trả 98,6 tỷ", "98,6", 98.6e9, "money", "đồng", total=145e9, percent=68,
      subject="số tiền bồi thường đã chi trả", period=I(ASOF)),
    F("cho 2.014 hộ", "2.014", 2014, "count", "hộ",
      subject="hộ được chi trả bồi thường", period=I(ASOF)),
    F("hơn 7.000 ô", "7.000", 7000, "count", "ô lồng bè", approx="over",
      subject="ô lồng bè bị hư hỏng, cuốn trôi", location=QN),
    F("chỉ 312 hộ", "312", 312, "count", "hộ", percent=5,
      subject="hộ nuôi biển có bảo hiểm", location=QN),
    F("có 40 ô", "40", 40, "count", "ô lồng",
      subject="ô lồng nuôi hàu và cá song của ông Nguyễn Văn Bình bị bão đánh tan", location=QY),
    F("khoảng 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="about", status="estimate",
      subject="thiệt hại", location=QY),
    F("là 380 triệu", "380", 380e6, "money", "đồng",
      change=C("increase", 3, "lần", "số phí ông đã đóng trong 5 năm"),
      subject="số tiền bảo hiểm được bồi thường", location=QY),
    F("trong 5 năm", "5", 5, "measure", "năm", optional=True,
      subject="thời gian đóng phí bảo hiểm", location=QY),
    F("chi trả 21,4 tỷ", "21,4", 21.4e9, "money", "đồng",
      subject="tiền bồi thường bảo hiểm lúa theo chỉ số năng suất", location="Thái Bình"),
    F("khoảng 11.600 hộ", "11.600", 11600, "count", "hộ", approx="about",
      subject="hộ có lúa bị đổ, ngập được chi trả", location="Thái Bình"),
    F("chưa tới 1%", "1", 1, "percent", "%", approx="under",
      subject="tỷ lệ diện tích cây trồng, vật nuôi được bảo hiểm"),
    F("khoảng 30%", "30", 30, "percent", "%", approx="about", optional=True,
      subject="tỷ lệ diện tích cây trồng, vật nuôi được bảo hiểm ở Thái Lan"),
    F("trên 70%", "70", 70, "percent", "%", approx="over", optional=True,
      subject="tỷ lệ diện tích cây trồng, vật nuôi được bảo hiểm ở Trung Quốc"),
    F("đạt 350 tỷ", "350", 350e9, "money", "đồng", status="forecast",
      change=C("increase", 40, "%", "năm 2024", approx="about"),
      subject="doanh thu phí bảo hiểm nông nghiệp", period=Y25),
]

NOTES = [
    "National newspaper: 'Thứ hai, 18/11/2024, 06:00 (GMT+7)', section path, lead paragraph, byline 'Anh Tú' at the end. Default location Việt Nam.",
    "Distractors: 'bão số 3' (twice; a storm's name), '(GMT+7)', time 06:00. 'tính đến ngày 15/11' takes the year of the dateline (2024).",
    "'ước tổng số tiền bồi thường hơn 145 tỷ' → estimate; 98,6 tỷ is part of it (Trong đó) and 'bằng gần 68%' is its percent.",
    "312 hộ 'chiếm chưa đến 5% số hộ nuôi biển' → percent 5 (the whole is not given). 'Ông ước thiệt hại khoảng 1,2 tỷ' → estimate.",
    "'gấp 3 lần số phí ông đã đóng' after 380 triệu → change in lần; 'trong 5 năm' is a duration (optional). Quảng Yên figures take the town.",
    "Foreign shares (Thái Lan 30%, Trung Quốc 70%) are optional: the spec has no place for a foreign country. 'dự báo' → forecast.",
]

if __name__ == "__main__":
    write("p1202-6", TEXT, NOTES, FIGS, published="2024-11-18", location="Việt Nam")
