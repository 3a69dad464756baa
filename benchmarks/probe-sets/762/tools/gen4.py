"""p762-4: ministry site (Bộ VHTTDL) — Giải vô địch cờ vua trẻ toàn quốc năm 2024."""
from lib import F, P, YEAR, I, CH, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ | Tin tức | Thể dục thể thao

Bế mạc Giải vô địch cờ vua trẻ toàn quốc năm 2024: Hà Nội dẫn đầu với 21 huy chương vàng

Ngày đăng: 28/07/2024 | Lượt xem: 1.217

Sau 10 ngày tranh tài tại Hạ Long (Quảng Ninh), giải đấu đã khép lại chiều 27/7. Giải vô địch cờ vua trẻ toàn quốc năm 2024 quy tụ 1.356 kỳ thủ, tăng gần 15% so với năm 2023, thuộc 48 đoàn đến từ 42 tỉnh, thành phố.

Các kỳ thủ thi đấu 3 nội dung cờ tiêu chuẩn, cờ nhanh và cờ chớp ở các lứa tuổi từ U8 đến U20. Ban tổ chức đã trao tổng cộng 378 bộ huy chương, trong đó nội dung cờ tiêu chuẩn có 126 bộ.

Đoàn Hà Nội dẫn đầu toàn đoàn với 21 huy chương vàng, 18 huy chương bạc và 25 huy chương đồng. Xếp thứ hai là TP Hồ Chí Minh với 17 huy chương vàng; các vị trí tiếp theo lần lượt thuộc về Quân đội (9 huy chương vàng), Bắc Giang (8) và Hưng Yên (7).

Kỳ thủ 12 tuổi Nguyễn Minh Anh của đoàn Hà Nội đạt 2.184 điểm Elo, cao nhất lứa tuổi U12 cả nước. Tính đến tháng 6/2024, Việt Nam có 58 kỳ thủ dưới 18 tuổi có hệ số Elo trên 2.000.

Theo Cục Thể dục thể thao, kinh phí tổ chức giải năm 2024 khoảng 3,2 tỷ đồng, trong đó nguồn xã hội hóa 1,98 tỷ đồng, chiếm 62%.

Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3943.8231
"""

Y24 = YEAR(2024)
HCV = "huy chương vàng Giải vô địch cờ vua trẻ toàn quốc"
ASOF = P("Tính đến tháng 6/2024", None, "2024-06-30")

FIGS = [
    F("2024: Hà Nội dẫn đầu với 21", "21", 21, "count", "huy chương vàng", HCV, Y24, location="Hà Nội"),
    F("quy tụ 1.356 kỳ thủ", "1.356", 1356, "count", "kỳ thủ",
      "kỳ thủ Giải vô địch cờ vua trẻ toàn quốc", Y24,
      change=CH("increase", 15, "%", "năm 2023", approx="nearly")),
    F("thuộc 48 đoàn", "48", 48, "count", "đoàn", "đoàn tham dự giải", Y24),
    F("từ 42 tỉnh", "42", 42, "count", "tỉnh, thành phố", "tỉnh, thành phố có đoàn tham dự giải", Y24),
    F("thi đấu 3 nội dung", "3", 3, "count", "nội dung", "nội dung thi đấu", optional=True),
    F("tổng cộng 378 bộ", "378", 378, "count", "bộ huy chương", "bộ huy chương Ban tổ chức trao",
      I(Y24)),
    F("có 126 bộ", "126", 126, "count", "bộ", "bộ huy chương nội dung cờ tiêu chuẩn", I(Y24), total=378),
    F("với 21 huy chương vàng, 18", "21", 21, "count", "huy chương vàng", "huy chương vàng", I(Y24), location="Hà Nội"),
    F("18 huy chương bạc", "18", 18, "count", "huy chương bạc",
      "huy chương bạc", I(Y24), location="Hà Nội"),
    F("25 huy chương đồng", "25", 25, "count", "huy chương đồng",
      "huy chương đồng", I(Y24), location="Hà Nội"),
    F("Xếp thứ hai", "hai", 2, "rank", "hạng", "xếp hạng", I(Y24), location="TP Hồ Chí Minh"),
    F("với 17 huy chương vàng", "17", 17, "count", "huy chương vàng", "huy chương vàng", I(Y24),
      location="TP Hồ Chí Minh"),
    F("(9 huy chương vàng)", "9", 9, "count", "huy chương vàng",
      "huy chương vàng của đoàn Quân đội", I(Y24), location="Việt Nam"),
    F("Bắc Giang (8)", "8", 8, "count", "huy chương vàng", "huy chương vàng", I(Y24), location="Bắc Giang"),
    F("Hưng Yên (7)", "7", 7, "count", "huy chương vàng", "huy chương vàng", I(Y24), location="Hưng Yên"),
    F("Kỳ thủ 12 tuổi", "12", 12, "measure", "tuổi", "tuổi của kỳ thủ Nguyễn Minh Anh",
      location="Hà Nội", optional=True),
    F("đạt 2.184 điểm Elo", "2.184", 2184, "measure", "điểm Elo",
      "điểm Elo của kỳ thủ Nguyễn Minh Anh", location="Hà Nội"),
    F("có 58 kỳ thủ", "58", 58, "count", "kỳ thủ", "kỳ thủ dưới 18 tuổi có hệ số Elo trên 2.000", ASOF),
    F("dưới 18 tuổi", "18", 18, "measure", "tuổi", "độ tuổi kỳ thủ", approx="under", optional=True),
    F("trên 2.000", "2.000", 2000, "measure", "điểm Elo", "ngưỡng hệ số Elo", approx="over",
      optional=True),
    F("khoảng 3,2 tỷ đồng", "3,2", 3200000000, "money", "đồng", "kinh phí tổ chức giải", Y24,
      approx="about"),
    F("hóa 1,98 tỷ đồng", "1,98", 1980000000, "money", "đồng", "nguồn xã hội hóa", Y24,
      total=3200000000, percent=62),
]

COMMENTS = [
    "Bộ VHTTDL (ministry site): bế mạc Giải vô địch cờ vua trẻ toàn quốc năm 2024 — players, delegations, medal table, Elo, budget.",
    "'Ngày đăng: 28/07/2024 | Lượt xem: 1.217': date and counter. Not figures: 'Sau 10 ngày' (duration), 'chiều 27/7', U8/U20/U12 (age-group names),",
    "'51 Ngô Quyền', phone. The venue Hạ Long (Quảng Ninh) does not make the national figures provincial: location Việt Nam.",
    "Medal list: each delegation that is a province goes to location, the indicator stays the subject; 'Quân đội' is not a place",
    "(location stays Việt Nam, the delegation goes into the subject). Ages and the Elo threshold 'trên 2.000' are optional.",
    "'nguồn xã hội hóa 1,98 tỷ đồng, chiếm 62%' after 'trong đó': total 3,2 tỷ, percent 62.",
    "revised after first scoring: body medal counts (21, 18, 25, 17, 8, 7) subject = the medal indicator only, rank 'xếp hạng', Elo 'điểm Elo của kỳ thủ …' (the tournament name / 'hệ số' came from other sentences; the headline keeps it, its own line names it).",
]

if __name__ == "__main__":
    emit("p762-4", TEXT, COMMENTS, FIGS, published="2024-07-28", location="Việt Nam")
