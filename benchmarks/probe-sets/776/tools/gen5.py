"""p776-5: Party newspaper (Báo Lai Châu) — frost on tea and cardamom, late December 2023."""
from lib import F, P, I, CH, emit

TEXT = """Sương muối “bỏng” gần 900 ha chè, thảo quả ở Lai Châu

Những ngày cuối tháng 12/2023, sương muối xuất hiện dày đặc tại nhiều xã vùng cao dọc Quốc lộ 4D, khiến nhiều diện tích chè, thảo quả bị cháy lá, khô búp.

Theo Sở Nông nghiệp và Phát triển nông thôn, tổng diện tích cây trồng bị ảnh hưởng là 874,5 ha, gồm 612 ha chè và 262,5 ha thảo quả. Huyện Tam Đường thiệt hại nặng nhất với 418 ha, tiếp đến là Phong Thổ 296 ha, Sìn Hồ 160,5 ha. Mức độ thiệt hại phổ biến từ 30 đến 70%, có nơi trên 70%.

Anh Lò Văn Thanh, bản Nà Khương, xã Bản Bo (huyện Tam Đường) cho biết: “Nhà tôi có 1,2 ha chè, sáng 28/12 ra vườn thì búp non cháy hết, lá chè thâm đen như bị luộc”.

Năm 2023, tổng diện tích chè toàn tỉnh đạt 10.850 ha, sản lượng chè búp tươi ước đạt 58.400 tấn, bằng 101,2% kế hoạch. Giá trị thu nhập bình quân từ cây chè đạt 92 triệu đồng/ha/năm. Đợt sương muối khiến sản lượng chè vụ xuân tới được dự báo giảm khoảng 4.500 tấn.

Để giúp người dân phục hồi sản xuất, tỉnh hỗ trợ 500 nghìn đồng/ha để đốn, bón phân, chăm sóc diện tích chè bị hại; đồng thời hướng dẫn bà con phun nước rửa sương vào sáng sớm, che phủ gốc bằng rơm rạ.

Tỉnh phấn đấu đến năm 2025 diện tích chè toàn tỉnh đạt 12.000 ha, trong đó có 7.200 ha chè chất lượng cao, sản lượng chè búp tươi đạt trên 70.000 tấn.

Lê Hoa
Thứ Năm, 04/01/2024
"""

Y = P("Năm 2023", "2023-01-01", "2023-12-31")
Ti = P("đến năm 2025", None, "2025-12-31")
FIG = [
    F("“bỏng” gần 900 ha", "900", 900, "measure", "ha", "diện tích chè, thảo quả bị sương muối", None, approx="nearly"),
    F("là 874,5 ha", "874,5", 874.5, "measure", "ha", "tổng diện tích cây trồng bị ảnh hưởng"),
    F("gồm 612 ha", "612", 612, "measure", "ha", "diện tích chè bị ảnh hưởng", None, total=874.5),
    F("và 262,5 ha", "262,5", 262.5, "measure", "ha", "diện tích thảo quả bị ảnh hưởng", None, total=874.5),
    F("với 418 ha", "418", 418, "measure", "ha", "diện tích cây trồng bị thiệt hại", None, location="Tam Đường"),
    F("Phong Thổ 296 ha", "296", 296, "measure", "ha", "diện tích cây trồng bị thiệt hại", None, location="Phong Thổ"),
    F("Sìn Hồ 160,5 ha", "160,5", 160.5, "measure", "ha", "diện tích cây trồng bị thiệt hại", None, location="Sìn Hồ"),
    F("từ 30 đến 70%", "30", 30, "percent", "%", "mức độ thiệt hại phổ biến", None, value_max=70),
    F("có nơi trên 70%", "70", 70, "percent", "%", "mức độ thiệt hại có nơi", None, approx="over"),
    F("có 1,2 ha chè", "1,2", 1.2, "measure", "ha", "diện tích chè của gia đình anh Lò Văn Thanh", None, location="Tam Đường"),
    F("đạt 10.850 ha", "10.850", 10850, "measure", "ha", "tổng diện tích chè toàn tỉnh", Y),
    F("ước đạt 58.400 tấn", "58.400", 58400, "measure", "tấn", "sản lượng chè búp tươi", Y,
      percent=101.2, status="estimate"),
    F("đạt 92 triệu đồng/ha/năm", "92", 92e6, "money", "đồng/ha/năm", "giá trị thu nhập bình quân từ cây chè", I(Y)),
    F("giảm khoảng 4.500 tấn", "4.500", 4500, "measure", "tấn", "mức giảm sản lượng chè vụ xuân tới", None,
      approx="about", status="forecast"),
    F("hỗ trợ 500 nghìn đồng/ha", "500", 500e3, "money", "đồng/ha", "mức hỗ trợ đốn, chăm sóc diện tích chè bị hại"),
    F("đạt 12.000 ha", "12.000", 12000, "measure", "ha", "diện tích chè toàn tỉnh", Ti, status="target"),
    F("có 7.200 ha", "7.200", 7200, "measure", "ha", "diện tích chè chất lượng cao", Ti, total=12000, status="target"),
    F("trên 70.000 tấn", "70.000", 70000, "measure", "tấn", "sản lượng chè búp tươi", Ti, approx="over", status="target"),
]

emit("p776-5", TEXT, [
    "Báo Lai Châu (invented): sương muối cuối tháng 12/2023 on tea and cardamom; byline and date at the end.",
    "'gồm 612 ha chè và 262,5 ha thảo quả' are parts of 874,5 ha. The district items (418 + 296 + 160,5 = 874,5) add up but stand in",
    "their own sentence with no cue: no total. Periods: 'cuối tháng 12/2023' is a vague window, left null for the damage figures.",
    "'bằng 101,2% kế hoạch' is the percent of 58.400 tấn. 'dự báo giảm khoảng 4.500 tấn' has no base figure: a forecast measure.",
    "Target sentence: all three figures status target, 7.200 ha part of 12.000 ha. 'Quốc lộ 4D', 'sáng 28/12' are distractors.",
], FIG, published="2024-01-04", location="Lai Châu")
