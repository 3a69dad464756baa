from lib import F, P, build

TEXT = """Cổng Thông tin điện tử tỉnh Lâm Đồng
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn
Lâm Đồng: Quý I/2024 xảy ra 7 vụ cháy rừng, thiệt hại 12,6 ha
Cập nhật: 12/04/2024 08:45 | Lượt xem: 2.317

Theo báo cáo của Chi cục Kiểm lâm tỉnh, trong quý I/2024, trên địa bàn tỉnh xảy ra 7 vụ cháy rừng, tăng 2 vụ so với cùng kỳ năm 2023; tổng diện tích rừng bị thiệt hại là 12,6 ha, giảm 31,5% so với cùng kỳ. Trong số 7 vụ cháy, có 4 vụ cháy rừng thông trồng và 3 vụ cháy thảm cỏ, cây bụi dưới tán rừng tự nhiên.

Các vụ cháy tập trung tại các huyện Đức Trọng (3 vụ), Lâm Hà (2 vụ), Di Linh (1 vụ) và Bảo Lâm (1 vụ). Nguyên nhân chủ yếu do người dân đốt thực bì, dọn nương rẫy không kiểm soát được lửa.

Từ đầu năm đến nay, lực lượng kiểm lâm đã phối hợp tổ chức 1.245 lượt tuần tra, kiểm soát với khoảng 6.800 lượt người tham gia; ký cam kết bảo vệ rừng, phòng cháy, chữa cháy rừng (PCCCR) với 15.320 hộ dân sống gần rừng. Năm 2024, tỉnh bố trí hơn 18,5 tỷ đồng cho công tác PCCCR theo Nghị định số 156/2018/NĐ-CP.

Tính đến ngày 10/4, cấp dự báo cháy rừng tại 9/12 huyện, thành phố đang ở cấp IV và cấp V (cấp nguy hiểm và cấp cực kỳ nguy hiểm). UBND tỉnh đã ban hành Chỉ thị số 05/CT-UBND yêu cầu các địa phương duy trì lực lượng trực tại 46 chòi canh lửa trong suốt cao điểm mùa khô.

Tỷ lệ che phủ rừng của tỉnh năm 2023 đạt 55,08%. Tỉnh phấn đấu đến năm 2025 nâng tỷ lệ che phủ rừng lên 56%.

Mọi thông tin về cháy rừng, người dân báo ngay cho Chi cục Kiểm lâm qua số điện thoại 0263.3822.114 hoặc chính quyền địa phương nơi gần nhất.

Hoàng Yến
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Q1i = P("quý I/2024", "2024-01-01", "2024-03-31", inh=True)
HEAD = P("Quý I/2024", "2024-01-01", "2024-03-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-04-12")

FIGS = [
    F("Quý I/2024 xảy ra 7 vụ cháy rừng", "7", 7, "count", "vụ", "vụ cháy rừng", period=HEAD),
    F("thiệt hại 12,6 ha\n", "12,6", 12.6, "measure", "ha", "diện tích rừng thiệt hại", period=HEAD),
    F("tỉnh xảy ra 7 vụ cháy rừng, tăng", "7", 7, "count", "vụ", "vụ cháy rừng",
      change=dict(direction="increase", value=2, unit="vụ", baseline="cùng kỳ năm 2023"), period=Q1),
    F("thiệt hại là 12,6 ha", "12,6", 12.6, "measure", "ha", "tổng diện tích rừng bị thiệt hại",
      change=dict(direction="decrease", value=31.5, unit="%", baseline="cùng kỳ"), period=Q1),
    F("Trong số 7 vụ cháy", "7", 7, "count", "vụ", "vụ cháy rừng", period=Q1i, optional=True),
    F("có 4 vụ cháy rừng thông", "4", 4, "count", "vụ", "vụ cháy rừng thông trồng", total=7, period=Q1i),
    F("và 3 vụ cháy thảm cỏ", "3", 3, "count", "vụ", "vụ cháy thảm cỏ, cây bụi dưới tán rừng tự nhiên", total=7, period=Q1i),
    F("Đức Trọng (3 vụ)", "3", 3, "count", "vụ", "vụ cháy rừng", period=Q1i, location="Đức Trọng"),
    F("Lâm Hà (2 vụ)", "2", 2, "count", "vụ", "vụ cháy rừng", period=Q1i, location="Lâm Hà"),
    F("Di Linh (1 vụ)", "1", 1, "count", "vụ", "vụ cháy rừng", period=Q1i, location="Di Linh"),
    F("Bảo Lâm (1 vụ)", "1", 1, "count", "vụ", "vụ cháy rừng", period=Q1i, location="Bảo Lâm"),
    F("tổ chức 1.245 lượt tuần tra", "1.245", 1245, "count", "lượt tuần tra", "lượt tuần tra, kiểm soát", period=YTD),
    F("khoảng 6.800 lượt người", "6.800", 6800, "count", "lượt người", "lượt người tham gia tuần tra, kiểm soát",
      approx="about", period=YTD),
    F("với 15.320 hộ dân", "15.320", 15320, "count", "hộ dân", "hộ dân sống gần rừng ký cam kết bảo vệ rừng, PCCCR", period=YTD),
    F("hơn 18,5 tỷ đồng", "18,5", 18.5e9, "money", "đồng", "kinh phí bố trí cho công tác PCCCR", approx="over",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("tại 9/12 huyện", "9", 9, "count", "huyện, thành phố", "huyện, thành phố có cấp dự báo cháy rừng cấp IV và cấp V",
      total=12, period=P("Tính đến ngày 10/4", None, "2024-04-10")),
    F("tại 46 chòi canh lửa", "46", 46, "count", "chòi canh lửa", "chòi canh lửa duy trì lực lượng trực"),
    F("năm 2023 đạt 55,08%", "55,08", 55.08, "percent", "%", "tỷ lệ che phủ rừng",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("rừng lên 56%", "56", 56, "percent", "%", "tỷ lệ che phủ rừng", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
]

build("p292-1", TEXT, FIGS, [
    "Provincial portal (Cổng TTĐT tỉnh Lâm Đồng), breadcrumb, headline with figures, 'Cập nhật: dd/mm/yyyy hh:mm | Lượt xem' dateline; byline at the end.",
    "Headline figures are figures (period 'Quý I/2024' in the headline). 'Trong số 7 vụ cháy' restates the whole: optional; its parts have total 7.",
    "District list shares the indicator 'vụ cháy rừng'; districts are locations; period quý I/2024 inherited from the paragraph above.",
    "'Từ đầu năm đến nay' = 2024-01-01 .. published 2024-04-12. 'Tính đến ngày 10/4' takes year 2024 from the earlier quý I/2024.",
    "'46 chòi canh lửa': no period phrase in its sentence ('trong suốt cao điểm mùa khô' is not a datable period): period null.",
    "Distractors: view counter 2.317, Nghị định số 156/2018/NĐ-CP, Chỉ thị số 05/CT-UBND, phone 0263.3822.114, 'cấp IV', 'cấp V' (danger-level labels), dates.",
    "56% is a separate target figure (own sentence, own period 'đến năm 2025'), not a target attribute of 55,08% (năm 2023).",
], published="2024-04-12", location="Lâm Đồng")
