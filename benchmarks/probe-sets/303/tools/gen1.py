from lib import Doc, P

TEXT = """Cổng Thông tin điện tử tỉnh Hà Tĩnh
Trang chủ > Tin tức - Sự kiện > Kinh tế
Hà Tĩnh: Xi măng hỗ trợ giúp bê tông hóa hơn 412 km đường nông thôn
Cập nhật: 14/10/2024 08:35 | Lượt xem: 2.315

Theo báo cáo của Sở Giao thông vận tải, 9 tháng năm 2024, toàn tỉnh đã tiếp nhận và sử dụng 86.540 tấn xi măng theo cơ chế hỗ trợ tại Nghị quyết số 73/2022/NQ-HĐND để làm mới, nâng cấp 412,6 km đường giao thông nông thôn, đạt 82,5% kế hoạch năm, tăng 14,3% so với cùng kỳ năm 2023. Trong đó, đường trục xã, liên xã 96,4 km; đường trục thôn, ngõ xóm 241,8 km; đường trục chính nội đồng 74,4 km.

Tổng kinh phí thực hiện gần 389 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ xi măng tương ứng 121,2 tỷ đồng, ngân sách huyện, xã 143,5 tỷ đồng, nhân dân đóng góp hơn 124 tỷ đồng (chiếm gần 32% tổng kinh phí). Bên cạnh tiền mặt, người dân đã tự nguyện hiến 186.300 m2 đất, tháo dỡ 2.740 m tường rào, cổng ngõ để mở rộng mặt đường.

Về khối lượng đường bê tông hóa, dẫn đầu là huyện Cẩm Xuyên (68,2 km), tiếp đến Hương Sơn (54,7 km), Thạch Hà (49,1 km); thị xã Kỳ Anh và huyện Vũ Quang thấp nhất, lần lượt đạt 12,3 km và 9,8 km.

Đến nay, toàn tỉnh có 181/181 xã đạt tiêu chí số 2 về giao thông; 100% xã có đường ô tô đến trung tâm xã được cứng hóa. Kế hoạch năm 2024, tỉnh phấn đấu bê tông hóa 500 km đường giao thông nông thôn với khoảng 105.000 tấn xi măng hỗ trợ; dự kiến trong quý IV/2024 cấp tiếp 18.460 tấn cho 11 huyện, thị xã, thành phố.

Thông tin phản ánh về chất lượng công trình xin gửi về Sở Giao thông vận tải, số 2 đường Nguyễn Chí Thanh, thành phố Hà Tĩnh; điện thoại 0239.3855.624.
"""

d = Doc("p303-1", TEXT, [
    "Cổng TTĐT tỉnh Hà Tĩnh (province portal): 9 months 2024 of the cement-support rural-road programme. Dateline 'Cập nhật: 14/10/2024 08:35 | Lượt xem: 2.315'.",
    "Distractors: view counter, 'Nghị quyết số 73/2022/NQ-HĐND', 'tiêu chí số 2', address 'số 2 đường Nguyễn Chí Thanh', phone 0239.3855.624, 'quý IV/2024', 'năm 2023' (baseline).",
    "Title figure 'hơn 412 km' takes the body period (inherited). 'đạt 82,5% kế hoạch năm' is the percent attribute of 412,6 km; the change 14,3% attaches to it too.",
    "'Trong đó' parts (road classes, funding sources) take the whole before the cue as total; 'chiếm gần 32%' is the share of 'hơn 124 tỷ'.",
    "District list: the list's indicator 'khối lượng đường bê tông hóa' is the subject, each district is the location.",
    "'Đến nay' ends at the dateline. 'Kế hoạch năm 2024 ... phấn đấu' makes target; 'dự kiến' makes forecast.",
], published="2024-10-14", location="Hà Tĩnh")

P9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
P9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
NOW = P("Đến nay", None, "2024-10-14")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")

d.f("hơn 412 km", "412", 412, "measure", "km", "đường nông thôn bê tông hóa", approx="over", period=P9i)
d.f("sử dụng 86.540 tấn", "86.540", 86540, "measure", "tấn", "xi măng theo cơ chế hỗ trợ tiếp nhận và sử dụng", period=P9)
d.f("nâng cấp 412,6 km", "412,6", 412.6, "measure", "km", "đường giao thông nông thôn làm mới, nâng cấp",
    percent=82.5, change={"direction": "increase", "value": 14.3, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=P9)
d.f("liên xã 96,4 km", "96,4", 96.4, "measure", "km", "đường trục xã, liên xã", total=412.6, period=P9i)
d.f("ngõ xóm 241,8 km", "241,8", 241.8, "measure", "km", "đường trục thôn, ngõ xóm", total=412.6, period=P9i)
d.f("nội đồng 74,4 km", "74,4", 74.4, "measure", "km", "đường trục chính nội đồng", total=412.6, period=P9i)
d.f("gần 389 tỷ đồng", "389", 389e9, "money", "đồng", "tổng kinh phí thực hiện", approx="nearly", period=P9i)
d.f("tương ứng 121,2 tỷ đồng", "121,2", 121.2e9, "money", "đồng", "ngân sách tỉnh hỗ trợ xi măng", total=389e9, period=P9i)
d.f("xã 143,5 tỷ đồng", "143,5", 143.5e9, "money", "đồng", "ngân sách huyện, xã", total=389e9, period=P9i)
d.f("hơn 124 tỷ đồng", "124", 124e9, "money", "đồng", "nhân dân đóng góp", approx="over", total=389e9, percent=32, period=P9i)
d.f("hiến 186.300 m2", "186.300", 186300, "measure", "m2", "đất người dân tự nguyện hiến", period=P9i)
d.f("dỡ 2.740 m", "2.740", 2740, "measure", "m", "tường rào, cổng ngõ tháo dỡ", period=P9i)
d.f("Cẩm Xuyên (68,2 km)", "68,2", 68.2, "measure", "km", "khối lượng đường bê tông hóa", period=P9i, location="Cẩm Xuyên")
d.f("Hương Sơn (54,7 km)", "54,7", 54.7, "measure", "km", "khối lượng đường bê tông hóa", period=P9i, location="Hương Sơn")
d.f("Thạch Hà (49,1 km)", "49,1", 49.1, "measure", "km", "khối lượng đường bê tông hóa", period=P9i, location="Thạch Hà")
d.f("đạt 12,3 km", "12,3", 12.3, "measure", "km", "khối lượng đường bê tông hóa", period=P9i, location="Kỳ Anh")
d.f("và 9,8 km", "9,8", 9.8, "measure", "km", "khối lượng đường bê tông hóa", period=P9i, location="Vũ Quang")
d.f("181/181 xã", "181", 181, "count", "xã", "xã đạt tiêu chí số 2 về giao thông", total=181, period=NOW)
d.f("100% xã có đường", "100", 100, "percent", "%", "xã có đường ô tô đến trung tâm xã được cứng hóa", period=NOW)
d.f("hóa 500 km", "500", 500, "measure", "km", "đường giao thông nông thôn bê tông hóa", status="target", period=Y24)
d.f("khoảng 105.000 tấn", "105.000", 105000, "measure", "tấn", "xi măng hỗ trợ", approx="about", status="target", period=Y24)
d.f("cấp tiếp 18.460 tấn", "18.460", 18460, "measure", "tấn", "xi măng cấp tiếp", status="forecast", period=Q4)
d.f("cho 11 huyện", "11", 11, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố được cấp tiếp xi măng", status="forecast", period=Q4)
d.write()
