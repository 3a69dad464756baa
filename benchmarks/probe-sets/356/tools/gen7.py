from lib import F, P, write

TEXT = """Kinh doanh › Hàng hóa
Thứ năm, 19/12/2024, 14:20 (GMT+7)

Nhập khẩu bò sống tăng gần 40%, giá bò hơi trong nước giảm

Việt Nam nhập gần 320.000 con bò sống trong 11 tháng, tăng mạnh so với năm trước, khiến giá bò hơi tại nhiều lò mổ đi xuống.

Theo Cục Thú y, 11 tháng năm 2024, cả nước nhập khẩu 318.400 con bò sống để giết mổ và vỗ béo, tăng 38,6% so với cùng kỳ năm 2023; trong đó từ Australia 241.500 con, chiếm 75,8%, từ Thái Lan 49.200 con, gấp 2,5 lần cùng kỳ. Kim ngạch nhập khẩu bò sống đạt khoảng 380 triệu USD.

Việt Nam hiện là thị trường nhập khẩu bò sống lớn thứ ba của Australia, sau Indonesia và Trung Quốc.

Số liệu của Tổng cục Thống kê cho thấy, quý III/2024 sản lượng thịt trâu hơi xuất chuồng đạt 31,2 nghìn tấn, giảm 0,8%; thịt bò hơi đạt 138,6 nghìn tấn, tăng 3,1% so với cùng kỳ. Tổng đàn bò trong nước đến cuối tháng 11 ước đạt 6,38 triệu con, giảm khoảng 1%.

Tại các cơ sở giết mổ ở TP Hồ Chí Minh, giá bò hơi loại 1 hiện dao động 82.000-86.000 đồng/kg, thấp hơn khoảng 10% so với đầu năm. Mỗi đêm, riêng thành phố giết mổ khoảng 1.200 con trâu, bò, trong đó bò nhập khẩu chiếm hơn một nửa.

"Bò Úc vỗ béo 90-120 ngày cho tỷ lệ thịt xẻ cao, giá thành thấp hơn bò nội 15-20%, nên các hộ nuôi nhỏ lẻ rất khó cạnh tranh", ông Nguyễn Văn Long, Cục trưởng Cục Thú y, nói.

Thi Hà
"""

N11 = P("11 tháng năm 2024", "2024-01-01", "2024-11-30")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
FIGS = [
    F("tăng gần 40%", "40", 40, "percent", "%", approx="nearly", subject="nhập khẩu bò sống"),
    F("nhập gần 320.000 con", "320.000", 320000, "count", "con", approx="nearly", subject="bò sống nhập khẩu",
      period=P("trong 11 tháng", "2024-01-01", "2024-11-30")),
    F("khẩu 318.400 con", "318.400", 318400, "count", "con",
      change={"direction": "increase", "value": 38.6, "unit": "%", "baseline": "cùng kỳ năm 2023"},
      subject="bò sống nhập khẩu để giết mổ và vỗ béo", period=N11),
    F("Australia 241.500 con", "241.500", 241500, "count", "con", total=318400, percent=75.8,
      subject="bò sống nhập khẩu từ Australia", period=N11),
    F("Thái Lan 49.200 con", "49.200", 49200, "count", "con", total=318400,
      change={"direction": "increase", "value": 2.5, "unit": "lần", "baseline": "cùng kỳ"},
      subject="bò sống nhập khẩu từ Thái Lan", period=N11),
    F("khoảng 380 triệu USD", "380", 380000000, "money", "USD", approx="about",
      subject="kim ngạch nhập khẩu bò sống",
      period=P("11 tháng năm 2024", "2024-01-01", "2024-11-30", inherited=True)),
    F("lớn thứ ba", "ba", 3, "rank", "hạng", subject="thị trường nhập khẩu bò sống của Australia"),
    F("đạt 31,2 nghìn tấn", "31,2", 31200, "measure", "tấn",
      change={"direction": "decrease", "value": 0.8, "unit": "%"},
      subject="sản lượng thịt trâu hơi xuất chuồng", period=Q3),
    F("đạt 138,6 nghìn tấn", "138,6", 138600, "measure", "tấn",
      change={"direction": "increase", "value": 3.1, "unit": "%", "baseline": "cùng kỳ"},
      subject="sản lượng thịt bò hơi xuất chuồng", period=Q3),
    F("ước đạt 6,38 triệu con", "6,38", 6380000, "count", "con", status="estimate",
      change={"direction": "decrease", "value": 1, "unit": "%", "approx": "about"},
      subject="tổng đàn bò trong nước", period=P("đến cuối tháng 11", None, "2024-11-30")),
    F("82.000-86.000 đồng/kg", "82.000", 82000, "money", "đồng/kg", value_max=86000,
      change={"direction": "decrease", "value": 10, "unit": "%", "approx": "about", "baseline": "đầu năm"},
      subject="giá bò hơi loại 1", location="TP Hồ Chí Minh"),
    F("khoảng 1.200 con", "1.200", 1200, "count", "con", approx="about",
      subject="trâu, bò giết mổ mỗi đêm", location="TP Hồ Chí Minh"),
    F("vỗ béo 90-120 ngày", "90", 90, "measure", "ngày", value_max=120, subject="thời gian vỗ béo bò Úc", optional=True),
    F("thấp hơn bò nội 15-20%", "15", 15, "percent", "%", value_max=20,
      subject="giá thành bò Úc thấp hơn bò nội"),
]

COMMENTS = [
    "National press (VnExpress-style, 'Kinh doanh › Hàng hóa', 'Thứ năm, 19/12/2024, 14:20 (GMT+7)'): live-cattle imports 11 months 2024, slaughter output Q3, herd, beef prices in TP Hồ Chí Minh.",
    "Headline 'tăng gần 40%' is a growth rate that is the claim (percent, nearly). Distractors: '(GMT+7)', 'năm 2023' as baseline, 'Indonesia và Trung Quốc' (no numbers), person's name. Trade partners (Australia, Thái Lan) are not places: location Việt Nam.",
    "'trong đó từ Australia 241.500 con, chiếm 75,8%, từ Thái Lan 49.200 con, gấp 2,5 lần cùng kỳ' → totals 318.400; percent 75,8; change 2,5 lần on 49.200.",
    "'hơn một nửa' is not a written number: not annotated. '90-120 ngày' fattening time is a duration that describes a practice: optional.",
    "'giá thành thấp hơn bò nội 15-20%' is a percent gap that stands alone in a quote (no base figure): percent range figure, no change object.",
    "'đến cuối tháng 11' takes the year 2024 from the earlier '11 tháng năm 2024': as-of end 2024-11-30. 'giảm khoảng 1%' is the change of 6,38 triệu con.",
]

write(7, COMMENTS, TEXT, FIGS, published="2024-12-19", location="Việt Nam")
