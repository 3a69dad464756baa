from lib import F, P, I, CH, emit

TEXT = """UBND HUYỆN MỘC CHÂU - TỈNH SƠN LA
Trang chủ > Tin tức - Sự kiện > Kinh tế

Mộc Châu mở rộng diện tích cây ăn quả áp dụng tưới tiết kiệm nước
Thứ Tư, 15/05/2024 - 08:40

Quý I/2024, toàn huyện đã lắp đặt mới hệ thống tưới tiết kiệm nước cho 320 ha cây ăn quả, nâng tổng diện tích cây trồng áp dụng tưới tiết kiệm lên 2.180 ha, trong đó tưới nhỏ giọt 1.460 ha, tưới phun mưa 720 ha.

Tổng kinh phí đầu tư khoảng 42,5 tỷ đồng, trong đó người dân đối ứng 29,8 tỷ đồng, chiếm 70,1%; ngân sách nhà nước hỗ trợ 12,7 tỷ đồng theo Nghị quyết số 23/2021/NQ-HĐND của HĐND tỉnh.

Hiện nay, huyện có 1.150 ha cây ăn quả được cấp chứng nhận VietGAP, GlobalGAP (tăng 185 ha so với cuối năm 2023) và 28 mã số vùng trồng phục vụ xuất khẩu sang Trung Quốc, Úc, Mỹ.

Nhờ áp dụng tưới nhỏ giọt kết hợp bón phân qua nước, năng suất mận hậu bình quân đạt 16,5 tấn/ha, tăng khoảng 22% so với tưới thủ công; lượng nước tưới giảm từ 30 đến 40%. Doanh thu từ cây ăn quả áp dụng tưới tiết kiệm ước đạt từ 250 đến 400 triệu đồng/ha/năm.

Ông Lò Văn Hải, Trưởng phòng Nông nghiệp và PTNT huyện cho biết: Kế hoạch năm 2024, huyện phấn đấu lắp đặt thêm 650 ha tưới tiết kiệm, đưa tổng diện tích lên trên 2.500 ha; tập trung tại các xã Chiềng Hắc, Lóng Sập, Đông Sang và thị trấn Nông trường Mộc Châu. Người dân có nhu cầu hỗ trợ kỹ thuật liên hệ Phòng Nông nghiệp và PTNT huyện, tổ 4, thị trấn Mộc Châu, điện thoại 0212.3866.126 (giờ hành chính từ 7h30 đến 17h00).

Đình Tuấn (Trung tâm VH-TT&TT huyện)
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TK = "diện tích cây trồng áp dụng tưới tiết kiệm"

FIGS = [
    F("cho 320 ha", "320", 320, "measure", "ha",
      "diện tích cây ăn quả lắp đặt mới hệ thống tưới tiết kiệm nước", Q1),
    F("lên 2.180 ha", "2.180", 2180, "measure", "ha", TK, Q1),
    F("tưới nhỏ giọt 1.460 ha", "1.460", 1460, "measure", "ha", "diện tích tưới nhỏ giọt", Q1, total=2180),
    F("tưới phun mưa 720 ha", "720", 720, "measure", "ha", "diện tích tưới phun mưa", Q1, total=2180),
    F("khoảng 42,5 tỷ", "42,5", 42500000000, "money", "đồng", "tổng kinh phí đầu tư", I(Q1), approx="about"),
    F("đối ứng 29,8 tỷ", "29,8", 29800000000, "money", "đồng", "kinh phí người dân đối ứng", I(Q1),
      total=42500000000, percent=70.1),
    F("hỗ trợ 12,7 tỷ", "12,7", 12700000000, "money", "đồng", "kinh phí ngân sách nhà nước hỗ trợ", I(Q1),
      total=42500000000),
    F("có 1.150 ha", "1.150", 1150, "measure", "ha",
      "diện tích cây ăn quả được cấp chứng nhận VietGAP, GlobalGAP",
      change=CH("increase", 185, "ha", "cuối năm 2023")),
    F("và 28 mã số", "28", 28, "count", "mã số vùng trồng", "mã số vùng trồng phục vụ xuất khẩu"),
    F("đạt 16,5 tấn/ha", "16,5", 16.5, "measure", "tấn/ha", "năng suất mận hậu bình quân",
      change=CH("increase", 22, "%", "tưới thủ công", approx="about")),
    F("từ 30 đến 40%", "30", 30, "percent", "%", "lượng nước tưới giảm", value_max=40),
    F("từ 250 đến 400 triệu", "250", 250000000, "money", "đồng/ha/năm",
      "doanh thu từ cây ăn quả áp dụng tưới tiết kiệm", value_max=400000000, status="estimate"),
    F("thêm 650 ha", "650", 650, "measure", "ha", "diện tích tưới tiết kiệm lắp đặt thêm", Y24, status="target"),
    F("trên 2.500 ha", "2.500", 2500, "measure", "ha", "tổng diện tích tưới tiết kiệm", Y24,
      approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Mộc Châu (district portal, Sơn La): water-saving irrigation for fruit trees, Q1/2024, byline at the end.",
    "Dateline 'Thứ Tư, 15/05/2024 - 08:40'. Distractors: 'Nghị quyết số 23/2021/NQ-HĐND', 'tổ 4', phone, office hours '7h30 đến 17h00'.",
    "All figures are the district's (location Mộc Châu); export markets (Trung Quốc, Úc, Mỹ) are not places of the figure.",
    "'trong đó tưới nhỏ giọt 1.460 ha, tưới phun mưa 720 ha' add up to 2.180 ha: totals. 'nâng tổng diện tích … lên 2.180 ha' takes the sentence's Quý I/2024.",
    "Investment sentence has no period of its own: inherited from Quý I/2024. 'Hiện nay … 1.150 ha' has no period; its change is in ha.",
    "'lượng nước tưới giảm từ 30 đến 40%' is a rate standing as the claim: percent figure, range. Productivity and revenue sentences have no period phrase.",
    "'Kế hoạch năm 2024, huyện phấn đấu': both figures status target, period năm 2024.",
]

emit("p469-2", TEXT, COMMENTS, FIGS, published="2024-05-15", location="Mộc Châu")
