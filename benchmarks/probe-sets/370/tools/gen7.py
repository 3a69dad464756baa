from lib import *

TEXT = """
Thời sự › Đô thị
Phố Tây Bùi Viện đón 20.000 khách mỗi đêm
Thứ bảy, 2/11/2024, 08:15 (GMT+7)

Mỗi đêm cuối tuần, phố đi bộ Bùi Viện (quận 1, TP HCM) đón khoảng 20.000 lượt khách, trong đó 60-70% là khách quốc tế, theo số liệu của UBND quận 1. Tuyến phố dài 770 m, hoạt động từ 19h đến 2h sáng hôm sau vào các tối thứ Sáu, thứ Bảy và Chủ nhật.

9 tháng năm 2024, Bùi Viện cùng các tuyến Đề Thám, Phạm Ngũ Lão đón tổng cộng 3,6 triệu lượt khách, tăng 24% so với cùng kỳ. Doanh thu của 255 cơ sở kinh doanh dọc tuyến ước đạt 1.560 tỷ đồng; chi tiêu trung bình của khách quốc tế khoảng 45-60 USD mỗi tối, khách nội địa chi từ 300.000 đến 500.000 đồng.

Thượng tá Nguyễn Văn Minh, Phó trưởng Công an quận 1, cho biết từ đầu năm đến nay lực lượng công an đã tiếp nhận 146 tin báo liên quan khu vực này, phần lớn là trộm cắp, cướp giật tài sản và gây rối; đã bắt giữ 58 đối tượng. Quận duy trì 2 tổ tuần tra hình sự đặc nhiệm cùng 30 camera an ninh giám sát 24/24 giờ.

Theo đề án của quận, phí vệ sinh môi trường tại Bùi Viện dự kiến 2.000 đồng/lượt khách, mỗi năm thu khoảng 12 tỷ đồng, dùng để lắp thêm 50 camera và nâng cấp hệ thống thoát nước. Quận 1 cũng đặt mục tiêu năm 2025 đón 5 triệu lượt khách đến khu phố Tây, tăng khoảng 20% so với năm 2024.

Một chủ quán bar trên phố cho biết mỗi tối cuối tuần quán phục vụ 300-400 khách, gấp đôi ngày thường.

Hải Yến
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-11-02")

FIGS = [
    F("đón 20.000 khách mỗi đêm", "20.000", 20000, "count", "khách", subject="khách mỗi đêm phố Tây Bùi Viện"),
    F("khoảng 20.000 lượt khách", "20.000", 20000, "count", "lượt khách", approx="about",
      subject="lượt khách mỗi đêm cuối tuần phố đi bộ Bùi Viện"),
    F("60-70%", "60", 60, "percent", "%", value_max=70, subject="khách quốc tế"),
    F("dài 770 m", "770", 770, "measure", "m", subject="chiều dài tuyến phố"),
    F("tổng cộng 3,6 triệu", "3,6", 3600000, "count", "lượt khách", change=C("increase", 24, baseline="cùng kỳ"),
      subject="lượt khách Bùi Viện, Đề Thám, Phạm Ngũ Lão", period=M9),
    F("của 255 cơ sở", "255", 255, "count", "cơ sở kinh doanh", subject="cơ sở kinh doanh dọc tuyến", period=M9i),
    F("ước đạt 1.560 tỷ", "1.560", 1.56e12, "money", "đồng", status="estimate",
      subject="Doanh thu của cơ sở kinh doanh dọc tuyến", period=M9i),
    F("khoảng 45-60 USD", "45", 45, "money", "USD", value_max=60, approx="about",
      subject="chi tiêu trung bình của khách quốc tế mỗi tối", period=M9i),
    F("từ 300.000 đến", "300.000", 300000, "money", "đồng", value_max=500000,
      subject="chi tiêu của khách nội địa", period=M9i),
    F("tiếp nhận 146 tin báo", "146", 146, "count", "tin báo", subject="tin báo liên quan khu vực", period=YTD),
    F("bắt giữ 58 đối tượng", "58", 58, "count", "đối tượng", subject="đối tượng bị bắt giữ", period=YTD),
    F("duy trì 2 tổ", "2", 2, "count", "tổ tuần tra", subject="tổ tuần tra hình sự đặc nhiệm"),
    F("cùng 30 camera", "30", 30, "count", "camera", subject="camera an ninh"),
    F("giám sát 24/24 giờ", "24", 24, "measure", "giờ", total=24, optional=True),
    F("dự kiến 2.000 đồng", "2.000", 2000, "money", "đồng/lượt khách", status="forecast",
      subject="phí vệ sinh môi trường"),
    F("khoảng 12 tỷ đồng", "12", 12e9, "money", "đồng", approx="about", status="forecast",
      subject="phí vệ sinh môi trường thu mỗi năm"),
    F("thêm 50 camera", "50", 50, "count", "camera", status="forecast", subject="camera lắp thêm"),
    F("đón 5 triệu lượt khách", "5", 5000000, "count", "lượt khách", status="target",
      change=C("increase", 20, baseline="năm 2024", approx="about"), subject="lượt khách đến khu phố Tây",
      period=P("năm 2025", "2025-01-01", "2025-12-31")),
    F("phục vụ 300-400 khách", "300", 300, "count", "khách", value_max=400,
      change=C("increase", 2, "lần", "ngày thường"), subject="khách mỗi tối cuối tuần của quán bar"),
    F("gấp đôi ngày thường", "đôi", 2, "multiple", "lần", optional=True),
]

write("p370-7", [
    "National press (VnExpress style): phố Tây Bùi Viện, quận 1, TP HCM. Dateline 'Thứ bảy, 2/11/2024, 08:15 (GMT+7)', byline at the end.",
    "Location 'Quận 1' throughout (the district the figures describe; '1' in 'quận 1' is a name, not a figure). Habitual per-night figures and the",
    "street's length have no period. '60-70% là khách quốc tế' after 'trong đó': percent figure (range). The '9 tháng năm 2024' sentence gives the",
    "next sentence's figures an inherited period. '45-60 USD' money range, about; 'từ 300.000 đến 500.000 đồng' range in a new clause: actual.",
    "'dự kiến' governs the fee, its yearly take and the 50 cameras it pays for: forecast. '24/24 giờ' (around the clock) optional.",
    "'gấp đôi ngày thường' after the bar's count is that count's change (2 lần); as a multiple of its own it is optional. Distractors: 19h, 2h sáng, (GMT+7), a Thượng tá's name, 'Quận 1'.",
], TEXT, FIGS, published="2024-11-02", location="Quận 1")
