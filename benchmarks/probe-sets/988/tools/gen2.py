"""p988-2: district portal, huyện Hoa Lư (Ninh Bình) — thuyền nan chở khách Tràng An, Tam Cốc."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HOA LƯ - TỈNH NINH BÌNH
Tin tức - Sự kiện > Văn hóa - Du lịch
Thứ Ba, 16/05/2023 - 10:05

Hơn 4.300 thuyền nan phục vụ khách tham quan trên địa bàn huyện

Từ đầu năm đến nay, các khu, điểm du lịch trên địa bàn huyện Hoa Lư đón trên 2,1 triệu lượt khách, tăng gấp 2,3 lần so với cùng kỳ năm 2022; trong đó khách đi thuyền tham quan khoảng 1,45 triệu lượt. Riêng Khu du lịch Tràng An đón 892.000 lượt khách đi thuyền, Khu du lịch Tam Cốc - Bích Động đón 410.500 lượt.

Hiện toàn huyện có 4.315 thuyền nan phục vụ khách, gồm Tràng An (2.150 thuyền), Tam Cốc - Bích Động (1.220 thuyền), Thung Nham (410 thuyền) và Hang Múa (535 thuyền). Mỗi thuyền chở tối đa 4 khách và 1 người chèo. Số lái đò khoảng 4.800 người, chủ yếu là người dân các xã Ninh Hải, Trường Yên, Ninh Xuân; thu nhập bình quân từ 6 đến 8 triệu đồng/người/tháng.

Giá vé tham quan bằng thuyền tại Tràng An hiện là 250.000 đồng/người lớn và 120.000 đồng/trẻ em; tiền đò tại Tam Cốc là 150.000 đồng/thuyền. Quý I/2023, doanh thu từ dịch vụ thuyền tham quan ước đạt 186,4 tỷ đồng, chiếm khoảng 41% tổng doanh thu du lịch của huyện.

Thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2023 của UBND huyện, Phòng Văn hóa và Thông tin đã phối hợp với các xã kiểm tra 1.050 thuyền tại các bến thuyền dọc Quốc lộ 38B và đường ĐT.491, yêu cầu 100% lái đò mặc đồng phục, trang bị áo phao cho khách. Năm 2023, huyện phấn đấu đón 4,5 triệu lượt khách, trong đó khách đi thuyền chiếm trên 60%.

Thu Hà (Phòng VH&TT huyện)
"""

YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-05-16")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
BOATS = "thuyền nan phục vụ khách"

FIGS = [
    F("Hơn 4.300 thuyền nan", "4.300", 4300, "count", "thuyền nan", "thuyền nan phục vụ khách tham quan",
      approx="over"),
    F("trên 2,1 triệu lượt khách", "2,1", 2_100_000, "count", "lượt khách",
      "lượt khách đến các khu, điểm du lịch", YTD, approx="over",
      change=C("increase", 2.3, unit="lần", baseline="cùng kỳ năm 2022")),
    F("khoảng 1,45 triệu lượt", "1,45", 1_450_000, "count", "lượt", "khách đi thuyền tham quan", YTD,
      approx="about", total=2_100_000),
    F("đón 892.000 lượt", "892.000", 892000, "count", "lượt khách", "lượt khách đi thuyền", I(YTD)),
    F("đón 410.500 lượt", "410.500", 410500, "count", "lượt", "lượt khách đi thuyền", I(YTD)),
    F("có 4.315 thuyền nan", "4.315", 4315, "count", "thuyền nan", BOATS),
    F("Tràng An (2.150 thuyền)", "2.150", 2150, "count", "thuyền", BOATS, total=4315),
    F("Tam Cốc - Bích Động (1.220 thuyền)", "1.220", 1220, "count", "thuyền", BOATS, total=4315),
    F("Thung Nham (410 thuyền)", "410", 410, "count", "thuyền", BOATS, total=4315),
    F("Hang Múa (535 thuyền)", "535", 535, "count", "thuyền", BOATS, total=4315),
    F("tối đa 4 khách", "4", 4, "count", "khách", "số khách mỗi thuyền chở", approx="at_most",
      optional=True),
    F("1 người chèo", "1", 1, "count", "người chèo", "người chèo mỗi thuyền", optional=True),
    F("khoảng 4.800 người", "4.800", 4800, "count", "người", "lái đò", approx="about"),
    F("từ 6 đến 8 triệu đồng/người/tháng", "6", 6_000_000, "money", "đồng/người/tháng",
      "thu nhập bình quân của lái đò", value_max=8_000_000),
    F("250.000 đồng/người lớn", "250.000", 250000, "money", "đồng/người lớn",
      "giá vé tham quan bằng thuyền tại Tràng An"),
    F("120.000 đồng/trẻ em", "120.000", 120000, "money", "đồng/trẻ em",
      "giá vé tham quan bằng thuyền tại Tràng An"),
    F("150.000 đồng/thuyền", "150.000", 150000, "money", "đồng/thuyền", "tiền đò tại Tam Cốc"),
    F("ước đạt 186,4 tỷ đồng", "186,4", 186_400_000_000, "money", "đồng",
      "doanh thu từ dịch vụ thuyền tham quan", P("Quý I/2023", "2023-01-01", "2023-03-31"),
      percent=41, status="estimate"),
    F("kiểm tra 1.050 thuyền", "1.050", 1050, "count", "thuyền", "thuyền được kiểm tra"),
    F("yêu cầu 100% lái đò", "100", 100, "percent", "%", "lái đò mặc đồng phục", status="target",
      optional=True),
    F("đón 4,5 triệu lượt khách", "4,5", 4_500_000, "count", "lượt khách", "lượt khách du lịch", Y23,
      status="target"),
    F("chiếm trên 60%", "60", 60, "percent", "%", "tỷ lệ khách đi thuyền", Y23, approx="over",
      status="target"),
]

NOTES = [
    "Cổng TTĐT huyện Hoa Lư (Ninh Bình): thuyền nan chở khách ở Tràng An, Tam Cốc - Bích Động, Thung Nham, Hang Múa (invented, probe set 988).",
    "Tourist sites in the list are not places: location stays Hoa Lư, subject is the list's indicator; 2.150+1.220+410+535 = 4.315 (total).",
    "'Riêng Khu du lịch Tràng An đón 892.000 lượt' is no part-of cue: no total. 'Từ đầu năm đến nay' ends at the dateline.",
    "Distractors: Thứ Ba, 10:05, Kế hoạch số 45/KH-UBND ngày 10/3/2023, Quốc lộ 38B, ĐT.491. Per-boat capacity rule and '100% lái đò' optional.",
]

write("p988-2", TEXT, FIGS, NOTES, published="2023-05-16", location="Hoa Lư")
