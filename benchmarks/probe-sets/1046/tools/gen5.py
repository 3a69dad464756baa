"""p1046-5: provincial Party newspaper (Báo Nam Định), byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """
BÁO NAM ĐỊNH
Xã hội

Khẩn trương di dời người dân khỏi chung cư cũ nguy hiểm

Thành phố Nam Định hiện có 76 nhà chung cư cũ với khoảng 3.100 căn hộ, số lượng đứng thứ 4 cả nước. Phần lớn các nhà được xây dựng từ những năm 1960 - 1980, đến nay đã sử dụng hơn 40 năm, vượt xa niên hạn thiết kế.

Qua kiểm định năm 2023, có 12 nhà bị đánh giá nguy hiểm cấp D, trong đó 4 nhà thuộc khu tập thể Nhà máy Dệt và 3 nhà thuộc khu tập thể Trần Đăng Ninh. Bà Trần Thị Năm (68 tuổi), sống tại tầng 4 nhà C3 khu tập thể Nhà máy Dệt, cho biết trần nhà bong tróc từng mảng, mùa mưa nước thấm khắp tường.

Từ đầu năm 2024 đến nay, thành phố đã vận động, di dời 168 hộ với 571 nhân khẩu đến nơi ở tạm, đạt 70% kế hoạch. Mức hỗ trợ tạm cư là 2,5 triệu đồng/hộ/tháng, cao hơn 0,5 triệu đồng so với năm trước. Ngoài ra, mỗi hộ di dời sớm được thưởng 10 triệu đồng.

Theo Đề án được HĐND tỉnh thông qua tại Nghị quyết số 45/NQ-HĐND, giai đoạn 2024-2030 tỉnh sẽ đầu tư xây dựng 5 khu nhà ở tái định cư với khoảng 2.800 căn hộ; tổng mức đầu tư dự kiến 4.150 tỷ đồng. Mục tiêu đến năm 2027 di dời 100% số hộ dân tại các nhà cấp D.

"Chúng tôi xác định đây là nhiệm vụ cấp bách số 1 của thành phố", ông Phạm Văn Hai, Phó Chủ tịch UBND thành phố Nam Định nhấn mạnh.

THANH THỦY
12/06/2024
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
YTD = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-06-12")
GD = P("giai đoạn 2024-2030", "2024-01-01", "2030-12-31")

FIGS = [
    F("có 76 nhà chung cư cũ", "76", 76, "count", "nhà chung cư cũ", "nhà chung cư cũ"),
    F("khoảng 3.100 căn hộ", "3.100", 3100, "count", "căn hộ", "căn hộ nhà chung cư cũ", approx="about"),
    F("đứng thứ 4 cả nước", "4", 4, "rank", "hạng", "số lượng nhà chung cư cũ"),
    F("hơn 40 năm", "40", 40, "measure", "năm", "thời gian sử dụng nhà chung cư cũ", approx="over"),
    F("có 12 nhà", "12", 12, "count", "nhà", "nhà nguy hiểm cấp D", period=Y23),
    F("trong đó 4 nhà", "4", 4, "count", "nhà", "nhà nguy hiểm cấp D thuộc khu tập thể Nhà máy Dệt",
      total=12, period=Y23),
    F("và 3 nhà thuộc", "3", 3, "count", "nhà", "nhà nguy hiểm cấp D thuộc khu tập thể Trần Đăng Ninh",
      total=12, period=Y23),
    F("(68 tuổi)", "68", 68, "measure", "tuổi", "tuổi của người dân sống tại nhà C3", optional=True),
    F("di dời 168 hộ", "168", 168, "count", "hộ", "hộ di dời đến nơi ở tạm", percent=70, period=YTD),
    F("với 571 nhân khẩu", "571", 571, "count", "nhân khẩu", "nhân khẩu di dời đến nơi ở tạm", period=YTD),
    F("là 2,5 triệu đồng/hộ/tháng", "2,5", 2.5e6, "money", "đồng/hộ/tháng", "mức hỗ trợ tạm cư",
      change=C("increase", 500000, "đồng", "năm trước")),
    F("thưởng 10 triệu đồng", "10", 10e6, "money", "đồng", "tiền thưởng mỗi hộ di dời sớm"),
    F("xây dựng 5 khu", "5", 5, "count", "khu nhà ở tái định cư", "khu nhà ở tái định cư đầu tư xây dựng",
      status="target", period=GD),
    F("khoảng 2.800 căn hộ", "2.800", 2800, "count", "căn hộ", "căn hộ tái định cư", approx="about",
      status="target", period=GD),
    F("dự kiến 4.150 tỷ đồng", "4.150", 4.15e12, "money", "đồng", "tổng mức đầu tư khu nhà ở tái định cư",
      status="forecast", period=GD),
    F("di dời 100% số hộ", "100", 100, "percent", "%", "hộ dân tại các nhà cấp D được di dời", status="target",
      period=P("đến năm 2027", None, "2027-12-31")),
]

NOTES = [
    "Báo Nam Định (provincial Party paper); byline THANH THỦY and bare date 12/06/2024 at the end. City and province share",
    "the name: location Nam Định throughout. 'đứng thứ 4 cả nước' is Nam Định's rank (location Nam Định, not Việt Nam).",
    "Distractors: '1960 - 1980' (decades), tầng 4, nhà C3, Trần Thị Năm, Phạm Văn Hai, Nghị quyết số 45/NQ-HĐND,",
    "'nhiệm vụ cấp bách số 1' (a label, not a rank). '68 tuổi' is a person's age in an example: optional.",
    "'cao hơn 0,5 triệu đồng so với năm trước' is the change of 2,5 triệu (multiplier applied: 500000 đồng).",
    "'Theo Đề án … tỉnh sẽ đầu tư xây dựng 5 khu … khoảng 2.800 căn hộ' is a plan: target; 'tổng mức đầu tư dự kiến' forecast.",
]

write(5, TEXT, FIGS, NOTES, published="2024-06-12", location="Nam Định")
