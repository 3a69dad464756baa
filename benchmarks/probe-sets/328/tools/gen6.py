from lib import F, P, emit

TEXT = """Thời sự › Dân sinh

Thứ tư, 16/10/2024, 06:40 (GMT+7)

Hà Nội có gần 500.000 con chó, mèo, nội thành tiêm phòng dại chỉ khoảng 30%

Tỷ lệ tiêm phòng dại cho chó, mèo ở các quận nội thành Hà Nội thấp, trong khi số người bị động vật cắn phải đi tiêm tăng.

Theo Chi cục Chăn nuôi, Thủy sản và Thú y Hà Nội, tính đến 30/9, toàn thành phố có khoảng 497.000 con chó, mèo, trong đó khoảng 402.000 con chó. Riêng 12 quận nội thành có khoảng 95.000 con nhưng tỷ lệ tiêm phòng chỉ từ 25% đến 35%, thấp hơn nhiều so với khu vực ngoại thành (trên 70%).

Trong quý III/2024, các cơ sở y tế của thành phố tiếp nhận 7.842 lượt người bị động vật cắn, tăng 9,3% so với quý II; 2 người tử vong do bệnh dại ở huyện Ba Vì và Sóc Sơn.

Ông Nguyễn Ngọc Sơn, Chi cục trưởng, cho biết năm 2024 thành phố cấp miễn phí 320.000 liều vắc xin dại, tăng 1,5 lần so với năm 2023. Mỗi quận, huyện được phân bổ từ 4.000 đến 18.000 liều tùy tổng đàn. Kế hoạch giai đoạn 2022-2025 của thành phố đặt mục tiêu tiêm phòng cho 80% tổng đàn chó, mèo và xây dựng 5 quận, huyện an toàn dịch bệnh dại.

Theo ông Sơn, khó khăn lớn nhất là nhiều hộ ở chung cư nuôi chó nhưng không khai báo; tại tòa nhà 25 tầng ở phường Mỹ Đình 2 có tới 64 hộ nuôi chó, mèo nhưng chỉ 19 hộ đưa đi tiêm.

Người dân có thể đưa chó, mèo đến tiêm tại Trạm Chăn nuôi và Thú y các quận, huyện hoặc gọi tổng đài 1900 6868 để được hướng dẫn.

Lê Nga

12 bình luận
"""

LOC = "Hà Nội"
AS = P("tính đến 30/9", None, "2024-09-30")
ASi = P("tính đến 30/9", None, "2024-09-30", inh=True)
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
G = P("giai đoạn 2022-2025", "2022-01-01", "2025-12-31")

FIGS = [
    F("gần 500.000 con", "500.000", 500000, "count", "con", "chó, mèo", approx="nearly"),
    F("chỉ khoảng 30%", "30", 30, "percent", "%", "tỷ lệ tiêm phòng dại nội thành", approx="about"),
    F("khoảng 497.000 con", "497.000", 497000, "count", "con", "chó, mèo", AS, approx="about"),
    F("khoảng 402.000 con", "402.000", 402000, "count", "con", "chó", AS, approx="about", total=497000),
    F("12 quận nội thành", "12", 12, "count", "quận", "quận nội thành", optional=True),
    F("khoảng 95.000 con", "95.000", 95000, "count", "con", "chó, mèo ở 12 quận nội thành", ASi, approx="about"),
    F("từ 25% đến 35%", "25", 25, "percent", "%", "tỷ lệ tiêm phòng", ASi, value_max=35),
    F("(trên 70%)", "70", 70, "percent", "%", "tỷ lệ tiêm phòng khu vực ngoại thành", ASi, approx="over"),
    F("tiếp nhận 7.842 lượt", "7.842", 7842, "count", "lượt người", "người bị động vật cắn", Q3,
      change={"direction": "increase", "value": 9.3, "unit": "%", "baseline": "quý II"}),
    F("quý II; 2 người", "2", 2, "count", "người", "người tử vong do bệnh dại", Q3),
    F("phí 320.000 liều", "320.000", 320000, "count", "liều", "liều vắc xin dại cấp miễn phí", Y24,
      change={"direction": "increase", "value": 1.5, "unit": "lần", "baseline": "năm 2023"}),
    F("từ 4.000 đến 18.000 liều", "4.000", 4000, "count", "liều", "liều vắc xin phân bổ mỗi quận, huyện", Y24i,
      value_max=18000),
    F("cho 80% tổng đàn", "80", 80, "percent", "%", "tiêm phòng tổng đàn chó, mèo", G, status="target"),
    F("xây dựng 5 quận", "5", 5, "count", "quận, huyện", "quận, huyện an toàn dịch bệnh dại", G, status="target"),
    F("tòa nhà 25 tầng", "25", 25, "count", "tầng", optional=True),
    F("có tới 64 hộ", "64", 64, "count", "hộ", "hộ nuôi chó, mèo trong tòa nhà"),
    F("chỉ 19 hộ", "19", 19, "count", "hộ", "hộ đưa chó, mèo đi tiêm"),
]

COMMENTS = [
    "National press (news site) about Hà Nội: weekday dateline with (GMT+7), byline and comment count at the end.",
    "'tính đến 30/9' takes 2024 from the dateline. '402.000 con chó' after 'trong đó' has total 497.000.",
    "'Riêng 12 quận …' (next sentence) inherits the as-of date; '12 quận nội thành' is a structure count (optional).",
    "'tăng 9,3% so với quý II' change of 7.842; '2 người tử vong' in the same sentence takes quý III/2024; 'tăng 1,5 lần so với năm 2023' change of 320.000.",
    "Targets 'Kế hoạch giai đoạn 2022-2025 … mục tiêu': 80% and 5 quận, huyện, status target, period 2022-2025.",
    "'64 hộ … nhưng chỉ 19 hộ': no part-of cue (no trong đó/trong số//), so no total by FIGURES.md. No period (anecdote). '25 tầng' and 'Mỹ Đình 2' are building/ward names: optional/distractor.",
    "Distractors: 16/10/2024, 06:40, GMT+7, tổng đài 1900 6868, '12 bình luận', giai đoạn years.",
]

emit(6, COMMENTS, TEXT, FIGS, published="2024-10-16", default_loc=LOC)
