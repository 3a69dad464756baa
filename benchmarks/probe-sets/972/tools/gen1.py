"""p972-1: Thái Bình province portal, vụ Xuân 2024 rice seed production."""
from lib import F, C, T, P, I, year, write

TEXT = """
Trang chủ > Tin tức - Sự kiện > Kinh tế - Nông nghiệp

Vụ Xuân, Thái Bình sản xuất hơn 12.000 tấn lúa giống

Cập nhật: 14/05/2024 09:45 | Lượt xem: 1.236

Theo Sở Nông nghiệp và Phát triển nông thôn, vụ Xuân năm 2024 toàn tỉnh bố trí 1.850 ha sản xuất lúa giống, tăng 6,2% so với vụ Xuân năm 2023. Trong đó, giống siêu nguyên chủng 115 ha, giống nguyên chủng 420 ha và giống xác nhận 1.315 ha. Năng suất bình quân ước đạt 6,75 tấn/ha; sản lượng lúa giống ước đạt 12.490 tấn, tăng 8,5% so với cùng kỳ.

Ngoài lúa thuần, các doanh nghiệp đã liên kết sản xuất 310 ha hạt giống lúa lai F1 tại các huyện Vũ Thư (120 ha), Kiến Xương (105 ha) và Quỳnh Phụ (85 ha). Năng suất hạt lai F1 đạt khoảng 3,1 tấn/ha, cao nhất từ trước đến nay.

Hiện toàn tỉnh có 14 doanh nghiệp và 27 hợp tác xã tham gia sản xuất, kinh doanh giống lúa, mỗi năm cung ứng ra thị trường khoảng 25.000 tấn giống. Giá thu mua lúa giống xác nhận từ 9.500 đến 10.500 đồng/kg, cao hơn lúa thương phẩm khoảng 1.500 đồng/kg; mỗi ha lúa giống cho lãi 28-32 triệu đồng.

Tỷ lệ sử dụng giống xác nhận trong sản xuất đại trà của tỉnh đạt 96%. Theo Quyết định số 1125/QĐ-UBND ngày 20/6/2023 của UBND tỉnh, đến năm 2025 toàn tỉnh phấn đấu tự cung ứng 100% nhu cầu giống lúa thuần, diện tích sản xuất hạt lai F1 đạt 500 ha.

Tại cánh đồng giống của Hợp tác xã Nông nghiệp Vũ Hội (huyện Vũ Thư) ven Quốc lộ 10, ông Nguyễn Văn Tám, Giám đốc hợp tác xã cho biết vụ này đơn vị sản xuất 65 ha giống xác nhận, bao tiêu toàn bộ cho xã viên. Hợp tác xã vừa tổ chức hội nghị đầu bờ lần thứ 3 để giới thiệu các giống mới.
"""

X24 = year("vụ Xuân năm 2024", 2024)
HEAD = year("Vụ Xuân", 2024)
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("sản xuất hơn 12.000 tấn lúa giống", "12.000", 12000, "measure", "tấn", "lúa giống sản xuất",
      HEAD, approx="over"),
    F("bố trí 1.850 ha", "1.850", 1850, "measure", "ha", "diện tích sản xuất lúa giống", X24,
      change=C("increase", 6.2, "%", "vụ Xuân năm 2023")),
    F("siêu nguyên chủng 115 ha", "115", 115, "measure", "ha", "diện tích giống siêu nguyên chủng", I(X24),
      total=1850),
    F("giống nguyên chủng 420 ha", "420", 420, "measure", "ha", "diện tích giống nguyên chủng", I(X24),
      total=1850),
    F("xác nhận 1.315 ha", "1.315", 1315, "measure", "ha", "diện tích giống xác nhận", I(X24), total=1850),
    F("ước đạt 6,75 tấn/ha", "6,75", 6.75, "measure", "tấn/ha", "năng suất lúa giống bình quân", I(X24),
      status="estimate"),
    F("ước đạt 12.490 tấn", "12.490", 12490, "measure", "tấn", "sản lượng lúa giống", I(X24),
      status="estimate", change=C("increase", 8.5, "%", "cùng kỳ")),
    F("sản xuất 310 ha hạt giống", "310", 310, "measure", "ha", "diện tích sản xuất hạt giống lúa lai F1",
      I(X24)),
    F("Vũ Thư (120 ha)", "120", 120, "measure", "ha", "diện tích sản xuất hạt giống lúa lai F1", I(X24),
      total=310, location="Vũ Thư"),
    F("Kiến Xương (105 ha)", "105", 105, "measure", "ha", "diện tích sản xuất hạt giống lúa lai F1", I(X24),
      total=310, location="Kiến Xương"),
    F("Quỳnh Phụ (85 ha)", "85", 85, "measure", "ha", "diện tích sản xuất hạt giống lúa lai F1", I(X24),
      total=310, location="Quỳnh Phụ"),
    F("khoảng 3,1 tấn/ha", "3,1", 3.1, "measure", "tấn/ha", "năng suất hạt lai F1", I(X24), approx="about"),
    F("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
      "doanh nghiệp tham gia sản xuất, kinh doanh giống lúa"),
    F("27 hợp tác xã", "27", 27, "count", "hợp tác xã", "hợp tác xã tham gia sản xuất, kinh doanh giống lúa"),
    F("khoảng 25.000 tấn giống", "25.000", 25000, "measure", "tấn/năm", "giống cung ứng ra thị trường mỗi năm",
      approx="about"),
    F("từ 9.500 đến 10.500 đồng/kg", "9.500", 9500, "money", "đồng/kg", "giá thu mua lúa giống xác nhận",
      value_max=10500, change=C("increase", 1500, "đồng/kg", "lúa thương phẩm", "about")),
    F("lãi 28-32 triệu đồng", "28", 28000000, "money", "đồng/ha", "lãi mỗi ha lúa giống",
      value_max=32000000),
    F("đại trà của tỉnh đạt 96%", "96", 96, "percent", "%", "tỷ lệ sử dụng giống xác nhận trong sản xuất đại trà"),
    F("100% nhu cầu", "100", 100, "percent", "%", "tỷ lệ tự cung ứng nhu cầu giống lúa thuần", T25,
      status="target"),
    F("đạt 500 ha", "500", 500, "measure", "ha", "diện tích sản xuất hạt lai F1", T25, status="target"),
    F("sản xuất 65 ha giống xác nhận", "65", 65, "measure", "ha",
      "diện tích giống xác nhận của Hợp tác xã Nông nghiệp Vũ Hội", I(X24), location="Vũ Thư"),
]

NOTES = [
    "Thái Bình province portal: vụ Xuân 2024 rice-seed area by seed class, yield, output, F1 hybrid seed by district.",
    "A crop season with a year ('vụ Xuân năm 2024') is given the calendar span of the year it names; the year-less",
    "headline 'Vụ Xuân' takes 2024 from the dateline. 'cao hơn lúa thương phẩm khoảng 1.500 đồng/kg' is the change of",
    "the price range. District items in brackets add up to 310 ha: total 310, location the district.",
    "Distractors: Lượt xem, Quyết định số 1125/QĐ-UBND ngày 20/6/2023, Quốc lộ 10, Nguyễn Văn Tám, lần thứ 3, F1.",
]

write("p972-1", TEXT, NOTES, FIGS, published="2024-05-14", location="Thái Bình")
