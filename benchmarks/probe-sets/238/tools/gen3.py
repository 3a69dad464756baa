from lib import *

A = """BỘ NỘI VỤ - CỔNG THÔNG TIN ĐIỆN TỬ
Tin hoạt động | Chính quyền địa phương

Sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023-2025: giảm 626 đơn vị cấp xã
Thứ Sáu, 15/11/2024 - 16:20

Chiều 14/11, tại trụ sở Bộ Nội vụ (số 8 Tôn Thất Thuyết, Hà Nội), Thứ trưởng Bộ Nội vụ chủ trì cuộc họp đánh giá tiến độ sắp xếp đơn vị hành chính (ĐVHC) cấp huyện, cấp xã giai đoạn 2023-2025 theo Nghị quyết số 35/2023/UBTVQH15.

Theo báo cáo, tính đến ngày 31/10/2024, Ủy ban Thường vụ Quốc hội đã ban hành 51/51 nghị quyết về sắp xếp ĐVHC của các tỉnh, thành phố. Cả nước đã sắp xếp 49 ĐVHC cấp huyện và 1.247 ĐVHC cấp xã; sau sắp xếp giảm 13 đơn vị cấp huyện và 626 đơn vị cấp xã. Các địa phương giảm nhiều đơn vị cấp xã nhất là Hà Nội (64 xã), Thanh Hóa (57 xã), Hải Dương (45 xã) và Thái Bình (42 xã).

Tổng số cán bộ, công chức, viên chức và người lao động dôi dư sau sắp xếp là 15.482 người, trong đó cấp xã 11.560 người. Đến nay, các địa phương đã giải quyết 9.120 người, đạt 58,9%; số còn lại sẽ được bố trí, giải quyết trong thời hạn 5 năm. Có 23 tỉnh đã giải quyết trên 80% số dôi dư; ngược lại, một số địa phương mới đạt từ 20% đến 35%.

Về trụ sở, cả nước có 2.814 cơ sở nhà, đất dôi dư, đã xử lý gần 1.100 cơ sở. Kinh phí hỗ trợ đối với người nghỉ việc do sắp xếp ước khoảng 1.250 tỷ đồng, trong đó ngân sách trung ương hỗ trợ 40%.

Bộ Nội vụ đề nghị các địa phương phấn đấu trong năm 2025 giải quyết cơ bản số cán bộ dôi dư, bảo đảm không dưới 90% trụ sở dôi dư được xử lý. Ý kiến phản ánh xin gửi về đường dây nóng 024.6291.8888.

Phòng Truyền thông
"""

asof = per("tính đến ngày 31/10/2024", None, "2024-10-31")
now = per("Đến nay", None, "2024-11-15")
p2325 = per("giai đoạn 2023-2025", "2023-01-01", "2025-12-31")
y25 = per("trong năm 2025", "2025-01-01", "2025-12-31")

