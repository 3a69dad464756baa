from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH ĐỊNH
Tin tức > Đầu tư - Phát triển

Khởi công khu nghỉ dưỡng suối khoáng nóng Hội Vân vốn 2.150 tỷ đồng
Ngày cập nhật 14/11/2023

Sáng 13/11, tại xã Cát Hiệp, huyện Phù Cát, Công ty CP Đầu tư Du lịch Hội Vân khởi công dự án Khu du lịch nghỉ dưỡng suối khoáng nóng Hội Vân. Dự án cách trung tâm TP Quy Nhơn khoảng 35 km theo Quốc lộ 19B, có tổng diện tích 98,6 ha, tổng vốn đầu tư 2.150 tỷ đồng (khoảng 88 triệu USD), trong đó vốn tự có của nhà đầu tư chiếm 30%.

Theo thiết kế, dự án gồm khách sạn 5 sao với 320 phòng, 86 biệt thự nghỉ dưỡng, khu trị liệu khoáng nóng 40 bồn tắm riêng và hồ khoáng ngoài trời rộng 2.500 m2. Dự án chia làm 2 giai đoạn: giai đoạn 1 (2023-2025) đầu tư 1.280 tỷ đồng; giai đoạn 2 (2026-2028) đầu tư 870 tỷ đồng. Khi đi vào hoạt động, dự án dự kiến đón 250.000-300.000 lượt khách mỗi năm, tạo việc làm cho khoảng 600 lao động.

Nguồn khoáng Hội Vân có nhiệt độ tại miệng giếng 70 độ C, được cấp phép khai thác 500 m3/ngày đêm.

Theo Sở Du lịch, 10 tháng năm 2023, Bình Định đón khoảng 4,9 triệu lượt khách, tăng 31,2% so với cùng kỳ; trong đó khách quốc tế đạt 226.000 lượt. Tổng thu du lịch ước đạt 18.450 tỷ đồng. Tỉnh hiện có 4 dự án du lịch nghỉ dưỡng gắn với khoáng nóng, tổng vốn đăng ký trên 6.300 tỷ đồng.

Liên hệ: Sở Kế hoạch và Đầu tư, 35 Lê Lợi, TP Quy Nhơn; ĐT: 0256.3822.628
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
PC = "Phù Cát"

FIGS = [
    F("vốn 2.150 tỷ đồng", "2.150", 2150e9, "money", "đồng", "vốn khu nghỉ dưỡng suối khoáng nóng Hội Vân", location=PC),
    F("khoảng 35 km", "35", 35, "measure", "km", "khoảng cách từ dự án đến trung tâm TP Quy Nhơn", approx="about", location=PC),
    F("98,6 ha", "98,6", 98.6, "measure", "ha", "tổng diện tích dự án", location=PC),
    F("tư 2.150 tỷ đồng", "2.150", 2150e9, "money", "đồng", "tổng vốn đầu tư dự án", location=PC),
    F("khoảng 88 triệu USD", "88", 88e6, "money", "USD", "tổng vốn đầu tư dự án", approx="about", location=PC),
    F("chiếm 30%", "30", 30, "percent", "%", "tỷ lệ vốn tự có của nhà đầu tư", location=PC),
    F("5 sao", "5", 5, "count", "sao", "hạng khách sạn", optional=True, location=PC),
    F("320 phòng", "320", 320, "count", "phòng", "phòng khách sạn", location=PC),
    F("86 biệt thự", "86", 86, "count", "biệt thự", "biệt thự nghỉ dưỡng", location=PC),
    F("40 bồn tắm", "40", 40, "count", "bồn tắm", "bồn tắm riêng khu trị liệu khoáng nóng", location=PC),
    F("2.500 m2", "2.500", 2500, "measure", "m2", "diện tích hồ khoáng ngoài trời", location=PC),
    F("2 giai đoạn", "2", 2, "count", "giai đoạn", "giai đoạn dự án", optional=True, location=PC),
    F("1.280 tỷ đồng", "1.280", 1280e9, "money", "đồng", "vốn đầu tư giai đoạn 1", P("2023-2025", "2023-01-01", "2025-12-31"),
      location=PC),
    F("870 tỷ đồng", "870", 870e9, "money", "đồng", "vốn đầu tư giai đoạn 2", P("2026-2028", "2026-01-01", "2028-12-31"),
      location=PC),
    F("250.000-300.000", "250.000", 250000, "count", "lượt khách", "lượt khách mỗi năm", value_max=300000, status="forecast",
      location=PC),
    F("khoảng 600 lao động", "600", 600, "count", "lao động", "việc làm cho lao động", approx="about", status="forecast", location=PC),
    F("70 độ C", "70", 70, "measure", "độ C", "nhiệt độ tại miệng giếng nguồn khoáng Hội Vân", location=PC),
    F("500 m3/ngày đêm", "500", 500, "measure", "m3/ngày đêm", "lưu lượng được cấp phép khai thác", location=PC),
    F("khoảng 4,9 triệu", "4,9", 4900000, "count", "lượt khách", "lượt khách", M10, approx="about",
      change=CH("increase", 31.2, baseline="cùng kỳ"), location="Bình Định"),
    F("226.000 lượt", "226.000", 226000, "count", "lượt", "khách quốc tế", M10, total=4900000, location="Bình Định"),
    F("18.450 tỷ đồng", "18.450", 18450e9, "money", "đồng", "tổng thu du lịch", I(M10), status="estimate", location="Bình Định"),
    F("4 dự án", "4", 4, "count", "dự án", "dự án du lịch nghỉ dưỡng gắn với khoáng nóng", location="Bình Định"),
    F("trên 6.300 tỷ đồng", "6.300", 6300e9, "money", "đồng", "tổng vốn đăng ký", approx="over", location="Bình Định"),
]

COMMENTS = [
    "Bình Định provincial portal, 'Ngày cập nhật 14/11/2023' (no time): ground-breaking of the Hội Vân hot-spring resort project.",
    "Project figures → Phù Cát (the district named in the lead); provincial tourism totals → Bình Định.",
    "'(khoảng 88 triệu USD)' is an equivalent amount: its own money figure (as 'tương đương' in shared h01). '… chiếm 30%' of an unstated",
    "amount is a percent figure. Phase capitals take the bracketed year spans '(2023-2025)', '(2026-2028)' as periods; the ':' after",
    "'2 giai đoạn' does not make them parts of 2.150 tỷ (the cue follows a count of phases). Design scale is actual; 'dự kiến' → forecast.",
    "'khách sạn 5 sao' and '2 giai đoạn' are optional. Not figures: 'Sáng 13/11', Quốc lộ 19B, 'giai đoạn 1/2', 35 Lê Lợi, phone.",
]

emit("p737-8", TEXT, COMMENTS, FIGS, published="2023-11-14", location="Phù Cát")
