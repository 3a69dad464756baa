"""p1460-6: national newspaper (VnExpress-like): smart-lock market, a shop in TP HCM, test of cheap locks."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Thị trường
Thứ hai, 25/3/2024, 06:00 (GMT+7)

Khóa cửa thông minh bán chạy, giá ngày càng rẻ

Doanh số khóa điện tử trên các sàn thương mại điện tử cả nước năm 2023 đạt khoảng 1,2 triệu bộ, gấp 2,5 lần năm 2021.

Tại cửa hàng trên đường Ba Tháng Hai (TP HCM), anh Lê Minh Khoa cho biết mỗi tháng bán khoảng 150 bộ khóa điện tử, gần gấp đôi năm ngoái. Riêng 2 tháng đầu năm nay, cửa hàng bán hơn 320 bộ. Giá phổ biến hiện từ 3 đến 5 triệu đồng một bộ, trong khi năm 2021 phải 6-8 triệu đồng. Khoảng 70% khách mua là hộ gia đình sống ở chung cư.

Số lượt tìm kiếm từ khóa "khóa vân tay" trên các sàn năm 2023 gấp 3 lần năm 2021.

Theo báo cáo của Công ty nghiên cứu thị trường Vina Insight, quy mô thị trường khóa thông minh Việt Nam năm 2023 ước khoảng 2.100 tỷ đồng, dự báo đạt 5.000 tỷ đồng vào năm 2028, tốc độ tăng trưởng bình quân 19%/năm. Hàng Trung Quốc chiếm khoảng 60% thị phần, thương hiệu Việt mới chiếm 15%.

Tuy nhiên, giá rẻ đi kèm rủi ro. Ông Phạm Quốc Bảo, Trưởng phòng thử nghiệm của Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 3, cho biết trong số 35 mẫu khóa giá rẻ được kiểm tra năm 2023, có 21 mẫu bị mở được bằng thiết bị phá sóng trong chưa đầy 10 giây. Ông khuyến cáo người dùng chọn sản phẩm có chứng nhận hợp quy, không mua hàng trôi nổi.

Hoài Thu
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y21 = P("năm 2021", "2021-01-01", "2021-12-31")
M2 = P("2 tháng đầu năm nay", "2024-01-01", "2024-02-29")
Y28 = P("vào năm 2028", "2028-01-01", "2028-12-31")
HCM = "TP Hồ Chí Minh"
VN = "Việt Nam"

FIGS = [
    F("khoảng 1,2 triệu", "1,2", 1.2e6, "count", "bộ", approx="about",
      change=C("increase", 2.5, "lần", "năm 2021"),
      subject="doanh số khóa điện tử trên các sàn thương mại điện tử", period=Y23, location=VN),
    F("khoảng 150 bộ", "150", 150, "measure", "bộ/tháng", approx="about",
      change=C("increase", 2, "lần", "năm ngoái", approx="nearly"),
      subject="khóa điện tử cửa hàng bán mỗi tháng", location=HCM),
    F("hơn 320 bộ", "320", 320, "count", "bộ", approx="over", subject="khóa cửa hàng bán",
      period=M2, location=HCM),
    F("từ 3 đến 5 triệu", "3", 3e6, "money", "đồng/bộ", value_max=5e6,
      subject="giá phổ biến khóa điện tử", location=HCM),
    F("phải 6-8 triệu", "6", 6e6, "money", "đồng/bộ", value_max=8e6,
      subject="giá khóa điện tử", period=Y21, location=HCM),
    F("Khoảng 70% khách", "70", 70, "percent", "%", approx="about",
      subject="khách mua là hộ gia đình sống ở chung cư", location=HCM),
    F("gấp 3 lần", "3", 3, "multiple", "lần",
      subject="số lượt tìm kiếm từ khóa khóa vân tay trên các sàn", period=Y23, location=VN),
    F("khoảng 2.100 tỷ", "2.100", 2100e9, "money", "đồng", approx="about", status="estimate",
      subject="quy mô thị trường khóa thông minh", period=Y23, location=VN),
    F("đạt 5.000 tỷ", "5.000", 5000e9, "money", "đồng", status="forecast",
      subject="quy mô thị trường khóa thông minh", period=Y28, location=VN),
    F("bình quân 19%", "19", 19, "percent", "%", status="forecast",
      subject="tốc độ tăng trưởng bình quân", location=VN),
    F("khoảng 60% thị phần", "60", 60, "percent", "%", approx="about",
      subject="thị phần hàng Trung Quốc", period=I(Y23), location=VN),
    F("mới chiếm 15%", "15", 15, "percent", "%", subject="thị phần thương hiệu Việt",
      period=I(Y23), location=VN),
    F("số 35 mẫu", "35", 35, "count", "mẫu", subject="mẫu khóa giá rẻ được kiểm tra", period=Y23, location=VN),
    F("có 21 mẫu", "21", 21, "count", "mẫu", total=35,
      subject="mẫu bị mở được bằng thiết bị phá sóng", period=Y23, location=VN),
    F("chưa đầy 10 giây", "10", 10, "measure", "giây", approx="under",
      subject="thời gian mở khóa bằng thiết bị phá sóng", period=Y23, location=VN),
]

NOTES = [
    "National newspaper: section path, 'Thứ hai, 25/3/2024, 06:00 (GMT+7)', headline without a figure, sapo, byline at the end.",
    "Distractors: 06:00, '(GMT+7)', the street 'Ba Tháng Hai' (number words in a name), 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất",
    "lượng 3' (a name), 'năm ngoái' and 'năm 2021' as baselines, 'khóa vân tay' in quotes.",
    "'gấp 2,5 lần năm 2021' after an amount is its change (lần); 'gần gấp đôi năm ngoái' is a change of 2 lần, approx nearly.",
    "'gấp 3 lần năm 2021' with no amount stands alone as the claim: kind multiple.",
    "'2 tháng đầu năm nay' takes the year of published (2024, leap year: ends 2024-02-29). 'năm 2021 phải 6-8 triệu đồng' is a range, multiplier after the second number.",
    "'mỗi tháng bán khoảng 150 bộ' is a rate (measure, bộ/tháng). The shop figures are TP Hồ Chí Minh; market, e-commerce and share figures Việt Nam.",
    "'ước khoảng' -> estimate + about; 'dự báo đạt ... vào năm 2028, tốc độ tăng trưởng bình quân 19%/năm' -> forecast for both.",
    "Test passage: 'trong số 35 mẫu ..., có 21 mẫu' -> total 35.",
    "revised after the first run: the three test figures had location null; now Việt Nam. The passage ('Tuy nhiên, giá rẻ đi kèm rủi ro')",
    "continues the paragraph on 'thị trường khóa thông minh Việt Nam' and the article names 'cả nước', so a place is implied (spec: null only",
    "when the text neither names nor implies one).",
]

if __name__ == "__main__":
    write("p1460-6", TEXT, NOTES, FIGS, published="2024-03-25")
