from lib import F, P, emit

TEXT = """
Hà Nội giải quyết gần 95% vụ việc khiếu nại, tố cáo thuộc thẩm quyền

Thứ tư, 9/10/2024, 14:20 (GMT+7)

Sau 9 tháng, các cơ quan hành chính ba cấp của thành phố đã giải quyết 1.806/1.905 vụ việc thuộc thẩm quyền, theo báo cáo UBND TP Hà Nội gửi Kỳ họp thứ 19 HĐND thành phố khóa XVI.

Theo báo cáo, 9 tháng năm 2024, các cơ quan hành chính của thành phố tiếp 21.532 lượt công dân, giảm 3,6% so với cùng kỳ, trong đó có 416 đoàn đông người. Các cơ quan tiếp nhận 30.904 đơn, đã xử lý 30.217 đơn, đạt 97,8%. Đến nay, tỷ lệ giải quyết vụ việc thuộc thẩm quyền đạt 94,8%, cao hơn 1,5% so với cùng kỳ năm 2023.

Hoàn Kiếm, Đống Đa và Cầu Giấy là các quận có tỷ lệ giải quyết cao nhất, lần lượt đạt 100%, 98,6% và 98,1%; Mê Linh và Sóc Sơn thấp nhất với 86,3% và 87,5%. Riêng quận Hai Bà Trưng còn tồn 7 vụ việc quá hạn.

Ước cả năm 2024, thành phố tiếp khoảng 29.000 lượt công dân, giải quyết trên 2.500 vụ việc thuộc thẩm quyền. Giai đoạn 2021-2025, Hà Nội đặt chỉ tiêu tỷ lệ giải quyết khiếu nại, tố cáo đạt từ 90% trở lên; từ năm 2021 đến nay, tỷ lệ bình quân đạt 93,2%.

Cũng trong 9 tháng, Thanh tra thành phố đã tiến hành 126 cuộc thanh tra, kiểm tra trách nhiệm về tiếp công dân, giải quyết khiếu nại, tố cáo, phát hiện sai phạm về kinh tế 48,7 tỷ đồng; kiến nghị thu hồi 31,2 tỷ đồng, xử lý trách nhiệm 64 tập thể và 152 cá nhân.

Trụ sở Tiếp công dân thành phố tại số 12 Lê Lai, quận Hoàn Kiếm, làm việc từ thứ Hai đến thứ Sáu, sáng từ 8h00.

Võ Hải
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
DN = P("Đến nay", None, "2024-10-09")
DNi = P("Đến nay", None, "2024-10-09", inh=True)
E24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
TN = P("từ năm 2021 đến nay", "2021-01-01", "2024-10-09")
T9 = P("trong 9 tháng", "2024-01-01", "2024-09-30")
T9i = P("trong 9 tháng", "2024-01-01", "2024-09-30", inh=True)

FIGS = [
    F("gần 95% vụ việc", "95", 95, "percent", "%", "vụ việc khiếu nại, tố cáo thuộc thẩm quyền giải quyết",
      approx="nearly", location="Hà Nội"),
    F("1.806/1.905", "1.806", 1806, "count", "vụ việc", "vụ việc thuộc thẩm quyền đã giải quyết", total=1905,
      period=P("Sau 9 tháng", "2024-01-01", "2024-09-30")),
    F("tiếp 21.532 lượt", "21.532", 21532, "count", "lượt công dân", "lượt công dân được tiếp",
      change={"direction": "decrease", "value": 3.6, "unit": "%", "baseline": "cùng kỳ"}, period=N9),
    F("có 416 đoàn", "416", 416, "count", "đoàn đông người", "đoàn đông người", period=N9),
    F("tiếp nhận 30.904 đơn", "30.904", 30904, "count", "đơn", "đơn tiếp nhận", period=N9i),
    F("xử lý 30.217 đơn", "30.217", 30217, "count", "đơn", "đơn đã xử lý", percent=97.8, period=N9i),
    F("đạt 94,8%", "94,8", 94.8, "percent", "%", "tỷ lệ giải quyết vụ việc thuộc thẩm quyền",
      change={"direction": "increase", "value": 1.5, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=DN),
    F("lần lượt đạt 100%", "100", 100, "percent", "%", "tỷ lệ giải quyết", location="Hoàn Kiếm", period=N9i),
    F("98,6%", "98,6", 98.6, "percent", "%", "tỷ lệ giải quyết", location="Đống Đa", period=N9i),
    F("98,1%", "98,1", 98.1, "percent", "%", "tỷ lệ giải quyết", location="Cầu Giấy", period=N9i),
    F("86,3%", "86,3", 86.3, "percent", "%", "tỷ lệ giải quyết", location="Mê Linh", period=N9i),
    F("87,5%", "87,5", 87.5, "percent", "%", "tỷ lệ giải quyết", location="Sóc Sơn", period=N9i),
    F("tồn 7 vụ việc", "7", 7, "count", "vụ việc", "vụ việc quá hạn", location="Hai Bà Trưng", period=N9i),
    F("khoảng 29.000 lượt", "29.000", 29000, "count", "lượt công dân", "lượt công dân được tiếp", approx="about",
      status="estimate", period=E24),
    F("trên 2.500 vụ việc", "2.500", 2500, "count", "vụ việc", "vụ việc thuộc thẩm quyền giải quyết", approx="over",
      status="estimate", period=E24),
    F("từ 90% trở lên", "90", 90, "percent", "%", "tỷ lệ giải quyết khiếu nại, tố cáo", approx="at_least",
      status="target", period=GD),
    F("đạt 93,2%", "93,2", 93.2, "percent", "%", "tỷ lệ bình quân giải quyết khiếu nại, tố cáo", period=TN),
    F("hành 126 cuộc", "126", 126, "count", "cuộc thanh tra, kiểm tra", "cuộc thanh tra, kiểm tra trách nhiệm",
      period=T9),
    F("kinh tế 48,7 tỷ đồng", "48,7", 48700000000, "money", "đồng", "sai phạm về kinh tế", period=T9),
    F("thu hồi 31,2 tỷ đồng", "31,2", 31200000000, "money", "đồng", "kiến nghị thu hồi", period=T9),
    F("64 tập thể", "64", 64, "count", "tập thể", "tập thể bị xử lý trách nhiệm", period=T9),
    F("152 cá nhân", "152", 152, "count", "cá nhân", "cá nhân bị xử lý trách nhiệm", period=T9),
]

COMMENTS = [
    "National press (VnExpress-style, 'Thứ tư, 9/10/2024, 14:20 (GMT+7)'): Hà Nội KNTC results 9 months 2024, estimates for 2024, 2021-2025 target.",
    "Headline 'gần 95%' (approx nearly, no period stated: not scored). Lead '1.806/1.905' with 'Sau 9 tháng' (year from the dateline).",
    "'21.532 lượt …, giảm 3,6% so với cùng kỳ, trong đó có 416 đoàn đông người': 416 counts delegations, not visits, so no total.",
    "'30.217 đơn, đạt 97,8%' percent, no cue for a total. 'Đến nay' ends at the dateline.",
    "'tỷ lệ … đạt 94,8%, cao hơn 1,5% so với cùng kỳ năm 2023': 94,8% is a level, so 1,5% is its change (not a growth rate standing as the claim).",
    "'lần lượt đạt 100%, 98,6% và 98,1%' and 'với 86,3% và 87,5%': each item takes its district as location (in order); subject the list's indicator.",
    "'Ước cả năm 2024 … khoảng 29.000 …, trên 2.500 …' status estimate. 'từ năm 2021 đến nay' runs 2021-01-01..dateline.",
    "Distractors: 'Kỳ họp thứ 19', 'khóa XVI', 'quận Hai Bà Trưng' (number word in a name), 'số 12 Lê Lai', 'thứ Hai đến thứ Sáu', '8h00', '(GMT+7)'.",
]

emit("p339-7", TEXT, COMMENTS, {"published": "2024-10-09", "location": "Hà Nội"}, FIGS)
