from lib import F, P, I, CH, emit

TEXT = """BÁO CẦN THƠ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam TP Cần Thơ
Xã hội › Y tế

BHYT đồng hành cùng người bệnh ghép thận

Năm 2023, Bệnh viện Đa khoa Trung ương Cần Thơ thực hiện 47 ca ghép thận, tăng 9 ca so với năm 2022, nâng tổng số ca ghép thận từ năm 2016 đến nay lên 189 ca. Chi phí một ca ghép thận tại bệnh viện từ 250 đến 300 triệu đồng, chưa kể tiền thuốc chống thải ghép khoảng 8-10 triệu đồng/tháng mà người bệnh phải dùng suốt đời.

Theo BHXH TP Cần Thơ, người bệnh có thẻ BHYT đi khám đúng tuyến được quỹ chi trả 80% chi phí ghép; người thuộc hộ nghèo, người có công được chi trả 100%. Năm 2023, quỹ BHYT thành phố thanh toán 11,4 tỷ đồng cho các ca ghép thận và 26,7 tỷ đồng tiền thuốc chống thải ghép, tăng 12,5% so với năm 2022. Số người bệnh sau ghép được cấp thuốc là 412 người, bình quân mỗi người được quỹ chi trả khoảng 64,8 triệu đồng/năm.

Hiện bệnh viện đang quản lý 96 người bệnh trong danh sách chờ ghép thận. Tỷ lệ thận ghép còn hoạt động tốt sau 3 năm đạt 93%. Toàn thành phố có 2.845 người đăng ký hiến mô, tạng sau khi chết, trong đó 1.962 người đăng ký hiến giác mạc.

Năm 2024, bệnh viện dự kiến thực hiện 60 ca ghép thận và triển khai ghép gan. Bệnh viện tọa lạc tại số 315 Nguyễn Văn Linh, quận Ninh Kiều; người dân cần tư vấn liên hệ Khoa Thận - Lọc máu, điện thoại 0292.3821.235.

Bài, ảnh: MINH HUYỀN
18/03/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("thực hiện 47 ca", "47", 47, "count", "ca", "ca ghép thận Bệnh viện Đa khoa Trung ương Cần Thơ thực hiện", Y23,
      change=CH("increase", 9, "ca", "năm 2022")),
    F("lên 189 ca", "189", 189, "count", "ca", "tổng số ca ghép thận",
      P("từ năm 2016 đến nay", "2016-01-01", "2024-03-18")),
    F("từ 250 đến 300 triệu đồng", "250", 250e6, "money", "đồng", "chi phí một ca ghép thận tại bệnh viện",
      value_max=300e6),
    F("khoảng 8-10 triệu đồng/tháng", "8", 8e6, "money", "đồng/tháng", "tiền thuốc chống thải ghép",
      value_max=10e6, approx="about"),
    F("chi trả 80%", "80", 80, "percent", "%", "chi phí ghép quỹ BHYT chi trả cho người bệnh đúng tuyến"),
    F("chi trả 100%", "100", 100, "percent", "%", "chi phí ghép quỹ BHYT chi trả cho người thuộc hộ nghèo, người có công"),
    F("thanh toán 11,4 tỷ đồng", "11,4", 11.4e9, "money", "đồng", "quỹ BHYT thành phố thanh toán cho các ca ghép thận",
      Y23),
    F("và 26,7 tỷ đồng", "26,7", 26.7e9, "money", "đồng", "quỹ BHYT thanh toán tiền thuốc chống thải ghép", Y23,
      change=CH("increase", 12.5, "%", "năm 2022")),
    F("là 412 người", "412", 412, "count", "người", "người bệnh sau ghép được cấp thuốc", I(Y23)),
    F("khoảng 64,8 triệu đồng/năm", "64,8", 64.8e6, "money", "đồng/năm",
      "quỹ BHYT chi trả bình quân mỗi người bệnh sau ghép", I(Y23), approx="about"),
    F("quản lý 96 người bệnh", "96", 96, "count", "người bệnh", "người bệnh trong danh sách chờ ghép thận"),
    F("sau 3 năm", "3", 3, "measure", "năm", optional=True),
    F("đạt 93%", "93", 93, "percent", "%", "tỷ lệ thận ghép còn hoạt động tốt sau 3 năm"),
    F("có 2.845 người", "2.845", 2845, "count", "người", "người đăng ký hiến mô, tạng sau khi chết"),
    F("1.962 người", "1.962", 1962, "count", "người", "người đăng ký hiến giác mạc", total=2845),
    F("thực hiện 60 ca", "60", 60, "count", "ca", "ca ghép thận bệnh viện thực hiện",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="forecast"),
]

COMMENTS = [
    "Party newspaper (Báo Cần Thơ): BHYT and costs of kidney transplants at Bệnh viện Đa khoa Trung ương Cần Thơ, 2023.",
    "Byline and bare date '18/03/2024' at the end give `published`. 'từ năm 2016 đến nay' ends at it.",
    "Costs per case/month/year: money, rate in the unit ('đồng/tháng', 'đồng/năm'); '8-10 triệu' is a range with approx about.",
    "'tăng 12,5% so với năm 2022' follows '26,7 tỷ đồng tiền thuốc' and belongs to it (the nearest amount), not to 11,4 tỷ.",
    "'Hiện …', 'Toàn thành phố có' sentences have no period. 'sau 3 năm' names the horizon (optional).",
    "'dự kiến' → forecast. Distractors: 'số 315 Nguyễn Văn Linh', phone 0292.3821.235, 'Đảng bộ', section path.",
]

emit("p666-5", TEXT, COMMENTS, FIGS, published="2024-03-18", location="Cần Thơ")
