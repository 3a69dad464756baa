from lib import F, P, I, CH, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA
Tin tức > Tài nguyên - Môi trường
Thứ Tư, 22/05/2024 - 14:15

Đức Hòa: Trám lấp gần 1.300 giếng khoan không còn sử dụng

Tính đến ngày 15/5/2024, Phòng Tài nguyên và Môi trường huyện phối hợp với UBND các xã, thị trấn hướng dẫn trám lấp 1.286 giếng khoan hư hỏng, không còn sử dụng, đạt 85,7% kế hoạch giai đoạn 2023-2024. Trong số này có 934 giếng của hộ gia đình và 352 giếng của cơ sở sản xuất, kinh doanh.

Các xã thực hiện tốt là Hựu Thạnh (214 giếng), Đức Hòa Hạ (187 giếng) và Tân Mỹ (156 giếng). Riêng thị trấn Hậu Nghĩa mới trám lấp 23 giếng do nhiều hộ chưa đấu nối nước máy.

Từ đầu năm đến nay, toàn huyện có 5.412 hộ gia đình kê khai, đăng ký khai thác nước dưới đất, tăng gần 1,6 lần so với cùng kỳ năm 2023. Tỷ lệ hộ dân sử dụng nước sạch từ hệ thống cấp nước tập trung đạt 78,4%, cao hơn 6,2% so với cuối năm 2023.

Theo Phòng Tài nguyên và Môi trường, chi phí trám lấp giếng đường kính nhỏ khoảng 1,5 triệu đồng/giếng; giếng sâu trên 100 m tốn từ 8 đến 15 triệu đồng/giếng. Huyện dự kiến trong năm 2024 trám lấp thêm 420 giếng và hỗ trợ 50% chi phí trám lấp cho hộ nghèo, hộ cận nghèo.

Mọi thông tin xin liên hệ Phòng Tài nguyên và Môi trường huyện Đức Hòa, Khu A, Tỉnh lộ 825, thị trấn Hậu Nghĩa; điện thoại: 0272.3850.247.

Minh Thư (Phòng TN&MT)
"""

AS = P("Tính đến ngày 15/5/2024", None, "2024-05-15")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-05-22")
Y24 = P("trong năm 2024", "2024-01-01", "2024-12-31")
TL = "giếng khoan được trám lấp"

FIGS = [
    F("gần 1.300 giếng", "1.300", 1300, "count", "giếng khoan",
      "giếng khoan không còn sử dụng được trám lấp", approx="nearly"),
    F("lấp 1.286 giếng", "1.286", 1286, "count", "giếng khoan",
      "giếng khoan hư hỏng, không còn sử dụng được trám lấp", AS, percent=85.7),
    F("có 934 giếng", "934", 934, "count", "giếng", "giếng của hộ gia đình được trám lấp", I(AS), total=1286),
    F("và 352 giếng", "352", 352, "count", "giếng", "giếng của cơ sở sản xuất, kinh doanh được trám lấp", I(AS),
      total=1286),
    F("(214 giếng)", "214", 214, "count", "giếng", TL, I(AS)),
    F("(187 giếng)", "187", 187, "count", "giếng", TL, I(AS)),
    F("(156 giếng)", "156", 156, "count", "giếng", TL, I(AS)),
    F("lấp 23 giếng", "23", 23, "count", "giếng", "giếng được trám lấp tại thị trấn Hậu Nghĩa", I(AS)),
    F("có 5.412 hộ", "5.412", 5412, "count", "hộ gia đình",
      "hộ gia đình kê khai, đăng ký khai thác nước dưới đất", YTD,
      change=CH("increase", 1.6, "lần", "cùng kỳ năm 2023", approx="nearly")),
    F("đạt 78,4%", "78,4", 78.4, "percent", "%",
      "tỷ lệ hộ dân sử dụng nước sạch từ hệ thống cấp nước tập trung",
      change=CH("increase", 6.2, "%", "cuối năm 2023")),
    F("khoảng 1,5 triệu", "1,5", 1500000, "money", "đồng/giếng",
      "chi phí trám lấp giếng đường kính nhỏ", approx="about"),
    F("trên 100 m", "100", 100, "measure", "m", "độ sâu giếng", approx="over", optional=True),
    F("từ 8 đến 15 triệu", "8", 8000000, "money", "đồng/giếng",
      "chi phí trám lấp giếng sâu trên 100 m", value_max=15000000),
    F("thêm 420 giếng", "420", 420, "count", "giếng", "giếng trám lấp thêm", Y24, status="forecast"),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "hỗ trợ chi phí trám lấp cho hộ nghèo, hộ cận nghèo", Y24,
      status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT huyện Đức Hòa (Long An), district portal, dateline 'Thứ Tư, 22/05/2024 - 14:15', byline at the end: sealing disused wells.",
    "Headline 'gần 1.300 giếng' has no period. 1.286: as-of 15/5/2024, percent 85,7 (đạt 85,7% kế hoạch); 'Trong số này' parts 934 + 352 = 1.286 -> total.",
    "Commune list 'Hựu Thạnh (214 giếng) …': communes are below the province/city/district level of the location field, so location stays the",
    "district 'Đức Hòa' (article default) and the subject is the list's indicator; no cue, no total. 'thị trấn Hậu Nghĩa … 23 giếng' likewise.",
    "'Từ đầu năm đến nay' = 2024-01-01 .. dateline. 'tăng gần 1,6 lần so với cùng kỳ năm 2023' is the change of 5.412 (lần, nearly).",
    "'đạt 78,4%, cao hơn 6,2% so với cuối năm 2023': a level (not a growth rate), so the 6,2% is its change. 'trên 100 m' is a threshold: optional.",
    "'dự kiến trong năm 2024 … 420 giếng và hỗ trợ 50%': forecast governs both clauses. Distractors: 'giai đoạn 2023-2024', 'Khu A', 'Tỉnh lộ 825',",
    "phone '0272.3850.247', dateline.",
]

emit("p688-2", TEXT, COMMENTS, FIGS, published="2024-05-22", location="Đức Hòa")
