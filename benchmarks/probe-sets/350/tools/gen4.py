from lib import F, P, CH, TG, build

TEXT = """Ngành ươm tơ, dệt lụa Lâm Đồng: Tín hiệu tích cực trong quý I/2024
Ngày đăng: 12/04/2024 | Lượt xem: 1.254

Theo số liệu của Sở Công Thương, trên địa bàn tỉnh Lâm Đồng hiện có 32 cơ sở ươm tơ, dệt lụa đang hoạt động, trong đó thành phố Bảo Lộc có 21 cơ sở, huyện Bảo Lâm 6 cơ sở, huyện Lâm Hà 5 cơ sở. Tổng công suất thiết kế đạt khoảng 1.800 tấn tơ/năm; toàn ngành có 78 dây chuyền ươm tơ tự động, tăng 9 dây chuyền so với cuối năm 2023, giải quyết việc làm cho hơn 3.500 lao động.

Quý I/2024, sản lượng tơ các loại ước đạt 412 tấn, tăng 11,3% so với cùng kỳ năm 2023; lụa tơ tằm 1,86 triệu mét, tăng 6,7%. Kim ngạch xuất khẩu tơ, lụa ước đạt 27,4 triệu USD, chiếm 4,2% kim ngạch xuất khẩu của tỉnh. Thị trường chính là Ấn Độ (chiếm 58%), Nhật Bản (15%) và Hàn Quốc.

Giá tơ tự động 2A xuất khẩu trong quý dao động 58-61 USD/kg; giá kén tại Bảo Lộc khoảng 190.000-205.000 đồng/kg, giá kén vàng thấp hơn 10.000-15.000 đồng/kg.

Theo ông Nguyễn Văn Bình, Phó Giám đốc Công ty TNHH Tơ tằm Đông Nam Á 88 (số 15 đường Trần Phú, phường Lộc Sơn, TP Bảo Lộc), công ty có 12 dây chuyền ươm tơ tự động, mỗi tháng xuất khẩu 25-30 tấn tơ. Đơn hàng đã ký kín đến hết quý III/2024.

Năm 2024, ngành phấn đấu đạt sản lượng tơ 1.650 tấn, kim ngạch xuất khẩu tơ lụa 115 triệu USD; đến năm 2025, 100% cơ sở ươm tơ sử dụng dây chuyền tự động theo Quyết định số 1425/QĐ-UBND của UBND tỉnh.
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q1i = P("Quý I/2024", "2024-01-01", "2024-03-31", inh=True)
TQ = P("trong quý", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hiện có 32 cơ sở", "32", 32, "count", "cơ sở", "cơ sở ươm tơ, dệt lụa đang hoạt động"),
    F("có 21 cơ sở", "21", 21, "count", "cơ sở", "cơ sở ươm tơ, dệt lụa đang hoạt động", total=32, location="Bảo Lộc"),
    F("Bảo Lâm 6 cơ sở", "6", 6, "count", "cơ sở", "cơ sở ươm tơ, dệt lụa đang hoạt động", total=32, location="Bảo Lâm"),
    F("Lâm Hà 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở ươm tơ, dệt lụa đang hoạt động", total=32, location="Lâm Hà"),
    F("khoảng 1.800 tấn tơ/năm", "1.800", 1800, "measure", "tấn/năm", "tổng công suất thiết kế", approx="about"),
    F("có 78 dây chuyền", "78", 78, "count", "dây chuyền", "dây chuyền ươm tơ tự động",
      change=CH("increase", 9, "dây chuyền", "cuối năm 2023")),
    F("hơn 3.500 lao động", "3.500", 3500, "count", "lao động", "lao động ngành ươm tơ, dệt lụa", approx="over"),
    F("ước đạt 412 tấn", "412", 412, "measure", "tấn", "sản lượng tơ các loại", status="estimate",
      change=CH("increase", 11.3, "%", "cùng kỳ năm 2023"), period=Q1),
    F("1,86 triệu mét", "1,86", 1860000, "measure", "mét", "lụa tơ tằm", status="estimate",
      change=CH("increase", 6.7, "%", None), period=Q1),
    F("ước đạt 27,4 triệu USD", "27,4", 27400000, "money", "USD", "kim ngạch xuất khẩu tơ, lụa", status="estimate",
      percent=4.2, period=Q1i),
    F("Ấn Độ (chiếm 58%)", "58", 58, "percent", "%", "tỷ trọng thị trường xuất khẩu tơ, lụa Ấn Độ", period=Q1i),
    F("Nhật Bản (15%)", "15", 15, "percent", "%", "tỷ trọng thị trường xuất khẩu tơ, lụa Nhật Bản", period=Q1i),
    F("dao động 58-61 USD/kg", "58", 58, "money", "USD/kg", "giá tơ tự động 2A xuất khẩu", value_max=61, period=TQ),
    F("khoảng 190.000-205.000 đồng/kg", "190.000", 190000, "money", "đồng/kg", "giá kén", value_max=205000,
      approx="about", period=TQ, location="Bảo Lộc"),
    F("thấp hơn 10.000-15.000 đồng/kg", "10.000", 10000, "money", "đồng/kg", "mức giá kén vàng thấp hơn",
      value_max=15000, period=TQ, location="Bảo Lộc"),
    F("có 12 dây chuyền", "12", 12, "count", "dây chuyền", "dây chuyền ươm tơ tự động của Công ty TNHH Tơ tằm Đông Nam Á 88",
      location="Bảo Lộc"),
    F("xuất khẩu 25-30 tấn tơ", "25", 25, "measure", "tấn", "tơ xuất khẩu mỗi tháng của công ty", value_max=30,
      location="Bảo Lộc"),
    F("sản lượng tơ 1.650 tấn", "1.650", 1650, "measure", "tấn", "sản lượng tơ", status="target", period=Y24),
    F("lụa 115 triệu USD", "115", 115000000, "money", "USD", "kim ngạch xuất khẩu tơ lụa", status="target", period=Y24),
    F("100% cơ sở ươm tơ", "100", 100, "percent", "%", "cơ sở ươm tơ sử dụng dây chuyền tự động", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
]

COMMENTS = [
    "Department site (Sở Công Thương Lâm Đồng), 'Ngày đăng: 12/04/2024 | Lượt xem: 1.254'. Silk reeling and weaving establishments, quý I/2024.",
    "'trong đó thành phố Bảo Lộc có 21 cơ sở, huyện Bảo Lâm 6 …, huyện Lâm Hà 5 …': parts of 32 (total), location = the city/district.",
    "'tăng 9 dây chuyền so với cuối năm 2023' is the change of 78 (unit dây chuyền). 'lụa tơ tằm 1,86 triệu mét' continues the 'ước đạt' clause: estimate.",
    "'chiếm 4,2%' is the share of 27,4 triệu USD. Export markets are not places: 'Ấn Độ (chiếm 58%)', 'Nhật Bản (15%)' keep the province, subject names the market.",
    "'trong quý' = quý I/2024 (stated in the sentence). 'giá kén vàng thấp hơn 10.000-15.000 đồng/kg' has no base figure of its own subject: a figure (gap) itself.",
    "Company in 'TP Bảo Lộc' -> location Bảo Lộc. 'mỗi tháng' is no period. Targets: 'Năm 2024, ngành phấn đấu …', 'đến năm 2025, 100% …'.",
    "Distractors: 'tơ tự động 2A' (grade), 'Công ty TNHH Tơ tằm Đông Nam Á 88' (name), 'số 15 đường Trần Phú', 'quý III/2024', 'Quyết định số 1425/QĐ-UBND', 'Lượt xem: 1.254'.",
]

build("p350-4", TEXT, COMMENTS, FIGS, published="2024-04-12", location="Lâm Đồng")
