from lib import F, P, CH, TG, emit

TEXT = """Kinh doanh › Ngân hàng
Thứ hai, 2/12/2024, 06:00 (GMT+7)

Tiểu thương chợ truyền thống chuộng mã QR

Hơn 70% tiểu thương tại các chợ lớn ở TP HCM đã nhận tiền qua mã QR, theo khảo sát do Hội Tiêu chuẩn và Bảo vệ người tiêu dùng thành phố công bố cuối tháng 11.

Khảo sát thực hiện từ tháng 9 đến tháng 10 với 1.250 tiểu thương tại 40 chợ. Ở nhóm hàng tươi sống, tỷ lệ dùng mã QR thấp hơn, khoảng 58%, trong khi ở nhóm quần áo, đồ gia dụng lên tới 86%. Bà Ba, bán cá ở chợ Bà Chiểu, nói mỗi ngày bà nhận khoảng 60-70% tiền hàng qua chuyển khoản, "khách đưa tiền mặt giờ ít lắm".

Tại Hà Nội, theo Ngân hàng Nhà nước chi nhánh TP Hà Nội, đến cuối tháng 10/2024, 176/263 chợ trên địa bàn đã triển khai thanh toán không dùng tiền mặt, với khoảng 28.500 tiểu thương tham gia. Quận Hoàn Kiếm dẫn đầu với 100% chợ triển khai, tiếp theo là quận Cầu Giấy (92,3%) và quận Đống Đa (88,9%).

Trên phạm vi cả nước, giao dịch qua mã QR 10 tháng năm 2024 gấp 2,1 lần cùng kỳ năm trước, theo Vụ Thanh toán (Ngân hàng Nhà nước). Việt Nam hiện xếp thứ 2 trong khu vực ASEAN về tốc độ tăng trưởng thanh toán QR, chỉ sau Thái Lan.

Ông Phạm Anh Tuấn, Vụ trưởng Vụ Thanh toán, cho biết tiểu thương gần như không mất phí khi nhận tiền qua mã QR, trong khi phí quẹt thẻ qua máy POS thường từ 1,1% đến 2,5% giá trị mỗi giao dịch. Ngành ngân hàng đặt mục tiêu năm 2025 có 50% chợ truyền thống trên cả nước chấp nhận thanh toán không dùng tiền mặt.

Bảo Anh
"""

SURVEY = P("từ tháng 9 đến tháng 10", "2024-09-01", "2024-10-31")
SURVEY_I = P("từ tháng 9 đến tháng 10", "2024-09-01", "2024-10-31", inh=True)
HN = P("đến cuối tháng 10/2024", None, "2024-10-31")
HN_I = P("đến cuối tháng 10/2024", None, "2024-10-31", inh=True)

FIGS = [
    F("Hơn 70% tiểu thương", "70", 70, "percent", "%",
      "tiểu thương tại các chợ lớn đã nhận tiền qua mã QR", SURVEY_I, approx="over",
      location="Thành phố Hồ Chí Minh"),
    F("với 1.250 tiểu thương", "1.250", 1250, "count", "tiểu thương", "tiểu thương được khảo sát",
      SURVEY, location="Thành phố Hồ Chí Minh"),
    F("tại 40 chợ", "40", 40, "count", "chợ", "chợ được khảo sát", SURVEY,
      location="Thành phố Hồ Chí Minh"),
    F("khoảng 58%", "58", 58, "percent", "%", "tỷ lệ dùng mã QR ở nhóm hàng tươi sống",
      SURVEY_I, approx="about", location="Thành phố Hồ Chí Minh"),
    F("lên tới 86%", "86", 86, "percent", "%", "tỷ lệ dùng mã QR ở nhóm quần áo, đồ gia dụng",
      SURVEY_I, location="Thành phố Hồ Chí Minh"),
    F("khoảng 60-70% tiền hàng", "60", 60, "percent", "%", "tiền hàng nhận qua chuyển khoản mỗi ngày",
      value_max=70, approx="about", location="Thành phố Hồ Chí Minh"),
    F("176/263 chợ", "176", 176, "count", "chợ", "chợ triển khai thanh toán không dùng tiền mặt",
      HN, total=263, location="Hà Nội"),
    F("khoảng 28.500 tiểu thương", "28.500", 28500, "count", "tiểu thương",
      "tiểu thương tham gia thanh toán không dùng tiền mặt", HN, approx="about", location="Hà Nội"),
    F("với 100% chợ", "100", 100, "percent", "%", "chợ triển khai thanh toán không dùng tiền mặt",
      HN_I, location="Hoàn Kiếm"),
    F("Giấy (92,3%)", "92,3", 92.3, "percent", "%", "chợ triển khai thanh toán không dùng tiền mặt",
      HN_I, location="Cầu Giấy"),
    F("Đống Đa (88,9%)", "88,9", 88.9, "percent", "%", "chợ triển khai thanh toán không dùng tiền mặt",
      HN_I, location="Đống Đa"),
    F("gấp 2,1 lần", "2,1", 2.1, "multiple", "lần", "giao dịch qua mã QR",
      P("10 tháng năm 2024", "2024-01-01", "2024-10-31"), location="Việt Nam"),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "tốc độ tăng trưởng thanh toán QR",
      P("hiện", None, "2024-12-02", inh=True), location="Việt Nam"),
    F("từ 1,1% đến 2,5%", "1,1", 1.1, "percent", "%", "phí quẹt thẻ qua máy POS", value_max=2.5,
      location="Việt Nam"),
    F("có 50% chợ", "50", 50, "percent", "%",
      "chợ truyền thống chấp nhận thanh toán không dùng tiền mặt",
      P("năm 2025", "2025-01-01", "2025-12-31"), status="target", location="Việt Nam"),
]

COMMENTS = [
    "National press (online newspaper, 'Kinh doanh › Ngân hàng'): QR payments at traditional markets in TP HCM, Hà Nội and nationwide; dateline 'Thứ hai, 2/12/2024, 06:00 (GMT+7)', byline at the end.",
    "No file-wide place: TP HCM survey figures take 'Thành phố Hồ Chí Minh', Hà Nội figures 'Hà Nội', the district list its districts, national ones 'Việt Nam'.",
    "'từ tháng 9 đến tháng 10' (survey period, year 2024 from the dateline) spans 2024-09-01..2024-10-31; 'công bố cuối tháng 11' is a date, not a figure.",
    "'gấp 2,1 lần cùng kỳ năm trước' has no base amount: a multiple standing as the claim. 'xếp thứ 2 trong khu vực ASEAN' is a rank (period 'hiện', inherited).",
    "Distractors: '(GMT+7)', 'chợ Bà Chiểu', 'Bà Ba' (a name), 'Thái Lan' (the leader, not a figure's place), 'cuối tháng 11'.",
    "Ranges 'khoảng 60-70%' (about) and 'từ 1,1% đến 2,5%' carry value_max; the stall-holder's daily share and the POS fee have no period.",
]

emit("p398-7", TEXT, COMMENTS, FIGS, published="2024-12-02")
