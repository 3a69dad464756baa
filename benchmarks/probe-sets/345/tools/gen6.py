from lib import *

TEXT = """Thời sự › Lao động - Việc làm
Thứ sáu, 10/1/2025, 14:20 (GMT+7)

Hơn 10.000 lao động sắp thi tiếng Hàn để đi làm việc theo chương trình EPS

Trung tâm Lao động ngoài nước (Bộ Lao động - Thương binh và Xã hội) dự kiến tổ chức kỳ thi tiếng Hàn trên máy tính cho khoảng 10.300 lao động trong quý I/2025, trong đó ngành sản xuất chế tạo 8.600 người, ngành nông nghiệp 1.200 người và ngành ngư nghiệp 500 người. Người đăng ký phải trong độ tuổi từ 18 đến 39, chưa từng cư trú bất hợp pháp tại Hàn Quốc.

Năm 2024, chương trình EPS đã đưa 9.846 lao động sang Hàn Quốc làm việc, vượt 23% chỉ tiêu được giao (8.000 lao động). Ông Vũ Trường Giang, Giám đốc Trung tâm, cho biết người lao động đi theo chương trình chỉ phải đóng khoảng 1.100 USD chi phí, thấp hơn nhiều so với đi qua doanh nghiệp. Thu nhập bình quân của lao động ngành sản xuất chế tạo từ 1.700 đến 2.000 USD mỗi tháng, chưa kể tiền làm thêm giờ.

Tỷ lệ lao động bỏ trốn, cư trú bất hợp pháp tại Hàn Quốc đã giảm từ 52% năm 2012 xuống còn khoảng 23% hiện nay, song vẫn ở mức cao so với các nước phái cử khác.

Theo Ngân hàng Nhà nước, lượng kiều hối chuyển về Việt Nam năm 2024 ước đạt 16 tỷ USD, tăng khoảng 2,5% so với năm 2023; trong đó kiều hối từ người lao động đi làm việc ở nước ngoài chiếm khoảng 30%. Riêng TP Hồ Chí Minh, kiều hối năm 2024 đạt khoảng 9,6 tỷ USD, chiếm hơn 60% cả nước.

Kỳ thi dự kiến diễn ra tại Hà Nội và Đà Nẵng, lao động nộp hồ sơ qua Sở Lao động - Thương binh và Xã hội các tỉnh từ ngày 15/1 đến 25/1/2025. Thông tin chi tiết xem tại website eps.gov.vn hoặc gọi 024.3731.1303.

Hồng Chiêu
"""

Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
y24 = P("năm 2024", "2024-01-01", "2024-12-31")
figs = [
    F("Hơn 10.000 lao động", "10.000", 10000, "count", "lao động", "lao động sắp thi tiếng Hàn theo chương trình EPS",
      approx="over", status="forecast"),
    F("khoảng 10.300 lao động", "10.300", 10300, "count", "lao động", "lao động dự thi tiếng Hàn trên máy tính", Q1,
      approx="about", status="forecast"),
    F("chế tạo 8.600 người", "8.600", 8600, "count", "người", "lao động dự thi ngành sản xuất chế tạo", Q1,
      total=10300, status="forecast"),
    F("nông nghiệp 1.200 người", "1.200", 1200, "count", "người", "lao động dự thi ngành nông nghiệp", Q1,
      total=10300, status="forecast"),
    F("ngư nghiệp 500 người", "500", 500, "count", "người", "lao động dự thi ngành ngư nghiệp", Q1,
      total=10300, status="forecast"),
    F("từ 18 đến 39", "18", 18, "measure", "tuổi", "độ tuổi người đăng ký", value_max=39, optional=True),
    F("đưa 9.846 lao động", "9.846", 9846, "count", "lao động", "lao động chương trình EPS đưa sang Hàn Quốc làm việc", Y24,
      change=C("increase", 23, "%", "chỉ tiêu được giao"), target=T(8000, "lao động", True)),
    F("khoảng 1.100 USD", "1.100", 1100, "money", "USD", "chi phí người lao động đi theo chương trình phải đóng",
      approx="about"),
    F("từ 1.700 đến 2.000 USD", "1.700", 1700, "money", "USD", "thu nhập bình quân của lao động ngành sản xuất chế tạo",
      value_max=2000),
    F("từ 52% năm 2012", "52", 52, "percent", "%", "tỷ lệ lao động bỏ trốn, cư trú bất hợp pháp tại Hàn Quốc",
      P("năm 2012", "2012-01-01", "2012-12-31")),
    F("khoảng 23% hiện nay", "23", 23, "percent", "%", "tỷ lệ lao động bỏ trốn, cư trú bất hợp pháp tại Hàn Quốc",
      approx="about"),
    F("ước đạt 16 tỷ USD", "16", 16e9, "money", "USD", "lượng kiều hối chuyển về Việt Nam", y24,
      status="estimate", change=C("increase", 2.5, "%", "năm 2023", approx="about")),
    F("chiếm khoảng 30%", "30", 30, "percent", "%", "kiều hối từ người lao động đi làm việc ở nước ngoài", y24,
      approx="about", status="estimate"),
    F("khoảng 9,6 tỷ USD", "9,6", 9.6e9, "money", "USD", "kiều hối", y24, approx="about", percent=60,
      location="Hồ Chí Minh"),
]
COMMENTS = [
    "National press (VnExpress style): breadcrumb, 'Thứ sáu, 10/1/2025, 14:20 (GMT+7)', byline at the end. National: location Việt Nam.",
    "'dự kiến' governs the exam sentence and its 'trong đó' parts (forecast); parts add up 8.600 + 1.200 + 500 = 10.300 (total).",
    "Headline 'Hơn 10.000 lao động sắp thi' is a figure (forecast, 'sắp'); no period in the title.",
    "Age criterion 'từ 18 đến 39' optional (criterion, not a statistic). 'vượt 23% chỉ tiêu được giao (8.000 lao động)' -> change vs plan + target 8.000 (met).",
    "'giảm từ 52% năm 2012 xuống còn khoảng 23% hiện nay': two levels, each a figure; the later one states only the new level (no change).",
    "'USD mỗi tháng' annotated unit 'USD' (prefix-compatible with 'USD/tháng'). '; trong đó ... chiếm khoảng 30%' a share with no amount: percent figure, estimate.",
    "TP Hồ Chí Minh's 9,6 tỷ USD carries 'chiếm hơn 60% cả nước' as its percent. Venue 'tại Hà Nội và Đà Nẵng' is no location.",
    "Distractors: dates 15/1 - 25/1/2025, phone 024.3731.1303, website, '(GMT+7)'.",
]
build(6, TEXT, figs, COMMENTS, published="2025-01-10", location="Việt Nam")
