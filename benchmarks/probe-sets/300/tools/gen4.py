from lib import F, P, emit

TEXT = """BÁO ĐỒNG NAI - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐỒNG NAI

Sân bay Long Thành: Hơn 4.600 lô tái định cư đã đến tay người dân

HOÀNG LỘC

(ĐN) - Sau hơn 4 năm triển khai theo Nghị quyết số 95/2019/QH14 của Quốc hội, công tác bồi thường, hỗ trợ, tái định cư dự án Cảng hàng không quốc tế Long Thành cơ bản hoàn thành. Tổng diện tích thu hồi của dự án là 5.000 ha, liên quan đến 5.416 hộ gia đình, cá nhân và 150 tổ chức tại 6 xã của huyện Long Thành.

Theo Ban Quản lý dự án bồi thường, giải phóng mặt bằng và tái định cư huyện Long Thành, tổng kinh phí bồi thường, hỗ trợ đã chi trả khoảng 17,7 nghìn tỷ đồng (trong đó ngân sách trung ương gần 17,2 nghìn tỷ đồng). Khu tái định cư Lộc An - Bình Sơn rộng 282 ha, được chia thành 4.700 lô nền. Đến cuối tháng 2/2024, đã giao 4.614 lô cho người dân, chiếm 98,2% số lô phải giao.

Tại khu tái định cư, 2 trường học, 1 trạm y tế và chợ đã đi vào hoạt động; khoảng 2.300 hộ đã xây nhà và chuyển về sinh sống, tăng gấp 1,5 lần so với cuối năm 2022. Giá đất tái định cư được tỉnh quy định từ 1,6 đến 3,2 triệu đồng/m2, thấp hơn nhiều so với giá thị trường.

Hiện còn 86 hộ chưa nhận đất tái định cư do vướng tranh chấp, thừa kế. Năm 2023, huyện Long Thành tiếp nhận 132 đơn thư liên quan đến bồi thường của dự án, giảm 41,3% so với năm 2022; đã giải quyết 127 đơn, đạt 96,2%. Năm 2024, huyện đặt mục tiêu giải quyết 100% đơn thư, không để phát sinh khiếu kiện đông người.

Bà Nguyễn Thị Hạnh (ngụ ấp 5, xã Bình Sơn) cho biết, gia đình bà nhận lô nền 120 m2 tại khu tái định cư từ năm 2021 và đã xây nhà 2 tầng. "Hạ tầng ở đây tốt hơn nơi ở cũ nhiều", bà Hạnh nói.

Dự kiến giai đoạn 1 của sân bay sẽ đưa vào khai thác trong năm 2026 với công suất 25 triệu hành khách/năm.
"""

