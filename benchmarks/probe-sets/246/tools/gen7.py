from lib import F, P, write

ART = """Phụ nữ tham gia lãnh đạo, quản lý: Nhiều chỉ tiêu còn khó đạt

Theo báo cáo của Bộ Lao động - Thương binh và Xã hội về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030, tỷ lệ nữ đại biểu Quốc hội khóa XV đạt 30,26%, cao nhất trong 5 nhiệm kỳ gần đây; tỷ lệ nữ đại biểu HĐND cấp tỉnh nhiệm kỳ 2021-2026 đạt 29%, cấp huyện 29,08% và cấp xã 28,98%.

Đến hết năm 2023, có 13/30 bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ có lãnh đạo chủ chốt là nữ, chiếm 43,3%, trong khi chỉ tiêu Chiến lược đặt ra cho năm 2025 là 60%. Ở địa phương, 37/63 tỉnh, thành phố có lãnh đạo chủ chốt là nữ, chiếm 58,7%, chưa đạt chỉ tiêu 60%.

Tỷ lệ nữ tham gia cấp ủy đảng nhiệm kỳ 2020-2025 đạt 15,85% ở cấp tỉnh, 16,14% ở cấp huyện và 21,85% ở cấp cơ sở; tỷ lệ nữ ủy viên Ban Chấp hành Trung ương khóa XIII chỉ là 9,5% (19/200 ủy viên).

Trong khu vực doanh nghiệp, cả nước hiện có khoảng 28,2% doanh nghiệp do nữ làm chủ; tỷ lệ nữ giám đốc, tổng giám đốc doanh nghiệp ước đạt 26,5% năm 2023, tăng 1,2% so với năm 2021. Việt Nam xếp thứ 72/146 quốc gia về chỉ số khoảng cách giới toàn cầu năm 2023 của Diễn đàn Kinh tế thế giới (WEF), tăng 11 bậc so với năm 2022.

Chiến lược đặt mục tiêu đến năm 2030, tỷ lệ nữ đại biểu Quốc hội và HĐND các cấp đạt trên 35%; 75% bộ, cơ quan ngang bộ và UBND các cấp có lãnh đạo chủ chốt là nữ. Để thực hiện, dự kiến cần khoảng 2.300 tỷ đồng, trong đó ngân sách trung ương chiếm gần 40%.

Theo các chuyên gia, rào cản lớn nhất vẫn là định kiến giới và tuổi nghỉ hưu chênh lệch giữa nam và nữ (60 tuổi 3 tháng đối với nữ so với 62 tuổi đối với nam trong năm 2024).

LAN HƯƠNG
"""

