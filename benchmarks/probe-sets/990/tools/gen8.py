from lib import F, build, change, period

TEXT = """Báo Bắc Giang điện tử
Kinh tế > Nông nghiệp - Nông thôn

Lục Ngạn: Gần 52 nghìn lượt khách trải nghiệm vườn vải thiều

Thứ Hai, 24/06/2024 15:40

(BKG) - Từ đầu vụ thu hoạch vải thiều năm 2024 đến ngày 23/6, huyện Lục Ngạn đã đón gần 52 nghìn lượt khách đến tham quan, trải nghiệm tại các nhà vườn, tăng 35% so với cùng kỳ năm 2023.

Năm nay, toàn huyện có 28 vườn vải đủ điều kiện đón khách du lịch, tăng 11 vườn so với năm trước, tập trung tại các xã Phượng Sơn, Quý Sơn, Hồng Giang. Giá vé trải nghiệm phổ biến 50.000 đồng/người; du khách mua vải hái tại vườn với giá 35.000-45.000 đồng/kg, cao hơn giá thu mua tại điểm cân khoảng 10.000 đồng/kg.

Tổng diện tích vải thiều của huyện là 17.500 ha, trong đó 8.800 ha sản xuất theo tiêu chuẩn VietGAP và 220 ha theo tiêu chuẩn GlobalGAP. Sản lượng vải năm 2024 dự kiến đạt khoảng 110.000 tấn, chiếm hơn 60% sản lượng vải toàn tỉnh.

Theo UBND huyện, doanh thu từ hoạt động du lịch vườn vải đến nay ước đạt 9,6 tỷ đồng, gấp 1,5 lần cả vụ năm trước. Huyện phấn đấu đến năm 2025 có ít nhất 40 vườn đủ điều kiện đón khách và đón 100 nghìn lượt khách mỗi vụ.

Từ ngày 21/6, tuyến xe buýt số 2 Bắc Giang - Chũ đã tăng thêm chuyến phục vụ khách du lịch. Thông tin chi tiết liên hệ đường dây nóng 0204.3882.169.

Thanh Hải
"""

T25 = period("đến năm 2025", None, "2025-12-31")
FIGS = [
    F("Gần 52 nghìn", "52", 52000, "count", "lượt khách", "lượt khách trải nghiệm vườn vải thiều", approx="nearly"),
    F("gần 52 nghìn", "52", 52000, "count", "lượt khách", "lượt khách đến tham quan, trải nghiệm tại các nhà vườn",
      approx="nearly", change=change("increase", 35, baseline="cùng kỳ năm 2023"),
      period=period("Từ đầu vụ thu hoạch vải thiều năm 2024 đến ngày 23/6", None, "2024-06-23")),
    F("có 28 vườn", "28", 28, "count", "vườn vải", "vườn vải đủ điều kiện đón khách du lịch",
      change=change("increase", 11, unit="vườn", baseline="năm trước"),
      period=period("Năm nay", "2024-01-01", "2024-12-31")),
    F("phổ biến 50.000 đồng/người", "50.000", 50000, "money", "đồng/người", "giá vé trải nghiệm"),
    F("35.000-45.000 đồng/kg", "35.000", 35000, "money", "đồng/kg", "giá vải hái tại vườn", value_max=45000,
      change=change("increase", 10000, unit="đồng/kg", baseline="giá thu mua tại điểm cân", approx="about")),
    F("là 17.500 ha", "17.500", 17500, "measure", "ha", "tổng diện tích vải thiều"),
    F("8.800 ha", "8.800", 8800, "measure", "ha", "diện tích vải sản xuất theo tiêu chuẩn VietGAP", total=17500),
    F("220 ha", "220", 220, "measure", "ha", "diện tích vải sản xuất theo tiêu chuẩn GlobalGAP", total=17500),
    F("khoảng 110.000 tấn", "110.000", 110000, "measure", "tấn", "sản lượng vải", approx="about", percent=60,
      status="forecast", period=period("năm 2024", "2024-01-01", "2024-12-31")),
    F("ước đạt 9,6 tỷ đồng", "9,6", 9.6e9, "money", "đồng", "doanh thu từ hoạt động du lịch vườn vải",
      status="estimate", change=change("increase", 1.5, unit="lần", baseline="cả vụ năm trước"),
      period=period("đến nay", None, "2024-06-24")),
    F("ít nhất 40 vườn", "40", 40, "count", "vườn", "vườn đủ điều kiện đón khách", approx="at_least",
      status="target", period=T25),
    F("đón 100 nghìn lượt khách", "100", 100000, "count", "lượt khách", "lượt khách mỗi vụ",
      status="target", period=T25),
]

COMMENTS = [
    "Báo Bắc Giang online: headline with a figure, 'Thứ Hai, 24/06/2024 15:40', '(BKG) -' tag, byline at the end. Location Lục Ngạn.",
    "The headline figure has no period phrase of its own (none in its line): no period. The body repeats it with an as-of period",
    "'Từ đầu vụ ... năm 2024 đến ngày 23/6' (start of the harvest not dated): end 2024-06-23. 'đến nay' = as of the dateline.",
    "8.800 ha and 220 ha follow 'trong đó' after 17.500 ha: total 17500. 'chiếm hơn 60% sản lượng vải toàn tỉnh' -> percent 60.",
    "Prices ('Giá vé ... 50.000 đồng/người', '35.000-45.000 đồng/kg') stand in a sentence without a period phrase: no period.",
    "Distractors: '(BKG)', 'ngày 23/6', 'Từ ngày 21/6', 'xe buýt số 2', 'Bắc Giang - Chũ', hotline 0204.3882.169, time 15:40.",
]

if __name__ == "__main__":
    build("p990-8", TEXT, FIGS, COMMENTS, published="2024-06-24", location="Lục Ngạn")
