"""p962-6: national newspaper, TP Hồ Chí Minh land-use certificates for religious establishments (10/2024)."""
from lib import F, P, I, change, write

TEXT = """Thời sự › Dân sinh
Thứ hai, 14/10/2024, 06:30 (GMT+7)

TP HCM còn 146 cơ sở tôn giáo chưa được cấp sổ đất

Sau hơn 4 năm rà soát, thành phố đã cấp giấy chứng nhận quyền sử dụng đất cho 1.602 cơ sở tôn giáo, đạt 91,6%; số còn lại vướng tranh chấp, lấn chiếm hoặc quy hoạch.

Theo Ban Tôn giáo TP HCM (Sở Nội vụ), thành phố hiện có 1.748 cơ sở tôn giáo với tổng diện tích khoảng 1.260 ha, trong đó 1.095 chùa, tịnh xá, niệm Phật đường; 318 nhà thờ, nhà nguyện Công giáo và 335 cơ sở của các tôn giáo khác.

Tính đến ngày 30/9/2024, diện tích đất tôn giáo đã được cấp giấy khoảng 1.118 ha, chiếm 88,7%. Riêng 9 tháng đầu năm, thành phố cấp mới giấy chứng nhận cho 57 cơ sở, tăng 21 cơ sở so với cùng kỳ năm ngoái.

Trong số 146 cơ sở chưa được cấp giấy, 39 cơ sở đang có tranh chấp, khiếu nại; 62 cơ sở có một phần diện tích nằm trong quy hoạch giao thông, công viên; số còn lại chưa hoàn thiện hồ sơ. Tại các quận 1, 3, 5, giá đất thị trường có nơi 400-500 triệu đồng/m2 nên việc thỏa thuận ranh giới kéo dài nhiều năm.

Ông Nguyễn Văn Ba, Trưởng ban Tôn giáo thành phố, cho biết từ năm 2020 đến nay thành phố đã giải quyết dứt điểm 24 vụ tranh chấp đất tôn giáo, trả lại khoảng 3,5 ha đất cho các cơ sở. Thành phố đặt mục tiêu đến hết năm 2025 hoàn thành cấp giấy cho ít nhất 97% cơ sở tôn giáo, đồng thời số hóa hồ sơ đất đai của toàn bộ 1.748 cơ sở.

Theo ông Ba, thủ tục cấp giấy cho cơ sở tôn giáo hiện thực hiện theo Luật Đất đai 2024, có hiệu lực từ ngày 1/8/2024.

Lê Tuyết
"""

M9 = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
NOTES = [
    "National newspaper (VnExpress style, 'Thứ hai, 14/10/2024, 06:30 (GMT+7)'): land-use certificates for religious establishments in TP HCM.",
    "Distractors: 'hơn 4 năm rà soát' (a duration locating the work), 'các quận 1, 3, 5' (district names), 'Ông Nguyễn Văn Ba' / 'ông Ba'",
    "(a name), 'Luật Đất đai 2024', 'ngày 1/8/2024', the dateline time.",
    "The three kinds of establishment after 'trong đó' add up to 1.748 (1.095 + 318 + 335): parts with that total (the ha in between",
    "is another thing). 'Trong số 146 cơ sở chưa được cấp giấy, 39 ..., 62 ...': parts of the 146, which restates the headline.",
    "'1.602 cơ sở tôn giáo, đạt 91,6%' (lead) has no as-of phrase. '9 tháng đầu năm' takes 2024 from the as-of date before it.",
    "'toàn bộ 1.748 cơ sở' in the target sentence repeats the stock: optional. 'từ năm 2020 đến nay' ends at the dateline.",
]
FIGS = [
    F("TP HCM còn 146 cơ sở tôn giáo", "146", 146, "count", "cơ sở tôn giáo",
      subject="cơ sở tôn giáo chưa được cấp sổ đất"),
    F("cho 1.602 cơ sở tôn giáo", "1.602", 1602, "count", "cơ sở tôn giáo", percent=91.6,
      subject="cơ sở tôn giáo được cấp giấy chứng nhận quyền sử dụng đất"),
    F("có 1.748 cơ sở tôn giáo", "1.748", 1748, "count", "cơ sở tôn giáo", subject="cơ sở tôn giáo"),
    F("khoảng 1.260 ha", "1.260", 1260, "measure", "ha", approx="about",
      subject="tổng diện tích cơ sở tôn giáo"),
    F("1.095 chùa", "1.095", 1095, "count", "chùa", total=1748, subject="chùa, tịnh xá, niệm Phật đường"),
    F("318 nhà thờ", "318", 318, "count", "nhà thờ", total=1748, subject="nhà thờ, nhà nguyện Công giáo"),
    F("335 cơ sở", "335", 335, "count", "cơ sở", total=1748, subject="cơ sở của các tôn giáo khác"),
    F("khoảng 1.118 ha", "1.118", 1118, "measure", "ha", approx="about", percent=88.7,
      subject="diện tích đất tôn giáo đã được cấp giấy",
      period=P("Tính đến ngày 30/9/2024", None, "2024-09-30")),
    F("cho 57 cơ sở", "57", 57, "count", "cơ sở",
      change=change("increase", 21, "cơ sở", "cùng kỳ năm ngoái"),
      subject="cơ sở tôn giáo được cấp mới giấy chứng nhận", period=M9),
    F("Trong số 146 cơ sở", "146", 146, "count", "cơ sở", subject="cơ sở tôn giáo chưa được cấp giấy"),
    F("39 cơ sở", "39", 39, "count", "cơ sở", total=146, subject="cơ sở tôn giáo đang có tranh chấp, khiếu nại"),
    F("62 cơ sở", "62", 62, "count", "cơ sở", total=146,
      subject="cơ sở tôn giáo có một phần diện tích nằm trong quy hoạch giao thông, công viên"),
    F("400-500 triệu đồng/m2", "400", 400e6, "money", "đồng/m2", value_max=500e6,
      subject="giá đất thị trường"),
    F("dứt điểm 24 vụ", "24", 24, "count", "vụ", subject="vụ tranh chấp đất tôn giáo được giải quyết dứt điểm",
      period=P("từ năm 2020 đến nay", "2020-01-01", "2024-10-14")),
    F("khoảng 3,5 ha", "3,5", 3.5, "measure", "ha", approx="about",
      subject="đất trả lại cho các cơ sở tôn giáo", period=P("từ năm 2020 đến nay", "2020-01-01", "2024-10-14")),
    F("ít nhất 97%", "97", 97, "percent", "%", approx="at_least", status="target",
      subject="cơ sở tôn giáo được cấp giấy", period=P("đến hết năm 2025", None, "2025-12-31")),
    F("toàn bộ 1.748 cơ sở", "1.748", 1748, "count", "cơ sở", status="target", optional=True,
      subject="cơ sở được số hóa hồ sơ đất đai", period=P("đến hết năm 2025", None, "2025-12-31")),
]

write("p962-6", TEXT, NOTES, FIGS, published="2024-10-14", location="TP Hồ Chí Minh")
