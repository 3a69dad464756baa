"""p1022-2: quận Hoàng Mai (Hà Nội) district portal — preparing drains for the 2024 rainy season."""
from lib import F, P, I, C, T, write

TEXT = """Cổng thông tin điện tử quận Hoàng Mai
Tin tức > Quản lý đô thị

Quận Hoàng Mai chủ động phòng, chống úng ngập mùa mưa năm 2024

Thứ Ba, 14/05/2024 - 10:20

Thực hiện Kế hoạch số 86/KH-UBND của UBND quận về phòng, chống úng ngập mùa mưa năm 2024, từ đầu năm đến nay, các đơn vị đã nạo vét 46,8 km cống ngầm, 3.250 hố ga và 12,4 km mương hở trên địa bàn; khối lượng bùn đã vận chuyển đi đổ thải ước đạt 9.600 m3.

Theo rà soát, toàn quận hiện còn 7 điểm thường xuyên úng ngập khi mưa trên 50 mm, trong đó 4 điểm thuộc các phường Định Công, Đại Kim, Hoàng Liệt và Thịnh Liệt. Quận đã bố trí 14 máy bơm cơ động có công suất từ 500 đến 1.000 m3/giờ tại các điểm này, gấp 2 lần so với năm 2023.

Tổng kinh phí duy tu, nạo vét hệ thống thoát nước của quận năm 2024 là 38,5 tỷ đồng, tăng 6,2 tỷ đồng so với năm trước. Riêng quý I/2024, quận đã giải ngân 11,2 tỷ đồng, đạt 29,1% kế hoạch vốn.

Ông Nguyễn Văn Ba, Phó Chủ tịch UBND quận cho biết, năm nay quận phấn đấu xử lý dứt điểm 3 điểm úng ngập tại phường Tân Mai, Tương Mai và Giáp Bát; đồng thời cải tạo 2,6 km cống dọc đường Giải Phóng với tổng mức đầu tư dự kiến khoảng 24 tỷ đồng.

Trận mưa lớn ngày 7/5 vừa qua có lượng mưa đo được 92 mm; sau khoảng 40 phút tạnh mưa, các tuyến phố trên địa bàn đã tiêu thoát hết nước. Hiện quận duy trì 25 tổ công nhân với 180 người trực 24/24 giờ trong mùa mưa.

Thu Hà (Phòng Quản lý đô thị)
"""

SINCE = P("từ đầu năm đến nay", "2024-01-01", "2024-05-14")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
NOW = P("năm nay", "2024-01-01", "2024-12-31")
DAY = P("ngày 7/5", "2024-05-07", "2024-05-07")

FIGS = [
    F("nạo vét 46,8 km", "46,8", 46.8, "measure", "km", subject="cống ngầm được nạo vét", period=SINCE),
    F("3.250 hố ga", "3.250", 3250, "count", "hố ga", subject="hố ga được nạo vét", period=SINCE),
    F("12,4 km mương", "12,4", 12.4, "measure", "km", subject="mương hở được nạo vét", period=SINCE),
    F("ước đạt 9.600 m3", "9.600", 9600, "measure", "m3", status="estimate",
      subject="khối lượng bùn vận chuyển đi đổ thải", period=SINCE),
    F("còn 7 điểm", "7", 7, "count", "điểm", subject="điểm thường xuyên úng ngập"),
    F("mưa trên 50 mm", "50", 50, "measure", "mm", approx="over", optional=True,
      subject="lượng mưa gây úng ngập"),
    F("trong đó 4 điểm", "4", 4, "count", "điểm", total=7,
      subject="điểm úng ngập thuộc các phường Định Công, Đại Kim, Hoàng Liệt và Thịnh Liệt"),
    F("bố trí 14 máy bơm", "14", 14, "count", "máy bơm", change=C("increase", 2, "lần", "năm 2023"),
      subject="máy bơm cơ động bố trí tại các điểm úng ngập"),
    F("từ 500 đến 1.000 m3/giờ", "500", 500, "measure", "m3/giờ", value_max=1000,
      subject="công suất máy bơm cơ động"),
    F("là 38,5 tỷ đồng", "38,5", 38_500_000_000, "money", "đồng",
      change=C("increase", 6_200_000_000, "đồng", "năm trước"),
      subject="tổng kinh phí duy tu, nạo vét hệ thống thoát nước", period=Y24),
    F("giải ngân 11,2 tỷ đồng", "11,2", 11_200_000_000, "money", "đồng", percent=29.1,
      subject="kinh phí duy tu, nạo vét đã giải ngân", period=Q1),
    F("dứt điểm 3 điểm úng ngập", "3", 3, "count", "điểm úng ngập", status="target",
      subject="điểm úng ngập được xử lý dứt điểm", period=NOW),
    F("cải tạo 2,6 km", "2,6", 2.6, "measure", "km", status="target",
      subject="cống dọc đường Giải Phóng được cải tạo", period=NOW),
    F("khoảng 24 tỷ đồng", "24", 24_000_000_000, "money", "đồng", approx="about", status="forecast",
      subject="tổng mức đầu tư cải tạo cống", period=NOW),
    F("đo được 92 mm", "92", 92, "measure", "mm", subject="lượng mưa trận mưa lớn", period=DAY),
    F("khoảng 40 phút", "40", 40, "measure", "phút", approx="about",
      subject="thời gian tiêu thoát hết nước sau khi tạnh mưa", period=DAY),
    F("duy trì 25 tổ", "25", 25, "count", "tổ công nhân", subject="tổ công nhân trực trong mùa mưa"),
    F("với 180 người", "180", 180, "count", "người", subject="công nhân trực trong mùa mưa"),
]

COMMENTS = [
    "Cổng TTĐT quận Hoàng Mai (invented): dredging since the start of 2024, flood spots, mobile pumps, budget, Q1 disbursement, targets, a storm.",
    "Dateline 'Thứ Ba, 14/05/2024 - 10:20'. 'Kế hoạch số 86/KH-UBND', 'Nguyễn Văn Ba', 'ngày 7/5', '24/24 giờ' (round the clock) are not figures.",
    "Location is the district (Hoàng Mai) throughout; a list of several wards does not localise a figure to one ward.",
    "'gấp 2 lần so với năm 2023' is the change of 14 máy bơm (unit lần). 'mưa trên 50 mm' is a threshold (optional).",
    "'năm nay' = 2024 (published); it governs the three clauses of that sentence.",
]

if __name__ == "__main__":
    write("p1022-2", TEXT, FIGS, COMMENTS, published="2024-05-14", location="Hoàng Mai")
