from lib import F, P, emit

TEXT = """HỘI BẢO VỆ QUYỀN LỢI NGƯỜI TIÊU DÙNG TỈNH KHÁNH HÒA

Hội nghị tổng kết hoạt động năm 2023, triển khai nhiệm vụ năm 2024

Sáng 14/3, tại Nha Trang, Hội Bảo vệ quyền lợi người tiêu dùng tỉnh tổ chức hội nghị tổng kết hoạt động năm 2023 nhân kỷ niệm Ngày Quyền của người tiêu dùng Việt Nam (15/3).

Năm 2023, Hội đã tiếp nhận 163 đơn, thư và cuộc gọi phản ánh của người tiêu dùng, gồm 118 đơn thư và 45 cuộc gọi qua đường dây nóng; giải quyết thành công 149 vụ việc, đạt 91,4%, giúp người tiêu dùng được bồi thường, hoàn trả tổng số tiền trên 2,7 tỷ đồng. Ước tính cả năm, các tình nguyện viên đã tư vấn trực tiếp cho khoảng 1.500 lượt người tiêu dùng.

Trong giai đoạn 2019-2023, Hội đã giải quyết tổng cộng 684 vụ việc, số tiền hoàn trả cho người tiêu dùng gần 9,6 tỷ đồng. Các vụ việc chủ yếu liên quan đến dịch vụ du lịch, lưu trú (từ 25% đến 30% mỗi năm), mua bán căn hộ, đất nền và dịch vụ điện, nước. Riêng thành phố Nha Trang chiếm 61% số vụ việc, thành phố Cam Ranh 14%.

Với kết quả này, Hội Bảo vệ quyền lợi người tiêu dùng tỉnh Khánh Hòa được Hội Bảo vệ người tiêu dùng Việt Nam xếp thứ 3 trong 63 hội tỉnh, thành phố về công tác hỗ trợ giải quyết khiếu nại năm 2023 và tặng Bằng khen.

Năm 2024, Hội đặt chỉ tiêu phát triển 5 chi hội cấp huyện, nâng tổng số hội viên lên hơn 1.200 người; phấn đấu giải quyết thành công từ 92% số vụ việc trở lên. Đường dây nóng của Hội: 0258.3525.179 (trong giờ hành chính từ 7 giờ 30 đến 17 giờ).

Ngày 15/03/2024
Thanh Hương
"""

Y = P("Năm 2023", "2023-01-01", "2023-12-31")
GDi = P("giai đoạn 2019-2023", "2019-01-01", "2023-12-31", inh=True)
GD = P("giai đoạn 2019-2023", "2019-01-01", "2023-12-31")
T = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tiếp nhận 163 đơn", "163", 163, "count", "đơn, thư và cuộc gọi", "đơn, thư và cuộc gọi phản ánh của người tiêu dùng", Y),
    F("gồm 118 đơn thư", "118", 118, "count", "đơn thư", "đơn thư", Y, total=163),
    F("45 cuộc gọi", "45", 45, "count", "cuộc gọi", "cuộc gọi qua đường dây nóng", Y, total=163),
    F("thành công 149 vụ việc", "149", 149, "count", "vụ việc", "vụ việc giải quyết thành công", Y, percent=91.4),
    F("trên 2,7 tỷ đồng", "2,7", 2700000000, "money", "đồng", "tổng số tiền bồi thường, hoàn trả cho người tiêu dùng", Y,
      approx="over"),
    F("khoảng 1.500 lượt", "1.500", 1500, "count", "lượt người tiêu dùng", "lượt người tiêu dùng được tư vấn trực tiếp",
      P("cả năm", "2023-01-01", "2023-12-31"), approx="about", status="estimate"),
    F("tổng cộng 684 vụ việc", "684", 684, "count", "vụ việc", "vụ việc Hội đã giải quyết", GD),
    F("gần 9,6 tỷ đồng", "9,6", 9600000000, "money", "đồng", "số tiền hoàn trả cho người tiêu dùng", GD, approx="nearly"),
    F("từ 25% đến 30%", "25", 25, "percent", "%", "vụ việc liên quan đến dịch vụ du lịch, lưu trú", GDi, value_max=30),
    F("chiếm 61%", "61", 61, "percent", "%", "số vụ việc", GDi, location="Nha Trang"),
    F("Cam Ranh 14%", "14", 14, "percent", "%", "số vụ việc", GDi, location="Cam Ranh"),
    F("xếp thứ 3", "3", 3, "rank", "hạng", "công tác hỗ trợ giải quyết khiếu nại", P("năm 2023", "2023-01-01", "2023-12-31"),
      total=63),
    F("phát triển 5 chi hội", "5", 5, "count", "chi hội", "chi hội cấp huyện phát triển", T, status="target"),
    F("hơn 1.200 người", "1.200", 1200, "count", "người", "tổng số hội viên", T, approx="over", status="target"),
    F("từ 92% số vụ việc trở lên", "92", 92, "percent", "%", "vụ việc giải quyết thành công", T,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Provincial consumer association site (Hội BVQLNTD tỉnh Khánh Hòa): 2023 review, 2019-2023, 2024 targets. No dateline at the top;",
    "a bare date at the end 'Ngày 15/03/2024' then the byline: published 2024-03-15.",
    "Location Khánh Hòa; 'tại Nha Trang' is the venue (not a place of the figures); 'Riêng thành phố Nha Trang chiếm 61%' and 'Cam Ranh 14%' are places.",
    "'gồm 118 đơn thư và 45 cuộc gọi': parts of 163. '149 vụ việc, đạt 91,4%': percent 91.4; no cue for a total.",
    "'Ước tính cả năm': estimate, 'cả năm' = 2023. Range 'từ 25% đến 30% mỗi năm' (value_max 30), period inherited from the 2019-2023 sentence.",
    "'xếp thứ 3 trong 63 hội tỉnh, thành phố': rank 3, total 63. Targets 'Năm 2024 ... chỉ tiêu ...; phấn đấu ...'.",
    "Distractors: 'Sáng 14/3', '(15/3)', phone 0258.3525.179, office hours '7 giờ 30 đến 17 giờ', 'giai đoạn 2019-2023' itself.",
]

emit("p342-8", TEXT, COMMENTS, FIGS, published="2024-03-15", location="Khánh Hòa")
