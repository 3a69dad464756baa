from lib import *
T = """Kinh tế - xã hội tỉnh Thái Bình tháng 9 và 9 tháng năm 2024 duy trì đà tăng trưởng
Cập nhật: 08/10/2024 15:20
Lượt xem: 2.316

Theo báo cáo của Cục Thống kê tỉnh, chỉ số sản xuất công nghiệp (IIP) tháng 9/2024 ước tăng 3,2% so với tháng trước và tăng 11,4% so với cùng kỳ năm 2023. Tính chung 9 tháng năm 2024, IIP tăng 12,75% so với cùng kỳ, trong đó ngành chế biến, chế tạo tăng 13,1%; ngành sản xuất và phân phối điện tăng 9,8%; ngành cung cấp nước, xử lý rác thải giảm 1,6%.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 9 ước đạt 4.862,5 tỷ đồng, tăng 1,8% so với tháng trước. Lũy kế 9 tháng, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 42.105 tỷ đồng, tăng 10,3% so với cùng kỳ, trong đó doanh thu bán lẻ hàng hóa đạt 33.240 tỷ đồng, chiếm 78,9%.

Kim ngạch xuất khẩu tháng 9 ước đạt 245 triệu USD. Tính chung 9 tháng, kim ngạch xuất khẩu đạt gần 2,1 tỷ USD, tăng 14,6% so với cùng kỳ và bằng 76,4% kế hoạch năm; trong đó dệt may đạt 812 triệu USD, điện tử 415 triệu USD, giày dép 198 triệu USD.

Thu ngân sách nhà nước trên địa bàn tính đến 30/9 đạt 5.926 tỷ đồng, bằng 81,2% dự toán, trong đó thu nội địa 5.310 tỷ đồng, thu từ hoạt động xuất nhập khẩu 616 tỷ đồng.

Trong tháng, toàn tỉnh có 96 doanh nghiệp thành lập mới với số vốn đăng ký 1.184 tỷ đồng; từ đầu năm đến nay có 812 doanh nghiệp thành lập mới, tăng 6,7% so với cùng kỳ, vốn đăng ký hơn 9,3 nghìn tỷ đồng.

Chỉ số giá tiêu dùng (CPI) tháng 9 tăng 0,41% so với tháng trước và tăng 3,05% so với tháng 12/2023; bình quân 9 tháng tăng 3,62% so với cùng kỳ.

Mọi ý kiến đóng góp xin gửi về Văn phòng UBND tỉnh, số 10 đường Lê Lợi, thành phố Thái Bình, điện thoại 0227.3831.246.
"""
HDR = """Cổng TTĐT tỉnh Thái Bình (province portal): KT-XH tháng 9 và 9 tháng năm 2024 — IIP, bán lẻ, xuất khẩu, thu NSNN, doanh nghiệp, CPI.
Dateline 'Cập nhật: 08/10/2024 15:20'; distractors: 'Lượt xem: 2.316', 'số 10 đường Lê Lợi', phone 0227.3831.246, baseline 'tháng 12/2023'.
Growth rates of IIP and CPI are percent figures of their own (no change); sector rates after 'trong đó' are not parts (no total).
'trong đó' money parts take the whole before the cue as total. 'Trong tháng' = tháng 9/2024; 'từ đầu năm đến nay' ends at the dateline.
'Tính chung 9 tháng ... đạt' is a new sentence without a cue: actual."""
M9 = P("tháng 9/2024", "2024-09-01", "2024-09-30")
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
IIP = "chỉ số sản xuất công nghiệp (IIP)"
figs = [
 F("(IIP) tháng 9/2024 ước tăng 3,2%", "3,2", 3.2, "percent", "%", IIP + " tháng 9/2024 so với tháng trước", M9, status="estimate"),
 F("tăng 11,4% so với", "11,4", 11.4, "percent", "%", IIP + " tháng 9/2024 so với cùng kỳ", M9, status="estimate"),
 F("IIP tăng 12,75%", "12,75", 12.75, "percent", "%", "IIP 9 tháng so với cùng kỳ", N9),
 F("chế tạo tăng 13,1%", "13,1", 13.1, "percent", "%", "IIP ngành chế biến, chế tạo", N9),
 F("phân phối điện tăng 9,8%", "9,8", 9.8, "percent", "%", "IIP ngành sản xuất và phân phối điện", N9),
 F("rác thải giảm 1,6%", "1,6", 1.6, "percent", "%", "IIP ngành cung cấp nước, xử lý rác thải", N9),
 F("tháng 9 ước đạt 4.862,5 tỷ đồng", "4.862,5", 4862500000000, "money", "đồng",
   "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", P("tháng 9", "2024-09-01", "2024-09-30"),
   status="estimate", change=CH("increase", 1.8, baseline="tháng trước")),
 F("đạt 42.105 tỷ đồng", "42.105", 42105000000000, "money", "đồng",
   "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", P("Lũy kế 9 tháng", "2024-01-01", "2024-09-30"),
   change=CH("increase", 10.3, baseline="cùng kỳ")),
 F("đạt 33.240 tỷ đồng", "33.240", 33240000000000, "money", "đồng", "doanh thu bán lẻ hàng hóa",
   P("Lũy kế 9 tháng", "2024-01-01", "2024-09-30"), total=42105000000000, percent=78.9),
 F("ước đạt 245 triệu USD", "245", 245000000, "money", "USD", "kim ngạch xuất khẩu",
   P("tháng 9", "2024-09-01", "2024-09-30"), status="estimate"),
 F("đạt gần 2,1 tỷ USD", "2,1", 2100000000, "money", "USD", "kim ngạch xuất khẩu",
   P("Tính chung 9 tháng", "2024-01-01", "2024-09-30"), approx="nearly", percent=76.4,
   change=CH("increase", 14.6, baseline="cùng kỳ")),
 F("dệt may đạt 812 triệu USD", "812", 812000000, "money", "USD", "kim ngạch xuất khẩu dệt may",
   P("Tính chung 9 tháng", "2024-01-01", "2024-09-30"), total=2100000000),
 F("điện tử 415 triệu USD", "415", 415000000, "money", "USD", "kim ngạch xuất khẩu điện tử",
   P("Tính chung 9 tháng", "2024-01-01", "2024-09-30"), total=2100000000),
 F("giày dép 198 triệu USD", "198", 198000000, "money", "USD", "kim ngạch xuất khẩu giày dép",
   P("Tính chung 9 tháng", "2024-01-01", "2024-09-30"), total=2100000000),
 F("đạt 5.926 tỷ đồng", "5.926", 5926000000000, "money", "đồng", "thu ngân sách nhà nước trên địa bàn",
   P("tính đến 30/9", None, "2024-09-30"), percent=81.2),
 F("thu nội địa 5.310 tỷ đồng", "5.310", 5310000000000, "money", "đồng", "thu nội địa",
   P("tính đến 30/9", None, "2024-09-30"), total=5926000000000),
 F("xuất nhập khẩu 616 tỷ đồng", "616", 616000000000, "money", "đồng", "thu từ hoạt động xuất nhập khẩu",
   P("tính đến 30/9", None, "2024-09-30"), total=5926000000000),
 F("có 96 doanh nghiệp", "96", 96, "count", "doanh nghiệp", "doanh nghiệp thành lập mới",
   P("Trong tháng", "2024-09-01", "2024-09-30")),
 F("vốn đăng ký 1.184 tỷ đồng", "1.184", 1184000000000, "money", "đồng", "số vốn đăng ký",
   P("Trong tháng", "2024-09-01", "2024-09-30")),
 F("có 812 doanh nghiệp", "812", 812, "count", "doanh nghiệp", "doanh nghiệp thành lập mới",
   P("từ đầu năm đến nay", "2024-01-01", "2024-10-08"), change=CH("increase", 6.7, baseline="cùng kỳ")),
 F("hơn 9,3 nghìn tỷ đồng", "9,3", 9300000000000, "money", "đồng", "vốn đăng ký",
   P("từ đầu năm đến nay", "2024-01-01", "2024-10-08"), approx="over"),
 F("tháng 9 tăng 0,41%", "0,41", 0.41, "percent", "%", "chỉ số giá tiêu dùng (CPI) tháng 9 so với tháng trước",
   P("tháng 9", "2024-09-01", "2024-09-30")),
 F("tăng 3,05% so với", "3,05", 3.05, "percent", "%", "chỉ số giá tiêu dùng (CPI) tháng 9 so với tháng 12/2023",
   P("tháng 9", "2024-09-01", "2024-09-30")),
 F("bình quân 9 tháng tăng 3,62%", "3,62", 3.62, "percent", "%", "CPI bình quân 9 tháng so với cùng kỳ",
   P("bình quân 9 tháng", "2024-01-01", "2024-09-30")),
]
write("p459-1", T, HDR, figs, published="2024-10-08", location="Thái Bình")
