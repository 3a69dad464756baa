"""p928-6: national newspaper, mass oyster deaths in Đề Gi lagoon (Bình Định) after the early-November 2024 floods."""
from lib import F, P, I, C, write

TEXT = """Thời sự > Nông nghiệp
Thứ hai, 11/11/2024, 16:40 (GMT+7)

Hàu nuôi ở đầm Đề Gi chết hàng loạt sau mưa lũ

Hơn 400 tấn hàu nuôi trên bè ở đầm Đề Gi (Bình Định) chết sau đợt mưa lớn đầu tháng 11, nhiều hộ mất trắng.

Sáng 10/11, ông Lê Văn Tư, 56 tuổi, ở xã Cát Khánh, huyện Phù Cát, chèo thuyền ra bè kéo từng dây hàu lên, vỏ hàu đã há miệng, bốc mùi. Gia đình ông nuôi 12 bè với hơn 2.000 dây hàu, chuẩn bị thu hoạch bán dịp Tết thì gặp lũ. "Tôi đầu tư khoảng 400 triệu đồng, giờ coi như mất trắng", ông Tư nói.

Theo UBND huyện Phù Cát, mưa lớn từ ngày 1 đến 4/11 khiến nước ngọt từ sông La Tinh đổ về, độ mặn trong đầm giảm từ 25‰ xuống còn 3‰. Toàn huyện có 236 hộ nuôi hàu bị ảnh hưởng với 1.850 bè; sản lượng hàu chết ước khoảng 310 tấn, chiếm khoảng 75% lượng hàu đang nuôi.

Tại huyện Phù Mỹ, 86 hộ ở xã Mỹ Thành và Mỹ Thắng bị thiệt hại khoảng 95 tấn hàu. Tổng thiệt hại của hai huyện ước hơn 9 tỷ đồng.

Trước lũ, hàu thương phẩm được thương lái thu mua 15.000-17.000 đồng/kg; số hàu còn sống nay chỉ bán được 8.000 đồng/kg, giảm khoảng 50%.

Ông Nguyễn Văn Hùng, Phó chủ tịch UBND huyện Phù Cát, cho biết huyện đã đề xuất tỉnh hỗ trợ người nuôi theo Nghị định 02/2017, với mức dự kiến 15 triệu đồng/ha. Theo Sở Nông nghiệp và Phát triển nông thôn Bình Định, toàn tỉnh hiện có khoảng 620 ha nuôi hàu, chủ yếu ở đầm Đề Gi và đầm Thị Nại; năm 2023 sản lượng hàu đạt 5.400 tấn, đứng thứ 2 khu vực Nam Trung Bộ.

Thanh Phong
"""

FL = P("từ ngày 1 đến 4/11", "2024-11-01", "2024-11-04")

FIGS = [
    F("Hơn 400 tấn", "400", 400, "measure", "tấn", "hàu nuôi trên bè chết", approx="over"),
    F("56 tuổi", "56", 56, "measure", "tuổi", "tuổi ông Lê Văn Tư", optional=True, location="Phù Cát"),
    F("nuôi 12 bè", "12", 12, "count", "bè", "bè hàu gia đình ông Tư nuôi", location="Phù Cát"),
    F("hơn 2.000 dây", "2.000", 2000, "count", "dây", "dây hàu gia đình ông Tư nuôi", approx="over",
      location="Phù Cát"),
    F("khoảng 400 triệu đồng", "400", 400e6, "money", "đồng", "vốn ông Tư đầu tư nuôi hàu", approx="about",
      location="Phù Cát"),
    F("từ 25‰", "25", 25, "measure", "‰", "độ mặn trong đầm trước mưa lũ", location="Phù Cát"),
    F("còn 3‰", "3", 3, "measure", "‰", "độ mặn trong đầm", period=FL, location="Phù Cát"),
    F("236 hộ", "236", 236, "count", "hộ", "hộ nuôi hàu bị ảnh hưởng", location="Phù Cát"),
    F("1.850 bè", "1.850", 1850, "count", "bè", "bè nuôi hàu bị ảnh hưởng", location="Phù Cát"),
    F("khoảng 310 tấn", "310", 310, "measure", "tấn", "sản lượng hàu chết", approx="about", percent=75,
      status="estimate", location="Phù Cát"),
    F("86 hộ", "86", 86, "count", "hộ", "hộ nuôi hàu bị thiệt hại", location="Phù Mỹ"),
    F("khoảng 95 tấn", "95", 95, "measure", "tấn", "hàu bị thiệt hại", approx="about", location="Phù Mỹ"),
    F("hơn 9 tỷ đồng", "9", 9e9, "money", "đồng", "tổng thiệt hại của hai huyện", approx="over",
      status="estimate"),
    F("của hai huyện", "hai", 2, "count", "huyện", "huyện bị thiệt hại", optional=True),
    F("15.000-17.000 đồng/kg", "15.000", 15000, "money", "đồng/kg", "giá thu mua hàu thương phẩm trước lũ",
      value_max=17000),
    F("8.000 đồng/kg", "8.000", 8000, "money", "đồng/kg", "giá hàu còn sống",
      change=C("decrease", 50, "%", approx="about")),
    F("15 triệu đồng/ha", "15", 15e6, "money", "đồng/ha", "mức hỗ trợ người nuôi", status="forecast",
      location="Phù Cát"),
    F("khoảng 620 ha", "620", 620, "measure", "ha", "diện tích nuôi hàu", approx="about"),
    F("đạt 5.400 tấn", "5.400", 5400, "measure", "tấn", "sản lượng hàu",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "sản lượng hàu khu vực Nam Trung Bộ",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
]

NOTES = [
    "National newspaper (VnExpress-like dateline 'Thứ hai, 11/11/2024, 16:40 (GMT+7)'), byline at the end: oyster deaths in Đề Gi lagoon, Bình Định.",
    "Sapo 'Hơn 400 tấn' (310 + 95): location Bình Định; 'đầu tháng 11' is too vague to date as a period: none given.",
    "Figures attributed to Phù Cát (the farmer of xã Cát Khánh, UBND huyện Phù Cát) or Phù Mỹ; the two-district total, prices and the",
    "province's area/output stay Bình Định. '25‰ xuống còn 3‰': two levels, each a figure (the drop is not stated as a number, so no change).",
    "'ước khoảng 310 tấn' → estimate + about; 'chiếm khoảng 75%' → percent 75 of 310 tấn. '8.000 đồng/kg, giảm khoảng 50%' → change (no baseline).",
    "'với mức dự kiến 15 triệu đồng/ha' → forecast. '56 tuổi' (age of the farmer) optional.",
    "Distractors: Thứ hai, 16:40 (GMT+7), Sáng 10/11, Nghị định 02/2017, Lê Văn Tư (Tư = four), sông La Tinh.",
    "'hai huyện' (the two districts just named) is optional: a reference more than a statistic.",
]

write(6, TEXT, FIGS, NOTES, published="2024-11-11", location="Bình Định")
