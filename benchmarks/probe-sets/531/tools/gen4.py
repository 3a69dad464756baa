from lib import F, P, INH, CH, TG, emit

TEXT = """BỘ CÔNG AN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ › Tin tức › Hoạt động của lực lượng Công an nhân dân

Năm 2023, tỷ lệ điều tra, khám phá án hình sự đạt 84,15%

Ngày đăng: 28/12/2023 | Lượt xem: 3.512

Theo báo cáo tại Hội nghị Công an toàn quốc lần thứ 79, trong năm 2023 (từ ngày 15/12/2022 đến ngày 14/11/2023), tội phạm về trật tự xã hội giảm 4,25% so với năm 2022. Tỷ lệ điều tra, khám phá án đạt 84,15%, vượt chỉ tiêu Quốc hội giao (75%); riêng trọng án đạt 96,23%. Lực lượng Công an đã bắt, vận động đầu thú và thanh loại 8.312 đối tượng truy nã, trong đó có 1.146 đối tượng truy nã nguy hiểm và đặc biệt nguy hiểm.

Về ma túy, toàn lực lượng đã phát hiện, bắt giữ 29.367 vụ, 46.875 đối tượng; thu giữ 1,82 tấn heroin, 10,76 tấn ma túy tổng hợp và hơn 2,1 triệu viên ma túy các loại. Có 12 địa phương bắt giữ trên 1.000 vụ, gồm Hà Nội, TP. Hồ Chí Minh, Nghệ An, Sơn La...

Tai nạn giao thông giảm trên cả 3 tiêu chí: toàn quốc xảy ra 11.628 vụ, làm chết 6.300 người, bị thương 8.820 người; so với năm 2022 giảm lần lượt 3,2%, 2,1% và 4,7%. Lực lượng Cảnh sát giao thông đã xử lý hơn 4,47 triệu trường hợp vi phạm, phạt tiền trên 5.826 tỷ đồng.

Theo Báo cáo Chỉ số Luật pháp và Trật tự toàn cầu năm 2023, Việt Nam xếp thứ 38/121 quốc gia và vùng lãnh thổ với 84 điểm.

Năm 2024, Bộ Công an đặt mục tiêu kéo giảm tội phạm về trật tự xã hội từ 5% trở lên; tỷ lệ điều tra, khám phá án đạt trên 75%, trọng án trên 90%.

Đường dây nóng tiếp nhận tin báo tội phạm: 069.2342.593
"""

