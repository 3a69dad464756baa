from lib import *

TEXT = """
BÁO THỪA THIÊN HUẾ › Kinh tế › Du lịch

Làng nghề Huế hút khách du lịch

(BTTH) - Từ đầu năm đến nay, các làng nghề truyền thống trên địa bàn thành phố Huế đã đón khoảng 312.000 lượt khách tham quan, trải nghiệm, tăng 21,6% so với cùng kỳ năm 2023, trong đó khách quốc tế chiếm 58%.

Riêng trong quý III/2024, làng hương Thủy Xuân đón hơn 46.000 lượt khách, gấp 1,5 lần quý II. Làng nghề hiện có 32 cơ sở sản xuất hương với khoảng 250 lao động, mỗi năm cung ứng ra thị trường gần 100 tấn hương các loại. Thu nhập của thợ se hương từ 150.000 đến 250.000 đồng/người/ngày.

Làng tranh Sình (xã Phú Mậu) và làng nón Phú Cam cũng ghi nhận lượng khách tăng mạnh, lần lượt đạt 18.500 và 23.700 lượt khách trong 9 tháng năm 2024.

Trong 9 tháng, doanh thu từ dịch vụ du lịch tại các làng nghề ước đạt 64 tỷ đồng, chiếm khoảng 12% tổng doanh thu của các làng nghề. Tính đến 30/9, thành phố có 9 sản phẩm làng nghề đạt chứng nhận OCOP, trong đó 2 sản phẩm đạt 4 sao.

Tuy nhiên, khói từ khâu sấy, nhuộm tăm hương đang ảnh hưởng đến chất lượng không khí. Kết quả đo tại 6 hộ sấy hương cho thấy nồng độ bụi PM2.5 trung bình 68 µg/m3, cao hơn 36% so với giới hạn của QCVN 05:2023/BTNMT.

Thành phố đặt mục tiêu đến năm 2025 đón 500.000 lượt khách/năm đến các làng nghề, doanh thu du lịch làng nghề đạt 100 tỷ đồng.

Minh Hiền
27/10/2024
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-27")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", inherited=True)
G25 = P("đến năm 2025", None, "2025-12-31")
FIGS = [
    F("khoảng 312.000 lượt khách", "312.000", 312000, "count", "lượt khách",
      "lượt khách tham quan, trải nghiệm các làng nghề truyền thống", approx="about",
      change=CH("increase", 21.6, "%", "cùng kỳ năm 2023"), period=YTD),
    F("chiếm 58%", "58", 58, "percent", "%", "khách quốc tế", period=YTD),
    F("hơn 46.000 lượt khách", "46.000", 46000, "count", "lượt khách", "lượt khách làng hương Thủy Xuân",
      approx="over", change=CH("increase", 1.5, "lần", "quý II"),
      period=P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("có 32 cơ sở", "32", 32, "count", "cơ sở", "cơ sở sản xuất hương", period=Q3i),
    F("khoảng 250 lao động", "250", 250, "count", "lao động", "lao động làm hương", approx="about", period=Q3i),
    F("gần 100 tấn", "100", 100, "measure", "tấn", "hương các loại cung ứng ra thị trường mỗi năm",
      approx="nearly", period=Q3i),
    F("từ 150.000 đến 250.000", "150.000", 150000, "money", "đồng/người/ngày", "thu nhập của thợ se hương",
      value_max=250000, period=Q3i),
    F("đạt 18.500 và", "18.500", 18500, "count", "lượt khách", "lượng khách", period=M9),
    F("và 23.700 lượt", "23.700", 23700, "count", "lượt khách", "lượng khách", period=M9),
    F("ước đạt 64 tỷ đồng", "64", 64e9, "money", "đồng", "doanh thu từ dịch vụ du lịch tại các làng nghề",
      percent=12, status="estimate", period=P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("có 9 sản phẩm", "9", 9, "count", "sản phẩm", "sản phẩm làng nghề đạt chứng nhận OCOP",
      period=P("Tính đến 30/9", None, "2024-09-30")),
    F("trong đó 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm làng nghề đạt OCOP 4 sao", total=9,
      period=P("Tính đến 30/9", None, "2024-09-30")),
    F("tại 6 hộ", "6", 6, "count", "hộ", "hộ sấy hương được đo"),
    F("trung bình 68 µg/m3", "68", 68, "measure", "µg/m3", "nồng độ bụi PM2.5 trung bình",
      change=CH("increase", 36, "%", "giới hạn của QCVN 05:2023/BTNMT")),
    F("đón 500.000 lượt", "500.000", 500000, "measure", "lượt khách/năm", "lượt khách đến các làng nghề",
      status="target", period=G25),
    F("đạt 100 tỷ đồng", "100", 100e9, "money", "đồng", "doanh thu du lịch làng nghề", status="target", period=G25),
]

COMMENTS = [
    "Báo Thừa Thiên Huế (provincial Party newspaper): craft-village tourism in thành phố Huế (incense Thủy Xuân, tranh Sình, nón Phú Cam), 2024.",
    "No dateline at the top; bare date '27/10/2024' after the byline at the end → published 2024-10-27.",
    "'Từ đầu năm đến nay' runs from 1/1 of the published year to the published date. 'Tính đến 30/9' takes 2024 from the earlier '9 tháng năm 2024'.",
    "Distractors: breadcrumb, '(BTTH)', 'PM2.5' and 'QCVN 05:2023/BTNMT' (names with numbers), OCOP '4 sao' (label), 'µg/m3'.",
    "'trong đó khách quốc tế chiếm 58%' has no count of foreign visitors → own percent figure (same period).",
    "'hơn 46.000 lượt khách, gấp 1,5 lần quý II' → change increase 1,5 lần, baseline quý II (cf. 000 'tăng hơn 2,8 lần so với cùng kỳ').",
    "'lần lượt đạt 18.500 và 23.700' → two figures, period '9 tháng năm 2024' in the same sentence; subject is the list's",
    "indicator 'lượng khách' (FIGURES.md lists, 'lần lượt xếp thứ 2 và 3'; h01), not the village names.",
    "'500.000 lượt khách/năm' is a rate (FIGURES.md Rates: denominator in the unit, kind measure).",
    "revised after the first run: 18.500/23.700 subject 'lượt khách làng …' → 'lượng khách'; 500.000 kind count → measure.",
    "Thủy Xuân, Phú Mậu and Phú Cam are wards/communes of thành phố Huế → default location Huế.",
    "'68 µg/m3, cao hơn 36% so với giới hạn …' → change of 68 (increase 36%). 'tại 6 hộ' no period (own paragraph, none stated).",
    "Targets 'đến năm 2025' (start null): 500.000 lượt khách/năm and 100 tỷ đồng.",
]

write("p402-8", TEXT, FIGS, COMMENTS, published="2024-10-27", location="Huế")
