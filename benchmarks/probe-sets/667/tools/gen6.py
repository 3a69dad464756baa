"""p667-6: national press (VnExpress style) — Hà Nội air pollution episode, first half of January 2024."""
from lib import F, P, I, CH, emit

TEXT = """Thời sự › Môi trường
Thứ hai, 15/1/2024, 07:00 (GMT+7)

Hà Nội có 9 ngày ô nhiễm không khí ở mức xấu trong nửa tháng

Nửa đầu tháng 1, Hà Nội có 9 ngày chỉ số chất lượng không khí (AQI) ở mức xấu, tăng 4 ngày so với cùng kỳ năm 2023, nhiều thời điểm lên ngưỡng rất xấu.

Theo dữ liệu của Trung tâm Quan trắc môi trường miền Bắc, lúc 7h sáng 14/1, chỉ số AQI trung bình của thành phố là 212; cao nhất tại trạm Phạm Văn Đồng (238), tiếp đến là Hàng Đậu (226) và Minh Khai (214). Nồng độ bụi mịn PM2.5 trung bình ngày 14/1 đạt 129,5 µg/m³, cao hơn khoảng 26 lần ngưỡng khuyến nghị của Tổ chức Y tế Thế giới (WHO).

Cùng thời điểm, ứng dụng IQAir xếp Hà Nội thứ 3 trong danh sách các thành phố ô nhiễm nhất thế giới.

Theo PGS.TS Hoàng Xuân Cơ, nguyên giảng viên Trường Đại học Khoa học Tự nhiên, vào mùa đông, khoảng 30-40% lượng bụi mịn trong nội thành đến từ hoạt động giao thông. Thành phố hiện có khoảng 1,1 triệu ô tô và gần 7 triệu xe máy, trong đó khoảng 70% xe máy đã sử dụng trên 10 năm.

Ông Nguyễn Văn Hà, Phó Giám đốc Sở Tài nguyên và Môi trường Hà Nội, cho biết năm 2023, thành phố đã kiểm tra khí thải 28.400 xe máy tại 30 cơ sở bảo dưỡng, trong đó 2.130 xe không đạt, chiếm 7,5%. Thành phố đặt mục tiêu đến năm 2030 nâng diện tích cây xanh đô thị bình quân lên 7 m²/người, từ mức 2,8 m²/người hiện nay.

Người dân có thể theo dõi chỉ số AQI theo giờ qua ứng dụng iHanoi hoặc trang moitruongthudo.vn.

Gia Chính
"""

HALF = P("Nửa đầu tháng 1", "2024-01-01", "2024-01-15")
D14 = P("sáng 14/1", "2024-01-14", "2024-01-14")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("Hà Nội có 9 ngày ô nhiễm", "9", 9, "count", "ngày", "ngày ô nhiễm không khí ở mức xấu", I(HALF)),
    F("Hà Nội có 9 ngày chỉ số", "9", 9, "count", "ngày", "ngày chỉ số chất lượng không khí (AQI) ở mức xấu", HALF,
      change=CH("increase", 4, "ngày", "cùng kỳ năm 2023")),
    F("thành phố là 212", "212", 212, "measure", "AQI", "chỉ số AQI trung bình của thành phố", D14),
    F("Phạm Văn Đồng (238)", "238", 238, "measure", "AQI", "chỉ số AQI tại trạm Phạm Văn Đồng", D14),
    F("Hàng Đậu (226)", "226", 226, "measure", "AQI", "chỉ số AQI tại trạm Hàng Đậu", D14),
    F("Minh Khai (214)", "214", 214, "measure", "AQI", "chỉ số AQI tại trạm Minh Khai", D14),
    F("đạt 129,5 µg/m³", "129,5", 129.5, "measure", "µg/m³", "nồng độ bụi mịn PM2.5 trung bình ngày",
      P("ngày 14/1", "2024-01-14", "2024-01-14"),
      change=CH("increase", 26, "lần", "ngưỡng khuyến nghị của Tổ chức Y tế Thế giới (WHO)", approx="about")),
    F("thứ 3 trong", "3", 3, "rank", "hạng", "thành phố ô nhiễm nhất thế giới", I(D14)),
    F("khoảng 30-40%", "30", 30, "percent", "%", "lượng bụi mịn trong nội thành đến từ hoạt động giao thông vào mùa đông",
      value_max=40, approx="about"),
    F("khoảng 1,1 triệu ô tô", "1,1", 1.1e6, "count", "ô tô", "ô tô", approx="about"),
    F("gần 7 triệu xe máy", "7", 7e6, "count", "xe máy", "xe máy", approx="nearly"),
    F("khoảng 70% xe máy", "70", 70, "percent", "%", "xe máy đã sử dụng trên 10 năm", approx="about"),
    F("trên 10 năm", "10", 10, "measure", "năm", "thời gian sử dụng xe máy", approx="over", optional=True),
    F("28.400 xe máy", "28.400", 28400, "count", "xe máy", "xe máy được kiểm tra khí thải", Y23),
    F("tại 30 cơ sở", "30", 30, "count", "cơ sở", "cơ sở bảo dưỡng kiểm tra khí thải xe máy", Y23),
    F("2.130 xe", "2.130", 2130, "count", "xe", "xe máy không đạt kiểm tra khí thải", Y23, total=28400, percent=7.5),
    F("lên 7 m²/người", "7", 7, "measure", "m²/người", "diện tích cây xanh đô thị bình quân",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
    F("mức 2,8 m²/người", "2,8", 2.8, "measure", "m²/người", "diện tích cây xanh đô thị bình quân hiện nay"),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ hai, 15/1/2024, 07:00 (GMT+7)', byline at the end): Hà Nội pollution episode, first half",
    "of January 2024 — days at 'xấu', AQI by station on 14/1, PM2.5, IQAir rank, vehicle fleet, motorbike emission checks, green space.",
    "Location Hà Nội throughout; station names (Phạm Văn Đồng, Hàng Đậu, Minh Khai) are streets, not districts: they stay in the subject.",
    "'Nửa đầu tháng 1' = 1-15 January 2024 (year from the dateline); 'sáng 14/1' / 'ngày 14/1' is that day. 'cao hơn khoảng 26 lần",
    "ngưỡng …' after 129,5 µg/m³ is its change (lần, about). '2.130 xe' after 'trong đó' is a part of 28.400 xe máy, 'chiếm 7,5%' its share.",
    "'khoảng 1,1 triệu ô tô', 'gần 7 triệu xe máy' and 'hiện nay' have no period. 'trên 10 năm' is a threshold (optional).",
    "Distractors: '(GMT+7)', '07:00', '7h sáng', 'PM2.5', 'PGS.TS', 'moitruongthudo.vn'.",
]

if __name__ == "__main__":
    emit("p667-6", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Hà Nội")
