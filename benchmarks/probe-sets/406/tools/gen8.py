from lib import *

A = """BÁO QUẢNG TRỊ ĐIỆN TỬ
Cập nhật lúc 10:05, 18/08/2023

Hơn 300.000 lượt người hành hương về Trung tâm Thánh Mẫu Toàn quốc La Vang

QTO - Từ ngày 13 đến 15/8/2023, Đại hội Hành hương Đức Mẹ La Vang lần thứ 32 đã diễn ra trọng thể tại Trung tâm Thánh Mẫu Toàn quốc La Vang, xã Hải Phú, huyện Hải Lăng.

Theo Ban Tổ chức, đại hội thu hút hơn 300.000 lượt giáo dân và du khách, gấp 1,5 lần kỳ đại hội năm 2017 (khoảng 200.000 lượt). Tham dự có 2 hồng y, 35 giám mục và gần 1.200 linh mục, tu sĩ đến từ 27 giáo phận trong cả nước và 9 quốc gia.

Để phục vụ đại hội, tỉnh đã đầu tư 45,6 tỷ đồng nâng cấp tuyến đường từ Quốc lộ 1 vào Trung tâm và bãi đỗ xe rộng 3,2 ha; ngành y tế bố trí 14 tổ cấp cứu, khám và cấp thuốc miễn phí cho 2.746 lượt người.

Từ đầu năm đến nay, Trung tâm Thánh Mẫu La Vang đã đón trên 620.000 lượt khách, chiếm gần 40% tổng lượng khách du lịch đến Quảng Trị. Tổng lượng khách du lịch đến tỉnh 8 tháng năm 2023 ước đạt 1,56 triệu lượt, tăng 21,4% so với cùng kỳ.

Trung tâm hiện có tổng diện tích khuôn viên 24,5 ha, trong đó 18 ha được tỉnh giao đất bổ sung giai đoạn 2015-2020. Theo quy hoạch, đến năm 2030, Trung tâm phấn đấu đón 1 triệu lượt khách mỗi năm, trở thành điểm đến tâm linh hàng đầu khu vực miền Trung.

Đường dây nóng Ban Tổ chức: 0233.3870.125.

Thanh Trúc
"""

fest_s = P("Từ ngày 13 đến 15/8/2023", "2023-08-13", "2023-08-15")
fest = PI("Từ ngày 13 đến 15/8/2023", "2023-08-13", "2023-08-15")

figs = [
    F("Hơn 300.000 lượt người hành hương", "300.000", 300000, "count", "lượt người",
      "lượt người hành hương về Trung tâm Thánh Mẫu Toàn quốc La Vang", approx="over", period=fest),
    F("hơn 300.000 lượt giáo dân", "300.000", 300000, "count", "lượt giáo dân và du khách",
      "lượt giáo dân và du khách đại hội thu hút", approx="over",
      change=ch("increase", 1.5, "lần", "kỳ đại hội năm 2017"), period=fest),
    F("(khoảng 200.000 lượt)", "200.000", 200000, "count", "lượt", "lượt giáo dân và du khách kỳ đại hội năm 2017",
      approx="about", period=P("năm 2017", "2017-01-01", "2017-12-31")),
    F("có 2 hồng y", "2", 2, "count", "hồng y", "hồng y tham dự", period=fest),
    F("35 giám mục", "35", 35, "count", "giám mục", "giám mục tham dự", period=fest),
    F("gần 1.200 linh mục", "1.200", 1200, "count", "linh mục, tu sĩ", "linh mục, tu sĩ tham dự", approx="nearly", period=fest),
    F("từ 27 giáo phận", "27", 27, "count", "giáo phận", "giáo phận có người tham dự", location="Việt Nam", period=fest),
    F("và 9 quốc gia", "9", 9, "count", "quốc gia", "quốc gia có người tham dự", period=fest, optional=True),
    F("đầu tư 45,6 tỷ đồng", "45,6", 45600000000, "money", "đồng",
      "vốn đầu tư nâng cấp tuyến đường vào Trung tâm và bãi đỗ xe", location="Quảng Trị"),
    F("rộng 3,2 ha", "3,2", 3.2, "measure", "ha", "bãi đỗ xe"),
    F("bố trí 14 tổ", "14", 14, "count", "tổ", "tổ cấp cứu", period=fest),
    F("cho 2.746 lượt người", "2.746", 2746, "count", "lượt người", "lượt người được khám và cấp thuốc miễn phí", period=fest),
    F("trên 620.000 lượt khách", "620.000", 620000, "count", "lượt khách", "lượt khách đến Trung tâm Thánh Mẫu La Vang",
      approx="over", percent=40, period=P("Từ đầu năm đến nay", "2023-01-01", "2023-08-18")),
    F("ước đạt 1,56 triệu lượt", "1,56", 1560000, "count", "lượt", "tổng lượng khách du lịch đến tỉnh",
      status="estimate", change=ch("increase", 21.4, "%", "cùng kỳ"), location="Quảng Trị",
      period=P("8 tháng năm 2023", "2023-01-01", "2023-08-31")),
    F("khuôn viên 24,5 ha", "24,5", 24.5, "measure", "ha", "tổng diện tích khuôn viên"),
    F("trong đó 18 ha", "18", 18, "measure", "ha", "diện tích được tỉnh giao đất bổ sung", total=24.5,
      period=P("giai đoạn 2015-2020", "2015-01-01", "2020-12-31")),
    F("đón 1 triệu lượt khách", "1", 1000000, "count", "lượt khách", "lượt khách mỗi năm", status="target",
      period=P("đến năm 2030", None, "2030-12-31")),
]

write("p406-8", A, figs, [
    "Provincial Party newspaper (Báo Quảng Trị, 'QTO'): La Vang Marian pilgrimage congress 2023; 'Cập nhật lúc hh:mm, dd/mm/yyyy'; byline at end.",
    "Event figures describe the centre in huyện Hải Lăng (named in the lead): default location Hải Lăng; provincial totals and the road investment: Quảng Trị.",
    "'gấp 1,5 lần kỳ đại hội năm 2017' = change (lần) of the 300.000; the bracketed '(khoảng 200.000 lượt)' is the 2017 figure, its own count (period năm 2017).",
    "'27 giáo phận trong cả nước' = a national count (location Việt Nam, like a count of provinces); '9 quốc gia' optional (place of a count of countries unclear).",
    "'chiếm gần 40% tổng lượng khách' = percent of 620.000. '8 tháng năm 2023' = Jan–Aug. 'trong đó 18 ha … giai đoạn 2015-2020' = part of 24,5 ha.",
    "'đến năm 2030 … phấn đấu đón 1 triệu lượt khách mỗi năm' = target. 'hiện có' area: no period. Investment and car park: no period stated.",
    "Distractors: 'lần thứ 32' (edition name, not a figure), 'Quốc lộ 1', hotline 0233.3870.125, dates, 'QTO', byline.",
], published="2023-08-18", location="Hải Lăng")
