from lib import F, P, I, C, T, emit

TEXT = """Thứ bảy, 9/11/2024, 06:30 (GMT+7)

Những bếp cơm nghĩa tình quanh bệnh viện ở TP HCM

Năm 2023, TP HCM có 118 bếp ăn, điểm phát cơm miễn phí tại và quanh các bệnh viện, phục vụ trên 9,2 triệu suất ăn; 9 tháng đầu năm nay, con số này đạt gần 7,6 triệu suất, bằng 82,6% cả năm trước, theo Hội Chữ thập đỏ TP Hồ Chí Minh.

Trong con hẻm 12 đường Nơ Trang Long, quận Bình Thạnh, gần Bệnh viện Ung bướu, bếp của bà Lê Thị Sáu (68 tuổi) đỏ lửa từ 3h sáng. Mỗi ngày, 6 người nấu để kịp phát 700 suất cơm lúc 10h. Bà Sáu cho biết mỗi tháng bếp dùng khoảng 1,8 tấn gạo, chi phí từ 120 đến 150 triệu đồng, phần lớn do 30-40 mạnh thường quân quen thuộc góp. Giá thực phẩm tăng khiến chi phí mỗi suất lên 25.000 đồng, cao hơn khoảng 20% so với năm 2022.

Ở khu vực Bệnh viện Chợ Rẫy (quận 5), nhóm thiện nguyện Cơm Có Thịt phát trung bình 1.200 suất mỗi tối cho người nhà bệnh nhân. Bệnh viện này mỗi ngày tiếp nhận hơn 5.000 lượt khám ngoại trú.

Ông Nguyễn Văn Hùng, Phó chủ tịch Hội Chữ thập đỏ thành phố, cho biết từ đầu năm, Hội đã kết nối 214 doanh nghiệp, cá nhân tài trợ với tổng số tiền 31,4 tỷ đồng, trong đó 62% dành cho các bếp tại bệnh viện ung bướu, nhi và lao. Năm 2025, Hội đặt mục tiêu vận động 50 tỷ đồng và hỗ trợ thêm 20 bếp tại bệnh viện tuyến quận, huyện.

"Người nhà bệnh nhân ung thư thường ở lại thành phố nhiều tháng, một bữa cơm miễn phí giúp họ bớt đi một khoản lớn", ông Hùng nói.

Lê Phương
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M9 = P("9 tháng đầu năm nay", "2024-01-01", "2024-09-30")
YTD = P("từ đầu năm", "2024-01-01", "2024-11-09")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
BT = "Bình Thạnh"
Q5 = "Quận 5"

FIGS = [
    F("có 118 bếp ăn", "118", 118, "count", "bếp ăn, điểm phát cơm miễn phí",
      subject="bếp ăn, điểm phát cơm miễn phí tại và quanh các bệnh viện", period=Y23),
    F("trên 9,2 triệu suất ăn", "9,2", 9.2e6, "count", "suất ăn", approx="over",
      subject="suất ăn các bếp, điểm phát cơm miễn phí phục vụ", period=Y23),
    F("gần 7,6 triệu suất", "7,6", 7.6e6, "count", "suất", approx="nearly", percent=82.6,
      subject="suất ăn các bếp, điểm phát cơm miễn phí phục vụ", period=M9),
    F("(68 tuổi)", "68", 68, "measure", "tuổi", location=BT, subject="tuổi của bà Lê Thị Sáu", optional=True),
    F("Mỗi ngày, 6 người", "6", 6, "count", "người", location=BT, subject="người nấu ở bếp mỗi ngày"),
    F("phát 700 suất cơm", "700", 700, "count", "suất cơm", location=BT, subject="suất cơm bếp phát mỗi ngày"),
    F("khoảng 1,8 tấn gạo", "1,8", 1.8, "measure", "tấn", approx="about", location=BT,
      subject="gạo bếp dùng mỗi tháng"),
    F("từ 120 đến 150 triệu đồng", "120", 120e6, "money", "đồng", value_max=150e6, location=BT,
      subject="chi phí mỗi tháng của bếp"),
    F("30-40 mạnh thường quân", "30", 30, "count", "mạnh thường quân", value_max=40, location=BT,
      subject="mạnh thường quân quen thuộc góp cho bếp"),
    F("lên 25.000 đồng", "25.000", 25000, "money", "đồng", location=BT,
      change=C("increase", 20, "%", "năm 2022", approx="about"),
      subject="chi phí mỗi suất"),
    F("trung bình 1.200 suất", "1.200", 1200, "count", "suất", location=Q5,
      subject="suất cơm nhóm Cơm Có Thịt phát mỗi tối cho người nhà bệnh nhân"),
    F("hơn 5.000 lượt khám", "5.000", 5000, "count", "lượt khám", approx="over", location=Q5,
      subject="lượt khám ngoại trú Bệnh viện Chợ Rẫy tiếp nhận mỗi ngày"),
    F("kết nối 214 doanh nghiệp", "214", 214, "count", "doanh nghiệp, cá nhân",
      subject="doanh nghiệp, cá nhân tài trợ Hội kết nối", period=YTD),
    F("tổng số tiền 31,4 tỷ đồng", "31,4", 31.4e9, "money", "đồng",
      subject="tổng số tiền tài trợ", period=YTD),
    F("trong đó 62%", "62", 62, "percent", "%",
      subject="tiền tài trợ dành cho các bếp tại bệnh viện ung bướu, nhi và lao", period=YTD),
    F("vận động 50 tỷ đồng", "50", 50e9, "money", "đồng", status="target",
      subject="kinh phí Hội vận động", period=Y25),
    F("thêm 20 bếp", "20", 20, "count", "bếp", status="target",
      subject="bếp tại bệnh viện tuyến quận, huyện được hỗ trợ thêm", period=Y25),
]

emit("p1024-6", TEXT, FIGS, published="2024-11-09", location="TP Hồ Chí Minh", comments=[
    "National newspaper (VnExpress style, 'Thứ bảy, 9/11/2024, 06:30 (GMT+7)'): charity kitchens around hospitals in TP HCM.",
    "'9 tháng đầu năm nay' is 2024 (năm nay = the dateline's year), although 'Năm 2023' stands nearer before it; 'bằng 82,6% cả năm trước' is its percent.",
    "Location: the Nơ Trang Long kitchen's figures are 'Bình Thạnh' (quận named); the Chợ Rẫy paragraph is 'Quận 5'; city-wide figures TP Hồ Chí Minh.",
    "Not figures: 'hẻm 12', 'quận 5' (a district name), 'bà Lê Thị Sáu', '3h sáng', 'lúc 10h', '06:30', 'GMT+7'. Age '68 tuổi' optional.",
    "'trong đó 62% dành cho ...' is a share of the 31,4 tỷ going to a part: a percent figure of its own, not the 31,4 tỷ's percent.",
    "'từ đầu năm' (with the implied 'đến nay') runs to the dateline.",
])
