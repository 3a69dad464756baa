"""p816-8: provincial newspaper online (Báo Quảng Nam, '(QNO) -'), basket-boat tours at rừng dừa Bảy Mẫu, Cẩm Thanh (Hội An), 2024."""
from lib import F, P, I, C, build

TEXT = """BÁO QUẢNG NAM ONLINE
Kinh tế > Du lịch
Thứ Hai, 30/12/2024 | 15:20

Rừng dừa Bảy Mẫu đón hơn 1,1 triệu lượt khách

(QNO) - Năm 2024, điểm du lịch sinh thái rừng dừa Bảy Mẫu (xã Cẩm Thanh, TP Hội An) ước đón hơn 1,1 triệu lượt khách trải nghiệm thuyền thúng, tăng 15% so với năm 2023. Khách quốc tế chiếm khoảng 80%.

Hiện xã Cẩm Thanh có 17 hợp tác xã, tổ đội với hơn 1.600 thuyền thúng và gần 2.100 lao động phục vụ du lịch, phần lớn là ngư dân chuyển từ nghề đánh bắt gần bờ. Mỗi lao động chèo thúng có thu nhập 8-12 triệu đồng/tháng. Giá vé trải nghiệm thuyền thúng là 150.000 đồng/khách, trong đó người chèo được hưởng 60%.

Theo UBND TP Hội An, nguồn thu từ vé tham quan rừng dừa trong năm ước đạt 48,6 tỷ đồng, bằng 121,5% dự toán. Dịp Lễ hội văn hóa thuyền thúng lần thứ 3 diễn ra từ ngày 12 đến 14/7, điểm đến đón 9.200 lượt khách chỉ trong 3 ngày.

Tuy nhiên, tình trạng quá tải vào giờ cao điểm (từ 9 giờ đến 11 giờ) khiến có ngày tới 700 thuyền thúng cùng hoạt động trên diện tích mặt nước khoảng 100 ha, gây ùn tắc và mất an toàn. Năm 2025, TP Hội An dự kiến giới hạn tối đa 500 thuyền hoạt động cùng lúc và nâng giá vé lên 200.000 đồng/khách.

Ông Võ Văn Năm, Chủ tịch UBND xã Cẩm Thanh, cho biết xã đang phối hợp lắp đặt 40 phao tiêu phân luồng và đã yêu cầu 100% người chèo thúng mặc áo phao khi chở khách.

VĨNH LỘC
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Mẫu đón hơn 1,1 triệu", "1,1", 1.1e6, "count", "lượt khách", "khách đến rừng dừa Bảy Mẫu", I(Y24), approx="over"),
    F("ước đón hơn 1,1 triệu", "1,1", 1.1e6, "count", "lượt khách", "khách trải nghiệm thuyền thúng tại rừng dừa Bảy Mẫu",
      Y24, approx="over", status="estimate", change=C("increase", 15, baseline="năm 2023")),
    F("chiếm khoảng 80%", "80", 80, "percent", "%", "tỷ lệ khách quốc tế", I(Y24), approx="about"),
    F("có 17 hợp tác xã", "17", 17, "count", "hợp tác xã, tổ đội", "hợp tác xã, tổ đội phục vụ du lịch"),
    F("hơn 1.600 thuyền", "1.600", 1600, "count", "thuyền thúng", "thuyền thúng phục vụ du lịch", approx="over"),
    F("gần 2.100 lao động", "2.100", 2100, "count", "lao động", "lao động phục vụ du lịch", approx="nearly"),
    F("thu nhập 8-12 triệu", "8", 8e6, "money", "đồng/tháng", "thu nhập mỗi lao động chèo thúng", value_max=12e6),
    F("là 150.000 đồng/khách", "150.000", 150000, "money", "đồng/khách", "giá vé trải nghiệm thuyền thúng"),
    F("hưởng 60%", "60", 60, "percent", "%", "phần giá vé người chèo được hưởng"),
    F("ước đạt 48,6 tỷ", "48,6", 48.6e9, "money", "đồng", "nguồn thu từ vé tham quan rừng dừa",
      P("trong năm", "2024-01-01", "2024-12-31"), percent=121.5, status="estimate"),
    F("đón 9.200 lượt", "9.200", 9200, "count", "lượt khách", "khách dịp Lễ hội văn hóa thuyền thúng",
      P("từ ngày 12 đến 14/7", "2024-07-12", "2024-07-14")),
    F("tới 700 thuyền", "700", 700, "count", "thuyền thúng", "thuyền thúng cùng hoạt động vào giờ cao điểm"),
    F("khoảng 100 ha", "100", 100, "measure", "ha", "diện tích mặt nước rừng dừa", approx="about"),
    F("tối đa 500 thuyền", "500", 500, "count", "thuyền", "thuyền hoạt động cùng lúc", Y25, approx="at_most",
      status="forecast"),
    F("lên 200.000 đồng/khách", "200.000", 200000, "money", "đồng/khách", "giá vé trải nghiệm thuyền thúng", Y25,
      status="forecast"),
    F("lắp đặt 40 phao", "40", 40, "count", "phao tiêu", "phao tiêu phân luồng lắp đặt"),
    F("yêu cầu 100%", "100", 100, "percent", "%", "tỷ lệ người chèo thúng mặc áo phao khi chở khách", status="target"),
]

NOTES = [
    "Provincial newspaper online (Báo Quảng Nam, '(QNO) -'), 'Thứ Hai, 30/12/2024 | 15:20'; headline with a figure, no year.",
    "All figures are in xã Cẩm Thanh, TP Hội An -> location 'Hội An'. 'Bảy Mẫu' is a name (not 7), 'Võ Văn Năm' a person.",
    "Headline 1,1 triệu: its period 'Năm 2024' stands in the body (inherited); no estimate cue in the headline -> actual.",
    "'Khách quốc tế chiếm khoảng 80%' (own sentence, no base count) -> percent figure; '60%' after 'trong đó' of a price -> percent figure.",
    "'chỉ trong 3 ngày' is the duration of the festival dates (not a figure); 'lần thứ 3' ordinal; '9 giờ đến 11 giờ' times.",
    "'có ngày tới 700 thuyền' -> exact ('tới' is not an approx cue of the spec). 'dự kiến' -> forecast for 500 and 200.000.",
    "'đã yêu cầu 100% người chèo thúng mặc áo phao' is a requirement, not a measured share -> status target.",
]

build("p816-8", TEXT, FIGS, NOTES, published="2024-12-30", location="Hội An")
