from lib import F, P, build
T = """Mobile Money: gần 10 triệu người dùng, hơn 70% ở nông thôn
Minh Anh | 15/10/2024 09:12 GMT+7

Sau hơn ba năm thí điểm, dịch vụ dùng tài khoản viễn thông thanh toán cho các hàng hóa, dịch vụ giá trị nhỏ (Mobile Money) đang trở thành kênh thanh toán quen thuộc ở vùng sâu, vùng xa.

Theo Ngân hàng Nhà nước, tính đến tháng 8/2024, dịch vụ Mobile Money đã có hơn 9,8 triệu khách hàng đăng ký sử dụng, trong đó khoảng 6,9 triệu khách hàng (chiếm hơn 70%) ở khu vực nông thôn, miền núi, biên giới, hải đảo. Tổng số giao dịch đạt 426,3 triệu giao dịch với tổng giá trị gần 36.900 tỷ đồng.

Mạng lưới điểm kinh doanh, đại lý Mobile Money đạt khoảng 210.000 điểm, gấp 3 lần so với năm 2022. Hiện có 3 doanh nghiệp viễn thông được cấp phép thí điểm là Viettel, VNPT và MobiFone; trong đó Viettel Money chiếm khoảng 85% số khách hàng, VNPT Money khoảng 11% và MobiFone Money khoảng 4%.

Đáng chú ý, tỷ lệ khách hàng phát sinh giao dịch thường xuyên chỉ khoảng 35-40%. Một số địa phương có số lượng người dùng lớn là Thanh Hóa với hơn 520.000 khách hàng, Nghệ An 480.000 khách hàng và Hà Tĩnh 215.000 khách hàng.

Ông Phạm Anh Tuấn, Vụ trưởng Vụ Thanh toán (NHNN) cho biết, theo Quyết định số 316/QĐ-TTg ngày 9/3/2021, hạn mức giao dịch tối đa 10 triệu đồng/tháng cho mỗi tài khoản; thời gian thí điểm đã được gia hạn đến hết ngày 31/12/2025. Dự kiến đến cuối năm 2025, số khách hàng Mobile Money đạt khoảng 13 triệu.
"""
p8 = P("tính đến tháng 8/2024", None, "2024-08-31")
p8i = P("tính đến tháng 8/2024", None, "2024-08-31", inh=True)
p25 = P("đến cuối năm 2025", None, "2025-12-31")
SH = "tỷ lệ số khách hàng Mobile Money"
SL = "số lượng khách hàng Mobile Money"
figs = [
 F("gần 10 triệu người dùng", "10", 10e6, "count", "người dùng", "người dùng Mobile Money", approx="nearly"),
 F("hơn 70% ở nông thôn", "70", 70, "percent", "%", "người dùng Mobile Money ở nông thôn", approx="over"),
 F("hơn ba năm thí điểm", "ba", 3, "measure", "năm", None, approx="over", optional=True),
 F("hơn 9,8 triệu khách hàng", "9,8", 9.8e6, "count", "khách hàng", "khách hàng đăng ký sử dụng Mobile Money", approx="over", period=p8),
 F("khoảng 6,9 triệu khách hàng", "6,9", 6.9e6, "count", "khách hàng", "khách hàng Mobile Money ở khu vực nông thôn, miền núi, biên giới, hải đảo",
   approx="about", total=9.8e6, percent=70, period=p8),
 F("đạt 426,3 triệu giao dịch", "426,3", 426.3e6, "count", "giao dịch", "tổng số giao dịch Mobile Money", period=p8i),
 F("gần 36.900 tỷ đồng", "36.900", 36900e9, "money", "đồng", "tổng giá trị giao dịch Mobile Money", approx="nearly", period=p8i),
 F("khoảng 210.000 điểm", "210.000", 210000, "count", "điểm", "mạng lưới điểm kinh doanh, đại lý Mobile Money", approx="about",
   change={"direction": "increase", "value": 3, "unit": "lần", "baseline": "năm 2022"}, period=p8i),
 F("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp viễn thông", "doanh nghiệp viễn thông được cấp phép thí điểm Mobile Money"),
 F("khoảng 85%", "85", 85, "percent", "%", SH, approx="about"),
 F("khoảng 11%", "11", 11, "percent", "%", SH, approx="about"),
 F("khoảng 4%", "4", 4, "percent", "%", SH, approx="about"),
 F("khoảng 35-40%", "35", 35, "percent", "%", "tỷ lệ khách hàng phát sinh giao dịch thường xuyên", value_max=40, approx="about", period=p8i),
 F("hơn 520.000 khách hàng", "520.000", 520000, "count", "khách hàng", SL, approx="over", period=p8i, location="Thanh Hóa"),
 F("Nghệ An 480.000", "480.000", 480000, "count", "khách hàng", SL, period=p8i, location="Nghệ An"),
 F("Hà Tĩnh 215.000", "215.000", 215000, "count", "khách hàng", SL, period=p8i, location="Hà Tĩnh"),
 F("tối đa 10 triệu đồng/tháng", "10", 10e6, "money", "đồng/tháng", "hạn mức giao dịch cho mỗi tài khoản", approx="at_most", optional=True),
 F("khoảng 13 triệu", "13", 13e6, "count", "khách hàng", "số khách hàng Mobile Money", approx="about", status="forecast", period=p25),
]
C = ["National press (economy site), byline + 'dd/mm/yyyy hh:mm GMT+7' dateline: Mobile Money pilot, national figures to 8/2024.",
     "Distractors: 'Quyết định số 316/QĐ-TTg ngày 9/3/2021', 'đến hết ngày 31/12/2025' (end of the pilot, a date), 'GMT+7', operator names.",
     "Title figures are figures (no period). '(chiếm hơn 70%)' after 'trong đó': the 6,9 triệu part gets total 9.8e6 and percent 70.",
     "'gấp 3 lần so với năm 2022': the network's change (unit lần). Market shares of operators: operators are not places, location stays Việt Nam.",
     "Provinces in the user list are locations; '480.000 khách hàng' items share the indicator. The regulatory cap 'tối đa 10 triệu đồng/tháng' and 'hơn ba năm' optional.",
     "Figures after 'tính đến tháng 8/2024' in later sentences inherit it. 'Dự kiến ... khoảng 13 triệu': status forecast; 'khách hàng' is the unit by ellipsis."]
build(5, T, figs, C, published="2024-10-15", location="Việt Nam")
