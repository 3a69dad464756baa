from lib import Doc, P

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH TUYÊN QUANG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính
Kết quả cứng hóa đường giao thông nông thôn quý III/2024
Ngày đăng: 07/10/2024 | Lượt xem: 1.208

Trong quý III/2024, các huyện, thành phố đã cứng hóa 86,5 km đường giao thông nông thôn, nâng tổng số từ đầu năm đến nay lên 214,3 km, đạt 71,4% kế hoạch. Từ đầu năm đến nay, tỉnh cũng xây dựng 19 cầu tràn, cầu bê tông nhỏ và 132 cống thoát nước ngang đường.

Thực hiện Nghị quyết số 03/2021/NQ-HĐND về cơ chế hỗ trợ xi măng, tính đến 30/9/2024, tỉnh đã cấp 41.720 tấn xi măng cho 127 xã, phường, thị trấn; trong đó huyện Chiêm Hóa nhận nhiều nhất với 8.950 tấn, huyện Lâm Bình 7.310 tấn, huyện Sơn Dương 6.840 tấn. Mức hỗ trợ bình quân 215 tấn/km đối với mặt đường bê tông rộng 3,5 m.

Người dân đóng góp từ đầu năm đến nay ước đạt 37,8 tỷ đồng, tăng 12,5% so với cùng kỳ. Bên cạnh đó, nhân dân hiến gần 11,3 ha đất và góp 46.000 ngày công. Đặc biệt, tại thôn Nà Coóc, xã Thượng Lâm (huyện Lâm Bình), 58/58 hộ đã tự nguyện hiến đất, không yêu cầu bồi thường.

Đến nay, toàn tỉnh có 89/122 xã đạt tiêu chí giao thông, chiếm 73%; năm 2024 phấn đấu có thêm 6 xã đạt tiêu chí. Tuy vậy, tại 15 xã đặc biệt khó khăn, tỷ lệ đường thôn được cứng hóa mới đạt từ 40 đến 55%, nhiều tuyến xuống cấp sau đợt mưa lũ tháng 9.

Mọi ý kiến đóng góp xin gửi về Phòng Quản lý kết cấu hạ tầng giao thông, Sở Giao thông vận tải, số 1 đường 17/8, phường Minh Xuân, thành phố Tuyên Quang; điện thoại: 0207.3822.481.
"""

d = Doc("p303-7", TEXT, [
    "Sở GTVT Tuyên Quang (department site): Q3/2024 rural-road concreting, cement support, contributions. 'Ngày đăng: 07/10/2024 | Lượt xem: 1.208'.",
    "Periods: 'quý III/2024'; 'từ đầu năm đến nay' = 2024-01-01..dateline; 'tính đến 30/9/2024' as-of; 'Đến nay' ends at the dateline.",
    "'đạt 71,4% kế hoạch' is the percent attribute of 214,3 km. 'trong đó huyện Chiêm Hóa ...' parts take total 41.720 tấn and the district as location.",
    "'215 tấn/km' is a rate (unit tấn/km). 'rộng 3,5 m' (a design spec inside the rate's condition) is optional.",
    "'ước đạt' -> estimate for 37,8 tỷ only (the land/work-day sentence is separate). 'năm 2024 phấn đấu' -> target. '58/58 hộ' location Lâm Bình.",
    "'từ 40 đến 55%' is a range. Distractors: view counter, 'Nghị quyết số 03/2021/NQ-HĐND', address 'số 1 đường 17/8', phone, 'tháng 9' (flood).",
], published="2024-10-07", location="Tuyên Quang")

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-07")
YTDi = P("từ đầu năm đến nay", "2024-01-01", "2024-10-07", inherited=True)
d.f("hóa 86,5 km", "86,5", 86.5, "measure", "km", "đường giao thông nông thôn cứng hóa", period=Q3)
d.f("lên 214,3 km", "214,3", 214.3, "measure", "km", "tổng số đường giao thông nông thôn cứng hóa", percent=71.4, period=YTD)
d.f("xây dựng 19 cầu", "19", 19, "count", "cầu", "cầu tràn, cầu bê tông nhỏ xây dựng", period=YTD)
d.f("và 132 cống", "132", 132, "count", "cống", "cống thoát nước ngang đường xây dựng", period=YTD)
ASOF = P("tính đến 30/9/2024", None, "2024-09-30")
ASOFi = P("tính đến 30/9/2024", None, "2024-09-30", inherited=True)
d.f("cấp 41.720 tấn", "41.720", 41720, "measure", "tấn", "xi măng tỉnh cấp", period=ASOF)
d.f("cho 127 xã", "127", 127, "count", "xã, phường, thị trấn", "xã, phường, thị trấn được cấp xi măng", period=ASOF)
d.f("với 8.950 tấn", "8.950", 8950, "measure", "tấn", "xi măng nhận", total=41720, period=ASOF, location="Chiêm Hóa")
d.f("Lâm Bình 7.310 tấn", "7.310", 7310, "measure", "tấn", "xi măng nhận", total=41720, period=ASOF, location="Lâm Bình")
d.f("Sơn Dương 6.840 tấn", "6.840", 6840, "measure", "tấn", "xi măng nhận", total=41720, period=ASOF, location="Sơn Dương")
d.f("bình quân 215 tấn/km", "215", 215, "measure", "tấn/km", "mức hỗ trợ bình quân", period=ASOFi)
d.f("rộng 3,5 m", "3,5", 3.5, "measure", "m", "chiều rộng mặt đường bê tông", optional=True)
d.f("ước đạt 37,8 tỷ đồng", "37,8", 37.8e9, "money", "đồng", "người dân đóng góp", status="estimate",
    change={"direction": "increase", "value": 12.5, "unit": "%", "baseline": "cùng kỳ"}, period=YTD)
d.f("gần 11,3 ha", "11,3", 11.3, "measure", "ha", "đất nhân dân hiến", approx="nearly", period=YTDi)
d.f("góp 46.000 ngày công", "46.000", 46000, "count", "ngày công", "ngày công nhân dân góp", period=YTDi)
d.f("58/58 hộ", "58", 58, "count", "hộ", "hộ tự nguyện hiến đất", total=58, period=YTDi, location="Lâm Bình")
NOW = P("Đến nay", None, "2024-10-07")
d.f("89/122 xã", "89", 89, "count", "xã", "xã đạt tiêu chí giao thông", total=122, percent=73, period=NOW)
d.f("thêm 6 xã", "6", 6, "count", "xã", "xã đạt tiêu chí giao thông có thêm", status="target",
    period=P("năm 2024", "2024-01-01", "2024-12-31"))
d.f("tại 15 xã", "15", 15, "count", "xã", "xã đặc biệt khó khăn", period=P("Đến nay", None, "2024-10-07", inherited=True), optional=True)
d.f("từ 40 đến 55%", "40", 40, "percent", "%", "tỷ lệ đường thôn được cứng hóa", value_max=55,
    period=P("Đến nay", None, "2024-10-07", inherited=True))
d.write()
