"""p1182-6: national newspaper, TP HCM public bicycles and e-scooters in TP Thủ Đức, April 2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự > Giao thông

TP HCM sẽ có thêm 500 xe đạp công cộng

Thứ Bảy, 12/4/2025, 09:15 (GMT+7)

Sở Xây dựng TP HCM dự kiến trong quý II năm nay bổ sung 500 xe đạp công cộng, nâng tổng số xe của hệ thống lên khoảng 1.500 chiếc.

Theo Sở Xây dựng, sau gần 3 năm thí điểm tại quận 1 và quận 3, hệ thống hiện có 96 trạm với 1.000 xe (trong đó 200 xe đạp điện), đã phục vụ hơn 1,5 triệu lượt thuê. Riêng năm 2024 có 612.000 lượt thuê, tăng 24% so với năm trước; thời gian thuê trung bình 38 phút/lượt. Giá vé lượt là 5.000 đồng/30 phút, vé tháng 50.000 đồng. Khoảng 45% người dùng là học sinh, sinh viên và nhân viên văn phòng.

Ở TP Thủ Đức, dịch vụ xe scooter điện cho thuê trong Khu đô thị ĐH Quốc gia đang thu hút sinh viên. Đơn vị vận hành bố trí 12 điểm đỗ với 300 xe; mỗi ngày có 1.800-2.000 lượt thuê. Giá thuê 3.000 đồng/5 phút, sinh viên được giảm 20% khi mua gói tháng. Khoảng 70% người dùng là sinh viên ký túc xá khu A và khu B.

Theo quy hoạch, đến năm 2030 TP HCM phấn đấu có 1.000 trạm xe đạp công cộng, đáp ứng khoảng 2% nhu cầu đi lại. TS Phạm Quang Huy, Trường ĐH Giao thông vận tải TP HCM, cho rằng thành phố cần xây dựng thêm ít nhất 150 km làn đường dành riêng cho xe đạp, trong khi hiện mới có chưa tới 10 km.

Gia Minh
"""

Q2 = per("trong quý II năm nay", "2025-04-01", "2025-06-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
TD = "TP Thủ Đức"

FIGS = [
    fig("có thêm 500 xe", "500", 500, "count", "xe", status="forecast", subject="xe đạp công cộng bổ sung"),
    fig("bổ sung 500 xe", "500", 500, "count", "xe", status="forecast",
        subject="xe đạp công cộng bổ sung", period=Q2),
    fig("khoảng 1.500 chiếc", "1.500", 1500, "count", "chiếc", approx="about", status="forecast",
        subject="tổng số xe của hệ thống", period=Q2),
    fig("có 96 trạm", "96", 96, "count", "trạm", subject="trạm xe đạp công cộng"),
    fig("với 1.000 xe", "1.000", 1000, "count", "xe", subject="xe đạp công cộng"),
    fig("200 xe đạp điện", "200", 200, "count", "xe", total=1000, subject="xe đạp điện"),
    fig("hơn 1,5 triệu", "1,5", 1500000, "count", "lượt thuê", approx="over",
        subject="lượt thuê xe đạp công cộng từ khi thí điểm"),
    fig("có 612.000 lượt", "612.000", 612000, "count", "lượt thuê",
        change=chg("increase", 24, "%", "năm trước"), subject="lượt thuê xe đạp công cộng", period=Y24),
    fig("trung bình 38 phút", "38", 38, "measure", "phút/lượt", subject="thời gian thuê trung bình",
        period=Y24),
    fig("là 5.000 đồng", "5.000", 5000, "money", "đồng/30 phút", subject="giá vé lượt"),
    fig("tháng 50.000 đồng", "50.000", 50000, "money", "đồng", subject="giá vé tháng"),
    fig("Khoảng 45%", "45", 45, "percent", "%", approx="about",
        subject="người dùng là học sinh, sinh viên và nhân viên văn phòng"),
    fig("bố trí 12 điểm", "12", 12, "count", "điểm đỗ", subject="điểm đỗ xe scooter điện", location=TD),
    fig("với 300 xe", "300", 300, "count", "xe", subject="xe scooter điện cho thuê", location=TD),
    fig("1.800-2.000", "1.800", 1800, "measure", "lượt thuê/ngày", value_max=2000,
        subject="lượt thuê xe scooter điện mỗi ngày", location=TD),
    fig("thuê 3.000 đồng", "3.000", 3000, "money", "đồng/5 phút", subject="giá thuê xe scooter điện",
        location=TD),
    fig("giảm 20%", "20", 20, "percent", "%", subject="mức giảm giá cho sinh viên mua gói tháng", location=TD),
    fig("Khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="người dùng là sinh viên ký túc xá", location=TD),
    fig("có 1.000 trạm", "1.000", 1000, "count", "trạm", status="target",
        subject="trạm xe đạp công cộng", period=T30),
    fig("khoảng 2%", "2", 2, "percent", "%", approx="about", status="target",
        subject="nhu cầu đi lại được đáp ứng bằng xe đạp công cộng", period=T30),
    fig("ít nhất 150 km", "150", 150, "measure", "km", approx="at_least", optional=True,
        subject="làn đường dành riêng cho xe đạp cần xây dựng thêm"),
    fig("chưa tới 10 km", "10", 10, "measure", "km", approx="under",
        subject="làn đường dành riêng cho xe đạp hiện có"),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ Bảy, 12/4/2025, 09:15 (GMT+7)', byline 'Gia Minh' at the end.",
    "Headline 'sẽ có thêm 500 xe' repeats the forecast of the lead ('dự kiến'): forecast, no period. 'quý II năm nay' = Q2 2025.",
    "'sau gần 3 năm thí điểm' locates in time (not a figure; cumulative 1,5 triệu lượt gets no period). 'quận 1 và quận 3' are names.",
    "'(trong đó 200 xe đạp điện)' is a part of 1.000 xe. 'tăng 24% so với năm trước' → change of 612.000 lượt.",
    "Thủ Đức passage: e-scooter figures get location TP Thủ Đức over three sentences. 'giảm 20%' is a discount (percent figure).",
    "Expert's 'cần xây dựng thêm ít nhất 150 km' is an opinion of need, not a plan: optional. 'đến năm 2030 … phấn đấu' → target.",
    "Distractors: 09:15, (GMT+7), quận 1, quận 3, 'khu A và khu B', '/5 phút' denominator.",
]

if __name__ == "__main__":
    write("p1182-6", TEXT, NOTES, FIGS, published="2025-04-12", location="TP Hồ Chí Minh")
