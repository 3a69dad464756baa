from lib import F, P, CH, TG, build

TEXT = """Phát triển dâu tằm tơ bền vững, hướng tới kim ngạch 300 triệu USD

Sáng 14/3, tại TP Bảo Lộc (Lâm Đồng), Bộ Nông nghiệp và Phát triển nông thôn phối hợp với UBND tỉnh Lâm Đồng tổ chức Hội nghị phát triển ngành dâu tằm tơ bền vững.

Theo Cục Trồng trọt, năm 2023 cả nước có khoảng 53.600 ha dâu, tăng gần 2,3 lần so với năm 2015 (23.600 ha); sản lượng kén đạt 112.000 tấn; tổng giá trị sản xuất toàn ngành ước đạt khoảng 12 nghìn tỷ đồng. Diện tích dâu phân bố tại 38 tỉnh, thành phố, trong đó Lâm Đồng dẫn đầu với 10.200 ha, chiếm 19% diện tích cả nước; tiếp đến là Sơn La 4.700 ha, Yên Bái 1.300 ha, Cao Bằng 1.150 ha.

Năng suất kén bình quân đạt 2,1 tấn/ha/năm; ở các vùng áp dụng giống dâu VH15 và tằm lưỡng hệ, năng suất lên tới 3-3,5 tấn/ha/năm. Lợi nhuận từ dâu tằm đạt 120-150 triệu đồng/ha, gấp 2-3 lần trồng lúa.

Cả nước hiện có 85 doanh nghiệp và cơ sở ươm tơ có dây chuyền tự động (tổng cộng 212 dây chuyền), trong đó Lâm Đồng có 45 cơ sở. Năm 2023, kim ngạch xuất khẩu tơ tằm, lụa tơ tằm đạt 245 triệu USD, giảm 4,5% so với năm 2022 do nhu cầu từ Ấn Độ sụt giảm; Việt Nam hiện đứng thứ 3 thế giới về sản lượng tơ, sau Trung Quốc và Ấn Độ.

Theo Đề án phát triển ngành dâu tằm tơ giai đoạn 2021-2025, tầm nhìn đến năm 2030, đến năm 2025 diện tích dâu đạt 60.000 ha; đến năm 2030 kim ngạch xuất khẩu đạt 300 triệu USD, trong đó tỷ trọng lụa thành phẩm chiếm trên 30%.

15/03/2024
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("kim ngạch 300 triệu USD\n", "300", 300000000, "money", "USD", "kim ngạch xuất khẩu tơ lụa", status="target"),
    F("khoảng 53.600 ha dâu", "53.600", 53600, "measure", "ha", "diện tích dâu", approx="about",
      change=CH("increase", 2.3, "lần", "năm 2015", approx="nearly"), period=Y23),
    F("(23.600 ha)", "23.600", 23600, "measure", "ha", "diện tích dâu năm 2015",
      period=P("năm 2015", "2015-01-01", "2015-12-31")),
    F("đạt 112.000 tấn", "112.000", 112000, "measure", "tấn", "sản lượng kén", period=Y23),
    F("khoảng 12 nghìn tỷ đồng", "12", 12000000000000, "money", "đồng", "tổng giá trị sản xuất toàn ngành dâu tằm tơ",
      approx="about", status="estimate", period=Y23),
    F("tại 38 tỉnh, thành phố", "38", 38, "count", "tỉnh, thành phố", "tỉnh, thành phố có diện tích dâu", period=Y23i),
    F("với 10.200 ha", "10.200", 10200, "measure", "ha", "diện tích dâu", percent=19, location="Lâm Đồng", period=Y23i),
    F("Sơn La 4.700 ha", "4.700", 4700, "measure", "ha", "diện tích dâu", location="Sơn La", period=Y23i),
    F("Yên Bái 1.300 ha", "1.300", 1300, "measure", "ha", "diện tích dâu", location="Yên Bái", period=Y23i),
    F("Cao Bằng 1.150 ha", "1.150", 1150, "measure", "ha", "diện tích dâu", location="Cao Bằng", period=Y23i),
    F("đạt 2,1 tấn/ha/năm", "2,1", 2.1, "measure", "tấn/ha/năm", "năng suất kén bình quân", period=Y23i),
    F("lên tới 3-3,5 tấn/ha/năm", "3", 3, "measure", "tấn/ha/năm",
      "năng suất kén ở các vùng áp dụng giống dâu VH15 và tằm lưỡng hệ", value_max=3.5, period=Y23i),
    F("đạt 120-150 triệu đồng/ha", "120", 120000000, "money", "đồng/ha", "lợi nhuận từ dâu tằm", value_max=150000000,
      change=CH("increase", 2, "lần", "trồng lúa"), period=Y23i),
    F("có 85 doanh nghiệp", "85", 85, "count", "doanh nghiệp và cơ sở ươm tơ",
      "doanh nghiệp và cơ sở ươm tơ có dây chuyền tự động"),
    F("(tổng cộng 212 dây chuyền)", "212", 212, "count", "dây chuyền", "dây chuyền ươm tơ tự động"),
    F("Lâm Đồng có 45 cơ sở", "45", 45, "count", "cơ sở", "doanh nghiệp và cơ sở ươm tơ có dây chuyền tự động",
      total=85, location="Lâm Đồng"),
    F("đạt 245 triệu USD", "245", 245000000, "money", "USD", "kim ngạch xuất khẩu tơ tằm, lụa tơ tằm",
      change=CH("decrease", 4.5, "%", "năm 2022"), period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("đứng thứ 3 thế giới", "3", 3, "rank", "hạng", "sản lượng tơ"),
    F("dâu đạt 60.000 ha", "60.000", 60000, "measure", "ha", "diện tích dâu", status="target", period=T25),
    F("đạt 300 triệu USD,", "300", 300000000, "money", "USD", "kim ngạch xuất khẩu", status="target", period=T30),
    F("chiếm trên 30%", "30", 30, "percent", "%", "tỷ trọng lụa thành phẩm trong kim ngạch xuất khẩu", approx="over",
      status="target", period=T30),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT), national sericulture conference; no dateline, bare date '15/03/2024' at the end taken as published.",
    "Headline 'hướng tới kim ngạch 300 triệu USD' is a target figure (no period). 'tăng gần 2,3 lần so với năm 2015' is the change of 53.600 ha;",
    "the bracketed baseline '(23.600 ha)' is the 2015 area, a figure of its own. 'khoảng 12 nghìn tỷ đồng' = 12·10¹² (ước đạt: estimate).",
    "'trong đó Lâm Đồng … 10.200 ha' follows '38 tỉnh, thành phố' (a count of provinces, not the area): no total; 'chiếm 19%' is its share.",
    "Province list items: location = province, subject = diện tích dâu. 'gấp 2-3 lần trồng lúa' = change of the profit (lower end 2 lần).",
    "'(tổng cộng 212 dây chuyền)' counts lines, not establishments: a figure of its own; 'Lâm Đồng có 45 cơ sở' is a part of 85 (total).",
    "'đến năm 2025/2030' targets (end only); 'trong đó tỷ trọng … chiếm trên 30%' is a percent figure (a share of a part), target.",
    "Distractors: 'Sáng 14/3', 'giai đoạn 2021-2025', 'tầm nhìn đến năm 2030' (name of the Đề án), 'giống dâu VH15', trade partners Ấn Độ, Trung Quốc.",
]

build("p350-5", TEXT, COMMENTS, FIGS, published="2024-03-15", location="Việt Nam")
