from lib import F, P, C, T, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 3/6/2024, 06:00 (GMT+7)

Giá chè búp tươi lên cao nhất 5 năm

Giá chè búp tươi tại nhiều vùng nguyên liệu đang ở mức 10.000-14.000 đồng/kg, tăng khoảng 20% so với cùng kỳ năm ngoái, mức cao nhất kể từ năm 2019.

Theo Hiệp hội Chè Việt Nam (VITAS), 5 tháng đầu năm, giá chè búp tươi bình quân tại Thái Nguyên đạt 13.500 đồng/kg, Phú Thọ 11.000 đồng/kg, Yên Bái 8.500 đồng/kg và Lâm Đồng 9.200 đồng/kg. Chè đặc sản Tân Cương (Thái Nguyên) loại ngon được bán với giá 300.000-1,5 triệu đồng/kg chè khô.

Ông Nguyễn Văn Thụ, Chủ tịch VITAS, cho biết tổng giá trị của ngành chè ước đạt 1,2 tỷ USD/năm, trong đó thị trường nội địa tiêu thụ khoảng 50.000 tấn chè khô, mang về gần 25 nghìn tỷ đồng. Cả nước có 34 tỉnh trồng chè, trong đó 15 tỉnh có diện tích trên 1.000 ha.

Tuy vậy, khoảng 70% sản lượng chè xuất khẩu vẫn ở dạng thô; giá xuất khẩu bình quân chỉ khoảng 1.700 USD/tấn, bằng 65% giá chè xuất khẩu của Sri Lanka. Tỷ lệ diện tích chè đạt chứng nhận VietGAP, hữu cơ, Rainforest Alliance mới đạt 18%, thấp hơn 7% so với mục tiêu đề ra cho năm 2025 (25%).

Theo VITAS, để nâng giá trị, ngành chè cần giảm tỷ lệ xuất thô xuống dưới 50% vào năm 2030 và phát triển thêm ít nhất 20 thương hiệu chè đặc sản.

Vĩnh Phong
"""

M5 = P("5 tháng đầu năm", "2024-01-01", "2024-05-31")
Y30 = P("vào năm 2030", "2030-01-01", "2030-12-31")

FIGS = [
    F("mức 10.000-14.000", "10.000", 10000, "money", "đồng/kg", "giá chè búp tươi", value_max=14000,
      change=C("increase", 20, "%", "cùng kỳ năm ngoái", approx="about")),
    F("đạt 13.500 đồng/kg", "13.500", 13500, "money", "đồng/kg", "giá chè búp tươi bình quân", M5,
      location="Thái Nguyên"),
    F("Phú Thọ 11.000 đồng/kg", "11.000", 11000, "money", "đồng/kg", "giá chè búp tươi bình quân", M5,
      location="Phú Thọ"),
    F("Yên Bái 8.500 đồng/kg", "8.500", 8500, "money", "đồng/kg", "giá chè búp tươi bình quân", M5,
      location="Yên Bái"),
    F("Lâm Đồng 9.200 đồng/kg", "9.200", 9200, "money", "đồng/kg", "giá chè búp tươi bình quân", M5,
      location="Lâm Đồng"),
    F("giá 300.000-1,5", "300.000", 300000, "money", "đồng/kg", "giá chè đặc sản Tân Cương loại ngon",
      value_max=1.5e6, location="Thái Nguyên"),
    F("ước đạt 1,2 tỷ USD/năm", "1,2", 1.2e9, "money", "USD/năm", "tổng giá trị của ngành chè", status="estimate"),
    F("khoảng 50.000 tấn", "50.000", 50000, "measure", "tấn", "chè khô tiêu thụ tại thị trường nội địa",
      approx="about", status="estimate"),
    F("gần 25 nghìn tỷ đồng", "25", 25e12, "money", "đồng", "giá trị chè tiêu thụ tại thị trường nội địa",
      approx="nearly", status="estimate"),
    F("có 34 tỉnh", "34", 34, "count", "tỉnh", "tỉnh trồng chè"),
    F("đó 15 tỉnh", "15", 15, "count", "tỉnh", "tỉnh có diện tích chè trên 1.000 ha", total=34),
    F("trên 1.000 ha", "1.000", 1000, "measure", "ha", approx="over", optional=True),
    F("khoảng 70% sản lượng", "70", 70, "percent", "%", "sản lượng chè xuất khẩu ở dạng thô", approx="about"),
    F("khoảng 1.700 USD/tấn", "1.700", 1700, "money", "USD/tấn", "giá chè xuất khẩu bình quân", approx="about",
      percent=65),
    F("đạt 18%", "18", 18, "percent", "%", "tỷ lệ diện tích chè đạt chứng nhận VietGAP, hữu cơ, Rainforest Alliance",
      change=C("decrease", 7, "%", "mục tiêu đề ra cho năm 2025"), target=T(25, "%", False)),
    F("dưới 50%", "50", 50, "percent", "%", "tỷ lệ xuất thô", Y30, approx="under", status="target"),
    F("ít nhất 20 thương hiệu", "20", 20, "count", "thương hiệu", "thương hiệu chè đặc sản phát triển thêm", Y30,
      approx="at_least", status="target"),
]

emit("p382-7", TEXT, [
    "National press (e-newspaper, 'Thứ hai, d/m/yyyy, hh:mm (GMT+7)'): tea leaf prices by province, industry value, exports' raw share, targets.",
    "'cao nhất 5 năm', 'kể từ năm 2019' are durations/dates, not figures. Provinces in the price list are locations; national default Việt Nam.",
    "'300.000-1,5 triệu đồng/kg' is a range with the multiplier on the upper end only. 'ước đạt' governs the 'trong đó' clause (estimate).",
    "'thấp hơn 7% so với mục tiêu ... (25%)' -> change (gap to plan) and target 25 (met false) on 18%. 'trên 1.000 ha' threshold optional.",
    "'cần giảm ... xuống dưới 50% vào năm 2030' and 'ít nhất 20' are targets (the period is in the same sentence).",
    "revised after first run: 'vào năm 2030' is the year 2030 (spec row 'năm 2021'), not the open 'đến năm 2030': start 2030-01-01.",
], FIGS, published="2024-06-03", location="Việt Nam")