F = [
    fig("giảm 626 đơn vị cấp xã\n", "626", 626, "count", "đơn vị", "đơn vị cấp xã giảm sau sắp xếp", p2325),
    fig("ban hành 51/51 nghị quyết", "51", 51, "count", "nghị quyết",
        "nghị quyết về sắp xếp ĐVHC được ban hành", asof, total=51),
    fig("sắp xếp 49 ĐVHC", "49", 49, "count", "ĐVHC", "ĐVHC cấp huyện đã sắp xếp", inh(asof)),
    fig("và 1.247 ĐVHC", "1.247", 1247, "count", "ĐVHC", "ĐVHC cấp xã đã sắp xếp", inh(asof)),
    fig("giảm 13 đơn vị", "13", 13, "count", "đơn vị", "đơn vị cấp huyện giảm sau sắp xếp", inh(asof)),
    fig("và 626 đơn vị cấp xã.", "626", 626, "count", "đơn vị", "đơn vị cấp xã giảm sau sắp xếp", inh(asof)),
    fig("Hà Nội (64 xã)", "64", 64, "count", "xã", "đơn vị cấp xã giảm", inh(asof), location="Hà Nội"),
    fig("Thanh Hóa (57 xã)", "57", 57, "count", "xã", "đơn vị cấp xã giảm", inh(asof), location="Thanh Hóa"),
    fig("Hải Dương (45 xã)", "45", 45, "count", "xã", "đơn vị cấp xã giảm", inh(asof), location="Hải Dương"),
    fig("Thái Bình (42 xã)", "42", 42, "count", "xã", "đơn vị cấp xã giảm", inh(asof), location="Thái Bình"),
    fig("là 15.482 người", "15.482", 15482, "count", "người",
        "cán bộ, công chức, viên chức và người lao động dôi dư sau sắp xếp", inh(asof)),
    fig("cấp xã 11.560 người", "11.560", 11560, "count", "người", "cán bộ, công chức dôi dư cấp xã", inh(asof),
        total=15482),
    fig("giải quyết 9.120 người", "9.120", 9120, "count", "người", "người dôi dư đã được giải quyết", now,
        percent=58.9),
    fig("thời hạn 5 năm", "5", 5, "measure", "năm", "thời hạn bố trí, giải quyết số dôi dư", None, optional=True),
    fig("Có 23 tỉnh", "23", 23, "count", "tỉnh", "tỉnh đã giải quyết trên 80% số dôi dư", inh(now)),
    fig("trên 80% số dôi dư", "80", 80, "percent", "%", "tỷ lệ số dôi dư đã giải quyết", inh(now),
        approx="over", optional=True),
    fig("từ 20% đến 35%", "20", 20, "percent", "%", "tỷ lệ số dôi dư đã giải quyết của một số địa phương",
        inh(now), value_max=35),
    fig("có 2.814 cơ sở", "2.814", 2814, "count", "cơ sở nhà, đất", "cơ sở nhà, đất dôi dư", inh(now)),
    fig("gần 1.100 cơ sở", "1.100", 1100, "count", "cơ sở", "cơ sở nhà, đất dôi dư đã xử lý", inh(now),
        approx="nearly", total=2814, optional=True),
    fig("khoảng 1.250 tỷ đồng", "1.250", 1250e9, "money", "đồng",
        "kinh phí hỗ trợ người nghỉ việc do sắp xếp", inh(now), approx="about", status="estimate"),
    fig("hỗ trợ 40%", "40", 40, "percent", "%", "ngân sách trung ương hỗ trợ kinh phí", inh(now), status="estimate", optional=True),
    fig("không dưới 90%", "90", 90, "percent", "%", "trụ sở dôi dư được xử lý", y25, approx="at_least",
        status="target"),
]

notes = [
    "Bộ Nội vụ portal (ministry site): national progress of the 2023-2025 arrangement of district and commune units. Dateline 'Thứ Sáu, 15/11/2024 - 16:20'.",
    "Distractors: 'Chiều 14/11', address 'số 8 Tôn Thất Thuyết', Nghị quyết số 35/2023/UBTVQH15, hotline 024.6291.8888, the headline's 'giai đoạn 2023-2025'.",
    "National figures: location Việt Nam; the provinces in the list (Hà Nội, Thanh Hóa, …) each carry their own list item as location.",
    "'51/51 nghị quyết': total 51. '11.560 người' after 'trong đó' is part of 15.482. '9.120 người, đạt 58,9%': percent.",
    "'1.247 ĐVHC cấp xã' arranged and '626 đơn vị' reduced are different things: no total. 'thời hạn 5 năm' is a duration rule (optional).",
    "'trên 80% số dôi dư' is a threshold that defines the 23 provinces (optional); 'từ 20% đến 35%' is a range of actual rates (value_max 35).",
    "'đã xử lý gần 1.100 cơ sở' of 2.814 has no part-of cue, but may be read as one: optional with total 2.814. 'ước khoảng 1.250 tỷ đồng': estimate; its 'trong đó … 40%' is the central budget's share, a funding rule rather than a result: optional.",
    "'phấn đấu trong năm 2025 … không dưới 90%': target, at_least. Periods in later sentences of a paragraph are inherited (not scored).",
]
write("p238-3", A, F, notes, published="2024-11-15", location="Việt Nam")
