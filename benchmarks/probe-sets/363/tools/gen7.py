from lib import F, P, I, C, emit

TEXT = """Thời sự > Dân sinh

Hơn 3,3 triệu người nhận lương hưu, trợ cấp qua bưu điện mỗi tháng

Thứ ba, 15/10/2024, 08:30 (GMT+7)

Mỗi tháng, Bưu điện Việt Nam chi trả khoảng 13,6 nghìn tỷ đồng lương hưu, trợ cấp BHXH cho hơn 3,3 triệu người tại gần 10.700 xã, phường trên cả nước.

Theo Bảo hiểm xã hội Việt Nam, 9 tháng đầu năm 2024, tổng số tiền lương hưu, trợ cấp BHXH hằng tháng chi trả qua hệ thống bưu điện đạt 122.450 tỷ đồng (quý III đạt 41.820 tỷ đồng), tăng 14,7% so với cùng kỳ, do tác động của đợt điều chỉnh lương hưu từ ngày 1/7/2024. Tính đến 30/9/2024, trong tổng số người hưởng có 1,62 triệu người nhận qua tài khoản ngân hàng, chiếm 48,9%, tăng gần 6 điểm phần trăm so với cuối năm 2023.

Tỷ lệ nhận qua tài khoản cao nhất thuộc về các đô thị lớn: TP Hồ Chí Minh 82,4%, Hà Nội 76,1%, Đà Nẵng 71,5%. Ngược lại, nhiều tỉnh miền núi như Hà Giang, Cao Bằng, Lai Châu có tỷ lệ dưới 15%, do người cao tuổi quen nhận tiền mặt và điểm giao dịch ngân hàng còn xa.

Để phục vụ người hưởng, ngành bưu điện duy trì hơn 13.000 điểm chi trả, trong đó khoảng 2.000 điểm chi trả lưu động tại thôn, bản vùng sâu. Chi phí chi trả mà BHXH thanh toán cho bưu điện năm 2024 ước khoảng 1.150 tỷ đồng.

Theo kế hoạch của BHXH Việt Nam, đến hết năm 2025 phấn đấu có ít nhất 60% người hưởng ở đô thị nhận lương hưu qua tài khoản. Người dân cần hỗ trợ có thể gọi tổng đài 1900 9068 hoặc 1900 54 54 81.

Phương Linh
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến 30/9/2024", None, "2024-09-30")

FIGS = [
    F("Hơn 3,3 triệu người", "3,3", 3_300_000, "count", "người",
      "người nhận lương hưu, trợ cấp qua bưu điện mỗi tháng", approx="over"),
    F("khoảng 13,6 nghìn tỷ đồng", "13,6", 13_600_000_000_000, "money", "đồng",
      "lương hưu, trợ cấp BHXH chi trả mỗi tháng", approx="about"),
    F("cho hơn 3,3 triệu người", "3,3", 3_300_000, "count", "người", "người nhận lương hưu, trợ cấp BHXH",
      approx="over"),
    F("gần 10.700 xã", "10.700", 10700, "count", "xã, phường", "xã, phường có chi trả lương hưu, trợ cấp",
      approx="nearly"),
    F("đạt 122.450 tỷ đồng", "122.450", 122_450_000_000_000, "money", "đồng",
      "tổng số tiền lương hưu, trợ cấp BHXH hằng tháng chi trả qua hệ thống bưu điện", M9,
      change=C("increase", 14.7, "%", "cùng kỳ")),
    F("đạt 41.820 tỷ đồng", "41.820", 41_820_000_000_000, "money", "đồng",
      "tổng số tiền lương hưu, trợ cấp BHXH chi trả qua hệ thống bưu điện quý III",
      P("quý III", "2024-07-01", "2024-09-30")),
    F("có 1,62 triệu người", "1,62", 1_620_000, "count", "người", "người nhận qua tài khoản ngân hàng", ASOF,
      percent=48.9, change=C("increase", 6, "điểm phần trăm", "cuối năm 2023", approx="nearly")),
    F("Hồ Chí Minh 82,4%", "82,4", 82.4, "percent", "%", "Tỷ lệ nhận qua tài khoản", I(ASOF),
      location="Hồ Chí Minh"),
    F("Hà Nội 76,1%", "76,1", 76.1, "percent", "%", "Tỷ lệ nhận qua tài khoản", I(ASOF), location="Hà Nội"),
    F("Đà Nẵng 71,5%", "71,5", 71.5, "percent", "%", "Tỷ lệ nhận qua tài khoản", I(ASOF), location="Đà Nẵng"),
    F("dưới 15%", "15", 15, "percent", "%", "tỷ lệ nhận qua tài khoản của các tỉnh miền núi", I(ASOF),
      approx="under", optional=True),
    F("hơn 13.000 điểm", "13.000", 13000, "count", "điểm chi trả", "điểm chi trả", approx="over"),
    F("khoảng 2.000 điểm", "2.000", 2000, "count", "điểm chi trả lưu động", "điểm chi trả lưu động",
      approx="about", total=13000),
    F("khoảng 1.150 tỷ đồng", "1.150", 1_150_000_000_000, "money", "đồng",
      "Chi phí chi trả mà BHXH thanh toán cho bưu điện", P("năm 2024", "2024-01-01", "2024-12-31"),
      approx="about", status="estimate"),
    F("ít nhất 60%", "60", 60, "percent", "%", "người hưởng ở đô thị nhận lương hưu qua tài khoản",
      P("đến hết năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "National press (news site, 'Thứ ba, 15/10/2024, 08:30 (GMT+7)'): pensions paid through the post nationwide, 9 months 2024.",
    "Location Việt Nam; the three cities of the list are their items' locations ('TP Hồ Chí Minh' -> Hồ Chí Minh).",
    "Distractors: 'ngày 1/7/2024' (date of the pension rise), '30/9/2024' (as-of), 'cuối năm 2023' (baseline), hotlines '1900 9068',",
    "'1900 54 54 81', '(GMT+7)', byline.",
    "'13,6 nghìn tỷ' = 13,6·10^12. 122.450 tỷ keeps the change 'tăng 14,7% so với cùng kỳ' across the bracket; the bracketed quarter",
    "figure is actual, its own period 'quý III' (2024 from the sentence), no total (one part only).",
    "1,62 triệu: 'trong tổng số người hưởng' names no number -> no total; share 48,9%, change 'gần 6 điểm phần trăm' (nearly).",
    "'dưới 15%' for a group of three provinces: optional (no single place). 2.000 after 'trong đó' -> total 13.000.",
    "'năm 2024 ước khoảng 1.150 tỷ đồng' estimate, approx about. 'đến hết năm 2025 phấn đấu có ít nhất 60%' target, at_least.",
    "'mỗi tháng' is a frequency, not a period: the monthly figures in the title and lead carry no period.",
]

emit("p363-7", TEXT, COMMENTS, FIGS, published="2024-10-15", location="Việt Nam")
