from lib import F, P, build

text = """UBND HUYỆN ĐÔNG ANH - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức - Sự kiện / Kinh tế
Đông Anh: Cấp hơn 15.600 thẻ đi xe buýt miễn phí cho các đối tượng chính sách

Thực hiện Nghị quyết số 04/2023/NQ-HĐND của HĐND thành phố Hà Nội, từ ngày 01/01/2024 đến ngày 30/11/2024, Bộ phận Một cửa huyện và 24 xã, thị trấn đã tiếp nhận 16.042 hồ sơ đề nghị cấp thẻ đi xe buýt miễn phí, đã cấp 15.618 thẻ, đạt 97,4%. Trong đó, người cao tuổi từ 70 tuổi trở lên được cấp 11.236 thẻ; người khuyết tật 2.047 thẻ; người nghèo, cận nghèo 1.584 thẻ; đối tượng khác 751 thẻ. Số hồ sơ còn lại chủ yếu do thiếu ảnh chân dung hoặc sai thông tin định danh.
Hiện trên địa bàn huyện có 27 tuyến xe buýt đi qua, trong đó có 4 tuyến xe buýt điện (E04, E08, E09 và E10). Tỷ lệ dân cư được tiếp cận xe buýt trong bán kính 500 m đạt khoảng 82%.
Điểm bán vé tháng tại Trung tâm Văn hóa huyện đã bán 3.420 vé tháng trong 11 tháng năm 2024, tăng 15% so với cùng kỳ năm 2023; giá vé tháng đi một tuyến cho đối tượng ưu tiên là 55.000 đồng, liên tuyến 100.000 đồng.
Năm 2025, huyện dự kiến đề nghị thành phố mở mới 3 tuyến kết nối các xã Xuân Canh, Vân Hà, Liên Hà với trung tâm huyện, tổng chiều dài khoảng 58 km, và bố trí thêm 15 nhà chờ xe buýt.
Người dân có nhu cầu cấp thẻ liên hệ Bộ phận Một cửa huyện, số 68 đường Cao Lỗ, thị trấn Đông Anh; điện thoại 024.3883.2207 (giờ hành chính từ 8 giờ đến 17 giờ).
Nguyễn Hương - Trung tâm Văn hóa, Thông tin và Thể thao huyện
05/12/2024"""

pr = P("từ ngày 01/01/2024 đến ngày 30/11/2024", "2024-01-01", "2024-11-30")
pri = P("từ ngày 01/01/2024 đến ngày 30/11/2024", "2024-01-01", "2024-11-30", inh=True)
p25 = P("Năm 2025", "2025-01-01", "2025-12-31")
SUB = "thẻ đi xe buýt miễn phí được cấp"

figs = [
    F("hơn 15.600 thẻ", "15.600", 15600, "count", "thẻ", SUB, approx="over"),
    F("24 xã, thị trấn", "24", 24, "count", "xã, thị trấn", "xã, thị trấn tiếp nhận hồ sơ", period=pr, optional=True),
    F("16.042 hồ sơ", "16.042", 16042, "count", "hồ sơ", "hồ sơ đề nghị cấp thẻ đi xe buýt miễn phí tiếp nhận", period=pr),
    F("cấp 15.618 thẻ", "15.618", 15618, "count", "thẻ", SUB, percent=97.4, period=pr),
    F("từ 70 tuổi", "70", 70, "measure", "tuổi", "độ tuổi người cao tuổi được cấp thẻ", approx="at_least", optional=True),
    F("11.236 thẻ", "11.236", 11236, "count", "thẻ", "thẻ đi xe buýt miễn phí cấp cho người cao tuổi", total=15618, period=pri),
    F("2.047 thẻ", "2.047", 2047, "count", "thẻ", "thẻ đi xe buýt miễn phí cấp cho người khuyết tật", total=15618, period=pri),
    F("1.584 thẻ", "1.584", 1584, "count", "thẻ", "thẻ đi xe buýt miễn phí cấp cho người nghèo, cận nghèo", total=15618, period=pri),
    F("751 thẻ", "751", 751, "count", "thẻ", "thẻ đi xe buýt miễn phí cấp cho đối tượng khác", total=15618, period=pri),
    F("có 27 tuyến", "27", 27, "count", "tuyến", "tuyến xe buýt đi qua địa bàn huyện"),
    F("có 4 tuyến", "4", 4, "count", "tuyến", "tuyến xe buýt điện", total=27),
    F("bán kính 500 m", "500", 500, "measure", "m", "bán kính tiếp cận xe buýt", optional=True),
    F("khoảng 82%", "82", 82, "percent", "%", "tỷ lệ dân cư được tiếp cận xe buýt", approx="about"),
    F("3.420 vé tháng", "3.420", 3420, "count", "vé tháng", "vé tháng bán tại Trung tâm Văn hóa huyện",
      change=dict(direction="increase", value=15, unit="%", baseline="cùng kỳ năm 2023"),
      period=P("11 tháng năm 2024", "2024-01-01", "2024-11-30")),
    F("là 55.000 đồng", "55.000", 55000, "money", "đồng", "giá vé tháng đi một tuyến cho đối tượng ưu tiên"),
    F("liên tuyến 100.000 đồng", "100.000", 100000, "money", "đồng", "giá vé tháng liên tuyến cho đối tượng ưu tiên"),
    F("mở mới 3 tuyến", "3", 3, "count", "tuyến", "tuyến xe buýt mở mới", status="forecast", period=p25),
    F("khoảng 58 km", "58", 58, "measure", "km", "tổng chiều dài tuyến mở mới", approx="about", status="forecast", period=p25),
    F("thêm 15 nhà chờ", "15", 15, "count", "nhà chờ", "nhà chờ xe buýt bố trí thêm", status="forecast", period=p25),
]

build("p374-7", text, figs, [
    "District portal (UBND huyện Đông Anh, Hà Nội): thẻ đi xe buýt miễn phí 01/01–30/11/2024, tuyến qua huyện, vé tháng, plans 2025.",
    "No dateline at the top; the bare date '05/12/2024' after the byline at the end is the article's date. Location Đông Anh (district).",
    "The four parts after 'Trong đó' (11.236 + 2.047 + 1.584 + 751 = 15.618) take total 15618; 'đạt 97,4%' is the percent of 15.618 thẻ",
    "(thẻ vs hồ sơ: no total 16042). Headline 'hơn 15.600 thẻ' has no period of its own. '4 tuyến' after 'trong đó' → total 27.",
    "Optional: '24 xã, thị trấn' (structure), 'từ 70 tuổi trở lên' and 'bán kính 500 m' (criteria inside an indicator's definition).",
    "Distractors: 'Nghị quyết số 04/2023/NQ-HĐND', route names E04/E08/E09/E10, 'một tuyến' (ticket type), address 'số 68 đường Cao Lỗ',",
    "phone 024.3883.2207, office hours '8 giờ đến 17 giờ'. 'dự kiến' → forecast for 2025 clauses.",
], published="2024-12-05", location="Đông Anh")
