from lib import emit, fig, per, inh, chg

TEXT = """UBND HUYỆN MỸ ĐỨC (TP HÀ NỘI) - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Văn hóa - Xã hội
Thứ Sáu, 29/03/2024 - 15:20

Lễ hội chùa Hương 2024: Kiểm đếm hơn 21 tỷ đồng tiền công đức

Ngày 27/3, Ban Tổ chức Lễ hội chùa Hương năm 2024 phối hợp với UBND xã Hương Sơn tổ chức kiểm đếm tiền công đức, tiền giọt dầu tại các đền, chùa trong quần thể di tích. Kết quả, tổng số tiền công đức thu được trong mùa lễ hội năm 2024 là 21,35 tỷ đồng, tăng 18,2% so với mùa lễ hội năm 2023.

Trong đó, tiền công đức tại chùa Thiên Trù là 7,8 tỷ đồng, động Hương Tích 6,45 tỷ đồng, đền Trình 2,1 tỷ đồng; số còn lại tại chùa Tiên, chùa Giải Oan và đền Cửa Võng.

Theo quy chế phối hợp, tiền công đức được phân chia theo tỷ lệ: 60% để lại cho các đền, chùa phục vụ tu bổ di tích và hoạt động tôn giáo; 40% nộp vào tài khoản của Ban Quản lý khu di tích để chi cho vệ sinh môi trường, an ninh trật tự.

Sau 2 tháng mở hội, khu di tích đã đón khoảng 1,35 triệu lượt khách, tăng 8% so với năm trước; số vé tham quan bán ra đạt 1.120.400 vé, với mức phí 90.000 đồng/người, tương ứng doanh thu khoảng 100,8 tỷ đồng. Số đò chở khách đăng ký hoạt động và số chuyến đò phục vụ lần lượt là 4.360 chiếc và 98.500 chuyến.

Huyện đã bố trí 12 bãi đỗ xe với tổng diện tích gần 9 ha dọc Quốc lộ 21B và đường Hương Sơn; lực lượng chức năng kiểm tra, xử lý 46 trường hợp vi phạm về giá, vệ sinh an toàn thực phẩm, phạt tiền 185 triệu đồng.

Năm 2025, huyện Mỹ Đức dự kiến thu hút khoảng 1,5 triệu lượt khách về chùa Hương.

Ban Biên tập
Đường dây nóng Ban Tổ chức lễ hội: 0243.3849.033
"""

Y24 = per("mùa lễ hội năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hơn 21 tỷ", "21", 21000000000, "money", "đồng", "tiền công đức kiểm đếm tại Lễ hội chùa Hương", inh(Y24),
        approx="over"),
    fig("là 21,35 tỷ đồng", "21,35", 21350000000, "money", "đồng", "tổng số tiền công đức thu được", Y24,
        change=chg("increase", 18.2, baseline="mùa lễ hội năm 2023")),
    fig("là 7,8 tỷ đồng", "7,8", 7800000000, "money", "đồng", "tiền công đức tại chùa Thiên Trù", inh(Y24),
        total=21350000000),
    fig("Tích 6,45 tỷ đồng", "6,45", 6450000000, "money", "đồng", "tiền công đức tại động Hương Tích", inh(Y24),
        total=21350000000),
    fig("Trình 2,1 tỷ đồng", "2,1", 2100000000, "money", "đồng", "tiền công đức tại đền Trình", inh(Y24),
        total=21350000000),
    fig("tỷ lệ: 60%", "60", 60, "percent", "%", "tỷ lệ tiền công đức để lại cho các đền, chùa phục vụ tu bổ di tích"),
    fig("; 40% nộp", "40", 40, "percent", "%", "tỷ lệ tiền công đức nộp vào tài khoản của Ban Quản lý khu di tích"),
    fig("khoảng 1,35 triệu lượt khách", "1,35", 1350000, "count", "lượt khách", "lượt khách đến khu di tích",
        approx="about", change=chg("increase", 8, baseline="năm trước")),
    fig("đạt 1.120.400 vé", "1.120.400", 1120400, "count", "vé", "vé tham quan bán ra"),
    fig("phí 90.000 đồng/người", "90.000", 90000, "money", "đồng/người", "mức phí tham quan"),
    fig("khoảng 100,8 tỷ đồng", "100,8", 100800000000, "money", "đồng", "doanh thu từ vé tham quan", approx="about"),
    fig("là 4.360 chiếc", "4.360", 4360, "count", "chiếc", "đò chở khách đăng ký hoạt động"),
    fig("98.500 chuyến", "98.500", 98500, "count", "chuyến", "chuyến đò phục vụ"),
    fig("bố trí 12 bãi đỗ xe", "12", 12, "count", "bãi đỗ xe", "bãi đỗ xe được bố trí"),
    fig("gần 9 ha", "9", 9, "measure", "ha", "tổng diện tích bãi đỗ xe", approx="nearly"),
    fig("xử lý 46 trường hợp", "46", 46, "count", "trường hợp",
        "trường hợp vi phạm về giá, vệ sinh an toàn thực phẩm bị kiểm tra, xử lý"),
    fig("phạt tiền 185 triệu đồng", "185", 185000000, "money", "đồng", "tiền phạt vi phạm"),
    fig("khoảng 1,5 triệu lượt khách", "1,5", 1500000, "count", "lượt khách", "lượt khách về chùa Hương",
        per("Năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT huyện Mỹ Đức (Hà Nội): kiểm đếm tiền công đức Lễ hội chùa Hương 2024; chia tỷ lệ, lượt khách, vé, đò, bãi xe, xử phạt.",
    "District portal, 'Thứ Sáu, 29/03/2024 - 15:20' dateline; location is the district Mỹ Đức throughout (xã Hương Sơn is a commune).",
    "'mùa lễ hội năm 2024' read as the year 2024. Parts after 'Trong đó' (next paragraph) take 21,35 tỷ as total.",
    "'Sau 2 tháng mở hội' is a duration (not a figure, no dated period). 'tương ứng doanh thu khoảng 100,8 tỷ' is a figure of its own.",
    "'lần lượt là 4.360 chiếc và 98.500 chuyến' pairs two subjects in order. 'dự kiến' → forecast.",
    "Not figures: 'Ngày 27/3', Quốc lộ 21B, hotline, 'Lễ hội chùa Hương 2024' (edition year).",
]

emit("p728-2", TEXT, COMMENTS, FIGS, published="2024-03-29", location="Mỹ Đức")
