"""p913-6: national newspaper (VnExpress style), xích lô du lịch TP HCM, 5 tháng đầu năm 2024."""
from lib import F, P, I, C, T, write

TEXT = """Du lịch > Điểm đến
Chủ nhật, 9/6/2024, 10:20 (GMT+7)

Xích lô du lịch Sài Gòn hút khách Tây

Đạp xích lô gần 30 năm ở quận 1, ông Trần Văn Tư, 61 tuổi, nói chưa khi nào khách đông như mùa này. Mỗi ngày xe của ông chạy 3-4 cuốc, chủ yếu chở khách châu Âu.

Theo Sở Du lịch TP HCM, thành phố hiện có 3 đơn vị được cấp phép khai thác xích lô du lịch với tổng cộng 112 xe và 118 tài xế có thẻ. Trong 5 tháng đầu năm, các đơn vị đón khoảng 31.000 lượt khách, tăng 25% so với cùng kỳ năm ngoái; khách quốc tế chiếm gần 90%.

Xe chạy theo 4 tuyến cố định quanh khu trung tâm, qua Nhà thờ Đức Bà, Bưu điện Thành phố, chợ Bến Thành, phố đi bộ Nguyễn Huệ. Giá tour 1 giờ từ 250.000 đến 350.000 đồng/khách, tour 2 giờ kèm ăn tối khoảng 800.000 đồng. Tour xích lô đêm có giá gấp 1,5 lần tour ban ngày. Mức giá này cao nhất cả nước, trong khi ở Hội An chỉ 150.000 đồng/xe/lượt.

Mỗi tài xế đóng phí quản lý 500.000 đồng/tháng cho đơn vị và được nhận 70% giá vé. Thu nhập bình quân của tài xế ước đạt 10-12 triệu đồng/tháng.

Ông Lê Minh Tâm, Phó giám đốc một đơn vị khai thác, cho biết công ty dự kiến đầu tư thêm 20 xe trong năm nay, nâng số xe của đơn vị lên 60 chiếc. Sở Du lịch đặt mục tiêu năm 2025 đón 80.000 lượt khách.

Theo Quyết định số 2365/QĐ-UBND, xích lô du lịch chỉ được hoạt động trên 13 tuyến đường nội đô, không đi vào đường Tôn Đức Thắng, đường 3/2.

Hoài Phương
"""

M5 = P("Trong 5 tháng đầu năm", "2024-01-01", "2024-05-31")
Y24 = P("trong năm nay", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("gần 30 năm", "30", 30, "measure", "năm", "thời gian đạp xích lô của ông Trần Văn Tư", approx="nearly",
      optional=True),
    F("61 tuổi", "61", 61, "measure", "tuổi", "tuổi ông Trần Văn Tư", optional=True),
    F("chạy 3-4 cuốc", "3", 3, "count", "cuốc", "cuốc xe mỗi ngày", value_max=4, optional=True),
    F("có 3 đơn vị", "3", 3, "count", "đơn vị", "đơn vị được cấp phép khai thác xích lô du lịch"),
    F("tổng cộng 112 xe", "112", 112, "count", "xe", "xe xích lô du lịch"),
    F("118 tài xế", "118", 118, "count", "tài xế", "tài xế có thẻ"),
    F("khoảng 31.000 lượt khách", "31.000", 31000, "count", "lượt khách", "lượt khách xích lô du lịch", M5,
      approx="about", change=C("increase", 25, "%", "cùng kỳ năm ngoái")),
    F("chiếm gần 90%", "90", 90, "percent", "%", "tỷ lệ khách quốc tế", M5, approx="nearly"),
    F("theo 4 tuyến", "4", 4, "count", "tuyến", "tuyến cố định quanh khu trung tâm"),
    F("từ 250.000 đến 350.000 đồng/khách", "250.000", 250000, "money", "đồng/khách", "giá tour xích lô 1 giờ",
      value_max=350000),
    F("tour 1 giờ", "1", 1, "measure", "giờ", "thời lượng tour", optional=True),
    F("tour 2 giờ", "2", 2, "measure", "giờ", "thời lượng tour kèm ăn tối", optional=True),
    F("khoảng 800.000 đồng", "800.000", 800000, "money", "đồng", "giá tour xích lô 2 giờ kèm ăn tối", approx="about"),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "giá tour xích lô đêm so với tour ban ngày"),
    F("chỉ 150.000 đồng/xe/lượt", "150.000", 150000, "money", "đồng/xe/lượt", "giá cước xích lô du lịch",
      location="Hội An"),
    F("500.000 đồng/tháng", "500.000", 500000, "money", "đồng/tháng", "phí quản lý mỗi tài xế đóng cho đơn vị"),
    F("nhận 70% giá vé", "70", 70, "percent", "%", "tỷ lệ giá vé tài xế được nhận"),
    F("ước đạt 10-12 triệu", "10", 10e6, "money", "đồng/tháng", "thu nhập bình quân của tài xế",
      value_max=12e6, status="estimate"),
    F("thêm 20 xe", "20", 20, "count", "xe", "xe đầu tư thêm của đơn vị khai thác", Y24, status="forecast"),
    F("lên 60 chiếc", "60", 60, "count", "chiếc", "số xe của đơn vị khai thác", Y24, status="forecast"),
    F("đón 80.000 lượt khách", "80.000", 80000, "count", "lượt khách", "lượt khách xích lô du lịch", Y25,
      status="target"),
    F("trên 13 tuyến đường", "13", 13, "count", "tuyến đường", "tuyến đường nội đô xích lô du lịch được hoạt động"),
]

HEADER = [
    "National newspaper (VnExpress style), 'Chủ nhật, 9/6/2024, 10:20 (GMT+7)', byline 'Hoài Phương' at the end: xích lô du lịch TP HCM.",
    "'Trong 5 tháng đầu năm' takes 2024 from the dateline; 'trong năm nay' = 2024. 'hiện' gives no period.",
    "Hội An's 150.000 đồng/xe/lượt is located in Hội An. 'gấp 1,5 lần' standing alone is a multiple.",
    "'ước đạt 10-12 triệu đồng/tháng' → estimate, range. 'trên 13 tuyến đường' is the preposition 'on', not 'over' (approx exact).",
    "Optional: the driver's years of work, age and trips per day, tour durations ('tour 1 giờ', 'tour 2 giờ' name the product).",
    "Not figures: 'Trần Văn Tư', 'quận 1' (district name), Quyết định số 2365/QĐ-UBND, 'đường 3/2' (road name), 10:20, GMT+7.",
]

write("p913-6", TEXT, HEADER, FIGS, published="2024-06-09", location="TP Hồ Chí Minh")
