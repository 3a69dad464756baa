from lib import F, P, I, YEAR, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ NAM
Trang chủ > Tin tức - Sự kiện > Văn hóa - Du lịch

Lễ hội chùa Tam Chúc năm 2024 đón hơn 1,2 triệu lượt khách

Cập nhật: 18/04/2024 15:20 | Lượt xem: 3.184

Theo Ban Tổ chức lễ hội, tính đến ngày 15/4/2024, Khu du lịch Tam Chúc đã đón hơn 1,2 triệu lượt khách, tăng 18% so với cùng kỳ năm 2023; trong đó có khoảng 23.500 lượt khách quốc tế. Riêng ngày khai hội có gần 95.000 lượt khách về dâng hương, lễ Phật.

Tổng thu từ bán vé xe điện, thuyền và các dịch vụ ước đạt 86,4 tỷ đồng, bằng 108% kế hoạch năm. Tiền công đức được Ban quản lý kiểm đếm công khai hằng ngày tại 4 điểm thu, tổng cộng đạt 12,75 tỷ đồng, tăng 2,1 tỷ đồng so với mùa lễ hội năm 2023.

Công tác bảo đảm an ninh, trật tự được tăng cường với 620 cán bộ, chiến sĩ công an, quân sự và hơn 300 tình nguyện viên tham gia phục vụ. Trong mùa lễ hội, lực lượng chức năng đã phát hiện, xử lý 17 vụ vi phạm (giảm 9 vụ so với năm trước), gồm 11 vụ trộm cắp tài sản, 4 vụ bán hàng rong đeo bám du khách và 2 vụ đánh bạc; tìm và trao trả 36 trẻ em đi lạc cho gia đình. Cảnh sát giao thông đã lập biên bản 214 trường hợp vi phạm trật tự an toàn giao thông, phạt tiền 318,5 triệu đồng.

Bãi đỗ xe được mở rộng lên 12 ha với sức chứa khoảng 3.000 ô tô; giá gửi xe niêm yết 30.000 đồng/lượt đối với ô tô dưới 16 chỗ. Mọi phản ánh xin gọi đường dây nóng 0226.3852.701.

Năm 2025, tỉnh Hà Nam phấn đấu đón từ 1,5 đến 1,7 triệu lượt khách đến Tam Chúc trong mùa lễ hội, doanh thu du lịch đạt trên 100 tỷ đồng.
"""

LEAD = P("tính đến ngày 15/4/2024", None, "2024-04-15")
Y25 = YEAR(2025, "Năm 2025")

FIGS = [
    F("năm 2024 đón hơn 1,2 triệu", "1,2", 1200000, "count", "lượt khách", "lượt khách đến Lễ hội chùa Tam Chúc",
      YEAR(2024), approx="over"),
    F("đã đón hơn 1,2 triệu lượt khách", "1,2", 1200000, "count", "lượt khách", "lượt khách đến Khu du lịch Tam Chúc",
      LEAD, approx="over", change=CH("increase", 18, "%", "cùng kỳ năm 2023")),
    F("khoảng 23.500 lượt", "23.500", 23500, "count", "lượt khách", "lượt khách quốc tế", LEAD,
      approx="about", total=1200000),
    F("gần 95.000 lượt", "95.000", 95000, "count", "lượt khách", "lượt khách về dâng hương, lễ Phật ngày khai hội",
      I(LEAD), approx="nearly"),
    F("ước đạt 86,4 tỷ", "86,4", 86.4e9, "money", "đồng", "Tổng thu từ bán vé xe điện, thuyền và các dịch vụ", I(LEAD),
      percent=108, status="estimate"),
    F("tại 4 điểm thu", "4", 4, "count", "điểm thu", "điểm thu tiền công đức kiểm đếm công khai", I(LEAD)),
    F("đạt 12,75 tỷ", "12,75", 12.75e9, "money", "đồng", "Tiền công đức", I(LEAD),
      change=CH("increase", 2.1e9, "đồng", "mùa lễ hội năm 2023")),
    F("với 620 cán bộ", "620", 620, "count", "cán bộ, chiến sĩ",
      "cán bộ, chiến sĩ công an, quân sự bảo đảm an ninh, trật tự", I(LEAD)),
    F("hơn 300 tình nguyện viên", "300", 300, "count", "tình nguyện viên", "tình nguyện viên tham gia phục vụ", I(LEAD),
      approx="over"),
    F("xử lý 17 vụ", "17", 17, "count", "vụ", "vụ vi phạm phát hiện, xử lý",
      change=CH("decrease", 9, "vụ", "năm trước")),
    F("gồm 11 vụ", "11", 11, "count", "vụ", "vụ trộm cắp tài sản", total=17),
    F("4 vụ bán hàng rong", "4", 4, "count", "vụ", "vụ bán hàng rong đeo bám du khách", total=17),
    F("2 vụ đánh bạc", "2", 2, "count", "vụ", "vụ đánh bạc", total=17),
    F("36 trẻ em", "36", 36, "count", "trẻ em", "trẻ em đi lạc tìm và trao trả cho gia đình"),
    F("biên bản 214 trường hợp", "214", 214, "count", "trường hợp",
      "trường hợp vi phạm trật tự an toàn giao thông lập biên bản"),
    F("phạt tiền 318,5 triệu", "318,5", 318.5e6, "money", "đồng", "tiền phạt vi phạm trật tự an toàn giao thông"),
    F("lên 12 ha", "12", 12, "measure", "ha", "diện tích bãi đỗ xe mở rộng"),
    F("khoảng 3.000 ô tô", "3.000", 3000, "count", "ô tô", "sức chứa bãi đỗ xe", approx="about"),
    F("niêm yết 30.000 đồng/lượt", "30.000", 30000, "money", "đồng/lượt", "giá gửi xe ô tô dưới 16 chỗ"),
    F("dưới 16 chỗ", "16", 16, "count", "chỗ", "ô tô", approx="under", optional=True),
    F("từ 1,5 đến 1,7 triệu", "1,5", 1500000, "count", "lượt khách", "lượt khách đến Tam Chúc trong mùa lễ hội", Y25,
      value_max=1700000, status="target"),
    F("trên 100 tỷ", "100", 100e9, "money", "đồng", "doanh thu du lịch", Y25, approx="over", status="target"),
]

emit("p621-1", TEXT, [
    "Cổng TTĐT tỉnh Hà Nam: Lễ hội chùa Tam Chúc năm 2024 — khách, thu vé và dịch vụ, tiền công đức, an ninh trật tự, bãi xe, mục tiêu 2025.",
    "'Cập nhật: 18/04/2024 15:20' is the dateline; 'Lượt xem: 3.184', the hotline 0226.3852.701 and 'ngày khai hội' are not figures.",
    "Periods: lead as-of 'tính đến ngày 15/4/2024'; later sentences without a period phrase inherit it (unscored); 'Trong mùa lễ hội' is no date.",
    "'dưới 16 chỗ' is a vehicle class threshold (optional). 'bằng 108% kế hoạch năm' is the percent of 86,4 tỷ.",
], FIGS, published="2024-04-18", location="Hà Nam")
