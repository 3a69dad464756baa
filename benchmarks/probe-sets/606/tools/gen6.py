"""p606-6: national press — ancient Shan tuyết tea trees: area, tree counts by province, heritage trees, prices, output, 2024 plan."""
from lib import F, P, I, CH, emit

TEXT = """Thứ hai, 3/6/2024, 07:00 (GMT+7)

Chè Shan tuyết cổ thụ có giá 3 triệu đồng một kg

Chè khô làm từ những cây Shan tuyết hàng trăm năm tuổi ở vùng núi phía Bắc đang được bán với giá từ 1,5 đến 3 triệu đồng/kg. Riêng tại Hà Giang, giá chè khô Shan tuyết cổ thụ năm 2023 tăng 25% so với năm 2022 nhờ nhu cầu của khách du lịch.

Theo Hiệp hội Chè Việt Nam, cả nước hiện có khoảng 15.000 ha chè Shan tuyết, phân bố ở độ cao 800-2.000 m, chủ yếu tại Hà Giang, Yên Bái, Lào Cai, Sơn La, Điện Biên và Lai Châu. Trong đó, khoảng 2,2 triệu cây được xác định là cây cổ thụ trên 100 năm tuổi. Hà Giang có nhiều cây cổ thụ nhất với 1,1 triệu cây, tiếp đến là Yên Bái 420.000 cây, Sơn La 310.000 cây.

Đến tháng 5/2024, đã có 1.426 cây chè Shan tuyết được công nhận Cây Di sản Việt Nam, tăng gần 2,5 lần so với năm 2020. Riêng quần thể chè cổ thụ ở Tà Xùa (huyện Bắc Yên, Sơn La) có 102 cây di sản; cây lâu năm nhất khoảng 800 năm tuổi.

Sản lượng chè búp tươi từ cây cổ thụ mỗi năm chỉ đạt khoảng 8.000 tấn, tương đương hơn 1.600 tấn chè khô. Ông Lê Văn Khải, Phó Chủ tịch Hiệp hội Chè Việt Nam, cho biết 80% lượng chè cổ thụ hiện vẫn được bán dưới dạng nguyên liệu thô, giá trị gia tăng thấp.

Năm 2024, các tỉnh dự kiến đầu tư 45 tỷ đồng để khoanh vùng, gắn mã số cho 5.000 cây cổ thụ quý.

Hải Đăng
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có giá 3 triệu đồng", "3", 3e6, "money", "đồng/kg", "giá chè Shan tuyết cổ thụ"),
    F("hàng trăm năm tuổi", "hàng trăm", 100, "measure", "năm", "tuổi cây Shan tuyết", approx="about",
      optional=True),
    F("từ 1,5 đến 3 triệu đồng/kg", "1,5", 1.5e6, "money", "đồng/kg", "giá chè khô làm từ cây Shan tuyết cổ thụ",
      value_max=3e6),
    F("năm 2023 tăng 25%", "25", 25, "percent", "%", "giá chè khô Shan tuyết cổ thụ",
      P("năm 2023", "2023-01-01", "2023-12-31"), location="Hà Giang"),
    F("khoảng 15.000 ha", "15.000", 15000, "measure", "ha", "diện tích chè Shan tuyết cả nước", approx="about"),
    F("độ cao 800-2.000 m", "800", 800, "measure", "m", "độ cao phân bố chè Shan tuyết", value_max=2000),
    F("khoảng 2,2 triệu cây", "2,2", 2.2e6, "count", "cây", "cây chè Shan tuyết cổ thụ trên 100 năm tuổi",
      approx="about"),
    F("cổ thụ trên 100 năm tuổi", "100", 100, "measure", "năm", "tuổi cây cổ thụ", approx="over", optional=True),
    F("với 1,1 triệu cây", "1,1", 1.1e6, "count", "cây", "cây chè Shan tuyết cổ thụ", location="Hà Giang"),
    F("Yên Bái 420.000 cây", "420.000", 420000, "count", "cây", "cây chè Shan tuyết cổ thụ", location="Yên Bái"),
    F("Sơn La 310.000 cây", "310.000", 310000, "count", "cây", "cây chè Shan tuyết cổ thụ", location="Sơn La"),
    F("có 1.426 cây", "1.426", 1426, "count", "cây", "cây chè Shan tuyết được công nhận Cây Di sản Việt Nam",
      P("Đến tháng 5/2024", None, "2024-05-31"),
      change=CH("increase", 2.5, "lần", baseline="năm 2020", approx="nearly")),
    F("có 102 cây", "102", 102, "count", "cây", "cây di sản quần thể chè cổ thụ Tà Xùa", location="Bắc Yên"),
    F("khoảng 800 năm", "800", 800, "measure", "năm", "tuổi cây chè lâu năm nhất", approx="about",
      location="Bắc Yên"),
    F("khoảng 8.000 tấn", "8.000", 8000, "measure", "tấn", "sản lượng chè búp tươi từ cây cổ thụ mỗi năm",
      approx="about"),
    F("hơn 1.600 tấn", "1.600", 1600, "measure", "tấn", "chè khô từ cây cổ thụ", approx="over"),
    F("cho biết 80%", "80", 80, "percent", "%", "lượng chè cổ thụ bán dưới dạng nguyên liệu thô"),
    F("đầu tư 45 tỷ đồng", "45", 45e9, "money", "đồng", "vốn đầu tư khoanh vùng, gắn mã số cây cổ thụ", Y24,
      status="forecast"),
    F("cho 5.000 cây", "5.000", 5000, "count", "cây", "cây cổ thụ quý được khoanh vùng, gắn mã số", Y24,
      status="forecast"),
]

COMMENTS = [
    "National press ('Thứ hai, 3/6/2024, 07:00 (GMT+7)', byline 'Hải Đăng' at the end): chè Shan tuyết cổ thụ cả nước.",
    "Default location Việt Nam; tree counts by province take their province; Tà Xùa (huyện Bắc Yên, Sơn La) -> district Bắc Yên.",
    "Headline '3 triệu đồng một kg' is a price per kg (unit đồng/kg). 'hàng trăm năm tuổi' and 'trên 100 năm tuổi' are qualifiers (optional).",
    "'khoảng 2,2 triệu cây' after 'Trong đó' counts trees, the whole counts ha: no total. Altitude '800-2.000 m' is a range figure.",
    "'tăng gần 2,5 lần so với năm 2020' is the change of 1.426 cây. 'tương đương hơn 1.600 tấn chè khô' is an equivalent amount: its own figure.",
    "'giá ... năm 2023 tăng 25% so với năm 2022' is a growth rate as the claim (percent, no change), location Hà Giang.",
    "'dự kiến' -> forecast for both figures of that clause. Distractors: dateline, '(GMT+7)', 'tháng 5/2024', 'mỗi năm', 'năm 2020' baseline.",
]

if __name__ == "__main__":
    emit("p606-6", TEXT, COMMENTS, FIGS, published="2024-06-03", location="Việt Nam")
