from lib import F, P, build

A = """Bến Tre: Mặn xâm nhập sâu, hơn 12.000 hộ dân thiếu nước sinh hoạt
Cập nhật: 12/03/2024 15:20
Lượt xem: 3.417

Theo Đài Khí tượng Thủy văn tỉnh, trong tháng 2/2024, độ mặn trên các sông chính cao hơn trung bình nhiều năm từ 2 đến 4 g/l. Ranh mặn 4 g/l xâm nhập sâu từ 60 đến 65 km trên sông Hàm Luông và khoảng 58 km trên sông Cổ Chiên, sâu hơn 7 km so với cùng kỳ năm 2023.

Sáng 10/3/2024, độ mặn đo được tại trạm An Thuận (huyện Ba Tri) là 21,4 g/l, trạm Sơn Đốc (huyện Giồng Trôm) 9,8 g/l, trạm Mỹ Hóa (thành phố Bến Tre) 4,2 g/l. Dự báo trong tháng 4/2024, độ mặn lớn nhất tại các cửa sông có thể đạt khoảng 25 g/l.

Tính đến ngày 10/3/2024, toàn tỉnh có 12.850 hộ dân thiếu nước sinh hoạt, tăng 3.120 hộ so với cuối tháng 2; trong đó huyện Ba Tri 4.760 hộ, Thạnh Phú 3.905 hộ, Bình Đại 2.415 hộ. Để hỗ trợ người dân, tỉnh đã chi 6,8 tỷ đồng chở nước ngọt miễn phí và cấp 1.250 bồn chứa nước loại 1.000 lít cho hộ nghèo, hộ cận nghèo.

Từ đầu năm đến nay, các cống thuộc hệ thống thủy lợi Bắc Bến Tre đã được vận hành đóng 47/52 cống để ngăn mặn, trữ ngọt. Nhờ đó, trong vùng dự án đã tích trữ được trên 18 triệu m3 nước ngọt, đạt 90% kế hoạch, bảo đảm nước tưới cho khoảng 16.300 ha lúa Đông Xuân và 21.000 ha cây ăn trái.

Phó Chủ tịch UBND tỉnh yêu cầu các địa phương tiếp tục theo dõi sát diễn biến mặn, phấn đấu không để người dân thiếu nước sinh hoạt kéo dài quá 3 ngày. Đường dây nóng hỗ trợ nước sinh hoạt: 0275.3822.416.
"""

feb = P("trong tháng 2/2024", "2024-02-01", "2024-02-29")
feb_i = P("trong tháng 2/2024", "2024-02-01", "2024-02-29", True)
day = P("Sáng 10/3/2024", "2024-03-10", "2024-03-10")
asof = P("Tính đến ngày 10/3/2024", None, "2024-03-10")
asof_i = P("Tính đến ngày 10/3/2024", None, "2024-03-10", True)
ytd = P("Từ đầu năm đến nay", "2024-01-01", "2024-03-12")
ytd_i = P("Từ đầu năm đến nay", "2024-01-01", "2024-03-12", True)
HH = "hộ dân thiếu nước sinh hoạt"

