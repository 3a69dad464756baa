"""p849-1: province portal, Thái Bình, pickleball courts and badminton clubs (published 14/08/2024)."""
from lib import F, P, I, C, T, main

TEXT = """
Trang chủ > Tin tức - Sự kiện > Văn hóa - Thể thao

Thái Bình: Hơn 120 sân pickleball được đưa vào sử dụng

Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.316

Theo Sở Văn hóa, Thể thao và Du lịch, tính đến ngày 31/7/2024, toàn tỉnh có 126 sân pickleball, tăng 97 sân so với cuối năm 2023; trong đó thành phố Thái Bình có 48 sân, chiếm 38,1%. Số sân cầu lông trong nhà và ngoài trời đạt khoảng 1.350 sân, gấp 1,4 lần năm 2020.

7 tháng đầu năm, toàn tỉnh thành lập mới 35 câu lạc bộ pickleball, nâng tổng số lên 82 câu lạc bộ với khoảng 2.900 hội viên. Phong trào cầu lông tiếp tục duy trì ổn định với 415 câu lạc bộ cơ sở (trong đó 260 câu lạc bộ ở các xã, thị trấn), thu hút trên 11.000 người tập luyện thường xuyên.

Giá thuê sân pickleball phổ biến từ 100.000 đến 200.000 đồng/giờ, sân cầu lông khoảng 60.000 đồng/giờ. Tổng vốn xã hội hóa đầu tư các sân pickleball ước đạt 38 tỷ đồng. Bình quân mỗi sân có mức đầu tư khoảng 300 triệu đồng.

Giải Pickleball các câu lạc bộ tỉnh Thái Bình lần thứ I diễn ra tại Nhà thi đấu tỉnh (đường Lý Bôn) từ ngày 20 đến 22/7 với 240 vận động viên của 36 câu lạc bộ tham gia.

Thực hiện Kế hoạch số 118/KH-UBND, năm 2024 tỉnh phấn đấu 100% xã, phường, thị trấn có câu lạc bộ cầu lông; tỷ lệ người dân tập luyện thể dục thể thao thường xuyên đạt 36,5%.
"""

NOTES = [
    "Province portal (Thái Bình): pickleball courts and clubs, badminton clubs, rental prices, investment, a tournament, 2024 targets.",
    "Distractors: 'Cập nhật: 14/08/2024 09:45', 'Lượt xem: 2.316', 'lần thứ I', 'Kế hoạch số 118/KH-UBND', dates 31/7/2024, 20-22/7.",
    "revised after the first run: 48 sân's subject no longer names the city (a place goes to location, FIGURES §3).",
    "'gấp 1,4 lần năm 2020' after a count is its change (unit lần). '7 tháng đầu năm' takes 2024 from 31/7/2024.",
]

ASOF = P("tính đến ngày 31/7/2024", None, "2024-07-31")
M7 = P("7 tháng đầu năm", "2024-01-01", "2024-07-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 120 sân pickleball", "120", 120, "count", "sân", "sân pickleball được đưa vào sử dụng", approx="over"),
    F("có 126 sân pickleball", "126", 126, "count", "sân", "sân pickleball", ASOF,
      change=C("increase", 97, "sân", "cuối năm 2023")),
    F("Thái Bình có 48 sân", "48", 48, "count", "sân", "sân pickleball", ASOF,
      total=126, percent=38.1, location="thành phố Thái Bình"),
    F("khoảng 1.350 sân", "1.350", 1350, "count", "sân", "sân cầu lông trong nhà và ngoài trời", I(ASOF),
      approx="about", change=C("increase", 1.4, "lần", "năm 2020")),
    F("mới 35 câu lạc bộ", "35", 35, "count", "câu lạc bộ", "câu lạc bộ pickleball thành lập mới", M7),
    F("lên 82 câu lạc bộ", "82", 82, "count", "câu lạc bộ", "tổng số câu lạc bộ pickleball", M7),
    F("khoảng 2.900 hội viên", "2.900", 2900, "count", "hội viên", "hội viên câu lạc bộ pickleball", M7,
      approx="about"),
    F("với 415 câu lạc bộ", "415", 415, "count", "câu lạc bộ", "câu lạc bộ cầu lông cơ sở", I(M7)),
    F("đó 260 câu lạc bộ", "260", 260, "count", "câu lạc bộ", "câu lạc bộ cầu lông ở các xã, thị trấn", I(M7),
      total=415),
    F("trên 11.000 người", "11.000", 11000, "count", "người", "người tập luyện cầu lông thường xuyên", I(M7),
      approx="over"),
    F("từ 100.000 đến 200.000 đồng/giờ", "100.000", 100000, "money", "đồng/giờ", "giá thuê sân pickleball",
      value_max=200000),
    F("khoảng 60.000 đồng/giờ", "60.000", 60000, "money", "đồng/giờ", "giá thuê sân cầu lông", approx="about"),
    F("ước đạt 38 tỷ đồng", "38", 38e9, "money", "đồng", "vốn xã hội hóa đầu tư các sân pickleball",
      status="estimate"),
    F("khoảng 300 triệu đồng", "300", 300e6, "money", "đồng/sân", "mức đầu tư bình quân mỗi sân pickleball",
      approx="about"),
    F("với 240 vận động viên", "240", 240, "count", "vận động viên",
      "vận động viên tham gia Giải Pickleball các câu lạc bộ tỉnh",
      P("từ ngày 20 đến 22/7", "2024-07-20", "2024-07-22")),
    F("của 36 câu lạc bộ", "36", 36, "count", "câu lạc bộ", "câu lạc bộ tham gia Giải Pickleball",
      P("từ ngày 20 đến 22/7", "2024-07-20", "2024-07-22")),
    F("phấn đấu 100% xã", "100", 100, "percent", "%", "xã, phường, thị trấn có câu lạc bộ cầu lông", Y24,
      status="target"),
    F("đạt 36,5%", "36,5", 36.5, "percent", "%", "tỷ lệ người dân tập luyện thể dục thể thao thường xuyên", Y24,
      status="target"),
]

if __name__ == "__main__":
    main("p849-1", TEXT, NOTES, FIGS, published="2024-08-14", location="Thái Bình")
