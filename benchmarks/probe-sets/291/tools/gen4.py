from lib import F, P, build

TEXT = """BẢO HIỂM XÃ HỘI VIỆT NAM
Tin tức - Sự kiện › Chính sách BHYT
Thứ Hai, 06/01/2025 - 14:30

Năm 2024: Tỷ lệ bao phủ BHYT đạt 94,29% dân số, vượt chỉ tiêu Chính phủ giao

Sáng 6/1, tại Hà Nội, BHXH Việt Nam tổ chức Hội nghị tổng kết công tác năm 2024. Theo báo cáo, năm 2024 cả nước có khoảng 95,52 triệu người tham gia bảo hiểm y tế (BHYT), tăng 1,9 triệu người so với năm 2023. Tỷ lệ bao phủ BHYT đạt 94,29% dân số, vượt chỉ tiêu tại Nghị quyết số 01/NQ-CP (94,1%). Nhóm do ngân sách nhà nước đóng và hỗ trợ đóng chiếm khoảng 46% tổng số người tham gia.

Trong 63 tỉnh, thành phố, có 41 địa phương đạt tỷ lệ bao phủ trên 94%. Dẫn đầu là Lai Châu (99,4%), Bắc Ninh (96,8%) và Bình Dương (96,1%).

Cũng trong năm 2024, quỹ BHYT đã chi trả cho khoảng 186 triệu lượt khám, chữa bệnh BHYT với số tiền hơn 146 nghìn tỷ đồng, tăng 17,2% so với năm 2023. Bình quân mỗi ngày có khoảng 510 nghìn lượt người đi khám, chữa bệnh BHYT. Tỷ lệ khám, chữa bệnh bằng căn cước công dân gắn chip đạt hơn 98%, với trên 180 triệu lượt tra cứu.

Số tiền chậm đóng BHXH, BHYT, BHTN đến 31/12/2024 còn khoảng 15.400 tỷ đồng, chiếm 3,2% số phải thu, giảm 1.850 tỷ đồng so với cuối năm 2023.

Năm 2025, ngành phấn đấu tỷ lệ bao phủ BHYT đạt 95,15% dân số; đến năm 2030 đạt trên 95%, cơ bản bao phủ toàn dân. Luật BHYT số 51/2024/QH15 sửa đổi, bổ sung một số điều, có hiệu lực từ ngày 1/7/2025, mở rộng quyền lợi cho người tham gia. Mọi thắc mắc liên hệ tổng đài 1900.9068.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24I = dict(Y24, inherited=True)
COV = "tỷ lệ bao phủ BHYT"

FIGS = [
    F("BHYT đạt 94,29% dân số, vượt chỉ tiêu Chính", "94,29", 94.29, "percent", "%", COV,
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 95,52 triệu người", "95,52", 95.52e6, "count", "người", "người tham gia bảo hiểm y tế", approx="about",
      change={"direction": "increase", "value": 1900000, "unit": "người", "baseline": "năm 2023"}, period=Y24),
    F("BHYT đạt 94,29% dân số, vượt chỉ tiêu tại", "94,29", 94.29, "percent", "%", COV,
      target={"value": 94.1, "unit": "%", "met": True}, period=Y24I),
    F("chiếm khoảng 46%", "46", 46, "percent", "%", "tỷ trọng nhóm do ngân sách nhà nước đóng và hỗ trợ đóng trong tổng số người tham gia",
      approx="about", period=Y24I),
    F("Trong 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố", optional=True),
    F("có 41 địa phương", "41", 41, "count", "địa phương", "địa phương đạt tỷ lệ bao phủ BHYT trên 94%", total=63,
      period=Y24I),
    F("bao phủ trên 94%", "94", 94, "percent", "%", "ngưỡng tỷ lệ bao phủ", approx="over", optional=True),
    F("Lai Châu (99,4%)", "99,4", 99.4, "percent", "%", COV, location="Lai Châu", period=Y24I),
    F("Bắc Ninh (96,8%)", "96,8", 96.8, "percent", "%", COV, location="Bắc Ninh", period=Y24I),
    F("Bình Dương (96,1%)", "96,1", 96.1, "percent", "%", COV, location="Bình Dương", period=Y24I),
    F("khoảng 186 triệu lượt", "186", 186e6, "count", "lượt", "lượt khám, chữa bệnh BHYT được quỹ BHYT chi trả",
      approx="about", period=Y24),
    F("hơn 146 nghìn tỷ đồng", "146", 146e12, "money", "đồng", "số tiền quỹ BHYT chi trả khám, chữa bệnh",
      approx="over", change={"direction": "increase", "value": 17.2, "unit": "%", "baseline": "năm 2023"}, period=Y24),
    F("khoảng 510 nghìn lượt", "510", 510000, "count", "lượt người", "lượt người đi khám, chữa bệnh BHYT bình quân mỗi ngày",
      approx="about", period=Y24I),
    F("đạt hơn 98%", "98", 98, "percent", "%", "tỷ lệ khám, chữa bệnh bằng căn cước công dân gắn chip", approx="over",
      period=Y24I),
    F("trên 180 triệu lượt", "180", 180e6, "count", "lượt tra cứu", "lượt tra cứu khám, chữa bệnh bằng căn cước công dân gắn chip",
      approx="over", period=Y24I),
    F("khoảng 15.400 tỷ đồng", "15.400", 15.4e12, "money", "đồng", "số tiền chậm đóng BHXH, BHYT, BHTN", approx="about",
      percent=3.2, change={"direction": "decrease", "value": 1.85e12, "unit": "đồng", "baseline": "cuối năm 2023"},
      period=P("đến 31/12/2024", end="2024-12-31")),
    F("đạt 95,15% dân số", "95,15", 95.15, "percent", "%", COV, status="target",
      period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    F("đạt trên 95%", "95", 95, "percent", "%", COV, approx="over", status="target",
      period=P("đến năm 2030", end="2030-12-31")),
]

COMMENTS = [
    "Ministry site (BHXH Việt Nam): national BHYT results 2024 — participants, coverage vs Government target, provinces, claims paid, arrears, targets.",
    "Dateline 'Thứ Hai, 06/01/2025 - 14:30'. 'Sáng 6/1', 'tại Hà Nội' (venue, not the figures' place), NQ 01/NQ-CP, Luật số 51/2024/QH15,",
    "'ngày 1/7/2025', hotline 1900.9068 are not figures. Location Việt Nam throughout except the province list.",
    "'tăng 1,9 triệu người so với năm 2023' is the count's change (unit người). '(94,1%)' after 'vượt chỉ tiêu' is the target (met true).",
    "'chiếm khoảng 46%' has no count before it: a percent figure. 'Trong 63 tỉnh, thành phố, có 41 địa phương' gives total 63; 63 itself and",
    "the threshold 'trên 94%' are optional. 'chiếm 3,2% số phải thu' is the percent of 15.400 tỷ and 'giảm 1.850 tỷ đồng' its change.",
    "'146 nghìn tỷ' = 146·10^12. 'đến năm 2030 đạt trên 95%' target with end 2030-12-31; 'phấn đấu' governs both targets.",
]

if __name__ == "__main__":
    build("p291-4", TEXT, FIGS, COMMENTS, location="Việt Nam", published="2025-01-06")
