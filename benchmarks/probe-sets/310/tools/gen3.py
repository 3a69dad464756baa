from lib import Doc, P, C, T

TEXT = """BÁO NAM ĐỊNH
Kinh tế | Nông nghiệp - Nông thôn
12/03/2024 07:30

Làng hoa, cây cảnh Vị Khê vươn xa

(BNĐ) - Với lịch sử hơn 700 năm, làng hoa, cây cảnh Vị Khê (xã Điền Xá, huyện Nam Trực) là một trong những làng nghề hoa, cây cảnh lớn nhất miền Bắc.

Theo UBND xã Điền Xá, năm 2023 toàn xã có 980 hộ trồng hoa, cây cảnh trên tổng diện tích 285 ha, chiếm gần 70% diện tích đất nông nghiệp. Doanh thu từ hoa, cây cảnh đạt khoảng 420 tỷ đồng, tăng 12% so với năm 2022; thu nhập bình quân đầu người đạt 78 triệu đồng/năm.

Dịp Tết Nguyên đán Giáp Thìn vừa qua, làng nghề đã cung ứng ra thị trường hơn 150.000 chậu hoa, cây cảnh các loại, trong đó quất cảnh khoảng 35.000 chậu, đào thế gần 12.000 chậu. Giá quất cảnh phổ biến từ 400.000 đồng đến 2 triệu đồng/chậu, một số cây đào thế cổ được bán với giá trên 50 triệu đồng/cây.

Hiện làng nghề có 3 hợp tác xã và 25 doanh nghiệp, cơ sở kinh doanh hoa, cây cảnh, giải quyết việc làm thường xuyên cho hơn 2.500 lao động. Sản phẩm "Cây cảnh Vị Khê" đã được cấp nhãn hiệu tập thể và đạt chứng nhận OCOP 4 sao. Chợ hoa Vị Khê tại Km 5 Quốc lộ 21 mỗi ngày đón hàng trăm lượt thương lái từ các tỉnh về lấy hàng.

Ông Trần Văn Hùng, Chủ tịch UBND xã Điền Xá cho biết: Năm 2024, xã phấn đấu doanh thu từ hoa, cây cảnh đạt 450 tỷ đồng, đồng thời xây dựng 2 mô hình sản xuất hoa chậu trong nhà màng với quy mô 1,5 ha mỗi mô hình.

Theo Đề án phát triển làng nghề của huyện Nam Trực, mục tiêu giai đoạn 2021-2025 mở rộng diện tích hoa, cây cảnh toàn huyện lên 650 ha, giá trị sản xuất bình quân đạt trên 500 triệu đồng/ha.

Thanh Thúy
"""

d = Doc("p310-3", TEXT, [
    "Báo Nam Định (Party newspaper): làng hoa, cây cảnh Vị Khê, xã Điền Xá, huyện Nam Trực. Bare dateline '12/03/2024 07:30'; byline at the end.",
    "Commune figures are given the district, Nam Trực (FIGURES.md lists province, city or district as places). Distractors: 'Km 5 Quốc lộ 21', dates,",
    "'OCOP 4 sao' (a rating label, optional), 'hơn 700 năm' (history of the village, optional), 'hàng trăm lượt thương lái' (vague, optional).",
    "'trên tổng diện tích 285 ha': 'trên' is 'on', not an approximation; 285 ha is a measure with its share 'chiếm gần 70%' (percent 70).",
    "980 hộ and 285 ha count different things: no total. Second sentence of paragraph 2 inherits 'năm 2023' (inherited).",
    "'hơn 150.000 chậu …, trong đó … 35.000 chậu, … 12.000 chậu': parts with total 150000. Tết Giáp Thìn is a season: no period.",
    "'1,5 ha mỗi mô hình' is a size per model (measure, target with the rest of the 2024 plan).",
], published="2024-03-12", location="Nam Trực")

P23 = P("năm 2023", "2023-01-01", "2023-12-31")
P23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
P24 = P("Năm 2024", "2024-01-01", "2024-12-31")
PG = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

d.f("hơn 700 năm", "700", 700, "measure", "năm", "lịch sử làng hoa, cây cảnh Vị Khê", approx="over", optional=True)
d.f("có 980 hộ", "980", 980, "count", "hộ", "hộ trồng hoa, cây cảnh", period=P23)
d.f("diện tích 285 ha", "285", 285, "measure", "ha", "tổng diện tích trồng hoa, cây cảnh", percent=70, period=P23)
d.f("khoảng 420 tỷ đồng", "420", 420000000000, "money", "đồng", "doanh thu từ hoa, cây cảnh", approx="about",
    change=C("increase", 12, "%", "năm 2022"), period=P23i)
d.f("đạt 78 triệu đồng/năm", "78", 78000000, "money", "đồng/năm", "thu nhập bình quân đầu người", period=P23i)
d.f("hơn 150.000 chậu", "150.000", 150000, "count", "chậu", "hoa, cây cảnh các loại cung ứng ra thị trường", approx="over")
d.f("khoảng 35.000 chậu", "35.000", 35000, "count", "chậu", "quất cảnh cung ứng ra thị trường", approx="about", total=150000)
d.f("gần 12.000 chậu", "12.000", 12000, "count", "chậu", "đào thế cung ứng ra thị trường", approx="nearly", total=150000)
d.f("từ 400.000 đồng", "400.000", 400000, "money", "đồng/chậu", "giá quất cảnh phổ biến", value_max=2000000)
d.f("trên 50 triệu đồng/cây", "50", 50000000, "money", "đồng/cây", "giá một số cây đào thế cổ", approx="over")
d.f("có 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã hoa, cây cảnh")
d.f("và 25 doanh nghiệp", "25", 25, "count", "doanh nghiệp", "doanh nghiệp, cơ sở kinh doanh hoa, cây cảnh")
d.f("hơn 2.500 lao động", "2.500", 2500, "count", "lao động", "lao động có việc làm thường xuyên", approx="over")
d.f("OCOP 4 sao", "4", 4, "measure", "sao", "chứng nhận OCOP", optional=True)
d.f("hàng trăm lượt", "hàng trăm", 100, "count", "lượt thương lái", "thương lái về lấy hàng mỗi ngày", approx="over", optional=True)
d.f("đạt 450 tỷ đồng", "450", 450000000000, "money", "đồng", "doanh thu từ hoa, cây cảnh", status="target", period=P24)
d.f("xây dựng 2 mô hình", "2", 2, "count", "mô hình", "mô hình sản xuất hoa chậu trong nhà màng", status="target", period=P24)
d.f("quy mô 1,5 ha", "1,5", 1.5, "measure", "ha", "quy mô mỗi mô hình sản xuất hoa chậu trong nhà màng", status="target", period=P24)
d.f("lên 650 ha", "650", 650, "measure", "ha", "diện tích hoa, cây cảnh toàn huyện", status="target", period=PG)
d.f("trên 500 triệu đồng/ha", "500", 500000000, "money", "đồng/ha", "giá trị sản xuất bình quân", approx="over",
    status="target", period=PG)
d.write()
