"""p1081-8: Báo Sơn La online, headline figure, '(BSL) -' tag: Q1/2025 bulletins, cold spells, drought, sunshine hours (2025-04-09)."""
from lib import F, P, C, T, day, write

TEXT = """Báo Sơn La điện tử
Cập nhật lúc 15:10, Thứ tư, 09/04/2025

Quý I, phát hành 286 bản tin dự báo, cảnh báo thời tiết

(BSL) - Quý I/2025, Đài Khí tượng Thủy văn tỉnh Sơn La đã phát hành 286 bản tin dự báo, cảnh báo, tăng 12,2% so với cùng kỳ năm 2024; trong đó có 43 bản tin cảnh báo rét đậm, rét hại, sương muối và 19 bản tin cảnh báo dông, lốc, sét, mưa đá.

Trong quý, trên địa bàn tỉnh xảy ra 4 đợt rét đậm, rét hại; nhiệt độ thấp nhất đo được tại trạm Mộc Châu là 2,5 độ C vào ngày 12/1. Tổng lượng mưa quý I tại trạm Sơn La chỉ đạt 38 mm, bằng 46% trung bình nhiều năm, khiến nhiều hồ chứa nhỏ ở Mai Sơn, Yên Châu, Sông Mã thiếu nước.

Toàn tỉnh hiện có 118 trạm đo mưa tự động, tập trung nhiều ở các huyện Mường La (16 trạm), Bắc Yên (14 trạm), Phù Yên (12 trạm). Tỷ lệ số liệu truyền về đầy đủ trong quý đạt 98,1%. Trong tháng 3, các trạm khí tượng Sơn La, Mộc Châu, Yên Châu lần lượt ghi nhận 112, 98 và 105 giờ nắng.

Dự báo quý II/2025, tổng lượng mưa trên địa bàn tỉnh phổ biến 350-500 mm, xấp xỉ trung bình nhiều năm; có khả năng xảy ra 5-7 đợt dông, lốc, mưa đá. Tại Hội nghị giao ban lần thứ 2 năm 2025, lãnh đạo Đài cho biết năm nay đặt mục tiêu bảo đảm 100% bản tin cảnh báo được chuyển đến UBND các xã không quá 15 phút sau khi phát hành.

Thu Hà
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Q2 = P("quý II/2025", "2025-04-01", "2025-06-30")
Y25 = P("năm nay", "2025-01-01", "2025-12-31")
RAIN = "trạm đo mưa tự động"
SUN = "số giờ nắng"
M3 = P("Trong tháng 3", "2025-03-01", "2025-03-31")
FIGS = [
    F("phát hành 286 bản tin dự báo, cảnh báo thời tiết", "286", 286, "count", "bản tin",
      "bản tin dự báo, cảnh báo thời tiết phát hành", P("Quý I", "2025-01-01", "2025-03-31")),
    F("đã phát hành 286 bản tin", "286", 286, "count", "bản tin", "bản tin dự báo, cảnh báo phát hành", Q1,
      change=C("increase", 12.2, "%", "cùng kỳ năm 2024")),
    F("có 43 bản tin", "43", 43, "count", "bản tin", "bản tin cảnh báo rét đậm, rét hại, sương muối", Q1, total=286),
    F("và 19 bản tin", "19", 19, "count", "bản tin", "bản tin cảnh báo dông, lốc, sét, mưa đá", Q1, total=286),
    F("xảy ra 4 đợt", "4", 4, "count", "đợt rét đậm, rét hại", "đợt rét đậm, rét hại",
      P("Trong quý", "2025-01-01", "2025-03-31")),
    F("là 2,5 độ C", "2,5", 2.5, "measure", "độ C", "nhiệt độ thấp nhất tại trạm Mộc Châu", day("ngày 12/1", "2025-01-12"),
      location="Mộc Châu"),
    F("chỉ đạt 38 mm", "38", 38, "measure", "mm", "tổng lượng mưa quý I tại trạm Sơn La",
      P("quý I", "2025-01-01", "2025-03-31"), percent=46),
    F("có 118 trạm", "118", 118, "count", "trạm đo mưa tự động", RAIN),
    F("Mường La (16 trạm)", "16", 16, "count", "trạm", RAIN, location="Mường La"),
    F("Bắc Yên (14 trạm)", "14", 14, "count", "trạm", RAIN, location="Bắc Yên"),
    F("Phù Yên (12 trạm)", "12", 12, "count", "trạm", RAIN, location="Phù Yên"),
    F("đạt 98,1%", "98,1", 98.1, "percent", "%", "tỷ lệ số liệu truyền về đầy đủ", P("trong quý", "2025-01-01", "2025-03-31")),
    F("ghi nhận 112", "112", 112, "measure", "giờ nắng", SUN, M3),
    F("112, 98 và", "98", 98, "measure", "giờ nắng", SUN, M3, location="Mộc Châu"),
    F("và 105 giờ nắng", "105", 105, "measure", "giờ nắng", SUN, M3, location="Yên Châu"),
    F("phổ biến 350-500 mm", "350", 350, "measure", "mm", "tổng lượng mưa", Q2, value_max=500, status="forecast"),
    F("xảy ra 5-7 đợt", "5", 5, "count", "đợt dông, lốc, mưa đá", "đợt dông, lốc, mưa đá", Q2, value_max=7,
      status="forecast"),
    F("bảo đảm 100% bản tin", "100", 100, "percent", "%", "bản tin cảnh báo được chuyển đến UBND các xã", Y25,
      status="target"),
    F("không quá 15 phút", "15", 15, "measure", "phút", "thời gian chuyển bản tin cảnh báo đến UBND các xã sau khi phát hành",
      Y25, approx="at_most", status="target"),
]

NOTES = [
    "Báo Sơn La online: headline with a figure and a year-less 'Quý I' (2025 from the dateline), '(BSL) -' tag, byline at the end.",
    "Parts after 'trong đó' share the 286 bulletins as total; 'bằng 46% trung bình nhiều năm' is the percent of 38 mm.",
    "The district list in brackets after 118 trạm ('tập trung nhiều ở') does not add up: no total. 'lần lượt' sunshine hours: each station is its location;",
    "station 'Sơn La' is the province's own name (default location Sơn La). 'Trong quý', 'trong quý' = Q1/2025; 'năm nay' = 2025.",
    "Distractors: '15:10', 'Thứ tư', 'ngày 12/1' (a date), 'Hội nghị giao ban lần thứ 2 năm 2025' (ordinal), 'xấp xỉ trung bình nhiều năm' (no number).",
]

if __name__ == "__main__":
    write(8, TEXT, FIGS, NOTES, published="2025-04-09", location="Sơn La")
