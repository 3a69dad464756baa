"""p1182-8: provincial newspaper online (Báo Bình Định, '(BĐ) -'), Quy Nhơn bicycles and e-scooters, Q3 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Bình Định > Kinh tế > Đô thị

Gần 70.000 lượt thuê xe đạp, xe điện công cộng trong quý III

Cập nhật: 07/10/2024 14:25

(BĐ) - Quý III, hệ thống xe đạp, xe điện công cộng tại TP Quy Nhơn phục vụ 69.480 lượt thuê, tăng 27,6% so với quý II và tăng 41% so với cùng kỳ. Tính chung 9 tháng, lượt thuê đạt 161.200 lượt, bằng 73,3% kế hoạch năm.

Hiện TP Quy Nhơn có 40 trạm, bố trí dọc các tuyến đường ven biển An Dương Vương, Xuân Diệu, với 450 xe, gồm 300 xe đạp và 150 xe scooter điện. Người dùng quét mã QR trên ứng dụng để mở khóa; giá thuê xe đạp 5.000 đồng/15 phút, scooter điện 8.000 đồng/15 phút. Khoảng 65% lượt thuê diễn ra trong khung giờ từ 16 giờ đến 20 giờ.

Ông Nguyễn Hữu Phúc, Giám đốc Công ty CP Giao thông xanh Quy Nhơn (đơn vị vận hành), cho biết công ty đã đầu tư khoảng 12 tỷ đồng cho hệ thống. Doanh thu 9 tháng đạt 2,35 tỷ đồng; dự kiến cả năm khoảng 3,2 tỷ đồng. Công ty sử dụng 22 nhân viên, trong đó hai người trực cứu hộ, sạc pin ban đêm.

Từ đầu năm đến nay, trên các tuyến ven biển xảy ra 4 vụ va chạm nhẹ liên quan đến xe scooter điện, không có thương vong. Theo Sở Giao thông vận tải, năm 2025 tỉnh dự kiến mở rộng mô hình ra thị xã An Nhơn và huyện Phù Cát với khoảng 15 trạm.

HOÀI THU
"""

HEAD = per("trong quý III", "2024-07-01", "2024-09-30")
Q3 = per("Quý III", "2024-07-01", "2024-09-30")
M9 = per("Tính chung 9 tháng", "2024-01-01", "2024-09-30")
M9b = per("9 tháng", "2024-01-01", "2024-09-30")
YR = per("cả năm", "2024-01-01", "2024-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-07")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
SYS = "lượt thuê xe đạp, xe điện công cộng"

FIGS = [
    fig("Gần 70.000 lượt", "70.000", 70000, "count", "lượt thuê", approx="nearly", subject=SYS, period=HEAD),
    fig("phục vụ 69.480 lượt", "69.480", 69480, "count", "lượt thuê",
        change=chg("increase", 27.6, "%", "quý II"), subject=SYS, period=Q3),
    fig("tăng 41%", "41", 41, "percent", "%", optional=True,
        subject="lượt thuê tăng so với cùng kỳ", period=Q3),
    fig("đạt 161.200 lượt", "161.200", 161200, "count", "lượt", percent=73.3, subject="lượt thuê", period=M9),
    fig("có 40 trạm", "40", 40, "count", "trạm", subject="trạm xe đạp, xe điện công cộng"),
    fig("với 450 xe", "450", 450, "count", "xe", subject="xe đạp, xe điện công cộng"),
    fig("gồm 300 xe", "300", 300, "count", "xe", total=450, subject="xe đạp"),
    fig("và 150 xe", "150", 150, "count", "xe", total=450, subject="xe scooter điện"),
    fig("đạp 5.000 đồng", "5.000", 5000, "money", "đồng/15 phút", subject="giá thuê xe đạp"),
    fig("điện 8.000 đồng", "8.000", 8000, "money", "đồng/15 phút", subject="giá thuê scooter điện"),
    fig("Khoảng 65%", "65", 65, "percent", "%", approx="about",
        subject="lượt thuê diễn ra trong khung giờ từ 16 giờ đến 20 giờ"),
    fig("khoảng 12 tỷ", "12", 12000000000, "money", "đồng", approx="about",
        subject="vốn công ty đầu tư cho hệ thống"),
    fig("đạt 2,35 tỷ", "2,35", 2350000000, "money", "đồng", subject="doanh thu", period=M9b),
    fig("khoảng 3,2 tỷ", "3,2", 3200000000, "money", "đồng", approx="about", status="forecast",
        subject="doanh thu cả năm", period=YR),
    fig("sử dụng 22 nhân viên", "22", 22, "count", "nhân viên", subject="nhân viên của công ty"),
    fig("hai người", "hai", 2, "count", "người", total=22,
        subject="nhân viên trực cứu hộ, sạc pin ban đêm"),
    fig("xảy ra 4 vụ", "4", 4, "count", "vụ va chạm",
        subject="vụ va chạm nhẹ liên quan đến xe scooter điện", period=YTD),
    fig("khoảng 15 trạm", "15", 15, "count", "trạm", approx="about", status="forecast",
        subject="trạm khi mở rộng mô hình", period=Y25, location="Bình Định"),
]

NOTES = [
    "Provincial newspaper online (Báo Bình Định): headline figure 'Gần 70.000', 'Cập nhật: 07/10/2024 14:25', tag '(BĐ) -', byline at the end.",
    "The system is in TP Quy Nhơn (named): default location Quy Nhơn; the 2025 expansion to An Nhơn and Phù Cát → province Bình Định.",
    "'tăng 27,6% so với quý II và tăng 41% so với cùng kỳ': the first change is the attribute; the second is a percent figure (optional).",
    "Year-less 'Quý III', '9 tháng', 'cả năm' take 2024 from the dateline; 'Từ đầu năm đến nay' ends at the published date.",
    "'; dự kiến cả năm khoảng 3,2 tỷ' → forecast. 'trong đó hai người' (number word) is a part of 22 nhân viên.",
    "Distractors: 14:25, '(BĐ)', '/15 phút' denominators, 'mã QR', road names, times of day 'từ 16 giờ đến 20 giờ', 'không có thương vong' (no number).",
]

if __name__ == "__main__":
    write("p1182-8", TEXT, NOTES, FIGS, published="2024-10-07", location="Quy Nhơn")
