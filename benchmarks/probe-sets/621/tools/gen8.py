from lib import F, P, I, YEAR, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ HY CƯƠNG - THÀNH PHỐ VIỆT TRÌ
Trang chủ » Tin tức » Tin trong xã

Xã Hy Cương hoàn thành công tác phục vụ Giỗ Tổ Hùng Vương năm 2024

Ngày 22/04/2024 | Người đăng: Văn phòng HĐND-UBND xã | Lượt xem: 412

Lễ hội Đền Hùng năm 2024 diễn ra từ ngày 09/4 đến 18/4/2024 (tức mùng 1 đến mùng 10 tháng Ba âm lịch). Theo Ban Tổ chức lễ hội tỉnh Phú Thọ, Khu Di tích lịch sử Đền Hùng đã đón khoảng 7,5 triệu lượt khách về dâng hương, tăng 7% so với năm 2023.

Là địa phương có Khu di tích, xã Hy Cương đã thành lập 3 tổ công tác với 96 thành viên, phối hợp bảo đảm an ninh, trật tự trên địa bàn 7 khu dân cư. Xã bố trí 18 điểm trông giữ xe (tăng 4 điểm so với năm trước), trông giữ được khoảng 42.600 lượt ô tô và 156.000 lượt mô tô, xe máy; thu phí trông giữ xe 1,86 tỷ đồng, trong đó nộp ngân sách xã 279 triệu đồng (15%). Giá trông giữ được niêm yết công khai: ô tô 50.000 đồng/lượt, xe máy 10.000 đồng/lượt.

Trong dịp lễ hội, xã đã nhắc nhở 153 hộ kinh doanh lấn chiếm vỉa hè, xử phạt hành chính 21 trường hợp với số tiền 47,5 triệu đồng; Đoàn Thanh niên xã huy động 120 đoàn viên tham gia dọn vệ sinh, thu gom khoảng 35 tấn rác thải.

Thời gian tới, xã phấn đấu 100% hộ kinh doanh dịch vụ ký cam kết không chèo kéo, ép giá du khách; đến năm 2025 có ít nhất 40 hộ làm dịch vụ homestay, ăn uống đạt chuẩn.

Mọi ý kiến xin gửi về UBND xã Hy Cương, địa chỉ: Khu 4, xã Hy Cương; điện thoại: 0210.3860.215.
"""

FEST = P("từ ngày 09/4 đến 18/4/2024", "2024-04-09", "2024-04-18")

FIGS = [
    F("khoảng 7,5 triệu", "7,5", 7.5e6, "count", "lượt khách", "lượt khách về dâng hương tại Khu Di tích lịch sử Đền Hùng",
      I(FEST), approx="about", change=CH("increase", 7, "%", "năm 2023"), location="Phú Thọ"),
    F("lập 3 tổ", "3", 3, "count", "tổ công tác", "tổ công tác xã thành lập", I(FEST)),
    F("với 96 thành viên", "96", 96, "count", "thành viên", "thành viên tổ công tác", I(FEST)),
    F("bàn 7 khu", "7", 7, "count", "khu dân cư", "khu dân cư", optional=True),
    F("bố trí 18 điểm", "18", 18, "count", "điểm", "điểm trông giữ xe", I(FEST),
      change=CH("increase", 4, "điểm", "năm trước")),
    F("khoảng 42.600 lượt", "42.600", 42600, "count", "lượt ô tô", "lượt ô tô trông giữ", I(FEST), approx="about"),
    F("và 156.000 lượt", "156.000", 156000, "count", "lượt mô tô, xe máy", "lượt mô tô, xe máy trông giữ", I(FEST)),
    F("xe 1,86 tỷ", "1,86", 1.86e9, "money", "đồng", "thu phí trông giữ xe", I(FEST)),
    F("xã 279 triệu", "279", 279e6, "money", "đồng", "nộp ngân sách xã", I(FEST), total=1.86e9, percent=15),
    F("ô tô 50.000", "50.000", 50000, "money", "đồng/lượt", "Giá trông giữ ô tô"),
    F("xe máy 10.000", "10.000", 10000, "money", "đồng/lượt", "Giá trông giữ xe máy"),
    F("nhắc nhở 153 hộ", "153", 153, "count", "hộ kinh doanh", "hộ kinh doanh lấn chiếm vỉa hè bị nhắc nhở", I(FEST)),
    F("chính 21 trường hợp", "21", 21, "count", "trường hợp", "trường hợp xử phạt hành chính", I(FEST)),
    F("tiền 47,5 triệu", "47,5", 47.5e6, "money", "đồng", "số tiền xử phạt hành chính", I(FEST)),
    F("huy động 120 đoàn viên", "120", 120, "count", "đoàn viên", "đoàn viên tham gia dọn vệ sinh", I(FEST)),
    F("khoảng 35 tấn", "35", 35, "measure", "tấn", "rác thải thu gom", I(FEST), approx="about"),
    F("phấn đấu 100%", "100", 100, "percent", "%",
      "hộ kinh doanh dịch vụ ký cam kết không chèo kéo, ép giá du khách", status="target"),
    F("ít nhất 40 hộ", "40", 40, "count", "hộ", "hộ làm dịch vụ homestay, ăn uống đạt chuẩn",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
]

emit("p621-8", TEXT, [
    "Commune portal (xã Hy Cương, TP Việt Trì, Phú Thọ): the commune's work for Giỗ Tổ Hùng Vương – Lễ hội Đền Hùng 2024.",
    "'Ngày 22/04/2024 | … | Lượt xem: 412': dateline and view counter. Not figures: 'mùng 1 đến mùng 10 tháng Ba âm lịch', 'Khu 4', 0210.3860.215.",
    "Location: commune figures are the city's (Việt Trì); the provincial festival count '7,5 triệu' ('Ban Tổ chức lễ hội tỉnh Phú Thọ') is Phú Thọ.",
    "Periods: the festival dates stand in the first sentence; later sentences inherit them (unscored). '279 triệu đồng (15%)' after 'trong đó'",
    "is a part of 1,86 tỷ with percent 15; 'khoảng' governs only 42.600, not 156.000. '7 khu dân cư' is structure (optional).",
], FIGS, published="2024-04-22", location="Việt Trì")
