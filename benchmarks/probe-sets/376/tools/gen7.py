from lib import F, P, Y, build

TEXT = """
Thời sự › Bất động sản

TP HCM còn gần 36.000 căn hộ chưa được cấp sổ hồng

Thứ hai, 6/1/2025, 15:30 (GMT+7)

Năm 2024, TP HCM cấp giấy chứng nhận cho hơn 21.600 căn hộ chung cư, gấp 1,8 lần năm 2023, nhưng hiện vẫn còn gần 36.000 căn chưa được cấp.

Theo Sở Tài nguyên và Môi trường, trong số căn hộ tồn đọng, khoảng 19.400 căn thuộc 64 dự án mà chủ đầu tư vi phạm quy định về xây dựng hoặc chưa hoàn thành nghĩa vụ tài chính; 11.200 căn thuộc 37 dự án đang chờ xác định giá đất; số còn lại vướng thế chấp ngân hàng. Đáng chú ý, có 12 dự án đã bàn giao nhà từ năm 2015 nhưng đến nay cư dân vẫn chưa có sổ.

Tại Hà Nội, tình trạng tương tự cũng diễn ra. Đến cuối tháng 11/2024, thủ đô còn khoảng 12.700 căn hộ tại 85 dự án chưa được cấp giấy chứng nhận, giảm 23% so với đầu năm. Trong 11 tháng năm 2024, Hà Nội cấp được 8.950 giấy chứng nhận cho căn hộ, đạt 74,6% kế hoạch.

Ông Lê Hoàng Châu, Chủ tịch Hiệp hội Bất động sản TP HCM (HoREA), cho biết việc chậm cấp sổ khiến nhiều hộ dân không thể thế chấp, chuyển nhượng tài sản. Theo Luật Đất đai 2024 có hiệu lực từ ngày 1/8/2024, thời hạn cấp giấy chứng nhận cho người mua nhà ở dự án không quá 30 ngày kể từ khi chủ đầu tư nộp đủ hồ sơ.

Lệ phí cấp giấy chứng nhận cho căn hộ hiện dao động từ 100.000 đến 500.000 đồng mỗi giấy, tùy loại hồ sơ. UBND TP HCM yêu cầu các sở, ngành phấn đấu trong năm 2025 giải quyết dứt điểm cho ít nhất 15.000 căn hộ tồn đọng.

Gia Minh
"""

Y24i = Y(2024, inh=True)
FIGS = [
    F("còn gần 36.000 căn hộ chưa", "36.000", 36000, "count", "căn hộ", "căn hộ chưa được cấp sổ hồng",
      approx="nearly"),
    F("hơn 21.600 căn hộ", "21.600", 21600, "count", "căn hộ", "căn hộ chung cư được cấp giấy chứng nhận",
      approx="over", change={"direction": "increase", "value": 1.8, "unit": "lần", "baseline": "năm 2023"},
      period=Y(2024, "Năm 2024")),
    F("vẫn còn gần 36.000 căn", "36.000", 36000, "count", "căn", "căn hộ chưa được cấp giấy chứng nhận",
      approx="nearly"),
    F("khoảng 19.400 căn", "19.400", 19400, "count", "căn",
      "căn hộ tồn đọng thuộc dự án mà chủ đầu tư vi phạm hoặc chưa hoàn thành nghĩa vụ tài chính",
      approx="about", total=36000),
    F("thuộc 64 dự án", "64", 64, "count", "dự án",
      "dự án mà chủ đầu tư vi phạm quy định về xây dựng hoặc chưa hoàn thành nghĩa vụ tài chính"),
    F("11.200 căn", "11.200", 11200, "count", "căn", "căn hộ tồn đọng thuộc dự án đang chờ xác định giá đất",
      total=36000),
    F("thuộc 37 dự án", "37", 37, "count", "dự án", "dự án đang chờ xác định giá đất"),
    F("có 12 dự án", "12", 12, "count", "dự án", "dự án đã bàn giao nhà nhưng cư dân vẫn chưa có sổ"),
    F("khoảng 12.700 căn hộ", "12.700", 12700, "count", "căn hộ", "căn hộ chưa được cấp giấy chứng nhận",
      approx="about", change={"direction": "decrease", "value": 23, "unit": "%", "baseline": "đầu năm"},
      location="Hà Nội", period=P("Đến cuối tháng 11/2024", None, "2024-11-30")),
    F("tại 85 dự án", "85", 85, "count", "dự án", "dự án có căn hộ chưa được cấp giấy chứng nhận",
      location="Hà Nội", period=P("Đến cuối tháng 11/2024", None, "2024-11-30")),
    F("được 8.950 giấy", "8.950", 8950, "count", "giấy chứng nhận", "giấy chứng nhận cấp cho căn hộ",
      percent=74.6, location="Hà Nội", period=P("Trong 11 tháng năm 2024", "2024-01-01", "2024-11-30")),
    F("không quá 30 ngày", "30", 30, "measure", "ngày",
      "thời hạn cấp giấy chứng nhận cho người mua nhà ở dự án", approx="at_most", location="Việt Nam",
      optional=True),
    F("từ 100.000 đến 500.000 đồng", "100.000", 100000, "money", "đồng",
      "lệ phí cấp giấy chứng nhận cho căn hộ", value_max=500000),
    F("ít nhất 15.000 căn hộ", "15.000", 15000, "count", "căn hộ", "căn hộ tồn đọng giải quyết dứt điểm",
      approx="at_least", status="target", period=Y(2025)),
]

build("p376-7", TEXT, FIGS, [
    "National online newspaper: backlog of apartment certificates (sổ hồng) in TP HCM and Hà Nội. Dateline 'Thứ hai, 6/1/2025, 15:30 (GMT+7)', byline at the end.",
    "Distractors: 'Luật Đất đai 2024', 'ngày 1/8/2024', 'từ năm 2015' (a date), '(GMT+7)', breadcrumb; 'Hiệp hội Bất động sản TP HCM' is an organisation.",
    "'gấp 1,8 lần năm 2023' after a count is its change. 'hiện vẫn còn gần 36.000' has no period ('hiện'); headline and body both annotated.",
    "'trong số căn hộ tồn đọng' after a sentence break refers to the 36.000 whole: 19.400 and 11.200 get total 36000 (a trong đó-like cue, judgement call).",
    "Hà Nội paragraph: location Hà Nội; 'giảm 23% so với đầu năm' is the change of 12.700; 'đạt 74,6% kế hoạch' the percent of 8.950.",
    "'không quá 30 ngày' is a statutory time limit (a rule, not a measured fact): optional. Fee range 'từ 100.000 đến 500.000 đồng' has value_max.",
], published="2025-01-06", location="TP Hồ Chí Minh")
