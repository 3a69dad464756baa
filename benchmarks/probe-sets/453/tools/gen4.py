from lib import Doc, P

YTD = P("Từ đầu năm đến ngày 15/11", "2024-01-01", "2024-11-15")
YTDi = P("Từ đầu năm đến ngày 15/11", "2024-01-01", "2024-11-15", inherited=True)
NOW = P("Đến nay", None, "2024-11-21")

text = """Xử lý nghiêm vi phạm trật tự xây dựng
LÊ HÀ 08:05, 21/11/2024

(Baothanhhoa.vn) - Từ đầu năm đến ngày 15/11, toàn tỉnh phát hiện 418 công trình vi phạm trật tự xây dựng, tăng 6,7% so với cùng kỳ năm 2023. Trong số đó có 296 công trình xây dựng không phép, 87 công trình sai nội dung giấy phép và 35 công trình xây dựng trên đất nông nghiệp, đất hành lang giao thông.

Các địa phương có nhiều vi phạm là: TP Thanh Hóa 112 công trình, thị xã Nghi Sơn 64 công trình, TP Sầm Sơn 49 công trình, huyện Đông Sơn 31 công trình. Đến nay, cơ quan chức năng đã ban hành 352 quyết định xử phạt với tổng số tiền hơn 6,2 tỷ đồng; 198 công trình đã được chủ đầu tư tự khắc phục, 57 công trình bị cưỡng chế tháo dỡ, còn 163 trường hợp đang tiếp tục xử lý.

Theo Sở Xây dựng, tỷ lệ công trình vi phạm được xử lý dứt điểm năm 2024 ước đạt 61%, thấp hơn chỉ tiêu 75% tỉnh giao. Nguyên nhân chủ yếu do lực lượng thanh tra xây dựng cấp huyện còn mỏng, bình quân mỗi huyện chỉ có 2-3 cán bộ phụ trách địa bàn hàng chục xã, phường.

Ông Lê Văn Tuấn, Chánh Thanh tra Sở Xây dựng cho biết, nhiều hộ dân ở các phường ven đô lợi dụng thời điểm chiều tối, ngày nghỉ để đổ bê tông, xây dựng trái phép. 

Để chấn chỉnh, UBND tỉnh đã ban hành Chỉ thị số 18/CT-UBND ngày 5/8/2024, yêu cầu chủ tịch UBND cấp xã chịu trách nhiệm nếu để phát sinh vi phạm mà không phát hiện, xử lý kịp thời. Năm 2025, tỉnh phấn đấu xử lý dứt điểm trên 90% công trình vi phạm ngay khi phát sinh; 100% phường, thị trấn lắp camera giám sát trật tự xây dựng.
"""

d = Doc("p453-4", """
Báo Thanh Hóa (Party newspaper): illegal construction cases from the start of 2024 to 15/11. Byline+time dateline 'LÊ HÀ 08:05, 21/11/2024'.
Distractors: 'Chỉ thị số 18/CT-UBND ngày 5/8/2024', time 08:05, '(Baothanhhoa.vn)', a person's name.
'Trong số đó có 296 …, 87 … và 35 …' follows the whole 418 after a sentence break -> total 418 (296+87+35).
District list: subject is the list's indicator, the town/city/district is the location ('TP Thanh Hóa' -> Thanh Hóa city).
'Đến nay' is an as-of phrase ending at the dateline. 198/57/163 add up to 418 but carry no part-of cue: no total.
'ước đạt 61%, thấp hơn chỉ tiêu 75% tỉnh giao' -> estimate with target 75, not met (the 75% is the target, not a gap).
'2-3 cán bộ' is a range count. 'hàng chục xã, phường' is a vague quantity inside a clause: optional.
'Năm 2025 … phấn đấu … trên 90%' and '100% phường, thị trấn' -> targets.
""", text, published="2024-11-21", location="Thanh Hóa")

d.f("phát hiện 418 công trình", "418", 418, "count", "công trình", "công trình vi phạm trật tự xây dựng", YTD,
    change={"direction": "increase", "value": 6.7, "unit": "%", "baseline": "cùng kỳ năm 2023"})
d.f("có 296 công trình", "296", 296, "count", "công trình", "công trình xây dựng không phép", YTDi, total=418)
d.f("87 công trình", "87", 87, "count", "công trình", "công trình sai nội dung giấy phép", YTDi, total=418)
d.f("và 35 công trình", "35", 35, "count", "công trình",
    "công trình xây dựng trên đất nông nghiệp, đất hành lang giao thông", YTDi, total=418)
d.f("TP Thanh Hóa 112", "112", 112, "count", "công trình", "công trình vi phạm trật tự xây dựng", YTDi,
    location="Thanh Hóa")
d.f("Nghi Sơn 64", "64", 64, "count", "công trình", "công trình vi phạm trật tự xây dựng", YTDi, location="Nghi Sơn")
d.f("Sầm Sơn 49", "49", 49, "count", "công trình", "công trình vi phạm trật tự xây dựng", YTDi, location="Sầm Sơn")
d.f("Đông Sơn 31", "31", 31, "count", "công trình", "công trình vi phạm trật tự xây dựng", YTDi, location="Đông Sơn")
d.f("ban hành 352 quyết định", "352", 352, "count", "quyết định", "quyết định xử phạt", NOW)
d.f("hơn 6,2 tỷ đồng", "6,2", 6.2e9, "money", "đồng", "tổng số tiền xử phạt", NOW, mult=1e9, approx="over")
d.f("198 công trình", "198", 198, "count", "công trình", "công trình được chủ đầu tư tự khắc phục", NOW)
d.f("57 công trình", "57", 57, "count", "công trình", "công trình bị cưỡng chế tháo dỡ", NOW)
d.f("còn 163 trường hợp", "163", 163, "count", "trường hợp", "trường hợp đang tiếp tục xử lý", NOW)
d.f("ước đạt 61%", "61", 61, "percent", "%", "tỷ lệ công trình vi phạm được xử lý dứt điểm",
    P("năm 2024", "2024-01-01", "2024-12-31"), status="estimate", target={"value": 75, "unit": "%", "met": False})
d.f("có 2-3 cán bộ", "2", 2, "count", "cán bộ", "cán bộ thanh tra xây dựng mỗi huyện", value_max=3)
d.f("hàng chục xã", "chục", 10, "count", "xã, phường", "xã, phường mỗi cán bộ phụ trách", approx="over", optional=True)
d.f("trên 90%", "90", 90, "percent", "%", "công trình vi phạm được xử lý dứt điểm ngay khi phát sinh",
    P("Năm 2025", "2025-01-01", "2025-12-31"), approx="over", status="target")
d.f("100% phường", "100", 100, "percent", "%", "phường, thị trấn lắp camera giám sát trật tự xây dựng",
    P("Năm 2025", "2025-01-01", "2025-12-31"), status="target")
d.write()
