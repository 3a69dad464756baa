"""p510-6: national press (VnExpress style) — asset recovery in corruption and economic cases, 2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """Thời sự › Pháp luật
Thứ hai, 3/6/2024, 07:00 (GMT+7)

Thu hồi hơn 11.400 tỷ đồng trong các vụ án tham nhũng, kinh tế

Lượng tài sản thu hồi tăng mạnh, song tổng số tiền phải thi hành trong các vụ án tham nhũng, kinh tế vẫn rất lớn.

Báo cáo của Chính phủ gửi đại biểu Quốc hội tại Kỳ họp thứ 7 cho biết, tính đến ngày 30/4/2024, cơ quan thi hành án dân sự cả nước đang tổ chức thi hành 4.128 việc liên quan đến án tham nhũng, kinh tế với tổng số tiền phải thi hành khoảng 96.500 tỷ đồng.

Từ đầu năm đến nay, cơ quan thi hành án đã thu hồi 11.426 tỷ đồng, tăng 27,4% so với cùng kỳ năm 2023. Con số này gấp 2,3 lần cả năm 2022. Riêng các vụ án do Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực theo dõi, chỉ đạo, số tiền đã thu hồi đạt 7.873 tỷ đồng, chiếm 68,9%.

Theo Tổng cục Thi hành án dân sự, tỷ lệ thu hồi tài sản trong các vụ án tham nhũng nhiều năm qua chỉ dao động từ 30 đến 40% tổng số tiền phải thi hành. Tổng cục ước tính cả năm 2024 thu hồi khoảng 25.000 tỷ đồng.

Về xét xử, 4 tháng đầu năm, TAND các cấp đã giải quyết 1.216 vụ án tham nhũng, chức vụ với 2.870 bị cáo, trong đó 35 bị cáo bị phạt tù chung thân và 5 bị cáo bị tuyên tử hình. Các tòa đã tuyên buộc bị cáo trả lại, bồi thường gần 38.600 tỷ đồng.

Theo Tổ chức Minh bạch quốc tế, Chỉ số cảm nhận tham nhũng (CPI) năm 2023 của Việt Nam đạt 41 điểm, xếp thứ 83/180 quốc gia và vùng lãnh thổ.

Luật sư Trương Anh Tú, Đoàn luật sư TP Hà Nội, cho rằng cần áp dụng triệt để Điều 46 và Điều 47 Bộ luật Hình sự năm 2015 để kê biên tài sản ngay từ giai đoạn điều tra.

Sơn Hà
"""

AS = P("tính đến ngày 30/4/2024", None, "2024-04-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-03")
M4 = P("4 tháng đầu năm", "2024-01-01", "2024-04-30")

FIGS = [
    F("Thu hồi hơn 11.400 tỷ", "11.400", 11400e9, "money", "đồng", "tiền thu hồi trong các vụ án tham nhũng, kinh tế",
      approx="over"),
    F("thi hành 4.128 việc", "4.128", 4128, "count", "việc", "việc liên quan đến án tham nhũng, kinh tế đang tổ chức thi hành",
      AS, location="Việt Nam"),
    F("khoảng 96.500 tỷ", "96.500", 96500e9, "money", "đồng", "tổng số tiền phải thi hành", AS, approx="about"),
    F("thu hồi 11.426 tỷ", "11.426", 11426e9, "money", "đồng", "số tiền cơ quan thi hành án đã thu hồi", YTD,
      change=CH("increase", 27.4, "%", "cùng kỳ năm 2023")),
    F("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần", "số tiền thu hồi so với cả năm 2022"),
    F("đạt 7.873 tỷ", "7.873", 7873e9, "money", "đồng",
      "số tiền đã thu hồi trong các vụ án do Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực theo dõi, chỉ đạo",
      I(YTD), percent=68.9),
    F("từ 30 đến 40%", "30", 30, "percent", "%", "tỷ lệ thu hồi tài sản trong các vụ án tham nhũng", value_max=40),
    F("khoảng 25.000 tỷ", "25.000", 25000e9, "money", "đồng", "số tiền thu hồi",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="estimate"),
    F("giải quyết 1.216 vụ án", "1.216", 1216, "count", "vụ án", "vụ án tham nhũng, chức vụ TAND các cấp đã giải quyết", M4),
    F("với 2.870 bị cáo", "2.870", 2870, "count", "bị cáo", "bị cáo", M4),
    F("đó 35 bị cáo", "35", 35, "count", "bị cáo", "bị cáo bị phạt tù chung thân", M4, total=2870),
    F("và 5 bị cáo", "5", 5, "count", "bị cáo", "bị cáo bị tuyên tử hình", M4, total=2870),
    F("gần 38.600 tỷ", "38.600", 38600e9, "money", "đồng", "số tiền các tòa tuyên buộc bị cáo trả lại, bồi thường", I(M4),
      approx="nearly"),
    F("đạt 41 điểm", "41", 41, "measure", "điểm", "Chỉ số cảm nhận tham nhũng (CPI)", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("thứ 83/180", "83", 83, "rank", "hạng", "Chỉ số cảm nhận tham nhũng (CPI) xếp hạng",
      P("năm 2023", "2023-01-01", "2023-12-31"), total=180),
]

COMMENTS = [
    "National press (VnExpress style): 'Thứ hai, 3/6/2024, 07:00 (GMT+7)' dateline; byline at the end. Thu hồi tài sản in corruption",
    "and economic cases (Chính phủ report to the National Assembly), court results, CPI ranking. Location Việt Nam throughout.",
    "Distractors: 'Kỳ họp thứ 7', 'Điều 46 và Điều 47', 'Bộ luật Hình sự năm 2015', '(GMT+7)', 'cả năm 2022' as a baseline.",
    "'tính đến ngày 30/4/2024' is as-of (start null). 'Từ đầu năm đến nay' = 2024-01-01 to the dateline 2024-06-03.",
    "'Con số này gấp 2,3 lần cả năm 2022.' stands as its own sentence: a multiple figure (no period of its own; 2022 is the baseline).",
    "'Riêng … 7.873 tỷ đồng, chiếm 68,9%' -> percent 68.9; 'Riêng' is no part-of cue in the spec, so no total.",
    "'từ 30 đến 40%' is a range; 'ước tính cả năm 2024 … khoảng 25.000 tỷ' estimate/about.",
    "'4 tháng đầu năm' takes 2024 from the nearest earlier date (30/4/2024). '2.870 bị cáo, trong đó 35 … và 5 …' -> total 2870.",
    "'đạt 41 điểm, xếp thứ 83/180' -> measure in điểm and rank 83 with total 180; 'năm 2023' in the sentence.",
]

emit("p510-6", TEXT, COMMENTS, FIGS, published="2024-06-03", location="Việt Nam")
