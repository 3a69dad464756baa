from lib import F, P, C, T, build

text = """Cổng thông tin điện tử huyện Đức Hòa
Tin hoạt động › Mặt trận - Đoàn thể

Công đoàn huyện Đức Hòa: 9 tháng kết nạp hơn 2.100 đoàn viên

Ngày đăng: Thứ Hai, 07/10/2024 - 14:30

Chiều 4/10, Liên đoàn Lao động huyện tổ chức hội nghị sơ kết hoạt động công đoàn 9 tháng đầu năm 2024. Theo báo cáo, từ đầu năm đến nay, LĐLĐ huyện đã thành lập mới 12 công đoàn cơ sở (CĐCS), kết nạp 2.145 đoàn viên, đạt 107,25% chỉ tiêu năm (chỉ tiêu 2.000 đoàn viên).

Tính đến 30/9/2024, toàn huyện có 215 CĐCS với 48.620 đoàn viên, trong đó 168 CĐCS thuộc doanh nghiệp ngoài nhà nước, chiếm 78,1%. Số doanh nghiệp có từ 50 đến 70 lao động nhưng chưa thành lập công đoàn vẫn còn khoảng 40 đơn vị, chủ yếu tại các xã Đức Hòa Hạ, Mỹ Hạnh Nam và Hựu Thạnh.

Về tài chính, thu kinh phí công đoàn (2% quỹ tiền lương làm căn cứ đóng bảo hiểm xã hội) 9 tháng ước đạt 18,5 tỷ đồng, bằng 76% dự toán năm; thu đoàn phí đạt 4,27 tỷ đồng, tăng 6,3% so với cùng kỳ.

Trong công tác chăm lo, Công đoàn huyện đã trao 320 suất quà "Tháng Công nhân" (mỗi suất 500.000 đồng), hỗ trợ 6 đoàn viên khó khăn về nhà ở với tổng số tiền 240 triệu đồng và giới thiệu 1.150 lượt lao động đến các doanh nghiệp đang tuyển dụng tại KCN Tân Đức, KCN Hải Sơn.

Năm 2024, huyện phấn đấu 100% doanh nghiệp có từ 25 lao động trở lên thành lập CĐCS; tỷ lệ CĐCS ký kết thỏa ước lao động tập thể đạt trên 75%.

Đường dây nóng: 0272.3779.115

Thanh Tâm - LĐLĐ huyện Đức Hòa
"""

comments = [
    "District portal (huyện Đức Hòa, Long An): 9-month union review 2024; 'Ngày đăng: Thứ Hai, 07/10/2024 - 14:30', byline at the end.",
    "'từ đầu năm đến nay' runs 2024-01-01 to the dateline (FIGURES.md: '... đến nay' ends at published).",
    "'9 tháng' without a year takes 2024 (headline: from published; body: from '9 tháng đầu năm 2024').",
    "2.145 đoàn viên: 'đạt 107,25% chỉ tiêu năm' is its percent, '(chỉ tiêu 2.000 đoàn viên)' its target. 168 CĐCS is part of 215 (trong đó) with share 78,1%.",
    "18,5 tỷ: 'ước đạt' -> estimate, 'bằng 76% dự toán' -> percent. The đoàn phí clause has its own verb 'đạt' -> actual.",
    "Optional: enterprise-size criteria ('từ 50 đến 70 lao động', 'từ 25 lao động trở lên') and the legal levy rate '2% quỹ tiền lương'.",
    "Subjects keep the sentence's own wording (the abbreviation CĐCS where the sentence uses it).",
    "Distractors: 'Chiều 4/10', commune names, 'KCN Tân Đức, KCN Hải Sơn', hotline, 'Tháng Công nhân'.",
]

P9H = P("9 tháng", "2024-01-01", "2024-09-30")
PYTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-07")
P309 = P("Tính đến 30/9/2024", None, "2024-09-30")
P9INH = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", inherited=True)
P2024 = P("Năm 2024", "2024-01-01", "2024-12-31")
figs = [
    F("hơn 2.100 đoàn viên", "2.100", 2100, "count", "đoàn viên", "đoàn viên được kết nạp", approx="over", period=P9H),
    F("mới 12 công đoàn cơ sở", "12", 12, "count", "công đoàn cơ sở", "công đoàn cơ sở thành lập mới", period=PYTD),
    F("kết nạp 2.145 đoàn viên", "2.145", 2145, "count", "đoàn viên", "đoàn viên được kết nạp",
      percent=107.25, target=T(2000, "đoàn viên", True), period=PYTD),
    F("có 215 CĐCS", "215", 215, "count", "CĐCS", "CĐCS toàn huyện", period=P309),
    F("48.620 đoàn viên", "48.620", 48620, "count", "đoàn viên", "đoàn viên toàn huyện", period=P309),
    F("168 CĐCS", "168", 168, "count", "CĐCS", "CĐCS thuộc doanh nghiệp ngoài nhà nước",
      total=215, percent=78.1, period=P309),
    F("từ 50 đến 70 lao động", "50", 50, "count", "lao động", "quy mô doanh nghiệp chưa thành lập công đoàn",
      value_max=70, optional=True),
    F("khoảng 40 đơn vị", "40", 40, "count", "đơn vị", "doanh nghiệp chưa thành lập công đoàn", approx="about",
      period=P("Tính đến 30/9/2024", None, "2024-09-30", inherited=True)),
    F("(2% quỹ tiền lương", "2", 2, "percent", "%", "mức đóng kinh phí công đoàn", optional=True),
    F("ước đạt 18,5 tỷ đồng", "18,5", 18.5e9, "money", "đồng", "thu kinh phí công đoàn",
      percent=76, status="estimate", period=P9H),
    F("đạt 4,27 tỷ đồng", "4,27", 4.27e9, "money", "đồng", "thu đoàn phí",
      change=C("increase", 6.3, "%", "cùng kỳ"), period=P9H),
    F("trao 320 suất quà", "320", 320, "count", "suất quà", "suất quà Tháng Công nhân được trao", period=P9INH),
    F("mỗi suất 500.000 đồng", "500.000", 500000, "money", "đồng", "giá trị mỗi suất quà Tháng Công nhân"),
    F("hỗ trợ 6 đoàn viên", "6", 6, "count", "đoàn viên", "đoàn viên khó khăn về nhà ở được hỗ trợ", period=P9INH),
    F("số tiền 240 triệu đồng", "240", 240e6, "money", "đồng", "tổng số tiền hỗ trợ đoàn viên khó khăn về nhà ở",
      period=P9INH),
    F("giới thiệu 1.150 lượt lao động", "1.150", 1150, "count", "lượt lao động",
      "lượt lao động được giới thiệu đến doanh nghiệp tuyển dụng", period=P9INH),
    F("phấn đấu 100% doanh nghiệp", "100", 100, "percent", "%", "doanh nghiệp thành lập CĐCS",
      status="target", period=P2024),
    F("từ 25 lao động trở lên", "25", 25, "count", "lao động", "quy mô doanh nghiệp phải thành lập CĐCS",
      approx="at_least", optional=True),
    F("đạt trên 75%", "75", 75, "percent", "%", "tỷ lệ CĐCS ký kết thỏa ước lao động tập thể",
      approx="over", status="target", period=P2024),
]

build(2, text, comments, figs, published="2024-10-07", location="Đức Hòa")
