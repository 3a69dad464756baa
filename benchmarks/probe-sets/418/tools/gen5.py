from lib import F, P, Y, CH, emit

TEXT = """BÁO THÁI BÌNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THÁI BÌNH

Kinh tế
12/11/2024 07:30

Thị trường lao động quý III/2024 tiếp tục phục hồi

Theo kết quả Điều tra lao động việc làm quý III/2024 của Cục Thống kê tỉnh Thái Bình, lực lượng lao động từ 15 tuổi trở lên của tỉnh ước đạt 1.043,6 nghìn người, tăng 6,2 nghìn người so với quý trước và tăng 11,4 nghìn người so với cùng kỳ năm 2023. Trong đó, lực lượng lao động khu vực thành thị là 142,8 nghìn người, chiếm 13,7%; lao động nữ chiếm 48,6%.

Số lao động có việc làm trong quý là 1.021,3 nghìn người, tăng 0,9% so với cùng kỳ. Xét theo khu vực kinh tế, lao động làm việc trong khu vực nông, lâm nghiệp và thủy sản là 301,5 nghìn người (chiếm 29,5%), giảm 7,6 nghìn người; khu vực công nghiệp và xây dựng 412,7 nghìn người (40,4%); khu vực dịch vụ 307,1 nghìn người (30,1%).

Tỷ lệ thất nghiệp của lực lượng lao động trong độ tuổi quý III/2024 là 2,08%, giảm 0,12 điểm phần trăm so với cùng kỳ; tỷ lệ lao động qua đào tạo có bằng, chứng chỉ đạt 31,5%. Thu nhập bình quân tháng của người lao động là 7,9 triệu đồng, tăng 6,8% so với cùng kỳ năm 2023.

Tỉnh phấn đấu đến năm 2025 tỷ lệ lao động qua đào tạo đạt 70%, trong đó có bằng cấp, chứng chỉ đạt 35%; giải quyết việc làm mới cho khoảng 33.000 lao động mỗi năm trong giai đoạn 2021-2025.

Cuộc điều tra được thực hiện hằng tháng tại 126 địa bàn với 2.520 hộ mẫu. Theo ông Vũ Văn Thành, Cục trưởng Cục Thống kê, Nghị quyết số 04-NQ/TU của Tỉnh ủy về phát triển nguồn nhân lực đang phát huy hiệu quả.

Ngọc Hà
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)
TQ = P("trong quý", "2024-07-01", "2024-09-30")
TQi = P("trong quý", "2024-07-01", "2024-09-30", inh=True)
D25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("từ 15 tuổi trở lên của tỉnh", "15", 15, "measure", "tuổi", "độ tuổi lực lượng lao động", approx="at_least", optional=True),
    F("ước đạt 1.043,6 nghìn người", "1.043,6", 1043600, "count", "người", "lực lượng lao động từ 15 tuổi trở lên", Q3,
      status="estimate", change=CH("+", 6200, "người", "quý trước")),
    F("tăng 11,4 nghìn người", "11,4", 11400, "count", "người", "lực lượng lao động tăng so với cùng kỳ", Q3,
      optional=True),
    F("là 142,8 nghìn người", "142,8", 142800, "count", "người", "lực lượng lao động khu vực thành thị", Q3i,
      total=1043600, percent=13.7, status="estimate"),
    F("nữ chiếm 48,6%", "48,6", 48.6, "percent", "%", "lao động nữ", Q3i, status="estimate"),
    F("là 1.021,3 nghìn người", "1.021,3", 1021300, "count", "người", "lao động có việc làm", TQ,
      change=CH("+", 0.9, "%", "cùng kỳ")),
    F("là 301,5 nghìn người", "301,5", 301500, "count", "người",
      "lao động làm việc trong khu vực nông, lâm nghiệp và thủy sản", TQi,
      percent=29.5, change=CH("-", 7600, "người")),
    F("dựng 412,7 nghìn người", "412,7", 412700, "count", "người", "lao động khu vực công nghiệp và xây dựng", TQi,
      percent=40.4),
    F("vụ 307,1 nghìn người", "307,1", 307100, "count", "người", "lao động khu vực dịch vụ", TQi, percent=30.1),
    F("là 2,08%", "2,08", 2.08, "percent", "%", "tỷ lệ thất nghiệp của lực lượng lao động trong độ tuổi", Q3,
      change=CH("-", 0.12, "điểm phần trăm", "cùng kỳ")),
    F("chỉ đạt 31,5%", "31,5", 31.5, "percent", "%", "tỷ lệ lao động qua đào tạo có bằng, chứng chỉ", Q3),
    F("là 7,9 triệu đồng", "7,9", 7900000, "money", "đồng", "thu nhập bình quân tháng của người lao động", Q3i,
      change=CH("+", 6.8, "%", "cùng kỳ năm 2023")),
    F("đạt 70%", "70", 70, "percent", "%", "tỷ lệ lao động qua đào tạo", D25, status="target"),
    F("đạt 35%", "35", 35, "percent", "%", "tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", D25,
      total=70, status="target"),
    F("khoảng 33.000 lao động", "33.000", 33000, "count", "lao động", "lao động được giải quyết việc làm mới mỗi năm",
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), approx="about", status="target"),
    F("tại 126 địa bàn", "126", 126, "count", "địa bàn", "địa bàn điều tra"),
    F("với 2.520 hộ mẫu", "2.520", 2520, "count", "hộ", "hộ mẫu"),
]

COMMENTS = [
    "Báo Thái Bình (Party newspaper): quarterly labour force survey, quý III/2024. Bare dateline '12/11/2024 07:30', byline at the end.",
    "Distractors: Nghị quyết số 04-NQ/TU, 'quý III/2024' (period), 'từ 15 tuổi trở lên' (age criterion, optional, at_least), names.",
    "1.043,6 nghìn = 1043600 (thousand dot + decimal comma + nghìn). It has two changes: the first (6,2 nghìn, quý trước) is its change,",
    "the second (11,4 nghìn, cùng kỳ) is a figure of its own, optional. The breakdown after 'Trong đó' shares the lead's 'ước đạt' (estimate, as",
    "shared gold does for a breakdown of an estimated total); 142,8 nghìn is part of 1.043,6 nghìn. 'Xét theo khu vực kinh tế' is no part-of cue:",
    "the sector counts get their shares (bracketed %) but no total. 'trong quý' = quý III/2024 (quarterly report).",
    "Targets: 35% after 'trong đó' follows the 70% (same measure, share of labour force): total 70. 'mỗi năm trong giai đoạn 2021-2025'.",
    "Survey size (126 địa bàn, 2.520 hộ mẫu) has no period stated.",
]

emit("p418-5", TEXT, COMMENTS, FIGS, published="2024-11-12", location="Thái Bình")
