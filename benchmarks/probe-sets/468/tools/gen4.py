from lib import F, P, emit

TEXT = """BÁO CÀ MAU - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH CÀ MAU
Thứ Hai, 11/03/2024 - 09:15

Khẩn trương xây dựng kè chống sạt lở bờ biển Tây

(CMO) Bờ biển tỉnh Cà Mau dài 254 km, trong đó bờ biển Đông dài 107 km, bờ biển Tây dài 147 km. Những năm gần đây, tình trạng sạt lở diễn biến ngày càng phức tạp, có nơi biển lấn sâu vào đất liền từ 20 đến 50 m/năm.

Theo Sở Nông nghiệp và Phát triển nông thôn, hiện toàn tỉnh có khoảng 117 km bờ biển bị sạt lở, chiếm 46% chiều dài bờ biển; trong đó có 46,3 km sạt lở đặc biệt nguy hiểm, tập trung ở các huyện Trần Văn Thời, U Minh và Ngọc Hiển. Riêng năm 2023, sạt lở đã làm mất gần 86 ha rừng phòng hộ ven biển, tăng 12,6% so với năm 2022.

Từ năm 2015 đến nay, tỉnh đã đầu tư xây dựng 78,5 km kè chống sạt lở bờ biển với tổng vốn hơn 4.350 tỷ đồng, bằng nhiều hình thức: kè bê tông cốt thép, kè mềm bằng cọc ly tâm, hàng rào tạo bãi. Nhờ vậy, khoảng 2.300 ha rừng phòng hộ phía sau đã được bảo vệ, 1.250 hộ dân ổn định cuộc sống.

Năm 2024, tỉnh được Trung ương hỗ trợ 1.390 tỷ đồng để thực hiện 9 dự án kè cấp bách với tổng chiều dài 31,2 km; trong đó dự án kè bờ biển Tây đoạn từ Kênh Mới đến Khánh Hội (huyện U Minh) dài 8,8 km, được hỗ trợ 456 tỷ đồng. Tại công trường, nhà thầu đang huy động 12 mũi thi công, 3 ca/ngày, tập trung đóng cọc đoạn từ Km5+200 đến Km7+850 trước mùa gió chướng.

Ông Lê Văn Sử, Phó Chủ tịch UBND tỉnh, cho biết tỉnh phấn đấu đến cuối năm 2025 nâng tổng chiều dài kè biển lên trên 110 km, kiểm soát 100% điểm sạt lở đặc biệt nguy hiểm, không để người dân phải sống trong vùng nguy cơ cao.

Hoàng Vũ
"""

P23 = P("năm 2023", "2023-01-01", "2023-12-31")
P15 = P("Từ năm 2015 đến nay", "2015-01-01", "2024-03-11")
P15i = P("Từ năm 2015 đến nay", "2015-01-01", "2024-03-11", inh=True)
P24 = P("Năm 2024", "2024-01-01", "2024-12-31")
P25 = P("đến cuối năm 2025", None, "2025-12-31")

FIGS = [
    F("dài 254 km", "254", 254, "measure", "km", "chiều dài bờ biển"),
    F("Đông dài 107 km", "107", 107, "measure", "km", "bờ biển Đông", total=254),
    F("Tây dài 147 km", "147", 147, "measure", "km", "bờ biển Tây", total=254),
    F("từ 20 đến 50 m/năm", "20", 20, "measure", "m/năm", "biển lấn sâu vào đất liền", value_max=50),
    F("khoảng 117 km", "117", 117, "measure", "km", "bờ biển bị sạt lở", approx="about", percent=46),
    F("có 46,3 km", "46,3", 46.3, "measure", "km", "sạt lở đặc biệt nguy hiểm", total=117),
    F("gần 86 ha", "86", 86, "measure", "ha", "rừng phòng hộ ven biển bị mất do sạt lở", approx="nearly",
      change={"direction": "increase", "value": 12.6, "unit": "%", "baseline": "năm 2022"}, period=P23),
    F("xây dựng 78,5 km", "78,5", 78.5, "measure", "km", "kè chống sạt lở bờ biển đầu tư xây dựng", period=P15),
    F("hơn 4.350 tỷ đồng", "4.350", 4350e9, "money", "đồng", "tổng vốn đầu tư kè chống sạt lở bờ biển", approx="over", period=P15),
    F("khoảng 2.300 ha", "2.300", 2300, "measure", "ha", "rừng phòng hộ phía sau được bảo vệ", approx="about", period=P15i),
    F("1.250 hộ dân", "1.250", 1250, "count", "hộ dân", "hộ dân ổn định cuộc sống", period=P15i),
    F("hỗ trợ 1.390 tỷ đồng", "1.390", 1390e9, "money", "đồng", "Trung ương hỗ trợ thực hiện dự án kè cấp bách", period=P24),
    F("thực hiện 9 dự án", "9", 9, "count", "dự án kè", "dự án kè cấp bách", period=P24),
    F("dài 31,2 km", "31,2", 31.2, "measure", "km", "tổng chiều dài dự án kè cấp bách", period=P24),
    F("dài 8,8 km", "8,8", 8.8, "measure", "km", "dự án kè bờ biển Tây đoạn từ Kênh Mới đến Khánh Hội", total=31.2,
      location="U Minh", period=P24),
    F("hỗ trợ 456 tỷ đồng", "456", 456e9, "money", "đồng", "dự án kè bờ biển Tây đoạn từ Kênh Mới đến Khánh Hội được hỗ trợ",
      total=1390e9, location="U Minh", period=P24),
    F("huy động 12 mũi", "12", 12, "count", "mũi thi công", "mũi thi công nhà thầu huy động"),
    F("3 ca/ngày", "3", 3, "count", "ca/ngày", "ca thi công mỗi ngày", optional=True),
    F("trên 110 km", "110", 110, "measure", "km", "tổng chiều dài kè biển", approx="over", status="target", period=P25),
    F("kiểm soát 100%", "100", 100, "percent", "%", "điểm sạt lở đặc biệt nguy hiểm được kiểm soát", status="target", period=P25),
]

COMMENTS = [
    "Party newspaper (Báo Cà Mau, tag '(CMO)' implies Cà Mau): coastal erosion, embankments since 2015, 2024 funds, 2025 targets.",
    "Dateline 'Thứ Hai, 11/03/2024 - 09:15'; byline at the end. 'Km5+200 đến Km7+850' (chainage) and person names are distractors.",
    "107/147 km are parts of 254 km (trong đó). 'từ 20 đến 50 m/năm' range, a rate unit. 117 km carries 'chiếm 46%'; 46,3 km part of 117.",
    "'gần 86 ha …, tăng 12,6% so với năm 2022' change; 'Từ năm 2015 đến nay' runs to the dateline; the next sentence ('Nhờ vậy') inherits it.",
    "8,8 km part of 31,2 km; 456 tỷ part of 1.390 tỷ (the same support, same year); both in huyện U Minh.",
    "'Tại công trường … 12 mũi thi công': the site is not identified (any of the 9 projects), so the province; '3 ca/ngày' a work schedule (optional).",
    "revised: '12 mũi' location U Minh -> Cà Mau (the site is not named); 254 km subject without the place name (place goes to location).",
    "'phấn đấu đến cuối năm 2025' governs both clauses: targets.",
]

emit(4, TEXT, FIGS, COMMENTS, published="2024-03-11", location="Cà Mau")
