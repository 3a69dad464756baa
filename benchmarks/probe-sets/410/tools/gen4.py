from lib import F, P, C, T, inh, emit

TEXT = """Xã hội

Bưu điện Nghệ An dự kiến chi trả gần 1.080 tỷ đồng lương hưu, trợ cấp trong quý I
12/03/2024 07:45

(Baonghean.vn) - Trong quý I/2024, Bưu điện tỉnh Nghệ An dự kiến chi trả lương hưu, trợ cấp BHXH cho khoảng 148,5 nghìn lượt người, với số tiền gần 1.080 tỷ đồng. Riêng kỳ chi trả tháng 3/2024, đơn vị đã chi cho 147.962 người, số tiền 358,7 tỷ đồng, tăng 8,2% so với tháng 3/2023.

Hiện trên địa bàn tỉnh có 469 điểm chi trả đặt tại bưu cục, điểm Bưu điện - Văn hóa xã và nhà văn hóa khối, xóm. Thời gian chi trả từ ngày 2 đến ngày 15 hằng tháng. Với những người hưởng già yếu, không tự đi lại được, Bưu điện tổ chức chi trả tận nhà cho hơn 3.200 người.

Tỷ lệ người hưởng nhận qua tài khoản cá nhân toàn tỉnh đến hết tháng 2/2024 đạt 17,6%, thấp hơn mức bình quân cả nước (khoảng 30%). Khu vực thành thị có tỷ lệ cao, như thành phố Vinh (46,3%), thị xã Cửa Lò (31,5%), thị xã Hoàng Mai (24,8%); trong khi các huyện miền núi Kỳ Sơn, Tương Dương, Quế Phong chỉ đạt từ 1,2% đến 3,5%.

Theo ông Nguyễn Văn Hùng, Phó Giám đốc BHXH tỉnh, năm 2024 ngành phấn đấu nâng tỷ lệ này lên trên 25%, tương đương khoảng 37.000 người. "Chúng tôi đã phối hợp với 12 ngân hàng thương mại mở tài khoản miễn phí cho người hưởng; riêng tháng 2 đã có thêm 1.530 người chuyển sang nhận qua tài khoản", ông Hùng cho biết.

Bưu điện tỉnh khuyến cáo người hưởng không cung cấp mã OTP, mật khẩu cho người lạ; mọi phản ánh xin gọi đường dây nóng 0238.3844.265.

Thanh Lê
"""

Q1 = P("Trong quý I/2024", "2024-01-01", "2024-03-31")
T3 = P("tháng 3/2024", "2024-03-01", "2024-03-31")
T2 = P("đến hết tháng 2/2024", None, "2024-02-29")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
SUBJ = "tỷ lệ người hưởng nhận qua tài khoản cá nhân"

FIGS = [
    F("trả gần 1.080 tỷ đồng lương", "1.080", 1080e9, "money", "đồng", "lương hưu, trợ cấp chi trả",
      P("trong quý I", "2024-01-01", "2024-03-31"), approx="nearly", status="forecast"),
    F("khoảng 148,5 nghìn lượt", "148,5", 148500, "count", "lượt người",
      "lượt người được chi trả lương hưu, trợ cấp BHXH", Q1, approx="about", status="forecast"),
    F("tiền gần 1.080 tỷ đồng", "1.080", 1080e9, "money", "đồng", "số tiền chi trả lương hưu, trợ cấp BHXH", Q1,
      approx="nearly", status="forecast"),
    F("cho 147.962 người", "147.962", 147962, "count", "người", "người được chi trả", T3),
    F("tiền 358,7 tỷ đồng", "358,7", 358.7e9, "money", "đồng", "số tiền chi trả", T3,
      change=C("increase", 8.2, baseline="tháng 3/2023")),
    F("có 469 điểm", "469", 469, "count", "điểm chi trả", "điểm chi trả"),
    F("hơn 3.200 người", "3.200", 3200, "count", "người", "người hưởng già yếu được chi trả tận nhà",
      approx="over"),
    F("đạt 17,6%", "17,6", 17.6, "percent", "%", "tỷ lệ người hưởng nhận qua tài khoản cá nhân toàn tỉnh", T2),
    F("(khoảng 30%)", "30", 30, "percent", "%", "mức bình quân cả nước", T2, approx="about",
      location="Việt Nam"),
    F("Vinh (46,3%)", "46,3", 46.3, "percent", "%", SUBJ, inh(T2), location="Vinh"),
    F("Cửa Lò (31,5%)", "31,5", 31.5, "percent", "%", SUBJ, inh(T2), location="Cửa Lò"),
    F("Hoàng Mai (24,8%)", "24,8", 24.8, "percent", "%", SUBJ, inh(T2), location="Hoàng Mai"),
    F("từ 1,2% đến 3,5%", "1,2", 1.2, "percent", "%", "tỷ lệ các huyện miền núi", inh(T2), value_max=3.5),
    F("lên trên 25%", "25", 25, "percent", "%", "tỷ lệ người hưởng nhận qua tài khoản cá nhân", Y24,
      approx="over", status="target"),
    F("khoảng 37.000 người", "37.000", 37000, "count", "người", "người hưởng nhận qua tài khoản", Y24,
      approx="about", status="target"),
    F("với 12 ngân hàng", "12", 12, "count", "ngân hàng thương mại",
      "ngân hàng thương mại phối hợp mở tài khoản miễn phí"),
    F("thêm 1.530 người", "1.530", 1530, "count", "người", "người chuyển sang nhận qua tài khoản",
      P("tháng 2", "2024-02-01", "2024-02-29")),
]

emit("p410-4", TEXT, [
    "Party newspaper (Báo Nghệ An): Bưu điện tỉnh chi trả lương hưu, trợ cấp quý I/2024; bare dateline '12/03/2024 07:45', byline at the end.",
    "Distractors: 'từ ngày 2 đến ngày 15 hằng tháng' (dates), hotline '0238.3844.265', 'mã OTP', a person's name and office.",
    "The headline's 'dự kiến' makes its money a forecast; year-less 'quý I' takes 2024 from the dateline. '148,5 nghìn' = 148.500.",
    "'thấp hơn mức bình quân cả nước (khoảng 30%)': no gap number, so the bracket is a national figure of its own (same sentence period).",
    "Town list: items are places (location), subject the list's rate; the range over three mountain districts keeps the province.",
    "'trên 25%, tương đương khoảng 37.000 người': two figures (as shared h01), both targets of 'năm 2024'.",
    "revised after the first run: headline subject loses the status cue 'dự kiến' (status is its own field).",
    "'469 điểm' and 'hơn 3.200 người' are stated as current with no period phrase: period null (unscored).",
], FIGS, published="2024-03-12", location="Nghệ An")
