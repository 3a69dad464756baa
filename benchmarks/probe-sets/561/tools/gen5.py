from lib import F, P, I, CH, TG, emit

TEXT = """Quảng Ninh: Giao dịch qua ngân hàng số tăng 35%

Thanh toán không dùng tiền mặt đang trở thành thói quen của người dân và du khách tại Quảng Ninh, từ các trung tâm thương mại trên đường 25/4 (TP Hạ Long) đến các chợ dọc Quốc lộ 18.

Theo Ngân hàng Nhà nước chi nhánh tỉnh Quảng Ninh, tính đến cuối tháng 5/2024, toàn tỉnh có gần 1,9 triệu tài khoản thanh toán cá nhân, tăng 11,4% so với cùng kỳ; số thẻ ngân hàng đang lưu hành đạt 2.036.500 thẻ. Trong 5 tháng đầu năm 2024, giao dịch qua Internet banking và Mobile banking đạt 48,6 triệu giao dịch với giá trị khoảng 312.000 tỷ đồng, tăng lần lượt 35% và 22% so với cùng kỳ năm 2023.

Toàn tỉnh hiện có 14.250 điểm chấp nhận thanh toán bằng mã QR, tập trung tại TP Hạ Long (5.120 điểm), Cẩm Phả (2.870 điểm), Móng Cái (1.940 điểm) và Uông Bí (1.310 điểm). 13/13 địa phương đã triển khai thu phí, lệ phí qua dịch vụ công trực tuyến; 100% bệnh viện tuyến tỉnh chấp nhận thanh toán viện phí bằng thẻ và mã QR.

Tại các điểm du lịch như Vịnh Hạ Long, Yên Tử, tỷ lệ du khách thanh toán bằng thẻ, mã QR ước đạt khoảng 65-70%. Nhiều hộ kinh doanh cho biết doanh thu tăng từ 15 đến 20% sau khi áp dụng thanh toán số.

Thực hiện Nghị quyết số 09-NQ/TU của Tỉnh ủy về chuyển đổi số, tỉnh đặt mục tiêu đến năm 2025 tỷ lệ người trưởng thành có tài khoản giao dịch tại ngân hàng đạt trên 85%; giao dịch không dùng tiền mặt trong thương mại điện tử chiếm 80%.

THU HẰNG

18/06/2024
"""

ASOF = P("tính đến cuối tháng 5/2024", None, "2024-05-31")
M5 = P("Trong 5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
T25 = P("đến năm 2025", None, "2025-12-31")
QR = "điểm chấp nhận thanh toán bằng mã QR"

FIGS = [
    F("tăng 35%\n", "35", 35, "percent", "%", "giao dịch qua ngân hàng số"),
    F("gần 1,9 triệu tài khoản", "1,9", 1.9e6, "count", "tài khoản", "tài khoản thanh toán cá nhân", ASOF, approx="nearly",
      change=CH("increase", 11.4, baseline="cùng kỳ")),
    F("đạt 2.036.500 thẻ", "2.036.500", 2036500, "count", "thẻ", "thẻ ngân hàng đang lưu hành", ASOF),
    F("đạt 48,6 triệu giao dịch", "48,6", 48.6e6, "count", "giao dịch", "giao dịch qua Internet banking và Mobile banking", M5,
      change=CH("increase", 35, baseline="cùng kỳ năm 2023")),
    F("khoảng 312.000 tỷ đồng", "312.000", 312000e9, "money", "đồng",
      "giá trị giao dịch qua Internet banking và Mobile banking", M5, approx="about",
      change=CH("increase", 22, baseline="cùng kỳ năm 2023")),
    F("có 14.250 điểm", "14.250", 14250, "count", "điểm", QR),
    F("Hạ Long (5.120 điểm)", "5.120", 5120, "count", "điểm", QR, location="Hạ Long"),
    F("Cẩm Phả (2.870 điểm)", "2.870", 2870, "count", "điểm", QR, location="Cẩm Phả"),
    F("Móng Cái (1.940 điểm)", "1.940", 1940, "count", "điểm", QR, location="Móng Cái"),
    F("Uông Bí (1.310 điểm)", "1.310", 1310, "count", "điểm", QR, location="Uông Bí"),
    F("13/13 địa phương", "13", 13, "count", "địa phương", "địa phương đã triển khai thu phí, lệ phí qua dịch vụ công trực tuyến",
      total=13),
    F("100% bệnh viện", "100", 100, "percent", "%", "bệnh viện tuyến tỉnh chấp nhận thanh toán viện phí bằng thẻ và mã QR"),
    F("khoảng 65-70%", "65", 65, "percent", "%", "tỷ lệ du khách thanh toán bằng thẻ, mã QR", value_max=70,
      approx="about", status="estimate"),
    F("từ 15 đến 20%", "15", 15, "percent", "%", "doanh thu hộ kinh doanh tăng sau khi áp dụng thanh toán số",
      value_max=20),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ người trưởng thành có tài khoản giao dịch tại ngân hàng", T25,
      approx="over", status="target"),
    F("chiếm 80%", "80", 80, "percent", "%", "giao dịch không dùng tiền mặt trong thương mại điện tử", T25,
      status="target"),
]

COMMENTS = [
    "p561-5 Party newspaper (Báo Quảng Ninh style): cashless payments to 5/2024, bank accounts, cards, mobile banking, QR points by city, targets.",
    "Byline and bare date at the end give published. Headline 'tăng 35%' is a growth rate standing as the claim: percent, no change.",
    "'tăng lần lượt 35% và 22%' maps the two changes onto 48,6 triệu giao dịch and 312.000 tỷ đồng in order.",
    "QR points by city after 'tập trung tại' (no cue, do not add up to 14.250): no total; cities go to location.",
    "'doanh thu tăng từ 15 đến 20%' is a growth rate that is the claim (no base figure): percent range, no change.",
    "Distractors: 'đường 25/4', 'Quốc lộ 18', Nghị quyết số 09-NQ/TU, 'cuối tháng 5/2024', date line 18/06/2024.",
]

emit("p561-5", TEXT, COMMENTS, FIGS, published="2024-06-18", location="Quảng Ninh")
