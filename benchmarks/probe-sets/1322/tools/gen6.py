"""p1322-6: national newspaper: Đà Nẵng beach hotels full in July 2024, room rates up, a hotel in Sơn Trà."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ hai, 15/7/2024, 07:30 (GMT+7)

Khách sạn ven biển Đà Nẵng kín phòng, giá tăng 20-30%

Công suất phòng khách sạn 4-5 sao ven biển Đà Nẵng đạt trên 90%, giá phòng nhiều nơi tăng 20-30% so với mùa thấp điểm.

Theo Sở Du lịch Đà Nẵng, từ đầu tháng 7 đến nay, thành phố đón khoảng 560.000 lượt khách lưu trú, trong đó khách quốc tế chiếm 38%. Công suất phòng bình quân của hơn 1.300 cơ sở lưu trú toàn thành phố đạt 78%, nhóm khách sạn 4-5 sao trên các tuyến đường Võ Nguyên Giáp, Trường Sa đạt 90-95%.

Ông Nguyễn Hữu Tâm, Giám đốc khách sạn Sơn Trà Bay (quận Sơn Trà), cho biết 210 phòng của khách sạn đã kín đến hết ngày 31/7. Giá phòng hạng Deluxe hướng biển hiện là 2,8 triệu đồng/đêm, cao hơn 600.000 đồng so với tháng 4. "Khách đặt trước 30-45 ngày, chủ yếu là gia đình từ Hà Nội và khách Hàn Quốc", ông Tâm nói.

Tại Hội An (Quảng Nam), công suất phòng các khách sạn 3-5 sao chỉ khoảng 70%, thấp hơn Đà Nẵng do ảnh hưởng của nắng nóng. Ngược lại, nhiều khách sạn 2-3 sao ở trung tâm Đà Nẵng giảm giá 10-15% để hút khách.

Sở Du lịch dự báo trong tháng 8, lượng khách lưu trú đạt khoảng 1,2 triệu lượt, tăng 12% so với cùng kỳ năm 2023. Năm nay, thành phố đặt mục tiêu đón 10,9 triệu lượt khách lưu trú, trong đó 4,2 triệu lượt khách quốc tế.

Nguyễn Đông
"""

JUL = per("từ đầu tháng 7 đến nay", "2024-07-01", "2024-07-15")
AUG = per("trong tháng 8", "2024-08-01", "2024-08-31")
Y24 = per("Năm nay", "2024-01-01", "2024-12-31")
ST = "Sơn Trà"

FIGS = [
    fig("giá tăng 20-30%", "20", 20, "percent", "%", value_max=30, subject="giá phòng khách sạn ven biển"),
    fig("đạt trên 90%", "90", 90, "percent", "%", approx="over",
        subject="công suất phòng khách sạn 4-5 sao ven biển"),
    fig("nơi tăng 20-30%", "20", 20, "percent", "%", value_max=30, subject="giá phòng nhiều nơi"),
    fig("khoảng 560.000", "560.000", 560000, "count", "lượt khách", approx="about",
        subject="lượt khách lưu trú thành phố đón", period=JUL),
    fig("chiếm 38%", "38", 38, "percent", "%", subject="khách quốc tế", period=JUL),
    fig("hơn 1.300 cơ sở", "1.300", 1300, "count", "cơ sở lưu trú", approx="over", subject="cơ sở lưu trú"),
    fig("đạt 78%", "78", 78, "percent", "%", subject="công suất phòng bình quân của cơ sở lưu trú toàn thành phố",
        period=inh(JUL)),
    fig("đạt 90-95%", "90", 90, "percent", "%", value_max=95, subject="công suất phòng nhóm khách sạn 4-5 sao",
        period=inh(JUL)),
    fig("210 phòng", "210", 210, "count", "phòng", subject="phòng của khách sạn Sơn Trà Bay", location=ST),
    fig("là 2,8 triệu", "2,8", 2.8e6, "money", "đồng/đêm", change=chg("increase", 600000, "đồng", "tháng 4"),
        subject="giá phòng hạng Deluxe hướng biển", location=ST),
    fig("trước 30-45 ngày", "30", 30, "measure", "ngày", value_max=45, subject="thời gian khách đặt phòng trước",
        location=ST, optional=True),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about", subject="công suất phòng các khách sạn 3-5 sao",
        location="Hội An"),
    fig("giảm giá 10-15%", "10", 10, "percent", "%", value_max=15,
        subject="giá phòng nhiều khách sạn 2-3 sao ở trung tâm"),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "count", "lượt", approx="about", status="forecast",
        change=chg("increase", 12, "%", "cùng kỳ năm 2023"), subject="lượng khách lưu trú", period=AUG),
    fig("đón 10,9 triệu", "10,9", 10.9e6, "count", "lượt khách", status="target",
        subject="lượt khách lưu trú thành phố đón", period=Y24),
    fig("đó 4,2 triệu", "4,2", 4.2e6, "count", "lượt khách", total=10.9e6, status="target",
        subject="lượt khách quốc tế", period=Y24),
]

NOTES = [
    "National newspaper: 'Thứ hai, 15/7/2024, 07:30 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Distractors: 07:30, 'GMT+7', '4-5 sao' (x3), '3-5 sao', '2-3 sao', 'ngày 31/7', 'tháng 4' (baseline), 'tháng 8' as period, 'năm 2023' (baseline).",
    "Headline 'giá tăng 20-30%' and sapo 'tăng 20-30% so với mùa thấp điểm' are growth rates as the claim: percent range, no change.",
    "'từ đầu tháng 7 đến nay' ends at the dateline (2024-07-15); 'trong đó khách quốc tế chiếm 38%' is its own percent figure.",
    "The hotel in quận Sơn Trà: location Sơn Trà; 'cao hơn 600.000 đồng so với tháng 4' → change in đồng. 'hiện' price: no period.",
    "Optional: 'Khách đặt trước 30-45 ngày' (a booking lead time: a measure, or a duration that a careful annotator may skip).",
    "'giảm giá 10-15%' (2-3 star hotels in central Đà Nẵng) is a rate of decrease as the claim: percent range, value as written.",
    "Hội An figure: location Hội An. 'dự báo trong tháng 8' → forecast, 2024-08. 'Năm nay ... đặt mục tiêu' → target, 2024 (published);",
    "the 'trong đó 4,2 triệu' part takes total 10,9 triệu. 'Hà Nội' and 'Hàn Quốc' in the quote are origins, not places of a figure.",
]

if __name__ == "__main__":
    write("p1322-6", TEXT, NOTES, FIGS, published="2024-07-15", location="Đà Nẵng")
