from lib import F, P, emit

TEXT = """Hạ Long sôi động mùa tàu biển du lịch quốc tế

MẠNH TRƯỜNG 09:45, 12/03/2024

Từ đầu năm đến nay, Cảng tàu khách quốc tế Hạ Long đã đón 14 chuyến tàu biển du lịch quốc tế với khoảng 21.500 khách và thuyền viên, gấp 3,5 lần so với cùng kỳ năm 2023. Trong đó có 3 chuyến của tàu Spectrum of the Seas (hãng Royal Caribbean), mỗi chuyến đưa khoảng 4.200 khách; tàu Mein Schiff 5 của hãng TUI Cruises cũng lần đầu cập cảng trong tháng 2.

Cảng có cầu cảng dài 420 m, có thể tiếp nhận tàu khách trọng tải tối đa 225.000 GT. Khách tàu biển thường lưu lại Hạ Long từ 8 đến 12 giờ, mức chi tiêu bình quân khoảng 150-200 USD/người, chủ yếu cho tham quan vịnh, ẩm thực và mua sắm.

Theo Sở Du lịch, 2 tháng đầu năm 2024, toàn tỉnh đón 3,1 triệu lượt khách, trong đó khách quốc tế đạt 420.000 lượt, tăng 85% so với cùng kỳ; tổng doanh thu du lịch ước đạt 5.600 tỷ đồng. Các thị trường khách quốc tế chính vẫn là Hàn Quốc, Trung Quốc và Đài Loan (Trung Quốc); riêng khách Trung Quốc nhập cảnh qua các cửa khẩu đường bộ đạt hơn 95.000 lượt.

Theo kế hoạch, trong năm 2024 Quảng Ninh dự kiến đón khoảng 70 chuyến tàu biển quốc tế, tăng gần 30 chuyến so với năm 2023. Tỉnh đang phối hợp với các hãng lữ hành xây dựng sản phẩm dành riêng cho khách tàu biển, nâng cao chất lượng dịch vụ tại khu vực Bãi Cháy và đảo Tuần Châu.

Du khách cần hỗ trợ xin liên hệ Trung tâm Thông tin xúc tiến du lịch, tầng 3, tòa nhà Liên cơ quan số 3; đường dây nóng 1900.6836.
"""

PYTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-03-12")
PYTDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-03-12", inherited=True)
P2 = P("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")
P2i = P("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29", inherited=True)

FIGS0 = [
    F("đón 14 chuyến", "14", 14, "count", "chuyến", "chuyến tàu biển du lịch quốc tế", period=PYTD),
    F("khoảng 21.500 khách", "21.500", 21500, "count", "khách", "khách và thuyền viên tàu biển du lịch quốc tế",
      approx="about", change={"direction": "increase", "value": 3.5, "unit": "lần", "baseline": "cùng kỳ năm 2023"},
      period=PYTD),
    F("có 3 chuyến", "3", 3, "count", "chuyến", "chuyến của tàu Spectrum of the Seas", total=14, period=PYTDi),
    F("khoảng 4.200 khách", "4.200", 4200, "count", "khách", "khách mỗi chuyến tàu Spectrum of the Seas",
      approx="about", period=PYTDi),
    F("dài 420 m", "420", 420, "measure", "m", "chiều dài cầu cảng"),
    F("tối đa 225.000 GT", "225.000", 225000, "measure", "GT", "trọng tải tàu khách cảng có thể tiếp nhận",
      approx="at_most"),
    F("từ 8 đến 12 giờ", "8", 8, "measure", "giờ", "thời gian khách tàu biển lưu lại Hạ Long", value_max=12),
    F("khoảng 150-200 USD/người", "150", 150, "money", "USD/người", "mức chi tiêu bình quân của khách tàu biển",
      approx="about", value_max=200),
    ]
FIGS1 = [
    F("đón 3,1 triệu lượt", "3,1", 3100000, "count", "lượt", "lượt khách", period=P2),
    F("đạt 420.000 lượt", "420.000", 420000, "count", "lượt", "khách quốc tế", total=3100000,
      change={"direction": "increase", "value": 85, "unit": "%", "baseline": "cùng kỳ"}, period=P2),
    F("đạt 5.600 tỷ đồng", "5.600", 5600000000000, "money", "đồng", "tổng doanh thu du lịch", status="estimate",
      period=P2),
    F("hơn 95.000 lượt", "95.000", 95000, "count", "lượt", "khách Trung Quốc nhập cảnh qua các cửa khẩu đường bộ",
      approx="over", period=P2i),
    F("khoảng 70 chuyến", "70", 70, "count", "chuyến", "chuyến tàu biển quốc tế", approx="about", status="forecast",
      change={"direction": "increase", "value": 30, "unit": "chuyến", "approx": "nearly", "baseline": "năm 2023"},
      period=P("trong năm 2024", "2024-01-01", "2024-12-31")),
]

for f in FIGS0:
    f["location"] = "Hạ Long"
FIGS = FIGS0 + FIGS1

COMMENTS = [
    "Party newspaper (Báo Quảng Ninh style): byline and 'hh:mm, dd/mm/yyyy' dateline on one line; cruise ships at Hạ Long, 2 months 2024.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-03-12. 'gấp 3,5 lần so với cùng kỳ' is the change of 21.500 khách (the figure before it).",
    "'Trong đó có 3 chuyến' is part of the 14 chuyến (total 14). '2 tháng đầu năm 2024' = Jan–Feb 2024 (leap year).",
    "'tối đa 225.000 GT' at_most; '8 đến 12 giờ', '150-200 USD/người' ranges. 'dự kiến … khoảng 70 chuyến' is a forecast with change 'gần 30 chuyến'.",
    "Location: the port paragraphs describe Hạ Long (title, 'lưu lại Hạ Long'): location Hạ Long; 'toàn tỉnh' / 'Quảng Ninh' figures: Quảng Ninh.",
    "Distractors: ship name 'Mein Schiff 5', 'tháng 2', 'tầng 3', 'tòa nhà … số 3', hotline 1900.6836, 'năm 2023' baseline.",
]

emit(3, TEXT, COMMENTS, FIGS, published="2024-03-12", location="Quảng Ninh")
