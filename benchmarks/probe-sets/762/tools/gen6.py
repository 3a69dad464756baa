"""p762-6: national press — người chơi, thị trường và giải đấu thể thao điện tử học sinh (VIRESA)."""
from lib import F, P, YEAR, I, CH, T, emit

TEXT = """Thể thao › Esports

Thứ hai, 7/10/2024, 07:00 (GMT+7)

Việt Nam có khoảng 18 triệu người chơi thể thao điện tử

Số người chơi thể thao điện tử tại Việt Nam ước đạt khoảng 18 triệu vào cuối năm 2023, trong đó gần 45% ở độ tuổi từ 15 đến 24, theo báo cáo của Hiệp hội Thể thao điện tử Việt Nam (VIRESA).

Doanh thu thị trường trò chơi điện tử trực tuyến năm 2023 đạt 536 triệu USD, tăng 8,4% so với năm 2022; trong đó mảng thể thao điện tử đóng góp khoảng 34 triệu USD. Việt Nam hiện xếp thứ 5 Đông Nam Á về quy mô thị trường game và nằm trong top 10 thế giới về lượt tải game di động.

Ở khối học sinh, sinh viên, trong 9 tháng năm 2024 có 64 giải đấu thể thao điện tử cấp trường và cấp tỉnh được tổ chức tại 27 tỉnh, thành phố, tăng 21 giải so với cùng kỳ. Giải Vô địch Thể thao điện tử học sinh toàn quốc lần thứ 3 có 2.812 đội đăng ký vòng loại, trong đó 256 đội vào vòng chung kết khu vực; tổng giải thưởng 1,2 tỷ đồng.

Tại SEA Games 32, đội tuyển thể thao điện tử Việt Nam giành 2 huy chương vàng, 3 huy chương bạc và 3 huy chương đồng, đứng thứ ba toàn đoàn ở môn này.

Theo PGS.TS Lê Minh Tuấn, Viện Tâm lý học, trẻ từ 12 tuổi trở lên chơi game không quá 2 giờ mỗi ngày sẽ ít bị ảnh hưởng tới học tập. Hiệp hội đặt mục tiêu đến năm 2025 đào tạo 500 huấn luyện viên thể thao điện tử học đường.

Minh Khôi
"""

END23 = P("vào cuối năm 2023", None, "2023-12-31")
Y23 = YEAR(2023)
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")

FIGS = [
    F("khoảng 18 triệu người chơi", "18", 18000000, "count", "người chơi",
      "người chơi thể thao điện tử", approx="about"),
    F("khoảng 18 triệu vào", "18", 18000000, "count", "người chơi",
      "số người chơi thể thao điện tử", END23, approx="about", status="estimate"),
    F("gần 45%", "45", 45, "percent", "%", "tỷ lệ người chơi ở độ tuổi từ 15 đến 24", END23,
      approx="nearly", status="estimate"),
    F("từ 15 đến 24", "15", 15, "measure", "tuổi", "độ tuổi người chơi", value_max=24, optional=True),
    F("đạt 536 triệu USD", "536", 536000000, "money", "USD",
      "doanh thu thị trường trò chơi điện tử trực tuyến", Y23,
      change=CH("increase", 8.4, "%", "năm 2022")),
    F("khoảng 34 triệu USD", "34", 34000000, "money", "USD", "doanh thu mảng thể thao điện tử", Y23,
      approx="about", total=536000000),
    F("xếp thứ 5 Đông Nam Á", "5", 5, "rank", "hạng", "quy mô thị trường game Đông Nam Á"),
    F("top 10 thế giới", "10", 10, "rank", "hạng", "lượt tải game di động thế giới", optional=True),
    F("có 64 giải đấu", "64", 64, "count", "giải đấu",
      "giải đấu thể thao điện tử học sinh, sinh viên cấp trường và cấp tỉnh", M9,
      change=CH("increase", 21, "giải", "cùng kỳ")),
    F("tại 27 tỉnh", "27", 27, "count", "tỉnh, thành phố", "tỉnh, thành phố tổ chức giải đấu", M9),
    F("có 2.812 đội", "2.812", 2812, "count", "đội",
      "đội đăng ký vòng loại Giải Vô địch Thể thao điện tử học sinh toàn quốc"),
    F("đó 256 đội", "256", 256, "count", "đội", "đội vào vòng chung kết khu vực", total=2812),
    F("giải thưởng 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "tổng giải thưởng"),
    F("giành 2 huy chương vàng", "2", 2, "count", "huy chương vàng",
      "huy chương vàng đội tuyển thể thao điện tử tại SEA Games"),
    F("3 huy chương bạc", "3", 3, "count", "huy chương bạc",
      "huy chương bạc đội tuyển thể thao điện tử tại SEA Games"),
    F("3 huy chương đồng", "3", 3, "count", "huy chương đồng",
      "huy chương đồng đội tuyển thể thao điện tử tại SEA Games"),
    F("đứng thứ ba", "ba", 3, "rank", "hạng", "xếp hạng toàn đoàn môn thể thao điện tử tại SEA Games"),
    F("từ 12 tuổi", "12", 12, "measure", "tuổi", "độ tuổi", approx="at_least", optional=True),
    F("không quá 2 giờ", "2", 2, "measure", "giờ", "thời gian chơi game mỗi ngày", approx="at_most",
      optional=True),
    F("đào tạo 500 huấn luyện viên", "500", 500, "count", "huấn luyện viên",
      "huấn luyện viên thể thao điện tử học đường được đào tạo", P("đến năm 2025", None, "2025-12-31"),
      status="target"),
]

COMMENTS = [
    "National press (VnExpress style): Việt Nam có khoảng 18 triệu người chơi thể thao điện tử; market, school tournaments, SEA Games 32.",
    "'Thứ hai, 7/10/2024, 07:00 (GMT+7)' is the dateline. Not figures: '(GMT+7)', 'SEA Games 32', 'lần thứ 3', 'PGS.TS', the byline.",
    "The headline 18 triệu has no 'ước' (actual, no period); the lead's is 'ước đạt' (estimate) as of the end of 2023, and the",
    "'trong đó gần 45%' clause continues it (estimate). '34 triệu USD' after 'trong đó' is part of 536 triệu USD (same year).",
    "'top 10', ages ('từ 15 đến 24', 'từ 12 tuổi') and the advice 'không quá 2 giờ mỗi ngày' are optional.",
    "'tăng 21 giải so với cùng kỳ' is the change of 64 giải đấu (after the 27 provinces clause).",
]

if __name__ == "__main__":
    emit("p762-6", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Việt Nam")
