"""p833-8: provincial newspaper online (Báo Quảng Bình, tag QBĐT), Bang hot spring, huyện Lệ Thủy, H1/2023."""
from lib import F, P, I, C, build

TEXT = """Suối khoáng nóng Bang đón gần 95.000 lượt khách trong 6 tháng

Cập nhật: 10:15, 14/07/2023

(QBĐT) - 6 tháng đầu năm, Khu du lịch sinh thái suối khoáng nóng Bang (xã Kim Thủy, huyện Lệ Thủy) đón gần 95.000 lượt khách, gấp 2,1 lần cùng kỳ năm 2022; doanh thu ước đạt 38,6 tỷ đồng. Trong số này có 6.800 lượt khách quốc tế, chủ yếu đến từ Thái Lan và Lào. Tính riêng tháng 6, khu du lịch đón khoảng 24.000 lượt khách, chiếm hơn 25% lượng khách 6 tháng.

Mạch nước nóng Bang nằm dưới chân dãy Trường Sơn, cách TP Đồng Hới khoảng 60 km, có nhiệt độ tại điểm lộ khoảng 105 độ C, thuộc loại cao nhất cả nước, lưu lượng tự chảy khoảng 17 lít/giây. Hiện khu du lịch có 48 phòng nghỉ, 12 bể tắm khoáng và một hồ bơi nước khoáng rộng 600 m2; giải quyết việc làm cho 85 lao động, trong đó 62 lao động là người địa phương. Giá vé tham quan, tắm khoáng từ 100.000 đến 300.000 đồng/người.

Từ đầu năm đến nay, huyện Lệ Thủy đã thu hút 2 dự án du lịch nghỉ dưỡng gắn với nước khoáng nóng, tổng vốn đăng ký 1.250 tỷ đồng. Năm 2023, khu du lịch phấn đấu đón 180.000 lượt khách; giai đoạn 2023-2025, huyện dự kiến đầu tư khoảng 90 tỷ đồng nâng cấp tuyến đường từ Quốc lộ 1A và đường Hồ Chí Minh nhánh Tây vào khu du lịch.

Ngọc Mai
"""

H1 = P("6 tháng đầu năm", "2023-01-01", "2023-06-30")

FIGS = [
    F("đón gần 95.000 lượt khách trong", "95.000", 95000, "count", "lượt khách", approx="nearly",
      subject="lượt khách đến suối khoáng nóng Bang", period=P("6 tháng", "2023-01-01", "2023-06-30")),
    F("đón gần 95.000 lượt khách, gấp", "95.000", 95000, "count", "lượt khách", approx="nearly",
      change=C("increase", 2.1, "lần", baseline="cùng kỳ năm 2022"),
      subject="lượt khách đến Khu du lịch sinh thái suối khoáng nóng Bang", period=H1),
    F("ước đạt 38,6 tỷ đồng", "38,6", 38.6e9, "money", "đồng", status="estimate", subject="doanh thu", period=H1),
    F("có 6.800 lượt khách", "6.800", 6800, "count", "lượt khách", total=95000, subject="khách quốc tế",
      period=I(H1)),
    F("khoảng 24.000 lượt khách", "24.000", 24000, "count", "lượt khách", approx="about", percent=25,
      subject="lượt khách", period=P("tháng 6", "2023-06-01", "2023-06-30")),
    F("khoảng 60 km", "60", 60, "measure", "km", approx="about", subject="khoảng cách từ TP Đồng Hới"),
    F("khoảng 105 độ C", "105", 105, "measure", "độ C", approx="about", subject="nhiệt độ tại điểm lộ"),
    F("khoảng 17 lít/giây", "17", 17, "measure", "lít/giây", approx="about", subject="lưu lượng tự chảy"),
    F("có 48 phòng nghỉ", "48", 48, "count", "phòng nghỉ", subject="phòng nghỉ"),
    F("12 bể tắm khoáng", "12", 12, "count", "bể tắm khoáng", subject="bể tắm khoáng"),
    F("một hồ bơi", "một", 1, "count", "hồ bơi", subject="hồ bơi nước khoáng", optional=True),
    F("rộng 600 m2", "600", 600, "measure", "m2", subject="diện tích hồ bơi nước khoáng"),
    F("cho 85 lao động", "85", 85, "count", "lao động", subject="lao động được giải quyết việc làm"),
    F("trong đó 62 lao động", "62", 62, "count", "lao động", total=85, subject="lao động là người địa phương"),
    F("từ 100.000 đến 300.000 đồng/người", "100.000", 100000, "money", "đồng/người", value_max=300000,
      subject="giá vé tham quan, tắm khoáng"),
    F("thu hút 2 dự án", "2", 2, "count", "dự án",
      subject="dự án du lịch nghỉ dưỡng gắn với nước khoáng nóng thu hút",
      period=P("Từ đầu năm đến nay", "2023-01-01", "2023-07-14")),
    F("đăng ký 1.250 tỷ đồng", "1.250", 1250e9, "money", "đồng", subject="tổng vốn đăng ký",
      period=P("Từ đầu năm đến nay", "2023-01-01", "2023-07-14")),
    F("đón 180.000 lượt khách", "180.000", 180000, "count", "lượt khách", status="target",
      subject="lượt khách", period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 90 tỷ đồng", "90", 90e9, "money", "đồng", approx="about", status="forecast",
      subject="vốn đầu tư nâng cấp tuyến đường vào khu du lịch",
      period=P("giai đoạn 2023-2025", "2023-01-01", "2025-12-31")),
]

build("p833-8", TEXT, FIGS, published="2023-07-14", location="Lệ Thủy", notes=[
    "Provincial newspaper online (Báo Quảng Bình, tag QBĐT): Bang hot spring, xã Kim Thủy, huyện Lệ Thủy, H1/2023.",
    "Year-less '6 tháng' (headline) and '6 tháng đầu năm', 'tháng 6' take 2023 (published; cùng kỳ năm 2022 agrees).",
    "'gấp 2,1 lần cùng kỳ năm 2022' after a count is its change (unit lần). 'chiếm hơn 25% lượng khách 6 tháng'",
    "  is the share of 24.000 (percent 25), not a total cue. 'một hồ bơi' (number word, one item): optional.",
    "'Trong số này có 6.800 lượt khách quốc tế' follows the money 38,6 tỷ but counts visitors: total 95.000.",
    "Distractors: (QBĐT), 10:15, dãy Trường Sơn, Quốc lộ 1A, đường Hồ Chí Minh nhánh Tây.",
])
