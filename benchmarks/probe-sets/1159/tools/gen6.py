"""p1159-6: national newspaper, Vietnamese hair prices and exports; a Hà Nội exporter in Bắc Từ Liêm."""
from lib import F, P, I, C, write

TEXT = """Kinh doanh › Hàng hóa

Thứ Sáu, 14/6/2024, 06:00 (GMT+7)

Tóc Việt được săn đón, giá tăng 30%

Giá tóc thật của Việt Nam tăng 25-30% so với năm ngoái do nhu cầu từ Mỹ, châu Phi tăng mạnh, trong khi nguồn tóc nguyên liệu ngày càng khan hiếm.

Bà Phạm Thu Hà, giám đốc một công ty xuất khẩu tóc ở quận Bắc Từ Liêm (Hà Nội), cho biết loại tóc Remy dài 70 cm hiện được chào bán khoảng 450 USD/kg, trong khi tháng 1/2023 chỉ khoảng 340 USD/kg. Mỗi tháng, công ty xuất khoảng 800 kg tóc đi Mỹ, Nigeria và Ghana; doanh thu năm ngoái đạt 3,6 triệu USD, gấp đôi năm 2021. Công ty có 120 lao động, trong đó 25 người làm ở bộ phận phân loại tóc.

Theo Hiệp hội Tóc giả Việt Nam, cả nước có khoảng 1.200 cơ sở thu mua, chế biến tóc, trong đó khoảng 40% tập trung ở các tỉnh đồng bằng sông Hồng. Năm 2023, xuất khẩu tóc giả và sản phẩm từ tóc đạt 590 triệu USD, gấp 2,3 lần năm 2019.

Ông Trần Văn Hải, Phó chủ tịch hiệp hội, cho biết nguồn tóc trong nước chỉ đáp ứng chưa đến 45% nhu cầu, doanh nghiệp phải nhập thêm từ Campuchia, Lào, Myanmar. Dự kiến năm 2024, lượng tóc nguyên liệu nhập khẩu khoảng 2.000 tấn, tăng 15% so với năm 2023.

Theo ông Hải, để giữ nguồn hàng, nhiều doanh nghiệp đã ký hợp đồng bao tiêu dài hạn với thương lái ở các tỉnh miền núi, ứng trước tiền cho người bán tóc.

Minh Sơn
"""

JAN23 = P("tháng 1/2023", "2023-01-01", "2023-01-31")
LAST = P("năm ngoái", "2023-01-01", "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
BTL = "Bắc Từ Liêm"

FIGS = [
    F("giá tăng 30%", "30", 30, "percent", "%", subject="giá tóc Việt"),
    F("tăng 25-30%", "25", 25, "percent", "%", value_max=30,
      subject="giá tóc thật của Việt Nam"),
    F("dài 70 cm", "70", 70, "measure", "cm", optional=True, location=BTL),
    F("khoảng 450 USD/kg", "450", 450, "money", "USD/kg", approx="about",
      subject="giá chào bán tóc Remy dài 70 cm", location=BTL),
    F("khoảng 340 USD/kg", "340", 340, "money", "USD/kg", approx="about",
      subject="giá chào bán tóc Remy dài 70 cm", period=JAN23, location=BTL),
    F("khoảng 800 kg", "800", 800, "measure", "kg", approx="about",
      subject="tóc công ty xuất mỗi tháng", location=BTL),
    F("đạt 3,6 triệu USD", "3,6", 3600000, "money", "USD",
      change=C("increase", 2, "lần", "năm 2021"), subject="doanh thu của công ty", period=LAST, location=BTL),
    F("có 120 lao động", "120", 120, "count", "lao động", subject="lao động của công ty", location=BTL),
    F("trong đó 25 người", "25", 25, "count", "người", total=120,
      subject="lao động bộ phận phân loại tóc", location=BTL),
    F("khoảng 1.200 cơ sở", "1.200", 1200, "count", "cơ sở", approx="about",
      subject="cơ sở thu mua, chế biến tóc"),
    F("khoảng 40%", "40", 40, "percent", "%", approx="about",
      subject="tỷ lệ cơ sở thu mua, chế biến tóc tập trung ở các tỉnh đồng bằng sông Hồng"),
    F("đạt 590 triệu USD", "590", 590000000, "money", "USD",
      change=C("increase", 2.3, "lần", "năm 2019"),
      subject="xuất khẩu tóc giả và sản phẩm từ tóc", period=Y23),
    F("chưa đến 45%", "45", 45, "percent", "%", approx="under",
      subject="tỷ lệ nhu cầu tóc được nguồn tóc trong nước đáp ứng"),
    F("khoảng 2.000 tấn", "2.000", 2000, "measure", "tấn", approx="about", status="forecast",
      change=C("increase", 15, "%", "năm 2023"),
      subject="lượng tóc nguyên liệu nhập khẩu", period=Y24),
]

NOTES = [
    "National newspaper: 'Thứ Sáu, 14/6/2024, 06:00 (GMT+7)', byline at the end. National figures: location Việt Nam.",
    "A Hà Nội exporter in quận Bắc Từ Liêm: its figures over three sentences have location Bắc Từ Liêm.",
    "Headline 'giá tăng 30%' and lead 'tăng 25-30% so với năm ngoái' are growth rates as the claim (percent, no change); no period (baseline only).",
    "'doanh thu năm ngoái' = 2023 (published 2024). 'gấp đôi năm 2021' (đôi = 2) and 'gấp 2,3 lần năm 2019' are changes in 'lần' of the figure before them.",
    "'loại tóc Remy dài 70 cm' is a product grade (optional). 'chưa đến 45%' → approx under. 'Dự kiến năm 2024' → forecast.",
    "Distractors: time 06:00, '(GMT+7)', 'tháng 1/2023' (period of 340 USD/kg), years 2019/2021 as baselines.",
]

if __name__ == "__main__":
    write("p1159-6", TEXT, NOTES, FIGS, published="2024-06-14", location="Việt Nam")
