"""p813-8: provincial newspaper online (Báo Đắk Lắk, '(BĐL) -'), hồ Lắk tourism, 4 months 2025, headline figure."""
from lib import F, period, inherit, change, write

TEXT = """Hồ Lắk đón gần 95 nghìn lượt khách trong 4 tháng
Thứ Năm, 08/05/2025 - 15:40

(BĐL) - 4 tháng đầu năm 2025, Khu du lịch hồ Lắk (huyện Lắk) đón gần 95 nghìn lượt khách, tăng 16,7% so với cùng kỳ, trong đó khách quốc tế khoảng 17.300 lượt, chiếm 18,2%; doanh thu ước đạt 31,4 tỷ đồng, bằng 38% kế hoạch năm.

Hồ Lắk nằm cạnh Quốc lộ 27, cách thành phố Buôn Ma Thuột khoảng 50 km. Dịch vụ được ưa chuộng nhất là đi thuyền độc mộc ngắm hoàng hôn và chèo kayak, SUP. Hiện trên hồ có 58 thuyền độc mộc, 26 thuyền composite và 40 chiếc kayak, SUP được đăng ký hoạt động; các buôn Jun, M’Liêng có 3 tổ hợp tác với 126 thành viên làm dịch vụ chèo thuyền, thu nhập bình quân 6,5-7 triệu đồng/người/tháng.

Giá đi thuyền độc mộc một vòng hồ (khoảng 45 phút) là 100.000 đồng/khách; giá thuê kayak 70.000 đồng/giờ. Dịp nghỉ lễ 30/4 - 1/5, hồ Lắk đón khoảng 12.000 lượt khách, gấp 1,5 lần cùng kỳ năm 2024. Giải đua thuyền độc mộc huyện Lắk lần thứ 10 dự kiến tổ chức vào tháng 11 với khoảng 20 đội tham gia.

Năm 2025, huyện Lắk phấn đấu đón 280.000 lượt khách; dự kiến đầu tư 4,2 tỷ đồng nâng cấp bến thuyền, trang bị thêm 150 áo phao và 2 ca nô cứu hộ. Theo Ban Quản lý Khu du lịch, từ đầu năm chưa xảy ra sự cố mất an toàn nào trên hồ.

Hồng Nhung
"""

M4 = period("4 tháng đầu năm 2025", "2025-01-01", "2025-04-30")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
HOL = period("Dịp nghỉ lễ 30/4 - 1/5", "2025-04-30", "2025-05-01")

FIGS = [
    F("gần 95 nghìn lượt khách trong 4 tháng", "95", 95000, "count", "lượt khách", "khách đến hồ Lắk",
      period("4 tháng", "2025-01-01", "2025-04-30"), approx="nearly"),
    F("đón gần 95 nghìn lượt khách, tăng", "95", 95000, "count", "lượt khách", "khách đến Khu du lịch hồ Lắk", M4,
      approx="nearly", change=change("increase", 16.7, baseline="cùng kỳ")),
    F("khoảng 17.300 lượt", "17.300", 17300, "count", "lượt", "khách quốc tế", M4, approx="about",
      total=95000, percent=18.2),
    F("ước đạt 31,4 tỷ đồng", "31,4", 3.14e10, "money", "đồng", "doanh thu Khu du lịch hồ Lắk", M4,
      percent=38, status="estimate"),
    F("khoảng 50 km", "50", 50, "measure", "km", "khoảng cách từ hồ Lắk đến thành phố Buôn Ma Thuột",
      approx="about"),
    F("có 58 thuyền độc mộc", "58", 58, "count", "thuyền độc mộc", "thuyền độc mộc được đăng ký hoạt động"),
    F("26 thuyền composite", "26", 26, "count", "thuyền composite", "thuyền composite được đăng ký hoạt động"),
    F("40 chiếc kayak", "40", 40, "count", "chiếc kayak", "kayak, SUP được đăng ký hoạt động"),
    F("có 3 tổ hợp tác", "3", 3, "count", "tổ hợp tác", "tổ hợp tác làm dịch vụ chèo thuyền"),
    F("với 126 thành viên", "126", 126, "count", "thành viên", "thành viên tổ hợp tác làm dịch vụ chèo thuyền"),
    F("6,5-7 triệu đồng/người/tháng", "6,5", 6.5e6, "money", "đồng/người/tháng",
      "thu nhập bình quân thành viên tổ hợp tác", value_max=7e6),
    F("khoảng 45 phút", "45", 45, "measure", "phút", "thời gian đi thuyền độc mộc một vòng hồ", approx="about"),
    F("là 100.000 đồng/khách", "100.000", 100000, "money", "đồng/khách", "giá đi thuyền độc mộc một vòng hồ"),
    F("kayak 70.000 đồng/giờ", "70.000", 70000, "money", "đồng/giờ", "giá thuê kayak"),
    F("đón khoảng 12.000 lượt khách", "12.000", 12000, "count", "lượt khách", "khách đến hồ Lắk dịp nghỉ lễ", HOL,
      approx="about", change=change("increase", 1.5, unit="lần", baseline="cùng kỳ năm 2024")),
    F("khoảng 20 đội", "20", 20, "count", "đội", "đội tham gia Giải đua thuyền độc mộc huyện Lắk",
      period("tháng 11", "2025-11-01", "2025-11-30"), approx="about", status="forecast"),
    F("đón 280.000 lượt khách", "280.000", 280000, "count", "lượt khách", "khách đến huyện Lắk", Y25,
      status="target"),
    F("đầu tư 4,2 tỷ đồng", "4,2", 4.2e9, "money", "đồng", "vốn đầu tư nâng cấp bến thuyền", Y25,
      status="forecast"),
    F("thêm 150 áo phao", "150", 150, "count", "áo phao", "áo phao trang bị thêm", Y25, status="forecast"),
    F("và 2 ca nô cứu hộ", "2", 2, "count", "ca nô cứu hộ", "ca nô cứu hộ trang bị thêm", Y25, status="forecast"),
]

NOTES = [
    "Provincial newspaper online (Báo Đắk Lắk, '(BĐL) -' tag, 'Thứ Năm, 08/05/2025 - 15:40'): hồ Lắk tourism, 4 months 2025, headline figure.",
    "Location: the tourist area lies in huyện Lắk, so the district 'Lắk' (not the province Đắk Lắk).",
    "Distractors: Quốc lộ 27, 'lần thứ 10', 'Dịp nghỉ lễ 30/4 - 1/5' (dates), 15:40, buôn Jun / M’Liêng.",
    "'gấp 1,5 lần cùng kỳ năm 2024' is the change of 12.000 lượt. 'dự kiến đầu tư …, trang bị thêm …' continue one forecast clause",
    "inside the 'Năm 2025' sentence (period 2025). The holiday figure takes 30/4-1/5/2025 as its period.",
]

write(8, TEXT, FIGS, NOTES, published="2025-05-08", location="Lắk")
