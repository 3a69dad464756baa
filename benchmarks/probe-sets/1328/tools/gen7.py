"""p1328-7: news agency (VietnamPlus / TTXVN): saline intrusion in Bến Tre, rationed supply, tanks, plant plans."""
from lib import F, period, inherit, change, target, write

TEXT = """VIETNAMPLUS - THÔNG TẤN XÃ VIỆT NAM
Xã hội | Môi trường | Biến đổi khí hậu

Bến Tre: Hơn 15 nghìn hộ dân vùng mặn được cấp nước luân phiên

Thứ Hai, 15/4/2024 09:12

Bến Tre (TTXVN) - Mặn xâm nhập sâu khiến nhiều nhà máy nước ở tỉnh Bến Tre thiếu nguồn nước ngọt. Ngày 12/4, độ mặn đo được tại cửa sông Hàm Luông lên tới 14,2 g/l, cao hơn 2,6 g/l so với cùng kỳ năm 2023. Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến nay toàn tỉnh có hơn 48.000 hộ thiếu nước sinh hoạt, tăng 6.500 hộ so với cuối tháng 3.

Công ty TNHH MTV Cấp thoát nước Đồng Khởi hiện chỉ sản xuất được khoảng 38.000 m3/ngày, giảm gần 20% so với bình thường, trong khi nhu cầu của khoảng 92.000 khách hàng là 52.000 m3/ngày. Từ đầu tháng 3 đến nay, công ty cấp nước luân phiên cho hơn 15.300 hộ tại các huyện Ba Tri, Bình Đại và Thạnh Phú, bảo đảm tối thiểu 60 lít/người/ngày.

Gần ba chục trạm cấp nước nông thôn phải hoạt động cầm chừng. Tỉnh đã cấp miễn phí 3.520 bồn chứa nước loại 1.000 lít và vận chuyển gần 12.000 m3 nước ngọt đến các xã vùng mặn; riêng huyện Ba Tri được phân bổ 1.240 bồn.

Năm 2024, tỉnh dự kiến khởi công 3 nhà máy nước với tổng công suất 45.000 m3/ngày, tổng vốn khoảng 1.200 tỷ đồng; phấn đấu đến cuối năm 2025 tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 80%.

Công Trí (TTXVN)
"""

DAY = period("Ngày 12/4", "2024-04-12", "2024-04-12")
SINCE = period("Từ đầu tháng 3 đến nay", "2024-03-01", "2024-04-15")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 15 nghìn", "15", 15000, "count", "hộ dân", "hộ dân vùng mặn được cấp nước luân phiên", approx="over"),
    F("tới 14,2 g/l", "14,2", 14.2, "measure", "g/l", "độ mặn tại cửa sông Hàm Luông", DAY,
      change=change("increase", 2.6, "g/l", "cùng kỳ năm 2023")),
    F("hơn 48.000 hộ", "48.000", 48000, "count", "hộ", "hộ thiếu nước sinh hoạt", period("tính đến nay", None, "2024-04-15"),
      approx="over", change=change("increase", 6500, "hộ", "cuối tháng 3")),
    F("khoảng 38.000 m3", "38.000", 38000, "measure", "m3/ngày", "lượng nước công ty sản xuất được", approx="about",
      change=change("decrease", 20, "%", "bình thường", approx="nearly")),
    F("khoảng 92.000 khách", "92.000", 92000, "count", "khách hàng", "khách hàng của công ty", approx="about"),
    F("là 52.000 m3", "52.000", 52000, "measure", "m3/ngày", "nhu cầu nước của khách hàng"),
    F("hơn 15.300 hộ", "15.300", 15300, "count", "hộ", "hộ được công ty cấp nước luân phiên", SINCE, approx="over"),
    F("tối thiểu 60 lít", "60", 60, "measure", "lít/người/ngày", "lượng nước bảo đảm cho mỗi người", SINCE,
      approx="at_least"),
    F("Gần ba chục trạm", "ba chục", 30, "count", "trạm", "trạm cấp nước nông thôn phải hoạt động cầm chừng",
      approx="nearly"),
    F("phí 3.520 bồn", "3.520", 3520, "count", "bồn", "bồn chứa nước tỉnh cấp miễn phí"),
    F("loại 1.000 lít", "1.000", 1000, "measure", "lít", "dung tích bồn chứa nước", optional=True),
    F("gần 12.000 m3", "12.000", 12000, "measure", "m3", "nước ngọt vận chuyển đến các xã vùng mặn", approx="nearly"),
    F("bổ 1.240 bồn", "1.240", 1240, "count", "bồn", "bồn chứa nước được phân bổ", location="Ba Tri"),
    F("khởi công 3 nhà máy", "3", 3, "count", "nhà máy", "nhà máy nước dự kiến khởi công", Y24, status="forecast"),
    F("suất 45.000 m3", "45.000", 45000, "measure", "m3/ngày", "tổng công suất các nhà máy nước", Y24,
      status="forecast"),
    F("khoảng 1.200 tỷ", "1.200", 1.2e12, "money", "đồng", "tổng vốn các nhà máy nước", Y24, approx="about",
      status="forecast"),
    F("đạt 80%", "80", 80, "percent", "%", "tỷ lệ hộ dân nông thôn sử dụng nước sạch",
      period("đến cuối năm 2025", None, "2025-12-31"), status="target"),
]

NOTES = [
    "News agency (VietnamPlus / TTXVN): section menu, 'Thứ Hai, 15/4/2024 09:12' (published), 'Bến Tre (TTXVN) -', byline '(TTXVN)'.",
    "Distractors: 09:12, 'Ngày 12/4' (a date: the period of the salinity reading, 2024 from the dateline), 'MTV', the '3' of 'm3'.",
    "'Hơn 15 nghìn hộ' = 15.000 (nghìn multiplier). 'ba chục' = 30 (number word), 'Gần' → nearly.",
    "'tính đến nay' is an as-of phrase: end = published. 'tăng 6.500 hộ so với cuối tháng 3' → change in hộ.",
    "'Từ đầu tháng 3 đến nay' → 2024-03-01 .. published. The 15.300 households are in three districts: location stays Bến Tre.",
    "'bồn chứa nước loại 1.000 lít' is the tank's size, a product spec: optional. 'riêng huyện Ba Tri … 1.240 bồn': 'riêng' is no",
    "part-of cue in the spec → no total; location Ba Tri. 'giảm gần 20% so với bình thường' → change of 38.000 m3/ngày.",
    "'dự kiến' governs the three 2024 plant figures (forecast); 'phấn đấu đến cuối năm 2025 … đạt 80%' → target, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1328-7", TEXT, NOTES, FIGS, published="2024-04-15", location="Bến Tre")
