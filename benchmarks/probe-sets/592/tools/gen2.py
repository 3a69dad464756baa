from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HỘI AN
Tin tức - Sự kiện / Văn hóa - Du lịch

Chợ đêm Nguyễn Hoàng đón gần 520 nghìn lượt khách trong quý I

Thứ Sáu, 12/04/2024 - 10:15

Theo Trung tâm Quản lý bảo tồn di sản văn hóa Hội An, quý I/2024, Chợ đêm Nguyễn Hoàng và tuyến phố đi bộ trong khu phố cổ đón gần 520 nghìn lượt khách, tăng 31,2% so với quý I/2023. Khách quốc tế chiếm khoảng 62%, chủ yếu đến từ Hàn Quốc, Mỹ và Úc.

Hiện chợ đêm có 142 gian hàng, gồm 58 gian hàng ẩm thực, 61 gian hàng lưu niệm và 23 gian hàng trò chơi dân gian. Doanh thu bình quân mỗi gian hàng đạt từ 15 đến 20 triệu đồng/tháng. Theo khảo sát, mỗi du khách chi tiêu bình quân 480.000 đồng cho một lần tham quan chợ đêm, trong đó 55% dành cho ẩm thực.

Về an ninh trật tự, trong quý I, Công an thành phố tiếp nhận và trả lại 37 trường hợp thất lạc tài sản, hỗ trợ tìm kiếm 12 trẻ em đi lạc. Đội Quản lý trật tự đô thị lập biên bản 26 trường hợp bán hàng rong đeo bám du khách, phạt tiền 39 triệu đồng.

Năm 2024, thành phố phấn đấu đón 2,1 triệu lượt khách tham quan phố cổ về đêm; dự kiến bố trí thêm 40 gian hàng tại khu vực An Hội trong quý III.

Ban Biên tập Cổng TTĐT thành phố Hội An - Số 9 Trần Hưng Đạo, phường Minh An. ĐT: 0235.3861.270
"""

Q1 = P("quý I", "2024-01-01", "2024-03-31")
Q1Y = P("quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q3 = P("trong quý III", "2024-07-01", "2024-09-30")

FIGS = [
    F("gần 520 nghìn lượt khách trong", "520", 520000, "count", "lượt khách",
      "lượt khách Chợ đêm Nguyễn Hoàng", Q1, approx="nearly"),
    F("đón gần 520 nghìn lượt khách, tăng", "520", 520000, "count", "lượt khách",
      "lượt khách Chợ đêm Nguyễn Hoàng và tuyến phố đi bộ trong khu phố cổ", Q1Y, approx="nearly",
      change=CH("increase", 31.2, baseline="quý I/2023")),
    F("chiếm khoảng 62%", "62", 62, "percent", "%", "tỷ lệ khách quốc tế", I(Q1Y), approx="about"),
    F("có 142 gian hàng", "142", 142, "count", "gian hàng", "gian hàng chợ đêm"),
    F("gồm 58 gian hàng", "58", 58, "count", "gian hàng", "gian hàng ẩm thực", total=142),
    F("61 gian hàng", "61", 61, "count", "gian hàng", "gian hàng lưu niệm", total=142),
    F("và 23 gian hàng", "23", 23, "count", "gian hàng", "gian hàng trò chơi dân gian", total=142),
    F("từ 15 đến 20 triệu", "15", 15e6, "money", "đồng/tháng", "doanh thu bình quân mỗi gian hàng", value_max=20e6),
    F("bình quân 480.000 đồng", "480.000", 480000, "money", "đồng",
      "chi tiêu bình quân của mỗi du khách cho một lần tham quan chợ đêm"),
    F("đó 55% dành", "55", 55, "percent", "%", "tỷ lệ chi tiêu dành cho ẩm thực"),
    F("trả lại 37 trường hợp", "37", 37, "count", "trường hợp", "trường hợp thất lạc tài sản được trả lại", Q1),
    F("kiếm 12 trẻ em", "12", 12, "count", "trẻ em", "trẻ em đi lạc được hỗ trợ tìm kiếm", Q1),
    F("biên bản 26 trường hợp", "26", 26, "count", "trường hợp", "trường hợp bán hàng rong đeo bám du khách bị lập biên bản",
      I(Q1)),
    F("phạt tiền 39 triệu", "39", 39e6, "money", "đồng", "tiền phạt bán hàng rong", I(Q1)),
    F("đón 2,1 triệu", "2,1", 2100000, "count", "lượt khách", "lượt khách tham quan phố cổ về đêm", Y24, status="target"),
    F("thêm 40 gian hàng", "40", 40, "count", "gian hàng", "gian hàng bố trí thêm tại khu vực An Hội", Q3,
      status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT thành phố Hội An (district-level city portal): Chợ đêm Nguyễn Hoàng, phố đi bộ phố cổ, quý I/2024.",
    "Dateline 'Thứ Sáu, 12/04/2024 - 10:15' gives published. Year-less 'quý I' (headline, security paragraph) takes 2024.",
    "'Khách quốc tế chiếm khoảng 62%' is its own sentence: a percent figure (share of visitors; not a share of the 520 nghìn figure itself).",
    "'trong đó 55% dành cho ẩm thực' is a part of the spending, not a share after đạt/chiếm/bằng: its own percent figure.",
    "58 + 61 + 23 = 142 after 'gồm': total 142. '40 gian hàng' is governed by 'dự kiến' (forecast) and 'trong quý III'.",
    "Distractors: address 'Số 9 Trần Hưng Đạo', phone '0235.3861.270', 'quý I/2023' baseline.",
]

emit("p592-2", TEXT, COMMENTS, FIGS, published="2024-04-12", location="Hội An")
