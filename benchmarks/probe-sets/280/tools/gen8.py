from lib import F, P, CH, emit

TEXT = """BÁO LÂM ĐỒNG ĐIỆN TỬ
Kinh tế - Nông nghiệp

Lâm Đồng: Giá trị sản xuất cây ăn quả quý III/2024 tăng 14,2%

(LĐ) - Quý III/2024, giá trị sản xuất ngành trồng cây ăn quả tỉnh Lâm Đồng ước đạt 2.870 tỷ đồng, tăng 14,2% so với cùng kỳ, trong đó sầu riêng ước đóng góp 1.960 tỷ đồng, chiếm 68,3%. Lũy kế 9 tháng năm 2024, giá trị sản xuất cây ăn quả ước đạt 6,4 nghìn tỷ đồng, đạt 82% kế hoạch năm.

Tính đến ngày 30/9/2024, tổng diện tích cây ăn quả toàn tỉnh đạt 48.720 ha; trong đó sầu riêng 24.530 ha (trồng thuần 15.810 ha, trồng xen 8.720 ha), bơ 10.850 ha, còn lại là mít, chanh dây và cây có múi. Diện tích sầu riêng tập trung tại huyện Đạ Huoai (6.240 ha), Di Linh (4.870 ha), Bảo Lâm (4.150 ha), Đạ Tẻh (3.960 ha) và thành phố Bảo Lộc (2.210 ha).

Toàn tỉnh hiện có 142 mã số vùng trồng sầu riêng xuất khẩu sang Trung Quốc với diện tích 6.986 ha và 38 cơ sở đóng gói. Từ đầu năm đến nay, các doanh nghiệp đã xuất khẩu hơn 41.000 tấn sầu riêng, trị giá trên 160 triệu USD. Giá sầu riêng Ri6 tại vườn ở Đạ Huoai hiện từ 65.000 đến 75.000 đồng/kg.

Thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy, theo Đề án phát triển cây ăn quả giai đoạn 2021-2025, đến năm 2025 Lâm Đồng phấn đấu đạt 55.000 ha cây ăn quả, trong đó sầu riêng 27.000 ha; tỷ lệ diện tích được cấp mã số vùng trồng đạt từ 30% đến 35%.

Hoàng Yến
14/10/2024
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
Q3h = P("quý III/2024", "2024-07-01", "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T30 = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
T30i = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
YTDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14", inh=True)
D25 = P("đến năm 2025", None, "2025-12-31")
DT = "diện tích sầu riêng"

FIGS = [
    F("tăng 14,2%\n", "14,2", 14.2, "percent", "%", "giá trị sản xuất cây ăn quả", Q3h),
    F("ước đạt 2.870 tỷ đồng", "2.870", 2870000000000, "money", "đồng", "giá trị sản xuất ngành trồng cây ăn quả", Q3,
      status="estimate", change=CH("increase", 14.2, "%", "cùng kỳ")),
    F("đóng góp 1.960 tỷ đồng", "1.960", 1960000000000, "money", "đồng", "giá trị sản xuất sầu riêng", Q3,
      total=2870000000000, percent=68.3, status="estimate"),
    F("ước đạt 6,4 nghìn tỷ đồng", "6,4", 6400000000000, "money", "đồng", "giá trị sản xuất cây ăn quả", M9,
      percent=82, status="estimate"),
    F("đạt 48.720 ha", "48.720", 48720, "measure", "ha", "tổng diện tích cây ăn quả", T30),
    F("sầu riêng 24.530 ha", "24.530", 24530, "measure", "ha", DT, T30, total=48720),
    F("thuần 15.810 ha", "15.810", 15810, "measure", "ha", "diện tích sầu riêng trồng thuần", T30, total=24530),
    F("xen 8.720 ha", "8.720", 8720, "measure", "ha", "diện tích sầu riêng trồng xen", T30, total=24530),
    F("bơ 10.850 ha", "10.850", 10850, "measure", "ha", "diện tích bơ", T30, total=48720),
    F("Đạ Huoai (6.240 ha)", "6.240", 6240, "measure", "ha", DT, T30i, location="Đạ Huoai"),
    F("Di Linh (4.870 ha)", "4.870", 4870, "measure", "ha", DT, T30i, location="Di Linh"),
    F("Bảo Lâm (4.150 ha)", "4.150", 4150, "measure", "ha", DT, T30i, location="Bảo Lâm"),
    F("Đạ Tẻh (3.960 ha)", "3.960", 3960, "measure", "ha", DT, T30i, location="Đạ Tẻh"),
    F("Bảo Lộc (2.210 ha)", "2.210", 2210, "measure", "ha", DT, T30i, location="Bảo Lộc"),
    F("có 142 mã", "142", 142, "count", "mã số vùng trồng", "mã số vùng trồng sầu riêng xuất khẩu sang Trung Quốc"),
    F("diện tích 6.986 ha", "6.986", 6986, "measure", "ha", "diện tích mã số vùng trồng sầu riêng"),
    F("và 38 cơ sở", "38", 38, "count", "cơ sở đóng gói", "cơ sở đóng gói"),
    F("hơn 41.000 tấn", "41.000", 41000, "measure", "tấn", "sầu riêng xuất khẩu", YTD, approx="over"),
    F("trên 160 triệu USD", "160", 160000000, "money", "USD", "trị giá sầu riêng xuất khẩu", YTD, approx="over"),
    F("từ 65.000 đến 75.000", "65.000", 65000, "money", "đồng/kg", "giá sầu riêng Ri6 tại vườn", YTDi,
      value_max=75000, location="Đạ Huoai"),
    F("đạt 55.000 ha", "55.000", 55000, "measure", "ha", "diện tích cây ăn quả", D25, status="target"),
    F("sầu riêng 27.000 ha", "27.000", 27000, "measure", "ha", DT, D25, total=55000, status="target"),
    F("từ 30% đến 35%", "30", 30, "percent", "%", "tỷ lệ diện tích được cấp mã số vùng trồng", D25,
      value_max=35, status="target"),
]

emit("p280-8", TEXT, [
    "Báo Lâm Đồng (Party newspaper, LĐ tag): fruit-tree production value Q3 and 9 months 2024, area by crop and district, codes, exports, 2025 plan.",
    "No dateline at the top; a bare date '14/10/2024' after the byline at the end is the article's date (published).",
    "Headline growth '14,2%' standing alone is a percent figure (no change object); in the body it is the change of 2.870 tỷ đồng.",
    "Parts: 1.960 tỷ of 2.870 tỷ; 24.530 and 10.850 ha of 48.720 ha; the bracketed breakdown 15.810 + 8.720 = 24.530 gives total 24.530.",
    "'hiện có 142 mã số ...' states no period phrase and the paragraph has none before it: period null. 'Từ đầu năm đến nay' = 2024-01-01 .. published.",
    "Distractors: Nghị quyết số 05-NQ/TU, 'giai đoạn 2021-2025' (name of the plan), 'Ri6', date at the end. Target range 'từ 30% đến 35%'.",
], FIGS, published="2024-10-14", location="Lâm Đồng")
