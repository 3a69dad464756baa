from lib import F, P, ch, tg, emit

T = """Lễ hội Đền Hùng năm 2024: Đón hơn 7,2 triệu lượt du khách
HOÀNG NGỌC 16:20, 19/04/2024

(baophutho.vn) - Chiều 18/4 (tức ngày 10/3 âm lịch), Ban Tổ chức Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng năm Giáp Thìn 2024 họp tổng kết nhanh. Lễ hội diễn ra từ ngày 9/4 đến ngày 18/4/2024 (từ mùng 1 đến mùng 10 tháng 3 âm lịch).

Theo báo cáo, trong 10 ngày diễn ra lễ hội, Khu Di tích lịch sử Đền Hùng đã đón hơn 7,2 triệu lượt du khách về dâng hương, tăng 9,1% so với năm 2023; riêng ngày chính hội (18/4) đón khoảng 1,15 triệu lượt. Có 1.238 đoàn đại biểu về dâng hương, trong đó 412 đoàn của các tỉnh, thành phố và 826 đoàn của các cơ quan, doanh nghiệp.

Công tác bảo đảm an ninh trật tự được triển khai chặt chẽ với hơn 3.500 lượt cán bộ, chiến sĩ tham gia. Lực lượng công an đã phát hiện, bắt giữ 11 vụ với 19 đối tượng trộm cắp tài sản, móc túi; lập biên bản 1.426 trường hợp vi phạm trật tự an toàn giao thông, phạt tiền hơn 1,86 tỷ đồng, tạm giữ 93 phương tiện. Các tổ hỗ trợ đã tìm kiếm, trao trả 57 trẻ em bị lạc cho gia đình.

Về y tế, các trạm cấp cứu đã khám, cấp thuốc miễn phí cho 2.140 lượt người, chuyển tuyến 16 trường hợp; không có trường hợp ngộ độc thực phẩm. Gần 240 tấn rác thải được thu gom, xử lý kịp thời.

Từ đầu năm đến nay, tỉnh Phú Thọ đón khoảng 8,3 triệu lượt khách, đạt 75,5% kế hoạch năm; tổng thu du lịch ước đạt 2.950 tỷ đồng, tăng 14% so với cùng kỳ. Năm 2024, tỉnh phấn đấu đón 11 triệu lượt khách.

Đường dây nóng của Ban Tổ chức: 0210.3860.026.
"""

FEST = dict(text="từ ngày 9/4 đến ngày 18/4/2024", start="2024-04-09", end="2024-04-18")
I = P(FEST["text"], FEST["start"], FEST["end"], inh=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-04-19")

figs = [
    F("hơn 7,2 triệu lượt du khách\nHOÀNG", "7,2", 7.2e6, "count", "lượt du khách",
      "lượt du khách Lễ hội Đền Hùng", I, approx="over"),
    F("đón hơn 7,2 triệu lượt du khách về", "7,2", 7.2e6, "count", "lượt du khách",
      "lượt du khách về dâng hương Khu Di tích lịch sử Đền Hùng", I, approx="over",
      change=ch("increase", 9.1, baseline="năm 2023")),
    F("khoảng 1,15 triệu lượt", "1,15", 1.15e6, "count", "lượt", "lượt du khách ngày chính hội",
      P("ngày chính hội (18/4)", "2024-04-18", "2024-04-18"), approx="about"),
    F("Có 1.238 đoàn", "1.238", 1238, "count", "đoàn", "đoàn đại biểu về dâng hương", I),
    F("trong đó 412 đoàn", "412", 412, "count", "đoàn", "đoàn của các tỉnh, thành phố", I, total=1238),
    F("và 826 đoàn", "826", 826, "count", "đoàn", "đoàn của các cơ quan, doanh nghiệp", I, total=1238),
    F("hơn 3.500 lượt cán bộ", "3.500", 3500, "count", "lượt cán bộ, chiến sĩ",
      "lượt cán bộ, chiến sĩ tham gia bảo đảm an ninh trật tự", I, approx="over"),
    F("bắt giữ 11 vụ", "11", 11, "count", "vụ", "vụ trộm cắp tài sản, móc túi bị phát hiện, bắt giữ", I),
    F("với 19 đối tượng", "19", 19, "count", "đối tượng", "đối tượng trộm cắp tài sản, móc túi", I),
    F("biên bản 1.426 trường hợp", "1.426", 1426, "count", "trường hợp",
      "trường hợp vi phạm trật tự an toàn giao thông bị lập biên bản", I),
    F("hơn 1,86 tỷ đồng", "1,86", 1.86e9, "money", "đồng", "tiền phạt vi phạm trật tự an toàn giao thông", I,
      approx="over"),
    F("tạm giữ 93 phương tiện", "93", 93, "count", "phương tiện", "phương tiện bị tạm giữ", I),
    F("trao trả 57 trẻ em", "57", 57, "count", "trẻ em", "trẻ em bị lạc được tìm kiếm, trao trả cho gia đình", I),
    F("cho 2.140 lượt người", "2.140", 2140, "count", "lượt người", "lượt người được khám, cấp thuốc miễn phí", I),
    F("chuyển tuyến 16 trường hợp", "16", 16, "count", "trường hợp", "trường hợp chuyển tuyến", I),
    F("Gần 240 tấn", "240", 240, "measure", "tấn", "rác thải được thu gom, xử lý", I, approx="nearly"),
    F("khoảng 8,3 triệu lượt khách", "8,3", 8.3e6, "count", "lượt khách", "lượt khách đón",
      YTD, approx="about", percent=75.5),
    F("ước đạt 2.950 tỷ đồng", "2.950", 2950e9, "money", "đồng", "tổng thu du lịch", YTD,
      change=ch("increase", 14, baseline="cùng kỳ"), status="estimate"),
    F("đón 11 triệu lượt khách", "11", 11e6, "count", "lượt khách", "lượt khách",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

emit("p461-3", T, [
    "Báo Phú Thọ (Party newspaper): tổng kết Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng 2024; visitors, delegations, security, medical, waste, tourism YTD.",
    "Dateline 'HOÀNG NGỌC 16:20, 19/04/2024' (byline, time, date). Festival period 'từ ngày 9/4 đến ngày 18/4/2024' stated once; all later festival figures inherit it.",
    "Distractors: 'ngày 10/3 âm lịch', 'mùng 1 đến mùng 10 tháng 3 âm lịch' (lunar dates), 'Chiều 18/4', '10 ngày diễn ra lễ hội' (duration), 'Giáp Thìn 2024', hotline 0210.3860.026.",
    "Headline '7,2 triệu' is a figure of its own (the same number repeated in the body). 'riêng ngày chính hội (18/4)' gives the day as period in the same sentence.",
    "'trong đó 412 đoàn … và 826 đoàn' are parts of 1.238. 'Từ đầu năm đến nay' runs from 2024-01-01 to the dateline 2024-04-19; 'đạt 75,5% kế hoạch năm' is the percent of 8,3 triệu.",
    "Place: the site is never tied to a named district/city in the text, so every figure stays Phú Thọ.",
    "revised: place name removed from the subject of 8,3 triệu (the place is the location, as in shared h01).",
], figs, published="2024-04-19", location="Phú Thọ")
