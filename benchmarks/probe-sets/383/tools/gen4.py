from lib import F, P, I, C, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Tin hoạt động > Văn hóa cơ sở

Hoàn thiện hệ thống thiết chế văn hóa, thể thao cơ sở

(BVHTTDL) - Theo báo cáo của Cục Văn hóa cơ sở, tính đến tháng 6/2024, cả nước có 63/63 tỉnh, thành phố có Trung tâm Văn hóa hoặc Trung tâm Văn hóa - Nghệ thuật cấp tỉnh; 667/705 quận, huyện, thị xã có Trung tâm Văn hóa - Thể thao, đạt 94,6%; 8.906 xã, phường, thị trấn có Trung tâm Văn hóa - Thể thao, đạt 84,3%. Ở cấp thôn, khoảng 95.000 thôn, tổ dân phố có nhà văn hóa hoặc hội trường đa năng, chiếm gần 88% tổng số thôn, tổ dân phố trên cả nước.

Giai đoạn 2021-2023, tổng kinh phí đầu tư xây dựng, nâng cấp thiết chế văn hóa cơ sở đạt trên 12.500 tỷ đồng, trong đó ngân sách trung ương hỗ trợ qua Chương trình mục tiêu quốc gia xây dựng nông thôn mới khoảng 3.800 tỷ đồng, ngân sách địa phương 6.200 tỷ đồng, xã hội hóa hơn 2.500 tỷ đồng.

Tuy nhiên, mức độ hoàn thiện còn chênh lệch giữa các địa phương. Tỷ lệ thôn có nhà văn hóa cao nhất là Thái Bình (100%), Nam Định (99,6%), Hà Nam (99,2%); thấp nhất là Điện Biên (58,2%), Lai Châu (61,5%) và Kon Tum (64,9%). Nhiều nhà văn hóa xây dựng theo Quyết định số 2164/QĐ-TTg đã xuống cấp, khoảng 1/5 số nhà văn hóa thôn thiếu trang thiết bị tối thiểu.

Mục tiêu đến năm 2025, 100% quận, huyện, thị xã có Trung tâm Văn hóa - Thể thao; 90% xã, phường, thị trấn và 95% thôn, tổ dân phố có nhà văn hóa; tỷ lệ hộ gia đình đạt danh hiệu "Gia đình văn hóa" từ 85 đến 90%. Đến năm 2030, phấn đấu 100% thôn, tổ dân phố có nhà văn hóa đạt chuẩn.

Mọi thông tin chi tiết liên hệ: Cục Văn hóa cơ sở, số 51 Ngô Quyền, Hoàn Kiếm, Hà Nội; điện thoại: 024.3943.8231.
"""

T6 = P("tính đến tháng 6/2024", None, "2024-06-30")
GD = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y25 = P("đến năm 2025", None, "2025-12-31")
Y30 = P("Đến năm 2030", None, "2030-12-31")
TL = "tỷ lệ thôn có nhà văn hóa"

FIGS = [
    F("có 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố có Trung tâm Văn hóa hoặc Trung tâm Văn hóa - Nghệ thuật cấp tỉnh", T6, total=63),
    F("667/705 quận", "667", 667, "count", "quận, huyện, thị xã", "quận, huyện, thị xã có Trung tâm Văn hóa - Thể thao",
      T6, total=705, percent=94.6),
    F("8.906 xã", "8.906", 8906, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có Trung tâm Văn hóa - Thể thao",
      T6, percent=84.3),
    F("khoảng 95.000 thôn", "95.000", 95000, "count", "thôn, tổ dân phố",
      "thôn, tổ dân phố có nhà văn hóa hoặc hội trường đa năng", I(T6), approx="about", percent=88),
    F("trên 12.500 tỷ đồng", "12.500", 12500e9, "money", "đồng",
      "tổng kinh phí đầu tư xây dựng, nâng cấp thiết chế văn hóa cơ sở", GD, approx="over"),
    F("khoảng 3.800 tỷ đồng", "3.800", 3800e9, "money", "đồng", "ngân sách trung ương hỗ trợ", GD,
      approx="about", total=12500e9),
    F("địa phương 6.200 tỷ đồng", "6.200", 6200e9, "money", "đồng", "ngân sách địa phương", GD, total=12500e9),
    F("hơn 2.500 tỷ đồng", "2.500", 2500e9, "money", "đồng", "xã hội hóa", GD, approx="over", total=12500e9),
    F("Thái Bình (100%)", "100", 100, "percent", "%", TL, I(T6), location="Thái Bình"),
    F("Nam Định (99,6%)", "99,6", 99.6, "percent", "%", TL, I(T6), location="Nam Định"),
    F("Hà Nam (99,2%)", "99,2", 99.2, "percent", "%", TL, I(T6), location="Hà Nam"),
    F("Điện Biên (58,2%)", "58,2", 58.2, "percent", "%", TL, I(T6), location="Điện Biên"),
    F("Lai Châu (61,5%)", "61,5", 61.5, "percent", "%", TL, I(T6), location="Lai Châu"),
    F("Kon Tum (64,9%)", "64,9", 64.9, "percent", "%", TL, I(T6), location="Kon Tum"),
    F("khoảng 1/5 số", "1", 1, "count", "nhà văn hóa thôn", "nhà văn hóa thôn thiếu trang thiết bị tối thiểu",
      I(T6), approx="about", total=5, optional=True),
    F("2025, 100% quận", "100", 100, "percent", "%", "quận, huyện, thị xã có Trung tâm Văn hóa - Thể thao", Y25,
      status="target"),
    F("; 90% xã", "90", 90, "percent", "%", "xã, phường, thị trấn có nhà văn hóa", Y25, status="target"),
    F("và 95% thôn", "95", 95, "percent", "%", "thôn, tổ dân phố có nhà văn hóa", Y25, status="target"),
    F("từ 85 đến 90%", "85", 85, "percent", "%", "tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa", Y25,
      value_max=90, status="target"),
    F("phấn đấu 100% thôn", "100", 100, "percent", "%", "thôn, tổ dân phố có nhà văn hóa đạt chuẩn", Y30,
      status="target"),
]

COMMENTS = [
    "Ministry site (Bộ VHTTDL, 'Tin hoạt động'): national state of grassroots cultural institutions. No dateline at all -> published absent.",
    "Location Việt Nam (cả nước, a ministry's national totals); provinces in the high/low lists are locations of their items.",
    "Distractors: 'Quyết định số 2164/QĐ-TTg', address 'số 51 Ngô Quyền, Hoàn Kiếm, Hà Nội' (a contact, not the figures' place), phone 024.3943.8231.",
    "'tính đến tháng 6/2024' is an as-of month (end 2024-06-30); carried to the next sentence and the lists (inherited).",
    "'63/63', '667/705 …, đạt 94,6%' totals and percents; 'khoảng 95.000 …, chiếm gần 88%' percent 88 (the share's own 'gần' is not scored).",
    "Money parts after 'trong đó' take total 12.500 tỷ. 'khoảng 1/5 số nhà văn hóa thôn' read as a part of a whole: 1 with total 5 (about); optional (a fraction, no rule).",
    "Targets 'Mục tiêu đến năm 2025' (as-of end 2025) govern the whole sentence incl. the range 'từ 85 đến 90%'; 2030 target likewise.",
]

emit("p383-4", TEXT, COMMENTS, FIGS, location="Việt Nam")
