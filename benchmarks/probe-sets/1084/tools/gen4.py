"""p1084-4: Bộ Công Thương site, national livestream selling of farm/OCOP products in 2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Thương mại điện tử
Ngày đăng: 12/03/2024 | Lượt xem: 1.905

Năm 2023: Hơn 10.000 phiên livestream đưa nông sản, sản phẩm OCOP lên sàn

Theo Cục Thương mại điện tử và Kinh tế số (Bộ Công Thương), năm 2023 cả nước đã tổ chức hơn 10.000 phiên livestream bán nông sản và sản phẩm OCOP trên các nền tảng thương mại điện tử, gấp 3,2 lần năm 2022. Tổng giá trị đơn hàng đạt khoảng 1.850 tỷ đồng, tăng 210% so với năm trước.

Hiện cả nước có 11.056 sản phẩm OCOP đạt từ 3 sao trở lên, trong đó hơn 6.400 sản phẩm đã được đưa lên sàn thương mại điện tử, chiếm khoảng 58%. Có 52/63 tỉnh, thành phố đã ký kết hợp tác với ít nhất một sàn thương mại điện tử lớn để hỗ trợ tiêu thụ nông sản.

Các địa phương tổ chức nhiều phiên livestream nhất lần lượt là Bắc Giang (1.150 phiên), Sơn La (980 phiên), Đắk Lắk (870 phiên) và Đồng Tháp (812 phiên). Về doanh thu, Bắc Giang dẫn đầu với 215 tỷ đồng, tiếp đến là Hải Dương 164 tỷ đồng, Sơn La 126 tỷ đồng.

Cũng trong năm 2023, Cục đã phối hợp với các sàn Shopee, Lazada, TikTok Shop, Postmart và voso.vn tổ chức 230 khóa đào tạo kỹ năng bán hàng trực tuyến cho trên 15.000 hộ nông dân, hợp tác xã và chủ thể OCOP tại 45 tỉnh, thành phố. Mỗi khóa học kéo dài 2 ngày, học viên được hướng dẫn xây dựng kịch bản livestream, chụp ảnh sản phẩm và xử lý đơn hàng.

Năm 2024, Bộ Công Thương đặt mục tiêu tổ chức 15.000 phiên livestream và đào tạo thêm 20.000 lượt người bán, góp phần đưa tỷ trọng doanh thu thương mại điện tử trong tổng mức bán lẻ hàng hóa đạt 10%. Hoạt động này được triển khai theo Quyết định số 645/QĐ-TTg ngày 15/5/2020 phê duyệt Kế hoạch tổng thể phát triển thương mại điện tử quốc gia giai đoạn 2021-2025.
"""

HEAD = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Cũng trong năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
LIST = "phiên livestream bán nông sản và sản phẩm OCOP"

FIGS = [
    F("Hơn 10.000 phiên livestream", "10.000", 10000, "count", "phiên livestream",
      "phiên livestream đưa nông sản, sản phẩm OCOP lên sàn", HEAD, approx="over"),
    F("tổ chức hơn 10.000 phiên", "10.000", 10000, "count", "phiên livestream", LIST, Y23,
      approx="over", change=C("increase", 3.2, "lần", "năm 2022")),
    F("khoảng 1.850 tỷ đồng", "1.850", 1850e9, "money", "đồng", "tổng giá trị đơn hàng", I(Y23),
      approx="about", change=C("increase", 210, "%", "năm trước")),
    F("có 11.056 sản phẩm OCOP", "11.056", 11056, "count", "sản phẩm OCOP",
      "sản phẩm OCOP đạt từ 3 sao trở lên"),
    F("từ 3 sao trở lên", "3", 3, "measure", "sao", "hạng sao sản phẩm OCOP", approx="at_least",
      optional=True),
    F("hơn 6.400 sản phẩm", "6.400", 6400, "count", "sản phẩm",
      "sản phẩm OCOP đã được đưa lên sàn thương mại điện tử", approx="over", total=11056, percent=58),
    F("Có 52/63 tỉnh", "52", 52, "count", "tỉnh, thành phố",
      "tỉnh, thành phố đã ký kết hợp tác với sàn thương mại điện tử", total=63),
    F("ít nhất một sàn", "một", 1, "count", "sàn thương mại điện tử",
      "sàn thương mại điện tử lớn ký kết hợp tác", approx="at_least", optional=True),
    F("Bắc Giang (1.150 phiên)", "1.150", 1150, "count", "phiên", LIST, I(Y23), location="Bắc Giang"),
    F("Sơn La (980 phiên)", "980", 980, "count", "phiên", LIST, I(Y23), location="Sơn La"),
    F("Đắk Lắk (870 phiên)", "870", 870, "count", "phiên", LIST, I(Y23), location="Đắk Lắk"),
    F("Đồng Tháp (812 phiên)", "812", 812, "count", "phiên", LIST, I(Y23), location="Đồng Tháp"),
    F("với 215 tỷ đồng", "215", 215e9, "money", "đồng", "doanh thu bán hàng qua livestream", I(Y23),
      location="Bắc Giang"),
    F("Hải Dương 164 tỷ đồng", "164", 164e9, "money", "đồng", "doanh thu bán hàng qua livestream", I(Y23),
      location="Hải Dương"),
    F("Sơn La 126 tỷ đồng", "126", 126e9, "money", "đồng", "doanh thu bán hàng qua livestream", I(Y23),
      location="Sơn La"),
    F("tổ chức 230 khóa đào tạo", "230", 230, "count", "khóa đào tạo",
      "khóa đào tạo kỹ năng bán hàng trực tuyến", Y23b),
    F("trên 15.000 hộ", "15.000", 15000, "count", "hộ",
      "hộ nông dân, hợp tác xã và chủ thể OCOP được đào tạo", Y23b, approx="over"),
    F("tại 45 tỉnh, thành phố", "45", 45, "count", "tỉnh, thành phố",
      "tỉnh, thành phố có học viên được đào tạo", Y23b),
    F("kéo dài 2 ngày", "2", 2, "measure", "ngày", "thời gian mỗi khóa học"),
    F("tổ chức 15.000 phiên livestream", "15.000", 15000, "count", "phiên livestream",
      "phiên livestream", Y24, status="target"),
    F("thêm 20.000 lượt người bán", "20.000", 20000, "count", "lượt người bán",
      "lượt người bán được đào tạo", Y24, status="target"),
    F("hàng hóa đạt 10%", "10", 10, "percent", "%",
      "tỷ trọng doanh thu thương mại điện tử trong tổng mức bán lẻ hàng hóa", Y24, status="target"),
]

NOTES = [
    "Bộ Công Thương portal (invented), national figures for 2023 and targets for 2024; location Việt Nam except list items.",
    "'gấp 3,2 lần năm 2022' after the count is its change (increase, 3,2 lần). 'từ 3 sao trở lên' is a category threshold (optional);",
    "'ít nhất một sàn' is part of a qualifying phrase (optional). Provinces in the 'lần lượt' list and the revenue list are locations;",
    "list items share the indicator stated before the list. 'Cũng trong năm 2023' avoids an ambiguous year-less 'Trong năm'.",
    "'Mỗi khóa học kéo dài 2 ngày' is a duration stated as a fact (measure, ngày).",
    "Distractors: 'Lượt xem: 1.905', 'Quyết định số 645/QĐ-TTg ngày 15/5/2020', 'giai đoạn 2021-2025', 'voso.vn'.",
]

write("p1084-4", TEXT, FIGS, NOTES, published="2024-03-12", location="Việt Nam")
