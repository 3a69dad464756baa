from lib import F, P, build

T = """Phụng Hiệp đẩy nhanh chi trả bồi thường, bàn giao mặt bằng cao tốc Cần Thơ - Cà Mau
Thứ Hai, 14/10/2024 - 09:15

Dự án đường bộ cao tốc Cần Thơ - Cà Mau đoạn qua huyện Phụng Hiệp dài 26,8 km, đi qua 7 xã, thị trấn, với tổng diện tích thu hồi 198,6 ha, ảnh hưởng đến 1.532 hộ gia đình, cá nhân; trong đó có 327 hộ phải di dời nhà ở.

Từ đầu năm đến nay, Hội đồng bồi thường huyện đã ban hành 1.498 quyết định thu hồi đất, đạt 97,8% tổng số hộ bị ảnh hưởng; chi trả bồi thường, hỗ trợ cho 1.455 hộ với số tiền trên 846 tỷ đồng. Đến ngày 10/10, huyện đã bàn giao cho chủ đầu tư 26,1/26,8 km mặt bằng (đạt 97,4%), cao hơn 2,6% so với mức bình quân toàn tỉnh.

Về tái định cư, khu tái định cư thị trấn Búng Tàu (quy mô 6,2 ha, 186 nền) đã hoàn thành hạ tầng; khu tái định cư xã Tân Bình (4,5 ha, 141 nền) ước đạt 85% khối lượng. Đến nay đã bốc thăm, giao 214 nền cho các hộ đủ điều kiện.

Hiện còn 34 hộ chưa nhận tiền bồi thường, trong đó 21 hộ chưa thống nhất đơn giá theo Nghị định số 88/2024/NĐ-CP, 13 hộ đang tranh chấp thừa kế. Huyện phấn đấu bàn giao 100% mặt bằng trước ngày 31/10/2024 để nhà thầu thi công nút giao với Quốc lộ 61 và đường tỉnh 927.

Ông Nguyễn Văn Tài, Phó Chủ tịch UBND huyện, cho biết huyện đã thành lập 7 tổ công tác, mỗi tổ do 1 lãnh đạo huyện phụ trách, trực tiếp vận động từng hộ; người dân có thể phản ánh qua số điện thoại 0293.3870.125.

Minh Thư (Trung tâm VH-TT&TT huyện Phụng Hiệp)
"""

NOW = P("Đến nay", None, "2024-10-14")
figs = [
    F("Phụng Hiệp dài 26,8 km", "26,8", 26.8, "measure", "km", "chiều dài cao tốc Cần Thơ - Cà Mau đoạn qua huyện Phụng Hiệp"),
    F("đi qua 7 xã", "7", 7, "count", "xã, thị trấn", "xã, thị trấn dự án đi qua"),
    F("thu hồi 198,6 ha", "198,6", 198.6, "measure", "ha", "tổng diện tích thu hồi"),
    F("đến 1.532 hộ", "1.532", 1532, "count", "hộ gia đình, cá nhân", "hộ gia đình, cá nhân bị ảnh hưởng"),
    F("có 327 hộ", "327", 327, "count", "hộ", "hộ phải di dời nhà ở", total=1532),
    F("ban hành 1.498 quyết định", "1.498", 1498, "count", "quyết định", "quyết định thu hồi đất đã ban hành", percent=97.8,
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")),
    F("cho 1.455 hộ", "1.455", 1455, "count", "hộ", "hộ được chi trả bồi thường, hỗ trợ",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")),
    F("trên 846 tỷ đồng", "846", 846e9, "money", "đồng", "tiền chi trả bồi thường, hỗ trợ", approx="over",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")),
    F("chủ đầu tư 26,1/26,8 km", "26,1", 26.1, "measure", "km", "mặt bằng đã bàn giao cho chủ đầu tư", total=26.8, percent=97.4,
      change={"direction": "increase", "value": 2.6, "unit": "%", "baseline": "mức bình quân toàn tỉnh"},
      period=P("Đến ngày 10/10", None, "2024-10-10")),
    F("quy mô 6,2 ha", "6,2", 6.2, "measure", "ha", "quy mô khu tái định cư thị trấn Búng Tàu"),
    F("186 nền", "186", 186, "count", "nền", "nền khu tái định cư thị trấn Búng Tàu"),
    F("(4,5 ha", "4,5", 4.5, "measure", "ha", "quy mô khu tái định cư xã Tân Bình"),
    F("141 nền", "141", 141, "count", "nền", "nền khu tái định cư xã Tân Bình"),
    F("ước đạt 85% khối lượng", "85", 85, "percent", "%", "khối lượng khu tái định cư xã Tân Bình", status="estimate"),
    F("giao 214 nền", "214", 214, "count", "nền", "nền tái định cư đã bốc thăm, giao cho các hộ", period=NOW),
    F("còn 34 hộ", "34", 34, "count", "hộ", "hộ chưa nhận tiền bồi thường"),
    F("trong đó 21 hộ", "21", 21, "count", "hộ", "hộ chưa thống nhất đơn giá", total=34),
    F("13 hộ đang", "13", 13, "count", "hộ", "hộ đang tranh chấp thừa kế", total=34),
    F("bàn giao 100% mặt bằng", "100", 100, "percent", "%", "mặt bằng bàn giao", status="target",
      period=P("trước ngày 31/10/2024", None, "2024-10-31")),
    F("thành lập 7 tổ công tác", "7", 7, "count", "tổ công tác", "tổ công tác huyện thành lập"),
    F("do 1 lãnh đạo", "1", 1, "count", "lãnh đạo huyện", "lãnh đạo huyện phụ trách mỗi tổ", optional=True),
]
C = [
    "District portal (huyện Phụng Hiệp, Hậu Giang): GPMB and resettlement for cao tốc Cần Thơ - Cà Mau. Dateline 'Thứ Hai, 14/10/2024 - 09:15', byline at the end.",
    "Default location Phụng Hiệp (the district). 'Cần Thơ', 'Cà Mau' are inside the project's name; Búng Tàu/Tân Bình are a town and a commune (below district level,",
    "so the district stays the location). 'Quốc lộ 61', 'đường tỉnh 927', 'Nghị định số 88/2024/NĐ-CP', phone 0293.3870.125, 'trước ngày 31/10/2024' are not figures.",
    "'Từ đầu năm đến nay' runs from 2024-01-01 to the dateline; 'Đến ngày 10/10' takes 2024 from the dateline; 'Đến nay' is an as-of ending at the dateline.",
    "'trong đó 327 hộ' is part of 1.532 hộ; '34 hộ …, trong đó 21 hộ …, 13 hộ …' parts of 34. '26,1/26,8 km' total 26,8, percent 97,4 and the change",
    "'cao hơn 2,6% so với mức bình quân toàn tỉnh' (after the bracket). 'ước đạt 85%' estimate; 'phấn đấu … 100%' target. 'mỗi tổ do 1 lãnh đạo' optional.",
    "The project description figures (length, area, affected households) and 'Hiện còn 34 hộ' carry no period.",
]
build("p448-3", T, figs, C, published="2024-10-14", location="Phụng Hiệp")
