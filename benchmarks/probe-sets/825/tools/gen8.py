"""p825-8: provincial newspaper online (Báo Quảng Nam, '(QNO) -'), chiếu cói Bàn Thạch before Tết, Jan 2025."""
from lib import F, P, I, CH, TG, build

TEXT = """
Báo Quảng Nam Online › Kinh tế
Chiếu cói Bàn Thạch thu hơn 9 tỷ đồng dịp cuối năm
Thứ Hai, 13/01/2025 | 15:40

(QNO) - Những ngày giáp Tết Ất Tỵ, làng chiếu Bàn Thạch (xã Duy Vinh, huyện Duy Xuyên) tất bật vào vụ. Từ tháng 10/2024 đến nay, làng đã bán ra khoảng 38.000 đôi chiếu, thu về hơn 9 tỷ đồng.

Theo UBND xã Duy Vinh, toàn làng hiện có 146 hộ với gần 300 lao động làm nghề, tăng 18 hộ so với năm 2023. Diện tích trồng cói của xã khoảng 42 ha, năng suất 7-8 tấn/ha mỗi vụ, đáp ứng 70% nhu cầu nguyên liệu; phần còn lại nhập từ Quảng Ngãi và Bình Định.

Chiếu đôi loại thường có giá 220.000-250.000 đồng/đôi, chiếu cao cấp dệt hoa văn từ 400.000 đồng/đôi trở lên. Bình quân mỗi lao động thu nhập khoảng 6 triệu đồng/tháng. Thu nhập từ nghề chiếu gấp 2 lần trồng lúa.

Năm 2024, làng nghề sản xuất khoảng 95.000 đôi chiếu, doanh thu ước đạt 21,5 tỷ đồng, tăng 15% so với năm trước. Sản phẩm chiếu Bàn Thạch đạt OCOP 3 sao từ năm 2022 và được giới thiệu tại Lễ hội làng nghề Duy Xuyên lần thứ 2.

Huyện Duy Xuyên đặt mục tiêu năm 2025 nâng diện tích cói lên 50 ha và có 30% số hộ sử dụng máy dệt. Theo ông Nguyễn Thành, Chủ tịch UBND xã, xã đang đề nghị đầu tư nâng cấp tuyến ĐH.5 vào làng nghề và xây nhà trưng bày sản phẩm.

VĂN HÒA
"""

FROM = P("Từ tháng 10/2024 đến nay", "2024-10-01", "2025-01-13")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("năm 2025", "2025-01-01", "2025-12-31")
FIGS = [
    F("thu hơn 9 tỷ đồng", "9", 9e9, "money", "đồng", "doanh thu chiếu cói Bàn Thạch dịp cuối năm", approx="over"),
    F("khoảng 38.000 đôi", "38.000", 38000, "count", "đôi chiếu", "chiếu bán ra", FROM, approx="about"),
    F("thu về hơn 9 tỷ đồng", "9", 9e9, "money", "đồng", "tiền thu về từ bán chiếu", FROM, approx="over"),
    F("có 146 hộ", "146", 146, "count", "hộ", "hộ làm nghề chiếu", change=CH("increase", 18, "hộ", "năm 2023")),
    F("gần 300 lao động", "300", 300, "count", "lao động", "lao động làm nghề chiếu", approx="nearly"),
    F("khoảng 42 ha", "42", 42, "measure", "ha", "diện tích trồng cói của xã", approx="about"),
    F("năng suất 7-8 tấn/ha", "7", 7, "measure", "tấn/ha", "năng suất cói mỗi vụ", value_max=8),
    F("đáp ứng 70%", "70", 70, "percent", "%", "tỷ lệ nhu cầu nguyên liệu được đáp ứng"),
    F("giá 220.000-250.000", "220.000", 220000, "money", "đồng/đôi", "giá chiếu đôi loại thường", value_max=250000),
    F("từ 400.000 đồng/đôi", "400.000", 400000, "money", "đồng/đôi", "giá chiếu cao cấp dệt hoa văn",
      approx="at_least"),
    F("khoảng 6 triệu đồng/tháng", "6", 6e6, "money", "đồng/tháng", "thu nhập bình quân mỗi lao động",
      approx="about"),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "thu nhập từ nghề chiếu so với trồng lúa"),
    F("khoảng 95.000 đôi", "95.000", 95000, "count", "đôi chiếu", "chiếu làng nghề sản xuất", Y24, approx="about"),
    F("ước đạt 21,5 tỷ đồng", "21,5", 21.5e9, "money", "đồng", "doanh thu làng nghề", Y24, status="estimate",
      change=CH("increase", 15, baseline="năm trước")),
    F("OCOP 3 sao", "3", 3, "measure", "sao", "hạng OCOP", optional=True),
    F("lên 50 ha", "50", 50, "measure", "ha", "diện tích cói", T25, status="target"),
    F("có 30% số hộ", "30", 30, "percent", "%", "tỷ lệ hộ sử dụng máy dệt", T25, status="target"),
]

build("p825-8", TEXT, FIGS, published="2025-01-13", location="Duy Xuyên", comments=[
    "Báo Quảng Nam online, '(QNO) -' tag, headline with a figure, 'Thứ Hai, 13/01/2025 | 15:40': chiếu cói Bàn Thạch, xã Duy Vinh, huyện Duy Xuyên.",
    "Location: the district Duy Xuyên (Quảng Ngãi, Bình Định are only sources of sedge).",
    "Headline figure 'dịp cuối năm' has no period. 'Từ tháng 10/2024 đến nay' ends at the dateline.",
    "'đáp ứng 70% nhu cầu nguyên liệu' is a share of another quantity (needs), not of 42 ha: percent figure.",
    "'Thu nhập từ nghề chiếu gấp 2 lần trồng lúa' stands as its own sentence: multiple. 'từ 400.000 đồng/đôi trở lên' -> at_least.",
    "'OCOP 3 sao' (a rating) optional. Distractors: Tết Ất Tỵ, 'lần thứ 2', ĐH.5, 15:40, năm 2022, byline.",
])