NK = P("nhiệm kỳ 2021-2026", "2021-01-01", "2026-12-31")
NK2 = P("nhiệm kỳ 2020-2025", "2020-01-01", "2025-12-31")
E23 = P("Đến hết năm 2023", None, "2023-12-31")
E23i = P("Đến hết năm 2023", None, "2023-12-31", inh=True)
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
D30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("khóa XV đạt 30,26%", "30,26", 30.26, "percent", "%", "tỷ lệ nữ đại biểu Quốc hội khóa XV"),
    F("trong 5 nhiệm kỳ", "5", 5, "count", "nhiệm kỳ", optional=True),
    F("đạt 29%, cấp", "29", 29, "percent", "%", "tỷ lệ nữ đại biểu HĐND cấp tỉnh", period=NK),
    F("cấp huyện 29,08%", "29,08", 29.08, "percent", "%", "tỷ lệ nữ đại biểu HĐND cấp huyện", period=NK),
    F("cấp xã 28,98%", "28,98", 28.98, "percent", "%", "tỷ lệ nữ đại biểu HĐND cấp xã", period=NK),
    F("có 13/30 bộ", "13", 13, "count", "bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
      "bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ có lãnh đạo chủ chốt là nữ", total=30, percent=43.3,
      target={"value": 60, "unit": "%", "met": None}, period=E23),
    F("37/63 tỉnh", "37", 37, "count", "tỉnh, thành phố", "tỉnh, thành phố có lãnh đạo chủ chốt là nữ", total=63,
      percent=58.7, target={"value": 60, "unit": "%", "met": False}, period=E23i),
    F("đạt 15,85%", "15,85", 15.85, "percent", "%", "tỷ lệ nữ tham gia cấp ủy đảng cấp tỉnh", period=NK2),
    F("16,14% ở cấp huyện", "16,14", 16.14, "percent", "%", "tỷ lệ nữ tham gia cấp ủy đảng cấp huyện", period=NK2),
    F("21,85% ở cấp cơ sở", "21,85", 21.85, "percent", "%", "tỷ lệ nữ tham gia cấp ủy đảng cấp cơ sở", period=NK2),
    F("chỉ là 9,5%", "9,5", 9.5, "percent", "%", "tỷ lệ nữ ủy viên Ban Chấp hành Trung ương khóa XIII"),
    F("(19/200 ủy viên)", "19", 19, "count", "ủy viên", "nữ ủy viên Ban Chấp hành Trung ương khóa XIII", total=200),
    F("khoảng 28,2% doanh nghiệp", "28,2", 28.2, "percent", "%", "doanh nghiệp do nữ làm chủ", approx="about"),
    F("ước đạt 26,5%", "26,5", 26.5, "percent", "%", "tỷ lệ nữ giám đốc, tổng giám đốc doanh nghiệp", status="estimate",
      change={"direction": "increase", "value": 1.2, "unit": "%", "baseline": "năm 2021"}, period=Y23),
    F("xếp thứ 72/146", "72", 72, "rank", "hạng", "chỉ số khoảng cách giới toàn cầu", total=146,
      change={"direction": "increase", "value": 11, "unit": "bậc", "baseline": "năm 2022"}, period=Y23),
    F("đạt trên 35%", "35", 35, "percent", "%", "tỷ lệ nữ đại biểu Quốc hội và HĐND các cấp", approx="over",
      status="target", period=D30),
    F("75% bộ", "75", 75, "percent", "%", "bộ, cơ quan ngang bộ và UBND các cấp có lãnh đạo chủ chốt là nữ",
      status="target", period=D30),
    F("khoảng 2.300 tỷ đồng", "2.300", 2.3e12, "money", "đồng", "kinh phí thực hiện Chiến lược", approx="about",
      status="forecast"),
    F("chiếm gần 40%", "40", 40, "percent", "%", "ngân sách trung ương", approx="nearly", status="forecast"),
    F("60 tuổi 3 tháng", "60", 60, "measure", "tuổi", optional=True),
    F("3 tháng đối với nữ", "3", 3, "measure", "tháng", optional=True),
    F("62 tuổi đối với nam", "62", 62, "measure", "tuổi", optional=True),
]

COMMENTS = [
    "National press feature, no dateline (published unset): women in elected bodies, leadership, Party committees, business; 2030 targets.",
    "Location Việt Nam throughout. Distractors: 'khóa XV', 'khóa XIII' (terms without years: no period), 'giai đoạn 2021-2030' in the",
    "strategy's name, '(WEF)'. Statutory retirement ages '60 tuổi 3 tháng' / '62 tuổi' are rules, optional; '5 nhiệm kỳ' optional.",
    "13/30 carries total 30, share 43,3 and the plan '60%' as target (met unknown: the plan is for 2025). 37/63: target 60, not met.",
    "'9,5% (19/200 ủy viên)': the percent comes before the count, so it is a figure of its own and 19 has only total 200.",
    "'xếp thứ 72/146 ..., tăng 11 bậc' = rank with total 146 and change in 'bậc'. 'dự kiến' governs the share 'chiếm gần 40%' too.",
    "The share of the central budget is a percent figure of its own (a percent has no whole).",
]

write(7, COMMENTS, ART, FIGS, location="Việt Nam")
