"""p685-6: national press (VnExpress style) — Vành đai 3 TP HCM, mặt bằng còn vướng."""
from lib import F, P, I, CH, emit

TEXT = """Thời sự › Giao thông
Thứ tư, 14/8/2024, 06:30 (GMT+7)

Vành đai 3 TP HCM còn hơn 8 ha chưa bàn giao mặt bằng

Sau hơn hai năm triển khai, TP HCM đã bàn giao 592,4 ha mặt bằng cho dự án Vành đai 3, đạt 98,6%; phần còn lại khoảng 8,3 ha vướng 37 trường hợp.

Theo Ban Quản lý dự án đầu tư xây dựng các công trình giao thông TP HCM (Ban Giao thông), đoạn qua thành phố dài 47,5 km, đi qua TP Thủ Đức và 3 huyện Hóc Môn, Bình Chánh, Củ Chi. Tỷ lệ bàn giao mặt bằng tại các địa phương: TP Thủ Đức (99,7%), huyện Hóc Môn (98,1%), Bình Chánh (97,9%) và Củ Chi (98,4%).

Trong 37 trường hợp chưa bàn giao, có 21 hộ chưa đồng ý đơn giá bồi thường, 9 hộ đang khiếu nại và 7 trường hợp vướng tranh chấp, thừa kế. Tổng kinh phí bồi thường, hỗ trợ, tái định cư đoạn qua thành phố hơn 17.800 tỷ đồng, đến nay đã giải ngân 16.945 tỷ đồng, đạt 95,2%. Con số này gấp khoảng 1,6 lần dự toán ban đầu do giá đất tăng.

Theo phương án được duyệt, đơn giá bồi thường đất ở cao nhất tại TP Thủ Đức khoảng 73 triệu đồng/m2.

Ba địa phương còn lại có dự án đi qua là Đồng Nai, Bình Dương và Long An đã bàn giao mặt bằng lần lượt đạt 100%, 99,8% và 99,1%.

Ông Lương Minh Phúc, Phó giám đốc Ban Giao thông, cho biết đơn vị phấn đấu hoàn thành bàn giao phần còn lại trước ngày 30/9, bảo đảm thông xe 3 đoạn tuyến trong năm 2025. Người dân cần hỗ trợ có thể liên hệ số 028.3932.5678 hoặc trụ sở Ban tại số 63 Lý Tự Trọng, quận 1.

Gia Minh
"""

NOW = P("đến nay", end="2024-08-14")

FIGS = [
    F("còn hơn 8 ha", "8", 8, "measure", "ha", "diện tích Vành đai 3 TP HCM chưa bàn giao mặt bằng", approx="over"),
    F("bàn giao 592,4 ha", "592,4", 592.4, "measure", "ha", "mặt bằng đã bàn giao cho dự án Vành đai 3",
      percent=98.6),
    F("khoảng 8,3 ha", "8,3", 8.3, "measure", "ha", "diện tích mặt bằng còn lại", approx="about"),
    F("vướng 37 trường hợp", "37", 37, "count", "trường hợp", "trường hợp vướng mặt bằng"),
    F("dài 47,5 km", "47,5", 47.5, "measure", "km", "chiều dài đoạn qua thành phố"),
    F("và 3 huyện", "3", 3, "count", "huyện", "huyện có đoạn tuyến đi qua"),
    F("Thủ Đức (99,7%)", "99,7", 99.7, "percent", "%", "tỷ lệ bàn giao mặt bằng", location="Thủ Đức"),
    F("Hóc Môn (98,1%)", "98,1", 98.1, "percent", "%", "tỷ lệ bàn giao mặt bằng", location="Hóc Môn"),
    F("Bình Chánh (97,9%)", "97,9", 97.9, "percent", "%", "tỷ lệ bàn giao mặt bằng", location="Bình Chánh"),
    F("Củ Chi (98,4%)", "98,4", 98.4, "percent", "%", "tỷ lệ bàn giao mặt bằng", location="Củ Chi"),
    # the whole restated as "Trong N …": an attribute of the parts; optional either way
    F("Trong 37 trường hợp", "37", 37, "count", "trường hợp", "trường hợp chưa bàn giao", optional=True),
    F("có 21 hộ", "21", 21, "count", "hộ", "hộ chưa đồng ý đơn giá bồi thường", total=37),
    F("9 hộ đang", "9", 9, "count", "hộ", "hộ đang khiếu nại", total=37),
    F("7 trường hợp vướng", "7", 7, "count", "trường hợp", "trường hợp vướng tranh chấp, thừa kế", total=37),
    F("hơn 17.800 tỷ đồng", "17.800", 17800e9, "money", "đồng",
      "tổng kinh phí bồi thường, hỗ trợ, tái định cư đoạn qua thành phố", approx="over"),
    F("giải ngân 16.945 tỷ đồng", "16.945", 16945e9, "money", "đồng", "kinh phí bồi thường đã giải ngân", NOW,
      percent=95.2),
    F("gấp khoảng 1,6 lần", "1,6", 1.6, "multiple", "lần", "kinh phí bồi thường so với dự toán ban đầu",
      approx="about"),
    F("khoảng 73 triệu", "73", 73e6, "money", "đồng/m2", "đơn giá bồi thường đất ở cao nhất", approx="about",
      location="Thủ Đức"),
    F("Ba địa phương", "Ba", 3, "count", "địa phương", "địa phương còn lại có dự án đi qua", location="Việt Nam"),
    F("đạt 100%", "100", 100, "percent", "%", "tỷ lệ bàn giao mặt bằng", location="Đồng Nai"),
    F("99,8%", "99,8", 99.8, "percent", "%", "tỷ lệ bàn giao mặt bằng", location="Bình Dương"),
    F("99,1%", "99,1", 99.1, "percent", "%", "tỷ lệ bàn giao mặt bằng", location="Long An"),
    F("thông xe 3 đoạn tuyến", "3", 3, "count", "đoạn tuyến", "đoạn tuyến thông xe",
      P("năm 2025", "2025-01-01", "2025-12-31"), status="target"),
]

COMMENTS = [
    "National press (VnExpress style): 'Thứ tư, 14/8/2024, 06:30 (GMT+7)', byline at the end. Location TP Hồ Chí Minh;",
    "districts in the bracketed list and the three provinces of 'lần lượt' go to location.",
    "Distractors: 'Sau hơn hai năm triển khai' (duration), 'trước ngày 30/9', phone 028.3932.5678, 'số 63 Lý Tự Trọng, quận 1', (GMT+7).",
    "'Trong 37 trường hợp …, có 21 …, 9 …, 7 …': parts total 37 (they add up); the restated 37 is optional.",
    "'Con số này gấp khoảng 1,6 lần dự toán ban đầu' stands as its own sentence: a multiple, not a change.",
    "'Ba địa phương còn lại … là Đồng Nai, Bình Dương và Long An' is a count of provinces: location Việt Nam (FIGURES.md).",
    "'đến nay' ends at the dateline; the total budget 17.800 tỷ is not under 'đến nay' (no period).",
]

emit("p685-6", TEXT, COMMENTS, FIGS, published="2024-08-14", location="TP Hồ Chí Minh")
