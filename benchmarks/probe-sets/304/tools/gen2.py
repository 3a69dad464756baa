from lib import Doc, P, C, T

text = """UBND THÀNH PHỐ BẢO LỘC
Cổng thông tin điện tử
Tin tức - Sự kiện » Kinh tế

Bảo Lộc: Chuyển đổi cơ cấu cây chè, nâng giá trị sản phẩm
Ngày đăng: 12/08/2024 | Lượt xem: 874

Những năm gần đây, diện tích chè trên địa bàn thành phố giảm dần do người dân chuyển sang trồng sầu riêng, cà phê và cây ăn quả. Tính đến 30/6/2024, toàn thành phố còn 3.215 ha chè, giảm 412 ha so với năm 2020; trong đó chè cành chất lượng cao 2.140 ha, chè hạt giống cũ 1.075 ha.

Năng suất chè bình quân đạt từ 12 đến 14 tấn/ha; riêng các vườn chè ô long áp dụng tưới tiết kiệm đạt gần 16 tấn/ha. Sáu tháng đầu năm 2024, sản lượng chè búp tươi ước đạt 21.600 tấn, bằng 51,4% kế hoạch năm, tăng 1,8% so với cùng kỳ.

Toàn thành phố hiện có 128 cơ sở chế biến chè, trong đó 36 doanh nghiệp và 92 hộ kinh doanh, tập trung tại phường Lộc Sơn, xã Đại Lào và dọc Quốc lộ 20; tổng công suất chế biến khoảng 450 tấn búp tươi/ngày.

Giá chè búp tươi thu mua tại vườn dao động 7.500-9.000 đồng/kg; chè ô long nguyên liệu đạt 25.000 đồng/kg, cao hơn 3.000 đồng/kg so với cùng kỳ năm 2023. Thành phố có 14 sản phẩm trà đạt OCOP, trong đó 2 sản phẩm 4 sao.

Theo Kế hoạch số 152/KH-UBND ngày 5/6/2023 của UBND thành phố, đến năm 2025 thành phố giữ ổn định khoảng 3.000 ha chè, trong đó 70% diện tích áp dụng quy trình sản xuất an toàn; mỗi năm hỗ trợ ít nhất 5 cơ sở đổi mới thiết bị chế biến.

Thông tin liên hệ: Phòng Kinh tế thành phố Bảo Lộc, số 2 Nguyễn Công Trứ, phường 1; điện thoại 0263.3864.152.
"""

d = Doc("p304-2", text, [
    "City portal (UBND thành phố Bảo Lộc, Lâm Đồng): tea area decline, yields, 6-month output, processing facilities, prices, OCOP, targets to 2025.",
    "'Ngày đăng: 12/08/2024 | Lượt xem: 874' = dateline + counter. Distractors: 'Quốc lộ 20', 'Kế hoạch số 152/KH-UBND ngày 5/6/2023', 'số 2 Nguyễn Công Trứ, phường 1', phone.",
    "3.215 ha carries the change 'giảm 412 ha so với năm 2020'; 2.140 + 1.075 = 3.215 (trong đó). 36 + 92 = 128 (trong đó). '2 sản phẩm 4 sao' part of 14.",
    "'bằng 51,4% kế hoạch năm' is the 21.600 tấn's percent. 'cao hơn 3.000 đồng/kg so với cùng kỳ năm 2023' is the price's change.",
    "The 70% is a target share (percent figure, no total); 'ít nhất 5 cơ sở' a target count with approx at_least. Location Bảo Lộc (a city of Lâm Đồng).",
], published="2024-08-12", location="Bảo Lộc")

AS = P("Tính đến 30/6/2024", None, "2024-06-30")
d.f("còn 3.215 ha", "3.215", 3215, "measure", "ha", "diện tích chè", AS, change=C("decrease", 412, "ha", "năm 2020"))
d.f("cao 2.140 ha", "2.140", 2140, "measure", "ha", "diện tích chè cành chất lượng cao", AS, total=3215)
d.f("cũ 1.075 ha", "1.075", 1075, "measure", "ha", "diện tích chè hạt giống cũ", AS, total=3215)
d.f("từ 12 đến 14 tấn/ha", "12", 12, "measure", "tấn/ha", "năng suất chè bình quân", value_max=14)
d.f("gần 16 tấn/ha", "16", 16, "measure", "tấn/ha", "năng suất vườn chè ô long áp dụng tưới tiết kiệm", approx="nearly")
H1 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
d.f("ước đạt 21.600 tấn", "21.600", 21600, "measure", "tấn", "sản lượng chè búp tươi", H1, percent=51.4,
    change=C("increase", 1.8, "%", "cùng kỳ"), status="estimate")
d.f("có 128 cơ sở", "128", 128, "count", "cơ sở", "cơ sở chế biến chè")
d.f("trong đó 36 doanh nghiệp", "36", 36, "count", "doanh nghiệp", "doanh nghiệp chế biến chè", total=128)
d.f("92 hộ kinh doanh", "92", 92, "count", "hộ kinh doanh", "hộ kinh doanh chế biến chè", total=128)
d.f("khoảng 450 tấn búp tươi/ngày", "450", 450, "measure", "tấn/ngày", "tổng công suất chế biến", approx="about")
d.f("dao động 7.500-9.000 đồng/kg", "7.500", 7500, "money", "đồng/kg", "giá chè búp tươi thu mua tại vườn", value_max=9000)
d.f("đạt 25.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá chè ô long nguyên liệu",
    change=C("increase", 3000, "đồng/kg", "cùng kỳ năm 2023"))
d.f("có 14 sản phẩm", "14", 14, "count", "sản phẩm", "sản phẩm trà đạt OCOP")
d.f("trong đó 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm trà OCOP 4 sao", total=14)
TG = P("đến năm 2025", None, "2025-12-31")
d.f("khoảng 3.000 ha", "3.000", 3000, "measure", "ha", "diện tích chè", TG, approx="about", status="target")
d.f("trong đó 70% diện tích", "70", 70, "percent", "%", "diện tích áp dụng quy trình sản xuất an toàn", TG, status="target")
d.f("ít nhất 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở được hỗ trợ đổi mới thiết bị chế biến mỗi năm", TG,
    approx="at_least", status="target")
d.write()
