from lib import F, P, build
T = """Quảng Ngãi đẩy mạnh chi trả trợ cấp xã hội không dùng tiền mặt
Ngày đăng: 12/08/2024 | Lượt xem: 1.204

Thực hiện Quyết định số 206/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 75/KH-UBND của UBND tỉnh, 6 tháng đầu năm 2024, Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ngãi đã phối hợp với các ngân hàng thương mại và Bưu điện tỉnh chi trả chế độ cho 94.627 đối tượng bảo trợ xã hội và người có công với tổng kinh phí gần 412,8 tỷ đồng.

Trong đó, số đối tượng nhận qua tài khoản là 51.306 người, chiếm 54,22%, tăng 19,7 điểm phần trăm so với cuối năm 2023. Riêng trong tháng 7/2024, kinh phí chi trả qua tài khoản đạt 38,6 tỷ đồng/71,2 tỷ đồng, tương đương 54,2%.

Tỷ lệ đối tượng nhận trợ cấp qua tài khoản cao nhất thuộc về thành phố Quảng Ngãi (81,4%), tiếp đến là thị xã Đức Phổ (67,9%), huyện Bình Sơn (63,5%) và huyện Tư Nghĩa (60,2%); thấp nhất là các huyện miền núi Trà Bồng (18,7%), Ba Tơ (15,1%) và Sơn Tây (12,3%).

Theo Sở Lao động - Thương binh và Xã hội, nguyên nhân là tại 6 huyện miền núi vẫn còn khoảng 23.500 đối tượng là người cao tuổi, người khuyết tật nặng chưa có tài khoản, nhiều thôn cách điểm giao dịch ngân hàng từ 15 đến 30 km.

Thời gian tới, Sở phấn đấu đến hết năm 2024, tỷ lệ chi trả trợ cấp xã hội qua tài khoản trên địa bàn tỉnh đạt tối thiểu 70%, riêng khu vực đô thị đạt 90%. Người dân cần hỗ trợ mở tài khoản liên hệ Phòng Bảo trợ xã hội, số 128 đường Hùng Vương, thành phố Quảng Ngãi, điện thoại 0255.3822.415.
"""
p6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
p6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
p7 = P("trong tháng 7/2024", "2024-07-01", "2024-07-31")
pt = P("đến hết năm 2024", None, "2024-12-31")
S = "tỷ lệ đối tượng nhận trợ cấp qua tài khoản"
figs = [
 F("cho 94.627 đối tượng", "94.627", 94627, "count", "đối tượng", "đối tượng bảo trợ xã hội và người có công được chi trả chế độ", period=p6),
 F("gần 412,8 tỷ đồng", "412,8", 412.8e9, "money", "đồng", "tổng kinh phí chi trả chế độ", approx="nearly", period=p6),
 F("là 51.306 người", "51.306", 51306, "count", "người", "đối tượng nhận qua tài khoản", total=94627, percent=54.22,
   change={"direction": "increase", "value": 19.7, "unit": "điểm phần trăm", "baseline": "cuối năm 2023"}, period=p6i),
 F("đạt 38,6 tỷ đồng/71,2", "38,6", 38.6e9, "money", "đồng", "kinh phí chi trả qua tài khoản", total=71.2e9, percent=54.2, period=p7),
 F("thành phố Quảng Ngãi (81,4%)", "81,4", 81.4, "percent", "%", S, period=p6i, location="Quảng Ngãi"),
 F("Đức Phổ (67,9%)", "67,9", 67.9, "percent", "%", S, period=p6i, location="Đức Phổ"),
 F("Bình Sơn (63,5%)", "63,5", 63.5, "percent", "%", S, period=p6i, location="Bình Sơn"),
 F("Tư Nghĩa (60,2%)", "60,2", 60.2, "percent", "%", S, period=p6i, location="Tư Nghĩa"),
 F("Trà Bồng (18,7%)", "18,7", 18.7, "percent", "%", S, period=p6i, location="Trà Bồng"),
 F("Ba Tơ (15,1%)", "15,1", 15.1, "percent", "%", S, period=p6i, location="Ba Tơ"),
 F("Sơn Tây (12,3%)", "12,3", 12.3, "percent", "%", S, period=p6i, location="Sơn Tây"),
 F("tại 6 huyện miền núi", "6", 6, "count", "huyện", "huyện miền núi", optional=True),
 F("khoảng 23.500 đối tượng", "23.500", 23500, "count", "đối tượng", "đối tượng là người cao tuổi, người khuyết tật nặng chưa có tài khoản", approx="about"),
 F("từ 15 đến 30 km", "15", 15, "measure", "km", "khoảng cách từ thôn đến điểm giao dịch ngân hàng", value_max=30),
 F("tối thiểu 70%", "70", 70, "percent", "%", "tỷ lệ chi trả trợ cấp xã hội qua tài khoản", approx="at_least", status="target", period=pt),
 F("đô thị đạt 90%", "90", 90, "percent", "%", "tỷ lệ chi trả trợ cấp xã hội qua tài khoản khu vực đô thị", status="target", period=pt),
]
C = ["Sở LĐ-TB&XH Quảng Ngãi (department site): chi trả trợ cấp xã hội không dùng tiền mặt, 6 tháng đầu năm 2024. 'Ngày đăng: 12/08/2024 | Lượt xem: 1.204'.",
     "Distractors: 'Quyết định số 206/QĐ-TTg', 'Kế hoạch số 75/KH-UBND', counter 1.204, address 'số 128 đường Hùng Vương', phone 0255.3822.415.",
     "'Trong đó, ... 51.306 người, chiếm 54,22%' after the whole 94.627 (sentence break): total 94627, percent 54.22; 'tăng 19,7 điểm phần trăm' its change.",
     "'38,6 tỷ đồng/71,2 tỷ đồng, tương đương 54,2%': total and percent. The district list shares the indicator 'tỷ lệ đối tượng nhận trợ cấp qua tài khoản';",
     "each district is the location. '6 huyện miền núi' optional (structure). The stock 'vẫn còn khoảng 23.500' and the distance range carry no period.",
     "'đến hết năm 2024' target: start null, end 2024-12-31; 'tối thiểu' = at_least."]
build(2, T, figs, C, published="2024-08-12", location="Quảng Ngãi")
