from lib import F, P, build

TEXT = """Cần Thơ: Nâng cao tỷ lệ tham gia BHYT hộ gia đình, giảm nợ đọng

Tính đến hết quý II/2024, toàn thành phố có 1.125.870 người tham gia bảo hiểm y tế (BHYT), đạt 90,8% dân số. Trong đó, học sinh, sinh viên tham gia BHYT đạt tỷ lệ 99,2%; nhóm hộ gia đình mới đạt khoảng 61%.

Các quận Ninh Kiều, Cái Răng, Bình Thủy có tỷ lệ bao phủ lần lượt là 93,4%, 92,1% và 91,7%; huyện Thới Lai thấp nhất với 86,5%. Theo Kế hoạch số 112/KH-UBND của UBND thành phố, đến năm 2025 tỷ lệ bao phủ BHYT phải đạt từ 92% đến 93% dân số.

Về nợ đóng, từ đầu năm đến nay số nợ BHYT giảm 3,4 tỷ đồng, còn 21,6 tỷ đồng; trong đó nợ khó thu hơn 7 tỷ đồng của 58 doanh nghiệp đã ngừng hoạt động, chủ doanh nghiệp bỏ trốn. BHXH thành phố đã phối hợp thanh tra, kiểm tra 124 đơn vị, phát hiện 39 đơn vị vi phạm.

Theo quy định, mức đóng BHYT hộ gia đình bằng 4,5% mức lương cơ sở; người thứ hai đóng bằng 70% mức đóng của người thứ nhất, từ người thứ năm trở đi đóng bằng 40%. Với mức lương cơ sở hiện hành 1,8 triệu đồng/tháng, người thứ nhất đóng 972.000 đồng/năm.

Bà Nguyễn Thị Kim Loan, một người dân tham gia theo hộ gia đình, cho biết gia đình 5 người của bà tham gia BHYT đã 3 năm liền; năm 2023 riêng chi phí điều trị của chồng bà được quỹ thanh toán khoảng 46 triệu đồng.

Người dân có thể gia hạn thẻ qua ứng dụng VssID hoặc tại điểm thu ở số 7 đường Đồng Khởi, phường Tân An.

Minh Khôi
28/6/2024
"""

ASOF = P("Tính đến hết quý II/2024", end="2024-06-30")
ASOF_I = dict(ASOF, inherited=True)
SINCE = P("từ đầu năm đến nay", "2024-01-01", "2024-06-28")
COV = "tỷ lệ bao phủ BHYT"
RULE = "mức đóng BHYT hộ gia đình"

FIGS = [
    F("có 1.125.870 người", "1.125.870", 1125870, "count", "người", "người tham gia bảo hiểm y tế", percent=90.8,
      period=ASOF),
    F("đạt tỷ lệ 99,2%", "99,2", 99.2, "percent", "%", "tỷ lệ học sinh, sinh viên tham gia BHYT", period=ASOF_I),
    F("khoảng 61%", "61", 61, "percent", "%", "tỷ lệ nhóm hộ gia đình tham gia BHYT", approx="about", period=ASOF_I),
    F("lần lượt là 93,4%", "93,4", 93.4, "percent", "%", COV, location="Ninh Kiều", period=ASOF_I),
    F("93,4%, 92,1%", "92,1", 92.1, "percent", "%", COV, location="Cái Răng", period=ASOF_I),
    F("và 91,7%", "91,7", 91.7, "percent", "%", COV, location="Bình Thủy", period=ASOF_I),
    F("với 86,5%", "86,5", 86.5, "percent", "%", COV, location="Thới Lai", period=ASOF_I),
    F("từ 92% đến 93%", "92", 92, "percent", "%", COV, value_max=93, status="target",
      period=P("đến năm 2025", end="2025-12-31")),
    F("còn 21,6 tỷ đồng", "21,6", 21.6e9, "money", "đồng", "số nợ BHYT",
      change={"direction": "decrease", "value": 3.4e9, "unit": "đồng"}, period=SINCE),
    F("hơn 7 tỷ đồng", "7", 7e9, "money", "đồng", "nợ BHYT khó thu", approx="over", total=21.6e9, period=SINCE),
    F("của 58 doanh nghiệp", "58", 58, "count", "doanh nghiệp", "doanh nghiệp nợ khó thu đã ngừng hoạt động",
      period=SINCE),
    F("kiểm tra 124 đơn vị", "124", 124, "count", "đơn vị", "đơn vị được thanh tra, kiểm tra",
      period=dict(SINCE, inherited=True)),
    F("phát hiện 39 đơn vị", "39", 39, "count", "đơn vị", "đơn vị vi phạm", total=124, optional=True),
    F("bằng 4,5% mức lương", "4,5", 4.5, "percent", "%", RULE + " của người thứ nhất so với mức lương cơ sở"),
    F("bằng 70% mức đóng", "70", 70, "percent", "%", RULE + " của người thứ hai so với người thứ nhất"),
    F("thứ năm trở đi", "năm", 5, "count", "người", "thứ tự người trong hộ", optional=True),
    F("đóng bằng 40%", "40", 40, "percent", "%", RULE + " từ người thứ năm trở đi"),
    F("1,8 triệu đồng/tháng", "1,8", 1.8e6, "money", "đồng/tháng", "mức lương cơ sở hiện hành"),
    F("đóng 972.000 đồng/năm", "972.000", 972000, "money", "đồng/năm", "mức đóng BHYT của người thứ nhất trong hộ gia đình"),
    F("gia đình 5 người", "5", 5, "count", "người", "người trong gia đình tham gia BHYT", optional=True),
    F("đã 3 năm liền", "3", 3, "measure", "năm", "thời gian tham gia BHYT liên tục", optional=True),
    F("khoảng 46 triệu đồng", "46", 46e6, "money", "đồng", "chi phí điều trị được quỹ BHYT thanh toán cho một người bệnh",
      approx="about", period=P("năm 2023", "2023-01-01", "2023-12-31")),
]

COMMENTS = [
    "City news without a dateline; the date '28/6/2024' stands bare at the end under the byline (taken as published).",
    "Cần Thơ BHYT: coverage at end of Q2/2024 (as-of, end 2024-06-30), students and households, districts (lần lượt), 2025 target range,",
    "arrears since the start of the year (to the published date), contribution rules, a household's story.",
    "'đạt 90,8% dân số' is the count's percent; 'Trong đó ... đạt tỷ lệ 99,2%' are percents of their own (no total for a percent).",
    "'giảm 3,4 tỷ đồng, còn 21,6 tỷ đồng': the change before its figure belongs to it. 'trong đó nợ khó thu hơn 7 tỷ đồng' total 21,6 tỷ.",
    "'phát hiện 39 đơn vị vi phạm' after 'kiểm tra 124 đơn vị' has no cue of part-of: optional (total 124 arguable).",
    "Contribution rules (4,5%, 70%, 40%) are stated facts: required; 'người thứ năm' is an ordinal label: optional.",
    "Household anecdote: '5 người', '3 năm liền' optional; '46 triệu đồng' in năm 2023 required. Kế hoạch số 112/KH-UBND, address 'số 7', ward name are not figures.",
]

if __name__ == "__main__":
    build("p291-8", TEXT, FIGS, COMMENTS, location="Cần Thơ", published="2024-06-28")
