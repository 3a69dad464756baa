#!/usr/bin/env python3
"""p703-6: national press — coral bleaching 2024 at Côn Đảo and other MPAs, sea temperature, national reef state."""
from lib import F, P, I, CH, emit

TEXT = """Thứ năm, 20/6/2024, 06:30 (GMT+7)

Gần 40% san hô ở Côn Đảo bị tẩy trắng

Nước biển nóng kéo dài khiến 38,7% diện tích rạn san hô tại Vườn quốc gia Côn Đảo bị tẩy trắng, trong đó 6,5% đã chết.

Kết quả khảo sát do Viện Hải dương học (Nha Trang) công bố ngày 18/6 cho thấy, từ tháng 4 đến giữa tháng 6, nhiệt độ nước tầng mặt tại Côn Đảo thường xuyên trên 30 độ C, có thời điểm lên tới 32,4 độ C, cao hơn 1,5 độ C so với trung bình nhiều năm.

Đợt tẩy trắng năm nay nghiêm trọng hơn nhiều so với năm 2023, khi chỉ khoảng 12% diện tích bị ảnh hưởng. Tại các vùng biển khác, tỷ lệ san hô bị tẩy trắng ở Khu bảo tồn biển Hòn Mun (Khánh Hòa) từ 20 đến 25%, Lý Sơn (Quảng Ngãi) khoảng 15%, Phú Quốc (Kiên Giang) 31,2%.

Việt Nam hiện có khoảng 1.122 km² rạn san hô, song hơn 80% đã bị suy thoái ở các mức độ khác nhau, chỉ khoảng 1% còn ở trạng thái rất tốt.

Ông Nguyễn Khắc Bát, Phó giám đốc Vườn quốc gia Côn Đảo, cho biết đơn vị đã tạm dừng 5 trong tổng số 12 tuyến lặn biển, di dời 1.200 tập đoàn san hô đến vùng nước sâu hơn. "Nếu nhiệt độ giảm trong tháng 7, khoảng 70% san hô bị tẩy trắng có thể phục hồi", ông nói.

Theo Cơ quan Khí quyển và Đại dương Mỹ (NOAA), đây là đợt tẩy trắng san hô toàn cầu lần thứ tư, ảnh hưởng tới rạn san hô tại ít nhất 62 quốc gia và vùng lãnh thổ.

Ngọc Tài
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
CD = "Côn Đảo"

FIGS = [
    F("Gần 40%", "40", 40, "percent", "%", "san hô ở Côn Đảo bị tẩy trắng", approx="nearly", location=CD),
    F("khiến 38,7%", "38,7", 38.7, "percent", "%", "diện tích rạn san hô tại Vườn quốc gia Côn Đảo bị tẩy trắng", location=CD),
    F("trong đó 6,5%", "6,5", 6.5, "percent", "%", "diện tích rạn san hô đã chết", total=38.7, location=CD),
    F("trên 30 độ C", "30", 30, "measure", "độ C", "nhiệt độ nước tầng mặt tại Côn Đảo", approx="over", location=CD),
    F("lên tới 32,4 độ C", "32,4", 32.4, "measure", "độ C", "nhiệt độ nước tầng mặt tại Côn Đảo cao nhất",
      change=CH("increase", 1.5, "độ C", "trung bình nhiều năm"), location=CD),
    F("khoảng 12% diện tích", "12", 12, "percent", "%", "diện tích san hô bị ảnh hưởng tẩy trắng", Y23, approx="about",
      location=CD),
    F("từ 20 đến 25%", "20", 20, "percent", "%", "tỷ lệ san hô bị tẩy trắng ở Khu bảo tồn biển Hòn Mun", value_max=25,
      location="Khánh Hòa"),
    F("khoảng 15%", "15", 15, "percent", "%", "tỷ lệ san hô bị tẩy trắng", approx="about", location="Lý Sơn"),
    F("(Kiên Giang) 31,2%", "31,2", 31.2, "percent", "%", "tỷ lệ san hô bị tẩy trắng", location="Phú Quốc"),
    F("khoảng 1.122 km²", "1.122", 1122, "measure", "km²", "diện tích rạn san hô", approx="about", location="Việt Nam"),
    F("hơn 80%", "80", 80, "percent", "%", "rạn san hô bị suy thoái", approx="over", location="Việt Nam"),
    F("khoảng 1% còn", "1", 1, "percent", "%", "rạn san hô còn ở trạng thái rất tốt", approx="about", location="Việt Nam"),
    F("tạm dừng 5 trong", "5", 5, "count", "tuyến lặn biển", "tuyến lặn biển tạm dừng", total=12, location=CD),
    F("di dời 1.200 tập đoàn", "1.200", 1200, "count", "tập đoàn san hô", "tập đoàn san hô di dời đến vùng nước sâu hơn",
      location=CD),
    F("khoảng 70% san hô", "70", 70, "percent", "%", "san hô bị tẩy trắng có thể phục hồi", approx="about", location=CD,
      optional=True),
    F("ít nhất 62 quốc gia", "62", 62, "count", "quốc gia và vùng lãnh thổ", "quốc gia và vùng lãnh thổ có rạn san hô bị ảnh hưởng",
      approx="at_least"),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ năm, 20/6/2024, 06:30 (GMT+7)', byline at the end): coral bleaching 2024 at Côn Đảo and elsewhere.",
    "No default location: Côn Đảo figures → Côn Đảo; list items take their bracketed province, except Lý Sơn and Phú Quốc, which are",
    "themselves a district and a city (the figure describes them); national reef figures → Việt Nam; the NOAA global count has no place.",
    "'Viện Hải dương học (Nha Trang)' is an institute's seat, not a place of any figure. '(GMT+7)', 'ngày 18/6', 'tháng 4', 'tháng 7',",
    "'lần thứ tư' are not figures. '5 trong tổng số 12 tuyến' → 5 with total 12 (12 is an attribute only). '6,5%' after 'trong đó' → total 38,7.",
    "'cao hơn 1,5 độ C so với trung bình nhiều năm' is the change of 32,4 độ C. The conditional '70% … có thể phục hồi' is optional",
    "(neither actual nor a listed forecast cue). Sea temperatures 'từ tháng 4 đến giữa tháng 6' get no period (no clean span).",
]

if __name__ == "__main__":
    emit("p703-6", TEXT, COMMENTS, FIGS, published="2024-06-20")
