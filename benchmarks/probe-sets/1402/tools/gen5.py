"""p1402-5: provincial Party newspaper (Báo Bình Định): one year of public bikes in TP Quy Nhơn."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BÌNH ĐỊNH ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Du lịch

Đạp xe dọc biển Quy Nhơn - lựa chọn mới của người trẻ

Cập nhật ngày: 30-09-2024

Sau một năm thí điểm, hệ thống xe đạp công cộng tại TP Quy Nhơn đã phục vụ hơn 146.000 lượt thuê, trở thành lựa chọn quen thuộc của người dân và du khách.

(BĐO) - Tháng 9/2023, Công ty TNHH Dịch vụ Đô thị Xanh Quy Nhơn đưa vào vận hành 28 trạm với 300 xe đạp dọc các tuyến Xuân Diệu, An Dương Vương và Quốc lộ 1D. Hiện nay, hệ thống có 35 trạm, 380 xe; ứng dụng QNBike có gần 21.000 người dùng.

Giá thuê là 8.000 đồng/giờ, từ giờ thứ hai trở đi 6.000 đồng/giờ. Bình quân mỗi xe được thuê từ 40 đến 50 lượt/tháng. Lượt thuê vào cuối tuần gấp 1,8 lần ngày thường; khung giờ từ 17 giờ đến 21 giờ chiếm khoảng 55% tổng lượt thuê trong ngày.

Anh Trần Minh Khoa (28 tuổi, phường Ghềnh Ráng) cho biết mỗi tuần anh đạp xe 3-4 lần dọc bờ biển sau giờ làm. "Trước đây tôi đi xe máy, giờ đạp xe vừa khỏe vừa tiết kiệm", anh Khoa nói.

Theo ông Lê Văn Hào, Phó Giám đốc Sở Giao thông vận tải, 9 tháng năm 2024, doanh thu của hệ thống ước đạt 1,2 tỷ đồng, bằng 85% chi phí vận hành. Năm 2025, đơn vị vận hành dự kiến lắp thêm 15 trạm tới Khu kinh tế Nhơn Hội, nâng số xe lên khoảng 500 xe.

HOÀI THU
"""

M9 = per("Tháng 9/2023", "2023-09-01", "2023-09-30")
N9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("hơn 146.000 lượt", "146.000", 146000, "count", "lượt thuê", approx="over",
        subject="lượt thuê hệ thống xe đạp công cộng"),
    fig("vận hành 28 trạm", "28", 28, "count", "trạm", subject="trạm đưa vào vận hành", period=M9),
    fig("với 300 xe", "300", 300, "count", "xe đạp", subject="xe đạp đưa vào vận hành", period=M9),
    fig("có 35 trạm", "35", 35, "count", "trạm", subject="trạm của hệ thống"),
    fig("380 xe", "380", 380, "count", "xe", subject="xe của hệ thống"),
    fig("gần 21.000 người", "21.000", 21000, "count", "người dùng", approx="nearly",
        subject="người dùng ứng dụng QNBike"),
    fig("là 8.000 đồng", "8.000", 8000, "money", "đồng/giờ", subject="giá thuê"),
    fig("trở đi 6.000 đồng", "6.000", 6000, "money", "đồng/giờ", subject="giá thuê từ giờ thứ hai trở đi"),
    fig("từ 40 đến 50", "40", 40, "measure", "lượt/tháng", value_max=50, subject="lượt thuê bình quân mỗi xe"),
    fig("gấp 1,8 lần", "1,8", 1.8, "multiple", "lần", subject="lượt thuê vào cuối tuần so với ngày thường"),
    fig("khoảng 55%", "55", 55, "percent", "%", approx="about",
        subject="lượt thuê khung giờ từ 17 giờ đến 21 giờ trong tổng lượt thuê trong ngày"),
    fig("(28 tuổi", "28", 28, "measure", "tuổi", optional=True),
    fig("xe 3-4 lần", "3", 3, "measure", "lần/tuần", value_max=4, subject="số lần anh Khoa đạp xe mỗi tuần"),
    fig("ước đạt 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", status="estimate", percent=85,
        subject="doanh thu của hệ thống", period=N9),
    fig("thêm 15 trạm", "15", 15, "count", "trạm", status="forecast",
        subject="trạm lắp thêm tới Khu kinh tế Nhơn Hội", period=Y25),
    fig("khoảng 500 xe", "500", 500, "count", "xe", approx="about", status="forecast",
        subject="số xe", period=Y25),
]

NOTES = [
    "Provincial Party newspaper (Báo Bình Định): menu, 'Cập nhật ngày: 30-09-2024', sapo, tag '(BĐO) -', quote, byline at the end.",
    "Distractors: 'Quốc lộ 1D', 'giờ thứ hai' (ordinal), 'từ 17 giờ đến 21 giờ' (times of day inside a subject), 'Sau một năm thí điểm' (duration),",
    "the date in the dateline.",
    "All figures describe the TP Quy Nhơn system: location Quy Nhơn (the province is not the place of these figures).",
    "'Tháng 9/2023' gives its month to the launch counts; 'Hiện nay' figures have no period.",
    "'gấp 1,8 lần' stands alone as the claim (no base amount): multiple. 'mỗi tuần ... 3-4 lần' is a per-week rate (lần/tuần).",
    "'28 tuổi' (the interviewee's age) is optional: personal detail, not a statistic about the sector.",
    "'ước đạt 1,2 tỷ đồng, bằng 85% chi phí vận hành' → estimate, percent 85. 'Năm 2025 ... dự kiến' governs both clauses (forecast).",
]

if __name__ == "__main__":
    write("p1402-5", TEXT, NOTES, FIGS, published="2024-09-30", location="Quy Nhơn")
