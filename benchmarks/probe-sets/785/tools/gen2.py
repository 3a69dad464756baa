from lib import F, P, I, CH, emit

TEXT = """UBND XÃ HÒA LÂM - HUYỆN ỨNG HÒA
Trang chủ / Kinh tế / Làng nghề

Làng nghề may Trạch Xá: 6 tháng đầu năm doanh thu ước đạt 68 tỷ đồng

Ngày đăng: 14/08/2024 | Người đăng: Văn phòng - Thống kê xã

Nằm cạnh Quốc lộ 21B, làng nghề may truyền thống Trạch Xá hiện có 1.150 hộ làm nghề, trong đó 780 hộ chuyên may áo dài, chiếm 67,8%. Làng nghề có 2.340 lao động thường xuyên, ngoài ra còn khoảng 500 lao động thời vụ vào các tháng cao điểm cuối năm.

Theo báo cáo của UBND xã, 6 tháng đầu năm 2024, các hộ sản xuất khoảng 96.000 bộ áo dài các loại, tăng 12% so với cùng kỳ năm 2023; doanh thu ước đạt 68 tỷ đồng, bằng 54% kế hoạch năm. Thu nhập bình quân của lao động làng nghề từ 7 đến 9 triệu đồng/người/tháng; thợ cả có tay nghề cao đạt 15 triệu đồng/người/tháng.

Sản phẩm được tiêu thụ qua các cửa hàng, chợ đầu mối (45%), bán hàng trực tuyến (30%) và may đo theo đơn đặt hàng (25%). Xã có 3 thôn làm nghề chính là Trạch Xá (610 hộ), Hòa Xá (305 hộ) và Đông Lâm (190 hộ); thôn Trạch Xá có 42 xưởng may quy mô từ 10 lao động trở lên.

Thực hiện Nghị quyết số 05-NQ/ĐU của Đảng ủy xã, năm 2024 xã phấn đấu doanh thu làng nghề đạt 126 tỷ đồng, giải quyết việc làm mới cho 150 lao động và hỗ trợ 20 hộ đăng ký nhãn hiệu tập thể "Áo dài Trạch Xá".

Văn phòng UBND xã Hòa Lâm, thôn Hòa Xá. Điện thoại: 024.3388.2156
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("68 tỷ đồng\n", "68", 68000000000, "money", "đồng", "doanh thu làng nghề may Trạch Xá",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), status="estimate"),
    F("có 1.150 hộ", "1.150", 1150, "count", "hộ", "hộ làm nghề làng nghề may truyền thống Trạch Xá"),
    F("trong đó 780 hộ", "780", 780, "count", "hộ", "hộ chuyên may áo dài", total=1150, percent=67.8),
    F("có 2.340 lao động", "2.340", 2340, "count", "lao động", "lao động thường xuyên của làng nghề"),
    F("khoảng 500 lao động", "500", 500, "count", "lao động", "lao động thời vụ", approx="about"),
    F("khoảng 96.000 bộ", "96.000", 96000, "count", "bộ áo dài", "bộ áo dài các loại các hộ sản xuất", H1,
      approx="about", change=CH("increase", 12, "%", "cùng kỳ năm 2023")),
    F("68 tỷ đồng, bằng", "68", 68000000000, "money", "đồng", "doanh thu", H1,
      percent=54, status="estimate"),
    F("từ 7 đến 9 triệu", "7", 7000000, "money", "đồng/người/tháng",
      "thu nhập bình quân của lao động làng nghề", I(H1), value_max=9000000),
    F("đạt 15 triệu", "15", 15000000, "money", "đồng/người/tháng",
      "thu nhập bình quân của thợ cả có tay nghề cao", I(H1)),
    F("chợ đầu mối (45%)", "45", 45, "percent", "%", "sản phẩm tiêu thụ qua các cửa hàng, chợ đầu mối"),
    F("trực tuyến (30%)", "30", 30, "percent", "%", "sản phẩm tiêu thụ qua bán hàng trực tuyến"),
    F("đặt hàng (25%)", "25", 25, "percent", "%", "sản phẩm tiêu thụ qua may đo theo đơn đặt hàng"),
    F("có 3 thôn", "3", 3, "count", "thôn", "thôn làm nghề chính"),
    F("Trạch Xá (610 hộ)", "610", 610, "count", "hộ", "hộ làm nghề thôn Trạch Xá"),
    F("Hòa Xá (305 hộ)", "305", 305, "count", "hộ", "hộ làm nghề thôn Hòa Xá"),
    F("Đông Lâm (190 hộ)", "190", 190, "count", "hộ", "hộ làm nghề thôn Đông Lâm"),
    F("có 42 xưởng may", "42", 42, "count", "xưởng may", "xưởng may quy mô từ 10 lao động trở lên thôn Trạch Xá"),
    F("từ 10 lao động", "10", 10, "count", "lao động", "quy mô xưởng may", approx="at_least", optional=True),
    F("đạt 126 tỷ", "126", 126000000000, "money", "đồng", "doanh thu làng nghề", Y24, status="target"),
    F("cho 150 lao động", "150", 150, "count", "lao động", "lao động được giải quyết việc làm mới", Y24,
      status="target"),
    F("hỗ trợ 20 hộ", "20", 20, "count", "hộ", "hộ được hỗ trợ đăng ký nhãn hiệu tập thể", Y24,
      status="target"),
]

COMMENTS = [
    "Commune portal of xã Hòa Lâm (huyện Ứng Hòa, Hà Nội), 'Ngày đăng: 14/08/2024': làng nghề may áo dài Trạch Xá, 6 tháng đầu năm 2024.",
    "Location: the commune's district 'Ứng Hòa' (FIGURES.md locations are province/city/district; a commune portal implies its district).",
    "Headline '6 tháng đầu năm' takes the year of the dateline (2024). 'bằng 54% kế hoạch năm' is the share of 68 tỷ.",
    "Villages (thôn) are not provinces or districts, so they stay in the subject; the bracketed hộ do not follow their whole (3 thôn is a",
    "count of villages; 1.150 hộ stands two paragraphs earlier) and carry no total. 'quy mô từ 10 lao động trở lên' is a threshold: optional.",
    "'phấn đấu' governs the three targets of the last sentence. Distractors: 'Quốc lộ 21B', 'Nghị quyết số 05-NQ/ĐU', phone number.",
    "Income sentences (no period of their own) inherit the 6-month period (unscored); channel shares have no period.",
]

emit("p785-2", TEXT, COMMENTS, FIGS, published="2024-08-14", location="Ứng Hòa")