FIGS = [
    F("hơn 12.000 hộ dân", "12.000", 12000, "count", "hộ", HH, asof_i, approx="over"),
    F("từ 2 đến 4 g/l", "2", 2, "measure", "g/l", "độ mặn trên các sông chính cao hơn trung bình nhiều năm", feb, value_max=4),
    F("Ranh mặn 4 g/l", "4", 4, "measure", "g/l", "ranh mặn", optional=True),
    F("từ 60 đến 65 km", "60", 60, "measure", "km", "ranh mặn 4 g/l xâm nhập sâu trên sông Hàm Luông", feb_i, value_max=65),
    F("khoảng 58 km", "58", 58, "measure", "km", "ranh mặn 4 g/l xâm nhập sâu trên sông Cổ Chiên", feb_i, approx="about",
      change={"direction": "increase", "value": 7, "unit": "km", "baseline": "cùng kỳ năm 2023"}),
    F("là 21,4 g/l", "21,4", 21.4, "measure", "g/l", "độ mặn tại trạm An Thuận", day, location="Ba Tri"),
    F("9,8 g/l", "9,8", 9.8, "measure", "g/l", "độ mặn tại trạm Sơn Đốc", day, location="Giồng Trôm"),
    F("4,2 g/l", "4,2", 4.2, "measure", "g/l", "độ mặn tại trạm Mỹ Hóa", day, location="Bến Tre"),
    F("khoảng 25 g/l", "25", 25, "measure", "g/l", "độ mặn lớn nhất tại các cửa sông",
      P("trong tháng 4/2024", "2024-04-01", "2024-04-30"), approx="about", status="forecast"),
    F("có 12.850 hộ", "12.850", 12850, "count", "hộ", HH, asof,
      change={"direction": "increase", "value": 3120, "unit": "hộ", "baseline": "cuối tháng 2"}),
    F("Ba Tri 4.760 hộ", "4.760", 4760, "count", "hộ", HH, asof, total=12850, location="Ba Tri"),
    F("Thạnh Phú 3.905 hộ", "3.905", 3905, "count", "hộ", HH, asof, total=12850, location="Thạnh Phú"),
    F("Bình Đại 2.415 hộ", "2.415", 2415, "count", "hộ", HH, asof, total=12850, location="Bình Đại"),
    F("chi 6,8 tỷ đồng", "6,8", 6.8e9, "money", "đồng", "kinh phí chở nước ngọt miễn phí", asof_i),
    F("cấp 1.250 bồn", "1.250", 1250, "count", "bồn chứa nước", "bồn chứa nước cấp cho hộ nghèo, hộ cận nghèo", asof_i),
    F("loại 1.000 lít", "1.000", 1000, "measure", "lít", "dung tích bồn chứa nước", optional=True),
    F("đóng 47/52 cống", "47", 47, "count", "cống", "cống thuộc hệ thống thủy lợi Bắc Bến Tre được vận hành đóng", ytd, total=52),
    F("trên 18 triệu m3", "18", 18e6, "measure", "m3", "nước ngọt tích trữ trong vùng dự án", ytd_i, approx="over", percent=90),
    F("khoảng 16.300 ha", "16.300", 16300, "measure", "ha", "lúa Đông Xuân được bảo đảm nước tưới", ytd_i, approx="about"),
    F("21.000 ha", "21.000", 21000, "measure", "ha", "cây ăn trái được bảo đảm nước tưới", ytd_i),
    F("quá 3 ngày", "3", 3, "measure", "ngày", "thời gian người dân thiếu nước sinh hoạt", approx="over", status="target", optional=True),
]

build(1, A, FIGS, [
    "Cổng TTĐT tỉnh Bến Tre (province portal): salinity in February/March 2024, intrusion depth, stations, households lacking water, sluices, storage.",
    "Dateline 'Cập nhật: 12/03/2024 15:20', counter 'Lượt xem: 3.417' (furniture); hotline 0275.3822.416; 'Bắc Bến Tre' is a system name.",
    "'cao hơn trung bình nhiều năm từ 2 đến 4 g/l' has no base amount: the difference is the claim (measure range, no change object).",
    "'Ranh mặn 4 g/l' names the isohaline (label, optional). 'sâu hơn 7 km so với cùng kỳ năm 2023' is the change of the nearest depth (58 km).",
    "Station readings: the district in brackets is the location; 'Sáng 10/3/2024' read as a one-day period. Headline figure takes the body's as-of date (inherited).",
    "'47/52 cống' total 52; 'đạt 90% kế hoạch' is the percent of the storage; 'loại 1.000 lít' (bin size) and 'quá 3 ngày' (threshold) optional.",
], published="2024-03-12", location="Bến Tre")
