"""p801-6: national newspaper (VnExpress style), làng đúc đồng Phường Đúc, TP Huế."""
from lib import F, build, year, months, asof, span, inherit, up, tgt

TEXT = """
Thứ bảy, 13/4/2024, 07:30 (GMT+7)
Làng đúc đồng trăm năm ở Huế tất bật mùa đơn hàng

Làng đúc đồng Phường Đúc (TP Huế) hiện có khoảng 80 cơ sở đúc, thu hút gần 600 thợ, nhiều gia đình đã theo nghề đến đời thứ 5.

Năm 2023, các lò đúc trong làng tiêu thụ khoảng 1.200 tấn đồng nguyên liệu, làm ra hơn 3.500 sản phẩm từ chuông, đỉnh, tượng đến lư hương; doanh thu toàn làng ước 190 tỷ đồng. Giá trị đơn hàng xuất sang Lào, Thái Lan năm 2023 gấp 2 lần năm 2021.

Giá đồng nguyên liệu hiện dao động 230.000-250.000 đồng/kg, cao hơn khoảng 15% so với năm 2022. Một bộ đỉnh đồng cao 1,2 m có giá từ 80 đến 150 triệu đồng tùy hoa văn.

Ông Nguyễn Văn Tám, chủ cơ sở đúc ở kiệt 45 đường Bùi Thị Xuân, cho biết xưởng ông vừa đúc xong quả chuông nặng 2,5 tấn cho một ngôi chùa ở Quảng Trị, giá khoảng 1,2 tỷ đồng. "Mỗi mẻ đúc chuông lớn cần 12-15 thợ làm liên tục gần 20 ngày", ông Tám nói.

Theo UBND TP Huế, từ năm 2022 đến nay, 14 cơ sở đúc có lò nấu công suất lớn đã di dời ra Cụm công nghiệp Hương Sơ với mức hỗ trợ tối đa 300 triệu đồng/cơ sở. Thành phố phấn đấu đến năm 2026 di dời 100% lò nấu đồng ra khỏi khu dân cư. Chuông đồng Phường Đúc đã được công nhận sản phẩm OCOP 4 sao năm 2023. Lễ giỗ Tổ nghề đúc được làng tổ chức vào ngày 14 tháng 4 âm lịch hằng năm.

Võ Thạnh
"""

Y23 = year("Năm 2023", 2023)
SINCE = span("từ năm 2022 đến nay", "2022-01-01", "2024-04-13")

FIGS = [
    F("khoảng 80 cơ sở đúc", "80", 80, "count", "cơ sở", "cơ sở đúc", approx="about"),
    F("gần 600 thợ", "600", 600, "count", "thợ", "thợ", approx="nearly"),
    F("khoảng 1.200 tấn", "1.200", 1200, "measure", "tấn", "đồng nguyên liệu các lò đúc tiêu thụ", Y23, approx="about"),
    F("hơn 3.500 sản phẩm", "3.500", 3500, "count", "sản phẩm", "sản phẩm làm ra", Y23, approx="over"),
    F("ước 190 tỷ đồng", "190", 190e9, "money", "đồng", "doanh thu toàn làng", Y23, status="estimate"),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "giá trị đơn hàng xuất sang Lào, Thái Lan", year("năm 2023", 2023)),
    F("230.000-250.000 đồng/kg", "230.000", 230000, "money", "đồng/kg", "giá đồng nguyên liệu", value_max=250000,
      change=up(15, baseline="năm 2022", approx="about")),
    F("cao 1,2 m", "1,2", 1.2, "measure", "m", "chiều cao bộ đỉnh đồng", optional=True),
    F("từ 80 đến 150 triệu đồng", "80", 80e6, "money", "đồng", "giá một bộ đỉnh đồng", value_max=150e6),
    F("nặng 2,5 tấn", "2,5", 2.5, "measure", "tấn", "trọng lượng quả chuông"),
    F("khoảng 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "giá quả chuông", approx="about"),
    F("12-15 thợ", "12", 12, "count", "thợ", "thợ cần cho mỗi mẻ đúc chuông lớn", value_max=15),
    F("gần 20 ngày", "20", 20, "measure", "ngày", "thời gian mỗi mẻ đúc chuông lớn", approx="nearly"),
    F("14 cơ sở đúc", "14", 14, "count", "cơ sở", "cơ sở đúc có lò nấu công suất lớn di dời ra cụm công nghiệp", SINCE),
    F("tối đa 300 triệu đồng/cơ sở", "300", 300e6, "money", "đồng/cơ sở", "mức hỗ trợ di dời", SINCE, approx="at_most"),
    F("di dời 100% lò nấu", "100", 100, "percent", "%", "lò nấu đồng di dời ra khỏi khu dân cư",
      asof("đến năm 2026", "2026-12-31"), status="target"),
    F("OCOP 4 sao", "4", 4, "measure", "sao", "hạng sao OCOP", optional=True),
]

build(6, TEXT, FIGS, published="2024-04-13", location="Huế", comments=[
    "National newspaper (VnExpress style), Thứ bảy 13/4/2024: làng đúc đồng Phường Đúc, TP Huế - foundries, copper use, prices, relocation.",
    "Location is the city Huế throughout: a bell delivered to Quảng Trị and exports to Lào, Thái Lan do not relocate the figures.",
    "'gấp 2 lần năm 2021' stands alone as the claim: multiple. 'cao hơn khoảng 15% so với năm 2022' is the change of the price range.",
    "'đời thứ 5', 'kiệt 45 đường Bùi Thị Xuân', Nguyễn Văn Tám, 07:30 (GMT+7): distractors; 'cao 1,2 m' (an example's size) and '4 sao' optional.",
])
