"""p1040-6: national newspaper, đua ghe trên sông Hương dịp Quốc khánh 2024 (TP Huế, Thừa Thiên Huế)."""
from lib import F, P, Y, I, C, T, write

TEXT = """Thời sự > Thừa Thiên Huế
Thứ hai, 2/9/2024, 17:40 (GMT+7)

Gần 900 tay chèo đua ghe trên sông Hương

Thừa Thiên Huế - 20 đội ghe của các phường, xã thuộc TP Huế tranh tài trên sông Hương chiều Quốc khánh, hai bên bờ kín người xem.

Lễ hội đua ghe truyền thống trên sông Hương năm 2024 do UBND TP Huế tổ chức có 20 đội ghe, gồm 12 ghe nam và 8 ghe nữ, với tổng cộng 876 tay chèo. Đường đua dài 1.600 m, xuất phát từ cầu Dã Viên, về đích tại bến Phu Văn Lâu trên đường Lê Lợi.

Ông Hoàng Hải Minh, Chủ tịch UBND TP Huế, cho biết kinh phí tổ chức năm nay khoảng 600 triệu đồng, trong đó xã hội hóa chiếm 35%. Mỗi đội được hỗ trợ 15 triệu đồng tiền tập luyện; đội vô địch nội dung nam nhận 40 triệu đồng.

Ghe phường Vỹ Dạ về nhất nội dung nam, đây là lần thứ 3 đội giành chức vô địch; ghe xã Hương Phong thắng ở nội dung nữ.

Theo Sở Du lịch, trong dịp nghỉ lễ Quốc khánh từ 31/8 đến 3/9, Thừa Thiên Huế ước đón 95.000 lượt khách, tăng 18% so với cùng kỳ năm 2023; trong đó khách quốc tế khoảng 30.000 lượt. Doanh thu du lịch ước đạt 190 tỷ đồng. Tính chung 8 tháng đầu năm 2024, tỉnh đón hơn 2,6 triệu lượt khách, tăng 21% so với cùng kỳ, tổng thu từ du lịch đạt khoảng 4.850 tỷ đồng.

Đua ghe là sinh hoạt văn hóa lâu đời của cư dân ven sông Hương, sông Bồ, phá Tam Giang. Mỗi năm, các địa phương trong tỉnh tổ chức khoảng 15 giải đua ghe vào dịp Quốc khánh và Tết.

Thanh Vân
"""

Y24 = Y(2024)
NN = Y(2024, "năm nay")
LE = P("từ 31/8 đến 3/9", "2024-08-31", "2024-09-03")
M8 = P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")

FIGS = [
    F("Gần 900 tay chèo", "900", 900, "count", "tay chèo", "tay chèo đua ghe trên sông Hương", approx="nearly",
      location="Huế"),
    F("- 20 đội ghe", "20", 20, "count", "đội ghe", "đội ghe tranh tài trên sông Hương", location="Huế"),
    F("có 20 đội ghe", "20", 20, "count", "đội ghe", "đội ghe lễ hội đua ghe truyền thống trên sông Hương", Y24,
      location="Huế"),
    F("12 ghe nam", "12", 12, "count", "ghe", "ghe nam", Y24, total=20, location="Huế"),
    F("8 ghe nữ", "8", 8, "count", "ghe", "ghe nữ", Y24, total=20, location="Huế"),
    F("tổng cộng 876 tay chèo", "876", 876, "count", "tay chèo", "tay chèo", Y24, location="Huế"),
    F("dài 1.600 m", "1.600", 1600, "measure", "m", "chiều dài đường đua", I(Y24), location="Huế", optional=True),
    F("khoảng 600 triệu đồng", "600", 600e6, "money", "đồng", "kinh phí tổ chức lễ hội đua ghe", NN,
      approx="about", location="Huế"),
    F("chiếm 35%", "35", 35, "percent", "%", "xã hội hóa trong kinh phí tổ chức", NN, location="Huế"),
    F("hỗ trợ 15 triệu đồng", "15", 15e6, "money", "đồng/đội", "hỗ trợ tiền tập luyện mỗi đội", I(NN), location="Huế"),
    F("nhận 40 triệu đồng", "40", 40e6, "money", "đồng", "tiền thưởng đội vô địch nội dung nam", I(NN),
      location="Huế"),
    F("đón 95.000 lượt khách", "95.000", 95000, "count", "lượt khách", "lượt khách dịp nghỉ lễ Quốc khánh", LE,
      status="estimate", change=C("increase", 18, "%", "cùng kỳ năm 2023")),
    F("khoảng 30.000 lượt", "30.000", 30000, "count", "lượt", "khách quốc tế", LE, approx="about", total=95000,
      status="estimate"),
    F("ước đạt 190 tỷ đồng", "190", 190e9, "money", "đồng", "doanh thu du lịch", I(LE), status="estimate"),
    F("hơn 2,6 triệu lượt khách", "2,6", 2.6e6, "count", "lượt khách", "lượt khách tỉnh đón", M8, approx="over",
      change=C("increase", 21, "%", "cùng kỳ")),
    F("khoảng 4.850 tỷ đồng", "4.850", 4.85e12, "money", "đồng", "tổng thu từ du lịch", M8, approx="about"),
    F("khoảng 15 giải", "15", 15, "count", "giải", "giải đua ghe các địa phương trong tỉnh tổ chức mỗi năm",
      approx="about"),
]

NOTES = [
    "National newspaper (VnExpress style): đua ghe trên sông Hương, 2/9/2024. Festival figures describe TP Huế (organised by",
    "UBND TP Huế for its wards and communes): location 'Huế'; the tourism figures are the province's: 'Thừa Thiên Huế'.",
    "Not figures: dateline and time, 'lần thứ 3' (ordinal), 'đường Lê Lợi', 'cầu Dã Viên'. 1.600 m race length optional.",
    "'35%' after 'trong đó xã hội hóa chiếm' is a share of 600 triệu: a percent figure of its own.",
]

write("p1040-6", TEXT, FIGS, NOTES, published="2024-09-02", location="Thừa Thiên Huế")
