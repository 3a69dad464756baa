from lib import F, P, I, CH, TG, emit

TEXT = """BÁO THÁI BÌNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THÁI BÌNH
Xã hội

Đẩy mạnh chi trả lương hưu không dùng tiền mặt

Xác định thanh toán không dùng tiền mặt là nhiệm vụ trọng tâm của chuyển đổi số ngành BHXH và Đề án 06, thực hiện Kế hoạch số 1789/KH-BHXH, thời gian qua BHXH tỉnh Thái Bình đã phối hợp với Bưu điện tỉnh và 12 ngân hàng thương mại vận động người hưởng mở tài khoản cá nhân.

Tính đến hết tháng 9/2024, toàn tỉnh có 71.254 người hưởng lương hưu, trợ cấp BHXH hằng tháng, trong đó 31.530 người nhận qua tài khoản, đạt tỷ lệ 44,25%, tăng 12,6% so với cùng thời điểm năm 2023. Tại khu vực đô thị, tỷ lệ này đạt 68,7%, vượt chỉ tiêu BHXH Việt Nam giao (60%).

Theo Bưu điện tỉnh, 9 tháng năm 2024, tổng số tiền chi trả lương hưu, trợ cấp BHXH đạt 3.612,8 tỷ đồng, trong đó chi qua tài khoản 1.598,4 tỷ đồng, chiếm 44,2%. Các huyện có tỷ lệ chi trả qua tài khoản cao là Kiến Xương, Tiền Hải, Đông Hưng với tỷ lệ lần lượt là 52,1%, 49,6% và 47,3%; thấp nhất là huyện Quỳnh Phụ (33,8%).

Việc chuyển sang nhận qua tài khoản giúp tiết kiệm khoảng 1,2 tỷ đồng chi phí chi trả mỗi năm, đồng thời giảm áp lực cho 286 điểm chi trả.

Đối với người hưởng trợ cấp xã hội, hiện có 9.415 đối tượng bảo trợ xã hội nhận trợ cấp qua tài khoản, bằng 11,3% tổng số đối tượng.

Mục tiêu đến năm 2025, tỷ lệ người hưởng lương hưu nhận qua tài khoản toàn tỉnh đạt trên 55%, khu vực đô thị đạt 80%.

NGỌC LAN
18/10/2024
"""

ASOF = P("Tính đến hết tháng 9/2024", None, "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")
RATE = "tỷ lệ chi trả lương hưu, trợ cấp BHXH qua tài khoản"

FIGS = [
    F("và 12 ngân hàng", "12", 12, "count", "ngân hàng thương mại",
      "ngân hàng thương mại phối hợp vận động người hưởng mở tài khoản"),
    F("có 71.254 người", "71.254", 71254, "count", "người",
      "người hưởng lương hưu, trợ cấp BHXH hằng tháng", ASOF),
    F("31.530 người", "31.530", 31530, "count", "người",
      "người hưởng nhận lương hưu, trợ cấp qua tài khoản", ASOF, total=71254, percent=44.25,
      change=CH("increase", 12.6, "%", "cùng thời điểm năm 2023")),
    F("đạt 68,7%", "68,7", 68.7, "percent", "%",
      "tỷ lệ người hưởng nhận qua tài khoản tại khu vực đô thị", I(ASOF), target=TG(60, "%", True)),
    F("đạt 3.612,8 tỷ", "3.612,8", 3612.8e9, "money", "đồng",
      "tổng số tiền chi trả lương hưu, trợ cấp BHXH", M9),
    F("tài khoản 1.598,4 tỷ", "1.598,4", 1598.4e9, "money", "đồng",
      "số tiền chi trả lương hưu, trợ cấp BHXH qua tài khoản", M9, total=3612.8e9, percent=44.2),
    F("là 52,1%", "52,1", 52.1, "percent", "%", RATE, I(M9), location="Kiến Xương"),
    F("49,6% và", "49,6", 49.6, "percent", "%", RATE, I(M9), location="Tiền Hải"),
    F("và 47,3%", "47,3", 47.3, "percent", "%", RATE, I(M9), location="Đông Hưng"),
    F("Quỳnh Phụ (33,8%)", "33,8", 33.8, "percent", "%", RATE, I(M9), location="Quỳnh Phụ"),
    F("khoảng 1,2 tỷ", "1,2", 1.2e9, "money", "đồng",
      "chi phí chi trả tiết kiệm mỗi năm", approx="about"),
    F("cho 286 điểm", "286", 286, "count", "điểm chi trả", "điểm chi trả"),
    F("có 9.415 đối tượng", "9.415", 9415, "count", "đối tượng",
      "đối tượng bảo trợ xã hội nhận trợ cấp qua tài khoản", percent=11.3),
    F("đạt trên 55%", "55", 55, "percent", "%",
      "tỷ lệ người hưởng lương hưu nhận qua tài khoản toàn tỉnh", T25, approx="over", status="target"),
    F("đô thị đạt 80%", "80", 80, "percent", "%",
      "tỷ lệ người hưởng lương hưu nhận qua tài khoản khu vực đô thị", T25, status="target"),
]

COMMENTS = [
    "Báo Thái Bình (Party newspaper), byline 'NGỌC LAN' and bare date '18/10/2024' at the end: cashless pension payment, as of 9/2024.",
    "31.530 after 'trong đó' is part of 71.254 (total), share 44,25%, change 12,6% (the first change after the figure).",
    "'tỷ lệ này đạt 68,7%, vượt chỉ tiêu … (60%)': percent with target 60 met. 1.598,4 tỷ part of 3.612,8 tỷ (total), share 44,2%.",
    "'lần lượt là 52,1%, 49,6% và 47,3%' maps to Kiến Xương, Tiền Hải, Đông Hưng (location); subject = the list's indicator; period inherited from '9 tháng năm 2024'.",
    "'Mục tiêu đến năm 2025 … trên 55%, … 80%': two targets, period ending 2025-12-31. 'hiện có' sentences get no period.",
    "Distractors: 'Đề án 06', 'Kế hoạch số 1789/KH-BHXH', masthead 'ĐẢNG CỘNG SẢN VIỆT NAM', 'năm 2023' baseline, date at the end.",
]

emit("p660-5", TEXT, COMMENTS, FIGS, published="2024-10-18", location="Thái Bình")
