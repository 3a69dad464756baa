from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Bất động sản
Thứ bảy, 12/10/2024, 06:00 (GMT+7)

Hơn 40 dự án sân golf chậm triển khai

Cả nước có 97 sân golf đang khai thác và 57 dự án đang xây dựng, song hơn 40 dự án chậm tiến độ từ 2 đến 5 năm, theo Bộ Kế hoạch và Đầu tư.

Báo cáo gửi Thủ tướng ngày 10/10 cho biết, tính đến 30/9/2024, tổng diện tích đất của các sân golf đang khai thác khoảng 28.600 ha, trong đó đất nông nghiệp chiếm gần 62%, đất trồng lúa khoảng 1.140 ha. Bình quân mỗi sân golf 18 hố sử dụng từ 90 đến 120 ha.

Các địa phương có nhiều dự án chậm tiến độ nhất là Hòa Bình (6 dự án), Long An (5 dự án) và Bình Định (4 dự án). Một số dự án được cấp phép từ năm 2016 nhưng đến nay mới đạt 10-20% khối lượng.

Theo Hiệp hội Golf Việt Nam, số người chơi golf thường xuyên trong nước hiện khoảng 70.000 người, tăng khoảng 30% so với năm 2020. Năm 2023, doanh thu toàn ngành golf ước đạt 12.500 tỷ đồng; trong đó thu từ khách quốc tế chiếm 55%.

Bộ Kế hoạch và Đầu tư kiến nghị thu hồi 12 dự án không còn khả năng triển khai, với tổng diện tích 3.450 ha. Đồng thời, các địa phương cần rà soát, không bố trí sân golf trên đất trồng lúa 2 vụ trở lên, đất rừng phòng hộ, rừng đặc dụng.

Theo các chuyên gia, việc chậm triển khai khiến nhiều diện tích đất bị bỏ hoang trong thời gian dài, gây lãng phí nguồn lực và bức xúc cho người dân có đất bị thu hồi.

Anh Minh
"""

AS = P("tính đến 30/9/2024", None, "2024-09-30")
NOW = P("đến nay", None, "2024-10-12")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("Hơn 40 dự án sân golf", "40", 40, "count", "dự án", "dự án sân golf chậm triển khai", approx="over"),
    F("có 97 sân golf", "97", 97, "count", "sân golf", "sân golf đang khai thác"),
    F("và 57 dự án", "57", 57, "count", "dự án", "dự án sân golf đang xây dựng"),
    F("song hơn 40 dự án", "40", 40, "count", "dự án", "dự án chậm tiến độ", approx="over"),
    F("từ 2 đến 5 năm", "2", 2, "measure", "năm", "thời gian chậm tiến độ", value_max=5),
    F("khoảng 28.600 ha", "28.600", 28600, "measure", "ha", "tổng diện tích đất của các sân golf đang khai thác", AS,
      approx="about"),
    F("chiếm gần 62%", "62", 62, "percent", "%", "tỷ lệ đất nông nghiệp trong diện tích đất sân golf", AS,
      approx="nearly"),
    F("khoảng 1.140 ha", "1.140", 1140, "measure", "ha", "diện tích đất trồng lúa của các sân golf", AS,
      approx="about", total=28600),
    F("sân golf 18 hố", "18", 18, "count", "hố", "quy mô sân golf", optional=True),
    F("từ 90 đến 120 ha", "90", 90, "measure", "ha", "diện tích bình quân mỗi sân golf 18 hố", value_max=120),
    F("Hòa Bình (6 dự án)", "6", 6, "count", "dự án", "dự án chậm tiến độ", location="Hòa Bình"),
    F("Long An (5 dự án)", "5", 5, "count", "dự án", "dự án chậm tiến độ", location="Long An"),
    F("Bình Định (4 dự án)", "4", 4, "count", "dự án", "dự án chậm tiến độ", location="Bình Định"),
    F("đạt 10-20%", "10", 10, "percent", "%", "khối lượng một số dự án đã đạt", NOW, value_max=20),
    F("khoảng 70.000 người", "70.000", 70000, "count", "người", "số người chơi golf thường xuyên trong nước",
      approx="about", change=CH("increase", 30, "%", "năm 2020", approx="about")),
    F("ước đạt 12.500 tỷ đồng", "12.500", 12500000000000, "money", "đồng", "doanh thu toàn ngành golf", Y23,
      status="estimate"),
    F("chiếm 55%", "55", 55, "percent", "%", "tỷ trọng thu từ khách quốc tế trong doanh thu ngành golf", Y23,
      status="estimate"),
    F("thu hồi 12 dự án", "12", 12, "count", "dự án", "dự án kiến nghị thu hồi"),
    F("diện tích 3.450 ha", "3.450", 3450, "measure", "ha", "tổng diện tích dự án kiến nghị thu hồi"),
    F("lúa 2 vụ", "2", 2, "count", "vụ", "đất trồng lúa", approx="at_least", optional=True),
]

COMMENTS = [
    "National press (VnExpress style): golf course projects behind schedule, land use; 'Thứ bảy, 12/10/2024, 06:00 (GMT+7)', byline at the end.",
    "All national -> location Việt Nam, except the province list 'Hòa Bình (6 dự án), ...' (location = province, subject = list indicator).",
    "'hơn 40 dự án chậm tiến độ từ 2 đến 5 năm': the delay range is a measure figure (năm), not a period. 'trong đó đất nông nghiệp chiếm",
    "gần 62%' is a percent figure; 'đất trồng lúa khoảng 1.140 ha' is a part of 28.600 ha (total). 'sân golf 18 hố' inside a per-course",
    "average and 'đất trồng lúa 2 vụ trở lên' (a land class) are optional. 'cấp phép từ năm 2016 nhưng đến nay mới đạt 10-20%': as-of",
    "'đến nay' (dateline), not 'từ năm 2016 đến nay'. 'hiện khoảng 70.000 người' no period; change about 30% vs năm 2020.",
    "'Năm 2023, ... ước đạt 12.500 tỷ đồng; trong đó ... chiếm 55%' -> estimate continues into the trong đó clause.",
    "Distractors: '(GMT+7)', 'ngày 10/10', 'từ năm 2016', dateline time.",
]

emit("p715-6", TEXT, COMMENTS, FIGS, published="2024-10-12", location="Việt Nam")
