"""p1022-8: Báo Long An online (BLA) — TP. Tân An street drainage coverage, investment, flood spots, fee (2025)."""
from lib import F, P, I, C, T, write

TEXT = """Báo Long An Online
Thời sự > Đô thị

Tân An: Hơn 95% tuyến đường nội ô có cống thoát nước

Cập nhật lúc: 15:40, 03/04/2025

(BLA) - Tính đến cuối năm 2024, TP. Tân An có 312/327 tuyến đường nội ô được đầu tư hệ thống cống thoát nước, đạt tỷ lệ 95,4%. Tổng chiều dài cống trên địa bàn khoảng 186 km, tăng 14 km so với năm 2020. Tỷ lệ hộ dân đã đấu nối nước thải vào hệ thống cống đạt 68%, thấp hơn 12% so với chỉ tiêu đề ra.

Giai đoạn 2021-2024, thành phố đầu tư 27 công trình thoát nước với tổng kinh phí trên 214 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 128 tỷ đồng, ngân sách thành phố 86 tỷ đồng. Quý I/2025, Công ty CP Cấp thoát nước Long An đã nạo vét 9,6 km cống, thay mới 420 nắp hố ga hư hỏng và xử lý 3 điểm ngập tại phường 2, phường 3 và phường Khánh Hậu.

Tuy nhiên, khi triều cường kết hợp mưa lớn, thành phố vẫn còn 7 điểm ngập sâu từ 0,2 đến 0,3 m, tập trung trên Quốc lộ 1, đường Hùng Vương, Nguyễn Đình Chiểu. Nguyên nhân là nhiều tuyến cống được xây dựng từ hơn 20 năm trước, đường kính chỉ 400-600 mm, không còn đáp ứng nhu cầu.

Năm 2025, thành phố phấn đấu xóa thêm 4 điểm ngập, đầu tư mới 6,5 km cống với kinh phí khoảng 45 tỷ đồng. Giá dịch vụ thoát nước dự kiến được điều chỉnh từ 1.600 đồng/m3 lên 2.400 đồng/m3 kể từ ngày 1/7/2025.

MINH THƯ
"""

ASOF = P("Tính đến cuối năm 2024", None, "2024-12-31")
G = P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
FROM = P("kể từ ngày 1/7/2025", "2025-07-01", None)

FIGS = [
    F("Hơn 95%", "95", 95, "percent", "%", approx="over", subject="tuyến đường nội ô có cống thoát nước"),
    F("có 312/327", "312", 312, "count", "tuyến đường", total=327, percent=95.4,
      subject="tuyến đường nội ô được đầu tư hệ thống cống thoát nước", period=ASOF),
    F("khoảng 186 km", "186", 186, "measure", "km", approx="about",
      change=C("increase", 14, "km", "năm 2020"), subject="tổng chiều dài cống", period=I(ASOF)),
    F("đạt 68%", "68", 68, "percent", "%", change=C("decrease", 12, "%", "chỉ tiêu đề ra"),
      subject="tỷ lệ hộ dân đã đấu nối nước thải vào hệ thống cống", period=I(ASOF)),
    F("đầu tư 27 công trình", "27", 27, "count", "công trình", subject="công trình thoát nước được đầu tư",
      period=G),
    F("trên 214 tỷ đồng", "214", 214_000_000_000, "money", "đồng", approx="over",
      subject="tổng kinh phí đầu tư công trình thoát nước", period=G),
    F("hỗ trợ 128 tỷ đồng", "128", 128_000_000_000, "money", "đồng", total=214_000_000_000,
      subject="ngân sách tỉnh hỗ trợ", period=G),
    F("thành phố 86 tỷ đồng", "86", 86_000_000_000, "money", "đồng", total=214_000_000_000,
      subject="ngân sách thành phố", period=G),
    F("nạo vét 9,6 km", "9,6", 9.6, "measure", "km", subject="cống được nạo vét", period=Q1),
    F("420 nắp hố ga", "420", 420, "count", "nắp hố ga", subject="nắp hố ga hư hỏng được thay mới", period=Q1),
    F("xử lý 3 điểm ngập", "3", 3, "count", "điểm ngập", subject="điểm ngập được xử lý", period=Q1),
    F("còn 7 điểm ngập", "7", 7, "count", "điểm ngập",
      subject="điểm ngập khi triều cường kết hợp mưa lớn"),
    F("từ 0,2 đến 0,3 m", "0,2", 0.2, "measure", "m", value_max=0.3, subject="độ ngập sâu"),
    F("hơn 20 năm", "20", 20, "measure", "năm", approx="over", optional=True, subject="tuổi của tuyến cống"),
    F("400-600 mm", "400", 400, "measure", "mm", value_max=600, subject="đường kính cống"),
    F("thêm 4 điểm ngập", "4", 4, "count", "điểm ngập", status="target", subject="điểm ngập được xóa",
      period=Y25),
    F("mới 6,5 km", "6,5", 6.5, "measure", "km", status="target", subject="cống đầu tư mới", period=Y25),
    F("khoảng 45 tỷ đồng", "45", 45_000_000_000, "money", "đồng", approx="about", status="target",
      subject="kinh phí đầu tư mới cống", period=Y25),
    F("từ 1.600 đồng/m3", "1.600", 1600, "money", "đồng/m3", subject="giá dịch vụ thoát nước"),
    F("lên 2.400 đồng/m3", "2.400", 2400, "money", "đồng/m3", status="forecast",
      subject="giá dịch vụ thoát nước", period=FROM),
]

COMMENTS = [
    "Báo Long An online style (invented), tag '(BLA) -', headline figure, dateline 'Cập nhật lúc: 15:40, 03/04/2025'. Location Tân An (city of Long An).",
    "Not figures: 'phường 2, phường 3' (ward names), 'Quốc lộ 1', 'kể từ ngày 1/7/2025', 'Quý I/2025', times. 'hơn 20 năm trước' (age) is optional.",
    "312/327 tuyến đường → total 327, percent 95,4 ('đạt tỷ lệ'). 128 + 86 = 214 tỷ after 'trong đó' → total 214 tỷ.",
    "'phấn đấu' governs the three 2025 clauses (target). 'dự kiến được điều chỉnh từ 1.600 … lên 2.400 đồng/m3 kể từ ngày 1/7/2025':",
    "the old fee is today's (actual, no period), the new one is the forecast and carries the start date (start 2025-07-01, no end).",
]

if __name__ == "__main__":
    write("p1022-8", TEXT, FIGS, COMMENTS, published="2025-04-03", location="Tân An")
