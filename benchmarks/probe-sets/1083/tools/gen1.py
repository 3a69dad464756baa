"""p1083-1: Hưng Yên province portal, Văn Giang kumquat and peach for Tết Giáp Thìn."""
from lib import F, write, year, period, change, target

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Văn Giang: Hơn 500.000 chậu quất sẵn sàng phục vụ Tết
Cập nhật: 05/01/2024 09:15 | Lượt xem: 2.316

Những ngày đầu tháng 1/2024, tại các xã Xuân Quan, Phụng Công, Cửu Cao (huyện Văn Giang), nông dân đang tất bật tỉa lá, buộc cành quất, đào để kịp phục vụ Tết Nguyên đán Giáp Thìn.

Theo Phòng Kinh tế huyện Văn Giang, năm 2023 toàn huyện có 1.052 ha trồng cây cảnh, hoa và cây ăn quả, trong đó quất cảnh khoảng 310 ha, đào cảnh 76 ha. Vụ Tết này, các nhà vườn dự kiến đưa ra thị trường khoảng 520.000 chậu quất, tăng 8% so với vụ trước; riêng quất thế, quất bonsai chiếm khoảng 15%.

Giá quất vụ này nhích nhẹ. Quất chậu loại nhỏ có giá từ 250.000 đến 400.000 đồng/chậu, loại đẹp từ 1,5 đến 3 triệu đồng/chậu; nhiều cây quất thế dáng độc được chào bán trên 20 triệu đồng/cây.

Ông Nguyễn Văn Tư ở thôn 4, xã Xuân Quan cho biết, gia đình ông trồng 1.200 chậu quất trên diện tích 0,8 ha; trừ chi phí, mỗi vụ lãi khoảng 350 triệu đồng. Theo ông Tư, thu nhập từ trồng quất gấp khoảng 5 lần trồng lúa trên cùng diện tích.

Toàn tỉnh Hưng Yên hiện có khoảng 1.450 ha cây cảnh, quất, đào phục vụ Tết, tập trung chủ yếu ở Văn Giang (chiếm gần 73%), Khoái Châu và Văn Lâm. Năm 2023, giá trị sản xuất trên diện tích này ước đạt 285 triệu đồng/ha, tăng 1,3 lần so với năm 2020.

Theo kế hoạch của UBND tỉnh, đến năm 2025 diện tích cây cảnh, hoa, cây ăn quả phục vụ Tết của tỉnh đạt 1.600 ha, giá trị sản xuất bình quân trên 300 triệu đồng/ha.
"""

Y23 = year(2023)
TO25 = period("đến năm 2025", None, "2025-12-31")
HY = "Hưng Yên"

FIGS = [
    F("Hơn 500.000 chậu quất", "500.000", 500000, "count", "chậu", "quất sẵn sàng phục vụ Tết", approx="over"),
    F("có 1.052 ha", "1.052", 1052, "measure", "ha", "diện tích trồng cây cảnh, hoa và cây ăn quả", period=Y23),
    F("quất cảnh khoảng 310 ha", "310", 310, "measure", "ha", "diện tích quất cảnh", approx="about",
      total=1052, period=Y23),
    F("đào cảnh 76 ha", "76", 76, "measure", "ha", "diện tích đào cảnh", total=1052, period=Y23),
    F("khoảng 520.000 chậu quất", "520.000", 520000, "count", "chậu", "quất đưa ra thị trường", approx="about",
      change=change("increase", 8, "%", "vụ trước"), status="forecast"),
    F("chiếm khoảng 15%", "15", 15, "percent", "%", "tỷ lệ quất thế, quất bonsai", approx="about",
      status="forecast"),
    F("từ 250.000 đến 400.000 đồng/chậu", "250.000", 250000, "money", "đồng/chậu", "giá quất chậu loại nhỏ",
      value_max=400000),
    F("từ 1,5 đến 3 triệu đồng/chậu", "1,5", 1500000, "money", "đồng/chậu", "giá quất chậu loại đẹp",
      value_max=3000000),
    F("trên 20 triệu đồng/cây", "20", 20000000, "money", "đồng/cây", "giá quất thế dáng độc", approx="over"),
    F("trồng 1.200 chậu quất", "1.200", 1200, "count", "chậu", "quất gia đình ông Nguyễn Văn Tư trồng"),
    F("diện tích 0,8 ha", "0,8", 0.8, "measure", "ha", "diện tích trồng quất của gia đình ông Tư"),
    F("lãi khoảng 350 triệu đồng", "350", 350000000, "money", "đồng", "lãi mỗi vụ", approx="about"),
    F("gấp khoảng 5 lần", "5", 5, "multiple", "lần", "thu nhập từ trồng quất so với trồng lúa", approx="about"),
    F("khoảng 1.450 ha", "1.450", 1450, "measure", "ha", "diện tích cây cảnh, quất, đào phục vụ Tết",
      approx="about", location=HY),
    F("chiếm gần 73%", "73", 73, "percent", "%", "tỷ trọng diện tích cây cảnh, quất, đào phục vụ Tết",
      approx="nearly"),
    F("285 triệu đồng/ha", "285", 285000000, "money", "đồng/ha", "giá trị sản xuất trên diện tích cây cảnh, quất, đào",
      change=change("increase", 1.3, "lần", "năm 2020"), status="estimate", period=year(2023, "Năm 2023"),
      location=HY),
    F("đạt 1.600 ha", "1.600", 1600, "measure", "ha", "diện tích cây cảnh, hoa, cây ăn quả phục vụ Tết",
      status="target", period=TO25, location=HY),
    F("trên 300 triệu đồng/ha", "300", 300000000, "money", "đồng/ha", "giá trị sản xuất bình quân",
      approx="over", status="target", period=TO25, location=HY),
]

NOTES = [
    "Hưng Yên province portal: Văn Giang kumquat/peach growers before Tết Giáp Thìn (2024).",
    "Ward/commune items (Xuân Quan) take the district Văn Giang; province-wide figures take Hưng Yên.",
    "'Vụ Tết này', 'vụ này' give no period. 'gấp khoảng 5 lần' stands alone as the claim (multiple);",
    "'tăng 1,3 lần so với năm 2020' is the change of 285 triệu đồng/ha. '15%' is a share of a part (own figure),",
    "forecast because it continues the 'dự kiến' clause. 'gần 73%' is Văn Giang's share, not an attribute of 1.450 ha.",
    "Distractors: 'Lượt xem: 2.316', '09:15', 'tháng 1/2024', 'thôn 4', 'ông Tư'.",
]

write(1, TEXT, FIGS, NOTES, published="2024-01-05", location="Văn Giang")
