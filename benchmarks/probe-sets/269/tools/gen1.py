from lib import F, P, build
T = """Thanh toán không dùng tiền mặt tại Nghệ An tăng mạnh trong 9 tháng năm 2024
Cập nhật: 18/10/2024 09:45
Lượt xem: 2.315

(Cổng TTĐT Nghệ An) - Theo báo cáo của Ngân hàng Nhà nước Chi nhánh tỉnh Nghệ An, tính đến ngày 30/9/2024, toàn tỉnh có hơn 3,2 triệu tài khoản thanh toán cá nhân, tăng 14,6% so với cuối năm 2023; trong đó khoảng 2,45 triệu tài khoản được mở bằng phương thức điện tử (eKYC).

Trong 9 tháng năm 2024, giao dịch thanh toán qua kênh Internet và điện thoại di động đạt 118,7 triệu giao dịch với giá trị 612.450 tỷ đồng, tăng lần lượt 38,2% và 21,5% so với cùng kỳ. Thanh toán bằng mã QR đạt gần 9,6 triệu giao dịch, gấp 2,3 lần cùng kỳ năm 2023. Dịch vụ chuyển tiền nhanh Napas 247 tiếp tục được người dân sử dụng phổ biến.

Về hạ tầng, trên địa bàn tỉnh hiện có 512 máy ATM và 6.840 thiết bị chấp nhận thẻ (POS/EDC), trong đó 4.215 thiết bị lắp đặt tại các cơ sở kinh doanh ngoài thành phố Vinh. Số giao dịch rút tiền mặt tại ATM giảm 7,4% so với cùng kỳ, chỉ còn khoảng 11,3 triệu giao dịch.

Đến hết quý III/2024, toàn tỉnh đã chi trả an sinh xã hội qua tài khoản cho 68.412/121.550 đối tượng hưởng chính sách (đạt 56,3%); tỷ lệ người hưởng lương hưu, trợ cấp bảo hiểm xã hội nhận qua tài khoản tại khu vực đô thị đạt 86,9%.

Thực hiện Quyết định số 1813/QĐ-TTg của Thủ tướng Chính phủ và Chỉ thị số 06/CT-UBND ngày 12/3/2024 của UBND tỉnh, năm 2025 ngành ngân hàng Nghệ An phấn đấu 100% trường học, bệnh viện trên địa bàn chấp nhận thanh toán không dùng tiền mặt; tỷ lệ người trưởng thành có tài khoản thanh toán đạt trên 90%.

Mọi thông tin phản ánh xin liên hệ đường dây nóng 0238.3844.512.
"""
p30 = P("tính đến ngày 30/9/2024", None, "2024-09-30")
p9 = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
p9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
pq3 = P("Đến hết quý III/2024", None, "2024-09-30")
p25 = P("năm 2025", "2025-01-01", "2025-12-31")
figs = [
 F("hơn 3,2 triệu tài khoản", "3,2", 3200000, "count", "tài khoản", "tài khoản thanh toán cá nhân", approx="over",
   change={"direction": "increase", "value": 14.6, "unit": "%", "baseline": "cuối năm 2023"}, period=p30),
 F("khoảng 2,45 triệu tài khoản", "2,45", 2450000, "count", "tài khoản", "tài khoản được mở bằng phương thức điện tử (eKYC)",
   approx="about", total=3200000, period=p30),
 F("đạt 118,7 triệu giao dịch", "118,7", 118700000, "count", "giao dịch", "giao dịch thanh toán qua kênh Internet và điện thoại di động",
   change={"direction": "increase", "value": 38.2, "unit": "%", "baseline": "cùng kỳ"}, period=p9),
 F("giá trị 612.450 tỷ đồng", "612.450", 612450e9, "money", "đồng", "giá trị giao dịch thanh toán qua kênh Internet và điện thoại di động",
   change={"direction": "increase", "value": 21.5, "unit": "%", "baseline": "cùng kỳ"}, period=p9),
 F("gần 9,6 triệu giao dịch", "9,6", 9600000, "count", "giao dịch", "thanh toán bằng mã QR", approx="nearly",
   change={"direction": "increase", "value": 2.3, "unit": "lần", "baseline": "cùng kỳ năm 2023"}, period=p9i),
 F("có 512 máy ATM", "512", 512, "count", "máy ATM", "máy ATM trên địa bàn tỉnh"),
 F("6.840 thiết bị", "6.840", 6840, "count", "thiết bị chấp nhận thẻ", "thiết bị chấp nhận thẻ (POS/EDC)"),
 F("4.215 thiết bị", "4.215", 4215, "count", "thiết bị", "thiết bị lắp đặt tại các cơ sở kinh doanh ngoài thành phố Vinh", total=6840),
 F("khoảng 11,3 triệu giao dịch", "11,3", 11300000, "count", "giao dịch", "giao dịch rút tiền mặt tại ATM", approx="about",
   change={"direction": "decrease", "value": 7.4, "unit": "%", "baseline": "cùng kỳ"}, period=p9i),
 F("68.412/121.550", "68.412", 68412, "count", "đối tượng", "đối tượng hưởng chính sách được chi trả an sinh xã hội qua tài khoản",
   total=121550, percent=56.3, period=pq3),
 F("đạt 86,9%", "86,9", 86.9, "percent", "%", "tỷ lệ người hưởng lương hưu, trợ cấp bảo hiểm xã hội nhận qua tài khoản tại khu vực đô thị", period=pq3),
 F("phấn đấu 100% trường học", "100", 100, "percent", "%", "trường học, bệnh viện chấp nhận thanh toán không dùng tiền mặt", status="target", period=p25),
 F("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ người trưởng thành có tài khoản thanh toán", approx="over", status="target", period=p25),
]
C = ["Cổng TTĐT tỉnh Nghệ An (province portal): cashless payments 9 months 2024 from the SBV provincial branch. Dateline 'Cập nhật: 18/10/2024 09:45'.",
     "Distractors: 'Lượt xem: 2.315' (counter), 'Napas 247' (service name), 'Quyết định số 1813/QĐ-TTg', 'Chỉ thị số 06/CT-UBND ngày 12/3/2024', hotline 0238.3844.512.",
     "'tăng lần lượt 38,2% và 21,5%' distributes the two changes over the count and the value. 'gấp 2,3 lần cùng kỳ năm 2023' is the QR count's change (lần).",
     "'4.215 thiết bị' follows 'trong đó' after 6.840: total 6840; 'ngoài thành phố Vinh' keeps the province as location. 'giảm 7,4% ... chỉ còn khoảng 11,3 triệu': change before its figure.",
     "'Đến hết quý III/2024' is an as-of period (start null). ATM/POS stock 'hiện có' has no period. 2025 targets: status target."]
build(1, T, figs, C, published="2024-10-18", location="Nghệ An")
