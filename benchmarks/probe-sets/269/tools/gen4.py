from lib import F, P, build
T = """Thanh toán không dùng tiền mặt tiếp tục tăng trưởng mạnh

(SBV) - Theo số liệu của Vụ Thanh toán, Ngân hàng Nhà nước Việt Nam (NHNN), 6 tháng đầu năm 2024, thanh toán không dùng tiền mặt tăng 58,2% về số lượng và 35,8% về giá trị so với cùng kỳ năm 2023. Trong đó, thanh toán qua kênh Internet tăng 60,4% về số lượng và 40,5% về giá trị; qua kênh điện thoại di động tăng 41,7% về số lượng và 38,1% về giá trị; qua phương thức QR code tăng 1.010,6% về số lượng và 1.002,5% về giá trị.

Hệ thống chuyển mạch tài chính và bù trừ điện tử do Công ty Cổ phần Thanh toán quốc gia Việt Nam (NAPAS) vận hành xử lý 4,2 tỷ giao dịch, tăng 54,3% so với cùng kỳ. Giá trị giao dịch qua Hệ thống thanh toán điện tử liên ngân hàng bình quân đạt khoảng 1,08 triệu tỷ đồng/ngày.

Tính đến cuối tháng 6/2024, hơn 87% người trưởng thành trên cả nước có tài khoản thanh toán; số lượng tài khoản thanh toán cá nhân đạt trên 182,3 triệu tài khoản, tăng 12,4% so với cuối năm 2023. Toàn hệ thống có 21.035 máy ATM và 625.477 thiết bị chấp nhận thẻ POS/EDC.

Đối với chi trả an sinh xã hội, đến ngày 30/6/2024 có 4,1 triệu người hưởng lương hưu, trợ cấp bảo hiểm xã hội hằng tháng, trong đó khoảng 2,7 triệu người (chiếm 65,8%) nhận qua tài khoản. Một số địa phương có tỷ lệ chi trả qua tài khoản cao là Hà Nội (98,2%), TP Hồ Chí Minh (97,5%) và Đà Nẵng (96,8%).

Theo Quyết định số 1813/QĐ-TTg ngày 28/10/2021 của Thủ tướng Chính phủ, giai đoạn 2021-2025, số lượng giao dịch thanh toán không dùng tiền mặt phấn đấu tăng bình quân 20-25%/năm, giá trị giao dịch tăng 15-20%/năm; đến năm 2025, tỷ lệ người dân từ 15 tuổi trở lên có tài khoản tại ngân hàng đạt trên 80%.
"""
p6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
p6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
pc = P("Tính đến cuối tháng 6/2024", None, "2024-06-30")
pci = P("Tính đến cuối tháng 6/2024", None, "2024-06-30", inh=True)
p306 = P("đến ngày 30/6/2024", None, "2024-06-30")
p306i = P("đến ngày 30/6/2024", None, "2024-06-30", inh=True)
pg = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
p25 = P("đến năm 2025", None, "2025-12-31")
S = "tỷ lệ chi trả an sinh xã hội qua tài khoản"
figs = [
 F("tăng 58,2%", "58,2", 58.2, "percent", "%", "tăng trưởng thanh toán không dùng tiền mặt về số lượng", period=p6),
 F("và 35,8%", "35,8", 35.8, "percent", "%", "tăng trưởng thanh toán không dùng tiền mặt về giá trị", period=p6),
 F("tăng 60,4%", "60,4", 60.4, "percent", "%", "tăng trưởng thanh toán qua kênh Internet về số lượng", period=p6i),
 F("và 40,5%", "40,5", 40.5, "percent", "%", "tăng trưởng thanh toán qua kênh Internet về giá trị", period=p6i),
 F("tăng 41,7%", "41,7", 41.7, "percent", "%", "tăng trưởng thanh toán qua kênh điện thoại di động về số lượng", period=p6i),
 F("và 38,1%", "38,1", 38.1, "percent", "%", "tăng trưởng thanh toán qua kênh điện thoại di động về giá trị", period=p6i),
 F("tăng 1.010,6%", "1.010,6", 1010.6, "percent", "%", "tăng trưởng thanh toán qua phương thức QR code về số lượng", period=p6i),
 F("và 1.002,5%", "1.002,5", 1002.5, "percent", "%", "tăng trưởng thanh toán qua phương thức QR code về giá trị", period=p6i),
 F("xử lý 4,2 tỷ giao dịch", "4,2", 4.2e9, "count", "giao dịch", "giao dịch qua hệ thống chuyển mạch tài chính và bù trừ điện tử NAPAS",
   change={"direction": "increase", "value": 54.3, "unit": "%", "baseline": "cùng kỳ"}, period=p6i),
 F("khoảng 1,08 triệu tỷ đồng/ngày", "1,08", 1.08e15, "money", "đồng/ngày", "giá trị giao dịch qua Hệ thống thanh toán điện tử liên ngân hàng bình quân",
   approx="about", period=p6i),
 F("hơn 87% người trưởng thành", "87", 87, "percent", "%", "người trưởng thành có tài khoản thanh toán", approx="over", period=pc),
 F("trên 182,3 triệu tài khoản", "182,3", 182.3e6, "count", "tài khoản", "tài khoản thanh toán cá nhân", approx="over",
   change={"direction": "increase", "value": 12.4, "unit": "%", "baseline": "cuối năm 2023"}, period=pc),
 F("có 21.035 máy ATM", "21.035", 21035, "count", "máy ATM", "máy ATM toàn hệ thống", period=pci),
 F("625.477 thiết bị", "625.477", 625477, "count", "thiết bị chấp nhận thẻ", "thiết bị chấp nhận thẻ POS/EDC", period=pci),
 F("có 4,1 triệu người", "4,1", 4.1e6, "count", "người", "người hưởng lương hưu, trợ cấp bảo hiểm xã hội hằng tháng", period=p306),
 F("khoảng 2,7 triệu người", "2,7", 2.7e6, "count", "người", "người hưởng lương hưu, trợ cấp bảo hiểm xã hội nhận qua tài khoản",
   approx="about", total=4.1e6, percent=65.8, period=p306),
 F("Hà Nội (98,2%)", "98,2", 98.2, "percent", "%", S, period=p306i, location="Hà Nội"),
 F("TP Hồ Chí Minh (97,5%)", "97,5", 97.5, "percent", "%", S, period=p306i, location="Hồ Chí Minh"),
 F("Đà Nẵng (96,8%)", "96,8", 96.8, "percent", "%", S, period=p306i, location="Đà Nẵng"),
 F("20-25%/năm", "20", 20, "percent", "%", "tăng trưởng bình quân số lượng giao dịch thanh toán không dùng tiền mặt", value_max=25, status="target", period=pg),
 F("15-20%/năm", "15", 15, "percent", "%", "tăng trưởng bình quân giá trị giao dịch thanh toán không dùng tiền mặt", value_max=20, status="target", period=pg),
 F("từ 15 tuổi trở lên", "15", 15, "measure", "tuổi", None, approx="at_least", optional=True),
 F("đạt trên 80%", "80", 80, "percent", "%", "tỷ lệ người dân từ 15 tuổi trở lên có tài khoản tại ngân hàng", approx="over", status="target", period=p25),
]
C = ["Ngân hàng Nhà nước Việt Nam (ministry site, '(SBV) -' lead, no dateline): national cashless payment figures, 6 tháng đầu năm 2024.",
     "Distractors: 'Quyết định số 1813/QĐ-TTg ngày 28/10/2021', 'tháng 6/2024' inside an as-of phrase, NAPAS company name.",
     "Growth rates with no base amount ('tăng 58,2% về số lượng và 35,8% về giá trị') are percent figures of their own, no change object, no total after 'Trong đó'.",
     "'1.010,6%' = 1010.6 (thousand dot + decimal comma). '1,08 triệu tỷ đồng/ngày' = 1.08e15, unit 'đồng/ngày' (rate denominator in the unit).",
     "'Tính đến cuối tháng 6/2024' as-of (end 2024-06-30). '2,7 triệu người (chiếm 65,8%)' after 'trong đó': total 4.1e6, percent 65.8.",
     "Province list takes the indicator 'tỷ lệ chi trả (an sinh xã hội) qua tài khoản'; national default location Việt Nam.",
     "Targets: '20-25%/năm', '15-20%/năm' ranges for 'giai đoạn 2021-2025'; 'đến năm 2025' start null. Age criterion 'từ 15 tuổi trở lên' optional."]
build(4, T, figs, C, location="Việt Nam")
