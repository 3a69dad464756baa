"""p933-1: Bình Dương province portal — HĐND names/adjusts 126 streets; streets named to date; house-number plates 11 months."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH DƯƠNG
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Bình Dương đặt tên, điều chỉnh 126 tuyến đường
Cập nhật: 12/12/2024 09:45 | Lượt xem: 2.316

Tại Kỳ họp thứ 20, HĐND tỉnh khóa X đã thông qua Nghị quyết số 35/NQ-HĐND về việc đặt tên, điều chỉnh độ dài đường trên địa bàn các thành phố Thủ Dầu Một, Dĩ An và Thuận An. Việc đặt tên được thực hiện theo Nghị định số 91/2005/NĐ-CP của Chính phủ và Thông tư số 36/2006/TT-BVHTT.

Theo Nghị quyết, có 126 tuyến đường được đặt tên hoặc điều chỉnh (Thủ Dầu Một 52 tuyến, Dĩ An 41 tuyến, Thuận An 33 tuyến), trong đó 98 tuyến được đặt tên mới và 28 tuyến điều chỉnh điểm đầu, điểm cuối. Tổng chiều dài các tuyến khoảng 214,5 km; tuyến dài nhất là đường nối Quốc lộ 13 với đường ĐT.743, dài 6,8 km.

Với kết quả này, đến nay toàn tỉnh có 1.845 tuyến đường đã được đặt tên, tăng 7,3% so với cuối năm 2023. Tỷ lệ tuyến đường đô thị có tên đạt 76,4%, mục tiêu đến năm 2025 là 100%.

Kinh phí làm và gắn biển tên đường cho các tuyến nói trên ước khoảng 3,8 tỷ đồng từ ngân sách tỉnh. Dự kiến sẽ lắp đặt 742 biển tên đường, bình quân 1,65 triệu đồng/biển, hoàn thành trong quý I/2025.

Về gắn biển số nhà, 11 tháng năm 2024 toàn tỉnh đã gắn mới 28.450 biển số nhà, đạt 81,3% kế hoạch năm, tăng 12,6% so với cùng kỳ; trong đó TP. Thủ Dầu Một gắn 9.120 biển, nhiều nhất tỉnh. Giá mỗi biển số nhà từ 95.000 đến 120.000 đồng, do chủ hộ tự chi trả.

Phấn đấu đến hết năm 2025, 100% nhà ở mặt tiền các tuyến đường đã đặt tên được gắn biển số theo quy định.
"""

NOW = P("đến nay", end="2024-12-12")
M11 = P("11 tháng năm 2024", "2024-01-01", "2024-11-30")
FIGS = [
    F("điều chỉnh 126 tuyến đường", "126", 126, "count", "tuyến đường", "tuyến đường được đặt tên, điều chỉnh"),
    F("có 126 tuyến đường", "126", 126, "count", "tuyến đường", "tuyến đường được đặt tên hoặc điều chỉnh"),
    F("Thủ Dầu Một 52 tuyến", "52", 52, "count", "tuyến", "tuyến đường được đặt tên hoặc điều chỉnh",
      total=126, location="Thủ Dầu Một"),
    F("Dĩ An 41 tuyến", "41", 41, "count", "tuyến", "tuyến đường được đặt tên hoặc điều chỉnh",
      total=126, location="Dĩ An"),
    F("Thuận An 33 tuyến", "33", 33, "count", "tuyến", "tuyến đường được đặt tên hoặc điều chỉnh",
      total=126, location="Thuận An"),
    F("98 tuyến", "98", 98, "count", "tuyến", "tuyến được đặt tên mới", total=126),
    F("28 tuyến", "28", 28, "count", "tuyến", "tuyến điều chỉnh điểm đầu, điểm cuối", total=126),
    F("khoảng 214,5 km", "214,5", 214.5, "measure", "km", "tổng chiều dài các tuyến", approx="about"),
    F("dài 6,8 km", "6,8", 6.8, "measure", "km", "chiều dài tuyến dài nhất"),
    F("1.845 tuyến đường", "1.845", 1845, "count", "tuyến đường", "tuyến đường đã được đặt tên", NOW,
      change=C("increase", 7.3, "%", "cuối năm 2023")),
    F("đạt 76,4%", "76,4", 76.4, "percent", "%", "tỷ lệ tuyến đường đô thị có tên", I(NOW),
      target=T(100, "%")),
    F("khoảng 3,8 tỷ đồng", "3,8", 3.8e9, "money", "đồng", "kinh phí làm và gắn biển tên đường",
      approx="about", status="estimate"),
    F("742 biển", "742", 742, "count", "biển tên đường", "biển tên đường lắp đặt", status="forecast"),
    F("1,65 triệu đồng/biển", "1,65", 1.65e6, "money", "đồng/biển", "giá bình quân biển tên đường",
      status="forecast"),
    F("mới 28.450 biển", "28.450", 28450, "count", "biển số nhà", "biển số nhà gắn mới", M11,
      percent=81.3, change=C("increase", 12.6, "%", "cùng kỳ")),
    F("9.120 biển", "9.120", 9120, "count", "biển", "biển số nhà gắn mới", M11, total=28450, location="Thủ Dầu Một"),
    F("từ 95.000 đến 120.000 đồng", "95.000", 95000, "money", "đồng/biển", "giá mỗi biển số nhà", value_max=120000),
    F("2025, 100%", "100", 100, "percent", "%", "nhà ở mặt tiền các tuyến đường đã đặt tên được gắn biển số",
      P("đến hết năm 2025", end="2025-12-31"), status="target"),
]

HEADER = [
    "Bình Dương province portal: HĐND resolution naming/adjusting 126 streets (3 cities), streets named to date, house-number plates.",
    "Distractors: Kỳ họp thứ 20, khóa X, Nghị quyết số 35/NQ-HĐND, Nghị định số 91/2005/NĐ-CP, Thông tư số 36/2006/TT-BVHTT,",
    "Quốc lộ 13, ĐT.743, quý I/2025 (schedule), Lượt xem: 2.316, 09:45.",
    "Bracketed city list adds up to 126 -> total 126; trong đó parts after the bracket -> total 126 (the figure the cue follows).",
    "'Dự kiến' governs the continuing clause (1,65 triệu đồng/biển -> forecast). 'mục tiêu ... là 100%' is the target of 76,4%.",
]

write("p933-1", TEXT, HEADER, FIGS, published="2024-12-12", location="Bình Dương")
