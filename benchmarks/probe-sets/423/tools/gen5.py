from lib import F, P, emit

TEXT = """Du lịch
Thứ năm, 2/5/2024, 18:30 (GMT+7)
Phú Quốc đón gần 120.000 lượt khách dịp lễ 30/4-1/5

Đảo ngọc ghi nhận lượng khách kỷ lục trong kỳ nghỉ lễ, công suất phòng nhiều khách sạn ven biển đạt trên 90%.

Theo Sở Du lịch Kiên Giang, trong 5 ngày nghỉ lễ (từ 27/4 đến 1/5), thành phố Phú Quốc đón khoảng 119.600 lượt khách, tăng 32% so với cùng kỳ năm 2023, trong đó khách quốc tế gần 21.000 lượt. Doanh thu du lịch ước đạt 1.280 tỷ đồng.

Công suất phòng các khách sạn, resort ven biển đạt 85-95%, nhiều cơ sở tại Bãi Trường, Bãi Kem kín phòng từ ngày 28/4 đến 30/4. Cảng hàng không quốc tế Phú Quốc khai thác 1.146 chuyến bay (bình quân 229 chuyến/ngày), trong đó có 248 chuyến bay quốc tế. Chuyến bay VN1825 từ TP HCM cất cánh lúc 6h15 sáng 27/4 kín 100% ghế. Giá vé máy bay khứ hồi TP HCM - Phú Quốc dịp lễ dao động 3-4,5 triệu đồng.

Khách quốc tế đến Phú Quốc chủ yếu từ Hàn Quốc, Đài Loan, Trung Quốc và Ấn Độ; riêng thị trường Ấn Độ tăng gấp 4 lần sau khi có đường bay thẳng từ Mumbai và New Delhi.

Tính chung 4 tháng đầu năm 2024, Kiên Giang đón hơn 4,1 triệu lượt khách, đạt 48,8% kế hoạch năm. Riêng Phú Quốc đón 2,38 triệu lượt, chiếm khoảng 58%; trong đó khách quốc tế khoảng 410.000 lượt, tăng 150% so với cùng kỳ.

Ông Nguyễn Lưu Trung, Giám đốc Sở Du lịch, cho biết tỉnh đặt mục tiêu năm 2024 đón 8,7 triệu lượt khách, Phú Quốc chiếm trên 60%. Du khách có thể gọi đường dây nóng 0297.3980.889 để phản ánh tình trạng chặt chém giá.

Ngọc Tài
"""

PH = P("trong 5 ngày nghỉ lễ (từ 27/4 đến 1/5)", "2024-04-27", "2024-05-01")
PHi = P("5 ngày nghỉ lễ (từ 27/4 đến 1/5)", "2024-04-27", "2024-05-01", inherited=True)
P4 = P("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
P4i = P("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30", inherited=True)
P24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("gần 120.000 lượt", "120.000", 120000, "count", "lượt", "lượt khách dịp lễ", approx="nearly",
      location="Phú Quốc", period=P("dịp lễ 30/4-1/5", "2024-04-27", "2024-05-01", inherited=True)),
    F("đạt trên 90%", "90", 90, "percent", "%", "công suất phòng nhiều khách sạn ven biển", approx="over",
      location="Phú Quốc", period=P("kỳ nghỉ lễ", "2024-04-27", "2024-05-01", inherited=True)),
    F("khoảng 119.600 lượt", "119.600", 119600, "count", "lượt", "lượt khách", approx="about",
      change={"direction": "increase", "value": 32, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=PH,
      location="Phú Quốc"),
    F("gần 21.000 lượt", "21.000", 21000, "count", "lượt", "khách quốc tế", approx="nearly", total=119600,
      period=PH, location="Phú Quốc"),
    F("ước đạt 1.280 tỷ đồng", "1.280", 1280000000000, "money", "đồng", "doanh thu du lịch", status="estimate",
      period=PHi, location="Phú Quốc"),
    F("đạt 85-95%", "85", 85, "percent", "%", "công suất phòng các khách sạn, resort ven biển", value_max=95,
      period=PHi, location="Phú Quốc"),
    F("khai thác 1.146 chuyến bay", "1.146", 1146, "count", "chuyến bay", "chuyến bay Cảng hàng không quốc tế Phú Quốc khai thác",
      period=PHi, location="Phú Quốc"),
    F("bình quân 229 chuyến/ngày", "229", 229, "measure", "chuyến/ngày", "chuyến bay bình quân mỗi ngày",
      period=PHi, location="Phú Quốc"),
    F("có 248 chuyến bay", "248", 248, "count", "chuyến bay", "chuyến bay quốc tế", total=1146,
      period=PHi, location="Phú Quốc"),
    F("kín 100% ghế", "100", 100, "percent", "%", "tỷ lệ ghế chuyến bay VN1825", location="Phú Quốc", optional=True),
    F("dao động 3-4,5 triệu đồng", "3", 3000000, "money", "đồng", "giá vé máy bay khứ hồi TP HCM - Phú Quốc dịp lễ",
      value_max=4500000, period=PHi, location="Phú Quốc"),
    F("gấp 4 lần", "4", 4, "multiple", "lần", "tăng trưởng khách thị trường Ấn Độ", location="Phú Quốc"),
    F("hơn 4,1 triệu lượt", "4,1", 4100000, "count", "lượt", "lượt khách", approx="over", percent=48.8,
      period=P4, location="Kiên Giang"),
    F("đón 2,38 triệu lượt", "2,38", 2380000, "count", "lượt", "lượt khách", percent=58, period=P4i,
      location="Phú Quốc"),
    F("khoảng 410.000 lượt", "410.000", 410000, "count", "lượt", "khách quốc tế", approx="about", total=2380000,
      change={"direction": "increase", "value": 150, "unit": "%", "baseline": "cùng kỳ"}, period=P4i,
      location="Phú Quốc"),
    F("đón 8,7 triệu lượt", "8,7", 8700000, "count", "lượt", "lượt khách", status="target", period=P24,
      location="Kiên Giang"),
    F("chiếm trên 60%", "60", 60, "percent", "%", "tỷ trọng khách đến Phú Quốc", approx="over", status="target",
      period=P24, location="Phú Quốc"),
]

COMMENTS = [
    "National press (VnExpress style): 'Thứ năm, 2/5/2024, 18:30 (GMT+7)' dateline, headline and sapo carry figures, byline at the end.",
    "Headline 'gần 120.000' and sapo 'trên 90%' are figures (no stated period in the sapo). '5 ngày nghỉ lễ' is a duration that locates",
    "the figures in time (not a figure); period 27/4–1/5/2024 (year from the dateline). 'trong đó khách quốc tế gần 21.000' total 119.600;",
    "'trong đó có 248 chuyến bay quốc tế' total 1.146. '229 chuyến/ngày' rate (measure). '2,38 triệu lượt, chiếm khoảng 58%' share attribute.",
    "'kín 100% ghế' of one flight optional. 'gấp 4 lần' alone is a multiple. Location: Phú Quốc for city figures, Kiên Giang for provincial ones;",
    "'chiếm trên 60%' under 'mục tiêu' is a target percent (no base amount in its clause). Distractors: flight number VN1825, '6h15',",
    "dates 27/4, 28/4–30/4, '(GMT+7)', hotline, person's name. Headline 'dịp lễ 30/4-1/5' and sapo 'kỳ nghỉ lễ' name the holiday whose",
    "dates (27/4–1/5) stand only in the body: period inherited (not scored).",
]

emit(5, TEXT, COMMENTS, FIGS, published="2024-05-02", location="Phú Quốc")
