"""p1371-5: national newspaper: retail fuel price cut of 3/10/2024, adjustments since January, national supply."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh > Hàng hóa
Thứ năm, 3/10/2024, 15:20 (GMT+7)

Giá xăng E5 giảm về dưới 20.000 đồng một lít

Từ 15h chiều nay, giá xăng E5 RON 92 giảm 580 đồng, còn 19.720 đồng mỗi lít; xăng RON 95-III giảm 620 đồng, xuống 20.490 đồng.

Liên Bộ Công Thương - Tài chính chiều 3/10 điều chỉnh giá bán lẻ xăng dầu theo Nghị định 80/2023. Theo đó, giá các mặt hàng dầu cũng giảm mạnh: dầu diesel 0,05S giảm 910 đồng, còn 18.050 đồng một lít; dầu hỏa giảm 870 đồng, còn 18.340 đồng; dầu mazut 180CST 3.5S giảm 450 đồng, còn 16.330 đồng một kg.

Kỳ này, cơ quan điều hành không trích lập và không chi Quỹ bình ổn giá xăng dầu. Như vậy, từ đầu năm đến nay, giá xăng RON 95 đã trải qua 40 kỳ điều chỉnh, gồm 21 lần tăng, 18 lần giảm và một lần giữ nguyên. So với đầu năm, giá xăng E5 RON 92 hiện thấp hơn khoảng 2.800 đồng một lít.

Theo Bộ Công Thương, trong 9 tháng, các thương nhân đầu mối nhập khẩu khoảng 7,6 triệu m3 xăng dầu thành phẩm; hai nhà máy lọc dầu Dung Quất và Nghi Sơn đáp ứng khoảng 70% nhu cầu trong nước. Cả nước hiện có hơn 17.400 cửa hàng bán lẻ xăng dầu, 33 thương nhân đầu mối và 276 thương nhân phân phối.

Tại một cửa hàng xăng dầu trên đường Giải Phóng (Hà Nội), chị Nguyễn Thu Hà, nhân viên bán hàng, cho biết lượng khách đổ xăng chiều nay tăng khoảng 20-30% so với ngày thường, chủ yếu là xe máy đổ đầy bình.

Minh Sơn

Xem thêm:
- Giá xăng có thể giảm tiếp vào kỳ điều hành 10/10
- Doanh nghiệp xăng dầu lỗ 9 tháng vì chênh lệch tồn kho
"""

YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-10-03")
NINE = per("trong 9 tháng", "2024-01-01", "2024-09-30")

FIGS = [
    fig("dưới 20.000 đồng", "20.000", 20000, "money", "đồng/lít", approx="under",
        subject="giá xăng E5"),
    fig("còn 19.720 đồng", "19.720", 19720, "money", "đồng/lít", change=chg("decrease", 580, "đồng"),
        subject="giá xăng E5 RON 92"),
    fig("xuống 20.490 đồng", "20.490", 20490, "money", "đồng/lít", change=chg("decrease", 620, "đồng"),
        subject="giá xăng RON 95-III"),
    fig("còn 18.050 đồng", "18.050", 18050, "money", "đồng/lít", change=chg("decrease", 910, "đồng"),
        subject="giá dầu diesel 0,05S"),
    fig("còn 18.340 đồng", "18.340", 18340, "money", "đồng/lít", change=chg("decrease", 870, "đồng"),
        subject="giá dầu hỏa"),
    fig("còn 16.330 đồng", "16.330", 16330, "money", "đồng/kg", change=chg("decrease", 450, "đồng"),
        subject="giá dầu mazut 180CST 3.5S"),
    fig("qua 40 kỳ", "40", 40, "count", "kỳ điều chỉnh", subject="kỳ điều chỉnh giá xăng RON 95", period=YTD),
    fig("gồm 21 lần", "21", 21, "count", "lần", total=40, subject="lần tăng giá xăng RON 95", period=YTD),
    fig("18 lần giảm", "18", 18, "count", "lần", total=40, subject="lần giảm giá xăng RON 95", period=YTD),
    fig("một lần giữ", "một", 1, "count", "lần", total=40, subject="lần giữ nguyên giá xăng RON 95",
        period=YTD),
    fig("khoảng 2.800 đồng", "2.800", 2800, "money", "đồng/lít", approx="about",
        subject="giá xăng E5 RON 92 thấp hơn so với đầu năm"),
    fig("khoảng 7,6 triệu", "7,6", 7.6e6, "measure", "m3", approx="about",
        subject="xăng dầu thành phẩm các thương nhân đầu mối nhập khẩu", period=NINE),
    fig("hai nhà máy", "hai", 2, "count", "nhà máy", subject="nhà máy lọc dầu"),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="nhu cầu trong nước hai nhà máy lọc dầu đáp ứng"),
    fig("hơn 17.400 cửa hàng", "17.400", 17400, "count", "cửa hàng", approx="over",
        subject="cửa hàng bán lẻ xăng dầu"),
    fig("33 thương nhân", "33", 33, "count", "thương nhân đầu mối", subject="thương nhân đầu mối"),
    fig("276 thương nhân", "276", 276, "count", "thương nhân phân phối", subject="thương nhân phân phối"),
    fig("khoảng 20-30%", "20", 20, "percent", "%", value_max=30, approx="about",
        subject="lượng khách đổ xăng tăng so với ngày thường", location="Hà Nội"),
]

NOTES = [
    "National newspaper: breadcrumb, 'Thứ năm, 3/10/2024, 15:20 (GMT+7)', headline figure, byline 'Minh Sơn', 'Xem thêm' links.",
    "Distractors: product names 'E5 RON 92', 'RON 95-III', 'diesel 0,05S', 'mazut 180CST 3.5S'; 'Nghị định 80/2023'; '15h', 15:20, (GMT+7); dates 3/10, 10/10; '9 tháng' in a link.",
    "Prices: 'giảm 580 đồng, còn 19.720 đồng mỗi lít' is one figure (the new price) with a decrease change; the change stands before the figure. Unit đồng/lít ('mỗi lít', 'một lít', shared by the list), đồng/kg for mazut.",
    "Headline 'dưới 20.000 đồng một lít' → money, approx under. 'So với đầu năm ... thấp hơn khoảng 2.800 đồng một lít' is a stated gap as the claim: a money figure, no change object.",
    "'40 kỳ điều chỉnh, gồm 21 lần tăng, 18 lần giảm và một lần giữ nguyên' → parts take total 40; 'từ đầu năm đến nay' ends at the dateline.",
    "Location Việt Nam by default; the shop on đường Giải Phóng (Hà Nội) gives Hà Nội to the 20-30% range. Prices have no period (the adjustment date is a point, not a period).",
]

if __name__ == "__main__":
    write("p1371-5", TEXT, NOTES, FIGS, published="2024-10-03", location="Việt Nam")
