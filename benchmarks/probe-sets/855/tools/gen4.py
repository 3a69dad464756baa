from lib import F, P, I, C, T, write

TEXT = """BỘ Y TẾ - CỤC AN TOÀN THỰC PHẨM
Trang chủ / Tin tức / Hoạt động của Cục
Kết quả Tháng hành động vì an toàn thực phẩm năm 2024: gần 2.000 đoàn kiểm tra
Ngày đăng: 05/06/2024 | Lượt xem: 1.874
Trong Tháng hành động vì an toàn thực phẩm năm 2024 (từ ngày 15/4 đến 15/5/2024), 63/63 tỉnh, thành phố đã triển khai kế hoạch với trọng tâm là thức ăn đường phố và bếp ăn tập thể. Toàn quốc đã thành lập 1.986 đoàn kiểm tra liên ngành, kiểm tra 52.714 cơ sở kinh doanh thức ăn đường phố và dịch vụ ăn uống, phát hiện 7.338 cơ sở vi phạm (chiếm 13,9%); xử phạt 3.125 cơ sở với tổng số tiền hơn 9,4 tỷ đồng, tăng 15,2% so với năm 2023. Các địa phương có nhiều đoàn kiểm tra nhất lần lượt là Hà Nội (186 đoàn), TP Hồ Chí Minh (154 đoàn) và Thanh Hóa (97 đoàn).
Các đoàn đã lấy 38.426 mẫu xét nghiệm nhanh, trong đó 1.127 mẫu không đạt (2,9%), chủ yếu là chỉ tiêu hàn the, formol, phẩm màu và dầu mỡ ôi khét; 624 mẫu được gửi xét nghiệm tại labo, trong đó 41 mẫu không đạt.
Về ngộ độc thực phẩm, từ đầu năm đến ngày 31/5/2024, cả nước ghi nhận 52 vụ, giảm 9 vụ so với cùng kỳ năm 2023, với 2.476 người mắc, tăng 38,6% so với cùng kỳ, và 4 người tử vong. Trong đó, có 14 vụ liên quan đến thức ăn đường phố với 1.203 người mắc.
Theo Chiến lược quốc gia bảo đảm an toàn thực phẩm ban hành kèm Quyết định số 1399/QĐ-TTg, đến năm 2025 phấn đấu 100% tỉnh, thành phố có mô hình điểm về thức ăn đường phố, trên 85% người kinh doanh thức ăn đường phố được cập nhật kiến thức về an toàn thực phẩm. Cục An toàn thực phẩm đề nghị các địa phương tiếp tục kiểm tra, hậu kiểm, xử lý nghiêm vi phạm.
Cục An toàn thực phẩm - 138A Giảng Võ, Ba Đình, Hà Nội. Điện thoại: 024.3846.3702
"""

M = P("Tháng hành động vì an toàn thực phẩm năm 2024 (từ ngày 15/4 đến 15/5/2024)", "2024-04-15", "2024-05-15")
YTD = P("từ đầu năm đến ngày 31/5/2024", "2024-01-01", "2024-05-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("gần 2.000 đoàn", "2.000", 2000, "count", "đoàn", "đoàn kiểm tra trong Tháng hành động vì an toàn thực phẩm", I(M), approx="nearly"),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố triển khai kế hoạch Tháng hành động", M, total=63),
    F("thành lập 1.986 đoàn", "1.986", 1986, "count", "đoàn", "đoàn kiểm tra liên ngành", I(M)),
    F("kiểm tra 52.714 cơ sở", "52.714", 52714, "count", "cơ sở", "cơ sở kinh doanh thức ăn đường phố và dịch vụ ăn uống được kiểm tra", I(M)),
    F("phát hiện 7.338 cơ sở", "7.338", 7338, "count", "cơ sở", "cơ sở vi phạm", I(M), percent=13.9),
    F("xử phạt 3.125 cơ sở", "3.125", 3125, "count", "cơ sở", "cơ sở bị xử phạt", I(M)),
    F("hơn 9,4 tỷ đồng", "9,4", 9.4e9, "money", "đồng", "tổng số tiền xử phạt", I(M), approx="over",
      change=C("increase", 15.2, baseline="năm 2023")),
    F("Hà Nội (186 đoàn)", "186", 186, "count", "đoàn", "đoàn kiểm tra", I(M), location="Hà Nội"),
    F("TP Hồ Chí Minh (154 đoàn)", "154", 154, "count", "đoàn", "đoàn kiểm tra", I(M), location="TP Hồ Chí Minh"),
    F("Thanh Hóa (97 đoàn)", "97", 97, "count", "đoàn", "đoàn kiểm tra", I(M), location="Thanh Hóa"),
    F("lấy 38.426 mẫu", "38.426", 38426, "count", "mẫu", "mẫu xét nghiệm nhanh", I(M)),
    F("1.127 mẫu không đạt", "1.127", 1127, "count", "mẫu", "mẫu xét nghiệm nhanh không đạt", I(M), total=38426, percent=2.9),
    F("624 mẫu được gửi", "624", 624, "count", "mẫu", "mẫu gửi xét nghiệm tại labo", I(M)),
    F("41 mẫu không đạt", "41", 41, "count", "mẫu", "mẫu xét nghiệm tại labo không đạt", I(M), total=624),
    F("ghi nhận 52 vụ", "52", 52, "count", "vụ", "vụ ngộ độc thực phẩm", YTD,
      change=C("decrease", 9, "vụ", baseline="cùng kỳ năm 2023")),
    F("với 2.476 người", "2.476", 2476, "count", "người", "người mắc ngộ độc thực phẩm", YTD,
      change=C("increase", 38.6, baseline="cùng kỳ")),
    F("và 4 người", "4", 4, "count", "người", "người tử vong do ngộ độc thực phẩm", YTD),
    F("có 14 vụ", "14", 14, "count", "vụ", "vụ ngộ độc liên quan đến thức ăn đường phố", I(YTD), total=52),
    F("với 1.203 người", "1.203", 1203, "count", "người", "người mắc ngộ độc liên quan đến thức ăn đường phố", I(YTD), total=2476),
    F("phấn đấu 100%", "100", 100, "percent", "%", "tỉnh, thành phố có mô hình điểm về thức ăn đường phố", T25, status="target"),
    F("trên 85%", "85", 85, "percent", "%", "người kinh doanh thức ăn đường phố được cập nhật kiến thức về an toàn thực phẩm", T25,
      approx="over", status="target"),
]

NOTES = [
    "Ministry of Health / Vietnam Food Administration site: results of the 2024 Food Safety Action Month (national).",
    "The action month runs 15/4-15/5/2024 (stated in the first sentence); figures of later sentences inherit it.",
    "The headline's 'năm 2024' names the action month, so its period is the month's dates, stated elsewhere (inherited).",
    "'Trong đó, có 14 vụ ... với 1.203 người mắc' after a sentence break: parts of 52 vụ and 2.476 người mắc.",
    "'(chiếm 13,9%)' and '(2,9%)' right after a count are its share (percent). List items Hà Nội / TP Hồ Chí Minh / Thanh Hóa are locations.",
    "Distractors: 'Ngày đăng: 05/06/2024', 'Lượt xem: 1.874', 'Quyết định số 1399/QĐ-TTg', '138A Giảng Võ', phone 024.3846.3702.",
]

write(4, TEXT, FIGS, NOTES, published="2024-06-05", location="Việt Nam")
