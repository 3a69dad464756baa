from lib import F, P, CH, TG, build

TEXT = """Làng lụa Vạn Phúc: Doanh thu 8 tháng ước đạt 96 tỷ đồng
Quang Minh (Trung tâm VH-TT&TT quận Hà Đông) 16:20 05/09/2024

Theo UBND phường Vạn Phúc, làng lụa Vạn Phúc hiện có 786 hộ với khoảng 2.300 lao động tham gia sản xuất, kinh doanh lụa; trong đó 52 hộ còn duy trì dệt với tổng số 340 khung dệt, gồm 290 khung dệt cơ khí và 50 khung dệt thủ công. Toàn phố Lụa có hơn 200 cửa hàng giới thiệu, bán sản phẩm.

8 tháng đầu năm 2024, sản lượng lụa các loại ước đạt 1,05 triệu mét, tăng 7,8% so với cùng kỳ; doanh thu ước đạt 96 tỷ đồng, bằng 68,6% kế hoạch năm. Làng nghề đón khoảng 152 nghìn lượt khách tham quan, mua sắm, trong đó khách quốc tế chiếm 41%. Giá lụa tơ tằm truyền thống dao động từ 250.000 đến 450.000 đồng/m; lụa vân, lụa gấm cao cấp có giá trên 1 triệu đồng/m.

Thu nhập bình quân của lao động làng nghề đạt 9,5 triệu đồng/người/tháng; phường không còn hộ nghèo. Tuy vậy, khoảng 80% nguyên liệu tơ phải nhập từ Trung Quốc, Lâm Đồng và Nam Định.

Năm 2024, phường phấn đấu doanh thu làng nghề đạt 140 tỷ đồng, thu hút 220.000 lượt khách. Dự kiến trong quý IV, quận sẽ tổ chức Lễ hội Làng lụa Vạn Phúc lần thứ 5 tại số 1 phố Lụa, từ 8 giờ đến 22 giờ ngày 12/10/2024. Thông tin liên hệ: Ban quản lý làng nghề, điện thoại 024.3382.5146.

Lượt xem: 867
"""

M8 = P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
M8i = P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Doanh thu 8 tháng ước đạt 96 tỷ đồng", "96", 96000000000, "money", "đồng", "doanh thu làng lụa Vạn Phúc",
      status="estimate", period=P("8 tháng", "2024-01-01", "2024-08-31")),
    F("có 786 hộ", "786", 786, "count", "hộ", "hộ làng lụa Vạn Phúc"),
    F("khoảng 2.300 lao động", "2.300", 2300, "count", "lao động", "lao động tham gia sản xuất, kinh doanh lụa",
      approx="about"),
    F("52 hộ còn duy trì dệt", "52", 52, "count", "hộ", "hộ còn duy trì dệt", total=786),
    F("tổng số 340 khung dệt", "340", 340, "count", "khung dệt", "khung dệt"),
    F("gồm 290 khung dệt", "290", 290, "count", "khung dệt", "khung dệt cơ khí", total=340),
    F("và 50 khung dệt", "50", 50, "count", "khung dệt", "khung dệt thủ công", total=340),
    F("hơn 200 cửa hàng", "200", 200, "count", "cửa hàng", "cửa hàng giới thiệu, bán sản phẩm", approx="over"),
    F("ước đạt 1,05 triệu mét", "1,05", 1050000, "measure", "mét", "sản lượng lụa các loại", status="estimate",
      change=CH("increase", 7.8, "%", "cùng kỳ"), period=M8),
    F("doanh thu ước đạt 96 tỷ đồng", "96", 96000000000, "money", "đồng", "doanh thu", status="estimate",
      percent=68.6, period=M8),
    F("khoảng 152 nghìn lượt khách", "152", 152000, "count", "lượt khách", "lượt khách tham quan, mua sắm",
      approx="about", period=M8i),
    F("chiếm 41%", "41", 41, "percent", "%", "tỷ lệ khách quốc tế", period=M8i),
    F("từ 250.000 đến 450.000 đồng/m", "250.000", 250000, "money", "đồng/m", "giá lụa tơ tằm truyền thống",
      value_max=450000, period=M8i),
    F("trên 1 triệu đồng/m", "1", 1000000, "money", "đồng/m", "giá lụa vân, lụa gấm cao cấp", approx="over",
      period=M8i),
    F("đạt 9,5 triệu đồng/người/tháng", "9,5", 9500000, "money", "đồng/người/tháng",
      "thu nhập bình quân của lao động làng nghề", period=M8i),
    F("khoảng 80% nguyên liệu tơ", "80", 80, "percent", "%", "tỷ lệ nguyên liệu tơ phải nhập", approx="about"),
    F("đạt 140 tỷ đồng", "140", 140000000000, "money", "đồng", "doanh thu làng nghề", status="target", period=Y24),
    F("thu hút 220.000 lượt khách", "220.000", 220000, "count", "lượt khách", "lượt khách", status="target", period=Y24),
]

COMMENTS = [
    "District portal (quận Hà Đông, Hà Nội); byline then '16:20 05/09/2024'; view counter at the end. Vạn Phúc silk-weaving village, 8 months 2024.",
    "Location of every figure: the district Hà Đông (the village is phường Vạn Phúc, quận Hà Đông). Headline figure: period '8 tháng' (2024 from the dateline).",
    "'trong đó 52 hộ …' is a part of 786 hộ (the whole counting the same thing, not 2.300 lao động); 'gồm 290 … và 50 …' parts of 340 khung dệt.",
    "'bằng 68,6% kế hoạch năm' is the share of 96 tỷ (percent attribute). 'trong đó khách quốc tế chiếm 41%' is the share of a part: a percent figure.",
    "'152 nghìn' = 152.000. Periods of the sentences after '8 tháng đầu năm 2024' are inherited.",
    "Distractors: 'Lễ hội … lần thứ 5' (edition, a name like 'phiên họp thứ ba'), 'số 1 phố Lụa', '8 giờ đến 22 giờ', 'ngày 12/10/2024', 'quý IV', phone 024.3382.5146, 'Lượt xem: 867'.",
]

build("p350-6", TEXT, COMMENTS, FIGS, published="2024-09-05", location="Hà Đông")
