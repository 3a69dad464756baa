from lib import F, P, build

T = """Cả nước có 2.268 km đường bộ cao tốc
Thứ tư, 25/12/2024, 17:30 (GMT+7)

Trong năm 2024, thêm 12 dự án, đoạn tuyến với tổng chiều dài khoảng 376 km được đưa vào khai thác, nâng chiều dài đường bộ cao tốc cả nước lên 2.268 km.

Theo Bộ Giao thông vận tải, năm 2024 các dự án do Bộ quản lý được giao hơn 94 nghìn tỷ đồng vốn đầu tư công; ước đến hết ngày 31/1/2025 giải ngân đạt 95%. Trong đó, các dự án cao tốc Bắc - Nam phía Đông giai đoạn 2021-2025 chiếm gần 52% tổng vốn. Số vốn giải ngân năm 2024 tăng 18,6% so với năm 2023.

Suất đầu tư các dự án cao tốc 4 làn xe dao động từ 160 đến 190 tỷ đồng/km ở đồng bằng, riêng đoạn qua địa hình núi lên tới 260 tỷ đồng/km. Chi phí giải phóng mặt bằng chiếm khoảng 20-25% tổng mức đầu tư.

Năm 2024, các địa phương đã di dời, tái định cư cho hơn 11.400 hộ dân, bàn giao trên 99% mặt bằng cho 25 dự án thành phần; Đồng Nai, Bình Phước, Cần Thơ là các tỉnh có khối lượng GPMB lớn nhất, lần lượt 1.874 ha, 1.352 ha và 987 ha.

Cũng trong năm, 6 nhà thầu bị Bộ nhắc nhở do chậm tiến độ, trong đó 2 nhà thầu bị cắt giảm khối lượng. Ngược lại, nhiều nhà thầu về đích sớm từ 3 đến 6 tháng nhờ hưởng ứng phong trào "500 ngày đêm thi đua hoàn thành 3.000 km đường bộ cao tốc".

Năm 2025, ngành giao thông phấn đấu khởi công 10 dự án cao tốc mới và đưa tổng chiều dài cao tốc lên khoảng 3.000 km, tăng 32% so với năm 2024. Bộ trưởng cho biết sẽ tiếp tục huy động mọi nguồn lực để đến năm 2030 hoàn thành mục tiêu 5.000 km.

Đoàn Loan
"""

