"""p1112-6: national newspaper (VnExpress style): luxury yacht charters in Vũng Tàu, 2024."""
from lib import F, P, I, C, T, write

TEXT = """Du lịch › Điểm đến
Thứ bảy, 28/9/2024, 08:15 (GMT+7)
Thuê du thuyền ngắm hoàng hôn giá 25 triệu đồng mỗi giờ

Dịch vụ thuê du thuyền hạng sang ở Vũng Tàu hút khách dịp cuối tuần, giá thuê từ 8 đến 25 triệu đồng mỗi giờ tùy loại.

Chiều cuối tuần, bến du thuyền Marina ở phường 5, TP Vũng Tàu kín chỗ. Anh Lê Minh Tuấn, quản lý một công ty cho thuê du thuyền, cho biết công ty có 6 chiếc, dài từ 12 đến 24 m, sức chở tối đa 30 khách. Mỗi tháng công ty phục vụ khoảng 120 chuyến, gấp đôi năm ngoái. Giá thuê du thuyền 12 m là 8 triệu đồng/giờ, loại 24 m có phòng ngủ, bếp và bể sục giá 25 triệu đồng/giờ, khách phải thuê tối thiểu 2 giờ.

Theo Sở Du lịch Bà Rịa - Vũng Tàu, toàn tỉnh hiện có 37 du thuyền được cấp phép kinh doanh vận chuyển khách du lịch, tăng gần 50% so với năm 2022. 8 tháng đầu năm 2024, các du thuyền phục vụ hơn 21.000 lượt khách, doanh thu ước khoảng 96 tỷ đồng. Bến du thuyền Marina Vũng Tàu hiện có 60 vị trí neo đậu, nhưng vào dịp lễ, Tết thường quá tải.

Ông Nguyễn Văn Hùng, Phó giám đốc Sở, cho biết 100% du thuyền đã được kiểm tra an toàn trong quý II. Tỉnh dự kiến xây thêm một bến du thuyền tại Long Hải với khoảng 150 vị trí neo đậu, vốn đầu tư khoảng 500 tỷ đồng, nhằm đón khách từ TP HCM. Sở đặt mục tiêu đến năm 2025 số lượt khách đi du thuyền đạt 40.000 lượt/năm.

Ngọc Hà
"""

M8 = P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
VT = "Vũng Tàu"
BRVT = "Bà Rịa - Vũng Tàu"

FIGS = [
    F("giá 25 triệu đồng mỗi giờ", "25", 25e6, "money", "đồng/giờ", "giá thuê du thuyền ngắm hoàng hôn",
      location=VT),
    F("từ 8 đến 25 triệu", "8", 8e6, "money", "đồng/giờ", "giá thuê du thuyền hạng sang",
      value_max=25e6, location=VT),
    F("có 6 chiếc", "6", 6, "count", "chiếc", "du thuyền của công ty cho thuê", location=VT),
    F("dài từ 12 đến 24 m", "12", 12, "measure", "m", value_max=24, location=VT, optional=True),
    F("tối đa 30 khách", "30", 30, "count", "khách", approx="at_most", location=VT, optional=True),
    F("khoảng 120 chuyến", "120", 120, "measure", "chuyến/tháng", "chuyến du thuyền công ty phục vụ mỗi tháng",
      approx="about", change=C("increase", 2, "lần", "năm ngoái"), location=VT),
    F("du thuyền 12 m", "12", 12, "measure", "m", location=VT, optional=True),
    F("là 8 triệu đồng/giờ", "8", 8e6, "money", "đồng/giờ", "giá thuê du thuyền 12 m", location=VT),
    F("loại 24 m", "24", 24, "measure", "m", location=VT, optional=True),
    F("giá 25 triệu đồng/giờ", "25", 25e6, "money", "đồng/giờ", "giá thuê du thuyền loại 24 m", location=VT),
    F("tối thiểu 2 giờ", "2", 2, "measure", "giờ", approx="at_least", location=VT, optional=True),
    F("có 37 du thuyền", "37", 37, "count", "du thuyền",
      "du thuyền được cấp phép kinh doanh vận chuyển khách du lịch",
      change=C("increase", 50, "%", "năm 2022", approx="nearly"), location=BRVT),
    F("hơn 21.000 lượt khách", "21.000", 21_000, "count", "lượt khách", "lượt khách đi du thuyền", M8,
      approx="over", location=BRVT),
    F("khoảng 96 tỷ đồng", "96", 96e9, "money", "đồng", "doanh thu dịch vụ du thuyền", M8,
      approx="about", status="estimate", location=BRVT),
    F("có 60 vị trí neo đậu", "60", 60, "count", "vị trí neo đậu", "vị trí neo đậu của bến du thuyền Marina Vũng Tàu",
      location=VT),
    F("100% du thuyền", "100", 100, "percent", "%", "du thuyền đã được kiểm tra an toàn",
      P("quý II", "2024-04-01", "2024-06-30"), location=BRVT),
    F("thêm một bến", "một", 1, "count", "bến du thuyền", status="forecast", location=BRVT, optional=True),
    F("khoảng 150 vị trí", "150", 150, "count", "vị trí neo đậu", "vị trí neo đậu của bến du thuyền mới tại Long Hải",
      approx="about", status="forecast", location=BRVT),
    F("khoảng 500 tỷ đồng", "500", 500e9, "money", "đồng", "vốn đầu tư bến du thuyền tại Long Hải",
      approx="about", status="forecast", location=BRVT),
    F("đạt 40.000 lượt/năm", "40.000", 40_000, "measure", "lượt/năm", "số lượt khách đi du thuyền",
      P("đến năm 2025", None, "2025-12-31"), status="target", location=BRVT),
]

NOTES = [
    "VnExpress-style national newspaper: yacht charters in Vũng Tàu; dateline 'Thứ bảy, 28/9/2024, 08:15 (GMT+7)', byline at the end.",
    "Distractors: 'phường 5', 'Anh Lê Minh Tuấn', 'Ông Nguyễn Văn Hùng', 'một công ty', 'TP HCM', 'Long Hải' (a thị trấn, not a district).",
    "Location: the company's yachts and the Marina are in TP Vũng Tàu ('Vũng Tàu'); the Sở's provincial figures are 'Bà Rịa - Vũng Tàu'.",
    "Boat lengths, capacity and the minimum rental time are specifications (optional); 'thêm một bến' is optional.",
    "'gấp đôi năm ngoái' after 120 chuyến is its change (increase 2 lần). 'quý II' without a year takes 2024 from '8 tháng đầu năm 2024'.",
    "'Sở đặt mục tiêu đến năm 2025 ... 40.000 lượt/năm' is a target with an as-of period (null to 2025-12-31).",
]

if __name__ == "__main__":
    write("p1112-6", TEXT, NOTES, FIGS, published="2024-09-28", location="Vũng Tàu")
