"""p954-6: national newspaper (VnExpress style): đua ghe ngo, Lễ hội Oóc Om Bóc 2024, Sóc Trăng."""
from lib import F, P, Pi, C, build

TEXT = """
Du lịch › Điểm đến
Thứ bảy, 16/11/2024, 08:15 (GMT+7)

Hơn 60 đội ghe ngo tranh tài trên sông Maspero

Giải đua ghe ngo tại Lễ hội Oóc Om Bóc năm 2024 ở Sóc Trăng có 62 đội ghe của các tỉnh, thành phố vùng đồng bằng sông Cửu Long tham gia, thu hút khoảng 400.000 lượt khách.

Chiều 15/11, vòng chung kết diễn ra trên sông Maspero, đoạn qua phường 1, TP Sóc Trăng. Theo Ban tổ chức, 62 đội gồm 46 đội nam và 16 đội nữ, với gần 3.500 tay bơi. Mỗi chiếc ghe dài 25-30 m, chở 50-60 tay bơi.

Đội ghe chùa Mahatup về nhất nội dung 1.200 m nam, nhận giải thưởng 60 triệu đồng; đội nữ chùa Kompong Chrây về nhất nội dung 1.000 m nữ. Tổng giá trị giải thưởng năm nay là 1,2 tỷ đồng.

Ông Nguyễn Văn Khánh, Giám đốc Sở Văn hóa, Thể thao và Du lịch Sóc Trăng, cho biết mỗi đội ghe chi khoảng 150-200 triệu đồng cho tập luyện; tỉnh hỗ trợ mỗi tay bơi 3 triệu đồng/người/tháng trong thời gian tập trung. Tổng doanh thu dịch vụ trong những ngày lễ hội ước đạt 120 tỷ đồng, tăng khoảng 20% so với năm 2023. Giá phòng khách sạn tăng 30-50%, nhiều nơi lên 800.000 đồng/đêm.

Cả nước hiện có khoảng 1.000 chiếc ghe ngo, trong đó Sóc Trăng hơn 500 chiếc, Trà Vinh khoảng 200 chiếc. Sóc Trăng đặt mục tiêu đến năm 2025 đón 2,5 triệu lượt khách/năm.

Hoàng Nam
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
NAY = P("năm nay", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hơn 60 đội ghe ngo", "60", 60, "count", "đội ghe ngo", "đội ghe ngo tranh tài", approx="over"),
    F("có 62 đội ghe", "62", 62, "count", "đội ghe", "đội ghe tham gia giải đua ghe ngo", period=Y24),
    F("khoảng 400.000 lượt khách", "400.000", 400000, "count", "lượt khách",
      "lượt khách dự Lễ hội Oóc Om Bóc", approx="about", period=Y24),
    F("62 đội gồm", "62", 62, "count", "đội", "đội ghe tham gia giải đua", period=Pi(Y24)),
    F("46 đội nam", "46", 46, "count", "đội", "đội ghe nam", total=62, period=Pi(Y24)),
    F("16 đội nữ", "16", 16, "count", "đội", "đội ghe nữ", total=62, period=Pi(Y24)),
    F("gần 3.500 tay bơi", "3.500", 3500, "count", "tay bơi", "tay bơi tham gia giải đua",
      approx="nearly", period=Pi(Y24)),
    F("dài 25-30 m", "25", 25, "measure", "m", "chiều dài ghe ngo", value_max=30, optional=True),
    F("chở 50-60 tay bơi", "50", 50, "count", "tay bơi", "tay bơi mỗi ghe", value_max=60, optional=True),
    F("nội dung 1.200 m nam", "1.200", 1200, "measure", "m", "cự ly nội dung nam",
      period=Pi(Y24), optional=True),
    F("giải thưởng 60 triệu đồng", "60", 60e6, "money", "đồng",
      "giải thưởng đội về nhất nội dung 1.200 m nam", period=Pi(Y24)),
    F("nội dung 1.000 m nữ", "1.000", 1000, "measure", "m", "cự ly nội dung nữ",
      period=Pi(Y24), optional=True),
    F("là 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "tổng giá trị giải thưởng", period=NAY),
    F("khoảng 150-200 triệu đồng", "150", 150e6, "money", "đồng", "chi phí tập luyện của mỗi đội ghe",
      approx="about", value_max=200e6, period=Pi(Y24)),
    F("3 triệu đồng/người/tháng", "3", 3e6, "money", "đồng/người/tháng", "mức hỗ trợ mỗi tay bơi", period=Pi(Y24)),
    F("ước đạt 120 tỷ đồng", "120", 120e9, "money", "đồng", "tổng doanh thu dịch vụ trong những ngày lễ hội",
      status="estimate", change=C("increase", 20, "%", "năm 2023", approx="about"), period=Pi(Y24)),
    F("tăng 30-50%", "30", 30, "percent", "%", "mức tăng giá phòng khách sạn", value_max=50, period=Pi(Y24)),
    F("800.000 đồng/đêm", "800.000", 800000, "money", "đồng/đêm", "giá phòng khách sạn", period=Pi(Y24)),
    F("khoảng 1.000 chiếc", "1.000", 1000, "count", "chiếc", "ghe ngo", approx="about", location="Việt Nam"),
    F("Sóc Trăng hơn 500 chiếc", "500", 500, "count", "chiếc", "ghe ngo", approx="over", total=1000),
    F("Trà Vinh khoảng 200 chiếc", "200", 200, "count", "chiếc", "ghe ngo", approx="about", total=1000,
      location="Trà Vinh"),
    F("đón 2,5 triệu lượt khách/năm", "2,5", 2.5e6, "measure", "lượt khách/năm", "lượt khách đến Sóc Trăng",
      status="target", period=TO25),
]

COMMENTS = [
    "National newspaper (VnExpress style, invented), 'Thứ bảy, 16/11/2024, 08:15 (GMT+7)': đua ghe ngo at Lễ hội Oóc Om Bóc 2024, Sóc Trăng.",
    "'62 đội' is stated twice (lead and 'Theo Ban tổ chức, 62 đội gồm …'): both are figures; 46 and 16 are parts of the second ('gồm').",
    "Boat length, paddlers per boat and race distances ('1.200 m nam', '1.000 m nữ') describe categories: optional.",
    "'tăng 30-50%' (no base amount) is a percent figure, no change. National fleet 'khoảng 1.000 chiếc' → Việt Nam; 'trong đó Sóc Trăng …, Trà Vinh …'",
    "are parts with their own province as location and total 1.000. Figures after 'Chiều 15/11'/'những ngày lễ hội' inherit 'năm 2024' (unscored).",
    "revised after the first run: '2,5 triệu lượt khách/năm' kind count -> measure (a rate with a denominator is a measure, FIGURES.md 'Rates').",
    "Distractors: 'phường 1', '08:15 (GMT+7)', 'Chiều 15/11', names 'chùa Mahatup', 'Nguyễn Văn Khánh'.",
]

if __name__ == "__main__":
    build(6, TEXT, FIGS, COMMENTS, published="2024-11-16", location="Sóc Trăng")
