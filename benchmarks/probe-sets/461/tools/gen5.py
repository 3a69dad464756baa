from lib import F, P, ch, tg, emit

T = """Cổng thông tin điện tử huyện Mộc Châu
Trang chủ > Tin tức - Sự kiện > Văn hóa - Du lịch

Mộc Châu: Lượng khách du lịch dịp Tết tăng mạnh
Ngày đăng: 16/02/2024 | Lượt xem: 736

Theo Phòng Văn hóa và Thông tin huyện, trong kỳ nghỉ Tết Nguyên đán Giáp Thìn (từ ngày 8/2 đến ngày 14/2/2024), huyện Mộc Châu đón trên 158.000 lượt khách, tăng 24,5% so với Tết năm 2023; trong đó khách lưu trú khoảng 41.500 lượt, khách quốc tế 2.350 lượt. Doanh thu từ hoạt động du lịch ước đạt 215 tỷ đồng.

Các điểm đến thu hút đông khách nhất là Đồi chè Trái tim (khoảng 27.000 lượt), Thác Dải Yếm (19.400 lượt) và Rừng thông Bản Áng (16.800 lượt).

Hiện trên địa bàn huyện có 4.150 phòng lưu trú tại 326 cơ sở, gồm 18 khách sạn, 64 nhà nghỉ và 244 homestay. Công suất phòng những ngày từ mùng 2 đến mùng 5 Tết (11/2 - 14/2/2024) đạt 90-95%, nhiều cơ sở kín phòng.

Công an huyện đã xử lý 86 trường hợp vi phạm trật tự an toàn giao thông, trong đó 52 trường hợp vi phạm nồng độ cồn; trên Quốc lộ 6 xảy ra 01 vụ tai nạn giao thông làm 02 người bị thương.

Năm 2024, huyện phấn đấu đón 1,6 triệu lượt khách, tổng thu từ du lịch đạt 2.100 tỷ đồng, góp phần hoàn thành mục tiêu đón 7 triệu lượt khách giai đoạn 2021-2025. Năm 2023, Mộc Châu đón 1,35 triệu lượt khách.

Thông tin liên hệ: Tiểu khu 4, thị trấn Mộc Châu; điện thoại: 0212.3866.216.
"""

TET = dict(text="từ ngày 8/2 đến ngày 14/2/2024", start="2024-02-08", end="2024-02-14")
I = P(TET["text"], TET["start"], TET["end"], inh=True)
SITES = "điểm đến thu hút đông khách nhất"
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("trên 158.000 lượt khách", "158.000", 158000, "count", "lượt khách", "lượt khách đón",
      P(**TET), approx="over", change=ch("increase", 24.5, baseline="Tết năm 2023")),
    F("khoảng 41.500 lượt", "41.500", 41500, "count", "lượt", "khách lưu trú", P(**TET),
      approx="about", total=158000),
    F("quốc tế 2.350 lượt", "2.350", 2350, "count", "lượt", "khách quốc tế", P(**TET), total=158000),
    F("ước đạt 215 tỷ đồng", "215", 215e9, "money", "đồng", "doanh thu từ hoạt động du lịch", I, status="estimate"),
    F("khoảng 27.000 lượt", "27.000", 27000, "count", "lượt", SITES, I, approx="about"),
    F("(19.400 lượt)", "19.400", 19400, "count", "lượt", SITES, I),
    F("(16.800 lượt)", "16.800", 16800, "count", "lượt", SITES, I),
    F("có 4.150 phòng", "4.150", 4150, "count", "phòng", "phòng lưu trú"),
    F("tại 326 cơ sở", "326", 326, "count", "cơ sở", "cơ sở lưu trú"),
    F("gồm 18 khách sạn", "18", 18, "count", "khách sạn", "khách sạn", total=326),
    F("64 nhà nghỉ", "64", 64, "count", "nhà nghỉ", "nhà nghỉ", total=326),
    F("244 homestay", "244", 244, "count", "homestay", "homestay", total=326),
    F("đạt 90-95%", "90", 90, "percent", "%", "công suất phòng",
      P("từ mùng 2 đến mùng 5 Tết (11/2 - 14/2/2024)", "2024-02-11", "2024-02-14"), value_max=95),
    F("xử lý 86 trường hợp", "86", 86, "count", "trường hợp", "trường hợp vi phạm trật tự an toàn giao thông bị xử lý", I),
    F("trong đó 52 trường hợp", "52", 52, "count", "trường hợp", "trường hợp vi phạm nồng độ cồn", I, total=86),
    F("01 vụ tai nạn", "01", 1, "count", "vụ", "vụ tai nạn giao thông", I),
    F("02 người bị thương", "02", 2, "count", "người", "người bị thương do tai nạn giao thông", I),
    F("đón 1,6 triệu lượt khách", "1,6", 1.6e6, "count", "lượt khách", "lượt khách", Y24, status="target"),
    F("đạt 2.100 tỷ đồng", "2.100", 2100e9, "money", "đồng", "tổng thu từ du lịch", Y24, status="target"),
    F("đón 7 triệu lượt khách", "7", 7e6, "count", "lượt khách", "lượt khách",
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), status="target"),
    F("đón 1,35 triệu lượt khách", "1,35", 1.35e6, "count", "lượt khách", "lượt khách đón",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
]

emit("p461-5", T, [
    "Cổng TTĐT huyện Mộc Châu (district portal, Sơn La), breadcrumb, 'Ngày đăng: 16/02/2024 | Lượt xem: 736' (counter is furniture).",
    "Tết Giáp Thìn holiday 'từ ngày 8/2 đến ngày 14/2/2024' in the lede sentence (scored there, inherited later). Location: the district Mộc Châu throughout.",
    "'trong đó khách lưu trú …, khách quốc tế …' are parts of 158.000. 'gồm 18 khách sạn, 64 nhà nghỉ và 244 homestay' add up to 326 cơ sở (the figure before 'gồm').",
    "Sites in brackets are list items of one indicator (not places). 'Hiện' stock counts (phòng, cơ sở) carry no period.",
    "Lunar 'mùng 2 đến mùng 5 Tết' is given in Gregorian in the bracket (11/2 - 14/2/2024) → that is the period of 90-95%.",
    "Distractors: 'Quốc lộ 6', 'Tiểu khu 4', phone 0212.3866.216, 'Tết năm 2023' (baseline), 'giai đoạn 2021-2025' (period of the target 7 triệu).",
    "revised: 'huyện Mộc Châu' / 'Mộc Châu' removed from two subjects (the district is the location).",
], figs, published="2024-02-16", location="Mộc Châu")
