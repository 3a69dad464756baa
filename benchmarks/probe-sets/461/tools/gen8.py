from lib import F, P, ch, tg, emit

T = """Lễ hội Vía Bà Chúa Xứ Núi Sam năm 2024 thu hút hơn 1,5 triệu lượt khách

Lễ hội Vía Bà Chúa Xứ Núi Sam - Di sản văn hóa phi vật thể quốc gia - năm 2024 diễn ra từ ngày 22 đến 27 tháng Tư âm lịch (từ ngày 29/5 đến ngày 3/6/2024) tại phường Núi Sam, TP Châu Đốc.

Theo Ban Tổ chức, trong thời gian diễn ra lễ hội chính, Khu di tích đón hơn 1,5 triệu lượt khách, tăng khoảng 7% so với năm 2023; số khách lưu trú qua đêm tại thành phố khoảng 112.000 lượt, chiếm 7,5% tổng lượt khách. Trong những ngày cao điểm, các khách sạn, nhà nghỉ trên địa bàn đạt công suất phòng gần 100%.

Công tác an ninh trật tự được bảo đảm. Công an thành phố đã phát hiện, xử lý bảy vụ trộm cắp tài sản với mười một đối tượng, thu giữ 26 điện thoại di động và gần 40 triệu đồng. Lực lượng chức năng hỗ trợ tìm kiếm, trao trả 124 trẻ em đi lạc và hơn 200 trường hợp giấy tờ, tài sản thất lạc. Đoàn kiểm tra liên ngành kiểm tra 315 lượt cơ sở kinh doanh, xử lý 27 trường hợp vi phạm (19 trường hợp lấn chiếm lòng lề đường, 8 trường hợp không niêm yết giá), phạt tiền 46,3 triệu đồng.

Tính chung 5 tháng đầu năm 2024, toàn tỉnh An Giang đón trên 6,4 triệu lượt khách, tăng 12,6% so với cùng kỳ, đạt 58,2% kế hoạch năm; doanh thu du lịch đạt 4.860 tỷ đồng. Riêng TP Châu Đốc đón 3,82 triệu lượt, chiếm gần 60% tổng lượt khách toàn tỉnh.

Đường dây nóng của Ban Tổ chức: 0296.3869.115.

THANH TIẾN
04/06/2024
"""

FEST = dict(text="từ ngày 29/5 đến ngày 3/6/2024", start="2024-05-29", end="2024-06-03")
I = P(FEST["text"], FEST["start"], FEST["end"], inh=True)
M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")

figs = [
    F("hơn 1,5 triệu lượt khách\n", "1,5", 1.5e6, "count", "lượt khách", "lượt khách Lễ hội Vía Bà Chúa Xứ Núi Sam",
      I, approx="over"),
    F("đón hơn 1,5 triệu lượt khách,", "1,5", 1.5e6, "count", "lượt khách", "lượt khách Khu di tích đón", I,
      approx="over", change=ch("increase", 7, baseline="năm 2023", approx="about")),
    F("khoảng 112.000 lượt", "112.000", 112000, "count", "lượt", "khách lưu trú qua đêm tại thành phố", I,
      approx="about", percent=7.5),
    F("gần 100%", "100", 100, "percent", "%", "công suất phòng các khách sạn, nhà nghỉ trong những ngày cao điểm",
      I, approx="nearly"),
    F("xử lý bảy vụ", "bảy", 7, "count", "vụ", "vụ trộm cắp tài sản bị phát hiện, xử lý", I),
    F("mười một đối tượng", "mười một", 11, "count", "đối tượng", "đối tượng trộm cắp tài sản", I),
    F("thu giữ 26 điện thoại", "26", 26, "count", "điện thoại di động", "điện thoại di động bị thu giữ", I),
    F("gần 40 triệu đồng", "40", 40e6, "money", "đồng", "tiền bị thu giữ", I, approx="nearly"),
    F("trao trả 124 trẻ em", "124", 124, "count", "trẻ em", "trẻ em đi lạc được tìm kiếm, trao trả", I),
    F("hơn 200 trường hợp", "200", 200, "count", "trường hợp", "giấy tờ, tài sản thất lạc được trao trả", I,
      approx="over"),
    F("kiểm tra 315 lượt", "315", 315, "count", "lượt cơ sở", "lượt cơ sở kinh doanh được kiểm tra", I),
    F("xử lý 27 trường hợp", "27", 27, "count", "trường hợp", "trường hợp vi phạm bị xử lý", I),
    F("(19 trường hợp", "19", 19, "count", "trường hợp", "trường hợp lấn chiếm lòng lề đường", I, total=27),
    F("8 trường hợp không", "8", 8, "count", "trường hợp", "trường hợp không niêm yết giá", I, total=27),
    F("phạt tiền 46,3 triệu đồng", "46,3", 46.3e6, "money", "đồng", "tiền phạt", I),
    F("trên 6,4 triệu lượt khách", "6,4", 6.4e6, "count", "lượt khách", "lượt khách toàn tỉnh đón", M5,
      approx="over", change=ch("increase", 12.6, baseline="cùng kỳ"), percent=58.2, location="An Giang"),
    F("đạt 4.860 tỷ đồng", "4.860", 4860e9, "money", "đồng", "doanh thu du lịch", M5, location="An Giang"),
    F("đón 3,82 triệu lượt", "3,82", 3.82e6, "count", "lượt", "lượt khách đón",
      P(M5["text"], M5["start"], M5["end"], inh=True), percent=60),
]

emit("p461-8", T, [
    "Provincial newspaper (Báo An Giang style): Lễ hội Vía Bà Chúa Xứ Núi Sam 2024 in TP Châu Đốc; visitors, lodging, security, inspections; province 5 months.",
    "No dateline at the top: byline and bare date '04/06/2024' at the end (published). Festival period = the Gregorian bracket 'từ ngày 29/5 đến ngày 3/6/2024', inherited by later sentences.",
    "Festival figures describe TP Châu Đốc (named as the venue; default location); province totals are 'An Giang'.",
    "Number words 'bảy vụ', 'mười một đối tượng' are figures. The bracket '(19 …, 8 …)' adds up to 27: both parts take total 27.",
    "'tăng khoảng 7%' change with approx; 'chiếm 7,5% tổng lượt khách' and 'chiếm gần 60%' are percents of their counts; 'đạt 58,2% kế hoạch năm' is the percent of 6,4 triệu (change comes first).",
    "Headline 1,5 triệu is a figure of its own. Distractors: 'từ ngày 22 đến 27 tháng Tư âm lịch' (lunar dates), 'phường Núi Sam', hotline 0296.3869.115.",
    "revised: 'An Giang' / 'TP Châu Đốc' removed from two subjects (the place is the location).",
], figs, published="2024-06-04", location="Châu Đốc")
