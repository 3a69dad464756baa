"""p900-8: Báo Thanh Hóa online, Sầm Sơn accommodation before the 2025 season; headline figure and (Baothanhhoa.vn) - tag."""
from lib import F, P, I, C, T, write

TEXT = """Sầm Sơn: Hơn 1.100 cơ sở lưu trú sẵn sàng cho mùa du lịch 2025
Cập nhật: 07:30 22/04/2025

(Baothanhhoa.vn) - Chuẩn bị cho mùa du lịch biển 2025, TP Sầm Sơn hiện có 1.136 cơ sở lưu trú với 26.480 phòng, tăng 42 cơ sở so với năm 2024. Trong số này có 86 khách sạn từ 3 đến 5 sao, còn lại chủ yếu là nhà nghỉ, khách sạn 1-2 sao và nhà trọ do hộ gia đình kinh doanh.

Năm 2024, Sầm Sơn đón 11,2 triệu lượt khách, trong đó khách lưu trú 5,4 triệu lượt; tổng thu từ du lịch đạt 14.650 tỷ đồng. Quý I/2025, các cơ sở lưu trú phục vụ 215.000 lượt khách, tăng 9,4% so với cùng kỳ; công suất phòng bình quân chỉ đạt 18% do đang mùa thấp điểm.

Trước mùa cao điểm, thành phố thành lập 3 đoàn kiểm tra liên ngành, kiểm tra 312 cơ sở lưu trú dọc các tuyến đường Hồ Xuân Hương, Thanh Niên, Nguyễn Du. Kết quả có 27 cơ sở chưa niêm yết giá phòng, 14 cơ sở chưa thực hiện thông báo lưu trú; 5 cơ sở bị đình chỉ kinh doanh do không bảo đảm phòng cháy chữa cháy.

Giá phòng nhà nghỉ hiện phổ biến 300.000-500.000 đồng/đêm, dịp cao điểm có nơi lên tới 900.000 đồng/đêm. Dự kiến dịp nghỉ lễ 30/4-1/5, công suất phòng toàn thành phố đạt 70-75%.

Năm 2025, Sầm Sơn phấn đấu đón 12 triệu lượt khách, tổng thu từ du lịch khoảng 16.000 tỷ đồng; 100% cơ sở lưu trú niêm yết giá công khai và thông báo lưu trú qua môi trường điện tử.

Tin, ảnh: Đình Minh
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hơn 1.100 cơ sở", "1.100", 1100, "count", "cơ sở lưu trú", "cơ sở lưu trú", approx="over"),
    F("có 1.136 cơ sở", "1.136", 1136, "count", "cơ sở lưu trú", "cơ sở lưu trú",
      change=C("increase", 42, "cơ sở", "năm 2024")),
    F("với 26.480 phòng", "26.480", 26480, "count", "phòng", "phòng của các cơ sở lưu trú"),
    F("có 86 khách sạn", "86", 86, "count", "khách sạn", "khách sạn từ 3 đến 5 sao", total=1136),
    F("từ 3 đến 5 sao", "3", 3, "measure", "sao", "hạng sao khách sạn", value_max=5, optional=True),
    F("1-2 sao", "1", 1, "measure", "sao", "hạng sao khách sạn", value_max=2, optional=True),
    F("đón 11,2 triệu lượt", "11,2", 11.2e6, "count", "lượt khách", "lượt khách", Y24),
    F("lưu trú 5,4 triệu lượt", "5,4", 5.4e6, "count", "lượt", "khách lưu trú", Y24, total=11.2e6),
    F("đạt 14.650 tỷ đồng", "14.650", 14650e9, "money", "đồng", "tổng thu từ du lịch", Y24),
    F("phục vụ 215.000 lượt khách", "215.000", 215000, "count", "lượt khách", "lượt khách các cơ sở lưu trú phục vụ", Q1,
      change=C("increase", 9.4, "%", "cùng kỳ")),
    F("chỉ đạt 18%", "18", 18, "percent", "%", "công suất phòng bình quân", Q1),
    F("thành lập 3 đoàn", "3", 3, "count", "đoàn", "đoàn kiểm tra liên ngành"),
    F("kiểm tra 312 cơ sở", "312", 312, "count", "cơ sở lưu trú", "cơ sở lưu trú được kiểm tra"),
    F("có 27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở chưa niêm yết giá phòng"),
    F("14 cơ sở chưa", "14", 14, "count", "cơ sở", "cơ sở chưa thực hiện thông báo lưu trú"),
    F("5 cơ sở bị đình chỉ", "5", 5, "count", "cơ sở", "cơ sở bị đình chỉ kinh doanh"),
    F("300.000-500.000 đồng/đêm", "300.000", 300000, "money", "đồng/đêm", "giá phòng nhà nghỉ", value_max=500000),
    F("lên tới 900.000 đồng/đêm", "900.000", 900000, "money", "đồng/đêm", "giá phòng nhà nghỉ dịp cao điểm"),
    F("đạt 70-75%", "70", 70, "percent", "%", "công suất phòng toàn thành phố",
      P("dịp nghỉ lễ 30/4-1/5", "2025-04-30", "2025-05-01"), value_max=75, status="forecast"),
    F("đón 12 triệu lượt", "12", 12e6, "count", "lượt khách", "lượt khách", Y25, status="target"),
    F("khoảng 16.000 tỷ đồng", "16.000", 16000e9, "money", "đồng", "tổng thu từ du lịch", Y25,
      approx="about", status="target"),
    F("100% cơ sở", "100", 100, "percent", "%",
      "cơ sở lưu trú niêm yết giá công khai và thông báo lưu trú qua môi trường điện tử", Y25, status="target"),
]

NOTES = [
    "p900-8: provincial paper online (Báo Thanh Hóa): headline figure 'Hơn 1.100 cơ sở', 'Cập nhật: 07:30 22/04/2025', tag '(Baothanhhoa.vn) -'.",
    "'tăng 42 cơ sở so với năm 2024' is the change of 1.136 cơ sở (same unit), not of 26.480 phòng. 'Trong số này có 86 khách sạn' → total 1.136.",
    "The 27/14/5 cơ sở follow 'Kết quả có' (no part-of cue): no total. 'mùa du lịch 2025', 'Trước mùa cao điểm', 'hiện' give no period.",
    "'dịp nghỉ lễ 30/4-1/5' is a period (2025-04-30..2025-05-01), not a range figure. Star classes (3-5 sao, 1-2 sao) optional.",
    "Distractors: 07:30, 30/4-1/5, street names, 'Quý I/2025' (a period).",
]

if __name__ == "__main__":
    write("p900-8", TEXT, FIGS, NOTES, published="2025-04-22", location="Sầm Sơn")
