from lib import F, P, I, YEAR, CH, emit

TEXT = """BÁO NAM ĐỊNH ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh Nam Định

Lễ Khai ấn Đền Trần Xuân Giáp Thìn 2024: Trang nghiêm, an toàn

Đêm 14 rạng sáng 15 tháng Giêng (tức ngày 23 và 24/2/2024), tại Khu di tích lịch sử Đền Trần (phường Lộc Vượng, TP Nam Định), Lễ Khai ấn đầu xuân đã diễn ra trang nghiêm, an toàn với khoảng 200.000 lượt người về dự, giảm gần 15% so với năm 2023.

Ban Tổ chức đã chuẩn bị 500.000 tờ ấn để phát cho nhân dân, du khách. Đến 10 giờ sáng 24/2, đã phát được khoảng 362.000 tờ ấn, đạt 72,4% số ấn chuẩn bị. Việc phát ấn được thực hiện tại 14 điểm, người nhận ấn không phải trả tiền.

Để bảo đảm an ninh, trật tự, Công an tỉnh đã huy động 1.650 cán bộ, chiến sĩ, trong đó có 420 cán bộ, chiến sĩ cảnh sát cơ động, 360 chiến sĩ cảnh sát giao thông; bố trí 22 điểm trông giữ phương tiện với tổng diện tích hơn 6 ha, trông giữ được 9.400 ô tô và khoảng 31.000 xe máy. Trong thời gian diễn ra lễ khai ấn không xảy ra tai nạn giao thông; lực lượng chức năng phát hiện 3 vụ trộm cắp tài sản, bắt giữ 5 đối tượng; 46 người bị xô xát nhẹ, say nắng được sơ cứu tại chỗ.

Tiền công đức kiểm đếm trong đêm khai ấn đạt hơn 3,1 tỷ đồng (năm 2023 là 2,65 tỷ đồng). Theo Ban Quản lý di tích, tổng lượng khách về Đền Trần trong tháng Giêng dự kiến đạt từ 700.000 đến 800.000 lượt.

NGỌC ÁNH – VĂN TRƯỜNG

24/02/2024
"""

NIGHT = P("Đêm 14 rạng sáng 15 tháng Giêng (tức ngày 23 và 24/2/2024)", "2024-02-23", "2024-02-24")

FIGS = [
    F("khoảng 200.000 lượt", "200.000", 200000, "count", "lượt người", "lượt người về dự Lễ Khai ấn", NIGHT,
      approx="about", change=CH("decrease", 15, "%", "năm 2023", approx="nearly")),
    F("chuẩn bị 500.000 tờ", "500.000", 500000, "count", "tờ ấn", "tờ ấn chuẩn bị để phát", I(NIGHT)),
    F("khoảng 362.000 tờ", "362.000", 362000, "count", "tờ ấn", "tờ ấn đã phát",
      P("Đến 10 giờ sáng 24/2", None, "2024-02-24"), approx="about", percent=72.4),
    F("tại 14 điểm", "14", 14, "count", "điểm", "điểm phát ấn"),
    F("huy động 1.650 cán bộ", "1.650", 1650, "count", "cán bộ, chiến sĩ",
      "cán bộ, chiến sĩ Công an tỉnh huy động bảo đảm an ninh, trật tự", I(NIGHT)),
    F("có 420 cán bộ", "420", 420, "count", "cán bộ, chiến sĩ", "cán bộ, chiến sĩ cảnh sát cơ động", I(NIGHT),
      total=1650),
    F("360 chiến sĩ", "360", 360, "count", "chiến sĩ", "chiến sĩ cảnh sát giao thông", I(NIGHT), total=1650),
    F("bố trí 22 điểm", "22", 22, "count", "điểm", "điểm trông giữ phương tiện", I(NIGHT)),
    F("hơn 6 ha", "6", 6, "measure", "ha", "tổng diện tích điểm trông giữ phương tiện", I(NIGHT), approx="over"),
    F("được 9.400 ô tô", "9.400", 9400, "count", "ô tô", "ô tô trông giữ", I(NIGHT)),
    F("khoảng 31.000 xe máy", "31.000", 31000, "count", "xe máy", "xe máy trông giữ", I(NIGHT), approx="about"),
    F("phát hiện 3 vụ", "3", 3, "count", "vụ", "vụ trộm cắp tài sản phát hiện"),
    F("bắt giữ 5 đối tượng", "5", 5, "count", "đối tượng", "đối tượng bắt giữ"),
    F("46 người", "46", 46, "count", "người", "người bị xô xát nhẹ, say nắng được sơ cứu tại chỗ"),
    F("hơn 3,1 tỷ", "3,1", 3.1e9, "money", "đồng", "Tiền công đức kiểm đếm trong đêm khai ấn", I(NIGHT),
      approx="over"),
    F("là 2,65 tỷ", "2,65", 2.65e9, "money", "đồng", "Tiền công đức kiểm đếm trong đêm khai ấn năm 2023",
      YEAR(2023)),
    F("từ 700.000 đến 800.000", "700.000", 700000, "count", "lượt", "tổng lượng khách về Đền Trần",
      P("trong tháng Giêng", "2024-02-10", "2024-03-09"), value_max=800000, status="forecast"),
]

emit("p621-5", TEXT, [
    "Báo Nam Định (Party newspaper): Lễ Khai ấn Đền Trần Xuân Giáp Thìn 2024; byline and bare date '24/02/2024' at the end.",
    "Not figures: 'Đêm 14 rạng sáng 15 tháng Giêng', '10 giờ sáng 24/2' (time of day), 'Giáp Thìn 2024', 'phường Lộc Vượng'.",
    "Lunar dates: the lead gives the solar dates (23 and 24/2/2024); 'tháng Giêng' (lunar month 1 of Giáp Thìn) = 2024-02-10 … 2024-03-09.",
    "'(năm 2023 là 2,65 tỷ đồng)' is a figure of its own (as the bracketed baselines of shared h06), period năm 2023.",
    "'đạt 72,4% số ấn chuẩn bị' is the percent of 362.000 (no total: no part-of cue). Location: TP Nam Định / tỉnh Nam Định both read 'Nam Định'.",
], FIGS, published="2024-02-24", location="Nam Định")
