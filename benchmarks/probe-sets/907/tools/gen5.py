"""p907-5: Báo Hà Nam, huyện Lý Nhân, byline and bare date at the end (2023)."""
from lib import F, P, I, C, T, emit

TEXT = """BÁO HÀ NAM
Kinh tế > Nông nghiệp - Nông thôn

Hồi sinh nghề trồng dâu nuôi tằm ven sông Hồng

Sau nhiều năm thu hẹp, nghề trồng dâu nuôi tằm ở huyện Lý Nhân đang dần hồi sinh nhờ giá kén ổn định. Năm 2022, diện tích dâu toàn huyện chỉ còn khoảng 95 ha; đến nay đã tăng lên 168 ha, gấp gần 1,8 lần.

Từ đầu năm 2023 đến nay, các hộ trong huyện đã nuôi 2.350 hộp trứng tằm, thu khoảng 88 tấn kén. Với giá kén từ 140.000 đến 150.000 đồng/kg, mỗi sào dâu (360 m2) cho lãi từ 4 đến 5 triệu đồng mỗi lứa nuôi.

Toàn huyện hiện có 410 hộ trồng dâu nuôi tằm, tập trung ở các xã Nhân Thịnh (145 hộ), Đạo Lý (98 hộ) và Nhân Đạo (76 hộ). Gia đình ông Trần Văn Tư ở xóm 7, xã Nhân Thịnh trồng 7 sào dâu, mỗi tháng nuôi 3 hộp trứng, thu nhập bình quân 12 triệu đồng/tháng. "Nuôi tằm vất vả nhưng quay vòng vốn nhanh, chỉ 20-22 ngày là có kén bán", ông Tư chia sẻ.

Theo ông Nguyễn Đức Lâm, Phó Chủ tịch UBND huyện Lý Nhân, năm 2023 huyện phấn đấu mở rộng diện tích dâu lên 200 ha, hỗ trợ 30% giá trứng tằm giống cho các hộ trồng mới từ 1 sào dâu trở lên. Dự kiến Công ty CP Tơ lụa Nam Hà sẽ đầu tư xưởng ươm tơ công suất 120 tấn kén/năm tại Cụm công nghiệp Nhân Đạo, tổng vốn khoảng 18 tỷ đồng.

MINH HẰNG
22/05/2023
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
NAY = P("đến nay", None, "2023-05-22")
YTD = P("Từ đầu năm 2023 đến nay", "2023-01-01", "2023-05-22")
NOW = P("hiện", None, "2023-05-22")
y23 = P("năm 2023", "2023-01-01", "2023-12-31")
HO = "hộ trồng dâu nuôi tằm"

FIGS = [
    F("khoảng 95 ha", "95", 95, "measure", "ha", "diện tích dâu toàn huyện", Y22, approx="about"),
    F("lên 168 ha", "168", 168, "measure", "ha", "diện tích dâu toàn huyện", NAY,
      change=C("increase", 1.8, "lần", "năm 2022", "nearly")),
    F("nuôi 2.350 hộp trứng tằm", "2.350", 2350, "count", "hộp trứng tằm", "hộp trứng tằm đã nuôi", YTD),
    F("khoảng 88 tấn kén", "88", 88, "measure", "tấn", "sản lượng kén", YTD, approx="about"),
    F("từ 140.000 đến 150.000 đồng/kg", "140.000", 140000, "money", "đồng/kg", "giá kén", I(YTD), value_max=150000),
    F("(360 m2)", "360", 360, "measure", "m2", "diện tích một sào", optional=True),
    F("từ 4 đến 5 triệu đồng", "4", 4e6, "money", "đồng/sào/lứa", "lãi mỗi sào dâu mỗi lứa nuôi", I(YTD), value_max=5e6),
    F("có 410 hộ", "410", 410, "count", "hộ", HO, NOW),
    F("Nhân Thịnh (145 hộ)", "145", 145, "count", "hộ", HO, NOW),
    F("Đạo Lý (98 hộ)", "98", 98, "count", "hộ", HO, NOW),
    F("Nhân Đạo (76 hộ)", "76", 76, "count", "hộ", HO, NOW),
    F("trồng 7 sào dâu", "7", 7, "measure", "sào", "diện tích dâu của gia đình ông Trần Văn Tư", I(NOW)),
    F("nuôi 3 hộp trứng", "3", 3, "measure", "hộp trứng/tháng", "hộp trứng nuôi mỗi tháng của gia đình ông Trần Văn Tư",
      I(NOW)),
    F("12 triệu đồng/tháng", "12", 12e6, "money", "đồng/tháng", "thu nhập bình quân của gia đình ông Trần Văn Tư", I(NOW)),
    F("chỉ 20-22 ngày", "20", 20, "measure", "ngày", "thời gian nuôi một lứa tằm đến khi có kén bán", I(NOW), value_max=22),
    F("lên 200 ha", "200", 200, "measure", "ha", "diện tích dâu", y23, status="target"),
    F("hỗ trợ 30% giá trứng", "30", 30, "percent", "%", "mức hỗ trợ giá trứng tằm giống", y23, status="target"),
    F("từ 1 sào dâu trở lên", "1", 1, "measure", "sào", "diện tích trồng mới tối thiểu được hỗ trợ", y23, approx="at_least",
      optional=True),
    F("công suất 120 tấn kén/năm", "120", 120, "measure", "tấn/năm", "công suất xưởng ươm tơ", I(y23), status="forecast"),
    F("khoảng 18 tỷ đồng", "18", 18e9, "money", "đồng", "tổng vốn đầu tư xưởng ươm tơ", I(y23), status="forecast",
      approx="about"),
]

COMMENTS = [
    "Báo Hà Nam: nghề trồng dâu nuôi tằm huyện Lý Nhân hồi sinh; byline 'MINH HẰNG' and bare date 22/05/2023 at the end.",
    "Location is the district Lý Nhân for every figure (communes lie in it). 'đến nay', 'hiện' = as of 22/05/2023.",
    "'đã tăng lên 168 ha, gấp gần 1,8 lần' → 'gấp' after the figure is its change (increase, 1,8 lần, nearly), not a multiple figure.",
    "Commune list 145+98+76 = 319 ≠ 410: no total. '(360 m2)' defines the local unit sào: optional.",
    "'chỉ 20-22 ngày' (duration of a rearing cycle, the claim itself) is a measure. 'Dự kiến' governs the whole last sentence → forecast.",
    "Distractors: 'xóm 7', 'Trần Văn Tư', 'Nguyễn Đức Lâm', the byline date.",
]

emit("p907-5", TEXT, FIGS, COMMENTS, published="2023-05-22", location="Lý Nhân")
