from lib import *
T = """Cổng thông tin điện tử huyện Đức Hòa
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Kinh tế

Huyện Đức Hòa: Kinh tế - xã hội tháng 10/2024 tiếp tục ổn định
Ngày đăng: 05/11/2024 08:12

Chiều ngày 4/11, UBND huyện Đức Hòa tổ chức phiên họp thường kỳ đánh giá tình hình kinh tế - xã hội tháng 10. Theo báo cáo, giá trị sản xuất công nghiệp trên địa bàn huyện tháng 10 ước đạt 9.870 tỷ đồng, tăng 2,6% so với tháng 9; lũy kế 10 tháng năm 2024 ước đạt 91.540 tỷ đồng, bằng 84,3% kế hoạch, tăng 11,8% so với cùng kỳ.

Hiện toàn huyện có 5 khu công nghiệp và 12 cụm công nghiệp đang hoạt động với tỷ lệ lấp đầy bình quân từ 75% đến 80%. Trong tháng, huyện thu hút thêm 3 dự án đầu tư nước ngoài với tổng vốn khoảng 48,5 triệu USD, nâng tổng số dự án FDI trên địa bàn lên 612 dự án.

Tổng thu ngân sách trên địa bàn 10 tháng đạt 2.786,4 tỷ đồng, đạt 92,6% dự toán tỉnh giao (3.009 tỷ đồng), tăng 7,1% so với cùng kỳ. Trong đó, thu thuế ngoài quốc doanh 1.058 tỷ đồng, chiếm 38%; thu tiền sử dụng đất gần 620 tỷ đồng, chỉ đạt 62% chỉ tiêu.

Doanh thu thương mại - dịch vụ tháng 10 ước đạt 1.425 tỷ đồng. Từ đầu năm đến nay, huyện cấp mới giấy chứng nhận đăng ký cho 1.146 hộ kinh doanh. Trong số hộ đăng ký mới, lĩnh vực thương mại chiếm 61,5%, dịch vụ ăn uống 22,4%, sản xuất nhỏ 16,1%.

Tháng 11, huyện phấn đấu thu ngân sách đạt 100% dự toán, giải quyết việc làm cho từ 450 đến 500 lao động.

Bộ phận Một cửa huyện: số 1 đường Nguyễn Văn Siêu, thị trấn Hậu Nghĩa; điện thoại 0272.3850.221.
Lượt truy cập: 1.204.553
"""
HDR = """District portal (huyện Đức Hòa, Long An), 'Ngày đăng: 05/11/2024 08:12', visitor counter at the bottom.
'lũy kế 10 tháng năm 2024 ước đạt ..., bằng 84,3% kế hoạch, tăng 11,8%': percent 84.3 and change 11.8 on the same figure.
'đạt 92,6% dự toán tỉnh giao (3.009 tỷ đồng)': percent 92.6 and the bracketed plan as target. Parts after 'Trong đó' take total 2.786,4 tỷ.
'612 dự án' is a stock (no period of its own); '5 khu công nghiệp', '12 cụm công nghiệp' carry no period ('Hiện').
Shares of the new household businesses by field: a list of percent figures, period inherited from 'Từ đầu năm đến nay'.
Distractors: 'Chiều ngày 4/11', baseline 'tháng 9', 'số 1 đường Nguyễn Văn Siêu', phone 0272.3850.221, 'Lượt truy cập: 1.204.553'."""
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-05", inh=True)
figs = [
 F("tháng 10 ước đạt 9.870 tỷ đồng", "9.870", 9870000000000, "money", "đồng", "giá trị sản xuất công nghiệp",
   P("tháng 10", "2024-10-01", "2024-10-31"), status="estimate", change=CH("increase", 2.6, baseline="tháng 9")),
 F("ước đạt 91.540 tỷ đồng", "91.540", 91540000000000, "money", "đồng", "giá trị sản xuất công nghiệp",
   P("lũy kế 10 tháng năm 2024", "2024-01-01", "2024-10-31"), status="estimate", percent=84.3,
   change=CH("increase", 11.8, baseline="cùng kỳ")),
 F("có 5 khu công nghiệp", "5", 5, "count", "khu công nghiệp", "khu công nghiệp đang hoạt động"),
 F("12 cụm công nghiệp", "12", 12, "count", "cụm công nghiệp", "cụm công nghiệp đang hoạt động"),
 F("từ 75% đến 80%", "75", 75, "percent", "%", "tỷ lệ lấp đầy bình quân", value_max=80),
 F("thêm 3 dự án", "3", 3, "count", "dự án", "dự án đầu tư nước ngoài", P("Trong tháng", "2024-10-01", "2024-10-31")),
 F("khoảng 48,5 triệu USD", "48,5", 48500000, "money", "USD", "tổng vốn", P("Trong tháng", "2024-10-01", "2024-10-31"), approx="about"),
 F("lên 612 dự án", "612", 612, "count", "dự án", "tổng số dự án FDI trên địa bàn"),
 F("đạt 2.786,4 tỷ đồng", "2.786,4", 2786400000000, "money", "đồng", "tổng thu ngân sách trên địa bàn",
   P("10 tháng", "2024-01-01", "2024-10-31"), percent=92.6, target=TG(3009000000000, "đồng"),
   change=CH("increase", 7.1, baseline="cùng kỳ")),
 F("ngoài quốc doanh 1.058 tỷ đồng", "1.058", 1058000000000, "money", "đồng", "thu thuế ngoài quốc doanh",
   P("10 tháng", "2024-01-01", "2024-10-31", inh=True), total=2786400000000, percent=38),
 F("gần 620 tỷ đồng", "620", 620000000000, "money", "đồng", "thu tiền sử dụng đất",
   P("10 tháng", "2024-01-01", "2024-10-31", inh=True), total=2786400000000, percent=62, approx="nearly"),
 F("tháng 10 ước đạt 1.425 tỷ đồng", "1.425", 1425000000000, "money", "đồng", "doanh thu thương mại - dịch vụ",
   P("tháng 10", "2024-10-01", "2024-10-31"), status="estimate"),
 F("cho 1.146 hộ kinh doanh", "1.146", 1146, "count", "hộ kinh doanh", "hộ kinh doanh được cấp mới giấy chứng nhận đăng ký",
   P("Từ đầu năm đến nay", "2024-01-01", "2024-11-05")),
 F("thương mại chiếm 61,5%", "61,5", 61.5, "percent", "%", "tỷ trọng hộ đăng ký mới lĩnh vực thương mại", YTD),
 F("ăn uống 22,4%", "22,4", 22.4, "percent", "%", "tỷ trọng hộ đăng ký mới lĩnh vực dịch vụ ăn uống", YTD),
 F("sản xuất nhỏ 16,1%", "16,1", 16.1, "percent", "%", "tỷ trọng hộ đăng ký mới lĩnh vực sản xuất nhỏ", YTD),
 F("đạt 100% dự toán", "100", 100, "percent", "%", "thu ngân sách so với dự toán", P("Tháng 11", "2024-11-01", "2024-11-30"), status="target"),
 F("từ 450 đến 500 lao động", "450", 450, "count", "lao động", "lao động được giải quyết việc làm",
   P("Tháng 11", "2024-11-01", "2024-11-30"), value_max=500, status="target"),
]
write("p459-5", T, HDR, figs, published="2024-11-05", location="Đức Hòa")
