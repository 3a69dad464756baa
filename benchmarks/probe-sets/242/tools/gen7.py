from lib import F, P, build

TEXT = """Sản lượng dầu thô năm 2024 giảm 6,7%, khai thác khí đạt 7,2 tỷ m3
Thứ hai, 6/1/2025, 16:45 (GMT+7)

Năm 2024, sản lượng dầu thô khai thác của cả nước ước đạt 8,9 triệu tấn, giảm 6,7% so với năm trước; khí đốt thiên nhiên dạng khí ước đạt 7,2 tỷ m3, giảm 11,9%, theo Tổng cục Thống kê.

Theo Bộ Công Thương, mức suy giảm tự nhiên tại các mỏ chủ lực như Bạch Hổ, Sư Tử Đen, Rạng Đông ở mức 10-25% mỗi năm. Trong năm, 4 mỏ mới được đưa vào khai thác gồm Đại Hùng giai đoạn 3, Sư Tử Trắng giai đoạn 2A, Lạc Đà Vàng và cụm mỏ Kình Ngư Trắng thuộc Lô 09-2/09, bổ sung khoảng 1,1 triệu tấn quy dầu.

Riêng Liên doanh Việt - Nga Vietsovpetro khai thác 2,86 triệu tấn dầu, vượt 8,7% kế hoạch. Tính đến hết năm 2024, liên doanh đã khai thác hơn 250 triệu tấn dầu thô từ thềm lục địa phía Nam.

Xuất khẩu dầu thô năm 2024 đạt 2,6 triệu tấn, giảm 20,3% so với năm 2023, trị giá 1,58 tỷ USD. Phần lớn lượng dầu khai thác được đưa về hai nhà máy lọc dầu Dung Quất và Nghi Sơn.

Về điện khí, tổng sản lượng điện sản xuất và nhập khẩu toàn hệ thống năm 2024 đạt khoảng 308 tỷ kWh, trong đó điện khí đạt 29,3 tỷ kWh, chiếm 9,5%. Hai nhà máy điện Nhơn Trạch 3 và Nhơn Trạch 4 có tổng công suất 1.624 MW, sử dụng LNG nhập khẩu, dự kiến vận hành thương mại trong năm 2025.

Theo Quy hoạch điện VIII, đến năm 2030 tổng công suất điện khí trong nước đạt 14.930 MW và điện LNG đạt 22.400 MW.

Minh Sơn
"""

Y = lambda t="Năm 2024", inh=False: P(t, "2024-01-01", "2024-12-31", inh)
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("năm 2024 giảm 6,7%,", "6,7", 6.7, "percent", "%", "sản lượng dầu thô", Y("năm 2024")),
    F("khai thác khí đạt 7,2 tỷ m3", "7,2", 7.2e9, "measure", "m3", "khai thác khí", Y("năm 2024")),
    F("ước đạt 8,9 triệu tấn", "8,9", 8900000, "measure", "tấn", "sản lượng dầu thô khai thác của cả nước", Y(),
      status="estimate", change={"direction": "decrease", "value": 6.7, "unit": "%", "baseline": "năm trước"}),
    F("ước đạt 7,2 tỷ m3", "7,2", 7.2e9, "measure", "m3", "khí đốt thiên nhiên dạng khí", Y(),
      status="estimate", change={"direction": "decrease", "value": 11.9, "unit": "%"}),
    F("mức 10-25%", "10", 10, "percent", "%", "mức suy giảm tự nhiên tại các mỏ chủ lực", value_max=25),
    F("4 mỏ mới", "4", 4, "count", "mỏ", "mỏ mới được đưa vào khai thác", Y("Trong năm", inh=False)),
    F("khoảng 1,1 triệu tấn quy dầu", "1,1", 1100000, "measure", "tấn quy dầu", "sản lượng bổ sung từ các mỏ mới",
      Y("Trong năm"), approx="about"),
    F("khai thác 2,86 triệu tấn", "2,86", 2860000, "measure", "tấn", "dầu khai thác", Y(inh=True),
      change={"direction": "increase", "value": 8.7, "unit": "%", "baseline": "kế hoạch"}),
    F("hơn 250 triệu tấn", "250", 250000000, "measure", "tấn", "dầu thô khai thác",
      P("Tính đến hết năm 2024", None, "2024-12-31"), approx="over"),
    F("đạt 2,6 triệu tấn", "2,6", 2600000, "measure", "tấn", "xuất khẩu dầu thô", Y("năm 2024"),
      change={"direction": "decrease", "value": 20.3, "unit": "%", "baseline": "năm 2023"}),
    F("trị giá 1,58 tỷ USD", "1,58", 1.58e9, "money", "USD", "trị giá xuất khẩu dầu thô", Y("năm 2024")),
    F("hai nhà máy lọc dầu", "hai", 2, "count", "nhà máy lọc dầu", "nhà máy lọc dầu", optional=True),
    F("khoảng 308 tỷ kWh", "308", 308e9, "measure", "kWh", "tổng sản lượng điện sản xuất và nhập khẩu toàn hệ thống",
      Y("năm 2024"), approx="about"),
    F("đạt 29,3 tỷ kWh", "29,3", 29.3e9, "measure", "kWh", "điện khí", Y("năm 2024"), total=308e9, percent=9.5),
    F("Hai nhà máy điện", "Hai", 2, "count", "nhà máy điện", "nhà máy điện", optional=True),
    F("công suất 1.624 MW", "1.624", 1624, "measure", "MW", "tổng công suất"),
    F("đạt 14.930 MW", "14.930", 14930, "measure", "MW", "tổng công suất điện khí trong nước", T30, status="target"),
    F("đạt 22.400 MW", "22.400", 22400, "measure", "MW", "tổng công suất điện LNG", T30, status="target"),
]

COMMENTS = [
    "revised after the first run: subjects drop the owning entity (plant, pipeline, joint venture, project) and keep the indicator as the sentence names it (shared h01 convention).",
    "National press (VnExpress style): oil & gas output 2024, fields, Vietsovpetro, crude exports, gas-fired power. Dateline 'Thứ hai, 6/1/2025, 16:45 (GMT+7)'; byline at the end.",
    "Distractors: '(GMT+7)', 'giai đoạn 3', 'giai đoạn 2A', 'Lô 09-2/09', plant names 'Nhơn Trạch 3' and 'Nhơn Trạch 4', 'Quy hoạch điện VIII', 'năm trước'/'năm 2023' baselines, 'trong năm 2025' (commissioning date).",
    "Location: Việt Nam for every figure (national statistics; field names are not places; 'thềm lục địa phía Nam' is not a province).",
    "Title: 'giảm 6,7%' is a growth rate standing as claim (percent, no change); '7,2 tỷ m3' a figure. In the body the same rates are changes of 8,9 triệu tấn / 7,2 tỷ m3.",
    "'ở mức 10-25% mỗi năm': range, no period. 'Trong năm' in the paragraph -> 2024 (nearest earlier year).",
    "'tổng sản lượng ... khoảng 308 tỷ kWh, trong đó điện khí đạt 29,3 tỷ kWh, chiếm 9,5%' -> total 308 tỷ, percent 9.5.",
    "'Hai nhà máy ...', 'hai nhà máy lọc dầu': counts inside noun phrases, optional. 'Nhơn Trạch 3 và Nhơn Trạch 4' are names.",
    "Targets 'đến năm 2030 ... đạt': status target, period end 2030-12-31.",
]

build(7, TEXT, FIGS, COMMENTS, published="2025-01-06", location="Việt Nam")
