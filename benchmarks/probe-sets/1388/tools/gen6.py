"""p1388-6: national newspaper: robot welding shop of a car plant in Chu Lai (huyện Núi Thành, Quảng Nam); national car-industry context."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ ba, 5/11/2024, 06:00 (GMT+7)

Robot đảm nhận 85% công đoạn hàn ở nhà máy ô tô Chu Lai

Xưởng hàn thân vỏ của nhà máy ô tô Chu Lai Phương Nam tại Quảng Nam đã tự động hóa gần như toàn bộ, số công nhân giảm gần 90% so với 5 năm trước.

Trong xưởng rộng khoảng 2,4 ha tại Khu kinh tế mở Chu Lai (huyện Núi Thành), 126 robot hàn xếp thành 8 dây chuyền, đảm nhận khoảng 85% khối lượng mối hàn của mỗi thân xe. Xưởng hiện chỉ còn 68 công nhân, thay vì hơn 600 người như năm 2019.

"Trước đây, hàn một thân xe mất khoảng 45 phút, nay chỉ còn 18 phút, tỷ lệ lỗi mối hàn giảm còn 0,05%", ông Lê Minh Khoa, Giám đốc nhà máy, cho biết. Tổng vốn đầu tư cho các dây chuyền hàn, sơn tự động khoảng 1.200 tỷ đồng; công suất thiết kế của nhà máy đạt 60.000 xe/năm.

Năm 2025, nhà máy dự kiến lắp thêm 36 robot cho xưởng sơn, nâng tỷ lệ tự động hóa toàn nhà máy lên trên 70%. Theo ông Khoa, kỹ sư vận hành robot hiện có thu nhập 18-25 triệu đồng mỗi tháng, cao gấp đôi công nhân lắp ráp.

Theo Bộ Công Thương, cả nước hiện có khoảng 40 doanh nghiệp sản xuất, lắp ráp ô tô với tổng công suất thiết kế khoảng 755.000 xe/năm. Tỷ lệ nội địa hóa đối với xe du lịch bình quân mới đạt 15-20%, thấp hơn mục tiêu 30-40% đặt ra cho năm 2025.

Đắc Thành
"""

Y19 = per("năm 2019", "2019-01-01", "2019-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
NT = "Núi Thành"
VN = "Việt Nam"

FIGS = [
    fig("đảm nhận 85%", "85", 85, "percent", "%", subject="công đoạn hàn robot đảm nhận"),
    fig("giảm gần 90%", "90", 90, "percent", "%", approx="nearly", subject="số công nhân"),
    fig("khoảng 2,4 ha", "2,4", 2.4, "measure", "ha", approx="about", subject="diện tích xưởng"),
    fig("126 robot hàn", "126", 126, "count", "robot", subject="robot hàn"),
    fig("thành 8 dây chuyền", "8", 8, "count", "dây chuyền", subject="dây chuyền robot hàn"),
    fig("khoảng 85% khối", "85", 85, "percent", "%", approx="about",
        subject="khối lượng mối hàn của mỗi thân xe robot đảm nhận"),
    fig("còn 68 công nhân", "68", 68, "count", "công nhân", subject="công nhân của xưởng"),
    fig("hơn 600 người", "600", 600, "count", "người", approx="over", subject="công nhân của xưởng",
        period=Y19),
    fig("khoảng 45 phút", "45", 45, "measure", "phút", approx="about",
        subject="thời gian hàn một thân xe trước đây"),
    fig("còn 18 phút", "18", 18, "measure", "phút", subject="thời gian hàn một thân xe"),
    fig("còn 0,05%", "0,05", 0.05, "percent", "%", subject="tỷ lệ lỗi mối hàn"),
    fig("khoảng 1.200 tỷ", "1.200", 1200e9, "money", "đồng", approx="about",
        subject="tổng vốn đầu tư cho các dây chuyền hàn, sơn tự động"),
    fig("đạt 60.000 xe", "60.000", 60000, "measure", "xe/năm", subject="công suất thiết kế của nhà máy"),
    fig("thêm 36 robot", "36", 36, "count", "robot", status="forecast",
        subject="robot lắp thêm cho xưởng sơn", period=Y25),
    fig("trên 70%", "70", 70, "percent", "%", approx="over", status="forecast",
        subject="tỷ lệ tự động hóa toàn nhà máy", period=Y25),
    fig("thu nhập 18-25 triệu", "18", 18e6, "money", "đồng/tháng", value_max=25e6,
        change=chg("increase", 2, "lần", "công nhân lắp ráp"),
        subject="thu nhập của kỹ sư vận hành robot"),
    fig("khoảng 40 doanh nghiệp", "40", 40, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất, lắp ráp ô tô", location=VN),
    fig("khoảng 755.000 xe", "755.000", 755000, "measure", "xe/năm", approx="about",
        subject="tổng công suất thiết kế", location=VN),
    fig("đạt 15-20%", "15", 15, "percent", "%", value_max=20, target=tgt(30, "%", False),
        subject="tỷ lệ nội địa hóa đối với xe du lịch", location=VN),
]

NOTES = [
    "National newspaper: 'Thứ ba, 5/11/2024, 06:00 (GMT+7)', headline figure, sapo, quote, byline at the end.",
    "Distractors: 06:00, '(GMT+7)', '5 năm trước' (a duration that only locates the baseline), 'năm 2019' (baseline period),",
    "'gần như toàn bộ' (no number), 'một thân xe' / 'mỗi thân xe' (one car body: the unit of the measure, not a count).",
    "The plant is in huyện Núi Thành (Khu kinh tế mở Chu Lai): location Núi Thành for all plant figures, also the headline and the sapo",
    "(which name only 'Chu Lai' and 'Quảng Nam'; borderline). National figures 'Theo Bộ Công Thương, cả nước': Việt Nam.",
    "'85% công đoạn hàn' (headline) and 'khoảng 85% khối lượng mối hàn' (body) are two mentions, both figures.",
    "'hơn 600 người như năm 2019' takes the period năm 2019; '68 công nhân' is 'hiện' (no period). '45 phút' -> '18 phút' two figures.",
    "'Năm 2025, nhà máy dự kiến' -> forecast for both clauses of the sentence (36 robot, 'trên 70%').",
    "'18-25 triệu đồng mỗi tháng' is a range, unit đồng/tháng (the per-month denominator). 'cao gấp đôi công nhân lắp ráp' is its",
    "change: the number word 'đôi' = 2, unit lần, baseline 'công nhân lắp ráp' (as 'tăng hơn 2,8 lần so với cùng kỳ' in the spec).",
    "'thấp hơn mục tiêu 30-40% đặt ra cho năm 2025' is the target of 15-20% (value 30, met false), not a figure of its own.",
]

if __name__ == "__main__":
    write("p1388-6", TEXT, NOTES, FIGS, published="2024-11-05", location=NT)
