from lib import F, P, build
T = """Bình Định: Gần 43% người hưởng lương hưu nhận tiền qua tài khoản

Quý III/2024, Bảo hiểm xã hội tỉnh Bình Định đã chi trả lương hưu, trợ cấp BHXH hằng tháng cho 67.845 người với tổng số tiền hơn 1.126 tỷ đồng; trong đó, số người nhận qua tài khoản cá nhân là 29.130 người, chiếm 42,94%, tăng 6,2% so với quý II/2024.

Tại khu vực đô thị, tỷ lệ này đạt 61,5%; trong đó thành phố Quy Nhơn đạt 73,8%, thị xã An Nhơn 58,2% và thị xã Hoài Nhơn 51,6%. Ở các huyện miền núi, mỗi tháng vẫn có từ 35% đến 40% người hưởng đến điểm chi trả của Bưu điện để nhận tiền mặt.

Cũng trong quý, BHXH tỉnh chi trả trợ cấp thất nghiệp qua tài khoản cho 5.912 lượt người, đạt 100%, với số tiền khoảng 98,7 tỷ đồng. Trợ cấp một lần được chi trả qua tài khoản cho 2.468 người, tổng số tiền trên 163 tỷ đồng.

9 tháng năm 2024, BHXH tỉnh đã phối hợp với Bưu điện tỉnh và các ngân hàng tổ chức 124 hội nghị đối thoại, tuyên truyền về lợi ích của việc nhận lương hưu qua tài khoản, thu hút khoảng 8.600 lượt người tham dự.

Theo Giám đốc BHXH tỉnh, ngoài chi trả qua ngân hàng, từ tháng 7/2024 người hưởng còn có thể nhận lương hưu qua ví điện tử VNPT Money hoặc Viettel Money sau khi tích hợp tài khoản trên ứng dụng VssID.

Phấn đấu đến cuối năm 2024, tỷ lệ người hưởng nhận qua tài khoản tại khu vực đô thị đạt từ 80% trở lên, toàn tỉnh đạt khoảng 50%. Người dân cần hỗ trợ liên hệ đường dây nóng 0256.3822.789 hoặc Bưu điện tỉnh tại số 197 Phan Bội Châu, TP Quy Nhơn.

THANH NGỌC
28/10/2024
"""
pq = P("Quý III/2024", "2024-07-01", "2024-09-30")
pqi = P("Quý III/2024", "2024-07-01", "2024-09-30", inh=True)
ptq = P("trong quý", "2024-07-01", "2024-09-30")
p9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
pt = P("đến cuối năm 2024", None, "2024-12-31")
S = "tỷ lệ người hưởng nhận qua tài khoản tại khu vực đô thị"
figs = [
 F("Gần 43%", "43", 43, "percent", "%", "người hưởng lương hưu nhận tiền qua tài khoản", approx="nearly"),
 F("cho 67.845 người", "67.845", 67845, "count", "người", "người hưởng lương hưu, trợ cấp BHXH hằng tháng", period=pq),
 F("hơn 1.126 tỷ đồng", "1.126", 1126e9, "money", "đồng", "tổng số tiền chi trả lương hưu, trợ cấp BHXH", approx="over", period=pq),
 F("là 29.130 người", "29.130", 29130, "count", "người", "người nhận qua tài khoản cá nhân", total=67845, percent=42.94,
   change={"direction": "increase", "value": 6.2, "unit": "%", "baseline": "quý II/2024"}, period=pq),
 F("đạt 61,5%", "61,5", 61.5, "percent", "%", S, period=pqi),
 F("Quy Nhơn đạt 73,8%", "73,8", 73.8, "percent", "%", S, period=pqi, location="Quy Nhơn"),
 F("An Nhơn 58,2%", "58,2", 58.2, "percent", "%", S, period=pqi, location="An Nhơn"),
 F("Hoài Nhơn 51,6%", "51,6", 51.6, "percent", "%", S, period=pqi, location="Hoài Nhơn"),
 F("từ 35% đến 40%", "35", 35, "percent", "%", "người hưởng ở các huyện miền núi đến điểm chi trả nhận tiền mặt", value_max=40, period=pqi),
 F("cho 5.912 lượt người", "5.912", 5912, "count", "lượt người", "lượt người nhận trợ cấp thất nghiệp qua tài khoản", percent=100, period=ptq),
 F("khoảng 98,7 tỷ đồng", "98,7", 98.7e9, "money", "đồng", "số tiền trợ cấp thất nghiệp chi trả qua tài khoản", approx="about", period=ptq),
 F("cho 2.468 người", "2.468", 2468, "count", "người", "người nhận trợ cấp một lần qua tài khoản", period=pqi),
 F("trên 163 tỷ đồng", "163", 163e9, "money", "đồng", "tổng số tiền trợ cấp một lần chi trả qua tài khoản", approx="over", period=pqi),
 F("124 hội nghị", "124", 124, "count", "hội nghị", "hội nghị đối thoại, tuyên truyền về lợi ích của việc nhận lương hưu qua tài khoản", period=p9),
 F("khoảng 8.600 lượt người", "8.600", 8600, "count", "lượt người", "lượt người tham dự hội nghị", approx="about", period=p9),
 F("từ 80% trở lên", "80", 80, "percent", "%", S, approx="at_least", status="target", period=pt),
 F("toàn tỉnh đạt khoảng 50%", "50", 50, "percent", "%", "tỷ lệ người hưởng nhận qua tài khoản toàn tỉnh", approx="about", status="target", period=pt),
]
C = ["Báo Bình Định (Party newspaper): BHXH chi trả lương hưu qua tài khoản, quý III/2024. No dateline on top; byline and bare date '28/10/2024' at the end.",
     "Distractors: 'từ tháng 7/2024' (a date), 'VNPT Money', 'Viettel Money', 'VssID', hotline 0256.3822.789, address 'số 197 Phan Bội Châu'.",
     "'; trong đó, ... 29.130 người, chiếm 42,94%, tăng 6,2% so với quý II/2024': total 67845, percent, change; the baseline quarter is not the period.",
     "'Tại khu vực đô thị, tỷ lệ này đạt 61,5%; trong đó thành phố Quy Nhơn ...': a list of rates (no totals for percents), towns as locations.",
     "'Cũng trong quý' = quý III/2024 (as 'trong tháng' in a monthly report): period scored. '5.912 lượt người, đạt 100%': percent 100 of the count.",
     "Title 'Gần 43%' has no period. 'từ 35% đến 40%' range. Targets 'đến cuối năm 2024': start null."]
build(8, T, figs, C, published="2024-10-28", location="Bình Định")
