"""p1309-4: provincial newspaper (Báo Lào Cai, tag '(BLC) -'): fog on Quốc lộ 4D and đèo Ô Quy Hồ, Sa Pa, January 2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO LÀO CAI ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Du lịch | Pháp luật

Sa Pa: Sương mù kéo dài, hàng chục xe khách phải giảm tốc qua đèo Ô Quy Hồ

Thứ Năm, 09/01/2025 | 08:15

(BLC) - Những ngày đầu năm 2025, sương mù dày đặc kết hợp mưa phùn bao phủ thị xã Sa Pa, khiến việc lưu thông trên Quốc lộ 4D, nhất là đoạn đèo Ô Quy Hồ, gặp nhiều khó khăn.

Theo Trạm Khí tượng Sa Pa, từ ngày 1 đến ngày 8/1, có 6 ngày xuất hiện sương mù, nhiệt độ trung bình chỉ 6-8 độ C, tầm nhìn tại đỉnh đèo nhiều thời điểm dưới 20 m. Đội Cảnh sát giao thông - trật tự Công an thị xã bố trí ba chốt trực tại Km 33, Km 38 và Km 44 Quốc lộ 4D, hướng dẫn phương tiện bật đèn sương mù, đi với tốc độ không quá 30 km/h.

Anh Lò Văn Tuấn, tài xế xe khách biển kiểm soát 24B-015.68 chạy tuyến Sa Pa - Lai Châu, cho biết mỗi chuyến qua đèo mất thêm 40-50 phút so với ngày thường.

Dù thời tiết bất lợi, 8 ngày đầu năm 2025, Sa Pa vẫn đón khoảng 38.000 lượt khách, tăng 12% so với cùng kỳ năm 2024; trong đó khách quốc tế chiếm gần 40%.

Từ đầu tháng 12/2024 đến nay, trên Quốc lộ 4D địa phận thị xã xảy ra 2 vụ tai nạn giao thông, làm 1 người chết, 3 người bị thương. Ban An toàn giao thông thị xã dự kiến lắp thêm 25 biển cảnh báo và 800 m dải phân cách mềm trong quý I/2025, tổng kinh phí khoảng 1,4 tỷ đồng.

HOÀNG THU

Từ khóa: sương mù, Sa Pa, Quốc lộ 4D, đèo Ô Quy Hồ
"""

W = per("từ ngày 1 đến ngày 8/1", "2025-01-01", "2025-01-08")
D8 = per("8 ngày đầu năm 2025", "2025-01-01", "2025-01-08")
DEC = per("Từ đầu tháng 12/2024 đến nay", "2024-12-01", "2025-01-09")
Q1 = per("trong quý I/2025", "2025-01-01", "2025-03-31")

FIGS = [
    fig("hàng chục xe khách", "chục", 10, "count", "xe khách", approx="about",
        subject="xe khách phải giảm tốc qua đèo Ô Quy Hồ"),
    fig("có 6 ngày", "6", 6, "count", "ngày", subject="ngày xuất hiện sương mù", period=W),
    fig("chỉ 6-8 độ C", "6", 6, "measure", "độ C", value_max=8, subject="nhiệt độ trung bình", period=W),
    fig("dưới 20 m", "20", 20, "measure", "m", approx="under", subject="tầm nhìn tại đỉnh đèo", period=W),
    fig("ba chốt trực", "ba", 3, "count", "chốt trực", subject="chốt trực Đội Cảnh sát giao thông - trật tự bố trí"),
    fig("không quá 30 km/h", "30", 30, "measure", "km/h", approx="at_most",
        subject="tốc độ phương tiện được hướng dẫn đi"),
    fig("thêm 40-50 phút", "40", 40, "measure", "phút", value_max=50,
        subject="thời gian mỗi chuyến qua đèo mất thêm"),
    fig("khoảng 38.000 lượt", "38.000", 38000, "count", "lượt khách", approx="about",
        change=chg("increase", 12, "%", "cùng kỳ năm 2024"), subject="lượt khách Sa Pa đón", period=D8),
    fig("chiếm gần 40%", "40", 40, "percent", "%", approx="nearly", subject="khách quốc tế", period=D8),
    fig("xảy ra 2 vụ", "2", 2, "count", "vụ", subject="vụ tai nạn giao thông trên Quốc lộ 4D", period=DEC),
    fig("làm 1 người", "1", 1, "count", "người", subject="người chết do tai nạn giao thông", period=DEC),
    fig("3 người bị thương", "3", 3, "count", "người", subject="người bị thương do tai nạn giao thông", period=DEC),
    fig("thêm 25 biển", "25", 25, "count", "biển cảnh báo", status="forecast",
        subject="biển cảnh báo lắp thêm", period=Q1),
    fig("800 m", "800", 800, "measure", "m", status="forecast", subject="dải phân cách mềm lắp thêm", period=Q1),
    fig("khoảng 1,4 tỷ", "1,4", 1.4e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng kinh phí", period=Q1),
]

NOTES = [
    "revised after the first run: casualty subjects name their cause ('người chết do tai nạn giao thông', not 'người chết').",
    "Provincial newspaper (Báo Lào Cai): menu, 'Thứ Năm, 09/01/2025 | 08:15', tag '(BLC) -', byline, 'Từ khóa'.",
    "Distractors: 08:15, 'Quốc lộ 4D' (4 times), 'Km 33, Km 38 và Km 44', plate '24B-015.68', 'Những ngày đầu năm 2025'.",
    "Location Sa Pa (thị xã) throughout. Headline 'hàng chục xe khách' = 10, approx about (spec: number word, approx).",
    "'từ ngày 1 đến ngày 8/1' takes 2025 from the dateline; 'Từ đầu tháng 12/2024 đến nay' ends at the dateline.",
    "'trong đó khách quốc tế chiếm gần 40%' is a percent figure in its own right (a share, no base amount), nearly.",
    "'mất thêm 40-50 phút so với ngày thường' is the claim itself: a measure range, no change object.",
    "'dự kiến' governs the whole last sentence, including 'tổng kinh phí khoảng 1,4 tỷ đồng' (forecast); period quý I/2025.",
]

if __name__ == "__main__":
    write("p1309-4", TEXT, NOTES, FIGS, published="2025-01-09", location="Sa Pa")
