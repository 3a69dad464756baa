from lib import F, P, I, CH, TG, emit

TEXT = """BÁO QUẢNG NAM - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH QUẢNG NAM
Kinh tế | Công nghiệp - Năng lượng

Quảng Nam: 9 tháng tiết kiệm gần 38 triệu kWh điện

(QNO) - Theo Sở Công Thương, 9 tháng năm 2023, toàn tỉnh tiết kiệm được 37,8 triệu kWh, bằng 2,4% tổng sản lượng điện thương phẩm, tương đương số tiền khoảng 72 tỷ đồng. Với kết quả này, Quảng Nam xếp thứ 3 khu vực miền Trung về tỷ lệ tiết kiệm điện.

Điện năng tiêu thụ của khu vực cơ quan, công sở sử dụng ngân sách nhà nước là 14,8 triệu kWh, giảm 9,6% so với cùng kỳ năm 2022. Hệ thống chiếu sáng trên tuyến Quốc lộ 1A qua Tam Kỳ đã tắt xen kẽ 50% số bóng đèn sau 22 giờ.

Trong đợt nắng nóng tháng 6, nhiệt độ tại TP. Tam Kỳ có ngày lên đến 39,5 độ C. Ngày 14/6, công suất cực đại của lưới điện tỉnh đạt 522 MW, tăng 7,5% so với năm 2022.

Toàn tỉnh hiện có 215 cơ sở sử dụng năng lượng trọng điểm; trong đó 168 cơ sở đã thực hiện kiểm toán năng lượng, đạt 78,1%. Đến nay, toàn tỉnh có 3.450 hệ thống điện mặt trời mái nhà với tổng công suất 128,6 MWp.

Theo Chương trình tiết kiệm điện giai đoạn 2020-2025, tỉnh phấn đấu tiết kiệm từ 5 đến 7% tổng điện năng tiêu thụ. Ông Nguyễn Văn Hai, Phó Giám đốc Sở Công Thương cho biết, trong quý IV, Sở tiếp tục kiểm tra việc thực hiện tiết kiệm điện tại 40 cơ sở, đồng thời tuyên truyền người dân sử dụng thiết bị hiệu suất cao, cài đặt điều hòa từ 26 độ C trở lên.

MINH HẢI
10/10/2023
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
NOW = P("Đến nay", None, "2023-10-10")

FIGS = [
    F("gần 38 triệu kWh", "38", 38000000, "measure", "kWh", "điện năng tiết kiệm", I(M9), approx="nearly"),
    F("được 37,8 triệu kWh", "37,8", 37800000, "measure", "kWh", "điện năng tiết kiệm được toàn tỉnh", M9,
      percent=2.4),
    F("khoảng 72 tỷ đồng", "72", 72000000000, "money", "đồng", "số tiền tương đương điện năng tiết kiệm", M9,
      approx="about"),
    F("xếp thứ 3", "3", 3, "rank", "hạng", "tỷ lệ tiết kiệm điện khu vực miền Trung", I(M9)),
    F("là 14,8 triệu kWh", "14,8", 14800000, "measure", "kWh",
      "điện năng tiêu thụ của khu vực cơ quan, công sở sử dụng ngân sách nhà nước",
      change=CH("decrease", 9.6, "%", "cùng kỳ năm 2022")),
    F("xen kẽ 50%", "50", 50, "percent", "%", "số bóng đèn chiếu sáng tắt xen kẽ", location="Tam Kỳ"),
    F("lên đến 39,5 độ C", "39,5", 39.5, "measure", "độ C", "nhiệt độ", P("tháng 6", "2023-06-01", "2023-06-30"),
      location="Tam Kỳ"),
    F("đạt 522 MW", "522", 522, "measure", "MW", "công suất cực đại của lưới điện tỉnh",
      P("Ngày 14/6", "2023-06-14", "2023-06-14"), change=CH("increase", 7.5, "%", "năm 2022")),
    F("có 215 cơ sở", "215", 215, "count", "cơ sở", "cơ sở sử dụng năng lượng trọng điểm"),
    F("168 cơ sở", "168", 168, "count", "cơ sở", "cơ sở đã thực hiện kiểm toán năng lượng", total=215, percent=78.1),
    F("có 3.450 hệ thống", "3.450", 3450, "count", "hệ thống", "hệ thống điện mặt trời mái nhà", NOW),
    F("128,6 MWp", "128,6", 128.6, "measure", "MWp", "tổng công suất điện mặt trời mái nhà", NOW),
    F("từ 5 đến 7%", "5", 5, "percent", "%", "tiết kiệm tổng điện năng tiêu thụ",
      P("giai đoạn 2020-2025", "2020-01-01", "2025-12-31"), value_max=7, status="target"),
    F("tại 40 cơ sở", "40", 40, "count", "cơ sở", "cơ sở được kiểm tra việc thực hiện tiết kiệm điện",
      P("quý IV", "2023-10-01", "2023-12-31"), status="forecast", optional=True),
    F("từ 26 độ C", "26", 26, "measure", "độ C", "nhiệt độ cài đặt điều hòa", approx="at_least"),
]

COMMENTS = [
    "Party newspaper (Báo Quảng Nam, '(QNO) -'), byline and bare date '10/10/2023' at the end. Electricity saving, 9 months 2023, heat-wave peak.",
    "'tương đương số tiền khoảng 72 tỷ đồng' is an equivalent amount, not a share: its own money figure. 'xếp thứ 3 khu vực miền Trung' → rank.",
    "'Trong đợt nắng nóng tháng 6' takes 2023 from '9 tháng năm 2023'; 'Ngày 14/6' is a one-day period; 'Đến nay' ends at the closing date.",
    "'Toàn tỉnh hiện có 215 …; trong đó 168 …, đạt 78,1%' → total 215, percent 78,1; 'hiện có' gets no period.",
    "'phấn đấu tiết kiệm từ 5 đến 7%' → target, range; 'giai đoạn 2020-2025' → 2020-01-01..2025-12-31.",
    "'trong quý IV, Sở tiếp tục kiểm tra … tại 40 cơ sở' is a plan with no explicit cue (dự kiến/kế hoạch): optional (status judged forecast).",
    "'cài đặt điều hòa từ 26 độ C trở lên' → at_least. 'tắt xen kẽ 50% số bóng đèn' on Quốc lộ 1A qua Tam Kỳ → location Tam Kỳ.",
    "Distractors: 'Quốc lộ 1A', 'sau 22 giờ' (time of day), 'quý IV', 'giai đoạn 2020-2025', dates, name 'Nguyễn Văn Hai'.",
]

emit("p635-5", TEXT, COMMENTS, FIGS, published="2023-10-10", location="Quảng Nam")
