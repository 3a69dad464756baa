from lib import F, P, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC TRỌNG
Thứ Tư, 10/07/2024 - 15:20

Đức Trọng: 97,2% hồ sơ đất đai được giải quyết đúng hạn trong 6 tháng đầu năm

Sáu tháng đầu năm 2024, Chi nhánh Văn phòng Đăng ký đất đai huyện Đức Trọng tiếp nhận 9.476 hồ sơ đăng ký đất đai, tài sản gắn liền với đất, tăng 6,8% so với cùng kỳ. Trong đó, đã giải quyết 8.913 hồ sơ; đang giải quyết trong hạn 471 hồ sơ; trả lại 92 hồ sơ do không đủ điều kiện.

Trong số hồ sơ đã giải quyết, có 8.664 hồ sơ đúng hạn, đạt 97,2%; 249 hồ sơ trễ hạn, chủ yếu thuộc lĩnh vực tách thửa, hợp thửa. Thời gian giải quyết thủ tục đăng ký biến động bình quân từ 5 đến 7 ngày làm việc, rút ngắn khoảng 3 ngày so với quy định.

Về cấp giấy chứng nhận quyền sử dụng đất (GCN) lần đầu, trong 6 tháng đầu năm, huyện cấp được 386 giấy với tổng diện tích gần 152 ha, đạt 38,6% kế hoạch năm (1.000 giấy).

Tính đến ngày 30/6, toàn huyện còn khoảng 2.100 hồ sơ tồn đọng chưa đủ điều kiện cấp GCN, tập trung tại các xã Hiệp Thạnh (412 hồ sơ), Hiệp An (365 hồ sơ) và Ninh Gia (298 hồ sơ). Nguyên nhân chủ yếu là đất nằm trong quy hoạch Khu công nghiệp Phú Hội, đất lấn chiếm hành lang Quốc lộ 20 và Quốc lộ 27.

Tỷ lệ hồ sơ đất đai nộp trực tuyến mới đạt 31,5%, thấp hơn 8,5% so với chỉ tiêu 40% tỉnh giao. Thời gian tới, Chi nhánh sẽ bố trí thêm 2 điểm tiếp nhận hồ sơ tại thị trấn Liên Nghĩa và xã Tân Hội, làm việc cả sáng thứ Bảy từ 7 giờ 30 đến 11 giờ.

Đường dây nóng tiếp nhận phản ánh: 0263.3843.215.

Minh Châu - Trung tâm VH-TT&TT huyện
"""

H1 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
H1b = P("trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")
ASi = P("Tính đến ngày 30/6", None, "2024-06-30", inh=True)

FIGS = [
    F("Đức Trọng: 97,2%", "97,2", 97.2, "percent", "%", "hồ sơ đất đai được giải quyết đúng hạn",
      P("trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("tiếp nhận 9.476 hồ sơ", "9.476", 9476, "count", "hồ sơ", "hồ sơ đăng ký đất đai, tài sản gắn liền với đất tiếp nhận",
      H1, change=CH("increase", 6.8, "%", "cùng kỳ")),
    F("giải quyết 8.913 hồ sơ", "8.913", 8913, "count", "hồ sơ", "hồ sơ đã giải quyết", H1i, total=9476),
    F("trong hạn 471 hồ sơ", "471", 471, "count", "hồ sơ", "hồ sơ đang giải quyết trong hạn", H1i, total=9476),
    F("trả lại 92 hồ sơ", "92", 92, "count", "hồ sơ", "hồ sơ trả lại do không đủ điều kiện", H1i, total=9476),
    F("có 8.664 hồ sơ", "8.664", 8664, "count", "hồ sơ", "hồ sơ giải quyết đúng hạn", H1i, total=8913, percent=97.2),
    F("249 hồ sơ", "249", 249, "count", "hồ sơ", "hồ sơ trễ hạn", H1i, total=8913),
    F("từ 5 đến 7 ngày", "5", 5, "measure", "ngày làm việc",
      "Thời gian giải quyết thủ tục đăng ký biến động bình quân", H1i, value_max=7,
      change=CH("decrease", 3, "ngày", "quy định", approx="about")),
    F("cấp được 386 giấy", "386", 386, "count", "giấy", "GCN cấp lần đầu", H1b, percent=38.6, target=TG(1000, "giấy")),
    F("gần 152 ha", "152", 152, "measure", "ha", "diện tích cấp GCN lần đầu", H1b, approx="nearly"),
    F("khoảng 2.100 hồ sơ", "2.100", 2100, "count", "hồ sơ", "hồ sơ tồn đọng chưa đủ điều kiện cấp GCN",
      P("Tính đến ngày 30/6", None, "2024-06-30"), approx="about"),
    F("Hiệp Thạnh (412 hồ sơ)", "412", 412, "count", "hồ sơ", "hồ sơ tồn đọng chưa đủ điều kiện cấp GCN",
      P("Tính đến ngày 30/6", None, "2024-06-30")),
    F("Hiệp An (365 hồ sơ)", "365", 365, "count", "hồ sơ", "hồ sơ tồn đọng chưa đủ điều kiện cấp GCN",
      P("Tính đến ngày 30/6", None, "2024-06-30")),
    F("Ninh Gia (298 hồ sơ)", "298", 298, "count", "hồ sơ", "hồ sơ tồn đọng chưa đủ điều kiện cấp GCN",
      P("Tính đến ngày 30/6", None, "2024-06-30")),
    F("mới đạt 31,5%", "31,5", 31.5, "percent", "%", "Tỷ lệ hồ sơ đất đai nộp trực tuyến", H1i,
      change=CH("decrease", 8.5, "%", "chỉ tiêu"), target=TG(40, "%", False)),
    F("thêm 2 điểm tiếp nhận", "2", 2, "count", "điểm tiếp nhận hồ sơ", "điểm tiếp nhận hồ sơ bố trí thêm",
      status="target", optional=True),
]

COMMENTS = [
    "District portal of Đức Trọng (Lâm Đồng), 'Thứ Tư, 10/07/2024 - 15:20', byline at the end: land-registration dossiers, first half of 2024.",
    "Default location Đức Trọng (district). Commune list items (Hiệp Thạnh, Hiệp An, Ninh Gia) keep the district: FIGURES.md locates figures at",
    "province/city/district level; communes are below that. No total for the commune list (no cue, parts do not add up to 2.100).",
    "'Trong đó' chain: 8.913 / 471 / 92 of 9.476 (they add up); 'Trong số hồ sơ đã giải quyết' -> 8.664 / 249 of 8.913; '8.664 ..., đạt 97,2%' percent.",
    "'từ 5 đến 7 ngày làm việc' range; 'rút ngắn khoảng 3 ngày so với quy định' its change (decrease, about).",
    "'đạt 38,6% kế hoạch năm (1.000 giấy)': percent 38,6 and the bracketed plan as target 1.000 (attribute, not a figure).",
    "'31,5%, thấp hơn 8,5% so với chỉ tiêu 40%': gap to plan = change with baseline 'chỉ tiêu'; 'chỉ tiêu 40%' = target (met false).",
    "'Tính đến ngày 30/6' has no year: it takes 2024 from the earlier period. '2 điểm tiếp nhận' (plan of facilities): optional.",
    "Distractors: 'Quốc lộ 20', 'Quốc lộ 27', 'Khu công nghiệp Phú Hội', '7 giờ 30 đến 11 giờ', 'thứ Bảy', hotline, 'ngày 30/6', dateline.",
]

emit("p255-2", TEXT, COMMENTS, FIGS, published="2024-07-10", location="Đức Trọng")
