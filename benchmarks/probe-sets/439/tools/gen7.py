from lib import *

T = """
Kinh doanh › Hàng hóa
Thứ sáu, 24/5/2024, 14:30 (GMT+7)
Diêm dân Sa Huỳnh trúng mùa, được giá
Giá muối tại cánh đồng muối Sa Huỳnh (Quảng Ngãi) lên 2.500-3.000 đồng/kg, gấp đôi cùng kỳ năm ngoái, diêm dân có lãi sau nhiều năm thua lỗ.

Sáng 23/5, trên cánh đồng muối ở phường Phổ Thạnh, thị xã Đức Phổ, hàng trăm diêm dân tất bật cào muối từ 4h. Bà Nguyễn Thị Sáu, 58 tuổi, cho biết gia đình bà có 5 sào ruộng, mỗi ngày thu khoảng 1,5 tấn muối. "Năm nay muối được giá, mỗi tấn lãi khoảng 1,2 triệu đồng, gấp 3 lần năm ngoái", bà Sáu nói.

Theo UBND thị xã Đức Phổ, cánh đồng muối Sa Huỳnh hiện có khoảng 110 ha với hơn 400 hộ diêm dân; từ đầu năm đến nay sản lượng đạt 9.600 tấn, bằng 80% cả năm 2023. Tỷ lệ hộ nghèo trong các hộ làm muối giảm từ 12% năm 2021 xuống 4,5% hiện nay.

Tại Khánh Hòa, giá muối ở vùng muối Hòn Khói (thị xã Ninh Hòa) cũng tăng lên 2.200 đồng/kg. Theo Cục Kinh tế hợp tác và Phát triển nông thôn, 4 tháng đầu năm 2024 sản lượng muối cả nước đạt khoảng 410.000 tấn, giảm 6% so với cùng kỳ do mưa trái mùa; giá muối bình quân tăng 35-40%.

Ông Võ Văn Tài, Chủ tịch UBND phường Phổ Thạnh, cho biết năm nay phường hỗ trợ diêm dân 300 triệu đồng nạo vét kênh dẫn nước biển và phấn đấu đưa sản lượng cả năm đạt 15.000 tấn.

Phạm Linh
"""

a = Article("p439-7", T, [
    "National press (VnExpress style), 'Thứ sáu, 24/5/2024, 14:30 (GMT+7)', byline at the end. Salt price rise in Sa Huỳnh (thị xã Đức Phổ, Quảng Ngãi).",
    "Sa Huỳnh figures take the town Đức Phổ (district level) as location; Hòn Khói price takes Ninh Hòa; national figures Việt Nam.",
    "'gấp đôi cùng kỳ năm ngoái' is the change (2 lần, number word) of the 2.500-3.000 range; 'gấp 3 lần năm ngoái' the change of 1,2 triệu đồng/tấn.",
    "'bằng 80% cả năm 2023' is the share of 9.600 tấn. '12% năm 2021' and '4,5% hiện nay' are two levels (no change); 'hiện nay' period inherited (unscored).",
    "'tăng lên 2.200 đồng/kg' states only the new level. 'giá muối bình quân tăng 35-40%' is a growth rate standing as a percent figure.",
    "'hàng trăm diêm dân' is a number word (FIGURES.md §2): count 100, about (added after the first run).",
    "'58 tuổi' (a person's age) optional. Distractors: 'Sáng 23/5', 'từ 4h', '(GMT+7)', '4 tháng' inside the period.",
], published="2024-05-24", location="Đức Phổ")

a.f("lên 2.500-3.000 đồng/kg", "2.500", 2500, "money", "đồng/kg", "giá muối tại cánh đồng muối Sa Huỳnh", value_max=3000,
    change=CH("+", 2, "lần", "cùng kỳ năm ngoái"))
a.f("hàng trăm diêm dân", "hàng trăm", 100, "count", "diêm dân", "diêm dân cào muối trên cánh đồng muối",
    SPAN("Sáng 23/5", "2024-05-23", "2024-05-23", inh=True), approx="about")
a.f("58 tuổi", "58", 58, "measure", "tuổi", "tuổi bà Nguyễn Thị Sáu", optional=True)
a.f("có 5 sào ruộng", "5", 5, "measure", "sào", "ruộng muối của gia đình bà Sáu")
a.f("khoảng 1,5 tấn muối", "1,5", 1.5, "measure", "tấn", "sản lượng muối mỗi ngày của gia đình bà Sáu", approx="about")
a.f("khoảng 1,2 triệu đồng", "1,2", 1200000, "money", "đồng/tấn", "lãi mỗi tấn muối", Y("Năm nay", 2024),
    approx="about", change=CH("+", 3, "lần", "năm ngoái"))
a.f("khoảng 110 ha", "110", 110, "measure", "ha", "diện tích cánh đồng muối Sa Huỳnh", approx="about")
a.f("hơn 400 hộ diêm dân", "400", 400, "count", "hộ diêm dân", "hộ diêm dân Sa Huỳnh", approx="over")
a.f("đạt 9.600 tấn", "9.600", 9600, "measure", "tấn", "sản lượng muối Sa Huỳnh",
    SPAN("từ đầu năm đến nay", "2024-01-01", "2024-05-24"), percent=80)
a.f("từ 12% năm 2021", "12", 12, "percent", "%", "tỷ lệ hộ nghèo trong các hộ làm muối", Y("năm 2021", 2021))
a.f("xuống 4,5%", "4,5", 4.5, "percent", "%", "tỷ lệ hộ nghèo trong các hộ làm muối",
    ASOF("hiện nay", "2024-05-24", inh=True))
a.f("tăng lên 2.200 đồng/kg", "2.200", 2200, "money", "đồng/kg", "giá muối vùng muối Hòn Khói", location="Ninh Hòa")
P4 = M("4 tháng đầu năm 2024", 2024, 1, 4)
a.f("khoảng 410.000 tấn", "410.000", 410000, "measure", "tấn", "sản lượng muối cả nước", P4, approx="about",
    change=CH("-", 6, "%", "cùng kỳ"), location="Việt Nam")
a.f("tăng 35-40%", "35", 35, "percent", "%", "tốc độ tăng giá muối bình quân", P4, value_max=40, location="Việt Nam")
PN = Y("năm nay", 2024)
a.f("diêm dân 300 triệu đồng", "300", 300000000, "money", "đồng", "kinh phí phường hỗ trợ diêm dân nạo vét kênh", PN)
a.f("đạt 15.000 tấn", "15.000", 15000, "measure", "tấn", "sản lượng muối cả năm", PN, status="target")
a.write()
