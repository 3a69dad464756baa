from lib import F, P, I, CH, emit

TEXT = """Cổng Giao tiếp điện tử Hà Nội
Trang chủ > Tin tức - Sự kiện > Văn hóa - Du lịch

Lễ hội Áo dài Du lịch Hà Nội thu hút hơn 45 nghìn lượt khách

Cập nhật: 21/10/2024 16:05
Lượt xem: 3.482

(HNP) - Sau 3 ngày diễn ra tại khu vực hồ Gươm (từ ngày 18 đến 20/10), Lễ hội Áo dài Du lịch Hà Nội lần thứ 3 đã thu hút hơn 45.000 lượt khách tham quan, tăng khoảng 28% so với lễ hội năm 2023. Trong đó, khách quốc tế ước đạt 6.300 lượt, chiếm 14% tổng lượt khách.

Lễ hội lần này có 120 gian hàng của 86 doanh nghiệp, cơ sở may áo dài, lụa tơ tằm và làng nghề trong và ngoài thành phố; trong đó Hà Nội có 52 đơn vị. Ban tổ chức trưng bày gần 1.500 bộ áo dài, trong đó có 320 bộ áo dài cổ từ đầu thế kỷ XX. Màn đồng diễn áo dài bên hồ Gươm tối 19/10 có khoảng 2.000 người tham gia, gồm 1.250 hội viên phụ nữ và 750 đoàn viên thanh niên.

Theo Sở Du lịch Hà Nội, tổng doanh thu từ bán hàng, dịch vụ tại lễ hội ước đạt 12,6 tỷ đồng, tăng 3,1 tỷ đồng so với năm trước. Công suất buồng phòng của các khách sạn 3-5 sao quanh hồ Gươm trong những ngày diễn ra lễ hội đạt 82-85%.

Năm 2025, thành phố đặt mục tiêu đón 30 triệu lượt khách du lịch, trong đó có 7 triệu lượt khách quốc tế. Thời gian tới, lễ hội dự kiến được mở rộng ra 5 quận nội thành theo Kế hoạch số 215/KH-UBND của UBND Thành phố.

Cổng Giao tiếp điện tử Hà Nội - Địa chỉ: số 12 Lê Lai, quận Hoàn Kiếm. Điện thoại: 024.3825.3536
"""

FEST = P("từ ngày 18 đến 20/10", "2024-10-18", "2024-10-20")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn 45 nghìn lượt khách", "45", 45000, "count", "lượt khách",
      "lượt khách Lễ hội Áo dài Du lịch Hà Nội thu hút", I(FEST), approx="over"),
    F("hơn 45.000 lượt khách", "45.000", 45000, "count", "lượt khách",
      "lượt khách tham quan Lễ hội Áo dài Du lịch Hà Nội", FEST, approx="over",
      change=CH("increase", 28, "%", "lễ hội năm 2023", approx="about")),
    F("ước đạt 6.300 lượt", "6.300", 6300, "count", "lượt", "khách quốc tế", I(FEST),
      total=45000, percent=14, status="estimate"),
    F("có 120 gian hàng", "120", 120, "count", "gian hàng", "gian hàng tại lễ hội"),
    F("của 86 doanh nghiệp", "86", 86, "count", "doanh nghiệp, cơ sở",
      "doanh nghiệp, cơ sở may áo dài, lụa tơ tằm và làng nghề tham gia lễ hội"),
    F("Hà Nội có 52 đơn vị", "52", 52, "count", "đơn vị", "đơn vị tham gia lễ hội", total=86),
    F("gần 1.500 bộ", "1.500", 1500, "count", "bộ áo dài", "bộ áo dài được trưng bày", approx="nearly"),
    F("có 320 bộ", "320", 320, "count", "bộ áo dài", "bộ áo dài cổ được trưng bày", total=1500),
    F("khoảng 2.000 người", "2.000", 2000, "count", "người", "người tham gia màn đồng diễn áo dài",
      approx="about"),
    F("gồm 1.250 hội viên", "1.250", 1250, "count", "hội viên", "hội viên phụ nữ tham gia đồng diễn",
      total=2000),
    F("và 750 đoàn viên", "750", 750, "count", "đoàn viên", "đoàn viên thanh niên tham gia đồng diễn",
      total=2000),
    F("ước đạt 12,6 tỷ", "12,6", 12600000000, "money", "đồng",
      "tổng doanh thu từ bán hàng, dịch vụ tại lễ hội", I(FEST), status="estimate",
      change=CH("increase", 3100000000, "đồng", "năm trước")),
    F("đạt 82-85%", "82", 82, "percent", "%",
      "công suất buồng phòng của các khách sạn 3-5 sao quanh hồ Gươm",
      value_max=85),
    F("đón 30 triệu", "30", 30000000, "count", "lượt khách", "lượt khách du lịch đón", Y25,
      status="target"),
    F("có 7 triệu", "7", 7000000, "count", "lượt khách", "lượt khách quốc tế", Y25,
      total=30000000, status="target"),
    F("ra 5 quận", "5", 5, "count", "quận", "quận nội thành được mở rộng tổ chức lễ hội",
      status="forecast"),
]

COMMENTS = [
    "Hà Nội city portal (breadcrumb, 'Cập nhật: 21/10/2024 16:05', 'Lượt xem: 3.482'): Lễ hội Áo dài Du lịch Hà Nội lần thứ 3 (18-20/10/2024).",
    "Lead period 'từ ngày 18 đến 20/10' (year of the dateline) is scored on the lead count; later sentences inherit it (unscored).",
    "'Sau 3 ngày diễn ra' is a duration that only locates the figures in time; 'lần thứ 3', 'thế kỷ XX', 'khách sạn 3-5 sao' (a class), 'tối 19/10',",
    "'Kế hoạch số 215/KH-UBND', 'số 12 Lê Lai', phone and 'Lượt xem' are not figures. 'tối 19/10' is a date: no period given for the 2.000 (unscored).",
    "Parts after 'Trong đó'/'trong đó'/'gồm' take the whole before the cue; 'chiếm 14% tổng lượt khách' is the share of 6.300.",
    "'tăng 3,1 tỷ đồng so với năm trước' is the change of 12,6 tỷ. 'dự kiến được mở rộng ra 5 quận' is a forecast count.",
    "revised after the first scoring: subject of 'Hà Nội có 52 đơn vị' no longer repeats the place (Hà Nội is its location; FIGURES.md: a place",
    "goes to location, never the subject): 'đơn vị tham gia lễ hội'.",
]

emit("p785-1", TEXT, COMMENTS, FIGS, published="2024-10-21", location="Hà Nội")
