from lib import F, P, I, CH, emit

TEXT = """Thời sự › Giao thông

Thứ hai, 15/7/2024, 06:30 (GMT+7)

Hơn 5.400 người chết vì tai nạn giao thông trong 6 tháng

Sáu tháng đầu năm, cả nước xảy ra 13.217 vụ tai nạn giao thông, làm chết 5.412 người, bị thương 9.835 người. So với cùng kỳ năm 2023, số vụ tăng 7,8%, số người chết giảm 4,1%, số người bị thương tăng 11,6%.

Riêng tháng 6, xảy ra 2.104 vụ, làm chết 876 người. Bình quân mỗi ngày có khoảng 30 người tử vong vì tai nạn giao thông.

Theo Cục Cảnh sát giao thông (Bộ Công an), chạy quá tốc độ, không chú ý quan sát và sử dụng rượu bia là nguyên nhân của từ 60 đến 70% số vụ. Các vụ liên quan đến xe mô tô chiếm gần 70%. Trên các tuyến cao tốc xảy ra 96 vụ, làm chết 58 người, tập trung ở cao tốc Pháp Vân - Cầu Giẽ, Cam Lộ - La Sơn và Quốc lộ 1 đoạn qua Km 1720.

Trong 6 tháng, lực lượng Cảnh sát giao thông cả nước phát hiện, xử lý hơn 1,4 triệu trường hợp vi phạm, phạt tiền gần 2.900 tỷ đồng, tước hơn 250.000 giấy phép lái xe. Trong đó, có 302.150 trường hợp vi phạm nồng độ cồn, tăng 45% so với cùng kỳ.

Tỷ lệ người chết do tai nạn giao thông trên 10 vạn dân của Việt Nam hiện khoảng 11,5 người; mục tiêu đến năm 2030 giảm xuống còn dưới 8 người. Bộ Giao thông vận tải dự báo lưu lượng phương tiện dịp nghỉ lễ 2/9 sẽ tăng từ 15 đến 20% so với ngày thường.

Đức Minh
"""

H1 = P("Sáu tháng đầu năm", "2024-01-01", "2024-06-30")
H6 = P("6 tháng", "2024-01-01", "2024-06-30")
M6 = P("tháng 6", "2024-06-01", "2024-06-30")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("Hơn 5.400 người", "5.400", 5400, "count", "người", "người chết vì tai nạn giao thông", H6, approx="over"),
    F("xảy ra 13.217 vụ", "13.217", 13217, "count", "vụ", "tai nạn giao thông", H1),
    F("làm chết 5.412 người", "5.412", 5412, "count", "người", "người chết do tai nạn giao thông", H1),
    F("bị thương 9.835 người", "9.835", 9835, "count", "người", "người bị thương do tai nạn giao thông", H1),
    F("số vụ tăng 7,8%", "7,8", 7.8, "percent", "%", "số vụ tai nạn giao thông so với cùng kỳ", I(H1)),
    F("chết giảm 4,1%", "4,1", 4.1, "percent", "%", "số người chết so với cùng kỳ", I(H1)),
    F("thương tăng 11,6%", "11,6", 11.6, "percent", "%", "số người bị thương so với cùng kỳ", I(H1)),
    F("xảy ra 2.104 vụ", "2.104", 2104, "count", "vụ", "tai nạn giao thông", M6),
    F("làm chết 876 người", "876", 876, "count", "người", "người chết do tai nạn giao thông", M6),
    F("khoảng 30 người", "30", 30, "count", "người", "người tử vong vì tai nạn giao thông bình quân mỗi ngày", I(M6),
      approx="about"),
    F("từ 60 đến 70%", "60", 60, "percent", "%", "số vụ do chạy quá tốc độ, không chú ý quan sát và sử dụng rượu bia",
      I(H1), value_max=70),
    F("chiếm gần 70%", "70", 70, "percent", "%", "vụ tai nạn liên quan đến xe mô tô", I(H1), approx="nearly"),
    F("xảy ra 96 vụ", "96", 96, "count", "vụ", "tai nạn giao thông trên các tuyến cao tốc", I(H1)),
    F("làm chết 58 người", "58", 58, "count", "người", "người chết do tai nạn giao thông trên các tuyến cao tốc", I(H1)),
    F("hơn 1,4 triệu", "1,4", 1400000, "count", "trường hợp", "trường hợp vi phạm được phát hiện, xử lý", H6, approx="over"),
    F("gần 2.900 tỷ", "2.900", 2900000000000, "money", "đồng", "phạt tiền vi phạm", H6, approx="nearly"),
    F("hơn 250.000 giấy", "250.000", 250000, "count", "giấy phép lái xe", "giấy phép lái xe bị tước", H6, approx="over"),
    F("có 302.150 trường hợp", "302.150", 302150, "count", "trường hợp", "trường hợp vi phạm nồng độ cồn", I(H6),
      total=1400000, change=CH("increase", 45, "%", "cùng kỳ")),
    F("khoảng 11,5 người", "11,5", 11.5, "measure", "người/10 vạn dân", "tỷ lệ người chết do tai nạn giao thông trên 10 vạn dân",
      approx="about"),
    F("dưới 8 người", "8", 8, "measure", "người/10 vạn dân", "tỷ lệ người chết do tai nạn giao thông trên 10 vạn dân", T30,
      approx="under", status="target"),
    F("từ 15 đến 20%", "15", 15, "percent", "%", "lưu lượng phương tiện dịp nghỉ lễ 2/9 tăng so với ngày thường",
      value_max=20, status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style): 'Thứ hai, 15/7/2024, 06:30 (GMT+7)', byline at the end. National figures: location Việt Nam.",
    "Year-less 'Sáu tháng đầu năm', 'tháng 6', '6 tháng' take 2024 from the dateline (also implied by 'cùng kỳ năm 2023').",
    "'So với cùng kỳ năm 2023, số vụ tăng 7,8%, số người chết giảm 4,1%, …' in a sentence of their own name their indicator: growth rates",
    "that are the claim (percent, no change), not changes of the counts in the previous sentence. Their period is inherited.",
    "'Bình quân mỗi ngày có khoảng 30 người' is a count (per-day average), period of 'Riêng tháng 6' inherited.",
    "'Trong đó, có 302.150 trường hợp …' part of 'hơn 1,4 triệu' (total 1.400.000), with its own change 45%.",
    "'trên 10 vạn dân' is a rate denominator; 'hiện khoảng 11,5 người' has no period. 'dưới 8 người' target to 2030.",
    "'dự báo … tăng từ 15 đến 20% so với ngày thường' forecast rate (percent, no change); 'nghỉ lễ 2/9' is a date.",
    "Distractors: '(GMT+7)', 'Quốc lộ 1', 'Km 1720', '2/9'.",
]

emit("p499-6", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Việt Nam")
