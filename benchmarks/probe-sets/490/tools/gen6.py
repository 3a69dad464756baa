from lib import *

TEXT = """Thời sự › Nông nghiệp
Thứ sáu, 20/9/2024, 06:00 (GMT+7)

Vốn nông thôn mới giải ngân chưa đến 40% sau 8 tháng

Đến hết tháng 8/2024, các địa phương mới giải ngân khoảng 3.612 tỷ đồng vốn ngân sách trung ương của Chương trình mục tiêu quốc gia xây dựng nông thôn mới, đạt 38,8% kế hoạch.

Theo Bộ Tài chính, tổng vốn ngân sách trung ương giao năm 2024 cho chương trình là 9.310 tỷ đồng, gồm 6.210 tỷ đồng vốn đầu tư phát triển và 3.100 tỷ đồng vốn sự nghiệp. Vốn đầu tư đã giải ngân 2.795 tỷ đồng (45%), trong khi vốn sự nghiệp chỉ đạt 817 tỷ đồng, tương đương 26,4%.

Có 13 tỉnh giải ngân dưới 20%, thấp nhất là Lai Châu (8,2%), Bạc Liêu (11,5%) và Kon Tum (12,7%). Ngược lại, Bến Tre đã giải ngân 81,3%, Thái Bình 76,9%.

Ông Nguyễn Minh Tiến, Chánh Văn phòng Điều phối nông thôn mới Trung ương, cho rằng thủ tục đầu tư kéo dài và phân bổ vốn chậm là nguyên nhân chính. Quốc hội đã cho phép kéo dài thời gian giải ngân theo Nghị quyết số 111/2024/QH15. Ông dự báo đến cuối năm, tỷ lệ giải ngân cả nước có thể đạt 85-90%.

Năm 2023, thu nhập bình quân của cư dân nông thôn đạt 54,1 triệu đồng mỗi người, tăng 7,1% so với năm trước; khoảng cách thu nhập giữa thành thị và nông thôn thu hẹp còn 1,42 lần.

Gia Chính

Chia sẻ | 12 bình luận
"""

ASOF = P("Đến hết tháng 8/2024", end="2024-08-31")
Y24 = Y("năm 2024", 2024)
ALLOC = 9310e9

FIGS = [
    F("chưa đến 40%", "40", 40, "percent", "%", "Vốn nông thôn mới giải ngân", I(P("8 tháng", "2024-01-01", "2024-08-31")),
      approx="under"),
    F("khoảng 3.612 tỷ", "3.612", 3612e9, "money", "đồng",
      "vốn ngân sách trung ương của Chương trình mục tiêu quốc gia xây dựng nông thôn mới giải ngân", ASOF,
      approx="about", percent=38.8),
    F("là 9.310 tỷ", "9.310", ALLOC, "money", "đồng", "tổng vốn ngân sách trung ương giao cho chương trình", Y24),
    F("gồm 6.210 tỷ", "6.210", 6210e9, "money", "đồng", "vốn đầu tư phát triển", Y24, total=ALLOC),
    F("và 3.100 tỷ", "3.100", 3100e9, "money", "đồng", "vốn sự nghiệp", Y24, total=ALLOC),
    F("giải ngân 2.795 tỷ", "2.795", 2795e9, "money", "đồng", "Vốn đầu tư đã giải ngân", I(ASOF), percent=45),
    F("đạt 817 tỷ", "817", 817e9, "money", "đồng", "vốn sự nghiệp giải ngân", I(ASOF), percent=26.4),
    F("Có 13 tỉnh", "13", 13, "count", "tỉnh", "tỉnh giải ngân dưới 20%", I(ASOF)),
    F("dưới 20%", "20", 20, "percent", "%", "tỷ lệ giải ngân", approx="under", optional=True),
    F("Lai Châu (8,2%)", "8,2", 8.2, "percent", "%", "tỷ lệ giải ngân", I(ASOF), location="Lai Châu"),
    F("Bạc Liêu (11,5%)", "11,5", 11.5, "percent", "%", "tỷ lệ giải ngân", I(ASOF), location="Bạc Liêu"),
    F("Kon Tum (12,7%)", "12,7", 12.7, "percent", "%", "tỷ lệ giải ngân", I(ASOF), location="Kon Tum"),
    F("giải ngân 81,3%", "81,3", 81.3, "percent", "%", "tỷ lệ giải ngân", I(ASOF), location="Bến Tre"),
    F("Thái Bình 76,9%", "76,9", 76.9, "percent", "%", "tỷ lệ giải ngân", I(ASOF), location="Thái Bình"),
    F("đạt 85-90%", "85", 85, "percent", "%", "tỷ lệ giải ngân cả nước", P("đến cuối năm", end="2024-12-31"),
      value_max=90, status="forecast"),
    F("đạt 54,1 triệu", "54,1", 54.1e6, "money", "đồng", "thu nhập bình quân của cư dân nông thôn", Y("Năm 2023", 2023),
      change=CH("increase", 7.1, "%", "năm trước")),
    F("còn 1,42 lần", "1,42", 1.42, "multiple", "lần", "khoảng cách thu nhập giữa thành thị và nông thôn", Y("Năm 2023", 2023)),
]

COMMENTS = [
    "National press (VnExpress style): NTM programme central-budget disbursement to end of 8/2024; provinces; forecast; rural income 2023.",
    "Dateline 'Thứ sáu, 20/9/2024, 06:00 (GMT+7)'. Distractors: '(GMT+7)', 'Nghị quyết số 111/2024/QH15', '12 bình luận' (comment count).",
    "'đạt 38,8% kế hoạch', '(45%)', 'tương đương 26,4%' are shares of the amounts before them. 6.210 + 3.100 = 9.310 after 'gồm' (total);",
    "the disbursed amounts are not parts of the allocation (different quantity): no total. 'dưới 20%' is a threshold: optional.",
    "'dự báo đến cuối năm … 85-90%': forecast range, as-of end of 2024. 'thu hẹp còn 1,42 lần' is a multiple standing as the claim.",
    "Headline '40% sau 8 tháng' takes the lead's period (marked inherited; 'sau 8 tháng' is loose).",
]

if __name__ == "__main__":
    emit("p490-6", TEXT, COMMENTS, FIGS, published="2024-09-20", location="Việt Nam")