F2 = P("Đến cuối tháng 2/2024", None, "2024-02-29")
F2i = P("Đến cuối tháng 2/2024", None, "2024-02-29", inh=True)
FIGS = [
    F("Hơn 4.600 lô", "4.600", 4600, "count", "lô tái định cư", "lô tái định cư đã đến tay người dân", F2i, approx="over"),
    F("Sau hơn 4 năm", "4", 4, "measure", "năm", approx="over", optional=True),
    F("dự án là 5.000 ha", "5.000", 5000, "measure", "ha", "tổng diện tích thu hồi của dự án"),
    F("đến 5.416 hộ", "5.416", 5416, "count", "hộ", "hộ gia đình, cá nhân liên quan đến thu hồi đất"),
    F("và 150 tổ chức", "150", 150, "count", "tổ chức", "tổ chức liên quan đến thu hồi đất"),
    F("tại 6 xã", "6", 6, "count", "xã", optional=True),
    F("khoảng 17,7 nghìn tỷ đồng", "17,7", 17700000000000, "money", "đồng", "tổng kinh phí bồi thường, hỗ trợ đã chi trả",
      approx="about"),
    F("gần 17,2 nghìn tỷ đồng", "17,2", 17200000000000, "money", "đồng", "kinh phí từ ngân sách trung ương",
      approx="nearly", total=17700000000000),
    F("rộng 282 ha", "282", 282, "measure", "ha", "diện tích khu tái định cư Lộc An - Bình Sơn"),
    F("thành 4.700 lô", "4.700", 4700, "count", "lô nền", "lô nền khu tái định cư"),
    F("giao 4.614 lô", "4.614", 4614, "count", "lô", "lô đã giao cho người dân", F2, percent=98.2),
    F("2 trường học", "2", 2, "count", "trường học", "trường học đã đi vào hoạt động", F2i),
    F("1 trạm y tế", "1", 1, "count", "trạm y tế", "trạm y tế đã đi vào hoạt động", F2i),
    F("khoảng 2.300 hộ", "2.300", 2300, "count", "hộ", "hộ đã xây nhà và chuyển về sinh sống", F2i, approx="about",
      change={"direction": "increase", "value": 1.5, "unit": "lần", "baseline": "cuối năm 2022"}),
    F("từ 1,6 đến 3,2 triệu đồng/m2", "1,6", 1600000, "money", "đồng/m2", "giá đất tái định cư", value_max=3200000),
    F("còn 86 hộ", "86", 86, "count", "hộ", "hộ chưa nhận đất tái định cư", F2i),
    F("tiếp nhận 132 đơn", "132", 132, "count", "đơn thư", "đơn thư liên quan đến bồi thường của dự án",
      P("Năm 2023", "2023-01-01", "2023-12-31"),
      change={"direction": "decrease", "value": 41.3, "unit": "%", "baseline": "năm 2022"}),
    F("giải quyết 127 đơn", "127", 127, "count", "đơn", "đơn thư đã giải quyết",
      P("Năm 2023", "2023-01-01", "2023-12-31"), percent=96.2),
    F("giải quyết 100% đơn thư", "100", 100, "percent", "%", "giải quyết đơn thư",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("lô nền 120 m2", "120", 120, "measure", "m2", "diện tích lô nền gia đình bà Hạnh nhận", optional=True),
    F("nhà 2 tầng", "2", 2, "count", "tầng", optional=True),
    F("công suất 25 triệu hành khách/năm", "25", 25000000, "measure", "hành khách/năm", "công suất giai đoạn 1 của sân bay",
      P("trong năm 2026", "2026-01-01", "2026-12-31"), status="forecast"),
]

HEADER = """Báo Đồng Nai (Party newspaper): tái định cư dự án Cảng hàng không quốc tế Long Thành. No dateline anywhere (byline only), so no `published`.
Location Long Thành (the district) throughout. Distractors: 'Nghị quyết số 95/2019/QH14', 'ấp 5', 'giai đoạn 1', 'từ năm 2021', 'năm 2026', the paper's name.
'Sau hơn 4 năm' is a duration that locates the story (optional). '6 xã' is structure (optional). One resident's plot '120 m2' and house '2 tầng' are
anecdotal details (optional). The first two paragraphs' static totals carry no period (none stated before them in their paragraph);
'Đến cuối tháng 2/2024' gives the handed-over plots an as-of period, inherited by the current-state figures after it and by the headline.
'(trong đó ngân sách trung ương gần 17,2 nghìn tỷ đồng)' is a part of 17,7 nghìn tỷ. '4.614 lô …, chiếm 98,2% số lô phải giao' percent (no part-of cue).
'tăng gấp 1,5 lần so với cuối năm 2022' is the change of 2.300 hộ (unit lần). '132 đơn, giảm 41,3% so với năm 2022' change; '127 đơn, đạt 96,2%' percent.
'Năm 2024 … mục tiêu giải quyết 100%' target; the airport capacity '25 triệu hành khách/năm (Dự kiến … trong năm 2026)' is a forecast (rate unit)."""

emit("p300-4", TEXT, FIGS, HEADER, location="Long Thành")
