from lib import F, P, I, CH, T, emit

TEXT = """Số hóa › Viễn thông
Thứ tư, 18/12/2024, 06:30 (GMT+7)
Tốc độ mạng di động Việt Nam tăng 8 bậc, lên hạng 41 thế giới

Tốc độ tải xuống trung bình của mạng di động Việt Nam trong tháng 11 đạt 63,41 Mbps, xếp thứ 41/110 thị trường, theo Speedtest Global Index vừa được Ookla công bố.

So với tháng 10, tốc độ di động tăng 9,8%. Tốc độ tải lên đạt 25,6 Mbps, độ trễ trung bình 19 ms. Ở mạng băng rộng cố định, Việt Nam đạt 151,23 Mbps, tăng 17,3% so với cùng kỳ năm 2023, đứng thứ 39 thế giới và thứ 4 Đông Nam Á, sau Singapore, Thái Lan và Malaysia.

UAE tiếp tục dẫn đầu bảng xếp hạng di động với 442,6 Mbps, trong khi Singapore dẫn đầu băng rộng cố định với 345,3 Mbps.

Các chuyên gia cho rằng tốc độ di động cải thiện chủ yếu nhờ mạng 5G. Sau hơn 2 tháng khai trương, Viettel đã có khoảng 4,2 triệu thuê bao 5G và lắp đặt hơn 6.500 trạm phát sóng 5G tại 63/63 tỉnh, thành phố. Tốc độ 5G đo được tại các thành phố lớn phổ biến từ 300 đến 500 Mbps. Con số này gấp khoảng 10 lần mạng 4G.

VNPT cũng đã phát sóng 5G tại 2.000 trạm, dự kiến nâng lên 4.000 trạm vào quý I/2025. Theo Bộ Thông tin và Truyền thông, đến năm 2025, phấn đấu phủ sóng 5G cho 99% dân số, tốc độ di động trung bình đạt 100 Mbps.

Lưu Quý
"""

M11 = P("tháng 11", "2024-11-01", "2024-11-30")
Q125 = P("quý I/2025", "2025-01-01", "2025-03-31")
Y25 = P("đến năm 2025", None, "2025-12-31")
SPD = "tốc độ tải xuống trung bình của mạng di động"
FIX = "tốc độ tải xuống trung bình băng rộng cố định"

FIGS = [
    F("lên hạng 41", "41", 41, "rank", "hạng", "tốc độ mạng di động", I(M11),
      change=CH("increase", 8, "bậc")),
    F("đạt 63,41 Mbps", "63,41", 63.41, "measure", "Mbps", SPD, M11),
    F("thứ 41/110", "41", 41, "rank", "hạng", SPD, M11, total=110),
    F("tăng 9,8%", "9,8", 9.8, "percent", "%", "tăng trưởng tốc độ di động so với tháng 10", I(M11)),
    F("đạt 25,6 Mbps", "25,6", 25.6, "measure", "Mbps", "tốc độ tải lên", I(M11)),
    F("19 ms", "19", 19, "measure", "ms", "độ trễ trung bình", I(M11)),
    F("đạt 151,23 Mbps", "151,23", 151.23, "measure", "Mbps", FIX, I(M11),
      change=CH("increase", 17.3, "%", "cùng kỳ năm 2023")),
    F("đứng thứ 39", "39", 39, "rank", "hạng", "tốc độ băng rộng cố định thế giới", I(M11)),
    F("thứ 4 Đông Nam Á", "4", 4, "rank", "hạng", "tốc độ băng rộng cố định Đông Nam Á", I(M11)),
    F("với 442,6 Mbps", "442,6", 442.6, "measure", "Mbps", "tốc độ di động của UAE", optional=True),
    F("với 345,3 Mbps", "345,3", 345.3, "measure", "Mbps", "tốc độ băng rộng cố định của Singapore", optional=True),
    F("khoảng 4,2 triệu", "4,2", 4.2e6, "count", "thuê bao", "thuê bao 5G của Viettel", approx="about"),
    F("hơn 6.500 trạm", "6.500", 6500, "count", "trạm", "trạm phát sóng 5G của Viettel", approx="over"),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố có trạm phát sóng 5G của Viettel", total=63),
    F("từ 300 đến 500 Mbps", "300", 300, "measure", "Mbps", "tốc độ 5G đo được tại các thành phố lớn", value_max=500),
    F("gấp khoảng 10 lần", "10", 10, "multiple", "lần", "tốc độ 5G so với mạng 4G", approx="about"),
    F("tại 2.000 trạm", "2.000", 2000, "count", "trạm", "trạm phát sóng 5G của VNPT"),
    F("lên 4.000 trạm", "4.000", 4000, "count", "trạm", "trạm phát sóng 5G của VNPT", Q125, status="forecast"),
    F("99% dân số", "99", 99, "percent", "%", "tỷ lệ dân số được phủ sóng 5G", Y25, status="target"),
    F("đạt 100 Mbps", "100", 100, "measure", "Mbps", "tốc độ di động trung bình", Y25, status="target"),
]

COMMENTS = [
    "National press (VnExpress style, invented): Ookla Speedtest Global Index for November 2024 — mobile/fixed speeds and ranks; 5G rollout.",
    "Dateline 'Thứ tư, 18/12/2024, 06:30 (GMT+7)'; byline at the end. Year-less 'tháng 11' takes 2024 from the dateline.",
    "Headline 'tăng 8 bậc, lên hạng 41' → rank 41 with change +8 bậc (the rank's change, not a figure of its own).",
    "'tốc độ di động tăng 9,8%' (a growth rate as the claim) → percent figure, no change. 'thứ 41/110 thị trường' → total 110.",
    "UAE's and Singapore's speeds describe foreign countries (no place the spec provides for): optional.",
    "Not figures: '(GMT+7)', 'Sau hơn 2 tháng khai trương' (a duration locating the time), '5G', '4G'. 'gấp khoảng 10 lần mạng 4G'",
    "in a sentence of its own → multiple, about. Viettel's/VNPT's national network figures: location Việt Nam.",
    "'dự kiến nâng lên 4.000 trạm vào quý I/2025' → forecast; 'đến năm 2025, phấn đấu …' → targets.",
]

emit("p597-6", TEXT, COMMENTS, FIGS, published="2024-12-18", location="Việt Nam")
