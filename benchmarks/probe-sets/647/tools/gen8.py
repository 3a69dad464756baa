"""p647-8: TP Đà Lạt city portal, temporary parking and congestion during the 30/4 - 1/5/2024 holiday."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ ĐÀ LẠT
Trang chủ » Tin tức » Kinh tế - Đô thị

Đà Lạt bố trí 27 bãi đỗ xe tạm phục vụ du khách dịp lễ 30/4 - 1/5

Ngày cập nhật 06/05/2024

Trong 5 ngày nghỉ lễ 30/4 - 1/5 năm 2024 (từ ngày 27/4 đến ngày 1/5), thành phố Đà Lạt đón khoảng 210.000 lượt khách, tăng 16,7% so với cùng kỳ năm 2023; trong đó khách lưu trú ước đạt 98.500 lượt. Lượng phương tiện vào thành phố qua đèo Prenn, đèo Mimosa và Quốc lộ 20 bình quân khoảng 28.000 lượt xe/ngày, cao điểm ngày 30/4 lên tới 41.600 lượt xe.

Để giảm ùn tắc khu vực trung tâm, thành phố bố trí 27 bãi đỗ xe tạm với tổng diện tích hơn 4,2 ha, bố trí được khoảng 2.300 chỗ đỗ ô tô và gần 5.500 chỗ đỗ xe máy; trong đó 9 bãi miễn phí. Mức thu tại các bãi có thu phí từ 20.000 đến 30.000 đồng/lượt đối với ô tô dưới 16 chỗ và 5.000 đồng/lượt đối với xe máy.

Nhờ phân luồng từ sớm, trên địa bàn không xảy ra ùn tắc kéo dài; thời gian ùn ứ cục bộ tại nút giao Phù Đổng Thiên Vương – Đinh Tiên Hoàng và đường 3 Tháng 2 không quá 20 phút. Lực lượng chức năng đã xử lý 146 trường hợp dừng, đỗ xe sai quy định, phạt tiền 187,5 triệu đồng; đồng thời lắp đặt 32 camera di động tại các điểm nóng.

Dịp Quốc khánh 2/9 tới, thành phố dự kiến mở rộng lên 35 bãi đỗ xe tạm. Phản ánh về tình trạng chặt chém giá gửi xe xin gọi đường dây nóng 0263.3822.179.
"""

HOL = P("từ ngày 27/4 đến ngày 1/5", "2024-04-27", "2024-05-01")
D30 = P("ngày 30/4", "2024-04-30", "2024-04-30")

FIGS = [
    F("Đà Lạt bố trí 27 bãi", "27", 27, "count", "bãi đỗ xe tạm", "bãi đỗ xe tạm phục vụ du khách", I(HOL)),
    F("khoảng 210.000 lượt", "210.000", 210000, "count", "lượt khách", "lượt khách đến thành phố", HOL,
      approx="about", change=CH("increase", 16.7, "%", "cùng kỳ năm 2023")),
    F("ước đạt 98.500 lượt", "98.500", 98500, "count", "lượt", "khách lưu trú", HOL, total=210000, status="estimate"),
    F("khoảng 28.000 lượt xe/ngày", "28.000", 28000, "measure", "lượt xe/ngày", "lượng phương tiện vào thành phố bình quân",
      I(HOL), approx="about"),
    F("lên tới 41.600", "41.600", 41600, "count", "lượt xe", "lượng phương tiện vào thành phố ngày cao điểm", D30),
    F("thành phố bố trí 27 bãi", "27", 27, "count", "bãi đỗ xe tạm", "bãi đỗ xe tạm", I(HOL)),
    F("hơn 4,2 ha", "4,2", 4.2, "measure", "ha", "tổng diện tích bãi đỗ xe tạm", I(HOL), approx="over"),
    F("khoảng 2.300 chỗ", "2.300", 2300, "count", "chỗ đỗ ô tô", "chỗ đỗ ô tô bố trí được", I(HOL), approx="about"),
    F("gần 5.500 chỗ", "5.500", 5500, "count", "chỗ đỗ xe máy", "chỗ đỗ xe máy bố trí được", I(HOL), approx="nearly"),
    F("trong đó 9 bãi", "9", 9, "count", "bãi", "bãi đỗ xe tạm miễn phí", I(HOL), total=27),
    F("từ 20.000 đến 30.000", "20.000", 20000, "money", "đồng/lượt", "mức thu gửi ô tô dưới 16 chỗ", value_max=30000),
    F("dưới 16 chỗ", "16", 16, "count", "chỗ", "ngưỡng số chỗ ngồi của ô tô", approx="under", optional=True),
    F("và 5.000 đồng/lượt", "5.000", 5000, "money", "đồng/lượt", "mức thu gửi xe máy"),
    F("không quá 20 phút", "20", 20, "measure", "phút", "thời gian ùn ứ cục bộ tại nút giao", I(HOL), approx="at_most"),
    F("xử lý 146 trường hợp", "146", 146, "count", "trường hợp", "trường hợp dừng, đỗ xe sai quy định bị xử lý", I(HOL)),
    F("phạt tiền 187,5 triệu", "187,5", 187.5e6, "money", "đồng", "tiền phạt dừng, đỗ xe sai quy định", I(HOL)),
    F("lắp đặt 32 camera", "32", 32, "count", "camera", "camera di động lắp đặt tại các điểm nóng", I(HOL)),
    F("lên 35 bãi", "35", 35, "count", "bãi đỗ xe tạm", "bãi đỗ xe tạm dịp Quốc khánh", status="forecast"),
]

COMMENTS = [
    "Đà Lạt city portal (district-level city of Lâm Đồng), 'Ngày cập nhật 06/05/2024': holiday visitors, vehicles, temporary parking.",
    "The holiday period is stated as '(từ ngày 27/4 đến ngày 1/5)' of 2024; 'cao điểm ngày 30/4' is a one-day period.",
    "'khách lưu trú ước đạt 98.500 lượt' after 'trong đó' -> total 210000, estimate. '; trong đó 9 bãi miễn phí' -> total 27",
    "(the whole counting the same thing, not the nearer '5.500 chỗ'). Vehicle flow per day keeps '/ngày' in its unit (measure).",
    "'ô tô dưới 16 chỗ' is a vehicle class threshold (optional). 'dự kiến mở rộng lên 35 bãi' -> forecast.",
    "Distractors: dates 30/4 - 1/5, 27/4, 2/9, '5 ngày nghỉ lễ' (duration), Quốc lộ 20, đường 3 Tháng 2, hotline.",
]

if __name__ == "__main__":
    emit("p647-8", TEXT, COMMENTS, FIGS, published="2024-05-06", location="Đà Lạt")
