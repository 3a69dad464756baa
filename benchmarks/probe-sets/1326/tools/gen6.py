"""p1326-6: national newspaper: VAT refunds at Tân Sơn Nhất (TP HCM), 11 months 2024, a tourist's story."""
from lib import fig, per, inh, chg, write

TEXT = """Kinh doanh › Thương mại

Khách nước ngoài vẫn ngại làm thủ tục hoàn thuế

Thứ tư, 18/12/2024, 07:30 (GMT+7)

Số khách nước ngoài được hoàn thuế GTGT tại TP HCM tăng, song vẫn rất nhỏ so với hơn 5,5 triệu lượt khách quốc tế đến thành phố năm nay.

Theo Cục Hải quan TP HCM, 11 tháng năm 2024, Chi cục Hải quan cửa khẩu sân bay quốc tế Tân Sơn Nhất đã hoàn thuế cho 23.480 lượt khách, tăng 28% so với cùng kỳ năm ngoái. Số thuế được hoàn khoảng 37 tỷ đồng, bình quân mỗi lượt khách nhận lại chưa tới 1,6 triệu đồng.

Ông Park Min-jun, du khách Hàn Quốc, kể đã mua ba túi xách tại trung tâm thương mại số 65 Lê Lợi với tổng giá 26 triệu đồng, nhưng phải xếp hàng gần 40 phút tại quầy hoàn thuế ở sân bay. "Quầy chỉ có hai nhân viên, trong khi có ba chuyến bay cất cánh cùng giờ", ông nói.

Toàn thành phố hiện có 512 cửa hàng bán hàng hoàn thuế, tăng 64 cửa hàng so với đầu năm. Bà Nguyễn Thị Thu Trang, chuyên gia bán lẻ của Công ty tư vấn Tầm Nhìn Á Châu, cho rằng cần sớm áp dụng hoàn thuế điện tử và bố trí thêm quầy tại ga đi quốc tế.

Theo kế hoạch của ngành hải quan, trong quý II/2025 dự kiến thí điểm hoàn thuế điện tử tại 2 sân bay Tân Sơn Nhất và Nội Bài, giúp rút ngắn thời gian xử lý mỗi hồ sơ xuống còn 5-7 phút.

Minh Anh

Ý kiến (12)
Xem nhiều: Giá vàng hôm nay 18/12 | Lịch nghỉ Tết Ất Tỵ 2025
"""

NOW = per("năm nay", "2024-01-01", "2024-12-31")
M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
Q2 = per("trong quý II/2025", "2025-04-01", "2025-06-30")

FIGS = [
    fig("hơn 5,5 triệu", "5,5", 5.5e6, "count", "lượt khách", approx="over",
        subject="lượt khách quốc tế đến thành phố", period=NOW),
    fig("cho 23.480 lượt", "23.480", 23480, "count", "lượt khách",
        change=chg("increase", 28, "%", "cùng kỳ năm ngoái"),
        subject="lượt khách được hoàn thuế", period=M11),
    fig("khoảng 37 tỷ", "37", 37e9, "money", "đồng", approx="about",
        subject="số thuế được hoàn", period=inh(M11)),
    fig("chưa tới 1,6 triệu", "1,6", 1.6e6, "money", "đồng/lượt khách", approx="under",
        subject="số tiền bình quân mỗi lượt khách nhận lại", period=inh(M11)),
    fig("mua ba túi", "ba", 3, "count", "túi xách", subject="túi xách du khách mua"),
    fig("giá 26 triệu", "26", 26e6, "money", "đồng", subject="tổng giá túi xách"),
    fig("gần 40 phút", "40", 40, "measure", "phút", approx="nearly",
        subject="thời gian xếp hàng tại quầy hoàn thuế ở sân bay"),
    fig("có hai nhân viên", "hai", 2, "count", "nhân viên", subject="nhân viên quầy hoàn thuế"),
    fig("có ba chuyến bay", "ba", 3, "count", "chuyến bay", subject="chuyến bay cất cánh cùng giờ"),
    fig("có 512 cửa hàng", "512", 512, "count", "cửa hàng",
        change=chg("increase", 64, "cửa hàng", "đầu năm"),
        subject="cửa hàng bán hàng hoàn thuế"),
    fig("tại 2 sân bay", "2", 2, "count", "sân bay", status="forecast",
        subject="sân bay thí điểm hoàn thuế điện tử", period=Q2),
    fig("còn 5-7 phút", "5", 5, "measure", "phút", value_max=7, status="forecast",
        subject="thời gian xử lý mỗi hồ sơ", period=Q2),
]

NOTES = [
    "National newspaper: VAT refunds for foreigners at Tân Sơn Nhất, 11 months 2024; 'Thứ tư, 18/12/2024, 07:30 (GMT+7)',",
    "sapo, a tourist's story with a quote, byline 'Minh Anh', 'Ý kiến (12)', a 'Xem nhiều' strip.",
    "Distractors: (GMT+7), 07:30, 'số 65 Lê Lợi', 'Ý kiến (12)', 'Giá vàng hôm nay 18/12', 'Tết Ất Tỵ 2025'.",
    "Location TP Hồ Chí Minh for all figures (city named; the airport is a name).",
    "'năm nay' takes the dateline year 2024. 'cùng kỳ năm ngoái' is a baseline. 'tăng 64 cửa hàng so với đầu năm' → change in cửa hàng.",
    "'bình quân mỗi lượt khách nhận lại chưa tới 1,6 triệu đồng' → money rate 'đồng/lượt khách', approx under.",
    "Number words 'ba chiếc', 'hai nhân viên', 'ba chuyến bay' are counts (the quote states facts).",
    "'Theo kế hoạch …, dự kiến thí điểm …' → forecast (the cue 'dự kiến' governs the clause); period 'quý II/2025'.",
    "'5-7 phút' is a range (value 5, value_max 7).",
]

if __name__ == "__main__":
    write("p1326-6", TEXT, NOTES, FIGS, published="2024-12-18", location="TP Hồ Chí Minh")
