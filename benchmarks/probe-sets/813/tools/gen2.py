"""p813-2: district portal, huyện Ba Bể (Bắc Kạn), kayak and dugout boats on hồ Ba Bể, 7 months 2023."""
from lib import F, period, inherit, change, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BA BỂ
Tin hoạt động > Kinh tế - Du lịch
Thứ Ba, 22/08/2023 - 10:05

Du lịch hồ Ba Bể khởi sắc nhờ chèo kayak và thuyền độc mộc

Theo Phòng Văn hóa và Thông tin huyện, 7 tháng đầu năm 2023, Vườn quốc gia Ba Bể đón khoảng 68.500 lượt khách, gấp 1,6 lần cùng kỳ năm 2022; doanh thu từ dịch vụ du lịch ước đạt 42,3 tỷ đồng. Riêng tháng 7, lượng khách đạt 14.200 lượt, cao nhất từ trước đến nay.

Hai xã Nam Mẫu và Khang Ninh hiện có 56 thuyền máy chở khách và 35 thuyền độc mộc, 100% được đăng ký, đăng kiểm; có 24 chiếc kayak đôi và 10 ván chèo đứng (SUP) do 3 hợp tác xã quản lý. Giá chèo kayak 1 giờ là 100.000 đồng/người; tuyến thuyền máy thăm động Puông, ao Tiên, thác Đầu Đẳng dài khoảng 18 km, giá 700.000 đồng/chuyến (tối đa 12 khách).

Từ đầu năm, huyện đã tổ chức 2 lớp tập huấn kỹ năng cứu hộ, cứu nạn trên hồ cho 85 người lái thuyền và hướng dẫn viên. Tại Lễ hội đua thuyền độc mộc truyền thống hồ Ba Bể lần thứ 5 (ngày 10/2/2023) có 12 đội với 96 tay chèo tham gia, thu hút gần 5.000 lượt người đến cổ vũ.

Mục tiêu đến năm 2025, huyện đón 150.000 lượt khách/năm, trong đó khách quốc tế chiếm trên 15%; dự kiến đầu tư thêm 20 chiếc kayak và 1 bến thuyền tại thôn Pác Ngòi, xã Nam Mẫu.

Lục Thị Hà (Phòng VH-TT huyện Ba Bể)
"""

M7 = period("7 tháng đầu năm 2023", "2023-01-01", "2023-07-31")
T7 = period("tháng 7", "2023-07-01", "2023-07-31")
YTD = period("Từ đầu năm", "2023-01-01", "2023-08-22")
FEST = period("ngày 10/2/2023", "2023-02-10", "2023-02-10")
T2025 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đón khoảng 68.500 lượt khách", "68.500", 68500, "count", "lượt khách", "khách đến Vườn quốc gia Ba Bể", M7,
      approx="about", change=change("increase", 1.6, unit="lần", baseline="cùng kỳ năm 2022")),
    F("ước đạt 42,3 tỷ đồng", "42,3", 4.23e10, "money", "đồng", "doanh thu từ dịch vụ du lịch", M7,
      status="estimate"),
    F("đạt 14.200 lượt", "14.200", 14200, "count", "lượt", "lượng khách", T7),
    # gold change after the first run: "Hai xã Nam Mẫu và Khang Ninh" names two communes; a reader may or may not count it
    F("Hai xã Nam Mẫu", "Hai", 2, "count", "xã", "xã có dịch vụ thuyền trên hồ", optional=True),
    F("có 56 thuyền máy", "56", 56, "count", "thuyền máy", "thuyền máy chở khách"),
    F("và 35 thuyền độc mộc", "35", 35, "count", "thuyền độc mộc", "thuyền độc mộc"),
    F("100% được đăng ký", "100", 100, "percent", "%", "thuyền được đăng ký, đăng kiểm"),
    F("có 24 chiếc kayak đôi", "24", 24, "count", "chiếc kayak đôi", "kayak đôi"),
    F("và 10 ván chèo đứng", "10", 10, "count", "ván chèo đứng", "ván chèo đứng (SUP)"),
    F("do 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã quản lý kayak, SUP"),
    F("kayak 1 giờ", "1", 1, "measure", "giờ", "thời gian chèo kayak", optional=True),
    F("là 100.000 đồng/người", "100.000", 100000, "money", "đồng/người", "giá chèo kayak 1 giờ"),
    F("dài khoảng 18 km", "18", 18, "measure", "km", "chiều dài tuyến thuyền máy", approx="about"),
    F("giá 700.000 đồng/chuyến", "700.000", 700000, "money", "đồng/chuyến", "giá tuyến thuyền máy"),
    F("tối đa 12 khách", "12", 12, "count", "khách", "khách mỗi chuyến thuyền máy", approx="at_most"),
    F("tổ chức 2 lớp tập huấn", "2", 2, "count", "lớp tập huấn", "lớp tập huấn kỹ năng cứu hộ, cứu nạn trên hồ",
      YTD),
    F("cho 85 người lái thuyền", "85", 85, "count", "người", "người lái thuyền và hướng dẫn viên được tập huấn",
      YTD),
    F("có 12 đội", "12", 12, "count", "đội", "đội tham gia Lễ hội đua thuyền độc mộc", FEST),
    F("với 96 tay chèo", "96", 96, "count", "tay chèo", "tay chèo tham gia Lễ hội đua thuyền độc mộc", FEST),
    F("thu hút gần 5.000 lượt người", "5.000", 5000, "count", "lượt người", "lượt người đến cổ vũ", FEST,
      approx="nearly"),
    F("đón 150.000 lượt khách/năm", "150.000", 150000, "measure", "lượt khách/năm", "khách đến huyện", T2025,
      status="target"),
    F("chiếm trên 15%", "15", 15, "percent", "%", "khách quốc tế trong tổng lượt khách", T2025,
      approx="over", status="target"),
    F("thêm 20 chiếc kayak", "20", 20, "count", "chiếc kayak", "kayak đầu tư thêm", T2025, status="forecast"),
    F("và 1 bến thuyền", "1", 1, "count", "bến thuyền", "bến thuyền đầu tư thêm", T2025, status="forecast"),
]

NOTES = [
    "District portal (huyện Ba Bể, Bắc Kạn): hồ Ba Bể tourism, 7 months 2023; boats, kayak/SUP, prices, training, boat festival, 2025 targets.",
    "Distractors: 10:05, Thứ Ba, lần thứ 5, ngày 10/2/2023, names động Puông / ao Tiên / thác Đầu Đẳng / thôn Pác Ngòi.",
    "'gấp 1,6 lần cùng kỳ' after a count is its change (unit lần), like 'tăng 2,8 lần so với cùng kỳ' in the spec.",
    "Gold changes after the first run: 'Hai xã' added as optional; 'lượt khách/năm' is a rate -> kind measure.",
    "'Giá chèo kayak 1 giờ' -> 1 giờ is the price's specification (optional). 'tối đa 12 khách' is a stated capacity, required.",
    "The forecast investments share the sentence-initial 'Mục tiêu đến năm 2025' (period to 2025-12-31). The festival figures take the single day 10/2/2023 as their period; 'Từ đầu năm' ends at the dateline.",
]

write(2, TEXT, FIGS, NOTES, published="2023-08-22", location="Ba Bể")
