from lib import emit, fig, per, inh, chg

TEXT = """Cổng thông tin điện tử phường Núi Sam - TP. Châu Đốc
Trang chủ » Tin hoạt động » Văn hóa - Du lịch
Ngày đăng: 12/06/2024 | Lượt xem: 1.207

Lễ hội Vía Bà Chúa Xứ Núi Sam 2024 thu hút hơn 850.000 lượt khách

Lễ hội Vía Bà Chúa Xứ Núi Sam năm 2024 diễn ra từ ngày 31/5 đến ngày 4/6/2024 (tức từ ngày 23 đến 27 tháng 4 âm lịch) tại phường Núi Sam, thành phố Châu Đốc. Trong 5 ngày lễ hội, Khu du lịch quốc gia Núi Sam đón hơn 850.000 lượt khách, tăng 11% so với năm 2023.

Lũy kế 6 tháng đầu năm 2024, khu du lịch đón khoảng 4,2 triệu lượt khách, đạt 70% kế hoạch năm. Số lượt khách tại Miếu Bà Chúa Xứ, Lăng Thoại Ngọc Hầu và chùa Tây An lần lượt là 3,1 triệu, 620.000 và 480.000 lượt.

Ban Quản trị Lăng Miếu Núi Sam cho biết, tính đến ngày 10/6/2024, tổng thu tiền công đức, cúng dường đạt 48,75 tỷ đồng; tổng chi là 21,3 tỷ đồng, trong đó chi hoạt động từ thiện, an sinh xã hội 9,6 tỷ đồng, chiếm 45,1%. Miếu Bà đã trao tặng 1.500 phần quà cho hộ nghèo, mỗi phần trị giá 500.000 đồng, hỗ trợ xây mới 12 căn nhà tình thương tại khóm Vĩnh Đông 1 và các xã lân cận.

Để phục vụ lễ hội, phường bố trí 215 đoàn viên thanh niên tình nguyện và 3 điểm sơ cấp cứu; lực lượng chức năng xử lý 27 trường hợp chèo kéo khách, buôn bán sai quy định dọc Quốc lộ 91.

Phấn đấu đến năm 2025, Khu du lịch quốc gia Núi Sam đón 8,5 triệu lượt khách, tỷ lệ thanh toán không dùng tiền mặt tại các điểm dịch vụ đạt trên 50%.

Ban Biên tập - Hotline: 0296.3861.245
"""

FEST = per("từ ngày 31/5 đến ngày 4/6/2024", "2024-05-31", "2024-06-04")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = per("tính đến ngày 10/6/2024", None, "2024-06-10")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("thu hút hơn 850.000", "850.000", 850000, "count", "lượt khách", "lượt khách Lễ hội Vía Bà Chúa Xứ Núi Sam",
        inh(FEST), approx="over"),
    fig("đón hơn 850.000", "850.000", 850000, "count", "lượt khách",
        "lượt khách đến Khu du lịch quốc gia Núi Sam trong 5 ngày lễ hội", inh(FEST), approx="over",
        change=chg("increase", 11, baseline="năm 2023")),
    fig("khoảng 4,2 triệu", "4,2", 4200000, "count", "lượt khách", "lượt khách đến khu du lịch", H1,
        approx="about", percent=70),
    fig("là 3,1 triệu", "3,1", 3100000, "count", "lượt", "lượt khách tại Miếu Bà Chúa Xứ", inh(H1)),
    fig("triệu, 620.000 và", "620.000", 620000, "count", "lượt", "lượt khách tại Lăng Thoại Ngọc Hầu", inh(H1)),
    fig("480.000 lượt", "480.000", 480000, "count", "lượt", "lượt khách tại chùa Tây An", inh(H1)),
    fig("đạt 48,75 tỷ đồng", "48,75", 48750000000, "money", "đồng", "tổng thu tiền công đức, cúng dường", ASOF),
    fig("là 21,3 tỷ đồng", "21,3", 21300000000, "money", "đồng", "tổng chi", ASOF),
    fig("xã hội 9,6 tỷ đồng", "9,6", 9600000000, "money", "đồng", "chi hoạt động từ thiện, an sinh xã hội", ASOF,
        total=21300000000, percent=45.1),
    fig("tặng 1.500 phần quà", "1.500", 1500, "count", "phần quà", "phần quà trao tặng cho hộ nghèo"),
    fig("giá 500.000 đồng", "500.000", 500000, "money", "đồng/phần", "trị giá mỗi phần quà"),
    fig("mới 12 căn nhà", "12", 12, "count", "căn nhà", "căn nhà tình thương hỗ trợ xây mới"),
    fig("bố trí 215 đoàn viên", "215", 215, "count", "đoàn viên", "đoàn viên thanh niên tình nguyện phục vụ lễ hội"),
    fig("và 3 điểm sơ cấp cứu", "3", 3, "count", "điểm sơ cấp cứu", "điểm sơ cấp cứu"),
    fig("xử lý 27 trường hợp", "27", 27, "count", "trường hợp",
        "trường hợp chèo kéo khách, buôn bán sai quy định bị xử lý"),
    fig("đón 8,5 triệu", "8,5", 8500000, "count", "lượt khách", "lượt khách đến Khu du lịch quốc gia Núi Sam", T25,
        status="target"),
    fig("trên 50%", "50", 50, "percent", "%", "tỷ lệ thanh toán không dùng tiền mặt tại các điểm dịch vụ", T25,
        approx="over", status="target"),
]

COMMENTS = [
    "Ward portal (phường Núi Sam, TP. Châu Đốc, An Giang), 'Ngày đăng: 12/06/2024 | Lượt xem: 1.207' (counter is furniture).",
    "Lễ hội Vía Bà Chúa Xứ Núi Sam 2024: lượt khách, 6 tháng, thu chi tiền công đức của Ban Quản trị Lăng Miếu, từ thiện, mục tiêu 2025.",
    "Location: the city Châu Đốc (the district-level unit the ward portal belongs to). The festival day range stands in the sentence",
    "before '850.000' ('Trong 5 ngày lễ hội' refers back): inherited. 'lần lượt là 3,1 triệu, 620.000 và 480.000 lượt' pairs three sites;",
    "no part-of cue, so no total. 9,6 tỷ is a part of 'tổng chi' 21,3 tỷ ('trong đó') with percent 45,1; '500.000 đồng' per gift is a rate.",
    "Not figures: lunar 'từ ngày 23 đến 27 tháng 4 âm lịch', '5 ngày lễ hội' (duration), 'khóm Vĩnh Đông 1', Quốc lộ 91, hotline.",
]

emit("p728-8", TEXT, COMMENTS, FIGS, published="2024-06-12", location="Châu Đốc")
