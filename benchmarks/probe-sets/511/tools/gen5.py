from lib import F, P, I, CH, T, emit

TEXT = """Nghệ An: Phụ tải điện lập đỉnh mới, ngành điện căng mình chống quá tải

(Baonghean.vn) - Những ngày nắng nóng đầu tháng 6, sản lượng điện tiêu thụ trên địa bàn tỉnh liên tục tăng cao, có ngày đạt 24,8 triệu kWh, tăng 18% so với ngày bình thường.

Theo Công ty Điện lực Nghệ An, ngày 5/6/2024, công suất cực đại toàn tỉnh đạt 1.126 MW, cao nhất từ trước đến nay, tăng 12,4% so với đỉnh năm 2023. Để đáp ứng phụ tải, từ đầu năm đến nay công ty đã đưa vào vận hành 3 trạm biến áp 110 kV và 156 trạm biến áp phân phối, nâng công suất 84 trạm có nguy cơ quá tải.

Tuy nhiên, 5 tháng đầu năm, trên lưới điện trung áp vẫn xảy ra 142 sự cố, trong đó 97 sự cố thoáng qua và 45 sự cố vĩnh cửu; thời gian mất điện bình quân của một khách hàng (SAIDI) là 412 phút, giảm 21% so với cùng kỳ. Công ty đã tiếp nhận 3.215 yêu cầu qua Tổng đài 19006769, 100% được xử lý đúng thời hạn.

Năm 2024, Công ty được giao kế hoạch đầu tư xây dựng 452,7 tỷ đồng; đến hết tháng 5 đã giải ngân 168,3 tỷ đồng, đạt 37,2% kế hoạch. Dự báo trong tháng 7, công suất cực đại toàn tỉnh khoảng 1.180 MW.

Ông Nguyễn Văn Hải, Phó Giám đốc Công ty Điện lực Nghệ An khuyến cáo người dân đặt nhiệt độ điều hòa ở mức 26-27 độ C, hạn chế dùng đồng thời nhiều thiết bị công suất lớn trong khung giờ từ 13 giờ đến 15 giờ và từ 20 giờ đến 22 giờ. Khi có sự cố, khách hàng liên hệ Điện lực TP Vinh, số 6 đường Lê Hồng Phong, hoặc điện thoại 0238.3844.558.

HOÀI THU
24/06/2024
"""

SINCE = P("từ đầu năm đến nay", "2024-01-01", "2024-06-24")
M5 = P("5 tháng đầu năm", "2024-01-01", "2024-05-31")

FIGS = [
    F("đạt 24,8 triệu kWh", "24,8", 24.8e6, "measure", "kWh", "sản lượng điện tiêu thụ trên địa bàn tỉnh",
      change=CH("increase", 18, "%", "ngày bình thường")),
    F("đạt 1.126 MW", "1.126", 1126, "measure", "MW", "công suất cực đại toàn tỉnh",
      P("ngày 5/6/2024", "2024-06-05", "2024-06-05"), change=CH("increase", 12.4, "%", "đỉnh năm 2023")),
    F("vận hành 3 trạm", "3", 3, "count", "trạm biến áp", "trạm biến áp 110 kV đưa vào vận hành", SINCE),
    F("và 156 trạm", "156", 156, "count", "trạm biến áp", "trạm biến áp phân phối đưa vào vận hành", SINCE),
    F("công suất 84 trạm", "84", 84, "count", "trạm", "trạm có nguy cơ quá tải được nâng công suất", SINCE),
    F("xảy ra 142 sự cố", "142", 142, "count", "sự cố", "sự cố trên lưới điện trung áp", M5),
    F("trong đó 97 sự cố", "97", 97, "count", "sự cố", "sự cố thoáng qua", M5, total=142),
    F("và 45 sự cố", "45", 45, "count", "sự cố", "sự cố vĩnh cửu", M5, total=142),
    F("là 412 phút", "412", 412, "measure", "phút", "thời gian mất điện bình quân của một khách hàng (SAIDI)", M5,
      change=CH("decrease", 21, "%", "cùng kỳ")),
    F("tiếp nhận 3.215 yêu cầu", "3.215", 3215, "count", "yêu cầu", "yêu cầu tiếp nhận qua Tổng đài", I(M5)),
    F("100% được xử lý", "100", 100, "percent", "%", "yêu cầu được xử lý đúng thời hạn", I(M5)),
    F("xây dựng 452,7 tỷ đồng", "452,7", 452.7e9, "money", "đồng", "kế hoạch đầu tư xây dựng",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("giải ngân 168,3 tỷ đồng", "168,3", 168.3e9, "money", "đồng", "vốn đầu tư xây dựng đã giải ngân",
      P("đến hết tháng 5", end="2024-05-31"), percent=37.2),
    F("khoảng 1.180 MW", "1.180", 1180, "measure", "MW", "công suất cực đại toàn tỉnh",
      P("trong tháng 7", "2024-07-01", "2024-07-31"), approx="about", status="forecast"),
    F("mức 26-27 độ C", "26", 26, "measure", "độ C", "nhiệt độ điều hòa khuyến cáo", value_max=27, optional=True),
]

emit("p511-5", TEXT, [
    "Báo Nghệ An (Party newspaper): hot-season peak load, grid reinforcement, outages Jan-May 2024, investment disbursement; byline and bare date at the end.",
    "'đầu tháng 6' (a daily record on some day) has no definite period -> none. The record peak 'ngày 5/6/2024' takes that day as start and end.",
    "'Năm 2024' gives the year to '5 tháng đầu năm', 'đến hết tháng 5', 'tháng 7'; 'từ đầu năm đến nay' ends at the date line 24/06/2024.",
    "The plan 452,7 tỷ stands as its own target figure; the disbursement 'đạt 37,2% kế hoạch' keeps only the percent.",
    "Recommended AC setting 26-27 độ C: optional (advice, not a fact or target).",
    "Distractors: 110 kV, Tổng đài 19006769, times of day 13 giờ/15 giờ/20 giờ/22 giờ, số 6 đường Lê Hồng Phong, 0238.3844.558, (Baonghean.vn).",
], FIGS, published="2024-06-24", location="Nghệ An")
