"""p477-4: Ministry site (Bộ VHTTDL) — national museums and relics, 2023: visitors, revenue, inventory, restoration programme, targets."""
from lib import F, P, I, CH, TG, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức - Sự kiện > Di sản văn hóa
Năm 2023, hệ thống bảo tàng cả nước đón hơn 14 triệu lượt khách
Ngày đăng: 18/01/2024 08:30

Theo báo cáo của Cục Di sản văn hóa tại Hội nghị tổng kết công tác năm 2023, cả nước hiện có 199 bảo tàng, gồm 127 bảo tàng công lập và 72 bảo tàng ngoài công lập, bình quân 1,98 bảo tàng/1 triệu dân. Năm 2023, hệ thống bảo tàng đã đón hơn 14 triệu lượt khách, tăng 35,6% so với năm 2022; doanh thu từ vé và dịch vụ đạt 1.062,5 tỷ đồng.

Về lượng khách, Bảo tàng Chứng tích chiến tranh (TP Hồ Chí Minh) dẫn đầu với 1,12 triệu lượt; Bảo tàng Dân tộc học Việt Nam (Hà Nội) và Bảo tàng Điêu khắc Chăm (Đà Nẵng) lần lượt đón 486.000 và 412.000 lượt.

Về di tích, tính đến tháng 12/2023, cả nước có hơn 40.000 di tích đã được kiểm kê, trong đó 3.621 di tích cấp quốc gia, 133 di tích quốc gia đặc biệt và khoảng 11.000 di tích cấp tỉnh. Thủ tướng Chính phủ đã công nhận 265 hiện vật, nhóm hiện vật là bảo vật quốc gia sau 12 đợt công nhận.

Năm 2023, ngân sách trung ương bố trí 1.250 tỷ đồng cho Chương trình mục tiêu chống xuống cấp, tu bổ di tích, hỗ trợ tu bổ 118 di tích tại 42 tỉnh, thành phố. Tỷ lệ di tích quốc gia đặc biệt có quy hoạch được phê duyệt đạt 68%.

Theo Chiến lược phát triển văn hóa đến năm 2030 (Quyết định số 1909/QĐ-TTg), phấn đấu đến năm 2025 có 100% di tích quốc gia đặc biệt được lập quy hoạch; giai đoạn 2026-2030, lượng khách tham quan bảo tàng tăng bình quân 10%/năm.

Cục Di sản văn hóa - Số 51 Ngô Quyền, Hoàn Kiếm, Hà Nội. ĐT: 024.3943.8431
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("tính đến tháng 12/2023", None, "2023-12-31")
Y25 = P("đến năm 2025", None, "2025-12-31")
G = P("giai đoạn 2026-2030", "2026-01-01", "2030-12-31")

FIGS = [
    F("đón hơn 14 triệu lượt khách\n", "14", 14000000, "count", "lượt khách", "lượt khách hệ thống bảo tàng",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("có 199 bảo tàng", "199", 199, "count", "bảo tàng", "bảo tàng"),
    F("gồm 127 bảo tàng", "127", 127, "count", "bảo tàng", "bảo tàng công lập", total=199),
    F("và 72 bảo tàng", "72", 72, "count", "bảo tàng", "bảo tàng ngoài công lập", total=199),
    F("bình quân 1,98 bảo tàng", "1,98", 1.98, "measure", "bảo tàng/1 triệu dân", "bảo tàng bình quân trên 1 triệu dân"),
    F("đã đón hơn 14 triệu", "14", 14000000, "count", "lượt khách", "lượt khách hệ thống bảo tàng", Y23,
      approx="over", change=CH("increase", 35.6, baseline="năm 2022")),
    F("đạt 1.062,5 tỷ đồng", "1.062,5", 1062500000000, "money", "đồng", "doanh thu từ vé và dịch vụ", Y23),
    F("với 1,12 triệu lượt", "1,12", 1120000, "count", "lượt", "lượng khách Bảo tàng Chứng tích chiến tranh",
      I(Y23), location="TP Hồ Chí Minh"),
    F("486.000 và", "486.000", 486000, "count", "lượt", "lượng khách Bảo tàng Dân tộc học Việt Nam",
      I(Y23), location="Hà Nội"),
    F("412.000 lượt", "412.000", 412000, "count", "lượt", "lượng khách Bảo tàng Điêu khắc Chăm",
      I(Y23), location="Đà Nẵng"),
    F("hơn 40.000 di tích", "40.000", 40000, "count", "di tích", "di tích đã được kiểm kê", ASOF, approx="over"),
    F("3.621 di tích", "3.621", 3621, "count", "di tích", "di tích cấp quốc gia", ASOF, total=40000),
    F("133 di tích", "133", 133, "count", "di tích", "di tích quốc gia đặc biệt", ASOF, total=40000),
    F("khoảng 11.000 di tích", "11.000", 11000, "count", "di tích", "di tích cấp tỉnh", ASOF, total=40000,
      approx="about"),
    F("công nhận 265 hiện vật", "265", 265, "count", "hiện vật, nhóm hiện vật",
      "hiện vật, nhóm hiện vật được công nhận là bảo vật quốc gia"),
    F("sau 12 đợt", "12", 12, "count", "đợt", "đợt công nhận bảo vật quốc gia", optional=True),
    F("bố trí 1.250 tỷ đồng", "1.250", 1250000000000, "money", "đồng",
      "ngân sách trung ương cho Chương trình mục tiêu chống xuống cấp, tu bổ di tích", Y23),
    F("tu bổ 118 di tích", "118", 118, "count", "di tích", "di tích được hỗ trợ tu bổ", Y23),
    F("tại 42 tỉnh", "42", 42, "count", "tỉnh, thành phố", "tỉnh, thành phố có di tích được hỗ trợ tu bổ", Y23),
    F("đạt 68%", "68", 68, "percent", "%", "tỷ lệ di tích quốc gia đặc biệt có quy hoạch được phê duyệt", I(Y23)),
    F("có 100% di tích", "100", 100, "percent", "%", "di tích quốc gia đặc biệt được lập quy hoạch", Y25,
      status="target"),
    F("bình quân 10%/năm", "10", 10, "percent", "%", "tăng lượng khách tham quan bảo tàng bình quân hằng năm", G,
      status="target"),
]

COMMENTS = [
    "Bộ VHTTDL site: bảo tàng và di tích cả nước năm 2023 — lượt khách, doanh thu, kiểm kê di tích, bảo vật quốc gia, chương trình chống xuống cấp.",
    "National figures: location Việt Nam; museums in a list carry their city as location, the museum name stays in the subject.",
    "'1,98 bảo tàng/1 triệu dân' is a rate: the denominator is in the unit. 'trong đó' parts of 'hơn 40.000 di tích' take total 40000;",
    "127 + 72 = 199 after 'gồm'. 'tính đến tháng 12/2023' is as-of. '12 đợt' optional (rounds of recognition, a count of events).",
    "'lần lượt đón 486.000 và 412.000 lượt': each item takes its museum's city as location and the unit after the last item.",
    "Targets: 'phấn đấu đến năm 2025 … 100%' and the 2026-2030 growth 'tăng bình quân 10%/năm' (a rate that is the claim: percent, no change).",
    "Distractors: Quyết định số 1909/QĐ-TTg, 'đến năm 2030' in the strategy's name, address 'Số 51 Ngô Quyền', phone, dateline.",
]

if __name__ == "__main__":
    import sys
    emit("p477-4", TEXT, COMMENTS, FIGS, published="2024-01-18", location="Việt Nam", show_free="-v" in sys.argv)
