from lib import F, P, I, CH, emit

TEXT = """UBND THỊ XÃ TÂN CHÂU - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Kinh tế - Xã hội

Tân Châu: 9 tháng năm 2024, làng nghề dệt lãnh, may áo dài đạt doanh thu hơn 27 tỷ đồng

Đăng lúc: 08:45 18/10/2024

Theo Phòng Kinh tế thị xã, 9 tháng năm 2024 các cơ sở dệt lãnh Mỹ A và may áo dài trên địa bàn đạt doanh thu 27,35 tỷ đồng, đạt 78,1% kế hoạch năm, tăng 14,2% so với cùng kỳ. Trong đó, quý III/2024 doanh thu đạt 10,8 tỷ đồng.

Hiện thị xã có 2 làng nghề được công nhận là làng nghề dệt lãnh Mỹ A (phường Long Châu) và làng nghề may áo dài Long Sơn, với tổng cộng 146 hộ và 530 lao động. Các cơ sở đang vận hành 118 khung dệt, trong đó 46 khung dệt thủ công. Tính đến hết tháng 9/2024, các cơ sở sản xuất được khoảng 38.500 mét lãnh, tiêu thụ 31.200 mét, đạt 81% sản lượng.

Giá lãnh Mỹ A dao động từ 380.000 đến 520.000 đồng/mét tùy loại; một bộ áo dài lãnh may sẵn có giá 1,6-2,4 triệu đồng. Thu nhập bình quân của lao động làng nghề khoảng 6,5 triệu đồng/người/tháng. Lượt khách đến tham quan, mua sắm tại các làng nghề gấp 2 lần cùng kỳ.

Thực hiện Kế hoạch số 127/KH-UBND, Ngày hội Áo dài - Lãnh Mỹ A lần thứ 4 dự kiến diễn ra từ ngày 22 đến 24/11/2024 với 40 gian hàng. Thị xã phấn đấu cả năm 2024 doanh thu làng nghề đạt 35 tỷ đồng.

Địa chỉ: đường Tôn Đức Thắng, phường Long Thạnh, thị xã Tân Châu, tỉnh An Giang. ĐT: 0296.3822.214
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến hết tháng 9/2024", None, "2024-09-30")

FIGS = [
    F("hơn 27 tỷ", "27", 27000000000, "money", "đồng", "doanh thu làng nghề dệt lãnh, may áo dài", M9,
      approx="over"),
    F("doanh thu 27,35 tỷ", "27,35", 27350000000, "money", "đồng",
      "doanh thu các cơ sở dệt lãnh Mỹ A và may áo dài", M9, percent=78.1,
      change=CH("increase", 14.2, "%", "cùng kỳ")),
    F("đạt 10,8 tỷ", "10,8", 10800000000, "money", "đồng", "doanh thu",
      P("quý III/2024", "2024-07-01", "2024-09-30"), total=27350000000),
    F("có 2 làng nghề", "2", 2, "count", "làng nghề", "làng nghề được công nhận"),
    F("cộng 146 hộ", "146", 146, "count", "hộ", "hộ làm nghề của các làng nghề"),
    F("và 530 lao động", "530", 530, "count", "lao động", "lao động của các làng nghề"),
    F("vận hành 118 khung", "118", 118, "count", "khung dệt", "khung dệt đang vận hành"),
    F("trong đó 46 khung", "46", 46, "count", "khung dệt", "khung dệt thủ công", total=118),
    F("khoảng 38.500 mét", "38.500", 38500, "measure", "mét", "lãnh các cơ sở sản xuất được", ASOF,
      approx="about"),
    F("tiêu thụ 31.200 mét", "31.200", 31200, "measure", "mét", "lãnh tiêu thụ", ASOF, percent=81),
    F("từ 380.000 đến", "380.000", 380000, "money", "đồng/mét", "giá lãnh Mỹ A", value_max=520000),
    F("giá 1,6-2,4 triệu", "1,6", 1600000, "money", "đồng", "giá một bộ áo dài lãnh may sẵn", value_max=2400000),
    F("khoảng 6,5 triệu", "6,5", 6500000, "money", "đồng/người/tháng", "thu nhập bình quân của lao động làng nghề",
      approx="about"),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "lượt khách đến tham quan, mua sắm tại các làng nghề so với cùng kỳ"),
    F("với 40 gian hàng", "40", 40, "count", "gian hàng", "gian hàng Ngày hội Áo dài - Lãnh Mỹ A",
      P("từ ngày 22 đến 24/11/2024", "2024-11-22", "2024-11-24"), status="forecast"),
    F("đạt 35 tỷ", "35", 35000000000, "money", "đồng", "doanh thu làng nghề",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "District portal (thị xã Tân Châu, An Giang), 'Đăng lúc: 08:45 18/10/2024': lãnh Mỹ A weaving and áo dài tailoring villages, 9 months 2024.",
    "Location 'Tân Châu' (district-level town). Headline 'hơn 27 tỷ' and body '27,35 tỷ' both 9 tháng năm 2024.",
    "'đạt 78,1% kế hoạch năm' is the share of 27,35 tỷ; 'Trong đó, quý III/2024 … 10,8 tỷ' after a sentence break: total 27,35 tỷ.",
    "'với tổng cộng 146 hộ và 530 lao động' are wholes, not parts. 'tiêu thụ 31.200 mét, đạt 81% sản lượng': percent 81 (no part-of cue,",
    "so no total). 'gấp 2 lần cùng kỳ' standing alone as the claim: multiple. 'dự kiến' → forecast; 'phấn đấu' → target.",
    "Distractors: '08:45', 'quý III/2024' as a period, 'lần thứ 4', 'Kế hoạch số 127/KH-UBND', 'phường Long Châu', phone number.",
]

emit("p785-8", TEXT, COMMENTS, FIGS, published="2024-10-18", location="Tân Châu")
