"""p1113-8: Báo Tây Ninh online (BTNO) - halal exports 6 months 2025, headline figure, Cham community, halal fair."""
from lib import F, write_set, period, year, upto, inherit, change, target

TEXT = """Báo Tây Ninh Online
Kinh tế

Xuất khẩu hàng Halal 6 tháng đạt 58 triệu USD

Thứ Ba, 22/07/2025 | 07:35

(BTNO) - 6 tháng đầu năm, 9 doanh nghiệp có sản phẩm được chứng nhận Halal trên địa bàn tỉnh xuất khẩu đạt 58 triệu USD, tăng 23% so với cùng kỳ năm 2024, đạt 52,7% kế hoạch năm. Trong đó, tinh bột sắn chiếm 61%, hạt điều 22%, còn lại là trái cây sấy và gia vị.

Theo Sở Công Thương, giá tinh bột sắn xuất khẩu có chứng nhận Halal bình quân 495 USD/tấn, cao hơn khoảng 18 USD/tấn so với hàng chưa được chứng nhận. Chi phí để doanh nghiệp được chứng nhận lần đầu khoảng 3.000-5.000 USD, phí gia hạn mỗi năm từ 1.500 USD trở lên.

Tây Ninh hiện đứng thứ 3 khu vực Đông Nam Bộ về số doanh nghiệp có chứng nhận Halal. Tỉnh có khoảng 3.500 người Chăm theo đạo Hồi, sinh sống tập trung ở huyện Tân Châu (hơn 2.000 người) và huyện Châu Thành (khoảng 900 người); nhiều hộ tham gia chế biến bánh, thịt bò khô Halal phục vụ du khách dọc Quốc lộ 22B.

Tại Hội chợ Halal Việt Nam lần thứ 2 tổ chức ở TP. Hồ Chí Minh, 4 doanh nghiệp của tỉnh đã ký kết 11 hợp đồng, biên bản ghi nhớ với tổng giá trị hơn 7,5 triệu USD.

Dự kiến cả năm 2025, kim ngạch xuất khẩu hàng Halal của tỉnh đạt 115 triệu USD, vượt kế hoạch 110 triệu USD. Tỉnh phấn đấu đến năm 2026 có thêm 5 doanh nghiệp được cấp chứng nhận.

Hoàng Yến
"""

H1 = period("6 tháng đầu năm", "2025-01-01", "2025-06-30")

FIGS = [
    F("Halal 6 tháng đạt 58 triệu USD", "58", 58_000_000, "money", "USD", "xuất khẩu hàng Halal",
      period=period("6 tháng", "2025-01-01", "2025-06-30")),
    F("9 doanh nghiệp có sản phẩm", "9", 9, "count", "doanh nghiệp",
      "doanh nghiệp có sản phẩm được chứng nhận Halal xuất khẩu", period=H1),
    F("xuất khẩu đạt 58 triệu USD", "58", 58_000_000, "money", "USD",
      "kim ngạch xuất khẩu của doanh nghiệp có sản phẩm được chứng nhận Halal", percent=52.7,
      change=change("increase", 23, "%", "cùng kỳ năm 2024"), period=H1),
    F("chiếm 61%", "61", 61, "percent", "%", "tỷ trọng tinh bột sắn trong xuất khẩu hàng Halal",
      period=inherit(H1)),
    F("hạt điều 22%", "22", 22, "percent", "%", "tỷ trọng hạt điều trong xuất khẩu hàng Halal",
      period=inherit(H1)),
    F("bình quân 495 USD/tấn", "495", 495, "money", "USD/tấn",
      "giá tinh bột sắn xuất khẩu có chứng nhận Halal",
      change=change("increase", 18, "USD/tấn", "hàng chưa được chứng nhận", approx="about")),
    F("khoảng 3.000-5.000 USD", "3.000", 3000, "money", "USD",
      "chi phí chứng nhận Halal lần đầu", approx="about", value_max=5000),
    F("từ 1.500 USD trở lên", "1.500", 1500, "money", "USD", "phí gia hạn chứng nhận mỗi năm",
      approx="at_least"),
    F("đứng thứ 3", "3", 3, "rank", "hạng",
      "số doanh nghiệp có chứng nhận Halal khu vực Đông Nam Bộ"),
    F("khoảng 3.500 người", "3.500", 3500, "count", "người", "người Chăm theo đạo Hồi",
      approx="about"),
    F("(hơn 2.000 người)", "2.000", 2000, "count", "người", "người Chăm theo đạo Hồi",
      approx="over", location="Tân Châu"),
    F("(khoảng 900 người)", "900", 900, "count", "người", "người Chăm theo đạo Hồi",
      approx="about", location="Châu Thành"),
    F("4 doanh nghiệp của tỉnh", "4", 4, "count", "doanh nghiệp",
      "doanh nghiệp của tỉnh ký kết hợp đồng tại Hội chợ Halal Việt Nam"),
    F("ký kết 11 hợp đồng", "11", 11, "count", "hợp đồng", "hợp đồng, biên bản ghi nhớ ký kết"),
    F("hơn 7,5 triệu USD", "7,5", 7_500_000, "money", "USD",
      "tổng giá trị hợp đồng, biên bản ghi nhớ", approx="over"),
    F("đạt 115 triệu USD", "115", 115_000_000, "money", "USD", "kim ngạch xuất khẩu hàng Halal",
      status="forecast", target=target(110_000_000, "USD", True),
      period=year("cả năm 2025", 2025)),
    F("thêm 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp",
      "doanh nghiệp được cấp chứng nhận Halal", status="target",
      period=upto("đến năm 2026", "2026-12-31")),
]

write_set("p1113-8", TEXT, FIGS, published="2025-07-22", location="Tây Ninh", notes=[
    "Provincial newspaper online (Báo Tây Ninh, tag '(BTNO) -'), headline figure '6 tháng đạt 58 triệu USD' (its own figure).",
    "'Trong đó, tinh bột sắn chiếm 61%, hạt điều 22%' = percent figures (shares of the export value, no base amount).",
    "'cao hơn khoảng 18 USD/tấn so với hàng chưa được chứng nhận' = change in USD/tấn of the price. 'vượt kế hoạch 110 triệu USD' =",
    "target of the 115 triệu forecast, met. District parts (hơn 2.000 + khoảng 900) do not add up to 3.500: no total.",
    "Fair held in TP. Hồ Chí Minh, figures are of Tây Ninh firms. Distractors: lần thứ 2, Quốc lộ 22B, Thứ Ba, 07:35.",
])
