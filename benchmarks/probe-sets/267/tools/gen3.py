from lib import F, P, C, T, build

text = """BÁO BẮC GIANG ĐIỆN TỬ
Xã hội › Lao động - Việc làm

Giảm mạnh số cuộc ngừng việc tập thể

BBG - Theo Liên đoàn Lao động tỉnh, 6 tháng đầu năm 2024, trên địa bàn tỉnh xảy ra 7 cuộc ngừng việc tập thể, giảm 5 cuộc so với cùng kỳ năm 2023, với khoảng 4.820 người lao động tham gia. Trong đó, 4 cuộc xảy ra tại doanh nghiệp có vốn đầu tư nước ngoài, 3 cuộc tại doanh nghiệp tư nhân. Theo địa bàn, thị xã Việt Yên có 4 cuộc, huyện Yên Dũng 2 cuộc và huyện Lạng Giang 1 cuộc.

Nguyên nhân chủ yếu do doanh nghiệp chậm trả lương, cắt giảm phụ cấp hoặc không thực hiện đúng cam kết về thưởng. Các cuộc ngừng việc đều được công đoàn phối hợp giải quyết trong vòng từ 1 đến 3 ngày, không có cuộc nào kéo dài quá 5 ngày.

Cũng theo LĐLĐ tỉnh, tính đến ngày 30/6/2024, toàn tỉnh còn 312 đơn vị nợ bảo hiểm xã hội, bảo hiểm thất nghiệp từ 3 tháng trở lên với số tiền 125,6 tỷ đồng, chiếm 2,1% số phải thu. Có 9 doanh nghiệp nợ lương của 1.476 lao động, tổng số tiền gần 27 tỷ đồng; riêng Công ty TNHH May Hà Bắc 2 nợ 3 tháng lương của 620 công nhân.

Từ đầu năm đến nay, công đoàn các cấp đã khởi kiện 4 vụ việc ra tòa án thay cho người lao động, thu hồi 11,8 tỷ đồng tiền nợ đóng. Trong quý III/2024, LĐLĐ tỉnh phấn đấu giảm ít nhất 20% số đơn vị nợ đóng bảo hiểm xã hội so với thời điểm 30/6.

Hồng Nhung
Lượt đọc: 1.032
"""

comments = [
    "Party newspaper (Báo Bắc Giang, tag 'BBG'): strikes (ngừng việc tập thể), social-insurance debt and wage arrears; NO dateline, so published is null.",
    "'7 cuộc ..., giảm 5 cuộc so với cùng kỳ năm 2023': count with a change in unit 'cuộc'. 'Trong đó, 4 cuộc ..., 3 cuộc' are parts of 7 (total 7).",
    "The district breakdown ('Theo địa bàn, thị xã Việt Yên có 4 cuộc, ...') has no part-of cue (no trong đó/gồm/colon): no total; locations are the districts.",
    "'Từ đầu năm đến nay' with no published date: start 2024-01-01, end null (FIGURES.md: '... đến nay' ends at published, else null).",
    "'phấn đấu giảm ít nhất 20% số đơn vị nợ đóng' is a percent figure (a rate that is the claim) with status target, approx at_least, period quý III/2024.",
    "Optional: durations and criteria ('từ 1 đến 3 ngày', 'quá 5 ngày', 'từ 3 tháng trở lên', 'nợ 3 tháng lương').",
    "Distractors: 'BBG', 'Công ty TNHH May Hà Bắc 2', 'thời điểm 30/6', 'Lượt đọc: 1.032'.",
]

P6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
P6I = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
P306 = P("tính đến ngày 30/6/2024", None, "2024-06-30")
P306I = P("tính đến ngày 30/6/2024", None, "2024-06-30", inherited=True)
PYTD = P("Từ đầu năm đến nay", "2024-01-01", None)
S = "cuộc ngừng việc tập thể"
figs = [
    F("xảy ra 7 cuộc", "7", 7, "count", "cuộc", S, change=C("decrease", 5, "cuộc", "cùng kỳ năm 2023"), period=P6),
    F("khoảng 4.820 người lao động", "4.820", 4820, "count", "người lao động",
      "người lao động tham gia ngừng việc tập thể", approx="about", period=P6),
    F("4 cuộc xảy ra", "4", 4, "count", "cuộc", "cuộc ngừng việc tập thể tại doanh nghiệp có vốn đầu tư nước ngoài",
      total=7, period=P6I),
    F("3 cuộc tại", "3", 3, "count", "cuộc", "cuộc ngừng việc tập thể tại doanh nghiệp tư nhân", total=7, period=P6I),
    F("Việt Yên có 4 cuộc", "4", 4, "count", "cuộc", S, location="Việt Yên", period=P6I),
    F("Yên Dũng 2 cuộc", "2", 2, "count", "cuộc", S, location="Yên Dũng", period=P6I),
    F("Lạng Giang 1 cuộc", "1", 1, "count", "cuộc", S, location="Lạng Giang", period=P6I),
    F("từ 1 đến 3 ngày", "1", 1, "measure", "ngày", "thời gian giải quyết cuộc ngừng việc", value_max=3, optional=True),
    F("quá 5 ngày", "5", 5, "measure", "ngày", "thời gian kéo dài cuộc ngừng việc", approx="over", optional=True),
    F("còn 312 đơn vị", "312", 312, "count", "đơn vị", "đơn vị nợ bảo hiểm xã hội, bảo hiểm thất nghiệp", period=P306),
    F("từ 3 tháng trở lên", "3", 3, "measure", "tháng", "thời gian nợ bảo hiểm xã hội", approx="at_least", optional=True),
    F("số tiền 125,6 tỷ đồng", "125,6", 125.6e9, "money", "đồng", "số tiền nợ bảo hiểm xã hội, bảo hiểm thất nghiệp",
      percent=2.1, period=P306),
    F("Có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", "doanh nghiệp nợ lương", period=P306I),
    F("của 1.476 lao động", "1.476", 1476, "count", "lao động", "lao động bị nợ lương", period=P306I),
    F("gần 27 tỷ đồng", "27", 27e9, "money", "đồng", "tổng số tiền nợ lương", approx="nearly", period=P306I),
    F("nợ 3 tháng lương", "3", 3, "measure", "tháng lương", "số tháng lương bị nợ", optional=True),
    F("của 620 công nhân", "620", 620, "count", "công nhân", "công nhân bị nợ lương tại Công ty TNHH May Hà Bắc 2",
      period=P306I),
    F("khởi kiện 4 vụ việc", "4", 4, "count", "vụ việc", "vụ việc công đoàn khởi kiện ra tòa án thay người lao động",
      period=PYTD),
    F("thu hồi 11,8 tỷ đồng", "11,8", 11.8e9, "money", "đồng", "tiền nợ đóng thu hồi", period=PYTD),
    F("ít nhất 20%", "20", 20, "percent", "%", "giảm số đơn vị nợ đóng bảo hiểm xã hội",
      approx="at_least", status="target", period=P("quý III/2024", "2024-07-01", "2024-09-30")),
]

build(3, text, comments, figs, published=None, location="Bắc Giang")