Y24 = P("Trong năm 2024", "2024-01-01", "2024-12-31")
N24 = P("Năm 2024", "2024-01-01", "2024-12-31")
N25 = P("Năm 2025", "2025-01-01", "2025-12-31")
figs = [
    F("có 2.268 km", "2.268", 2268, "measure", "km", "đường bộ cao tốc", period=P("Trong năm 2024", None, "2024-12-25", inh=True)),
    F("thêm 12 dự án", "12", 12, "count", "dự án, đoạn tuyến", "dự án, đoạn tuyến cao tốc đưa vào khai thác", period=Y24),
    F("khoảng 376 km", "376", 376, "measure", "km", "tổng chiều dài dự án, đoạn tuyến đưa vào khai thác", approx="about", period=Y24),
    F("lên 2.268 km", "2.268", 2268, "measure", "km", "chiều dài đường bộ cao tốc cả nước", period=Y24),
    F("hơn 94 nghìn tỷ đồng", "94", 94e12, "money", "đồng", "vốn đầu tư công giao cho các dự án do Bộ quản lý", approx="over",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("giải ngân đạt 95%", "95", 95, "percent", "%", "tỷ lệ giải ngân vốn đầu tư công", status="estimate",
      period=P("đến hết ngày 31/1/2025", None, "2025-01-31")),
    F("gần 52% tổng vốn", "52", 52, "percent", "%", "vốn các dự án cao tốc Bắc - Nam phía Đông giai đoạn 2021-2025 trong tổng vốn",
      approx="nearly", period=P("năm 2024", "2024-01-01", "2024-12-31", inh=True)),
    F("tăng 18,6% so với năm 2023", "18,6", 18.6, "percent", "%", "số vốn giải ngân",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("cao tốc 4 làn xe dao động", "4", 4, "count", "làn xe", optional=True),
    F("từ 160 đến 190 tỷ đồng/km", "160", 160e9, "money", "đồng/km", "suất đầu tư các dự án cao tốc 4 làn xe ở đồng bằng", value_max=190e9),
    F("lên tới 260 tỷ đồng/km", "260", 260e9, "money", "đồng/km", "suất đầu tư đoạn qua địa hình núi"),
    F("khoảng 20-25%", "20", 20, "percent", "%", "chi phí giải phóng mặt bằng trong tổng mức đầu tư", value_max=25, approx="about"),
    F("hơn 11.400 hộ dân", "11.400", 11400, "count", "hộ dân", "hộ dân được di dời, tái định cư", approx="over", period=N24),
    F("trên 99% mặt bằng", "99", 99, "percent", "%", "mặt bằng bàn giao", approx="over", period=N24),
    F("cho 25 dự án thành phần", "25", 25, "count", "dự án thành phần", "dự án thành phần được bàn giao mặt bằng", period=N24),
    F("lần lượt 1.874 ha", "1.874", 1874, "measure", "ha", "khối lượng GPMB", location="Đồng Nai", period=N24),
    F("1.352 ha", "1.352", 1352, "measure", "ha", "khối lượng GPMB", location="Bình Phước", period=N24),
    F("987 ha", "987", 987, "measure", "ha", "khối lượng GPMB", location="Cần Thơ", period=N24),
    F("năm, 6 nhà thầu", "6", 6, "count", "nhà thầu", "nhà thầu bị Bộ nhắc nhở do chậm tiến độ",
      period=P("Cũng trong năm", "2024-01-01", "2024-12-31")),
    F("trong đó 2 nhà thầu", "2", 2, "count", "nhà thầu", "nhà thầu bị cắt giảm khối lượng", total=6,
      period=P("Cũng trong năm", "2024-01-01", "2024-12-31")),
    F("từ 3 đến 6 tháng", "3", 3, "measure", "tháng", "thời gian nhà thầu về đích sớm", value_max=6,
      period=P("Cũng trong năm", "2024-01-01", "2024-12-31", inh=True)),
    F("hoàn thành 3.000 km đường bộ", "3.000", 3000, "measure", "km", "đường bộ cao tốc", optional=True),
    F("khởi công 10 dự án", "10", 10, "count", "dự án", "dự án cao tốc mới khởi công", status="target", period=N25),
    F("khoảng 3.000 km, tăng", "3.000", 3000, "measure", "km", "tổng chiều dài cao tốc", approx="about", status="target",
      change={"direction": "increase", "value": 32, "unit": "%", "baseline": "năm 2024"}, period=N25),
    F("mục tiêu 5.000 km", "5.000", 5000, "measure", "km", "mục tiêu chiều dài đường bộ cao tốc", status="target",
      period=P("đến năm 2030", None, "2030-12-31")),
]
C = [
    "National press (VnExpress style): year-end 2024 expressway results, capital, unit costs, GPMB by province, contractors, 2025/2030 targets.",
    "Dateline 'Thứ tư, 25/12/2024, 17:30 (GMT+7)', byline at the end. Default location Việt Nam; the GPMB list 'Đồng Nai, Bình Phước, Cần Thơ … lần lượt …'",
    "gives each item its province. '94 nghìn tỷ' = 94×10^12. 'ước đến hết ngày 31/1/2025 … 95%': estimate, as-of 2025-01-31.",
    "'Số vốn giải ngân năm 2024 tăng 18,6% so với năm 2023': a growth rate that is itself the claim (percent, no change).",
    "'giai đoạn 2021-2025' in 'gần 52%' is part of a project name (the period, 2024, is inherited from the previous sentence).",
    "Unit costs: 'tỷ đồng/km' → money, unit 'đồng/km'; 'lên tới 260' has no approx cue in FIGURES.md (exact). 'khoảng 20-25%' range, about.",
    "'Cũng trong năm' = 2024. '6 nhà thầu …, trong đó 2 nhà thầu' → total 6. 'về đích sớm từ 3 đến 6 tháng' is a measured gain (measure, tháng).",
    "Campaign name '\"500 ngày đêm thi đua hoàn thành 3.000 km đường bộ cao tốc\"': 500 is a name; its 3.000 km optional. 'cao tốc 4 làn xe' (type label) optional.",
    "'khoảng 3.000 km, tăng 32% so với năm 2024' target with change; 'đến năm 2030 … 5.000 km' target null..2030-12-31.",
    "Title 2.268 km: its period stands in the body (inherited).",
]
build("p448-6", T, figs, C, published="2024-12-25", location="Việt Nam")
