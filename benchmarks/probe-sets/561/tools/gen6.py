from lib import F, P, I, CH, TG, emit

TEXT = """Kinh doanh > Thương mại điện tử
Thứ năm, 8/8/2024, 06:00 (GMT+7)

Sàn thương mại điện tử thu hơn 143.000 tỷ đồng trong quý II

Người Việt chi trung bình hơn 1.500 tỷ đồng mỗi ngày cho mua sắm trên các sàn, nhờ loạt chương trình giảm giá 6.6 và 7.7.

Theo nền tảng số liệu Metric, quý II/2024, doanh số trên 4 sàn thương mại điện tử lớn gồm Shopee, Lazada, TikTok Shop và Tiki đạt 143.200 tỷ đồng, tăng 78,9% so với cùng kỳ năm ngoái. Sản lượng hàng hóa bán ra đạt 1,13 tỷ sản phẩm, tăng 75%.

Shopee tiếp tục dẫn đầu với 68,4% thị phần doanh số, TikTok Shop đứng thứ hai với 24,4%, Lazada và Tiki lần lượt chiếm 6,6% và 0,6%.

Đáng chú ý, số nhà bán có phát sinh đơn hàng giảm 18% so với cùng kỳ, còn khoảng 480.000 shop. Các nhà bán nhỏ lẻ dần rời sàn do chi phí tăng, trong khi shop chính hãng (Mall) ghi nhận doanh số 26.750 tỷ đồng, chiếm 18,7% tổng doanh số.

Giá trị trung bình mỗi đơn hàng vào khoảng 127.000 đồng. Nhóm ngành làm đẹp dẫn đầu doanh số với gần 21.000 tỷ đồng.

Metric dự báo cả năm 2024, doanh số trên các sàn có thể đạt từ 300.000 đến 320.000 tỷ đồng. Theo Bộ Công Thương, năm 2023 thương mại điện tử đóng góp khoảng 8% tổng mức bán lẻ hàng hóa cả nước; mục tiêu đến năm 2025 là 10%.

Ông Nguyễn Văn Tùng, giám đốc Công ty TNHH Mỹ phẩm Hương Việt 68, cho biết đơn hàng trong ngày hội 7.7 tăng gấp 3 lần ngày thường.

Minh Sơn
"""

Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
PLAT = "thị phần doanh số"

FIGS = [
    F("thu hơn 143.000 tỷ đồng", "143.000", 143000e9, "money", "đồng", "sàn thương mại điện tử thu",
      P("quý II", "2024-04-01", "2024-06-30"), approx="over"),
    F("hơn 1.500 tỷ đồng", "1.500", 1500e9, "money", "đồng", "chi trung bình mỗi ngày cho mua sắm trên các sàn", I(Q2),
      approx="over"),
    F("trên 4 sàn", "4", 4, "count", "sàn", optional=True),
    F("đạt 143.200 tỷ đồng", "143.200", 143200e9, "money", "đồng", "doanh số trên 4 sàn thương mại điện tử lớn", Q2,
      change=CH("increase", 78.9, baseline="cùng kỳ năm ngoái")),
    F("đạt 1,13 tỷ sản phẩm", "1,13", 1.13e9, "count", "sản phẩm", "sản lượng hàng hóa bán ra", I(Q2),
      change=CH("increase", 75)),
    F("với 68,4% thị phần", "68,4", 68.4, "percent", "%", f"Shopee {PLAT}", I(Q2)),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", f"TikTok Shop {PLAT}", I(Q2)),
    F("với 24,4%", "24,4", 24.4, "percent", "%", f"TikTok Shop {PLAT}", I(Q2)),
    F("chiếm 6,6%", "6,6", 6.6, "percent", "%", f"Lazada {PLAT}", I(Q2)),
    F("và 0,6%", "0,6", 0.6, "percent", "%", f"Tiki {PLAT}", I(Q2)),
    F("khoảng 480.000 shop", "480.000", 480000, "count", "shop", "nhà bán có phát sinh đơn hàng", I(Q2), approx="about",
      change=CH("decrease", 18, baseline="cùng kỳ")),
    F("doanh số 26.750 tỷ đồng", "26.750", 26750e9, "money", "đồng", "doanh số shop chính hãng (Mall)", I(Q2),
      percent=18.7),
    F("khoảng 127.000 đồng", "127.000", 127000, "money", "đồng", "giá trị trung bình mỗi đơn hàng", I(Q2), approx="about"),
    F("gần 21.000 tỷ đồng", "21.000", 21000e9, "money", "đồng", "doanh số nhóm ngành làm đẹp", I(Q2), approx="nearly"),
    F("từ 300.000 đến 320.000 tỷ đồng", "300.000", 300000e9, "money", "đồng", "doanh số trên các sàn",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), value_max=320000e9, status="forecast"),
    F("khoảng 8%", "8", 8, "percent", "%", "thương mại điện tử đóng góp tổng mức bán lẻ hàng hóa",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    F("là 10%", "10", 10, "percent", "%", "thương mại điện tử đóng góp tổng mức bán lẻ hàng hóa",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "đơn hàng trong ngày hội 7.7 so với ngày thường"),
]

COMMENTS = [
    "p561-6 National press (VnExpress style, 'Thứ năm, 8/8/2024, 06:00 (GMT+7)'): e-commerce platform sales Q2/2024 (Metric), market shares,",
    "sellers, order value, 2024 forecast, share of retail. Location Việt Nam throughout (platforms are not places).",
    "Headline 'quý II' takes 2024 from the dateline. 'trên 4 sàn' names the set measured: optional.",
    "'giảm 18% so với cùng kỳ, còn khoảng 480.000 shop': the 18% is the change of the 480.000 (same quantity), not a figure.",
    "'chiếm 18,7% tổng doanh số' is the percent of 26.750 tỷ (no total: the whole 143.200 is not stated as its whole by a cue).",
    "Platform shares (Shopee…Tiki, 'lần lượt chiếm 6,6% và 0,6%') are list items; the platform name is part of the subject.",
    "'dự báo cả năm 2024' → forecast; 'mục tiêu đến năm 2025 là 10%' → its own target figure. 'tăng gấp 3 lần ngày thường' standing alone → multiple.",
    "'TikTok Shop đứng thứ hai' is a rank (word number). The lede 'hơn 1.500 tỷ đồng mỗi ngày' inherits quý II from the headline.",
    "Distractors: sale names '6.6', '7.7', 'ngày hội 7.7', company name 'Hương Việt 68', '(GMT+7)', dateline.",
]

emit("p561-6", TEXT, COMMENTS, FIGS, published="2024-08-08", location="Việt Nam")
