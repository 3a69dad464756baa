"""p788-6: national newspaper (VnExpress style), bird's-nest exports to China in 2024, farm-gate prices; 2025-03-11."""
from lib import F, asof, build, change, inherit, period, year

TEXT = """Kinh doanh › Hàng hóa
Thứ ba, 11/3/2025, 06:00 (GMT+7)

Xuất khẩu tổ yến sang Trung Quốc tăng gấp 2,2 lần

Năm ngoái, doanh nghiệp Việt xuất chính ngạch hơn 52 tấn tổ yến sang Trung Quốc, song giá yến thô thu mua trong nước vẫn ở mức thấp.

Theo Hiệp hội Yến sào Việt Nam, năm 2024 kim ngạch xuất khẩu yến sào của cả nước ước đạt 560 triệu USD, tăng khoảng 15% so với năm 2023. Thị trường Trung Quốc chiếm khoảng 62% kim ngạch, tiếp đến là Mỹ, Hàn Quốc và Singapore. Hiện có 23 doanh nghiệp được phía Trung Quốc cấp mã số xuất khẩu tổ yến, trong đó Khánh Hòa 5 doanh nghiệp, TP Hồ Chí Minh 4 doanh nghiệp.

Cả nước hiện có khoảng 25.000 nhà yến, sản lượng tổ yến khoảng 180 tấn mỗi năm. Tuy nhiên, giá yến thô thu mua trong nước chỉ còn 13-15 triệu đồng/kg, giảm khoảng 40% so với năm 2020.

Ông Nguyễn Văn Hải, chủ 3 nhà yến ở huyện Trần Văn Thời (Cà Mau), cho biết mỗi tháng ông thu khoảng 6 kg tổ, thu nhập chỉ còn hơn 80 triệu đồng, trong khi năm 2020 có thể đạt 150 triệu đồng.

Tại Long An, Công ty TNHH Yến sào Nam Phong 68 năm 2024 xuất khẩu 6,5 tấn tổ yến tinh chế sang Trung Quốc, doanh thu đạt 210 tỷ đồng, tăng 35% so với năm trước. Công ty dự kiến năm 2025 nâng sản lượng xuất khẩu lên 9 tấn.

Theo ông Lê Quang Minh, Phó chủ tịch Hiệp hội, để đạt mục tiêu kim ngạch 1 tỷ USD vào năm 2030, ngành cần đẩy mạnh chế biến sâu và xây dựng thương hiệu chung cho yến sào Việt Nam.

Thanh Hương
"""

Y24a = year(2024, "Năm ngoái")
Y24 = year(2024, "năm 2024")
Y20 = year(2020, "năm 2020")
Y25 = year(2025, "năm 2025")
Y30 = year(2030, "vào năm 2030")
TVT = "Trần Văn Thời"

FIGS = [
    F("tăng gấp 2,2 lần", "2,2", 2.2, "multiple", "lần", "xuất khẩu tổ yến sang Trung Quốc", inherit(Y24a)),
    F("hơn 52 tấn", "52", 52, "measure", "tấn", "tổ yến xuất chính ngạch sang Trung Quốc", Y24a, approx="over"),
    F("ước đạt 560 triệu USD", "560", 560e6, "money", "USD", "kim ngạch xuất khẩu yến sào", Y24,
      status="estimate", change=change("increase", 15, "%", "năm 2023", "about")),
    F("khoảng 62% kim ngạch", "62", 62, "percent", "%", "thị trường Trung Quốc trong kim ngạch xuất khẩu yến sào",
      inherit(Y24), approx="about"),
    F("có 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp",
      "doanh nghiệp được phía Trung Quốc cấp mã số xuất khẩu tổ yến"),
    F("Khánh Hòa 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp",
      "doanh nghiệp được cấp mã số xuất khẩu tổ yến", total=23, location="Khánh Hòa"),
    F("Minh 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp",
      "doanh nghiệp được cấp mã số xuất khẩu tổ yến", total=23, location="Thành phố Hồ Chí Minh"),
    F("khoảng 25.000 nhà yến", "25.000", 25000, "count", "nhà yến", "nhà yến", approx="about"),
    F("khoảng 180 tấn", "180", 180, "measure", "tấn/năm", "sản lượng tổ yến", approx="about"),
    F("còn 13-15 triệu", "13", 13e6, "money", "đồng/kg", "giá yến thô thu mua trong nước", value_max=15e6,
      change=change("decrease", 40, "%", "năm 2020", "about")),
    F("chủ 3 nhà yến", "3", 3, "count", "nhà yến", "nhà yến của ông Nguyễn Văn Hải", location=TVT, optional=True),
    F("khoảng 6 kg tổ", "6", 6, "measure", "kg/tháng", "tổ yến thu mỗi tháng", approx="about", location=TVT),
    F("hơn 80 triệu đồng", "80", 80e6, "money", "đồng/tháng", "thu nhập mỗi tháng", approx="over", location=TVT),
    F("đạt 150 triệu đồng", "150", 150e6, "money", "đồng/tháng", "thu nhập mỗi tháng", Y20, location=TVT),
    F("xuất khẩu 6,5 tấn", "6,5", 6.5, "measure", "tấn", "tổ yến tinh chế xuất khẩu sang Trung Quốc", Y24,
      location="Long An"),
    F("đạt 210 tỷ", "210", 210e9, "money", "đồng", "doanh thu", Y24, location="Long An",
      change=change("increase", 35, "%", "năm trước")),
    F("lên 9 tấn", "9", 9, "measure", "tấn", "sản lượng xuất khẩu", Y25, status="forecast", location="Long An"),
    F("kim ngạch 1 tỷ USD", "1", 1e9, "money", "USD", "kim ngạch xuất khẩu yến sào", Y30, status="target"),
]

COMMENTS = [
    "National newspaper (VnExpress style), 'Thứ ba, 11/3/2025, 06:00 (GMT+7)': xuất khẩu tổ yến sang Trung Quốc năm 2024.",
    "Location Việt Nam by default (Trung Quốc is the trade partner, not a place of a figure); Long An for the company,",
    "Trần Văn Thời (Cà Mau) for the farmer's figures; the 5 and 4 exporters take their provinces and total 23 ('trong đó').",
    "'Năm ngoái' in an article of 2025 = 2024 (scored: same sentence). The headline multiple stands alone as the claim.",
    "'khoảng 180 tấn mỗi năm' → unit tấn/năm; 'mỗi tháng … khoảng 6 kg', 'hơn 80 triệu đồng', '150 triệu đồng' → per month.",
    "'chủ 3 nhà yến' describes the person (optional). 'vào năm 2030' = the year 2030. 'Hiện'/'hiện' sentences: no period.",
    "Not figures: dateline and time, 'Nam Phong 68' (a company name), 'năm 2023', 'năm 2020' (baselines), people's names.",
]

if __name__ == "__main__":
    build("p788-6", TEXT, FIGS, COMMENTS, published="2025-03-11", location="Việt Nam")
