from lib import *

TEXT = """Giáo dục - Khuyến học
Hội Khuyến học Việt Nam: Năm 2024, cả nước trao gần 6,2 triệu suất học bổng
Thứ Sáu, 27/12/2024 - 10:15 (GMT+7)

(Dân trí) - Ngày 26/12, tại Hà Nội, Trung ương Hội Khuyến học Việt Nam tổ chức hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025.

Theo báo cáo, tính đến ngày 30/11/2024, cả nước có 63/63 tỉnh, thành phố có Hội Khuyến học với hơn 22,5 triệu hội viên, chiếm khoảng 22% dân số; 100% xã, phường, thị trấn có tổ chức hội. Tổng quỹ khuyến học các cấp đạt khoảng 7,35 nghìn tỷ đồng, tăng 6,8% so với năm 2023.

Năm 2024, các cấp hội đã trao gần 6,2 triệu suất học bổng, phần thưởng với tổng trị giá trên 4.100 tỷ đồng. Cả nước có 17,8 triệu gia đình đạt danh hiệu "Gia đình học tập" (chiếm 66,4% tổng số hộ), 218.000 "Dòng họ học tập", 86.500 "Cộng đồng học tập" cấp thôn, tổ dân phố và 96.200 "Đơn vị học tập".

Một số địa phương có quỹ khuyến học lớn là Thanh Hóa (412 tỷ đồng), Nghệ An (330 tỷ đồng), Thái Bình (298 tỷ đồng) và Hà Nội (285 tỷ đồng). Có 41 tỉnh, thành phố đạt tỷ lệ "Đơn vị học tập" cấp xã từ 70% trở lên.

Theo Chủ tịch Hội, bên cạnh kết quả đạt được, một số nơi hoạt động còn hình thức; quỹ khuyến học ở nhiều xã miền núi chỉ đạt dưới 50 triệu đồng, chưa đáp ứng nhu cầu hỗ trợ học sinh nghèo.

Năm 2025, Trung ương Hội đặt mục tiêu kết nạp thêm khoảng 1 triệu hội viên, tỷ lệ "Gia đình học tập" đạt 70%; đến năm 2030, 100% tỉnh, thành phố hoàn thành các chỉ tiêu của Đề án "Xây dựng xã hội học tập giai đoạn 2021-2030" theo Quyết định số 1373/QĐ-TTg.

Dịp này, 36 tập thể và 52 cá nhân được tặng Kỷ niệm chương "Vì sự nghiệp khuyến học".

Minh Anh
"""

D30 = P("tính đến ngày 30/11/2024", None, "2024-11-30")
D30i = P("tính đến ngày 30/11/2024", None, "2024-11-30", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
Y30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("cả nước trao gần 6,2 triệu", "6,2", 6200000, "count", "suất học bổng", "suất học bổng", Y24, approx="nearly"),
    F("có 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố có Hội Khuyến học", D30, total=63),
    F("hơn 22,5 triệu hội viên", "22,5", 22500000, "count", "hội viên", "hội viên", D30, approx="over", percent=22),
    F("100% xã", "100", 100, "percent", "%", "xã, phường, thị trấn có tổ chức hội", D30),
    F("khoảng 7,35 nghìn tỷ đồng", "7,35", 7350000000000, "money", "đồng", "tổng quỹ khuyến học các cấp", D30i,
      approx="about", change=chg("increase", 6.8, "%", "năm 2023")),
    F("hội đã trao gần 6,2 triệu", "6,2", 6200000, "count", "suất học bổng, phần thưởng",
      "suất học bổng, phần thưởng các cấp hội trao", Y24, approx="nearly"),
    F("trên 4.100 tỷ đồng", "4.100", 4100000000000, "money", "đồng", "tổng trị giá học bổng, phần thưởng", Y24,
      approx="over"),
    F("có 17,8 triệu gia đình", "17,8", 17800000, "count", "gia đình", "gia đình đạt danh hiệu Gia đình học tập", Y24i,
      percent=66.4),
    F("218.000 \"Dòng họ", "218.000", 218000, "count", "Dòng họ học tập", "Dòng họ học tập", Y24i),
    F("86.500 \"Cộng đồng", "86.500", 86500, "count", "Cộng đồng học tập", "Cộng đồng học tập cấp thôn, tổ dân phố", Y24i),
    F("96.200 \"Đơn vị", "96.200", 96200, "count", "Đơn vị học tập", "Đơn vị học tập", Y24i),
    F("Thanh Hóa (412 tỷ đồng)", "412", 412000000000, "money", "đồng", "quỹ khuyến học", location="Thanh Hóa"),
    F("Nghệ An (330 tỷ đồng)", "330", 330000000000, "money", "đồng", "quỹ khuyến học", location="Nghệ An"),
    F("Thái Bình (298 tỷ đồng)", "298", 298000000000, "money", "đồng", "quỹ khuyến học", location="Thái Bình"),
    F("Hà Nội (285 tỷ đồng)", "285", 285000000000, "money", "đồng", "quỹ khuyến học", location="Hà Nội"),
    F("Có 41 tỉnh", "41", 41, "count", "tỉnh, thành phố",
      "tỉnh, thành phố đạt tỷ lệ Đơn vị học tập cấp xã từ 70% trở lên"),
    F("từ 70% trở lên", "70", 70, "percent", "%", "tỷ lệ Đơn vị học tập cấp xã", approx="at_least", optional=True),
    F("dưới 50 triệu đồng", "50", 50000000, "money", "đồng", "quỹ khuyến học ở nhiều xã miền núi", approx="under"),
    F("khoảng 1 triệu hội viên", "1", 1000000, "count", "hội viên", "hội viên kết nạp thêm", Y25, approx="about",
      status="target"),
    F("đạt 70%;", "70", 70, "percent", "%", "tỷ lệ Gia đình học tập", Y25, status="target"),
    F("2030, 100% tỉnh", "100", 100, "percent", "%",
      "tỉnh, thành phố hoàn thành các chỉ tiêu của Đề án Xây dựng xã hội học tập", Y30, status="target"),
    F("36 tập thể", "36", 36, "count", "tập thể", "tập thể được tặng Kỷ niệm chương Vì sự nghiệp khuyến học"),
    F("52 cá nhân", "52", 52, "count", "cá nhân", "cá nhân được tặng Kỷ niệm chương Vì sự nghiệp khuyến học"),
]

build(5, [
    "National press (Dân trí style): Trung ương Hội Khuyến học Việt Nam tổng kết năm 2024 — members, national fund (nghìn tỷ), scholarships,",
    "learning-model counts, provinces with large funds, 2025/2030 targets. Dateline 'Thứ Sáu, 27/12/2024 - 10:15 (GMT+7)'.",
    "Distractors: venue 'tại Hà Nội' (not the place of national figures), 'Ngày 26/12', 'giai đoạn 2021-2030' (programme name),",
    "'Quyết định số 1373/QĐ-TTg', '(GMT+7)', 'Kỷ niệm chương'. Headline figure (gần 6,2 triệu suất, Năm 2024) is a figure of its own.",
    "National default location Việt Nam; province list items take their province. '63/63' total 63. 'chiếm khoảng 22% dân số' is the percent of 22,5 triệu.",
    "'từ 70% trở lên' inside the defining clause of '41 tỉnh' is a threshold: optional. 'dưới 50 triệu đồng' is a stated level (approx under).",
], TEXT, FIGS, published="2024-12-27", location="Việt Nam")
