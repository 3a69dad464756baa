"""p813-1: province portal, Hòa Bình, lake tourism on hồ Hòa Bình, 6 months 2024."""
from lib import F, period, inherit, change, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Du lịch
Hồ Hòa Bình đón hơn 1,2 triệu lượt khách trong 6 tháng
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.316

Theo báo cáo của Sở Văn hóa, Thể thao và Du lịch, 6 tháng đầu năm 2024, Khu du lịch quốc gia hồ Hòa Bình đón hơn 1,2 triệu lượt khách, tăng 18,5% so với cùng kỳ năm 2023, đạt 57% kế hoạch năm. Trong đó, khách quốc tế ước đạt 86.400 lượt, chiếm 7,2%. Tổng thu từ hoạt động du lịch trên lòng hồ ước đạt 1.150 tỷ đồng, tăng 21% so với cùng kỳ.

Hiện toàn tuyến lòng hồ có 412 phương tiện thủy nội địa chở khách được cấp giấy chứng nhận đăng ký, trong đó 268 tàu có sức chở từ 12 người trở lên và 144 thuyền nhỏ, ca nô. Từ đầu năm đến nay, lực lượng chức năng đã kiểm tra 1.037 lượt phương tiện, xử lý 46 trường hợp vi phạm, phạt tiền hơn 180 triệu đồng. 100% phương tiện chở khách được trang bị đủ áo phao, phao cứu sinh.

Tỉnh hiện có 5 câu lạc bộ thể thao dưới nước với khoảng 320 hội viên, chủ yếu chèo thuyền kayak và SUP tại cảng Bích Hạ (thành phố Hòa Bình) và bến Thung Nai (huyện Cao Phong). Giải đua thuyền kayak mở rộng hồ Hòa Bình lần thứ 3, tổ chức ngày 23/6, thu hút 148 vận động viên của 14 đội. Giá thuê kayak đôi phổ biến từ 150.000 đến 200.000 đồng/giờ.

Thực hiện Nghị quyết số 221/2023/NQ-HĐND, năm 2024, tỉnh phấn đấu đón 2,1 triệu lượt khách đến hồ Hòa Bình, tổng thu đạt 2.000 tỷ đồng; dự kiến trong quý III đưa vào khai thác thêm 3 bến thủy nội địa tại huyện Đà Bắc và Cao Phong.
"""

H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")
DAY = period("ngày 23/6", "2024-06-23", "2024-06-23")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đón hơn 1,2 triệu lượt khách trong 6 tháng", "1,2", 1.2e6, "count", "lượt khách",
      "khách đến hồ Hòa Bình", period("6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    F("Hòa Bình đón hơn 1,2 triệu lượt khách, tăng", "1,2", 1.2e6, "count", "lượt khách",
      "khách đến Khu du lịch quốc gia hồ Hòa Bình", H1, approx="over", percent=57,
      change=change("increase", 18.5, baseline="cùng kỳ năm 2023")),
    F("khách quốc tế ước đạt 86.400 lượt", "86.400", 86400, "count", "lượt", "khách quốc tế", inherit(H1),
      total=1.2e6, percent=7.2, status="estimate"),
    F("ước đạt 1.150 tỷ đồng", "1.150", 1.15e12, "money", "đồng", "tổng thu từ hoạt động du lịch trên lòng hồ",
      inherit(H1), change=change("increase", 21, baseline="cùng kỳ"), status="estimate"),
    F("có 412 phương tiện", "412", 412, "count", "phương tiện",
      "phương tiện thủy nội địa chở khách được cấp giấy chứng nhận đăng ký"),
    F("trong đó 268 tàu", "268", 268, "count", "tàu", "tàu có sức chở từ 12 người trở lên", total=412),
    F("từ 12 người trở lên", "12", 12, "count", "người", "sức chở của tàu", approx="at_least", optional=True),
    F("và 144 thuyền nhỏ", "144", 144, "count", "thuyền", "thuyền nhỏ, ca nô", total=412),
    F("kiểm tra 1.037 lượt phương tiện", "1.037", 1037, "count", "lượt phương tiện",
      "lượt phương tiện được kiểm tra", YTD),
    F("xử lý 46 trường hợp", "46", 46, "count", "trường hợp", "trường hợp vi phạm bị xử lý", YTD),
    F("phạt tiền hơn 180 triệu đồng", "180", 1.8e8, "money", "đồng", "tiền phạt vi phạm", YTD, approx="over"),
    F("100% phương tiện chở khách", "100", 100, "percent", "%",
      "phương tiện chở khách được trang bị đủ áo phao, phao cứu sinh"),
    F("có 5 câu lạc bộ", "5", 5, "count", "câu lạc bộ", "câu lạc bộ thể thao dưới nước"),
    F("khoảng 320 hội viên", "320", 320, "count", "hội viên", "hội viên câu lạc bộ thể thao dưới nước",
      approx="about"),
    F("thu hút 148 vận động viên", "148", 148, "count", "vận động viên",
      "vận động viên Giải đua thuyền kayak mở rộng hồ Hòa Bình", DAY),
    F("của 14 đội", "14", 14, "count", "đội", "đội tham gia Giải đua thuyền kayak mở rộng hồ Hòa Bình", DAY),
    F("từ 150.000 đến 200.000 đồng/giờ", "150.000", 150000, "money", "đồng/giờ", "giá thuê kayak đôi",
      value_max=200000),
    F("đón 2,1 triệu lượt khách", "2,1", 2.1e6, "count", "lượt khách", "khách đến hồ Hòa Bình", Y24,
      status="target"),
    F("đạt 2.000 tỷ đồng", "2.000", 2e12, "money", "đồng", "tổng thu du lịch hồ Hòa Bình", Y24, status="target"),
    F("thêm 3 bến thủy nội địa", "3", 3, "count", "bến thủy nội địa", "bến thủy nội địa đưa vào khai thác thêm",
      period("quý III", "2024-07-01", "2024-09-30"), status="forecast"),
]

NOTES = [
    "Province portal (Hòa Bình): lake tourism on hồ Hòa Bình, 6 months 2024; boats, inspections, clubs, a kayak race, targets.",
    "Distractors: Lượt xem: 2.316, 09:45, lần thứ 3, ngày 23/6 (a date), Nghị quyết số 221/2023/NQ-HĐND.",
    "'Hiện' figures carry no period; the kayak race figures take the single day 23/6/2024.",
]

write(1, TEXT, FIGS, NOTES, published="2024-07-12", location="Hòa Bình")
