"""p1039-6: national newspaper: raw nest prices fall, Khánh Hòa (Ninh Hòa) + national figures, 2025."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Nông nghiệp
Thứ bảy, 15/3/2025, 07:30 (GMT+7)

Giá yến thô giảm sâu, nhiều nhà yến bỏ trống

Giá tổ yến thô tại Khánh Hòa hiện chỉ còn 12-15 triệu đồng/kg, giảm khoảng 50% so với mức đỉnh của năm 2021, khiến nhiều chủ nhà yến thua lỗ.

Anh Lê Văn Hai, chủ một nhà yến 3 tầng rộng 250 m2 ở thị xã Ninh Hòa, cho biết năm 2024 nhà yến của anh thu được khoảng 28 kg tổ, bán được 390 triệu đồng, trong khi năm 2021 cùng sản lượng có thể thu gần 800 triệu đồng. "Chi phí xây nhà yến khoảng 1,2 tỷ đồng, trước tính 5-6 năm hoàn vốn, giờ phải trên 10 năm", anh Hai nói.

Năm 2021, giá yến thô từng lên 28-30 triệu đồng/kg, kéo theo phong trào xây nhà yến ồ ạt. Theo Sở Nông nghiệp và Môi trường Khánh Hòa, toàn tỉnh có khoảng 1.850 nhà yến, trong đó Ninh Hòa có 1.020 nhà. Khoảng 30% số nhà yến có rất ít chim về ở hoặc bỏ trống. Sản lượng yến nhà năm 2024 của tỉnh ước 9,8 tấn, giảm 7% so với năm 2023.

Theo Hiệp hội Yến sào Việt Nam, cả nước hiện có trên 25.000 nhà yến; sản lượng năm 2024 khoảng 200 tấn. Cũng trong năm 2024, xuất khẩu chính ngạch tổ yến sang Trung Quốc đạt 62 tấn, tăng gần 2 lần so với năm 2023.

Ông Lê Thanh Sáu, Phó chủ tịch Hiệp hội, cho rằng nguồn cung tăng nhanh trong khi thị trường nội địa tiêu thụ chậm là nguyên nhân chính khiến giá giảm. Hiệp hội đề xuất quy hoạch vùng nuôi, siết việc xây nhà yến trong khu dân cư và phấn đấu đến năm 2030 xuất khẩu chính ngạch đạt 300 tấn/năm.

Bùi Toàn
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("còn 12-15 triệu", "12", 12e6, "money", "đồng/kg", "giá tổ yến thô", value_max=15e6,
      change=C("decrease", 50, "%", "mức đỉnh của năm 2021", approx="about")),
    F("nhà yến 3 tầng", "3", 3, "count", "tầng", "số tầng nhà yến của anh Lê Văn Hai", optional=True,
      location="Ninh Hòa"),
    F("rộng 250 m2", "250", 250, "measure", "m2", "diện tích nhà yến của anh Lê Văn Hai", optional=True,
      location="Ninh Hòa"),
    F("khoảng 28 kg", "28", 28, "measure", "kg", "tổ yến nhà yến của anh Hai thu được", Y24,
      approx="about", location="Ninh Hòa"),
    F("390 triệu đồng", "390", 390e6, "money", "đồng", "tiền bán tổ yến", Y24, location="Ninh Hòa"),
    F("gần 800 triệu đồng", "800", 800e6, "money", "đồng", "tiền bán cùng sản lượng tổ yến",
      P("năm 2021", "2021-01-01", "2021-12-31"), approx="nearly", location="Ninh Hòa"),
    F("khoảng 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "chi phí xây nhà yến", approx="about",
      location="Ninh Hòa"),
    F("5-6 năm", "5", 5, "measure", "năm", "thời gian hoàn vốn dự tính trước đây", value_max=6,
      location="Ninh Hòa"),
    F("trên 10 năm", "10", 10, "measure", "năm", "thời gian hoàn vốn", approx="over", location="Ninh Hòa"),
    F("lên 28-30 triệu", "28", 28e6, "money", "đồng/kg", "giá yến thô", value_max=30e6,
      period=P("Năm 2021", "2021-01-01", "2021-12-31")),
    F("khoảng 1.850 nhà yến", "1.850", 1850, "count", "nhà yến", "nhà yến", approx="about"),
    F("có 1.020 nhà", "1.020", 1020, "count", "nhà", "nhà yến", total=1850, location="Ninh Hòa"),
    F("Khoảng 30%", "30", 30, "percent", "%", "nhà yến có rất ít chim về ở hoặc bỏ trống", approx="about"),
    F("ước 9,8 tấn", "9,8", 9.8, "measure", "tấn", "sản lượng yến nhà", Y24, status="estimate",
      change=C("decrease", 7, "%", "năm 2023")),
    F("trên 25.000 nhà yến", "25.000", 25000, "count", "nhà yến", "nhà yến", approx="over",
      location="Việt Nam"),
    F("khoảng 200 tấn", "200", 200, "measure", "tấn", "sản lượng tổ yến", Y24, approx="about",
      location="Việt Nam"),
    F("đạt 62 tấn", "62", 62, "measure", "tấn", "xuất khẩu chính ngạch tổ yến sang Trung Quốc",
      P("trong năm 2024", "2024-01-01", "2024-12-31"), location="Việt Nam",
      change=C("increase", 2, "lần", "năm 2023", approx="nearly")),
    F("đạt 300 tấn/năm", "300", 300, "measure", "tấn/năm", "xuất khẩu chính ngạch",
      P("đến năm 2030", None, "2030-12-31"), status="target", location="Việt Nam"),
]

NOTES = [
    "National newspaper: 'Thứ bảy, 15/3/2025, 07:30 (GMT+7)', byline at the end. Khánh Hòa, Ninh Hòa household, national figures.",
    "The household's house (3 tầng, 250 m2) is an example's specification: optional. Its figures are located in Ninh Hòa (thị xã).",
    "'trong đó Ninh Hòa có 1.020 nhà' follows the province's 1.850 nhà yến: total 1850, location Ninh Hòa.",
    "Hiệp hội Yến sào Việt Nam figures ('cả nước') are Việt Nam; 'sang Trung Quốc' is a trade partner, not a place.",
    "'tăng gần 2 lần so với năm 2023' is a change of 2 lần (approx nearly).",
    "Distractors: dateline and time, 'Anh Lê Văn Hai', 'Ông Lê Thanh Sáu'.",
]

if __name__ == "__main__":
    write(6, TEXT, FIGS, NOTES, published="2025-03-15", location="Khánh Hòa")
