from lib import F, P, Y, C, TG, build

T = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH THANH HÓA
Ngày đăng: 23/04/2024 | Lượt xem: 874

Lan tỏa văn hóa đọc: Thư viện tỉnh phục vụ hơn 1,2 triệu lượt bạn đọc năm 2023

Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam lần thứ 3 (21/4/2024), Thư viện tỉnh đã tổ chức chuỗi hoạt động trưng bày, giới thiệu sách tại Quảng trường Lam Sơn và 27 huyện, thị xã, thành phố.

Năm 2023, Thư viện tỉnh phục vụ 1,26 triệu lượt bạn đọc, tăng 12,4% so với năm 2022; cấp mới 6.820 thẻ bạn đọc, trong đó 4.150 thẻ cho học sinh, sinh viên. Tổng vốn tài liệu hiện có khoảng 412 nghìn bản, trong đó 18.600 bản được luân chuyển đến 52 thư viện, tủ sách cơ sở.

Xe thư viện lưu động đa phương tiện đã thực hiện 38 chuyến đến các trường học tại các huyện miền núi Mường Lát, Quan Sơn, Bá Thước, phục vụ gần 27.000 lượt học sinh. Thư viện số của tỉnh hiện có 2.315 tài liệu số hóa với hơn 540.000 trang; số lượt truy cập năm 2023 đạt 186.400 lượt, gấp 2,3 lần năm 2022.

Ở cấp huyện, số lượt bạn đọc lớn nhất thuộc thư viện các huyện Thọ Xuân (48.200 lượt), Hoằng Hóa (41.750 lượt) và thị xã Bỉm Sơn (36.900 lượt). Tuy nhiên, còn 5 thư viện huyện chưa có cán bộ chuyên trách; kinh phí bổ sung sách bình quân chỉ 15 - 20 triệu đồng/thư viện/năm.

Theo Kế hoạch số 96/KH-SVHTTDL, đến năm 2025 phấn đấu 100% thư viện cấp huyện được kết nối liên thông với Thư viện tỉnh; mỗi năm bổ sung từ 15.000 đến 20.000 bản sách mới; tỷ lệ người dân thường xuyên đọc sách đạt 30%.

Thư viện tỉnh Thanh Hóa, số 17 Đại lộ Lê Lợi, phường Lam Sơn, TP Thanh Hóa. ĐT: 0237.3852.317.
"""

Y23i = Y("Năm 2023", 2023, inh=True)
Y23 = Y("Năm 2023", 2023)
T25 = P("đến năm 2025", None, "2025-12-31")
figs = [
    F("hơn 1,2 triệu lượt", "1,2", 1200000, "count", "lượt bạn đọc", "lượt bạn đọc Thư viện tỉnh phục vụ",
      approx="over", period=Y("năm 2023", 2023)),
    F("và 27 huyện", "27", 27, "count", "huyện, thị xã, thành phố",
      "huyện, thị xã, thành phố tổ chức trưng bày, giới thiệu sách", optional=True),
    F("phục vụ 1,26 triệu lượt", "1,26", 1260000, "count", "lượt bạn đọc", "lượt bạn đọc Thư viện tỉnh phục vụ",
      change=C("increase", 12.4, "%", "năm 2022"), period=Y23),
    F("cấp mới 6.820 thẻ", "6.820", 6820, "count", "thẻ bạn đọc", "thẻ bạn đọc cấp mới", period=Y23),
    F("trong đó 4.150 thẻ", "4.150", 4150, "count", "thẻ", "thẻ bạn đọc cấp cho học sinh, sinh viên",
      total=6820, period=Y23),
    F("khoảng 412 nghìn bản", "412", 412000, "count", "bản", "tổng vốn tài liệu hiện có", approx="about"),
    F("trong đó 18.600 bản", "18.600", 18600, "count", "bản", "tài liệu được luân chuyển đến thư viện, tủ sách cơ sở",
      total=412000),
    F("đến 52 thư viện", "52", 52, "count", "thư viện, tủ sách cơ sở", "thư viện, tủ sách cơ sở nhận tài liệu luân chuyển"),
    F("thực hiện 38 chuyến", "38", 38, "count", "chuyến", "chuyến xe thư viện lưu động đa phương tiện",
      period=Y23i),
    F("gần 27.000 lượt", "27.000", 27000, "count", "lượt học sinh", "lượt học sinh được xe thư viện lưu động phục vụ",
      approx="nearly", period=Y23i),
    F("có 2.315 tài liệu", "2.315", 2315, "count", "tài liệu số hóa", "tài liệu số hóa của Thư viện số"),
    F("hơn 540.000 trang", "540.000", 540000, "count", "trang", "trang tài liệu số hóa", approx="over"),
    F("đạt 186.400 lượt", "186.400", 186400, "count", "lượt truy cập", "lượt truy cập Thư viện số",
      change=C("increase", 2.3, "lần", "năm 2022"), period=Y("năm 2023", 2023)),
    F("Thọ Xuân (48.200 lượt)", "48.200", 48200, "count", "lượt bạn đọc", "số lượt bạn đọc thư viện huyện",
      location="Thọ Xuân", period=Y23i),
    F("Hoằng Hóa (41.750 lượt)", "41.750", 41750, "count", "lượt bạn đọc", "số lượt bạn đọc thư viện huyện",
      location="Hoằng Hóa", period=Y23i),
    F("Bỉm Sơn (36.900 lượt)", "36.900", 36900, "count", "lượt bạn đọc", "số lượt bạn đọc thư viện thị xã",
      location="Bỉm Sơn", period=Y23i),
    F("còn 5 thư viện", "5", 5, "count", "thư viện huyện", "thư viện huyện chưa có cán bộ chuyên trách"),
    F("chỉ 15 - 20 triệu", "15", 15000000, "money", "đồng/thư viện/năm", "kinh phí bổ sung sách bình quân",
      value_max=20000000),
    F("phấn đấu 100% thư viện", "100", 100, "percent", "%", "thư viện cấp huyện được kết nối liên thông với Thư viện tỉnh",
      status="target", period=T25),
    F("từ 15.000 đến 20.000 bản", "15.000", 15000, "count", "bản sách", "bản sách mới bổ sung mỗi năm",
      value_max=20000, status="target", period=T25),
    F("đạt 30%", "30", 30, "percent", "%", "tỷ lệ người dân thường xuyên đọc sách", status="target", period=T25),
]

build("p270-3", T, figs, [
    "Sở VHTTDL Thanh Hóa (department site): libraries and reading culture 2023, targets to 2025. Dateline 'Ngày đăng: 23/04/2024 | Lượt xem: 874'.",
    "Distractors: view counter, 'Ngày Sách và Văn hóa đọc Việt Nam lần thứ 3 (21/4/2024)', 'Kế hoạch số 96/KH-SVHTTDL',",
    "address 'số 17 Đại lộ Lê Lợi', phone 0237.3852.317. '27 huyện, thị xã, thành phố' (venues of an event: structure) optional.",
    "Stock figures with 'hiện có' take no period. 'trong đó 18.600 bản được luân chuyển' is part of the 412 nghìn bản stock (total).",
    "'gấp 2,3 lần năm 2022' is the change of 186.400 lượt (unit lần). District list: location = district / town, period inherited.",
    "'15 - 20 triệu đồng/thư viện/năm' is a money range with the rate in the unit. 'đến năm 2025 phấn đấu' governs the three targets.",
], published="2024-04-23", location="Thanh Hóa")
