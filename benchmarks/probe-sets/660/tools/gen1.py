from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Nghệ An chi trả hơn 3.100 tỷ đồng lương hưu, trợ cấp BHXH trong 6 tháng đầu năm
Cập nhật: 18/07/2024 10:25 | Lượt xem: 1.862

Theo Bảo hiểm xã hội tỉnh Nghệ An, 6 tháng đầu năm 2024, toàn tỉnh đã chi trả lương hưu, trợ cấp BHXH hằng tháng cho 91.450 người với tổng số tiền hơn 3.100 tỷ đồng, tăng 6,8% so với cùng kỳ năm 2023. Trong đó, số người hưởng lương hưu là 62.318 người, số người hưởng trợ cấp BHXH hằng tháng là 29.132 người.

Lương hưu bình quân trên địa bàn tỉnh khoảng 5,6 triệu đồng/người/tháng; người có mức hưởng cao nhất khoảng 19,8 triệu đồng/tháng.

Đáng chú ý, số người nhận lương hưu qua tài khoản cá nhân tiếp tục tăng. Tính đến ngày 30/6/2024, có 38.940 người nhận qua tài khoản, tăng 4.870 người so với cuối năm 2023, chiếm 42,6% tổng số người hưởng. Một số địa phương có tỷ lệ cao là TP. Vinh (78,5%), thị xã Cửa Lò (61,2%), thị xã Hoàng Mai (47,9%); thấp nhất là huyện Kỳ Sơn, chỉ đạt 6,4%.

Bên cạnh đó, BHXH tỉnh đã giải quyết 1.245 hồ sơ hưởng trợ cấp mai táng với số tiền 22,4 tỷ đồng và 312 hồ sơ hưởng trợ cấp tuất hằng tháng. Theo quy định, trợ cấp mai táng bằng 10 lần mức lương cơ sở tại tháng người hưởng chết.

Phấn đấu đến hết năm 2024, tỷ lệ người hưởng nhận lương hưu qua tài khoản tại khu vực đô thị đạt 80%. Người hưởng cần hỗ trợ có thể liên hệ Phòng Chế độ BHXH qua số điện thoại 0238.3844.375.

BẢO HIỂM XÃ HỘI TỈNH NGHỆ AN
Địa chỉ: số 2 đường Trường Thi, TP. Vinh, tỉnh Nghệ An
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
S1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
RATE = "tỷ lệ người hưởng nhận lương hưu qua tài khoản"

FIGS = [
    F("chi trả hơn 3.100 tỷ đồng lương hưu", "3.100", 3100e9, "money", "đồng",
      "lương hưu, trợ cấp BHXH chi trả", H1, approx="over"),
    F("cho 91.450 người", "91.450", 91450, "count", "người",
      "người được chi trả lương hưu, trợ cấp BHXH hằng tháng", S1),
    F("số tiền hơn 3.100 tỷ đồng", "3.100", 3100e9, "money", "đồng",
      "tổng số tiền chi trả lương hưu, trợ cấp BHXH hằng tháng", S1, approx="over",
      change=CH("increase", 6.8, "%", "cùng kỳ năm 2023")),
    F("lương hưu là 62.318 người", "62.318", 62318, "count", "người",
      "người hưởng lương hưu", I(S1), total=91450),
    F("hằng tháng là 29.132 người", "29.132", 29132, "count", "người",
      "người hưởng trợ cấp BHXH hằng tháng", I(S1), total=91450),
    F("khoảng 5,6 triệu", "5,6", 5.6e6, "money", "đồng/người/tháng",
      "lương hưu bình quân", approx="about"),
    F("khoảng 19,8 triệu", "19,8", 19.8e6, "money", "đồng/tháng",
      "mức hưởng lương hưu cao nhất", approx="about"),
    F("có 38.940 người", "38.940", 38940, "count", "người",
      "người nhận lương hưu qua tài khoản", ASOF, percent=42.6,
      change=CH("increase", 4870, "người", "cuối năm 2023")),
    F("Vinh (78,5%)", "78,5", 78.5, "percent", "%", RATE, I(ASOF), location="Vinh"),
    F("Cửa Lò (61,2%)", "61,2", 61.2, "percent", "%", RATE, I(ASOF), location="Cửa Lò"),
    F("Hoàng Mai (47,9%)", "47,9", 47.9, "percent", "%", RATE, I(ASOF), location="Hoàng Mai"),
    F("chỉ đạt 6,4%", "6,4", 6.4, "percent", "%", RATE, I(ASOF), location="Kỳ Sơn"),
    F("giải quyết 1.245 hồ sơ", "1.245", 1245, "count", "hồ sơ",
      "hồ sơ hưởng trợ cấp mai táng", I(S1)),
    F("số tiền 22,4 tỷ", "22,4", 22.4e9, "money", "đồng",
      "số tiền trợ cấp mai táng", I(S1)),
    F("và 312 hồ sơ", "312", 312, "count", "hồ sơ",
      "hồ sơ hưởng trợ cấp tuất hằng tháng", I(S1)),
    F("bằng 10 lần", "10", 10, "multiple", "lần",
      "trợ cấp mai táng so với mức lương cơ sở", location="Việt Nam"),
    F("đô thị đạt 80%", "80", 80, "percent", "%",
      "tỷ lệ người hưởng nhận lương hưu qua tài khoản tại khu vực đô thị",
      P("đến hết năm 2024", None, "2024-12-31"), status="target"),
]

COMMENTS = [
    "Nghệ An provincial portal (breadcrumb, 'Cập nhật: 18/07/2024 10:25', 'Lượt xem: 1.862'): pensions paid H1/2024, cashless share, funeral/survivor files.",
    "Headline '6 tháng đầu năm' takes 2024 (dateline). Lương hưu + trợ cấp parts after 'Trong đó' get the 91.450 whole; the H1 period is inherited.",
    "'tăng 4.870 người so với cuối năm 2023' is the change of 38.940 (the count), 42,6% its share. Districts in brackets: location, subject = the rate.",
    "'bằng 10 lần mức lương cơ sở' is a national rule stated as the claim: multiple, location Việt Nam. Per-month money keeps the rate in the unit.",
    "Distractors: 'Lượt xem: 1.862', '0238.3844.375', 'số 2 đường Trường Thi', dates.",
]

emit("p660-1", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Nghệ An")
