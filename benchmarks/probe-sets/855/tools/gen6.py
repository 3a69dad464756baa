from lib import F, P, I, C, T, write

TEXT = """Sức khỏe
Thứ sáu, 22/11/2024, 07:30 (GMT+7)
Gần 12% mẫu thức ăn đường phố ở TP HCM nhiễm vi sinh
Kết quả giám sát của Ban Quản lý An toàn thực phẩm TP HCM cho thấy, trong 10 tháng năm 2024, đơn vị đã lấy 1.520 mẫu thức ăn đường phố để kiểm nghiệm, trong đó 178 mẫu không đạt chỉ tiêu vi sinh, chiếm 11,7%. Trong số mẫu không đạt, bánh mì có 46 mẫu, cơm tấm 39 mẫu, gỏi cuốn 28 mẫu và nước mía 21 mẫu.
Bà Lê Thị Hạnh, Phó trưởng ban, cho biết nguyên nhân chủ yếu là người bán dùng tay trần bốc thức ăn, dùng nước đá không rõ nguồn gốc và để thực phẩm chín ở nhiệt độ thường quá 4 giờ.
Trong 10 tháng, thành phố ghi nhận 9 vụ ngộ độc thực phẩm với 1.126 người mắc, gấp 2,3 lần cùng kỳ năm 2023; riêng vụ ngộ độc bánh mì tại TP Thủ Đức hồi tháng 5 làm hơn 500 người phải nhập viện.
Hiện TP HCM có khoảng 30.000 cơ sở kinh doanh thức ăn đường phố, nhưng mới có 35% được cấp giấy xác nhận kiến thức về an toàn thực phẩm. Mỗi ngày, ước tính khoảng 2 triệu lượt người ăn uống tại các xe đẩy, gánh hàng rong.
Một xe bánh mì trên đường Võ Văn Tần (quận 3) bán khoảng 200 ổ mỗi sáng, giá 20.000-25.000 đồng/ổ. Chủ xe cho biết đã dự lớp tập huấn do phường tổ chức nhưng chưa được cấp giấy xác nhận.
Thành phố đặt mục tiêu đến năm 2025 có 70% cơ sở thức ăn đường phố được cấp giấy xác nhận kiến thức, xây dựng 24 tuyến phố ẩm thực an toàn, mỗi quận, huyện và TP Thủ Đức ít nhất một tuyến.
Lê Phương
"""

M10 = P("trong 10 tháng năm 2024", "2024-01-01", "2024-10-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Gần 12%", "12", 12, "percent", "%", "mẫu thức ăn đường phố nhiễm vi sinh", approx="nearly"),
    F("lấy 1.520 mẫu", "1.520", 1520, "count", "mẫu", "mẫu thức ăn đường phố kiểm nghiệm", M10),
    F("178 mẫu không đạt", "178", 178, "count", "mẫu", "mẫu không đạt chỉ tiêu vi sinh", M10, total=1520, percent=11.7),
    F("bánh mì có 46 mẫu", "46", 46, "count", "mẫu", "mẫu bánh mì không đạt chỉ tiêu vi sinh", I(M10), total=178),
    F("cơm tấm 39 mẫu", "39", 39, "count", "mẫu", "mẫu cơm tấm không đạt chỉ tiêu vi sinh", I(M10), total=178),
    F("gỏi cuốn 28 mẫu", "28", 28, "count", "mẫu", "mẫu gỏi cuốn không đạt chỉ tiêu vi sinh", I(M10), total=178),
    F("nước mía 21 mẫu", "21", 21, "count", "mẫu", "mẫu nước mía không đạt chỉ tiêu vi sinh", I(M10), total=178),
    F("quá 4 giờ", "4", 4, "measure", "giờ", "thời gian để thực phẩm chín ở nhiệt độ thường", approx="over", optional=True),
    F("ghi nhận 9 vụ", "9", 9, "count", "vụ", "vụ ngộ độc thực phẩm", P("Trong 10 tháng", "2024-01-01", "2024-10-31")),
    F("với 1.126 người", "1.126", 1126, "count", "người", "người mắc ngộ độc thực phẩm", P("Trong 10 tháng", "2024-01-01", "2024-10-31"),
      change=C("increase", 2.3, "lần", baseline="cùng kỳ năm 2023")),
    F("hơn 500 người", "500", 500, "count", "người", "người nhập viện trong vụ ngộ độc bánh mì",
      P("hồi tháng 5", "2024-05-01", "2024-05-31"), approx="over", location="Thủ Đức"),
    F("khoảng 30.000 cơ sở", "30.000", 30000, "count", "cơ sở", "cơ sở kinh doanh thức ăn đường phố", approx="about"),
    F("mới có 35%", "35", 35, "percent", "%", "cơ sở được cấp giấy xác nhận kiến thức về an toàn thực phẩm"),
    F("khoảng 2 triệu lượt", "2", 2e6, "count", "lượt người", "lượt người ăn uống tại xe đẩy, gánh hàng rong mỗi ngày",
      approx="about", status="estimate"),
    F("khoảng 200 ổ", "200", 200, "count", "ổ", "bánh mì một xe bán mỗi sáng", approx="about", location="Quận 3"),
    F("giá 20.000-25.000 đồng/ổ", "20.000", 20000, "money", "đồng/ổ", "giá bánh mì", value_max=25000, location="Quận 3"),
    F("có 70%", "70", 70, "percent", "%", "cơ sở thức ăn đường phố được cấp giấy xác nhận kiến thức", T25, status="target"),
    F("xây dựng 24 tuyến", "24", 24, "count", "tuyến phố ẩm thực", "tuyến phố ẩm thực an toàn", T25, status="target"),
    F("ít nhất một tuyến", "một", 1, "count", "tuyến", "tuyến phố ẩm thực an toàn mỗi quận, huyện", T25,
      approx="at_least", status="target", optional=True),
]

NOTES = [
    "National newspaper (VnExpress style) on TP HCM street-food monitoring, 10 months of 2024; byline at the end.",
    "Headline 'Gần 12%' = the 11,7% share; no period phrase in the headline.",
    "'Trong số mẫu không đạt, bánh mì có 46 mẫu, ...' names its whole (178); the parts need not add up. Food names go into the subject.",
    "'1.126 người mắc, gấp 2,3 lần cùng kỳ năm 2023' -> change increase 2,3 lần on the count (not a multiple figure).",
    "'TP Thủ Đức' and 'quận 3' are districts/cities of TP HCM: location of the figures about them (Quận 3 keeps its name).",
    "'quá 4 giờ' (a hygiene threshold) and 'ít nhất một tuyến' (per-district minimum inside the target) are optional.",
    "'Hiện' / 'Mỗi ngày' / 'mỗi sáng' give no period. 'ước tính' -> estimate.",
    "Distractors: 'Thứ sáu, 22/11/2024, 07:30 (GMT+7)', 'đường Võ Văn Tần (quận 3)', 'hồi tháng 5' (a period), byline.",
]

write(6, TEXT, FIGS, NOTES, published="2024-11-22", location="TP Hồ Chí Minh")
