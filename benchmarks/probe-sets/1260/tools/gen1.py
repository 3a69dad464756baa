"""p1260-1: province portal (Đà Nẵng): e-motorbike registrations 9 months 2025, conversion support, charging points."""
from lib import F, period, inherit, change, target, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Giao thông - Đô thị

9 tháng, Đà Nẵng đăng ký mới hơn 21.000 xe máy điện

Cập nhật: 14/10/2025 09:30 | Lượt xem: 1.862

Theo Phòng Cảnh sát giao thông Công an thành phố, 9 tháng đầu năm 2025, toàn thành phố đăng ký mới 21.460 xe máy điện, tăng 38,5% so với cùng kỳ năm 2024, chiếm 27,3% tổng số mô tô, xe máy đăng ký mới. Riêng tháng 9, số xe máy điện đăng ký mới đạt 2.980 xe, cao nhất từ đầu năm.

Tính đến ngày 30/9/2025, trên địa bàn thành phố có khoảng 118.000 xe máy điện và hơn 46.500 xe đạp điện đang lưu hành, trong khi xe máy chạy xăng vẫn còn gần 1,02 triệu chiếc.

Từ đầu năm đến nay, thực hiện Quyết định số 1458/QĐ-UBND, thành phố đã hỗ trợ 3.250 hộ nghèo, hộ cận nghèo và lao động tự do đổi xe máy cũ sang xe máy điện với mức 5 triệu đồng/xe, tổng kinh phí hơn 16,2 tỷ đồng. Trong số xe cũ được thu hồi, 1.140 xe đã sử dụng trên 15 năm.

Hiện thành phố có 312 điểm sạc công cộng cho xe hai bánh, gồm 185 trụ sạc tại chung cư, chợ, trường học và 127 tủ đổi pin; mục tiêu đến năm 2027 có ít nhất 600 điểm. Giá sạc phổ biến từ 3.000 đến 3.500 đồng/kWh.

Theo Sở Xây dựng, năm 2026 thành phố dự kiến bố trí khoảng 25 tỷ đồng để tiếp tục hỗ trợ chuyển đổi, phấn đấu mỗi năm giảm ít nhất 10% số xe máy chạy xăng lưu thông tại các phường trung tâm.

Tin liên quan:
- Đà Nẵng ra quân kiểm tra khí thải mô tô, xe máy đợt 2
- Hướng dẫn sạc xe điện an toàn tại nhà chung cư
"""

M9H = period("9 tháng", "2025-01-01", "2025-09-30")
M9 = period("9 tháng đầu năm 2025", "2025-01-01", "2025-09-30")
SEP = period("tháng 9", "2025-09-01", "2025-09-30")
ASOF = period("Tính đến ngày 30/9/2025", None, "2025-09-30")
YTD = period("Từ đầu năm đến nay", "2025-01-01", "2025-10-14")
BY2027 = period("đến năm 2027", None, "2027-12-31")
Y2026 = period("năm 2026", "2026-01-01", "2026-12-31")

FIGS = [
    F("đăng ký mới hơn 21.000", "21.000", 21000, "count", "xe máy điện", approx="over",
      subject="xe máy điện đăng ký mới", period=M9H),
    F("đăng ký mới 21.460", "21.460", 21460, "count", "xe máy điện", percent=27.3,
      change=change("increase", 38.5, "%", "cùng kỳ năm 2024"),
      subject="xe máy điện đăng ký mới", period=M9),
    F("đạt 2.980 xe", "2.980", 2980, "count", "xe", subject="số xe máy điện đăng ký mới", period=SEP),
    F("khoảng 118.000", "118.000", 118000, "count", "xe máy điện", approx="about",
      subject="xe máy điện đang lưu hành", period=ASOF),
    F("hơn 46.500", "46.500", 46500, "count", "xe đạp điện", approx="over",
      subject="xe đạp điện đang lưu hành", period=ASOF),
    F("gần 1,02 triệu", "1,02", 1020000, "count", "chiếc", approx="nearly",
      subject="xe máy chạy xăng", period=ASOF),
    F("hỗ trợ 3.250 hộ", "3.250", 3250, "count", "hộ",
      subject="hộ nghèo, hộ cận nghèo và lao động tự do được hỗ trợ đổi xe máy cũ sang xe máy điện", period=YTD),
    F("mức 5 triệu", "5", 5e6, "money", "đồng/xe", subject="mức hỗ trợ đổi xe", period=YTD),
    F("hơn 16,2 tỷ", "16,2", 16.2e9, "money", "đồng", approx="over",
      subject="tổng kinh phí hỗ trợ đổi xe", period=YTD),
    F("1.140 xe", "1.140", 1140, "count", "xe", subject="xe cũ được thu hồi đã sử dụng trên 15 năm",
      period=inherit(YTD)),
    F("trên 15 năm", "15", 15, "measure", "năm", approx="over", optional=True,
      subject="thời gian sử dụng của xe cũ"),
    F("có 312 điểm", "312", 312, "count", "điểm sạc", subject="điểm sạc công cộng cho xe hai bánh"),
    F("gồm 185 trụ", "185", 185, "count", "trụ sạc", total=312,
      subject="trụ sạc tại chung cư, chợ, trường học"),
    F("127 tủ đổi pin", "127", 127, "count", "tủ đổi pin", total=312, subject="tủ đổi pin"),
    F("ít nhất 600 điểm", "600", 600, "count", "điểm", approx="at_least", status="target",
      subject="điểm sạc công cộng cho xe hai bánh", period=BY2027),
    F("từ 3.000 đến 3.500", "3.000", 3000, "money", "đồng/kWh", value_max=3500, subject="giá sạc phổ biến"),
    F("khoảng 25 tỷ", "25", 25e9, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí hỗ trợ chuyển đổi thành phố bố trí", period=Y2026),
    F("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
      subject="giảm số xe máy chạy xăng lưu thông tại các phường trung tâm mỗi năm"),
]

NOTES = [
    "Province portal (Đà Nẵng): breadcrumb, headline figure, 'Cập nhật: 14/10/2025 09:30 | Lượt xem: 1.862', related links.",
    "Distractors: 09:30, Lượt xem 1.862, Quyết định số 1458/QĐ-UBND, 'ngày 30/9/2025', 'đợt 2' in a link, 'xe hai bánh'.",
    "Headline '9 tháng ... hơn 21.000' is its own figure; year-less '9 tháng' takes 2025 (published). 'Riêng tháng 9' → 2025-09.",
    "'chiếm 27,3%' after 21.460 → percent attribute; 'tăng 38,5% so với cùng kỳ năm 2024' → change.",
    "'Tính đến ngày 30/9/2025' is an as-of date for the three stock figures of its sentence.",
    "'Từ đầu năm đến nay' ends at the dateline 2025-10-14. 'Trong số xe cũ được thu hồi' names no number: 1.140 has no total.",
    "'đã sử dụng trên 15 năm' qualifies which cars are counted: optional (a threshold, not a stated fact).",
    "'gồm 185 ... và 127 ...' are parts of 312 (185 + 127 = 312). 'mục tiêu đến năm 2027' → target, start null.",
    "'dự kiến' → forecast for 25 tỷ; 'phấn đấu' → target for 10%, whose 'mỗi năm' gives no period.",
]

if __name__ == "__main__":
    write("p1260-1", TEXT, NOTES, FIGS, published="2025-10-14", location="Đà Nẵng")
