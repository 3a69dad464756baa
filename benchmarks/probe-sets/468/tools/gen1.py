from lib import F, P, emit

TEXT = """Cổng Thông tin điện tử tỉnh An Giang
Trang chủ > Tin tức > Nông nghiệp - Nông thôn

An Giang: 9 tháng năm 2024 xảy ra 41 điểm sạt lở bờ sông
Cập nhật: 14/10/2024 08:35
Lượt xem: 2.315

Theo báo cáo của Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh, 9 tháng năm 2024, trên địa bàn tỉnh An Giang xảy ra 41 điểm sạt lở bờ sông, kênh, rạch với tổng chiều dài 2.186 m, tăng 9 điểm so với cùng kỳ năm 2023. Sạt lở làm 37 căn nhà bị sụp, trôi hoàn toàn, 112 căn nhà bị ảnh hưởng một phần; thiệt hại ước khoảng 18,7 tỷ đồng.

Các địa phương có nhiều điểm sạt lở là huyện Chợ Mới (11 điểm, dài 695 m), thị xã Tân Châu (8 điểm, dài 410 m), huyện An Phú (6 điểm, dài 288 m) và huyện Phú Tân (5 điểm). Đáng chú ý, ngày 28/7, tại ấp Mỹ Hòa, xã Mỹ Hội Đông, huyện Chợ Mới, sạt lở đã cuốn trôi 12 căn nhà và 320 m đường giao thông nông thôn; tỉnh đã công bố tình huống khẩn cấp theo Quyết định số 1185/QĐ-UBND ngày 29/7/2024.

Từ đầu năm đến nay, các địa phương đã di dời khẩn cấp 286 hộ dân ra khỏi vùng nguy hiểm, trong đó 154 hộ được bố trí vào các cụm, tuyến dân cư; 132 hộ tự di dời đến nơi an toàn. Hiện toàn tỉnh còn 52 điểm có nguy cơ sạt lở cao với tổng chiều dài khoảng 47,5 km, trong đó có 17 điểm đặc biệt nguy hiểm.

Về kinh phí, UBND tỉnh đã phân bổ 126,4 tỷ đồng từ nguồn dự phòng ngân sách tỉnh để xử lý khẩn cấp 9 công trình, chiếm 63,2% tổng nhu cầu vốn; Trung ương hỗ trợ thêm 150 tỷ đồng để xây dựng kè chống sạt lở bờ sông Hậu dài 1.700 m tại thành phố Long Xuyên. Đến nay, 6/9 công trình đã hoàn thành, khối lượng giải ngân đạt 81,5 tỷ đồng.

Theo kế hoạch, năm 2025 tỉnh phấn đấu hoàn thành thêm khoảng 12 km kè và di dời dứt điểm trên 500 hộ dân đang sinh sống trong vùng sạt lở. Người dân phát hiện dấu hiệu sạt lở xin báo về đường dây nóng 0296.3957.123.
"""

