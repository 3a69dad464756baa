"""p647-6: national press (VnExpress-like), TP HCM congestion points, speeds, vehicles, congestion cost, road pricing."""
from lib import F, P, I, CH, emit

TEXT = """Thời sự › Giao thông

Thứ hai, 9/9/2024, 07:00 (GMT+7)

TP HCM còn 33 điểm nguy cơ ùn tắc, tốc độ giờ cao điểm chỉ 18 km/h

Tốc độ di chuyển bình quân của ôtô trên các trục chính vào giờ cao điểm chỉ khoảng 18 km/h, xe máy khoảng 22 km/h, trong khi ngoài giờ cao điểm đạt 30-35 km/h.

Theo Sở Giao thông vận tải TP HCM, 8 tháng đầu năm, thành phố xảy ra 21 vụ ùn tắc kéo dài trên 30 phút, giảm 7 vụ so với cùng kỳ năm ngoái. Hiện thành phố còn 33 điểm có nguy cơ ùn tắc, trong đó 12 điểm ở khu vực cửa ngõ sân bay Tân Sơn Nhất và 9 điểm quanh cảng Cát Lái.

Ông Nguyễn Văn Hòa, Phó giám đốc Sở, cho biết thành phố có hơn 9,6 triệu phương tiện đăng ký, gồm khoảng 1 triệu ôtô và gần 8,6 triệu xe máy, chưa kể khoảng 1,5 triệu xe từ các tỉnh vào thành phố mỗi ngày. Diện tích đất dành cho giao thông mới đạt 13,5% diện tích đất đô thị, còn bãi đỗ xe chỉ đáp ứng chưa đến 10% nhu cầu.

Theo tính toán của Viện Nghiên cứu phát triển TP HCM, thiệt hại do ùn tắc giao thông mỗi năm khoảng 6 tỷ USD, tương đương khoảng 4,5% GRDP của thành phố.

Thành phố đang xây dựng đề án thu phí ôtô vào khu vực trung tâm, dự kiến áp dụng từ năm 2026 với mức phí 30.000-50.000 đồng/lượt, kỳ vọng giảm 15-20% lưu lượng ôtô vào nội đô giờ cao điểm. Sở cũng đề xuất đầu tư 5 bãi đỗ xe ngầm tại quận 1, quận 3 và quận 10 theo hình thức PPP với tổng vốn khoảng 7.800 tỷ đồng.

Gia Minh
"""

M8 = P("8 tháng đầu năm", "2024-01-01", "2024-08-31")

FIGS = [
    F("còn 33 điểm nguy cơ", "33", 33, "count", "điểm", "điểm nguy cơ ùn tắc"),
    F("chỉ 18 km/h", "18", 18, "measure", "km/h", "tốc độ giờ cao điểm"),
    F("chỉ khoảng 18 km/h", "18", 18, "measure", "km/h",
      "tốc độ di chuyển bình quân của ôtô trên các trục chính vào giờ cao điểm", approx="about"),
    F("khoảng 22 km/h", "22", 22, "measure", "km/h", "tốc độ di chuyển bình quân của xe máy vào giờ cao điểm",
      approx="about"),
    F("đạt 30-35 km/h", "30", 30, "measure", "km/h", "tốc độ di chuyển bình quân ngoài giờ cao điểm", value_max=35),
    F("xảy ra 21 vụ", "21", 21, "count", "vụ", "vụ ùn tắc kéo dài trên 30 phút", M8,
      change=CH("decrease", 7, "vụ", "cùng kỳ năm ngoái")),
    F("trên 30 phút", "30", 30, "measure", "phút", "ngưỡng thời gian ùn tắc kéo dài", optional=True),
    F("còn 33 điểm có", "33", 33, "count", "điểm", "điểm có nguy cơ ùn tắc"),
    F("trong đó 12 điểm", "12", 12, "count", "điểm", "điểm nguy cơ ùn tắc ở khu vực cửa ngõ sân bay Tân Sơn Nhất",
      total=33),
    F("và 9 điểm", "9", 9, "count", "điểm", "điểm nguy cơ ùn tắc quanh cảng Cát Lái", total=33),
    F("hơn 9,6 triệu", "9,6", 9.6e6, "count", "phương tiện", "phương tiện đăng ký", approx="over"),
    F("khoảng 1 triệu ôtô", "1", 1e6, "count", "ôtô", "ôtô đăng ký", approx="about", total=9.6e6),
    F("gần 8,6 triệu", "8,6", 8.6e6, "count", "xe máy", "xe máy đăng ký", approx="nearly", total=9.6e6),
    F("khoảng 1,5 triệu xe", "1,5", 1.5e6, "count", "xe", "xe từ các tỉnh vào thành phố mỗi ngày", approx="about"),
    F("đạt 13,5%", "13,5", 13.5, "percent", "%", "diện tích đất dành cho giao thông so với diện tích đất đô thị"),
    F("chưa đến 10%", "10", 10, "percent", "%", "tỷ lệ đáp ứng nhu cầu đỗ xe của bãi đỗ xe", approx="under"),
    F("khoảng 6 tỷ USD", "6", 6e9, "money", "USD", "thiệt hại do ùn tắc giao thông mỗi năm", approx="about",
      percent=4.5),
    F("phí 30.000-50.000", "30.000", 30000, "money", "đồng/lượt", "mức phí thu phí ôtô vào khu vực trung tâm",
      value_max=50000, status="forecast"),
    F("giảm 15-20%", "15", 15, "percent", "%", "mức giảm lưu lượng ôtô vào nội đô giờ cao điểm", value_max=20,
      status="forecast"),
    F("đầu tư 5 bãi", "5", 5, "count", "bãi đỗ xe ngầm", "bãi đỗ xe ngầm đề xuất đầu tư"),
    F("khoảng 7.800 tỷ", "7.800", 7.8e12, "money", "đồng", "tổng vốn đầu tư bãi đỗ xe ngầm", approx="about"),
]

COMMENTS = [
    "National press, 'Thứ hai, 9/9/2024, 07:00 (GMT+7)', byline at the end: TP HCM congestion points, peak-hour speed, vehicles, cost, road pricing.",
    "'8 tháng đầu năm' has no year: it takes 2024 from the dateline. 'kéo dài trên 30 phút' is a threshold (optional).",
    "'trong đó 12 điểm ... và 9 điểm' -> total 33 (do not add up; the cue makes them parts). 'gồm khoảng 1 triệu ôtô và gần 8,6 triệu xe máy' -> total 9,6 triệu.",
    "'tương đương khoảng 4,5% GRDP' after the money is its share (percent attribute). 'dự kiến ... kỳ vọng' -> forecast for the fee and the reduction.",
    "'đề xuất đầu tư 5 bãi' has no status cue of the spec's lists: actual. Location: the article's city (airport, port and quận 1/3/10 are not its subject).",
    "Distractors: quận 1, quận 3, quận 10 (names with numbers), 'từ năm 2026', '(GMT+7)', time 07:00.",
]

if __name__ == "__main__":
    emit("p647-6", TEXT, COMMENTS, FIGS, published="2024-09-09", location="TP. Hồ Chí Minh")
