from lib import Doc, P, C, T

text = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Tin hoạt động › Trồng trọt
Thứ Tư, 20/03/2024 - 10:15

Ngành chè hướng tới kim ngạch xuất khẩu 300 triệu USD

Theo Cục Trồng trọt, năm 2023 cả nước có khoảng 123.000 ha chè, phân bố tại 34 tỉnh, thành phố; sản lượng chè búp tươi đạt trên 1,1 triệu tấn, năng suất bình quân 97,5 tạ/ha. Diện tích chè giống mới, giống nhập nội chiếm trên 75%.

Các tỉnh có diện tích chè lớn nhất là Thái Nguyên (23.800 ha), Hà Giang (22.000 ha), Phú Thọ (15.200 ha), Lâm Đồng (9.600 ha) và Yên Bái (8.700 ha).

Cả nước hiện có hơn 500 cơ sở chế biến chè quy mô công nghiệp với tổng công suất khoảng 5.000 tấn búp tươi/ngày, cùng hàng nghìn cơ sở chế biến nhỏ lẻ, hộ gia đình. Trong cơ cấu sản phẩm, chè đen chiếm khoảng 50%, chè xanh 40%, còn lại là chè ô long và chè thảo mộc.

Năm 2023, xuất khẩu chè đạt 119.000 tấn, kim ngạch 207 triệu USD, giảm 13,6% về lượng và giảm 12,1% về giá trị so với năm 2022. Giá chè xuất khẩu bình quân chỉ khoảng 1.740 USD/tấn, bằng 60% giá bình quân thế giới. Việt Nam hiện đứng thứ 5 thế giới về sản lượng và thứ 7 về xuất khẩu chè.

Theo Đề án phát triển ngành chè đến năm 2030 (ban hành kèm Quyết định số 3417/QĐ-BNN-TT), cả nước phấn đấu ổn định diện tích khoảng 130.000 ha, sản lượng chè búp tươi đạt 1,4 triệu tấn, kim ngạch xuất khẩu đạt 300-350 triệu USD.

Phát biểu tại hội nghị, Thứ trưởng Trần Thanh Nam đề nghị các địa phương rà soát quy hoạch vùng nguyên liệu. Mọi ý kiến góp ý gửi về Cục Trồng trọt, số 2 Ngọc Hà, Ba Đình, Hà Nội; đường dây nóng 024.3823.4651.
"""

d = Doc("p304-5", text, [
    "Ministry site (Bộ NN&PTNT): national tea sector 2023 — area, provinces, output, yield, processing capacity, product mix, exports, ranks, 2030 targets.",
    "Dateline 'Thứ Tư, 20/03/2024 - 10:15'. Location Việt Nam; listed provinces are the places of their own figures. 'Hà Nội' in the address is no place of a figure.",
    "The title's '300 triệu USD' is a target figure (hướng tới). '34 tỉnh, thành phố' is a count of provinces (national). 'hàng nghìn cơ sở' is optional (vague).",
    "Two changes in one clause after two figures: 'giảm 13,6% về lượng' goes to 119.000 tấn, 'giảm 12,1% về giá trị' to 207 triệu USD.",
    "'bằng 60% giá bình quân thế giới' is the price's percent. Ranks 'thứ 5', 'thứ 7'. Product-mix shares are percent figures (list with one indicator).",
], published="2024-03-20", location="Việt Nam")

Y = P("năm 2023", "2023-01-01", "2023-12-31")
Yi = P("năm 2023", "2023-01-01", "2023-12-31", True)
d.f("xuất khẩu 300 triệu USD", "300", 300e6, "money", "USD", "kim ngạch xuất khẩu chè", status="target")
d.f("khoảng 123.000 ha", "123.000", 123000, "measure", "ha", "diện tích chè", Y, approx="about")
d.f("tại 34 tỉnh", "34", 34, "count", "tỉnh, thành phố", "tỉnh, thành phố có chè", Y)
d.f("trên 1,1 triệu tấn", "1,1", 1.1e6, "measure", "tấn", "sản lượng chè búp tươi", Y, approx="over")
d.f("bình quân 97,5 tạ/ha", "97,5", 97.5, "measure", "tạ/ha", "năng suất bình quân", Y)
d.f("chiếm trên 75%", "75", 75, "percent", "%", "diện tích chè giống mới, giống nhập nội", Yi, approx="over")
for anchor, num, val, loc in [("Thái Nguyên (23.800 ha)", "23.800", 23800, "Thái Nguyên"), ("Hà Giang (22.000 ha)", "22.000", 22000, "Hà Giang"),
                              ("Phú Thọ (15.200 ha)", "15.200", 15200, "Phú Thọ"), ("Lâm Đồng (9.600 ha)", "9.600", 9600, "Lâm Đồng"),
                              ("Yên Bái (8.700 ha)", "8.700", 8700, "Yên Bái")]:
    d.f(anchor, num, val, "measure", "ha", "diện tích chè", Yi, location=loc)
d.f("hơn 500 cơ sở", "500", 500, "count", "cơ sở", "cơ sở chế biến chè quy mô công nghiệp", approx="over")
d.f("khoảng 5.000 tấn", "5.000", 5000, "measure", "tấn/ngày", "tổng công suất", approx="about")
d.f("hàng nghìn cơ sở", "nghìn", 1000, "count", "cơ sở", "cơ sở chế biến nhỏ lẻ, hộ gia đình", approx="about", optional=True)
d.f("chiếm khoảng 50%", "50", 50, "percent", "%", "tỷ trọng chè đen trong cơ cấu sản phẩm", approx="about")
d.f("chè xanh 40%", "40", 40, "percent", "%", "tỷ trọng chè xanh trong cơ cấu sản phẩm")
Y2 = P("Năm 2023", "2023-01-01", "2023-12-31")
d.f("đạt 119.000 tấn", "119.000", 119000, "measure", "tấn", "xuất khẩu chè", Y2, change=C("decrease", 13.6, "%", "năm 2022"))
d.f("kim ngạch 207 triệu USD", "207", 207e6, "money", "USD", "kim ngạch xuất khẩu chè", Y2, change=C("decrease", 12.1, "%", "năm 2022"))
d.f("khoảng 1.740 USD/tấn", "1.740", 1740, "money", "USD/tấn", "giá chè xuất khẩu bình quân", Yi, approx="about", percent=60)
d.f("đứng thứ 5", "5", 5, "rank", "hạng", "sản lượng chè thế giới")
d.f("thứ 7 về", "7", 7, "rank", "hạng", "xuất khẩu chè thế giới")
TG = P("đến năm 2030", None, "2030-12-31")
d.f("khoảng 130.000 ha", "130.000", 130000, "measure", "ha", "diện tích chè", TG, approx="about", status="target")
d.f("đạt 1,4 triệu tấn", "1,4", 1.4e6, "measure", "tấn", "sản lượng chè búp tươi", TG, status="target")
d.f("đạt 300-350 triệu USD", "300", 300e6, "money", "USD", "kim ngạch xuất khẩu chè", TG, value_max=350e6, status="target")
d.write()
