from lib import F, P, I, C, emit

TEXT = """BÁO THANH HÓA
Xã hội

Bưu điện tỉnh chi trả gần 2.900 tỷ đồng lương hưu, trợ cấp trong 6 tháng

14/07/2024 08:15

Sáu tháng đầu năm 2024, Bưu điện tỉnh Thanh Hóa phối hợp với BHXH tỉnh chi trả lương hưu, trợ cấp BHXH hằng tháng cho bình quân 132.460 người mỗi tháng, với tổng số tiền gần 2.900 tỷ đồng, tăng 9,4% so với cùng kỳ năm trước.

Đáng chú ý, số người nhận lương hưu qua tài khoản cá nhân tiếp tục tăng nhanh. Tính đến ngày 30/6/2024, toàn tỉnh có 58.914 người hưởng nhận qua tài khoản, chiếm 44,5% tổng số người hưởng, tăng 7,8 điểm phần trăm so với thời điểm cuối năm 2023. Mục tiêu của ngành BHXH là đến hết năm 2024 tỷ lệ này đạt 50%.

Với những người nhận bằng tiền mặt, Bưu điện tỉnh tổ chức 672 điểm chi trả tại 559 xã, phường, thị trấn; mỗi kỳ chi trả kéo dài từ ngày mùng 2 đến ngày 25 hằng tháng. Đối với 1.236 người già yếu, neo đơn không thể đến điểm chi trả, nhân viên bưu điện đến tận nhà để chi trả. Trong 6 tháng, bưu điện cũng chi trả trợ cấp xã hội cho khoảng 192.000 đối tượng bảo trợ xã hội với số tiền hơn 820 tỷ đồng.

Các huyện có số người hưởng lớn gồm Thọ Xuân (8.215 người), Hoằng Hóa (7.940 người), Quảng Xương (7.102 người); thành phố Thanh Hóa có tỷ lệ người nhận qua tài khoản cao nhất, đạt 71,3%.

Theo ông Lê Văn Hùng, Giám đốc Bưu điện tỉnh, năm 2024 đơn vị phấn đấu bảo đảm 100% người hưởng được nhận tiền đúng thời gian, không để xảy ra sai sót, trục lợi trong chi trả.

Minh Hằng
"""

H1 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T6 = P("trong 6 tháng", "2024-01-01", "2024-06-30")
T6b = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("chi trả gần 2.900 tỷ đồng", "2.900", 2_900_000_000_000, "money", "đồng", "lương hưu, trợ cấp chi trả", T6,
      approx="nearly"),
    F("bình quân 132.460 người", "132.460", 132460, "count", "người",
      "người hưởng lương hưu, trợ cấp BHXH hằng tháng bình quân mỗi tháng", H1),
    F("tiền gần 2.900 tỷ đồng", "2.900", 2_900_000_000_000, "money", "đồng",
      "tổng số tiền chi trả lương hưu, trợ cấp BHXH", H1, approx="nearly",
      change=C("increase", 9.4, "%", "cùng kỳ năm trước")),
    F("có 58.914 người", "58.914", 58914, "count", "người", "người hưởng nhận qua tài khoản", ASOF,
      percent=44.5, change=C("increase", 7.8, "điểm phần trăm", "thời điểm cuối năm 2023")),
    F("đạt 50%", "50", 50, "percent", "%", "tỷ lệ người hưởng nhận qua tài khoản",
      P("đến hết năm 2024", None, "2024-12-31"), status="target"),
    F("tổ chức 672 điểm", "672", 672, "count", "điểm chi trả", "điểm chi trả", I(H1)),
    F("tại 559 xã", "559", 559, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có điểm chi trả", I(H1)),
    F("với 1.236 người", "1.236", 1236, "count", "người",
      "người già yếu, neo đơn không thể đến điểm chi trả", I(H1)),
    F("khoảng 192.000 đối tượng", "192.000", 192000, "count", "đối tượng bảo trợ xã hội",
      "đối tượng bảo trợ xã hội được chi trả trợ cấp", T6b, approx="about"),
    F("hơn 820 tỷ đồng", "820", 820_000_000_000, "money", "đồng", "số tiền chi trả trợ cấp xã hội", T6b,
      approx="over"),
    F("(8.215 người)", "8.215", 8215, "count", "người", "số người hưởng", I(ASOF), location="Thọ Xuân"),
    F("(7.940 người)", "7.940", 7940, "count", "người", "số người hưởng", I(ASOF), location="Hoằng Hóa"),
    F("(7.102 người)", "7.102", 7102, "count", "người", "số người hưởng", I(ASOF), location="Quảng Xương"),
    F("đạt 71,3%", "71,3", 71.3, "percent", "%", "tỷ lệ người nhận qua tài khoản", I(ASOF), location="Thanh Hóa"),
    F("bảo đảm 100%", "100", 100, "percent", "%", "người hưởng được nhận tiền đúng thời gian", Y24, status="target"),
]

COMMENTS = [
    "Báo Thanh Hóa (Party newspaper): pensions and allowances paid through the post, first half of 2024. Bare dateline '14/07/2024 08:15'",
    "below the title; byline at the end.",
    "Distractors: 'ngày 30/6/2024', 'từ ngày mùng 2 đến ngày 25 hằng tháng' (payment days), 'cuối năm 2023', a person's name.",
    "Title 'trong 6 tháng' has no year: taken from the dateline (2024). 'Trong 6 tháng' in paragraph 3 likewise (nearest earlier period 2024).",
    "58.914: share 44,5% (chiếm) and change 7,8 điểm phần trăm attach to the count (the figure the chain follows).",
    "'đến hết năm 2024 tỷ lệ này đạt 50%' is a target figure (end only, like 'đến năm 2030').",
    "District list (Thọ Xuân, Hoằng Hóa, Quảng Xương) -> location; thành phố Thanh Hóa 71,3% -> location Thanh Hóa.",
    "672 điểm / 559 xã and the home-delivery count have no period of their own (inherited from the half-year).",
]

emit("p363-2", TEXT, COMMENTS, FIGS, published="2024-07-14", location="Thanh Hóa")
