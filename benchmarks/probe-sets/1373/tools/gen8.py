"""p1373-8: news agency (TTXVN style): container trucks through Lào Cai border gates, Q1 2025; an inland depot."""
from lib import fig, per, inh, chg, write

TEXT = """TIN TỨC THÔNG TẤN XÃ VIỆT NAM
Kinh tế > Thương mại

Lào Cai: Hơn 32 nghìn lượt xe container qua cửa khẩu trong quý I

05/04/2025 14:22

Lào Cai (TTXVN) - Quý I/2025, các cửa khẩu đường bộ trên địa bàn tỉnh Lào Cai đã làm thủ tục cho hơn 32.000 lượt xe container xuất nhập khẩu, tăng 21% so với cùng kỳ năm 2024; tổng kim ngạch xuất nhập khẩu đạt 812 triệu USD, bằng 24,6% kế hoạch năm.

Trong đó, cửa khẩu quốc tế đường bộ số II Kim Thành chiếm gần 90% lượng phương tiện. Bình quân mỗi ngày có 350-370 xe xuất nhập cảnh, ngày cao điểm lên tới 500 xe, gấp khoảng 1,5 lần năm 2023.

Tại cảng cạn Kim Thành Logistics (phường Duyên Hải, thành phố Lào Cai) do Công ty cổ phần Logistics Hồng Hà đầu tư, 3 tháng đầu năm đã xếp dỡ 9.450 TEU, tăng 1,8 lần so với cùng kỳ. Cảng có diện tích 14,6 ha, sức chứa khoảng 3.000 TEU, sử dụng 165 lao động.

Ông Hoàng Minh Đức, Phó Giám đốc Sở Công Thương, cho biết thời gian thông quan một xe container hiện chỉ còn khoảng 30 phút nhờ triển khai Nền tảng cửa khẩu số. Sở dự báo quý II lượng xe container qua cửa khẩu sẽ tăng thêm 10-15%. Năm 2025, tỉnh phấn đấu kim ngạch xuất nhập khẩu qua địa bàn đạt 3,3 tỷ USD, đưa Lào Cai vào nhóm 5 tỉnh biên giới có kim ngạch cao nhất.

Quốc Khánh (TTXVN)

Từ khóa: xe container, cửa khẩu Kim Thành, Lào Cai
Tin liên quan:
- Lào Cai đón đoàn tàu liên vận quốc tế đầu tiên năm 2025
- Mở tuyến xe khách Lào Cai - Côn Minh
"""

Q1H = per("quý I", "2025-01-01", "2025-03-31")
Q1 = per("Quý I/2025", "2025-01-01", "2025-03-31")
M3 = per("3 tháng đầu năm", "2025-01-01", "2025-03-31")
Q2 = per("quý II", "2025-04-01", "2025-06-30")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("Hơn 32 nghìn lượt", "32", 32000, "count", "lượt xe container", approx="over",
        subject="lượt xe container qua cửa khẩu", period=Q1H),
    fig("cho hơn 32.000 lượt", "32.000", 32000, "count", "lượt xe container", approx="over",
        change=chg("increase", 21, "%", "cùng kỳ năm 2024"),
        subject="lượt xe container xuất nhập khẩu các cửa khẩu đường bộ làm thủ tục", period=Q1),
    fig("đạt 812 triệu USD", "812", 812e6, "money", "USD", percent=24.6,
        subject="tổng kim ngạch xuất nhập khẩu", period=Q1),
    fig("gần 90%", "90", 90, "percent", "%", approx="nearly",
        subject="lượng phương tiện qua cửa khẩu quốc tế đường bộ số II Kim Thành", period=inh(Q1)),
    fig("có 350-370 xe", "350", 350, "measure", "xe/ngày", value_max=370,
        subject="xe xuất nhập cảnh bình quân mỗi ngày", period=inh(Q1)),
    fig("lên tới 500 xe", "500", 500, "measure", "xe/ngày",
        change=chg("increase", 1.5, "lần", "năm 2023", approx="about"),
        subject="xe xuất nhập cảnh ngày cao điểm", period=inh(Q1)),
    fig("xếp dỡ 9.450 TEU", "9.450", 9450, "measure", "TEU",
        change=chg("increase", 1.8, "lần", "cùng kỳ"),
        subject="hàng hóa cảng cạn Kim Thành Logistics xếp dỡ", period=M3),
    fig("diện tích 14,6 ha", "14,6", 14.6, "measure", "ha", subject="diện tích cảng cạn Kim Thành Logistics"),
    fig("khoảng 3.000 TEU", "3.000", 3000, "measure", "TEU", approx="about", subject="sức chứa của cảng"),
    fig("sử dụng 165 lao động", "165", 165, "count", "lao động", subject="lao động cảng sử dụng"),
    fig("khoảng 30 phút", "30", 30, "measure", "phút", approx="about",
        subject="thời gian thông quan một xe container"),
    fig("thêm 10-15%", "10", 10, "percent", "%", value_max=15, status="forecast",
        subject="lượng xe container qua cửa khẩu", period=Q2),
    fig("đạt 3,3 tỷ USD", "3,3", 3.3e9, "money", "USD", status="target",
        subject="kim ngạch xuất nhập khẩu qua địa bàn", period=Y25),
    fig("nhóm 5 tỉnh", "5", 5, "count", "tỉnh", optional=True),
]

NOTES = [
    "News agency (TTXVN style): section breadcrumb, headline, '05/04/2025 14:22', 'Lào Cai (TTXVN) -', byline, keywords, related links.",
    "Distractors: 14:22, 'cửa khẩu quốc tế đường bộ số II Kim Thành', phường Duyên Hải, 'đầu tiên năm 2025' in a link.",
    "Location Lào Cai throughout (the depot stands in thành phố Lào Cai, which reads as the same place).",
    "Headline 'Hơn 32 nghìn' (multiplier nghìn) and body 'hơn 32.000' are two figures; headline 'quý I' takes 2025 from the dateline.",
    "'lượt xe' over a quarter is a count; 'Bình quân mỗi ngày ... 350-370 xe' and 'ngày cao điểm ... 500 xe' are rates (xe/ngày).",
    "'gấp khoảng 1,5 lần năm 2023' and 'tăng 1,8 lần so với cùng kỳ' are changes in lần. 'lên tới' is not an approx cue.",
    "'bằng 24,6% kế hoạch năm' → percent 24.6. 'Sở dự báo quý II ... tăng thêm 10-15%' → forecast percent; 'phấn đấu' → target.",
    "'nhóm 5 tỉnh biên giới có kim ngạch cao nhất' is a 'top 5' label: optional (as 'top 10' in the shared gold).",
    "'3 tháng đầu năm' (no year) takes 2025 from the nearest earlier period 'Quý I/2025'.",
]

if __name__ == "__main__":
    write("p1373-8", TEXT, NOTES, FIGS, published="2025-04-05", location="Lào Cai")
