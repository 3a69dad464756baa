from lib import F, P, CH, TG, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ BÌNH MINH
Tin tức > Kinh tế

Bưởi Năm Roi được giá, nhà vườn phấn khởi
16/10/2024 09:42 | Lượt xem: 438

Trong quý III/2024, nông dân thị xã thu hoạch được 7.860 tấn bưởi Năm Roi, tăng 12,4% so với quý III/2023. Toàn thị xã hiện có 1.742 ha bưởi, trong đó 1.510 ha đang cho trái, năng suất bình quân khoảng 23 tấn/ha.

Bưởi Năm Roi được trồng tập trung ở các xã Mỹ Hòa (612 ha), Đông Thành (438 ha), Đông Thạnh (356 ha) và phường Thành Phước (194 ha). Thị xã đã có 11 mã số vùng trồng với diện tích 286,5 ha đủ điều kiện xuất khẩu sang Hoa Kỳ, Hà Lan và Nhật Bản.

Giá bưởi Năm Roi tại vườn hiện ở mức cao: loại 1 (trái nặng từ 1,2 kg trở lên) từ 22.000 đến 25.000 đồng/kg, tăng 5.000 đồng/kg so với đầu năm; loại 2 từ 12.000 đến 14.000 đồng/kg. Bưởi đạt chuẩn xuất khẩu được doanh nghiệp thu mua cao hơn giá thị trường 10-15%. Từ đầu năm đến nay, lợi nhuận bình quân của nhà vườn đạt 180-200 triệu đồng/ha.

Ông Lê Văn Tư, ngụ khóm 3, phường Cái Vồn, có 2,5 ha bưởi cho biết: "Năm nay gia đình tôi thu gần 60 tấn, lời hơn 400 triệu đồng".

Mục tiêu đến cuối năm 2025, thị xã nâng diện tích bưởi đạt chuẩn VietGAP lên 500 ha và có thêm 5 mã số vùng trồng.

Bản quyền thuộc UBND thị xã Bình Minh. Địa chỉ: số 1 đường Phan Văn Năm, phường Cái Vồn; Điện thoại: 0270.3890.216.
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3I = P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-16")
NAY = P("Năm nay", "2024-01-01", "2024-12-31")
T25 = P("đến cuối năm 2025", end="2025-12-31")

FIGS = [
    F("được 7.860 tấn", "7.860", 7860, "measure", "tấn", "bưởi Năm Roi thu hoạch",
      change=CH("increase", 12.4, "%", "quý III/2023"), period=Q3),
    F("hiện có 1.742 ha", "1.742", 1742, "measure", "ha", "diện tích bưởi", period=Q3I),
    F("trong đó 1.510 ha", "1.510", 1510, "measure", "ha", "diện tích bưởi đang cho trái", total=1742,
      period=Q3I),
    F("khoảng 23 tấn/ha", "23", 23, "measure", "tấn/ha", "năng suất bình quân", approx="about", period=Q3I),
    F("Mỹ Hòa (612 ha)", "612", 612, "measure", "ha", "diện tích trồng bưởi Năm Roi"),
    F("Đông Thành (438 ha)", "438", 438, "measure", "ha", "diện tích trồng bưởi Năm Roi"),
    F("Đông Thạnh (356 ha)", "356", 356, "measure", "ha", "diện tích trồng bưởi Năm Roi"),
    F("Thành Phước (194 ha)", "194", 194, "measure", "ha", "diện tích trồng bưởi Năm Roi"),
    F("có 11 mã số", "11", 11, "count", "mã số vùng trồng", "mã số vùng trồng"),
    F("diện tích 286,5 ha", "286,5", 286.5, "measure", "ha", "diện tích vùng trồng đủ điều kiện xuất khẩu"),
    F("từ 1,2 kg trở lên", "1,2", 1.2, "measure", "kg", "trọng lượng trái bưởi loại 1", approx="at_least",
      optional=True),
    F("từ 22.000 đến 25.000 đồng/kg", "22.000", 22000, "money", "đồng/kg", "giá bưởi Năm Roi loại 1 tại vườn",
      value_max=25000, change=CH("increase", 5000, "đồng/kg", "đầu năm")),
    F("từ 12.000 đến 14.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", "giá bưởi Năm Roi loại 2 tại vườn",
      value_max=14000),
    F("thị trường 10-15%", "10", 10, "percent", "%",
      "giá thu mua bưởi đạt chuẩn xuất khẩu cao hơn giá thị trường", value_max=15),
    F("đạt 180-200 triệu đồng/ha", "180", 180e6, "money", "đồng/ha", "lợi nhuận bình quân của nhà vườn",
      value_max=200e6, period=YTD),
    F("có 2,5 ha bưởi", "2,5", 2.5, "measure", "ha", "diện tích bưởi của ông Lê Văn Tư"),
    F("gần 60 tấn", "60", 60, "measure", "tấn", "bưởi gia đình ông Lê Văn Tư thu", approx="nearly",
      period=NAY),
    F("hơn 400 triệu đồng", "400", 400e6, "money", "đồng", "lời của gia đình ông Lê Văn Tư", approx="over",
      period=NAY),
    F("lên 500 ha", "500", 500, "measure", "ha", "diện tích bưởi đạt chuẩn VietGAP", status="target",
      period=T25),
    F("thêm 5 mã số", "5", 5, "count", "mã số vùng trồng", "mã số vùng trồng có thêm", status="target",
      period=T25),
]

COMMENTS = [
    "District-level portal (thị xã Bình Minh, Vĩnh Long): Năm Roi pomelo, Q3/2024 harvest, area, commune list, export codes, garden prices, 2025 targets.",
    "Dateline '16/10/2024 09:42 | Lượt xem: 438'. Location Bình Minh (a district-level town implies Vĩnh Long).",
    "'bưởi Năm Roi' and 'đường Phan Văn Năm' are names containing number words, not figures; 'khóm 3', 'số 1 đường', phone and counter are address/page furniture.",
    "Commune list (xã Mỹ Hòa ...): communes are below the district level the spec names for 'location', so location stays Bình Minh; no total (no cue, parts do not add up).",
    "The list and the codes are stock figures in a new paragraph with no period phrase: no period. 'tăng 12,4% so với quý III/2023': baseline, not the period.",
    "'cao hơn giá thị trường 10-15%' has no base amount of its own: a percent range figure. '(trái nặng từ 1,2 kg trở lên)' is a grade criterion: optional.",
    "A farmer's own figures (2,5 ha; quoted 'Năm nay ... gần 60 tấn, lời hơn 400 triệu đồng') are stated facts: required; 'Năm nay' = the dateline year 2024.",
]

write(7, TEXT, COMMENTS, FIGS, published="2024-10-16", location="Bình Minh")
