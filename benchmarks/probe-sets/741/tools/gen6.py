from lib import *

TEXT = """Kinh doanh › Hàng hóa
Thứ ba, 21/5/2024, 06:00 (GMT+7)

Giá lá thuốc lá lên cao nhất 5 năm, nông dân phía Bắc mở rộng diện tích

Giá thu mua lá thuốc lá vàng sấy loại 1 tại nhiều vùng nguyên liệu phía Bắc hiện ở mức 65.000-68.000 đồng/kg, tăng 10-12% so với cùng kỳ năm ngoái.

Theo Hiệp hội Thuốc lá Việt Nam, vụ xuân năm 2024 diện tích thuốc lá của 9 tỉnh phía Bắc đạt 11.800 ha, tăng khoảng 7% so với năm 2023; sản lượng ước đạt 27.000 tấn lá khô. Trong đó, Lạng Sơn, Cao Bằng và Bắc Giang là những địa phương có diện tích lớn nhất, lần lượt đạt 3.845 ha, 3.126 ha và 1.450 ha.

Tại xã Bế Triều (huyện Hòa An, Cao Bằng), ông Nông Văn Hải vừa mở rộng diện tích từ 0,8 ha lên 1,5 ha. "Với giá như hiện nay, mỗi ha cho thu khoảng 140 triệu đồng, trừ chi phí còn lãi trên 50 triệu đồng", ông Hải nói.

Ông Đào Minh Khang, Phó Chủ tịch Hiệp hội, cho biết 4 tháng đầu năm 2024, các doanh nghiệp đã thu mua 9.600 tấn lá khô, bằng 35,5% kế hoạch năm. Nhập khẩu nguyên liệu thuốc lá 4 tháng đạt 128,4 triệu USD, giảm 6,2% so với cùng kỳ do nguồn lá trong nước tăng.

Theo Hiệp hội, dự kiến cả năm nay nhu cầu lá nguyên liệu của các nhà máy khoảng 95.000-100.000 tấn. Hiện sản xuất trong nước mới đáp ứng chưa đến 55% nhu cầu, phần còn lại phải nhập khẩu từ Brazil, Ấn Độ, Trung Quốc.

Phương Linh
"""

Y24 = Y("vụ xuân năm 2024", 2024)
M4 = P("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
M4b = P("4 tháng", "2024-01-01", "2024-04-30")
FIGS = [
    F("mức 65.000-68.000 đồng/kg", "65.000", 65000, "money", "đồng/kg", "giá thu mua lá thuốc lá vàng sấy loại 1",
      value_max=68000, change=CH("increase", 10, "%", "cùng kỳ năm ngoái")),
    F("của 9 tỉnh", "9", 9, "count", "tỉnh", "tỉnh phía Bắc trồng thuốc lá", Y24, optional=True),
    F("đạt 11.800 ha", "11.800", 11800, "measure", "ha", "diện tích thuốc lá của 9 tỉnh phía Bắc", Y24,
      change=CH("increase", 7, "%", "năm 2023", "about")),
    F("ước đạt 27.000 tấn", "27.000", 27000, "measure", "tấn", "sản lượng lá khô", Y24, status="estimate"),
    F("đạt 3.845 ha", "3.845", 3845, "measure", "ha", "diện tích thuốc lá", I(Y24), total=11800, location="Lạng Sơn"),
    F("3.845 ha, 3.126 ha", "3.126", 3126, "measure", "ha", "diện tích thuốc lá", I(Y24), total=11800, location="Cao Bằng"),
    F("và 1.450 ha", "1.450", 1450, "measure", "ha", "diện tích thuốc lá", I(Y24), total=11800, location="Bắc Giang"),
    F("từ 0,8 ha", "0,8", 0.8, "measure", "ha", "diện tích thuốc lá của ông Nông Văn Hải trước khi mở rộng", location="Hòa An"),
    F("lên 1,5 ha", "1,5", 1.5, "measure", "ha", "diện tích thuốc lá của ông Nông Văn Hải sau khi mở rộng", location="Hòa An"),
    F("khoảng 140 triệu đồng", "140", 140e6, "money", "đồng/ha", "thu mỗi ha thuốc lá", approx="about", location="Hòa An"),
    F("trên 50 triệu đồng", "50", 50e6, "money", "đồng/ha", "lãi mỗi ha thuốc lá sau khi trừ chi phí", approx="over",
      location="Hòa An"),
    F("thu mua 9.600 tấn", "9.600", 9600, "measure", "tấn", "lá khô các doanh nghiệp đã thu mua", M4, percent=35.5),
    F("đạt 128,4 triệu USD", "128,4", 128.4e6, "money", "USD", "nhập khẩu nguyên liệu thuốc lá", M4b,
      change=CH("decrease", 6.2, "%", "cùng kỳ")),
    F("khoảng 95.000-100.000 tấn", "95.000", 95000, "measure", "tấn", "nhu cầu lá nguyên liệu của các nhà máy",
      Y("cả năm nay", 2024), value_max=100000, approx="about", status="forecast"),
    F("chưa đến 55%", "55", 55, "percent", "%", "tỷ lệ nhu cầu được sản xuất trong nước đáp ứng", approx="under"),
]

emit("p741-6", TEXT, [
    "National press (VnExpress-style dateline 'Thứ ba, 21/5/2024, 06:00 (GMT+7)'): tobacco leaf price high, northern area and output, purchases, imports.",
    "'tăng 10-12% so với cùng kỳ' after a price range: the change (value 10, the lower end). '9 tỉnh' modifies the subject: optional.",
    "'lần lượt' items after 'Trong đó' following 11.800 ha: total 11.800, location each province. 'từ 0,8 ha lên 1,5 ha' is two figures, not a range.",
    "'cao nhất 5 năm' (duration), 'loại 1' (grade), '(GMT+7)': not figures. 'mỗi ha cho thu …' → rate unit đồng/ha.",
], FIGS, published="2024-05-21", location="Việt Nam")
