from lib import F, P, build

TEXT = """ỦY BAN DÂN TỘC - CỔNG THÔNG TIN ĐIỆN TỬ
Thứ Sáu, 18/10/2024 16:42

Sơ kết Tiểu dự án 2, Dự án 9: Tỷ lệ tảo hôn vùng đồng bào dân tộc thiểu số giảm dần

Sáng 18/10, tại Hà Nội, Ủy ban Dân tộc tổ chức Hội nghị sơ kết thực hiện Tiểu dự án 2 "Giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống trong vùng đồng bào dân tộc thiểu số và miền núi" thuộc Chương trình mục tiêu quốc gia 1719.

Theo kết quả Điều tra thu thập thông tin về thực trạng kinh tế - xã hội của 53 dân tộc thiểu số, tỷ lệ tảo hôn năm 2019 là 21,9%, giảm 4,7 điểm phần trăm so với năm 2014 (26,6%). Một số dân tộc có tỷ lệ tảo hôn rất cao như Mông (51,5%), Xinh Mun (49,3%), La Ha (48,1%), Rơ Măm (46,7%). Về hôn nhân cận huyết thống, tỷ lệ chung là 0,65%, cao nhất ở các dân tộc Lô Lô, Chứt, Mảng với tỷ lệ từ 3 đến 7%.

Giai đoạn 2021-2024, Tiểu dự án được triển khai tại 51 tỉnh, thành phố; các bộ, ngành, địa phương đã tổ chức hơn 48.000 cuộc truyền thông với trên 3,2 triệu lượt người tham gia, xây dựng và duy trì 1.125 mô hình điểm. Tổng vốn giải ngân đạt 512,6 tỷ đồng, bằng 68,2% kế hoạch.

Mục tiêu đến năm 2025 là mỗi năm giảm bình quân từ 2 đến 3% số cặp tảo hôn và từ 3 đến 5% số cặp kết hôn cận huyết thống; đến năm 2030 cơ bản ngăn chặn tình trạng tảo hôn, hôn nhân cận huyết thống.

Phát biểu tại hội nghị, Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc đề nghị các địa phương, nhất là 10 tỉnh có tỷ lệ tảo hôn trên 30%, tập trung nguồn lực cho các xã, thôn đặc biệt khó khăn.

Thanh Hà
"""

Y19 = P("năm 2019", "2019-01-01", "2019-12-31")
Y19i = P("năm 2019", "2019-01-01", "2019-12-31", inh=True)
G = P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
Gi = P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31", inh=True)
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("năm 2019 là 21,9%", "21,9", 21.9, "percent", "%", "tỷ lệ tảo hôn",
      change={"direction": "decrease", "value": 4.7, "unit": "điểm phần trăm", "baseline": "năm 2014"}, period=Y19),
    F("(26,6%)", "26,6", 26.6, "percent", "%", "tỷ lệ tảo hôn", period=P("năm 2014", "2014-01-01", "2014-12-31")),
    F("Mông (51,5%)", "51,5", 51.5, "percent", "%", "tỷ lệ tảo hôn dân tộc Mông", period=Y19i),
    F("Xinh Mun (49,3%)", "49,3", 49.3, "percent", "%", "tỷ lệ tảo hôn dân tộc Xinh Mun", period=Y19i),
    F("La Ha (48,1%)", "48,1", 48.1, "percent", "%", "tỷ lệ tảo hôn dân tộc La Ha", period=Y19i),
    F("Rơ Măm (46,7%)", "46,7", 46.7, "percent", "%", "tỷ lệ tảo hôn dân tộc Rơ Măm", period=Y19i),
    F("tỷ lệ chung là 0,65%", "0,65", 0.65, "percent", "%", "tỷ lệ hôn nhân cận huyết thống chung", period=Y19i),
    F("từ 3 đến 7%", "3", 3, "percent", "%", "tỷ lệ hôn nhân cận huyết thống các dân tộc Lô Lô, Chứt, Mảng",
      value_max=7, period=Y19i),
    F("tại 51 tỉnh, thành phố", "51", 51, "count", "tỉnh, thành phố", "tỉnh, thành phố triển khai Tiểu dự án", period=G),
    F("hơn 48.000 cuộc", "48.000", 48000, "count", "cuộc", "cuộc truyền thông", approx="over", period=G),
    F("trên 3,2 triệu lượt người", "3,2", 3200000, "count", "lượt người", "lượt người tham gia", approx="over", period=G),
    F("duy trì 1.125 mô hình", "1.125", 1125, "count", "mô hình", "mô hình điểm xây dựng và duy trì", period=G),
    F("đạt 512,6 tỷ đồng", "512,6", 512600000000, "money", "đồng", "tổng vốn giải ngân", percent=68.2, period=Gi),
    F("bình quân từ 2 đến 3%", "2", 2, "percent", "%", "số cặp tảo hôn giảm bình quân mỗi năm", value_max=3,
      status="target", period=T25),
    F("và từ 3 đến 5%", "3", 3, "percent", "%", "số cặp kết hôn cận huyết thống giảm bình quân mỗi năm", value_max=5,
      status="target", period=T25),
    F("nhất là 10 tỉnh", "10", 10, "count", "tỉnh", "tỉnh có tỷ lệ tảo hôn trên 30%"),
    F("trên 30%", "30", 30, "percent", "%", "tỷ lệ tảo hôn", approx="over", optional=True),
]

COMMENTS = [
    "Ministry site (Ủy ban Dân tộc), 'Thứ Sáu, dd/mm/yyyy hh:mm' dateline, byline at the end; national figures -> location Việt Nam.",
    "The venue 'tại Hà Nội' is not the place of the figures. '53 dân tộc thiểu số' is part of the survey's name (not a figure); 'Chương trình ... 1719' a name.",
    "'21,9%, giảm 4,7 điểm phần trăm so với năm 2014 (26,6%)': change on 21,9%; the bracketed 2014 level is a figure with period năm 2014.",
    "Ethnic groups are not places: list items keep location Việt Nam, the group stays in the subject. Ethnic list and 0,65% inherit năm 2019.",
    "Targets 'Mục tiêu đến năm 2025 ... từ 2 đến 3%' are ranges with status target, period (null, 2025-12-31). '512,6 tỷ đồng, bằng 68,2% kế hoạch' -> percent.",
    "'10 tỉnh có tỷ lệ tảo hôn trên 30%': the 10 is a count; the threshold 30% is optional.",
]

build("p347-4", TEXT, COMMENTS, FIGS, published="2024-10-18", location="Việt Nam")
