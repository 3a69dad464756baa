"""p509-6: national press — cooperatives in the high-quality rice project (ĐBSCL), 2024."""
from lib import F, P, INH, CH, emit

TEXT = """Thứ tư, 11/9/2024, 06:00 (GMT+7)

HTX lúa gạo lãi thêm 4-6 triệu đồng mỗi ha nhờ liên kết chuỗi

Sau 9 tháng triển khai Đề án 1 triệu ha lúa chất lượng cao, phát thải thấp, các hợp tác xã (HTX) tham gia giảm được từ 20 đến 30% chi phí sản xuất, lợi nhuận của nông dân tăng thêm từ 4 đến 6 triệu đồng/ha.

Theo Bộ Nông nghiệp và Phát triển nông thôn, tính đến tháng 8/2024, vùng đề án có 1.185 HTX tham gia, trong đó 412 HTX đã ký hợp đồng bao tiêu với doanh nghiệp, diện tích liên kết đạt 182.600 ha, chiếm 26% diện tích vùng đề án.

Kiên Giang dẫn đầu với 318 HTX và 65.400 ha liên kết, tiếp đến là An Giang 27.800 ha, Cần Thơ 19.500 ha, Sóc Trăng 15.200 ha.

Tại HTX Nông nghiệp Mỹ Phú (An Giang), 147 thành viên canh tác 520 ha theo quy trình mới, lượng giống gieo sạ chỉ còn 70-80 kg/ha, lượng phân đạm giảm khoảng 25%. "Năm nay HTX bán lúa cho doanh nghiệp cao hơn giá thị trường 200 đồng/kg", ông Trần Văn Hòa, Giám đốc HTX, nói.

Về vốn, các ngân hàng thương mại đã cho 236 HTX và 1.420 hộ nông dân trong vùng đề án vay hơn 2.850 tỷ đồng, lãi suất ưu đãi từ 5,5 đến 6%/năm.

Theo Cục Trồng trọt, năm 2025 đề án dự kiến mở rộng thêm 200.000 ha, nâng số HTX tham gia lên khoảng 1.500 HTX. Đến năm 2030, mục tiêu là 100% diện tích vùng đề án được sản xuất theo chuỗi liên kết.

Ngọc Tài
"""

ASOF = P("tính đến tháng 8/2024", end="2024-08-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
T30 = P("Đến năm 2030", end="2030-12-31")
AG = "An Giang"

FIGS = [
    F("4-6 triệu", "4", 4e6, "money", "đồng/ha", "lợi nhuận tăng thêm của HTX lúa gạo nhờ liên kết chuỗi",
      value_max=6e6),
    F("Đề án 1 triệu ha", "1", 1e6, "measure", "ha", "diện tích Đề án lúa chất lượng cao, phát thải thấp",
      status="target", optional=True),
    F("từ 20 đến 30%", "20", 20, "percent", "%", "chi phí sản xuất HTX giảm được", value_max=30),
    F("từ 4 đến 6 triệu", "4", 4e6, "money", "đồng/ha", "lợi nhuận của nông dân tăng thêm", value_max=6e6),
    F("có 1.185 HTX", "1.185", 1185, "count", "HTX", "HTX tham gia vùng đề án", ASOF),
    F("412 HTX đã ký", "412", 412, "count", "HTX", "HTX đã ký hợp đồng bao tiêu với doanh nghiệp", ASOF, total=1185),
    F("đạt 182.600 ha", "182.600", 182600, "measure", "ha", "diện tích liên kết", ASOF, percent=26),
    F("với 318 HTX", "318", 318, "count", "HTX", "HTX tham gia đề án", location="Kiên Giang"),
    F("và 65.400 ha", "65.400", 65400, "measure", "ha", "diện tích liên kết", location="Kiên Giang"),
    F("An Giang 27.800 ha", "27.800", 27800, "measure", "ha", "diện tích liên kết", location=AG),
    F("Cần Thơ 19.500 ha", "19.500", 19500, "measure", "ha", "diện tích liên kết", location="Cần Thơ"),
    F("Sóc Trăng 15.200 ha", "15.200", 15200, "measure", "ha", "diện tích liên kết", location="Sóc Trăng"),
    F("147 thành viên", "147", 147, "count", "thành viên", "thành viên HTX Nông nghiệp Mỹ Phú", location=AG),
    F("canh tác 520 ha", "520", 520, "measure", "ha", "diện tích canh tác theo quy trình mới của HTX Mỹ Phú", location=AG),
    F("70-80 kg/ha", "70", 70, "measure", "kg/ha", "lượng giống gieo sạ", value_max=80, location=AG),
    F("khoảng 25%", "25", 25, "percent", "%", "lượng phân đạm giảm", approx="about", location=AG),
    F("thị trường 200 đồng/kg", "200", 200, "money", "đồng/kg", "giá bán lúa cho doanh nghiệp cao hơn giá thị trường",
      location=AG),
    F("cho 236 HTX", "236", 236, "count", "HTX", "HTX được ngân hàng thương mại cho vay"),
    F("và 1.420 hộ", "1.420", 1420, "count", "hộ", "hộ nông dân được ngân hàng thương mại cho vay"),
    F("hơn 2.850 tỷ đồng", "2.850", 2850e9, "money", "đồng", "vốn ngân hàng thương mại cho HTX và hộ nông dân vay",
      approx="over"),
    F("từ 5,5 đến 6%", "5,5", 5.5, "percent", "%", "lãi suất ưu đãi", value_max=6),
    F("thêm 200.000 ha", "200.000", 200000, "measure", "ha", "diện tích đề án mở rộng thêm", Y25, status="forecast"),
    F("khoảng 1.500 HTX", "1.500", 1500, "count", "HTX", "số HTX tham gia đề án", Y25, approx="about", status="forecast"),
    F("là 100%", "100", 100, "percent", "%", "tỷ lệ diện tích vùng đề án được sản xuất theo chuỗi liên kết", T30,
      status="target"),
]

COMMENTS = [
    "National press (VnExpress style): 'Thứ tư, 11/9/2024, 06:00 (GMT+7)', byline at the end. HTX in the 1 million ha rice project.",
    "The ministry's figures for the project are national → Việt Nam; the provinces of the 'dẫn đầu … tiếp đến là' list and the",
    "An Giang cooperative take their province. 'Đề án 1 triệu ha …' is the project's name: optional. 'Sau 9 tháng triển khai' is a duration.",
    "Savings/gains with no base amount are figures: 'giảm được từ 20 đến 30% chi phí' (percent range), 'tăng thêm từ 4 đến 6 triệu đồng/ha'",
    "(money range), 'cao hơn giá thị trường 200 đồng/kg' (money). 'trong đó 412 HTX' → total 1.185; 'chiếm 26%' → percent of 182.600 ha.",
    "'năm 2025 … dự kiến' → forecast; 'Đến năm 2030, mục tiêu là 100%' → target.",
]

emit("p509-6", TEXT, COMMENTS, FIGS, published="2024-09-11", location="Việt Nam")
