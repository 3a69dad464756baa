from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÀ RỊA - VŨNG TÀU
Trang chủ > Tin tức - Sự kiện > Kinh tế > Du lịch

Du lịch golf 6 tháng đầu năm 2024 đón hơn 182 nghìn lượt khách
Cập nhật: 15/07/2024 08:30
Lượt xem: 1.284

(BRVT) - Theo Sở Du lịch, 6 tháng đầu năm 2024, các sân golf trên địa bàn tỉnh Bà Rịa - Vũng Tàu đã đón hơn 182.000 lượt khách chơi golf, tăng 14,6% so với cùng kỳ năm 2023; trong đó khách quốc tế đạt 71.450 lượt, chiếm 39,2%. Doanh thu từ dịch vụ golf ước đạt 612,5 tỷ đồng, tăng 18,3% so với cùng kỳ.

Hiện toàn tỉnh có 7 sân golf đang hoạt động với tổng cộng 171 hố. Các sân đón nhiều khách nhất là Sonadezi (38.200 lượt), The Bluffs (31.750 lượt), Paradise (27.400 lượt) và Bluestar (22.900 lượt).

Cũng trong 6 tháng, các sân đã tổ chức 46 giải golf, trong đó có 9 giải quốc tế; công suất sử dụng sân bình quân đạt 68%. Chi tiêu bình quân của một khách chơi golf quốc tế vào khoảng 4,8 triệu đồng/người/ngày. Mức chi tiêu này gấp 2,5 lần so với khách du lịch thông thường.

Năm 2024, tỉnh phấn đấu đón 380.000 lượt khách chơi golf, doanh thu từ golf đạt 1.250 tỷ đồng. Dự án sân golf Long Tân 2 tại thị xã Phú Mỹ có quy mô 36 hố, diện tích 198,6 ha, đến nay đã hoàn thành 85% khối lượng xây dựng và dự kiến đưa vào khai thác trong quý IV/2024.

Sở Du lịch tỉnh Bà Rịa - Vũng Tàu
Địa chỉ: số 02 đường 3 Tháng 2, phường 8, TP. Vũng Tàu. Điện thoại: 0254.3852.424
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
M6 = P("6 tháng", "2024-01-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NOW = P("đến nay", None, "2024-07-15")

FIGS = [
    F("đón hơn 182 nghìn lượt khách", "182", 182000, "count", "lượt khách",
      "lượt khách du lịch golf", H1, approx="over"),
    F("hơn 182.000 lượt khách chơi golf", "182.000", 182000, "count", "lượt khách",
      "lượt khách chơi golf", H1, approx="over", change=CH("increase", 14.6, "%", "cùng kỳ năm 2023")),
    F("khách quốc tế đạt 71.450 lượt", "71.450", 71450, "count", "lượt",
      "khách quốc tế chơi golf", H1, total=182000, percent=39.2),
    F("ước đạt 612,5 tỷ đồng", "612,5", 612500000000, "money", "đồng",
      "doanh thu từ dịch vụ golf", I(H1), change=CH("increase", 18.3, "%", "cùng kỳ"), status="estimate"),
    F("có 7 sân golf", "7", 7, "count", "sân golf", "sân golf đang hoạt động"),
    F("tổng cộng 171 hố", "171", 171, "count", "hố", "tổng số hố của các sân golf đang hoạt động"),
    F("Sonadezi (38.200 lượt)", "38.200", 38200, "count", "lượt", "lượt khách sân Sonadezi", I(H1)),
    F("The Bluffs (31.750 lượt)", "31.750", 31750, "count", "lượt", "lượt khách sân The Bluffs", I(H1)),
    F("Paradise (27.400 lượt)", "27.400", 27400, "count", "lượt", "lượt khách sân Paradise", I(H1)),
    F("Bluestar (22.900 lượt)", "22.900", 22900, "count", "lượt", "lượt khách sân Bluestar", I(H1)),
    F("tổ chức 46 giải golf", "46", 46, "count", "giải golf", "giải golf các sân đã tổ chức", M6),
    F("có 9 giải quốc tế", "9", 9, "count", "giải", "giải golf quốc tế", M6, total=46),
    F("bình quân đạt 68%", "68", 68, "percent", "%", "công suất sử dụng sân bình quân", M6),
    F("khoảng 4,8 triệu", "4,8", 4800000, "money", "đồng/người/ngày",
      "chi tiêu bình quân của một khách chơi golf quốc tế", approx="about"),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần",
      "mức chi tiêu của khách chơi golf quốc tế so với khách du lịch thông thường"),
    F("đón 380.000 lượt", "380.000", 380000, "count", "lượt khách", "lượt khách chơi golf", Y24, status="target"),
    F("đạt 1.250 tỷ đồng", "1.250", 1250000000000, "money", "đồng", "doanh thu từ golf", Y24, status="target"),
    F("quy mô 36 hố", "36", 36, "count", "hố", "quy mô dự án sân golf Long Tân 2", location="Phú Mỹ"),
    F("diện tích 198,6 ha", "198,6", 198.6, "measure", "ha", "diện tích dự án sân golf Long Tân 2", location="Phú Mỹ"),
    F("hoàn thành 85%", "85", 85, "percent", "%", "khối lượng xây dựng dự án sân golf Long Tân 2 đã hoàn thành",
      NOW, location="Phú Mỹ"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bà Rịa - Vũng Tàu (province portal): golf tourism in the first half of 2024; breadcrumb, 'Cập nhật: 15/07/2024 08:30', 'Lượt xem: 1.284'.",
    "Headline figure '182 nghìn' carries the headline's own period. 71.450 is a 'trong đó' part of 182.000 (total), with its share 'chiếm 39,2%'.",
    "Course list items (Sonadezi, The Bluffs ...) are not places: location stays the province; they do not add up and have no cue: no total.",
    "'Mức chi tiêu này gấp 2,5 lần ...' stands as its own sentence: a multiple. 'Năm 2024, tỉnh phấn đấu ...' -> target.",
    "Long Tân 2 project 'tại thị xã Phú Mỹ' -> location Phú Mỹ; 'đến nay' is an as-of period ending at the dateline.",
    "Distractors: 'Long Tân 2' (name), 'quý IV/2024', 'Lượt xem: 1.284', 'số 02 đường 3 Tháng 2, phường 8', phone 0254.3852.424.",
]

emit("p715-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Bà Rịa - Vũng Tàu")
