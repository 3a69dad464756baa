from lib import F, P, CH, TG, emit

TEXT = """
Kết nối cung cầu: Hà Nội ký hơn 150 biên bản ghi nhớ tiêu thụ nông sản với các địa phương

Hội nghị kết nối cung cầu hàng hóa giữa TP Hà Nội và các tỉnh, thành phố năm 2024 do Sở Công Thương Hà Nội tổ chức đã thu hút 650 doanh nghiệp đến từ 51 tỉnh, thành phố tham gia, trưng bày khoảng 2.000 sản phẩm nông sản, thực phẩm, trong đó hơn 1.200 sản phẩm OCOP.

Tại hội nghị, các doanh nghiệp, hệ thống phân phối đã ký kết 153 biên bản ghi nhớ hợp tác; các địa phương ký nhiều nhất là Hòa Bình (18 biên bản), Bắc Giang (15 biên bản), Lào Cai (12 biên bản).

Theo Sở Công Thương Hà Nội, từ năm 2021 đến nay, thành phố đã tổ chức trên 100 hội nghị, hội chợ và tuần hàng kết nối với các tỉnh, thành phố, giúp tiêu thụ hàng chục nghìn tấn nông sản. Tính đến 30/9/2024, Hà Nội đã ký 64 thỏa thuận hợp tác với 58 tỉnh, thành phố. Trong quý III/2024, sản lượng nông sản các tỉnh tiêu thụ qua hệ thống siêu thị, chợ đầu mối trên địa bàn đạt khoảng 390.000 tấn, tăng 7,4% so với quý II/2024 và chiếm gần 40% lượng nông sản tiêu thụ tại Hà Nội.

Năm 2023, tổng mức bán lẻ hàng hóa của thành phố đạt 703.500 tỷ đồng; nhu cầu tiêu thụ nông sản, thực phẩm của người dân Thủ đô khoảng 2,5 - 3 triệu tấn mỗi năm, trong khi khả năng tự cung ứng của Hà Nội chỉ đáp ứng dưới 50%.

Năm 2025, Hà Nội phấn đấu tổ chức không dưới 30 hoạt động kết nối cung cầu, xây dựng 20 điểm giới thiệu và bán sản phẩm OCOP mới.

Đường dây nóng Sở Công Thương Hà Nội: 024.3825.2416. Địa chỉ: 331 Cầu Giấy, quận Cầu Giấy.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("ký hơn 150 biên bản", "150", 150, "count", "biên bản ghi nhớ",
      "biên bản ghi nhớ tiêu thụ nông sản ký với các địa phương", approx="over"),
    F("thu hút 650 doanh nghiệp", "650", 650, "count", "doanh nghiệp", "doanh nghiệp tham gia hội nghị kết nối cung cầu", Y24),
    F("từ 51 tỉnh", "51", 51, "count", "tỉnh, thành phố", "tỉnh, thành phố có doanh nghiệp tham gia hội nghị", Y24,
      location="Việt Nam"),
    F("khoảng 2.000 sản phẩm", "2.000", 2000, "count", "sản phẩm", "sản phẩm nông sản, thực phẩm trưng bày", Y24,
      approx="about"),
    F("hơn 1.200 sản phẩm", "1.200", 1200, "count", "sản phẩm OCOP", "sản phẩm OCOP trưng bày", Y24,
      approx="over", total=2000),
    F("ký kết 153 biên bản", "153", 153, "count", "biên bản ghi nhớ", "biên bản ghi nhớ hợp tác ký kết"),
    F("Hòa Bình (18 biên bản)", "18", 18, "count", "biên bản", "biên bản ghi nhớ ký kết", location="Hòa Bình"),
    F("Bắc Giang (15 biên bản)", "15", 15, "count", "biên bản", "biên bản ghi nhớ ký kết", location="Bắc Giang"),
    F("Lào Cai (12 biên bản)", "12", 12, "count", "biên bản", "biên bản ghi nhớ ký kết", location="Lào Cai"),
    F("trên 100 hội nghị", "100", 100, "count", "hội nghị, hội chợ và tuần hàng",
      "hội nghị, hội chợ và tuần hàng kết nối với các tỉnh, thành phố",
      P("từ năm 2021 đến nay", "2021-01-01", None), approx="over"),
    F("hàng chục nghìn tấn", "hàng chục nghìn", 10000, "measure", "tấn", "nông sản tiêu thụ",
      P("từ năm 2021 đến nay", "2021-01-01", None), approx="about", optional=True),
    F("ký 64 thỏa thuận", "64", 64, "count", "thỏa thuận hợp tác", "thỏa thuận hợp tác ký với các tỉnh, thành phố",
      P("Tính đến 30/9/2024", None, "2024-09-30")),
    F("với 58 tỉnh", "58", 58, "count", "tỉnh, thành phố", "tỉnh, thành phố ký thỏa thuận hợp tác với Hà Nội",
      P("Tính đến 30/9/2024", None, "2024-09-30"), location="Việt Nam"),
    F("khoảng 390.000 tấn", "390.000", 390000, "measure", "tấn",
      "sản lượng nông sản các tỉnh tiêu thụ qua hệ thống siêu thị, chợ đầu mối",
      P("quý III/2024", "2024-07-01", "2024-09-30"), approx="about", percent=40,
      change=CH("increase", 7.4, "%", "quý II/2024")),
    F("đạt 703.500 tỷ đồng", "703.500", 703500000000000, "money", "đồng", "tổng mức bán lẻ hàng hóa", Y23),
    F("khoảng 2,5 - 3 triệu tấn", "2,5", 2500000, "measure", "tấn", "nhu cầu tiêu thụ nông sản, thực phẩm mỗi năm", Y23,
      value_max=3000000, approx="about"),
    F("dưới 50%", "50", 50, "percent", "%", "khả năng tự cung ứng nông sản, thực phẩm", Y23, approx="under"),
    F("không dưới 30 hoạt động", "30", 30, "count", "hoạt động", "hoạt động kết nối cung cầu", Y25,
      approx="at_least", status="target"),
    F("xây dựng 20 điểm", "20", 20, "count", "điểm", "điểm giới thiệu và bán sản phẩm OCOP mới", Y25, status="target"),
]

COMMENTS = [
    "National/regional news page with no dateline at all (no published). Hà Nội's trade-promotion conference 2024; default location Hà Nội.",
    "Counts of provinces ('51 tỉnh, thành phố', '58 tỉnh, thành phố') take location Việt Nam per the contract; provinces in the list of MoUs are",
    "their items' location. 'năm 2024' in the conference's name dates the event figures of the same sentence.",
    "'từ năm 2021 đến nay' without a published date ends null. 'hàng chục nghìn tấn' is a vague number word: optional (value 10^4, about).",
    "'khoảng 390.000 tấn, tăng 7,4% so với quý II/2024 và chiếm gần 40%' -> change 7.4 (baseline quý II/2024) and percent 40.",
    "'khoảng 2,5 - 3 triệu tấn' -> range 2.5e6-3e6 (multiplier on both ends). 'không dưới 30' approx at_least, target.",
    "Distractors: hotline 024.3825.2416, address '331 Cầu Giấy', 'Tính đến 30/9/2024' (as-of period), 'quý II/2024' (baseline).",
]

emit(8, TEXT, COMMENTS, FIGS, published=None, location="Hà Nội")
