"""p1402-1: province portal (Đà Nẵng): public bike rentals in the first 9 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Giao thông - Đô thị

Xe đạp công cộng Đà Nẵng đạt hơn 410.000 lượt thuê sau 9 tháng

Cập nhật: 15/10/2024 09:30 | Lượt xem: 1.864

Theo Sở Giao thông vận tải, 9 tháng đầu năm 2024, hệ thống xe đạp công cộng trên địa bàn thành phố Đà Nẵng ghi nhận 412.650 lượt thuê, tăng 23,5% so với cùng kỳ năm 2023, bằng 78,6% kế hoạch năm. Trong đó, lượt thuê của khách du lịch chiếm khoảng 41%.

Hiện thành phố có 86 trạm xe đạp với 1.020 xe, gồm 780 xe đạp cơ và 240 xe đạp điện trợ lực. Mỗi lượt thuê có quãng đường trung bình khoảng 3,2 km, thời gian thuê trung bình 27 phút.

Ứng dụng HanBike của Công ty cổ phần Giao thông Xanh Sông Hàn đã có hơn 96.000 người dùng đăng ký, trong đó gần 18.500 người mua vé tháng. Giá thuê xe đạp cơ là 5.000 đồng/30 phút, xe đạp điện 10.000 đồng/30 phút; vé ngày 50.000 đồng, vé tháng 79.000 đồng.

Tại quận Sơn Trà, dọc các tuyến đường Võ Nguyên Giáp, Hoàng Sa có 21 trạm, chiếm 24,4% số trạm toàn thành phố; bình quân mỗi xe tại đây được thuê 5,8 lượt/ngày, cao gấp đôi khu vực trung tâm.

Quý IV, đơn vị vận hành dự kiến lắp thêm 14 trạm dọc đường 2 Tháng 9 và bờ Đông sông Hàn, nâng tổng số trạm lên 100 trạm. Thành phố phấn đấu cả năm 2024 đạt 525.000 lượt thuê, giảm ít nhất 1.500 tấn khí CO2 phát thải.

Tin liên quan:
- Đà Nẵng tổ chức Ngày hội đi bộ lần thứ 3
- Điều chỉnh lộ trình tuyến xe buýt số 05 từ ngày 01/11/2024
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm 2024", "2024-01-01", "2024-12-31")
ST = "Sơn Trà"

FIGS = [
    fig("hơn 410.000 lượt", "410.000", 410000, "count", "lượt thuê", approx="over",
        subject="lượt thuê xe đạp công cộng", period=NINE_H),
    fig("ghi nhận 412.650 lượt", "412.650", 412650, "count", "lượt thuê", percent=78.6,
        change=chg("increase", 23.5, "%", "cùng kỳ năm 2023"),
        subject="lượt thuê hệ thống xe đạp công cộng", period=NINE),
    fig("chiếm khoảng 41%", "41", 41, "percent", "%", approx="about",
        subject="lượt thuê của khách du lịch", period=inh(NINE)),
    fig("có 86 trạm", "86", 86, "count", "trạm", subject="trạm xe đạp"),
    fig("với 1.020 xe", "1.020", 1020, "count", "xe", subject="xe đạp công cộng tại các trạm"),
    fig("gồm 780 xe", "780", 780, "count", "xe đạp cơ", total=1020, subject="xe đạp cơ"),
    fig("và 240 xe", "240", 240, "count", "xe đạp điện", total=1020, subject="xe đạp điện trợ lực"),
    fig("khoảng 3,2 km", "3,2", 3.2, "measure", "km", approx="about",
        subject="quãng đường trung bình mỗi lượt thuê"),
    fig("trung bình 27 phút", "27", 27, "measure", "phút", subject="thời gian thuê trung bình"),
    fig("hơn 96.000 người", "96.000", 96000, "count", "người dùng", approx="over",
        subject="người dùng đăng ký ứng dụng HanBike"),
    fig("gần 18.500 người", "18.500", 18500, "count", "người", approx="nearly", total=96000,
        subject="người dùng mua vé tháng"),
    fig("là 5.000 đồng", "5.000", 5000, "money", "đồng/30 phút", subject="giá thuê xe đạp cơ"),
    fig("điện 10.000 đồng", "10.000", 10000, "money", "đồng/30 phút", subject="giá thuê xe đạp điện"),
    fig("vé ngày 50.000", "50.000", 50000, "money", "đồng", subject="giá vé ngày"),
    fig("vé tháng 79.000", "79.000", 79000, "money", "đồng", subject="giá vé tháng"),
    fig("có 21 trạm", "21", 21, "count", "trạm", percent=24.4,
        subject="trạm dọc các tuyến đường Võ Nguyên Giáp, Hoàng Sa", location=ST),
    fig("thuê 5,8 lượt", "5,8", 5.8, "measure", "lượt/ngày",
        change=chg("increase", 2, "lần", "khu vực trung tâm"),
        subject="lượt thuê bình quân mỗi xe", location=ST),
    fig("thêm 14 trạm", "14", 14, "count", "trạm", status="forecast",
        subject="trạm lắp thêm", period=Q4),
    fig("lên 100 trạm", "100", 100, "count", "trạm", status="forecast",
        subject="tổng số trạm", period=Q4),
    fig("đạt 525.000 lượt", "525.000", 525000, "count", "lượt thuê", status="target",
        subject="lượt thuê", period=YEAR),
    fig("ít nhất 1.500 tấn", "1.500", 1500, "measure", "tấn", approx="at_least", status="target",
        subject="khí CO2 phát thải giảm", period=YEAR),
]

NOTES = [
    "Province portal (Đà Nẵng): bike-share rentals 9 months 2024; breadcrumb, 'Cập nhật: 15/10/2024 09:30 | Lượt xem: 1.864', related links.",
    "Distractors: 09:30, Lượt xem 1.864, '5.000 đồng/30 phút' (denominator 30), 'đường 2 Tháng 9', 'CO2', 'lần thứ 3', 'tuyến xe buýt số 05', 01/11/2024.",
    "Headline 'hơn 410.000 lượt thuê sau 9 tháng' is its own figure (over), year-less '9 tháng' takes 2024.",
    "'bằng 78,6% kế hoạch năm' is the percent attribute of 412.650; 'Trong đó ... chiếm khoảng 41%' a percent figure, period inherited.",
    "'gồm 780 ... và 240' parts of 1.020 xe. 'Hiện' figures carry no period.",
    "'5,8 lượt/ngày, cao gấp đôi khu vực trung tâm': 'gấp đôi' is the change (2 lần) of 5,8, not a figure.",
    "Sơn Trà passage: location Sơn Trà. 'Quý IV ... dự kiến' governs both clauses (forecast). 'phấn đấu' governs both clauses (target).",
    "'giảm ít nhất 1.500 tấn' has no base amount: a figure of its own (at_least), not a change.",
]

if __name__ == "__main__":
    write("p1402-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Đà Nẵng")
