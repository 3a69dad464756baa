from lib import F, P, I, CH, TG, emit

TEXT = """ỦY BAN NHÂN DÂN PHƯỜNG 5 - THÀNH PHỐ TÂN AN
Trang chủ » Tin hoạt động » Văn hóa - Xã hội
Ngày đăng: 02/04/2025

Phường 5 chi trả hơn 7,4 tỷ đồng chế độ cho người hưởng chính sách quý I/2025

Trong quý I/2025, UBND Phường 5 phối hợp với Bưu điện thành phố Tân An chi trả lương hưu, trợ cấp BHXH cho 1.126 người với tổng số tiền hơn 7,4 tỷ đồng. Trong đó, 684 người nhận qua tài khoản, chiếm 60,7%; 442 người nhận tiền mặt tại điểm chi trả số 2 (đường Nguyễn Đình Chiểu) từ ngày 2 đến ngày 20 hằng tháng.

Về trợ cấp xã hội, phường đang chi trả cho 275 đối tượng bảo trợ xã hội với kinh phí 486 triệu đồng/quý; trong đó có 168 người cao tuổi từ đủ 80 tuổi trở lên và 71 người khuyết tật nặng.

Trong quý, phường đã hoàn thiện hồ sơ đề nghị giải quyết trợ cấp mai táng cho 9 trường hợp với số tiền 210,6 triệu đồng (23,4 triệu đồng/trường hợp) và trợ cấp tuất hằng tháng cho 3 thân nhân.

Đặc biệt, phường đã phối hợp BHXH thành phố rà soát, giải quyết truy lĩnh cho 4 người hưởng với tổng số tiền 96,5 triệu đồng; trong đó 1 trường hợp truy lĩnh lương hưu của 18 tháng với số tiền 58,3 triệu đồng.

Phấn đấu đến cuối năm 2025, tỷ lệ người hưởng nhận lương hưu qua tài khoản trên địa bàn phường đạt 75%; 100% khu phố có tổ hỗ trợ người cao tuổi mở tài khoản.

Mọi thắc mắc xin liên hệ bộ phận một cửa UBND Phường 5, số 96 Quốc lộ 1, Khu phố 3; điện thoại 0272.3826.115.
"""

Q1 = P("Trong quý I/2025", "2025-01-01", "2025-03-31")
HQ = P("quý I/2025", "2025-01-01", "2025-03-31")
TQ = P("Trong quý", "2025-01-01", "2025-03-31")
T25 = P("đến cuối năm 2025", None, "2025-12-31")

FIGS = [
    F("chi trả hơn 7,4 tỷ", "7,4", 7.4e9, "money", "đồng",
      "chế độ chi trả cho người hưởng chính sách", HQ, approx="over"),
    F("cho 1.126 người", "1.126", 1126, "count", "người",
      "người được chi trả lương hưu, trợ cấp BHXH", Q1),
    F("số tiền hơn 7,4 tỷ", "7,4", 7.4e9, "money", "đồng",
      "tổng số tiền chi trả lương hưu, trợ cấp BHXH", Q1, approx="over"),
    F("684 người", "684", 684, "count", "người", "người nhận lương hưu, trợ cấp qua tài khoản",
      I(Q1), total=1126, percent=60.7),
    F("442 người", "442", 442, "count", "người", "người nhận lương hưu, trợ cấp bằng tiền mặt",
      I(Q1), total=1126),
    F("cho 275 đối tượng", "275", 275, "count", "đối tượng", "đối tượng bảo trợ xã hội được chi trả trợ cấp"),
    F("kinh phí 486 triệu", "486", 486e6, "money", "đồng/quý", "kinh phí chi trả trợ cấp xã hội"),
    F("có 168 người", "168", 168, "count", "người",
      "người cao tuổi từ đủ 80 tuổi trở lên hưởng trợ cấp xã hội", total=275),
    F("đủ 80 tuổi", "80", 80, "measure", "tuổi", approx="at_least", optional=True),
    F("và 71 người", "71", 71, "count", "người", "người khuyết tật nặng hưởng trợ cấp xã hội", total=275),
    F("cho 9 trường hợp", "9", 9, "count", "trường hợp",
      "trường hợp đề nghị giải quyết trợ cấp mai táng", TQ),
    F("số tiền 210,6 triệu", "210,6", 210.6e6, "money", "đồng", "số tiền trợ cấp mai táng", TQ),
    F("(23,4 triệu", "23,4", 23.4e6, "money", "đồng/trường hợp", "mức trợ cấp mai táng", TQ),
    F("cho 3 thân nhân", "3", 3, "count", "thân nhân", "thân nhân hưởng trợ cấp tuất hằng tháng", TQ),
    F("cho 4 người", "4", 4, "count", "người", "người hưởng được giải quyết truy lĩnh"),
    F("số tiền 96,5 triệu", "96,5", 96.5e6, "money", "đồng", "tổng số tiền truy lĩnh"),
    F("đó 1 trường hợp", "1", 1, "count", "trường hợp", "trường hợp truy lĩnh lương hưu", total=4),
    F("của 18 tháng", "18", 18, "measure", "tháng", optional=True),
    F("số tiền 58,3 triệu", "58,3", 58.3e6, "money", "đồng",
      "số tiền truy lĩnh lương hưu của 1 trường hợp", total=96.5e6),
    F("phường đạt 75%", "75", 75, "percent", "%",
      "tỷ lệ người hưởng nhận lương hưu qua tài khoản", T25, status="target"),
    F("100% khu phố", "100", 100, "percent", "%",
      "khu phố có tổ hỗ trợ người cao tuổi mở tài khoản", T25, status="target"),
]

COMMENTS = [
    "Commune (ward) portal, UBND Phường 5 - TP. Tân An (Long An), 'Ngày đăng: 02/04/2025': pensions, social allowances, funeral, survivor, arrears Q1/2025.",
    "Location: a ward is not a location level in the spec; the figures are the ward's, inside the city Tân An -> 'Tân An' (choice).",
    "Parts after 'Trong đó' get the whole (684/442 of 1.126; 168/71 of 275; 1 trường hợp of 4 người; 58,3 triệu of 96,5 triệu).",
    "'486 triệu đồng/quý' keeps the rate in the unit; '(23,4 triệu đồng/trường hợp)' is the per-case rate, a figure of its own (not a breakdown).",
    "'Trong quý' takes Q1/2025. '18 tháng' (the arrears period) is a duration: optional. 'từ đủ 80 tuổi' optional threshold.",
    "'Phấn đấu đến cuối năm 2025 … 75%; 100% khu phố …': both targets (the second clause continues the first).",
    "Distractors: 'Phường 5', 'điểm chi trả số 2', 'từ ngày 2 đến ngày 20 hằng tháng', 'số 96 Quốc lộ 1', 'Khu phố 3', '0272.3826.115'.",
]

emit("p660-8", TEXT, COMMENTS, FIGS, published="2025-04-02", location="Tân An")