Y = P("từ ngày 15/12/2022 đến ngày 14/11/2023", "2022-12-15", "2023-11-14")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hình sự đạt 84,15%", "84,15", 84.15, "percent", "%", "tỷ lệ điều tra, khám phá án hình sự", Y23),
    F("giảm 4,25%", "4,25", 4.25, "percent", "%", "tội phạm về trật tự xã hội", Y),
    F("án đạt 84,15%, vượt", "84,15", 84.15, "percent", "%", "tỷ lệ điều tra, khám phá án", INH(Y),
      target=TG(75, "%", True)),
    F("trọng án đạt 96,23%", "96,23", 96.23, "percent", "%", "tỷ lệ điều tra, khám phá trọng án", INH(Y)),
    F("8.312 đối tượng", "8.312", 8312, "count", "đối tượng",
      "đối tượng truy nã bị bắt, vận động đầu thú và thanh loại", INH(Y)),
    F("1.146 đối tượng", "1.146", 1146, "count", "đối tượng", "đối tượng truy nã nguy hiểm và đặc biệt nguy hiểm",
      INH(Y), total=8312),
    F("29.367 vụ", "29.367", 29367, "count", "vụ", "vụ phạm tội về ma túy phát hiện, bắt giữ", INH(Y)),
    F("46.875 đối tượng", "46.875", 46875, "count", "đối tượng", "đối tượng phạm tội về ma túy bắt giữ", INH(Y)),
    F("1,82 tấn", "1,82", 1.82, "measure", "tấn", "heroin thu giữ", INH(Y)),
    F("10,76 tấn", "10,76", 10.76, "measure", "tấn", "ma túy tổng hợp thu giữ", INH(Y)),
    F("hơn 2,1 triệu viên", "2,1", 2100000, "count", "viên", "viên ma túy các loại thu giữ", INH(Y), approx="over"),
    F("Có 12 địa phương", "12", 12, "count", "địa phương", "địa phương bắt giữ trên 1.000 vụ ma túy", INH(Y)),
    F("trên 1.000 vụ", "1.000", 1000, "count", "vụ", "vụ ma túy bắt giữ", INH(Y), approx="over",
      optional=True),
    F("cả 3 tiêu chí", "3", 3, "count", "tiêu chí", "tiêu chí tai nạn giao thông", optional=True),
    F("xảy ra 11.628 vụ", "11.628", 11628, "count", "vụ", "vụ tai nạn giao thông", INH(Y),
      change=CH("decrease", 3.2, "%", "năm 2022")),
    F("chết 6.300 người", "6.300", 6300, "count", "người", "người chết do tai nạn giao thông", INH(Y),
      change=CH("decrease", 2.1, "%", "năm 2022")),
    F("thương 8.820 người", "8.820", 8820, "count", "người", "người bị thương do tai nạn giao thông", INH(Y),
      change=CH("decrease", 4.7, "%", "năm 2022")),
    F("hơn 4,47 triệu", "4,47", 4470000, "count", "trường hợp", "trường hợp vi phạm giao thông xử lý", INH(Y),
      approx="over"),
    F("trên 5.826 tỷ", "5.826", 5826000000000, "money", "đồng", "phạt tiền vi phạm giao thông", INH(Y),
      approx="over"),
    F("thứ 38/121", "38", 38, "rank", "hạng", "Chỉ số Luật pháp và Trật tự toàn cầu",
      P("năm 2023", "2023-01-01", "2023-12-31"), total=121),
    F("với 84 điểm", "84", 84, "measure", "điểm", "Chỉ số Luật pháp và Trật tự toàn cầu",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("từ 5% trở lên", "5", 5, "percent", "%", "kéo giảm tội phạm về trật tự xã hội", Y24,
      approx="at_least", status="target"),
    F("đạt trên 75%", "75", 75, "percent", "%", "tỷ lệ điều tra, khám phá án", Y24, approx="over", status="target"),
    F("trên 90%", "90", 90, "percent", "%", "tỷ lệ điều tra, khám phá trọng án", Y24, approx="over", status="target"),
]

COMMENTS = [
    "Bộ Công an portal (ministry site): national crime, drug, traffic results for the police year 2023. 'Ngày đăng: 28/12/2023 | Lượt xem: 3.512'.",
    "The body's 'năm 2023 (từ ngày 15/12/2022 đến ngày 14/11/2023)' defines the reporting year: the explicit dates are taken as the period;",
    "the headline's bare 'Năm 2023' is a calendar year. Location Việt Nam throughout (a count of provinces is national; the list after it",
    "does not make it provincial). 'giảm 4,25%' is a rate that is the claim (percent, no change). '(75%)' after 'vượt chỉ tiêu' is the target",
    "of 84,15% (met). 'so với năm 2022 giảm lần lượt 3,2%, 2,1% và 4,7%' are the changes of 11.628 vụ / 6.300 / 8.820 người.",
    "'38/121 quốc gia' is a rank with total 121. Optional: the threshold 'trên 1.000 vụ' and 'cả 3 tiêu chí' (cf. '3 trụ cột' in h04).",
    "Targets for 2024: 'từ 5% trở lên' (at_least), 'trên 75%', 'trên 90%' (over).",
    "Distractors: 'Lượt xem: 3.512', 'lần thứ 79', dates, 'so với năm 2022', '069.2342.593'.",
]

emit("p531-4", TEXT, COMMENTS, FIGS, published="2023-12-28", location="Việt Nam")
