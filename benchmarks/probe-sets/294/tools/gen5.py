from lib import *

TEXT = """Nghệ An: Thanh toán không dùng tiền mặt bứt phá, tiền mặt rút qua ATM giảm mạnh
Thứ Sáu, 22/3/2024, 08:15 (GMT+7)

(Thời báo Ngân hàng) - Theo Ngân hàng Nhà nước chi nhánh tỉnh Nghệ An, tính đến cuối năm 2023, toàn tỉnh có 412 máy ATM và 6.850 thiết bị chấp nhận thẻ (POS/EDC), tăng lần lượt 3,5% và 18,2% so với cuối năm 2022.

Các máy ATM tập trung chủ yếu tại TP Vinh (214 máy), thị xã Cửa Lò (31 máy) và thị xã Hoàng Mai (24 máy); huyện miền núi Kỳ Sơn chỉ có 2 máy. Trong khi đó, cả nước có khoảng 20.500 máy ATM.

Số tài khoản thanh toán của cá nhân trên địa bàn đạt trên 3,1 triệu tài khoản, tương đương khoảng 87% người dân từ 15 tuổi trở lên có tài khoản. Trong năm 2023, số giao dịch thanh toán qua mã QR tăng gấp 2,4 lần so với năm 2022; giá trị giao dịch qua kênh Internet và điện thoại di động đạt gần 1,2 triệu tỷ đồng.

Đáng chú ý, lượng tiền mặt rút qua ATM chỉ còn chiếm khoảng 35% tổng lượng tiền mặt chi ra của các tổ chức tín dụng, giảm mạnh so với mức 52% của năm 2019. 100% bệnh viện tuyến tỉnh và 96,5% trường học đã triển khai thu phí không dùng tiền mặt; 1.245 hộ kinh doanh tại 38 chợ truyền thống sử dụng mã QR để nhận tiền.

Ông Nguyễn Văn Hùng, Giám đốc NHNN chi nhánh tỉnh Nghệ An cho biết, gắn với Đề án 06, phấn đấu đến năm 2025 có 90% người trưởng thành trên địa bàn có tài khoản thanh toán; tỷ lệ thanh toán không dùng tiền mặt trong thương mại điện tử đạt 80%.

Hoàng Lan
"""

E23 = P("tính đến cuối năm 2023", None, "2023-12-31")
E23i = P("tính đến cuối năm 2023", None, "2023-12-31", inh=True)
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
T25 = P("đến năm 2025", None, "2025-12-31")
ATM = "máy ATM"

FIGS = [
    F("có 412 máy ATM", "412", 412, "count", "máy ATM", "máy ATM",
      change=ch("+", 3.5, baseline="cuối năm 2022"), period=E23),
    F("và 6.850 thiết bị", "6.850", 6850, "count", "thiết bị chấp nhận thẻ", "thiết bị chấp nhận thẻ (POS/EDC)",
      change=ch("+", 18.2, baseline="cuối năm 2022"), period=E23),
    F("Vinh (214 máy)", "214", 214, "count", "máy", ATM, location="Vinh", period=E23i),
    F("Cửa Lò (31 máy)", "31", 31, "count", "máy", ATM, location="Cửa Lò", period=E23i),
    F("Hoàng Mai (24 máy)", "24", 24, "count", "máy", ATM, location="Hoàng Mai", period=E23i),
    F("có 2 máy", "2", 2, "count", "máy", ATM, location="Kỳ Sơn", period=E23i),
    F("khoảng 20.500 máy ATM", "20.500", 20500, "count", "máy ATM", "máy ATM của cả nước", approx="about",
      location="Việt Nam", period=E23i),
    F("trên 3,1 triệu tài khoản", "3,1", 3100000, "count", "tài khoản", "tài khoản thanh toán của cá nhân",
      approx="over", percent=87, period=E23i),
    F("từ 15 tuổi trở lên", "15", 15, "measure", "tuổi", approx="at_least", optional=True),
    F("tăng gấp 2,4 lần", "2,4", 2.4, "multiple", "lần", "số giao dịch thanh toán qua mã QR", period=Y23),
    F("gần 1,2 triệu tỷ đồng", "1,2", 1200000000000000, "money", "đồng",
      "giá trị giao dịch qua kênh Internet và điện thoại di động", approx="nearly", period=Y23),
    F("khoảng 35% tổng", "35", 35, "percent", "%", "lượng tiền mặt rút qua ATM trong tổng lượng tiền mặt chi ra",
      approx="about", period=Y23i),
    F("mức 52% của", "52", 52, "percent", "%", "lượng tiền mặt rút qua ATM trong tổng lượng tiền mặt chi ra",
      period=P("năm 2019", "2019-01-01", "2019-12-31")),
    F("100% bệnh viện", "100", 100, "percent", "%", "bệnh viện tuyến tỉnh triển khai thu phí không dùng tiền mặt",
      period=Y23i),
    F("và 96,5% trường học", "96,5", 96.5, "percent", "%", "trường học triển khai thu phí không dùng tiền mặt",
      period=Y23i),
    F("1.245 hộ kinh doanh", "1.245", 1245, "count", "hộ kinh doanh", "hộ kinh doanh sử dụng mã QR để nhận tiền",
      period=Y23i),
    F("tại 38 chợ", "38", 38, "count", "chợ", "chợ truyền thống có hộ kinh doanh sử dụng mã QR", period=Y23i),
    F("có 90% người", "90", 90, "percent", "%", "người trưởng thành có tài khoản thanh toán", status="target",
      period=T25),
    F("đạt 80%", "80", 80, "percent", "%", "tỷ lệ thanh toán không dùng tiền mặt trong thương mại điện tử",
      status="target", period=T25),
]

COMMENTS = [
    "National banking press (Thời báo Ngân hàng style): ATMs, POS and cashless payment in Nghệ An. Dateline 'Thứ Sáu, 22/3/2024, 08:15 (GMT+7)'.",
    "'tăng lần lượt 3,5% và 18,2%': each change goes to its own list item (412 ATM, 6.850 POS). ATM list: towns are locations (Vinh, Cửa Lò, Hoàng Mai, Kỳ Sơn).",
    "'cả nước có khoảng 20.500 máy ATM': location Việt Nam. 'tương đương khoảng 87%' is the percent attribute of the 3,1 million accounts.",
    "'tăng gấp 2,4 lần' with no base amount: a multiple figure. 'gần 1,2 triệu tỷ đồng' = 1.2·10^15 đồng.",
    "'so với mức 52% của năm 2019': the 2019 level is stated as a fact, so a percent figure with period năm 2019 (the drop has no number).",
    "'từ 15 tuổi trở lên' optional (age criterion). Targets 'đến năm 2025' (null .. 2025-12-31), status target. Distractors: GMT+7, 'Đề án 06', name.",
]

write(5, TEXT, COMMENTS, FIGS, published="2024-03-22", location="Nghệ An")