P9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
P9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
PTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
PDN = P("Đến nay", None, "2024-10-14")
P25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("2024 xảy ra 41 điểm sạt lở bờ sông\n", "41", 41, "count", "điểm sạt lở", "điểm sạt lở bờ sông", period=P9),
    F("xảy ra 41 điểm sạt lở bờ sông, kênh", "41", 41, "count", "điểm sạt lở", "điểm sạt lở bờ sông, kênh, rạch",
      change={"direction": "increase", "value": 9, "unit": "điểm", "baseline": "cùng kỳ năm 2023"}, period=P9),
    F("tổng chiều dài 2.186 m", "2.186", 2186, "measure", "m", "tổng chiều dài sạt lở bờ sông, kênh, rạch", period=P9),
    F("làm 37 căn nhà", "37", 37, "count", "căn nhà", "căn nhà bị sụp, trôi hoàn toàn", period=P9i),
    F("112 căn nhà", "112", 112, "count", "căn nhà", "căn nhà bị ảnh hưởng một phần", period=P9i),
    F("ước khoảng 18,7 tỷ đồng", "18,7", 18.7e9, "money", "đồng", "thiệt hại", approx="about", status="estimate", period=P9i),
    F("Chợ Mới (11 điểm", "11", 11, "count", "điểm", "điểm sạt lở", location="Chợ Mới", period=P9i),
    F("dài 695 m", "695", 695, "measure", "m", "chiều dài sạt lở", location="Chợ Mới", period=P9i),
    F("Tân Châu (8 điểm", "8", 8, "count", "điểm", "điểm sạt lở", location="Tân Châu", period=P9i),
    F("dài 410 m", "410", 410, "measure", "m", "chiều dài sạt lở", location="Tân Châu", period=P9i),
    F("An Phú (6 điểm", "6", 6, "count", "điểm", "điểm sạt lở", location="An Phú", period=P9i),
    F("dài 288 m", "288", 288, "measure", "m", "chiều dài sạt lở", location="An Phú", period=P9i),
    F("Phú Tân (5 điểm)", "5", 5, "count", "điểm", "điểm sạt lở", location="Phú Tân", period=P9i),
    F("cuốn trôi 12 căn nhà", "12", 12, "count", "căn nhà", "căn nhà bị sạt lở cuốn trôi", location="Chợ Mới"),
    F("và 320 m đường", "320", 320, "measure", "m", "đường giao thông nông thôn bị sạt lở cuốn trôi", location="Chợ Mới"),
    F("khẩn cấp 286 hộ dân", "286", 286, "count", "hộ dân", "hộ dân di dời khẩn cấp ra khỏi vùng nguy hiểm", period=PTD),
    F("trong đó 154 hộ", "154", 154, "count", "hộ", "hộ được bố trí vào các cụm, tuyến dân cư", total=286, period=PTD),
    F("132 hộ tự di dời", "132", 132, "count", "hộ", "hộ tự di dời đến nơi an toàn", total=286, period=PTD),
    F("còn 52 điểm", "52", 52, "count", "điểm", "điểm có nguy cơ sạt lở cao"),
    F("khoảng 47,5 km", "47,5", 47.5, "measure", "km", "tổng chiều dài điểm có nguy cơ sạt lở cao", approx="about"),
    F("có 17 điểm đặc biệt", "17", 17, "count", "điểm", "điểm đặc biệt nguy hiểm", total=52),
    F("phân bổ 126,4 tỷ đồng", "126,4", 126.4e9, "money", "đồng", "kinh phí từ nguồn dự phòng ngân sách tỉnh phân bổ xử lý khẩn cấp", percent=63.2),
    F("khẩn cấp 9 công trình", "9", 9, "count", "công trình", "công trình xử lý khẩn cấp"),
    F("thêm 150 tỷ đồng", "150", 150e9, "money", "đồng", "Trung ương hỗ trợ xây dựng kè chống sạt lở bờ sông Hậu", location="Long Xuyên"),
    F("dài 1.700 m", "1.700", 1700, "measure", "m", "kè chống sạt lở bờ sông Hậu", location="Long Xuyên"),
    F("6/9 công trình", "6", 6, "count", "công trình", "công trình đã hoàn thành", total=9, period=PDN),
    F("đạt 81,5 tỷ đồng", "81,5", 81.5e9, "money", "đồng", "khối lượng giải ngân", period=PDN),
    F("khoảng 12 km kè", "12", 12, "measure", "km", "kè hoàn thành thêm", approx="about", status="target", period=P25),
    F("trên 500 hộ", "500", 500, "count", "hộ dân", "hộ dân di dời dứt điểm khỏi vùng sạt lở", approx="over", status="target", period=P25),
]

COMMENTS = [
    "Provincial portal (An Giang), headline figure annotated: riverbank erosion 9 months 2024, district list, relocation, emergency funds, 2025 plan.",
    "'Cập nhật: 14/10/2024 08:35' is the dateline; 'Lượt xem: 2.315', 'Quyết định số 1185/QĐ-UBND', dates 28/7, 29/7/2024, hotline are distractors.",
    "'tăng 9 điểm so với cùng kỳ' is the change of 41 điểm (unit điểm), across the clause with the length.",
    "District list: location = district, subject = list indicator; period inherited from the lead sentence.",
    "'154 hộ … ; 132 hộ' are parts of 286 (trong đó, sibling after ';'). 'Từ đầu năm đến nay' / 'Đến nay' end at the dateline.",
    "The 28/7 event (a single day, commune in huyện Chợ Mới): location Chợ Mới, no period. 'Hiện … còn' has no period.",
    "150 tỷ and 1.700 m describe the embankment in TP Long Xuyên. 'Theo kế hoạch, năm 2025 … phấn đấu' makes the last two targets.",
]

emit(1, TEXT, FIGS, COMMENTS, published="2024-10-14", location="An Giang")
