from lib import F, P, C, T, emit

TEXT = """Du lịch
Thứ ba, 3/9/2024, 16:40 (GMT+7)

Phú Quốc kín phòng dịp Quốc khánh, giá resort tăng 30-50%

Trong kỳ nghỉ lễ Quốc khánh 2/9 kéo dài 4 ngày (từ 31/8 đến 3/9), Phú Quốc đón khoảng 75.000 lượt khách, tăng 25% so với cùng kỳ năm ngoái.

Theo Sở Du lịch Kiên Giang, công suất phòng của các khách sạn, resort trên đảo đạt 85-90%, nhiều cơ sở 4-5 sao kín phòng từ trước một tuần. Giá phòng hạng tiêu chuẩn tại các resort ven biển Bãi Trường, Bãi Kem dao động 3-7 triệu đồng/đêm, cao hơn 30-50% so với ngày thường.

Ông Trần Minh Khoa, Giám đốc kinh doanh một resort tại Bãi Dài, cho biết khu nghỉ dưỡng có 450 phòng và đã kín 100% từ ngày 25/8. "Khách đặt tối thiểu 2 đêm, nhiều gia đình ở 4-5 đêm", ông nói.

Hiện thành phố đảo có 620 cơ sở lưu trú với hơn 28.000 phòng, trong đó 32 khách sạn, resort 5 sao với khoảng 11.500 phòng. 8 tháng đầu năm, Phú Quốc đón hơn 4,8 triệu lượt khách, tăng 33% so với cùng kỳ; trong đó khách quốc tế gần 920.000 lượt, gấp 1,6 lần cùng kỳ. Thị trường quốc tế dẫn đầu là Hàn Quốc (khoảng 31%), tiếp đến Trung Quốc, Đài Loan (Trung Quốc) và Ấn Độ.

Sân bay quốc tế Phú Quốc khai thác 312 chuyến bay trong dịp lễ, bình quân 78 chuyến mỗi ngày. Ngành du lịch địa phương dự kiến cả năm 2024 đón khoảng 7 triệu lượt khách.

Du khách cần hỗ trợ gọi tổng đài 1900 6868 hoặc đường dây nóng 0297.3846.223.

Hoàng Nam
"""

HOL = P("từ 31/8 đến 3/9", "2024-08-31", "2024-09-03")
HOLi = P("từ 31/8 đến 3/9", "2024-08-31", "2024-09-03", inherited=True)
M8 = P("8 tháng đầu năm", "2024-01-01", "2024-08-31")
M8i = P("8 tháng đầu năm", "2024-01-01", "2024-08-31", inherited=True)
Y4 = P("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tăng 30-50%\n", "30", 30, "percent", "%", "giá resort dịp Quốc khánh", value_max=50, period=HOLi),
    F("khoảng 75.000 lượt khách", "75.000", 75000, "count", "lượt khách", "lượt khách đón", approx="about",
      change=C("increase", 25, "%", "cùng kỳ năm ngoái"), period=HOL),
    F("đạt 85-90%", "85", 85, "percent", "%", "công suất phòng của các khách sạn, resort trên đảo", value_max=90,
      period=HOLi),
    F("dao động 3-7 triệu", "3", 3000000, "money", "đồng/đêm", "giá phòng hạng tiêu chuẩn tại các resort ven biển",
      value_max=7000000, change=C("increase", 30, "%", "ngày thường"), period=HOLi),
    F("có 450 phòng", "450", 450, "count", "phòng", "phòng của khu nghỉ dưỡng"),
    F("kín 100%", "100", 100, "percent", "%", "tỷ lệ phòng kín của khu nghỉ dưỡng"),
    F("tối thiểu 2 đêm", "2", 2, "measure", "đêm", "thời gian khách đặt phòng", approx="at_least", optional=True),
    F("ở 4-5 đêm", "4", 4, "measure", "đêm", "thời gian lưu trú của nhiều gia đình", value_max=5, optional=True),
    F("có 620 cơ sở lưu trú", "620", 620, "count", "cơ sở lưu trú", "cơ sở lưu trú"),
    F("hơn 28.000 phòng", "28.000", 28000, "count", "phòng", "phòng của cơ sở lưu trú", approx="over"),
    F("trong đó 32 khách sạn", "32", 32, "count", "khách sạn, resort", "khách sạn, resort 5 sao", total=620),
    F("khoảng 11.500 phòng", "11.500", 11500, "count", "phòng", "phòng khách sạn, resort 5 sao", approx="about",
      total=28000),
    F("hơn 4,8 triệu lượt khách", "4,8", 4800000, "count", "lượt khách", "lượt khách đón", approx="over",
      change=C("increase", 33, "%", "cùng kỳ"), period=M8),
    F("gần 920.000 lượt", "920.000", 920000, "count", "lượt", "khách quốc tế", approx="nearly", total=4800000,
      change=C("increase", 1.6, "lần", "cùng kỳ"), period=M8),
    F("Hàn Quốc (khoảng 31%)", "31", 31, "percent", "%", "thị phần khách quốc tế của thị trường Hàn Quốc",
      approx="about", period=M8i),
    F("khai thác 312 chuyến bay", "312", 312, "count", "chuyến bay", "chuyến bay sân bay quốc tế Phú Quốc khai thác",
      period=HOLi),
    F("bình quân 78 chuyến", "78", 78, "count", "chuyến", "chuyến bay bình quân mỗi ngày", period=HOLi),
    F("khoảng 7 triệu lượt khách", "7", 7000000, "count", "lượt khách", "lượt khách đón", approx="about",
      status="forecast", period=Y4),
]

COMMENTS = """
National press (VnExpress-style travel section): Phú Quốc (Kiên Giang) over the Quốc khánh holiday 2024 and 8 months of 2024.
Dateline "Thứ ba, 3/9/2024, 16:40 (GMT+7)". Distractors: "Quốc khánh 2/9", "kéo dài 4 ngày" (a duration locating the figures in time),
dates 31/8, 3/9, 25/8, "(GMT+7)", star classes "4-5 sao", "5 sao", hotline "1900 6868", phone 0297.3846.223, "Sở Du lịch Kiên Giang" (agency name).
Headline "giá resort tăng 30-50%" is a growth rate as the claim (percent range, no change). In the body the same 30-50% follows the price
range after "cao hơn … so với ngày thường": the price's change (first value 30; the change has no range field). The holiday span
"từ 31/8 đến 3/9" is the period of the sentence it stands in; later holiday figures inherit it (unscored).
Guest's quoted stay lengths ("tối thiểu 2 đêm", "4-5 đêm") are anecdotal: optional. "Hiện" stock figures carry no period.
32 khách sạn, resort part of 620 cơ sở; 11.500 phòng part of 28.000 phòng; 920.000 part of 4,8 triệu with change "gấp 1,6 lần cùng kỳ".
"Hàn Quốc" is a source market, not a place of the figure: location stays Phú Quốc. "dự kiến … khoảng 7 triệu" is a forecast.
"""

emit(8, COMMENTS, TEXT, FIGS, published="2024-09-03", location="Phú Quốc")
