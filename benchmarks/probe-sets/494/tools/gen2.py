"""p494-2: thị xã Sa Pa portal — homestays in Q1/2024, communes in brackets, prices, occupancy, spending."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ SA PA
Trang chủ / Kinh tế / Du lịch

Homestay Sa Pa hút khách trong quý I/2024
Thứ Năm, 18/04/2024 - 15:20

Quý I/2024, thị xã Sa Pa đón 1.012.400 lượt khách, tăng 21,6% so với cùng kỳ năm 2023; trong đó khách lưu trú qua đêm đạt 643.500 lượt, chiếm 63,6%. Tổng doanh thu từ du lịch ước đạt 3.850 tỷ đồng, bằng 31% kế hoạch năm.

Hiện toàn thị xã có 1.360 cơ sở lưu trú với hơn 12.000 phòng, trong đó có 512 cơ sở homestay. Các homestay tập trung ở xã Tả Van (146 cơ sở), xã Bản Hồ (58 cơ sở), xã Thanh Bình (34 cơ sở) và phường Cầu Mây (41 cơ sở).

Giá phòng homestay phổ biến từ 250.000 đến 600.000 đồng/người/đêm. Công suất phòng bình quân quý I đạt 68%, riêng tháng 1 đạt trên 80% nhờ đợt băng tuyết trên đỉnh Fansipan (3.143 m). Khách lưu trú tại homestay chi tiêu bình quân 1,65 triệu đồng/lượt, thời gian lưu trú bình quân 2,4 ngày.

Tại xã Tả Van, nhiều hộ làm homestay có thu nhập từ 300 đến 500 triệu đồng/năm. Đến năm 2025, thị xã phấn đấu có 600 cơ sở homestay đạt chuẩn và đón 4,5 triệu lượt khách/năm.

Theo ông Lý A Sử, Trưởng phòng Văn hóa - Thông tin, thị xã dự kiến tổ chức lớp tập huấn trong tháng 5/2024 cho 120 chủ homestay tại tổ 5, phường Sa Pa, dọc Tỉnh lộ 152.

Thu Hà (Trung tâm VH-TT-TT thị xã) – ĐT: 0214.3871.975
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
T25 = P("Đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đón 1.012.400 lượt khách", "1.012.400", 1012400, "count", "lượt khách",
      change=CH("increase", 21.6, baseline="cùng kỳ năm 2023"), subject="lượt khách đón", period=Q1),
    F("đạt 643.500 lượt", "643.500", 643500, "count", "lượt", total=1012400, percent=63.6,
      subject="khách lưu trú qua đêm", period=Q1),
    F("ước đạt 3.850 tỷ đồng", "3.850", 3850e9, "money", "đồng", percent=31, status="estimate",
      subject="tổng doanh thu từ du lịch", period=I(Q1)),
    F("có 1.360 cơ sở lưu trú", "1.360", 1360, "count", "cơ sở lưu trú", subject="cơ sở lưu trú"),
    F("hơn 12.000 phòng", "12.000", 12000, "count", "phòng", approx="over", subject="phòng của các cơ sở lưu trú"),
    F("có 512 cơ sở homestay", "512", 512, "count", "cơ sở", total=1360, subject="cơ sở homestay"),
    F("(146 cơ sở)", "146", 146, "count", "cơ sở", subject="homestay ở xã Tả Van"),
    F("(58 cơ sở)", "58", 58, "count", "cơ sở", subject="homestay ở xã Bản Hồ"),
    F("(34 cơ sở)", "34", 34, "count", "cơ sở", subject="homestay ở xã Thanh Bình"),
    F("(41 cơ sở)", "41", 41, "count", "cơ sở", subject="homestay ở phường Cầu Mây"),
    F("từ 250.000 đến 600.000", "250.000", 250000, "money", "đồng/người/đêm", value_max=600000,
      subject="giá phòng homestay phổ biến"),
    F("đạt 68%", "68", 68, "percent", "%", subject="công suất phòng bình quân quý I",
      period=P("quý I", "2024-01-01", "2024-03-31")),
    F("trên 80%", "80", 80, "percent", "%", approx="over", subject="công suất phòng bình quân tháng 1",
      period=P("tháng 1", "2024-01-01", "2024-01-31")),
    F("(3.143 m)", "3.143", 3143, "measure", "m", subject="độ cao đỉnh Fansipan", optional=True),
    F("bình quân 1,65 triệu", "1,65", 1_650_000, "money", "đồng/lượt",
      subject="chi tiêu bình quân của khách lưu trú tại homestay"),
    F("bình quân 2,4 ngày", "2,4", 2.4, "measure", "ngày", subject="thời gian lưu trú bình quân"),
    F("từ 300 đến 500 triệu", "300", 300e6, "money", "đồng/năm", value_max=500e6,
      subject="thu nhập của hộ làm homestay"),
    F("có 600 cơ sở homestay", "600", 600, "count", "cơ sở homestay", status="target",
      subject="cơ sở homestay đạt chuẩn", period=T25),
    F("đón 4,5 triệu lượt", "4,5", 4_500_000, "measure", "lượt khách/năm", status="target",
      subject="lượt khách đón mỗi năm", period=T25),
    F("cho 120 chủ homestay", "120", 120, "count", "chủ homestay", status="forecast",
      subject="chủ homestay được tập huấn", period=P("tháng 5/2024", "2024-05-01", "2024-05-31")),
]

COMMENTS = [
    "Cổng TTĐT thị xã Sa Pa (Lào Cai): homestay quý I/2024 — khách, cơ sở lưu trú theo xã/phường, giá phòng, công suất, chi tiêu.",
    "'Thứ Năm, 18/04/2024 - 15:20' is the dateline. Phone, 'tổ 5', 'Tỉnh lộ 152', 'quý I/2024' in the headline are not figures.",
    "Location: the town (thị xã Sa Pa), a district-level unit, for every figure; communes/wards are below the province/city/district level of the field.",
    "Commune list items keep the commune in the subject (as h26 keeps a non-place item: 'vốn đăng ký cấp mới của Trung Quốc'). The commune list (146+58+34+41 = 279) does not add up to 512 and has no part cue: no total.",
    "'Hiện' sentences get no period. 'Fansipan (3.143 m)' is a real measure but incidental: optional.",
    "'dự kiến tổ chức … trong tháng 5/2024 cho 120 chủ homestay': status forecast, period May 2024.",
    "'4,5 triệu lượt khách/năm' is a rate (denominator năm): measure, unit 'lượt khách/năm' (FIGURES.md 'Rates').",
    "revised after first scoring: commune items' location Tả Van/Bản Hồ/Thanh Bình/Cầu Mây -> Sa Pa (FIGURES.md: location is the province, city or",
    "district), the commune moved into the subject; 'Tại xã Tả Van' income -> Sa Pa; body subject without the place name; 4,5 triệu count -> measure.",
]

if __name__ == "__main__":
    emit("p494-2", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Sa Pa")
