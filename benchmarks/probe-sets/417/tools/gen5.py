from lib import *

text = """Sức khỏe
Mỗi năm Việt Nam có khoảng 200.000 ca đột quỵ mới
Thứ ba, 29/10/2024, 14:05 (GMT+7)

Theo Hội Đột quỵ Việt Nam, mỗi năm cả nước ghi nhận khoảng 200.000 người bị đột quỵ, tỷ lệ tử vong khoảng 21%; đột quỵ là một trong những nguyên nhân gây tử vong hàng đầu ở Việt Nam.

Tại lễ mít tinh hưởng ứng Ngày Đột quỵ thế giới 29/10 tổ chức ở Hà Nội sáng nay, PGS.TS Mai Duy Tôn, Giám đốc Trung tâm Đột quỵ, Bệnh viện Bạch Mai, cho biết tính đến tháng 9/2024, cả nước có 285 đơn vị đột quỵ, tăng gần gấp ba so với năm 2018 (khoảng 100 đơn vị). Tuy nhiên, mạng lưới phân bố chưa đều, còn 9 tỉnh chưa có đơn vị đột quỵ nào, chủ yếu ở Tây Nguyên và miền núi phía Bắc.

Năm 2024, có 46 bệnh viện được Tổ chức Đột quỵ thế giới (WSO) trao chứng nhận Kim cương, nhiều nhất là TP Hồ Chí Minh (9 bệnh viện), Hà Nội (6), Cần Thơ (3) và Bình Định (2).

Theo thống kê, chỉ khoảng 20-30% bệnh nhân đột quỵ đến viện trong "thời gian vàng"; tỷ lệ được điều trị tái thông mới đạt 6,3%, trong khi tại các nước phát triển là 15-20%. Ở nhiều tỉnh miền núi, người bệnh phải đi hơn 100 km mới tới được bệnh viện có khả năng tiêu sợi huyết.

Bộ Y tế cho biết, giai đoạn 2021-2025, tổng vốn đầu tư trang thiết bị cấp cứu đột quỵ, tim mạch cho bệnh viện tuyến tỉnh ước đạt 4,2 nghìn tỷ đồng, trong đó vốn ngân sách trung ương khoảng 1.750 tỷ đồng. Mục tiêu đến năm 2030, 100% tỉnh, thành phố có ít nhất 01 đơn vị đột quỵ đạt chuẩn.

Lê Nga
"""

t9 = P("tính đến tháng 9/2024", None, "2024-09-30")
t9i = P("tính đến tháng 9/2024", None, "2024-09-30", inherited=True)
y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
g = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
kc = "bệnh viện được WSO trao chứng nhận Kim cương"
figs = [
    F("khoảng 200.000 ca", "200.000", 200000, "count", "ca", "ca đột quỵ mới mỗi năm", approx="about"),
    F("khoảng 200.000 người", "200.000", 200000, "count", "người", "người bị đột quỵ mỗi năm", approx="about"),
    F("tử vong khoảng 21%", "21", 21, "percent", "%", "tỷ lệ tử vong do đột quỵ", approx="about"),
    F("có 285 đơn vị", "285", 285, "count", "đơn vị đột quỵ", "đơn vị đột quỵ",
      change=C("increase", 3, "lần", "năm 2018", approx="nearly"), period=t9),
    F("(khoảng 100 đơn vị)", "100", 100, "count", "đơn vị", "đơn vị đột quỵ năm 2018", approx="about",
      period=P("năm 2018", "2018-01-01", "2018-12-31")),
    F("còn 9 tỉnh", "9", 9, "count", "tỉnh", "tỉnh chưa có đơn vị đột quỵ", period=t9i),
    F("có 46 bệnh viện", "46", 46, "count", "bệnh viện", kc, period=y24),
    F("(9 bệnh viện)", "9", 9, "count", "bệnh viện", kc, period=y24, location="Hồ Chí Minh"),
    F("Hà Nội (6)", "6", 6, "count", "bệnh viện", kc, period=y24, location="Hà Nội"),
    F("Cần Thơ (3)", "3", 3, "count", "bệnh viện", kc, period=y24, location="Cần Thơ"),
    F("Bình Định (2)", "2", 2, "count", "bệnh viện", kc, period=y24, location="Bình Định"),
    F("khoảng 20-30%", "20", 20, "percent", "%", "bệnh nhân đột quỵ đến viện trong thời gian vàng", approx="about",
      value_max=30),
    F("đạt 6,3%", "6,3", 6.3, "percent", "%", "tỷ lệ được điều trị tái thông"),
    F("là 15-20%", "15", 15, "percent", "%", "tỷ lệ được điều trị tái thông tại các nước phát triển", value_max=20,
      location=""),
    F("hơn 100 km", "100", 100, "measure", "km", "quãng đường người bệnh ở tỉnh miền núi tới bệnh viện có khả năng tiêu sợi huyết",
      approx="over"),
    F("ước đạt 4,2 nghìn tỷ đồng", "4,2", 4.2e12, "money", "đồng",
      "tổng vốn đầu tư trang thiết bị cấp cứu đột quỵ, tim mạch cho bệnh viện tuyến tỉnh", status="estimate", period=g),
    F("khoảng 1.750 tỷ đồng", "1.750", 1.75e12, "money", "đồng", "vốn ngân sách trung ương", approx="about",
      total=4.2e12, status="estimate", period=g),
    F("2030, 100% tỉnh", "100", 100, "percent", "%", "tỉnh, thành phố có đơn vị đột quỵ đạt chuẩn", status="target",
      period=P("đến năm 2030", None, "2030-12-31")),
    F("ít nhất 01 đơn vị", "01", 1, "count", "đơn vị đột quỵ", approx="at_least", status="target", optional=True),
]
comments = [
    "National press (health section): World Stroke Day 2024, national stroke-unit network, WSO awards by province, investment 2021-2025.",
    "Dateline 'Thứ ba, 29/10/2024, 14:05 (GMT+7)', byline at the end.",
    "Distractors: 'Ngày Đột quỵ thế giới 29/10' (a day's name), 'sáng nay', the venue 'ở Hà Nội' (national figures stay Việt Nam),",
    "  'PGS.TS', 'GMT+7', the hospital name Bạch Mai, 'năm 2018' as baseline.",
    "'tăng gần gấp ba so với năm 2018 (khoảng 100 đơn vị)': change 3 lần (nearly, number word 'ba'); the bracketed 2018 level is a figure",
    "  of its own with period năm 2018. 'mỗi năm' is a frequency, not a period: the yearly counts have no period.",
    "WSO list: items are figures with the list's indicator as subject and the province/city as location; 'nhiều nhất là' is not a part-of cue, no total.",
    "'tại các nước phát triển là 15-20%' describes no Vietnamese place: location null. Ranges 20-30% and 15-20% give value_max.",
    "'ước đạt 4,2 nghìn tỷ đồng, trong đó ... khoảng 1.750 tỷ đồng': estimate; the part continues the clause (estimate, total 4,2e12).",
    "'ít nhất 01 đơn vị đột quỵ đạt chuẩn' is the criterion of the 100% target: optional.",
]
build("p417-5", text, comments, figs, published="2024-10-29", location="Việt Nam")
