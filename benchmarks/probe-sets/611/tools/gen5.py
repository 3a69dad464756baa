from lib import F, P, I, CH, TG, emit

TEXT = """BÁO PHÚ THỌ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH PHÚ THỌ
Văn hóa

Lễ hội Đền Hùng năm 2024: Đón trên 7,2 triệu lượt du khách

Từ ngày 1/3 đến hết ngày 18/4/2024 (tức mùng 10 tháng 3 âm lịch), Khu di tích lịch sử Đền Hùng đã đón trên 7,2 triệu lượt du khách về dâng hương, tăng 9% so với năm 2023. Riêng trong các ngày chính hội từ 16 đến 18/4/2024, lượng khách đạt khoảng 2,8 triệu lượt.

Ban Tổ chức đã tiếp nhận 1.462 đoàn đại biểu dâng hương, trong đó có 38 đoàn của các tỉnh, thành phố và 12 đoàn ngoại giao. Tổng số tiền công đức, tài trợ ước đạt 52,7 tỷ đồng, tăng 11,4% so với năm trước.

Để phục vụ lễ hội, tỉnh huy động 2.350 cán bộ, chiến sĩ làm nhiệm vụ bảo đảm an ninh, trật tự; 100% hàng quán trong khu vực lễ hội niêm yết giá công khai. Tổng kinh phí tổ chức khoảng 18 tỷ đồng, trong đó ngân sách tỉnh 9,5 tỷ đồng, còn lại là nguồn xã hội hóa.

Bên lề lễ hội, 32 câu lạc bộ Hát Xoan với gần 600 thành viên đã biểu diễn phục vụ du khách tại Đền Thượng, Đền Giếng và Bảo tàng Hùng Vương. Hát Xoan được UNESCO ghi danh năm 2011 và chuyển sang Danh sách di sản văn hóa phi vật thể đại diện của nhân loại năm 2017. Toàn tỉnh hiện có 34 câu lạc bộ Xoan, trong đó có 4 phường Xoan gốc ở thành phố Việt Trì.

Tỉnh Phú Thọ dự kiến năm 2025 Khu di tích đón khoảng 8 triệu lượt khách; phấn đấu đến năm 2030 doanh thu du lịch toàn tỉnh đạt từ 6.000 đến 7.000 tỷ đồng.

Thu Hà
19/04/2024
"""

FEST = P("Từ ngày 1/3 đến hết ngày 18/4/2024", "2024-03-01", "2024-04-18")

FIGS = [
    F("Đón trên 7,2 triệu lượt du khách", "7,2", 7200000, "count", "lượt du khách", approx="over",
      subject="lượt du khách Lễ hội Đền Hùng năm 2024 đón", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("đã đón trên 7,2 triệu", "7,2", 7200000, "count", "lượt du khách", approx="over",
      change=CH("increase", 9, baseline="năm 2023"),
      subject="lượt du khách Khu di tích lịch sử Đền Hùng đón", period=FEST),
    F("khoảng 2,8 triệu lượt", "2,8", 2800000, "count", "lượt", approx="about",
      subject="lượng khách trong các ngày chính hội",
      period=P("từ 16 đến 18/4/2024", "2024-04-16", "2024-04-18")),
    F("tiếp nhận 1.462 đoàn", "1.462", 1462, "count", "đoàn", subject="đoàn đại biểu dâng hương", period=I(FEST)),
    F("có 38 đoàn", "38", 38, "count", "đoàn", total=1462, subject="đoàn của các tỉnh, thành phố", period=I(FEST)),
    F("và 12 đoàn ngoại giao", "12", 12, "count", "đoàn", total=1462, subject="đoàn ngoại giao", period=I(FEST)),
    F("ước đạt 52,7 tỷ đồng", "52,7", 52700000000, "money", "đồng", status="estimate",
      change=CH("increase", 11.4, baseline="năm trước"),
      subject="tổng số tiền công đức, tài trợ", period=I(FEST)),
    F("huy động 2.350 cán bộ", "2.350", 2350, "count", "cán bộ, chiến sĩ",
      subject="cán bộ, chiến sĩ làm nhiệm vụ bảo đảm an ninh, trật tự"),
    F("100% hàng quán", "100", 100, "percent", "%", subject="hàng quán trong khu vực lễ hội niêm yết giá công khai"),
    F("khoảng 18 tỷ đồng", "18", 18000000000, "money", "đồng", approx="about",
      subject="tổng kinh phí tổ chức lễ hội"),
    F("ngân sách tỉnh 9,5 tỷ đồng", "9,5", 9500000000, "money", "đồng", total=18000000000,
      subject="kinh phí tổ chức từ ngân sách tỉnh"),
    F("32 câu lạc bộ", "32", 32, "count", "câu lạc bộ", subject="câu lạc bộ Hát Xoan biểu diễn phục vụ du khách"),
    F("gần 600 thành viên", "600", 600, "count", "thành viên", approx="nearly",
      subject="thành viên câu lạc bộ Hát Xoan"),
    F("có 34 câu lạc bộ", "34", 34, "count", "câu lạc bộ", subject="câu lạc bộ Xoan"),
    F("có 4 phường Xoan", "4", 4, "count", "phường Xoan", total=34, subject="phường Xoan gốc", location="Việt Trì"),
    F("khoảng 8 triệu lượt khách", "8", 8000000, "count", "lượt khách", approx="about", status="forecast",
      subject="lượt khách Khu di tích đón", period=P("năm 2025", "2025-01-01", "2025-12-31")),
    F("từ 6.000 đến 7.000 tỷ đồng", "6.000", 6000000000000, "money", "đồng", value_max=7000000000000,
      status="target", subject="doanh thu du lịch toàn tỉnh", period=P("đến năm 2030", None, "2030-12-31")),
]

COMMENTS = [
    "Báo Phú Thọ (Party paper): Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng 2024: visitors, delegations, donations, security, budget, Hát Xoan clubs, 2025/2030 outlook.",
    "Byline 'Thu Hà' then the bare date '19/04/2024' at the end = published. 'mùng 10 tháng 3 âm lịch', '1/3', '18/4/2024', 'từ 16 đến 18/4/2024' are dates;",
    "'năm 2011', 'năm 2017' are years; 'Đền Thượng, Đền Giếng' names; 'phường Xoan' is a Xoan guild, not a ward, but 'ở thành phố Việt Trì' makes those 4 Việt Trì's.",
    "Festival span 'Từ ngày 1/3 đến hết ngày 18/4/2024' is the period of 7,2 triệu; the headline figure takes 'năm 2024' from the headline itself.",
    "'trong đó ... và 12 đoàn ngoại giao' parts of 1.462; 9,5 tỷ after 'trong đó' part of 18 tỷ; 4 phường Xoan after 'trong đó có' part of 34.",
    "'dự kiến năm 2025' -> forecast; 'phấn đấu đến năm 2030 ... từ 6.000 đến 7.000 tỷ đồng' -> target range.",
]

emit("p611-5", TEXT, COMMENTS, FIGS, published="2024-04-19", location="Phú Thọ")
