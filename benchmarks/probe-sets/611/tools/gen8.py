from lib import F, P, I, CH, TG, emit

TEXT = """UBND XÃ ĐƯỜNG LÂM - THỊ XÃ SƠN TÂY - THÀNH PHỐ HÀ NỘI
Tin tức > Văn hóa - Xã hội
Ngày đăng: 02/10/2023

Làng cổ Đường Lâm: 9 tháng đón gần 120.000 lượt khách

Theo Ban Quản lý di tích làng cổ Đường Lâm, 9 tháng năm 2023, Làng cổ đón gần 120.000 lượt khách, trong đó khoảng 48.000 lượt khách quốc tế; doanh thu bán vé đạt 2,86 tỷ đồng, tăng 37% so với cùng kỳ và vượt 14% kế hoạch năm. Giá vé tham quan hiện là 20.000 đồng/lượt đối với khách trong nước và 30.000 đồng/lượt đối với khách nước ngoài.

Làng cổ nằm cạnh Quốc lộ 32, cách trung tâm Hà Nội khoảng 45 km. Làng hiện còn 956 ngôi nhà truyền thống, trong đó 68 nhà cổ có niên đại trên 100 năm. Từ năm 2021 đến nay, thành phố đã hỗ trợ tu bổ 34 nhà cổ với tổng kinh phí 18,6 tỷ đồng, mức hỗ trợ từ 300 đến 700 triệu đồng/nhà. Riêng năm 2023 có 9 nhà được khởi công, dự kiến hoàn thành trong quý IV.

Xã có 5 di tích quốc gia, gồm Đình Mông Phụ, Chùa Mía, Lăng Ngô Quyền, Đền thờ Phùng Hưng và Nhà thờ Giang Văn Minh. Về văn hóa phi vật thể, xã duy trì 3 câu lạc bộ chèo, ca trù với 75 hội viên; Lễ hội truyền thống làng Mông Phụ tháng Giêng năm nay thu hút khoảng 8.500 lượt người tham dự.

Cả năm 2023, xã phấn đấu đón 160.000 lượt khách; tỷ lệ hộ dân tham gia làm du lịch cộng đồng đạt từ 12 đến 15%.

Địa chỉ: thôn Mông Phụ, xã Đường Lâm, thị xã Sơn Tây, Hà Nội. Điện thoại: 024.3383.5512
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("gần 120.000 lượt khách\n", "120.000", 120000, "count", "lượt khách", approx="nearly",
      subject="lượt khách Làng cổ Đường Lâm đón", period=P("9 tháng", "2023-01-01", "2023-09-30")),
    F("đón gần 120.000 lượt khách,", "120.000", 120000, "count", "lượt khách", approx="nearly",
      subject="lượt khách Làng cổ đón", period=M9),
    F("khoảng 48.000 lượt", "48.000", 48000, "count", "lượt khách quốc tế", approx="about", total=120000,
      subject="khách quốc tế", period=M9),
    F("đạt 2,86 tỷ đồng", "2,86", 2860000000, "money", "đồng", change=CH("increase", 37, baseline="cùng kỳ"),
      subject="doanh thu bán vé", period=M9),
    F("vượt 14% kế hoạch", "14", 14, "percent", "%", subject="doanh thu bán vé vượt kế hoạch năm",
      period=M9, optional=True),
    F("là 20.000 đồng/lượt", "20.000", 20000, "money", "đồng/lượt", subject="giá vé tham quan đối với khách trong nước"),
    F("và 30.000 đồng/lượt", "30.000", 30000, "money", "đồng/lượt", subject="giá vé tham quan đối với khách nước ngoài"),
    F("khoảng 45 km", "45", 45, "measure", "km", approx="about", subject="khoảng cách từ Làng cổ đến trung tâm Hà Nội"),
    F("còn 956 ngôi nhà", "956", 956, "count", "ngôi nhà", subject="ngôi nhà truyền thống"),
    F("trong đó 68 nhà cổ", "68", 68, "count", "nhà cổ", total=956, subject="nhà cổ có niên đại trên 100 năm"),
    F("trên 100 năm", "100", 100, "measure", "năm", approx="over", subject="niên đại nhà cổ", optional=True),
    F("tu bổ 34 nhà cổ", "34", 34, "count", "nhà cổ", subject="nhà cổ được thành phố hỗ trợ tu bổ",
      period=P("Từ năm 2021 đến nay", "2021-01-01", "2023-10-02")),
    F("kinh phí 18,6 tỷ đồng", "18,6", 18600000000, "money", "đồng", subject="tổng kinh phí hỗ trợ tu bổ nhà cổ",
      period=P("Từ năm 2021 đến nay", "2021-01-01", "2023-10-02")),
    F("từ 300 đến 700 triệu đồng/nhà", "300", 300000000, "money", "đồng/nhà", value_max=700000000,
      subject="mức hỗ trợ tu bổ nhà cổ", period=P("Từ năm 2021 đến nay", "2021-01-01", "2023-10-02")),
    F("có 9 nhà", "9", 9, "count", "nhà", subject="nhà cổ được khởi công", period=Y23),
    F("có 5 di tích", "5", 5, "count", "di tích", subject="di tích quốc gia"),
    F("duy trì 3 câu lạc bộ", "3", 3, "count", "câu lạc bộ", subject="câu lạc bộ chèo, ca trù"),
    F("với 75 hội viên", "75", 75, "count", "hội viên", subject="hội viên câu lạc bộ chèo, ca trù"),
    F("khoảng 8.500 lượt người", "8.500", 8500, "count", "lượt người", approx="about",
      subject="lượt người tham dự Lễ hội truyền thống làng Mông Phụ"),
    F("đón 160.000 lượt khách", "160.000", 160000, "count", "lượt khách", status="target",
      subject="lượt khách xã phấn đấu đón", period=P("Cả năm 2023", "2023-01-01", "2023-12-31")),
    F("từ 12 đến 15%", "12", 12, "percent", "%", value_max=15, status="target",
      subject="tỷ lệ hộ dân tham gia làm du lịch cộng đồng", period=P("Cả năm 2023", "2023-01-01", "2023-12-31")),
]

COMMENTS = [
    "Commune portal (UBND xã Đường Lâm, thị xã Sơn Tây, Hà Nội), 'Ngày đăng: 02/10/2023': Làng cổ Đường Lâm 9 months 2023 visitors, ticket revenue, old-house restoration, relics, intangible heritage.",
    "Distractors: 'Quốc lộ 32', 'quý IV' (no figure), 'thôn Mông Phụ', phone 024.3383.5512, dateline. Relic names carry no numbers.",
    "Location: a commune is below the spec's province/city/district level, so the district-level town 'Sơn Tây' (thị xã) is the location throughout.",
    "'tăng 37% so với cùng kỳ và vượt 14% kế hoạch năm': the first change is the attribute; the second is a percent figure of its own (optional, FIGURES.md 'one of each attribute').",
    "'Từ năm 2021 đến nay' ends at the dateline (2023-10-02). 'tháng Giêng năm nay' is a lunar month with no calendar span: no gold period (unscored).",
    "'niên đại trên 100 năm' (threshold) optional. 9 nhà in 2023 has no part-of cue to the 34 (different period) -> no total.",
]

emit("p611-8", TEXT, COMMENTS, FIGS, published="2023-10-02", location="Sơn Tây")
