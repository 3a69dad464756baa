from lib import F, P, I, YEAR, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MỸ ĐỨC
Tin hoạt động > Văn hóa - Xã hội

Chùa Hương: hơn 1 triệu lượt khách sau 5 tuần khai hội

21/03/2024 10:15

Theo Ban Tổ chức Lễ hội chùa Hương năm 2024, từ ngày 15/2 (mùng 6 tháng Giêng) đến hết ngày 20/3/2024, Khu di tích và thắng cảnh Hương Sơn đã đón khoảng 1,05 triệu lượt khách, tăng 12,4% so với cùng kỳ năm 2023. Số vé tham quan bán ra đạt 742.600 vé, thu phí tham quan được 61,3 tỷ đồng (giá vé 80.000 đồng/người).

Hai tuyến cáp treo Hương Sơn và Thiên Trù lần lượt phục vụ 412.000 và 87.500 lượt khách. Trên tuyến suối Yến có 4.128 đò được đánh số, cấp phù hiệu; mỗi đò chở tối đa 6 khách, giá đò 60.000 đồng/khách/lượt.

Lực lượng phục vụ lễ hội gồm 850 người, trong đó Công an huyện bố trí 320 cán bộ, chiến sĩ thường trực 24/24 giờ tại các điểm: bến Đục, bến Trò, đền Trình, chùa Thiên Trù. Đến nay, các lực lượng đã xử lý 27 trường hợp đò chở quá số người quy định, thu hồi 5 phù hiệu; tiếp nhận 19 tin báo mất tài sản (giảm 11 tin so với mùa lễ hội năm trước), tìm lại tài sản cho 14 trường hợp. Trung tâm Y tế huyện đã cấp cứu, khám cho 1.312 lượt người, chuyển tuyến 9 ca.

Dự kiến từ nay đến khi kết thúc lễ hội (cuối tháng 4/2024), chùa Hương sẽ đón thêm khoảng 350.000 lượt khách. Người dân, du khách cần hỗ trợ liên hệ Ban Tổ chức qua số 024.3384.7123 hoặc trụ sở tại thôn Yến Vĩ, xã Hương Sơn.

Phòng Văn hóa và Thông tin huyện
"""

LEAD = P("từ ngày 15/2 (mùng 6 tháng Giêng) đến hết ngày 20/3/2024", "2024-02-15", "2024-03-20")
NOW = P("Đến nay", None, "2024-03-21")

FIGS = [
    F("hơn 1 triệu", "1", 1000000, "count", "lượt khách", "lượt khách đến chùa Hương", I(LEAD), approx="over"),
    F("khoảng 1,05 triệu", "1,05", 1050000, "count", "lượt khách", "lượt khách đến Khu di tích và thắng cảnh Hương Sơn",
      LEAD, approx="about", change=CH("increase", 12.4, "%", "cùng kỳ năm 2023")),
    F("đạt 742.600 vé", "742.600", 742600, "count", "vé", "vé tham quan bán ra", I(LEAD)),
    F("được 61,3 tỷ", "61,3", 61.3e9, "money", "đồng", "thu phí tham quan", I(LEAD)),
    F("giá vé 80.000", "80.000", 80000, "money", "đồng/người", "giá vé tham quan"),
    F("Hai tuyến cáp treo", "Hai", 2, "count", "tuyến", "tuyến cáp treo", optional=True),
    F("phục vụ 412.000", "412.000", 412000, "count", "lượt khách", "lượt khách tuyến cáp treo Hương Sơn", I(LEAD)),
    F("và 87.500 lượt", "87.500", 87500, "count", "lượt khách", "lượt khách tuyến cáp treo Thiên Trù", I(LEAD)),
    F("có 4.128 đò", "4.128", 4128, "count", "đò", "đò được đánh số, cấp phù hiệu trên tuyến suối Yến"),
    F("tối đa 6 khách", "6", 6, "count", "khách", "số khách mỗi đò chở", approx="at_most", optional=True),
    F("giá đò 60.000", "60.000", 60000, "money", "đồng/khách/lượt", "giá đò"),
    F("gồm 850 người", "850", 850, "count", "người", "Lực lượng phục vụ lễ hội"),
    F("bố trí 320 cán bộ", "320", 320, "count", "cán bộ, chiến sĩ", "cán bộ, chiến sĩ Công an huyện bố trí thường trực",
      total=850),
    F("xử lý 27 trường hợp", "27", 27, "count", "trường hợp", "trường hợp đò chở quá số người quy định bị xử lý", NOW),
    F("thu hồi 5 phù hiệu", "5", 5, "count", "phù hiệu", "phù hiệu thu hồi", NOW),
    F("tiếp nhận 19 tin báo", "19", 19, "count", "tin báo", "tin báo mất tài sản tiếp nhận", NOW,
      change=CH("decrease", 11, "tin", "mùa lễ hội năm trước")),
    F("cho 14 trường hợp", "14", 14, "count", "trường hợp", "trường hợp tìm lại tài sản", NOW),
    F("cho 1.312 lượt người", "1.312", 1312, "count", "lượt người", "lượt người được Trung tâm Y tế huyện cấp cứu, khám"),
    F("chuyển tuyến 9 ca", "9", 9, "count", "ca", "ca chuyển tuyến"),
    F("khoảng 350.000 lượt", "350.000", 350000, "count", "lượt khách", "lượt khách chùa Hương sẽ đón thêm",
      P("từ nay đến khi kết thúc lễ hội (cuối tháng 4/2024)", "2024-03-21", "2024-04-30"),
      approx="about", status="forecast"),
]

emit("p621-2", TEXT, [
    "Cổng TTĐT huyện Mỹ Đức (Hà Nội): Lễ hội chùa Hương 2024 sau 5 tuần — khách, vé, cáp treo, đò, lực lượng, vi phạm, y tế, dự kiến.",
    "Dateline '21/03/2024 10:15'. '5 tuần', 'mùng 6 tháng Giêng', '24/24 giờ', the phone 024.3384.7123 and 'thôn Yến Vĩ' are not figures.",
    "Lead period 15/2–20/3/2024 (the year of '15/2' from 20/3/2024); 'Đến nay' ends at the dateline; 'từ nay đến … cuối tháng 4/2024'",
    "runs from the dateline to 2024-04-30. 'lần lượt 412.000 và 87.500' keep the cable line in the subject (not places). 'tối đa 6 khách' is a rule and 'Hai tuyến' only opens the list (both optional).",
    "Location: the district (Hương Sơn is a commune of Mỹ Đức).",
], FIGS, published="2024-03-21", location="Mỹ Đức")
