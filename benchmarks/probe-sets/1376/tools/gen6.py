"""p1376-6: national newspaper: the 10th Áo dài festival of TP Hồ Chí Minh (March 2024)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ bảy, 9/3/2024, 10:20 (GMT+7)

Lễ hội Áo dài TP HCM dự kiến đón 1,5 triệu lượt khách

Lễ hội năm nay có quy mô lớn nhất từ trước đến nay, với nhiều hoạt động trình diễn, triển lãm và trải nghiệm may đo áo dài cho du khách.

Hơn 3.000 người mặc áo dài đồng diễn trên phố đi bộ Nguyễn Huệ tối 8/3, mở màn Lễ hội Áo dài TP HCM lần thứ 10.

Theo Sở Du lịch, lễ hội năm nay kéo dài 10 ngày, gồm 25 hoạt động chính, dự kiến đón khoảng 1,5 triệu lượt khách, trong đó 300.000 lượt khách quốc tế. Tổng kinh phí tổ chức khoảng 12 tỷ đồng, 80% do doanh nghiệp tài trợ.

Ban tổ chức dành 120 gian hàng cho các nhà may, thương hiệu áo dài, tăng 20 gian so với năm 2023; gần ba chục nhà thiết kế tham gia trình diễn.

Bà Lê Thị Hồng Vân, chủ một nhà may trên đường Trần Quang Khải, quận 1, cho biết 2 tuần trước lễ hội, tiệm nhận gần 700 đơn may, tăng 40% so với cùng kỳ. "Khách đặt áo dài đôi cho cả gia đình nhiều hơn hẳn mọi năm", bà nói.

Giá thuê áo dài quanh khu vực phố đi bộ khoảng 150.000-250.000 đồng/bộ mỗi ngày, tăng khoảng 50.000 đồng so với năm ngoái.

Từ năm 2014 đến nay, lễ hội đã thu hút tổng cộng khoảng 9,8 triệu lượt khách. Năm 2023, áo dài đứng thứ 2 trong nhóm quà lưu niệm được du khách quốc tế mua nhiều nhất tại TP HCM, sau cà phê, theo khảo sát của Sở Du lịch.

Hoài Thương
"""

Y24 = per("năm nay", "2024-01-01", "2024-12-31")
SINCE = per("Từ năm 2014 đến nay", "2014-01-01", "2024-03-09")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Q1 = "Quận 1"

FIGS = [
    fig("đón 1,5 triệu", "1,5", 1.5e6, "count", "lượt khách", status="forecast",
        subject="lượt khách Lễ hội Áo dài TP HCM đón"),
    fig("Hơn 3.000 người", "3.000", 3000, "count", "người", approx="over",
        subject="người mặc áo dài đồng diễn"),
    fig("kéo dài 10 ngày", "10", 10, "measure", "ngày", subject="thời gian lễ hội", period=Y24),
    fig("gồm 25 hoạt động", "25", 25, "count", "hoạt động", subject="hoạt động chính của lễ hội", period=Y24),
    fig("khoảng 1,5 triệu", "1,5", 1.5e6, "count", "lượt khách", approx="about", status="forecast",
        subject="lượt khách lễ hội đón", period=Y24),
    fig("trong đó 300.000", "300.000", 300000, "count", "lượt khách", total=1.5e6, status="forecast",
        subject="lượt khách quốc tế", period=Y24),
    fig("khoảng 12 tỷ", "12", 12e9, "money", "đồng", approx="about", subject="tổng kinh phí tổ chức",
        period=inh(Y24)),
    fig("80% do", "80", 80, "percent", "%", subject="kinh phí do doanh nghiệp tài trợ", period=inh(Y24)),
    fig("dành 120 gian", "120", 120, "count", "gian hàng",
        change=chg("increase", 20, "gian", "năm 2023"), subject="gian hàng cho các nhà may, thương hiệu áo dài",
        period=inh(Y24)),
    fig("gần ba chục", "ba chục", 30, "count", "nhà thiết kế", approx="nearly",
        subject="nhà thiết kế tham gia trình diễn", period=inh(Y24)),
    fig("gần 700 đơn", "700", 700, "count", "đơn may", approx="nearly",
        change=chg("increase", 40, "%", "cùng kỳ"), subject="đơn may tiệm nhận", location=Q1),
    fig("khoảng 150.000-250.000", "150.000", 150000, "money", "đồng/bộ/ngày", value_max=250000, approx="about",
        change=chg("increase", 50000, "đồng", "năm ngoái", approx="about"), subject="giá thuê áo dài"),
    fig("khoảng 9,8 triệu", "9,8", 9.8e6, "count", "lượt khách", approx="about",
        subject="lượt khách lễ hội đã thu hút", period=SINCE),
    fig("đứng thứ 2", "2", 2, "rank", "hạng",
        subject="áo dài trong nhóm quà lưu niệm được du khách quốc tế mua nhiều nhất", period=Y23),
]

NOTES = [
    "National newspaper: 'Thứ bảy, 9/3/2024, 10:20 (GMT+7)', headline figure, lead, quote, byline at the end.",
    "Distractors: 10:20, (GMT+7), 'tối 8/3', 'lần thứ 10', '2 tuần trước lễ hội' (a duration that locates in time),",
    "'quận 1' (a district named by a number), 'áo dài đôi' (a pair dress, not a number), baselines 'năm 2023', 'năm ngoái'.",
    "Headline 'dự kiến đón 1,5 triệu lượt khách' → forecast, no period phrase.",
    "'lễ hội năm nay kéo dài 10 ngày, gồm 25 hoạt động chính, dự kiến đón ...': the cue 'dự kiến' stands third and governs",
    "its clause and the 'trong đó' part after it, not the clauses before; 'gồm' after 'lễ hội' (no whole figure) gives no total.",
    "'Tổng kinh phí ... khoảng 12 tỷ đồng, 80% do doanh nghiệp tài trợ': the 80% names another quantity (the sponsored part),",
    "no 'chiếm/đạt/bằng' cue → a percent figure of its own.",
    "'tăng 20 gian so với năm 2023', 'tăng khoảng 50.000 đồng so với năm ngoái' → changes in gian / đồng.",
    "'gần ba chục nhà thiết kế' → 30, nearly. The shop 'trên đường Trần Quang Khải, quận 1' → location Quận 1 (a district).",
    "'Từ năm 2014 đến nay' → 2014-01-01 .. the dateline 2024-03-09. 'đứng thứ 2' → rank, period Năm 2023.",
]

if __name__ == "__main__":
    write("p1376-6", TEXT, NOTES, FIGS, published="2024-03-09", location="TP Hồ Chí Minh")
