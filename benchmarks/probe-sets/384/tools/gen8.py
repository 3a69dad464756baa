from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ
Số lượt truy cập: 3.845.112

Cần Thơ đẩy mạnh phát triển logistics vùng Đồng bằng sông Cửu Long

Từ đầu năm đến nay, sản lượng hàng hóa thông qua hệ thống cảng biển trên địa bàn thành phố đạt 3,96 triệu tấn, tăng 7,8% so với cùng kỳ; trong đó cảng Cái Cui (quận Cái Răng) đạt 2,14 triệu tấn, cảng Hoàng Diệu 0,87 triệu tấn.

Hệ thống kho lạnh trên địa bàn có tổng sức chứa khoảng 95.000 tấn. Năng lực này mới đáp ứng gần 40% nhu cầu bảo quản nông, thủy sản của vùng. Hiện chi phí logistics chiếm khoảng 30-40% giá thành nông sản, cao gấp hai lần mức bình quân chung.

Theo Kế hoạch số 145/KH-UBND, giai đoạn 2021-2025 thành phố phấn đấu sản lượng hàng hóa qua cảng đạt 8 triệu tấn vào năm 2025; hình thành hai trung tâm logistics hạng II tại quận Ô Môn và huyện Thới Lai; tỷ lệ doanh nghiệp sử dụng dịch vụ logistics thuê ngoài đạt 50%. Quận Ô Môn đã bố trí 62 ha, huyện Thới Lai 45 ha quỹ đất cho các trung tâm này.

Tổng vốn đầu tư cho hạ tầng logistics giai đoạn 2021-2025 dự kiến khoảng 12,5 nghìn tỷ đồng, trong đó vốn ngân sách 2,3 nghìn tỷ đồng, vốn xã hội hóa 10,2 nghìn tỷ đồng. Các dự án ưu tiên gồm nâng cấp Quốc lộ 91, luồng cho tàu biển trọng tải lớn vào sông Hậu qua kênh Quan Chánh Bố và mở rộng cảng Cái Cui giai đoạn 2.

Theo Sở Công Thương, 5 tháng đầu năm 2024, kim ngạch xuất khẩu hàng hóa của thành phố đạt 1,12 tỷ USD, trong đó gạo và thủy sản chiếm 68,5%.

Thanh Trúc
12/06/2024
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-12")
G = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

FIGS = [
    F("đạt 3,96 triệu tấn", "3,96", 3960000, "measure", "tấn", "sản lượng hàng hóa thông qua hệ thống cảng biển", YTD,
      change=CH("increase", 7.8, baseline="cùng kỳ")),
    F("đạt 2,14 triệu tấn", "2,14", 2140000, "measure", "tấn", "sản lượng hàng hóa thông qua cảng Cái Cui", YTD,
      total=3960000, location="Cái Răng"),
    F("Diệu 0,87 triệu tấn", "0,87", 870000, "measure", "tấn", "sản lượng hàng hóa thông qua cảng Hoàng Diệu", YTD,
      total=3960000),
    F("khoảng 95.000 tấn", "95.000", 95000, "measure", "tấn", "tổng sức chứa hệ thống kho lạnh", approx="about"),
    F("gần 40% nhu cầu", "40", 40, "percent", "%", "tỷ lệ đáp ứng nhu cầu bảo quản nông, thủy sản của vùng",
      approx="nearly"),
    F("khoảng 30-40% giá", "30", 30, "percent", "%", "chi phí logistics so với giá thành nông sản", value_max=40,
      approx="about", change=CH("increase", 2, "lần", "mức bình quân chung")),
    F("đạt 8 triệu tấn", "8", 8000000, "measure", "tấn", "sản lượng hàng hóa qua cảng",
      P("vào năm 2025", "2025-01-01", "2025-12-31"), status="target"),
    F("hình thành hai trung tâm", "hai", 2, "count", "trung tâm logistics", "trung tâm logistics hạng II", G,
      status="target"),
    F("thuê ngoài đạt 50%", "50", 50, "percent", "%", "tỷ lệ doanh nghiệp sử dụng dịch vụ logistics thuê ngoài", G,
      status="target"),
    F("bố trí 62 ha", "62", 62, "measure", "ha", "quỹ đất cho trung tâm logistics", location="Ô Môn"),
    F("Thới Lai 45 ha", "45", 45, "measure", "ha", "quỹ đất cho trung tâm logistics", location="Thới Lai"),
    F("khoảng 12,5 nghìn tỷ đồng", "12,5", 12500000000000, "money", "đồng", "tổng vốn đầu tư cho hạ tầng logistics", G,
      approx="about", status="forecast"),
    F("ngân sách 2,3 nghìn tỷ đồng", "2,3", 2300000000000, "money", "đồng", "vốn ngân sách đầu tư hạ tầng logistics", G,
      status="forecast", total=12500000000000),
    F("hội hóa 10,2 nghìn tỷ đồng", "10,2", 10200000000000, "money", "đồng", "vốn xã hội hóa đầu tư hạ tầng logistics", G,
      status="forecast", total=12500000000000),
    F("đạt 1,12 tỷ USD", "1,12", 1120000000, "money", "USD", "kim ngạch xuất khẩu hàng hóa",
      P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")),
    F("chiếm 68,5%", "68,5", 68.5, "percent", "%", "tỷ trọng gạo và thủy sản trong kim ngạch xuất khẩu",
      P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")),
]

emit("p384-8", TEXT, [
    "Provincial portal (Cần Thơ): logistics, cảng, kho lạnh, kế hoạch 2021-2025. No dateline at the top; byline and a bare date '12/06/2024' at the end",
    "(the article's own date: published). 'Từ đầu năm đến nay' runs 2024-01-01 to the published date.",
    "Distractors: 'Số lượt truy cập: 3.845.112' (counter), 'Kế hoạch số 145/KH-UBND', 'hạng II', 'Quốc lộ 91', 'giai đoạn 2' (name).",
    "Ports after 'trong đó' take total 3,96 triệu tấn; Cái Cui's bracketed district gives location Cái Răng; Hoàng Diệu names no district → Cần Thơ.",
    "'gần 40% nhu cầu' in its own sentence ('đáp ứng' is not a share cue) is a percent figure; 'cao gấp hai lần mức bình quân chung' follows 30-40%: its change (2 lần), not a multiple figure.",
    "revised: the optional multiple figure 'gấp hai lần' removed; it is the change of 30-40% ('cao hơn' family, FIGURES.md: a multiple only when standing alone).",
    "'phấn đấu' governs the list of 2025 targets ('vào năm 2025' for 8 triệu tấn; the rest take 'giai đoạn 2021-2025'). 'hai trung tâm … tại quận Ô Môn và huyện Thới Lai': two districts → location Cần Thơ.",
    "Land 62 ha / 45 ha: districts are locations, no period. Investment 'dự kiến khoảng 12,5 nghìn tỷ' forecast; parts after 'trong đó' continue the clause: forecast, total.",
    "'trong đó gạo và thủy sản chiếm 68,5%': a percent figure of its own (no base amount for the part).",
], FIGS, published="2024-06-12", location="Cần Thơ")
