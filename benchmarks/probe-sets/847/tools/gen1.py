from lib import F, P, I, C, T, write

TEXT = """Cổng thông tin điện tử tỉnh Hưng Yên
Trang chủ > Tin tức > Kinh tế - Xã hội
Tương Bần năm 2023 đạt hơn 2 triệu lít
Cập nhật: 14/03/2024 09:45 | Lượt xem: 1.236

Năm 2023, làng nghề tương Bần (phường Bần Yên Nhân, thị xã Mỹ Hào) sản xuất khoảng 2,15 triệu lít tương, tăng 8,5% so với năm 2022. Doanh thu từ nghề làm tương ước đạt 86 tỷ đồng, chiếm gần 40% tổng giá trị sản xuất tiểu thủ công nghiệp của phường.

Hiện toàn phường có 146 hộ làm tương thường xuyên, trong đó 32 hộ sản xuất quy mô lớn với sản lượng trên 30.000 lít/năm. Nghề tương tạo việc làm cho hơn 600 lao động với thu nhập bình quân 7,5 triệu đồng/người/tháng. Giá bán tương Bần tại cơ sở dao động từ 25.000 đến 40.000 đồng/lít, tùy loại; tương đóng chai được bán cao hơn khoảng 15% so với tương bán rời.

Đến nay, làng nghề có 5 sản phẩm tương đạt chứng nhận OCOP, trong đó 2 sản phẩm đạt 4 sao. Từ năm 2021 đến nay, UBND thị xã đã hỗ trợ 1,2 tỷ đồng cho 18 hộ đầu tư hệ thống phơi, ủ bằng chum sành và bao bì theo Nghị quyết số 18/2021/NQ-HĐND của HĐND tỉnh. Mỗi năm các hộ sử dụng gần 900 tấn đậu tương và 1.100 tấn gạo nếp làm nguyên liệu.

Theo ông Nguyễn Văn Ba, Chủ tịch Hội làng nghề tương Bần, sản phẩm đã có mặt tại hơn 120 đại lý, siêu thị trong và ngoài tỉnh, xếp thứ 2 trong nhóm đặc sản được khách du lịch lựa chọn nhiều nhất khi đến Hưng Yên. Năm 2024, thị xã phấn đấu nâng sản lượng tương lên 2,4 triệu lít, có thêm 3 sản phẩm OCOP và đưa tỷ lệ tương đóng chai đạt 60%. Dự kiến cụm công nghiệp làng nghề rộng 12 ha ven Quốc lộ 5A sẽ được khởi công trong quý III/2024.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NOW = P("Đến nay", None, "2024-03-14")
SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2024-03-14")

FIGS = [
    F("đạt hơn 2 triệu lít", "2", 2e6, "measure", "lít", "sản lượng tương Bần",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("khoảng 2,15 triệu lít", "2,15", 2.15e6, "measure", "lít", "sản lượng tương của làng nghề tương Bần", Y23,
      approx="about", change=C("increase", 8.5, "%", "năm 2022")),
    F("ước đạt 86 tỷ đồng", "86", 86e9, "money", "đồng", "doanh thu từ nghề làm tương", I(Y23),
      percent=40, status="estimate"),
    F("có 146 hộ", "146", 146, "count", "hộ", "hộ làm tương thường xuyên"),
    F("trong đó 32 hộ", "32", 32, "count", "hộ", "hộ sản xuất quy mô lớn", total=146),
    F("trên 30.000 lít/năm", "30.000", 30000, "measure", "lít/năm", "sản lượng của hộ quy mô lớn",
      approx="over", optional=True),
    F("hơn 600 lao động", "600", 600, "count", "lao động", "lao động có việc làm từ nghề tương", approx="over"),
    F("7,5 triệu đồng/người/tháng", "7,5", 7.5e6, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("từ 25.000 đến 40.000", "25.000", 25000, "money", "đồng/lít", "giá bán tương Bần tại cơ sở",
      value_max=40000),
    F("cao hơn khoảng 15%", "15", 15, "percent", "%", "giá tương đóng chai cao hơn tương bán rời", approx="about"),
    F("có 5 sản phẩm", "5", 5, "count", "sản phẩm", "sản phẩm tương đạt chứng nhận OCOP", NOW),
    F("trong đó 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm tương đạt OCOP 4 sao", NOW, total=5),
    F("đạt 4 sao", "4", 4, "measure", "sao", "hạng sao OCOP", optional=True),
    F("hỗ trợ 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí thị xã hỗ trợ hộ làm tương", SINCE),
    F("cho 18 hộ", "18", 18, "count", "hộ", "hộ được hỗ trợ đầu tư hệ thống phơi, ủ và bao bì", SINCE),
    F("gần 900 tấn", "900", 900, "measure", "tấn", "đậu tương sử dụng làm nguyên liệu", approx="nearly"),
    F("và 1.100 tấn", "1.100", 1100, "measure", "tấn", "gạo nếp sử dụng làm nguyên liệu"),
    F("hơn 120 đại lý", "120", 120, "count", "đại lý", "đại lý, siêu thị có bán tương Bần", approx="over"),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "đặc sản được khách du lịch lựa chọn nhiều nhất"),
    F("lên 2,4 triệu lít", "2,4", 2.4e6, "measure", "lít", "sản lượng tương", Y24, status="target"),
    F("thêm 3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm OCOP có thêm", Y24, status="target"),
    F("đạt 60%", "60", 60, "percent", "%", "tỷ lệ tương đóng chai", Y24, status="target"),
    F("rộng 12 ha", "12", 12, "measure", "ha", "diện tích cụm công nghiệp làng nghề", status="forecast"),
]

write("p847-1", TEXT, [
    "Cổng TTĐT Hưng Yên: làng nghề tương Bần (phường Bần Yên Nhân, thị xã Mỹ Hào) năm 2023 and targets 2024.",
    "Figures describe the village of thị xã Mỹ Hào, so location Mỹ Hào; 'Lượt xem: 1.236', 'Nghị quyết số 18/2021/NQ-HĐND',",
    "'Quốc lộ 5A', 'ông Nguyễn Văn Ba', 'quý III/2024' (a start date) are not figures. 'đạt 4 sao' and the size class",
    "'trên 30.000 lít/năm' are optional. 'cao hơn khoảng 15%' has no base amount: a percent figure without change.",
], FIGS, published="2024-03-14", location="Mỹ Hào")
