from lib import F, P, I, CH, emit

TEXT = """BÁO BÀ RỊA - VŨNG TÀU - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BÀ RỊA - VŨNG TÀU
Kinh tế

Châu Đức: Hạt ca cao lên men "lên ngôi", nông dân lãi 100-120 triệu đồng/ha

Huyện Châu Đức hiện có 412 ha ca cao, chiếm 71% diện tích ca cao toàn tỉnh Bà Rịa - Vũng Tàu. Quý I/2024, nông dân trong huyện thu hoạch khoảng 86 tấn hạt khô, tăng 14% so với cùng kỳ; trong đó 61 tấn được lên men theo quy trình của các HTX.

Ông Nguyễn Văn Tám (ấp Sông Cầu, xã Nghĩa Thành) có 2,5 ha ca cao trồng xen điều. Với giá hạt lên men 235.000 đồng/kg như hiện nay, mỗi năm gia đình ông thu về gần 450 triệu đồng, trừ chi phí còn lãi hơn 300 triệu đồng.

Tại cụm công nghiệp Đá Bạc, Công ty TNHH Sô-cô-la Đại Dương đang vận hành dây chuyền chế biến công suất 500 tấn sản phẩm/năm. Trong quý I, công ty thu mua 38 tấn hạt lên men, doanh thu đạt 21,6 tỷ đồng, bằng 24% kế hoạch năm; giải quyết việc làm cho 85 lao động với thu nhập bình quân 8,5 triệu đồng/người/tháng. Sản phẩm sô-cô-la đen 70% ca cao của công ty đã xuất khẩu sang 6 thị trường, trong đó có Nhật Bản và Đức.

Theo ông Phạm Văn Bảy, Phó Chủ tịch UBND huyện, năm 2024 huyện phấn đấu trồng mới 50 ha, nâng tỷ lệ hạt lên men lên 80%. Tỉnh đặt mục tiêu đến năm 2025 nâng diện tích ca cao toàn tỉnh lên 800 ha, 100% diện tích được cấp mã số vùng trồng.

Nhà máy nằm trên đường số 7, cụm công nghiệp Đá Bạc, cách trung tâm TP. Bà Rịa theo Quốc lộ 56.

NGỌC HÂN
18/04/2024
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q1b = P("Trong quý I", "2024-01-01", "2024-03-31")
CD = "Châu Đức"
BRVT = "Bà Rịa - Vũng Tàu"

FIGS = [
    F("lãi 100-120", "100", 100000000, "money", "đồng/ha", "lãi của nông dân trồng ca cao", value_max=120000000,
      location=CD),
    F("có 412 ha", "412", 412, "measure", "ha", "diện tích ca cao", percent=71, location=CD),
    F("khoảng 86 tấn", "86", 86, "measure", "tấn", "sản lượng hạt ca cao khô thu hoạch", Q1, approx="about",
      change=CH("increase", 14, "%", "cùng kỳ"), location=CD),
    F("đó 61 tấn", "61", 61, "measure", "tấn", "hạt ca cao khô được lên men theo quy trình", Q1, total=86, location=CD),
    F("có 2,5 ha", "2,5", 2.5, "measure", "ha", "diện tích ca cao của ông Nguyễn Văn Tám", location=CD),
    F("men 235.000", "235.000", 235000, "money", "đồng/kg", "giá hạt ca cao lên men", location=CD),
    F("gần 450 triệu", "450", 450000000, "money", "đồng", "thu nhập từ ca cao của gia đình ông Nguyễn Văn Tám",
      approx="nearly", location=CD),
    F("hơn 300 triệu", "300", 300000000, "money", "đồng", "lãi từ ca cao của gia đình ông Nguyễn Văn Tám",
      approx="over", location=CD),
    F("suất 500 tấn", "500", 500, "measure", "tấn sản phẩm/năm", "công suất dây chuyền chế biến sô-cô-la", location=CD),
    F("mua 38 tấn", "38", 38, "measure", "tấn", "hạt ca cao lên men công ty thu mua", Q1b, location=CD),
    F("đạt 21,6 tỷ", "21,6", 21600000000, "money", "đồng", "doanh thu của Công ty TNHH Sô-cô-la Đại Dương", Q1b,
      percent=24, location=CD),
    F("cho 85 lao động", "85", 85, "count", "lao động", "lao động được giải quyết việc làm", Q1b, location=CD),
    F("quân 8,5 triệu", "8,5", 8500000, "money", "đồng/người/tháng", "thu nhập bình quân của lao động", Q1b, location=CD),
    F("đen 70% ca cao", "70", 70, "percent", "%", "hàm lượng ca cao của sản phẩm sô-cô-la đen", location=CD,
      optional=True),
    F("sang 6 thị trường", "6", 6, "count", "thị trường", "thị trường xuất khẩu sản phẩm sô-cô-la", location=CD),
    F("mới 50 ha", "50", 50, "measure", "ha", "diện tích ca cao trồng mới", P("năm 2024", "2024-01-01", "2024-12-31"),
      status="target", location=CD),
    F("lên 80%", "80", 80, "percent", "%", "tỷ lệ hạt ca cao lên men", P("năm 2024", "2024-01-01", "2024-12-31"),
      status="target", location=CD),
    F("lên 800 ha", "800", 800, "measure", "ha", "diện tích ca cao toàn tỉnh", P("đến năm 2025", None, "2025-12-31"),
      status="target", location=BRVT),
    F("800 ha, 100%", "100", 100, "percent", "%", "tỷ lệ diện tích ca cao được cấp mã số vùng trồng",
      P("đến năm 2025", None, "2025-12-31"), status="target", location=BRVT),
]

COMMENTS = [
    "p754-5: Party newspaper (Báo Bà Rịa - Vũng Tàu), byline and bare date at the end: cocoa growers and a chocolate factory in Châu Đức, Q1/2024.",
    "Distractors: names Nguyễn Văn Tám / Phạm Văn Bảy (number words in names), 'sô-cô-la đen 70% ca cao' (a product name, optional),",
    "'đường số 7', 'Quốc lộ 56', 'Quý I/2024' as a period. Figures about the district -> Châu Đức; province targets -> Bà Rịa - Vũng Tàu.",
    "'chiếm 71% diện tích ca cao toàn tỉnh' is the percent of 412 ha; 'bằng 24% kế hoạch năm' the percent of the revenue.",
    "'Trong quý I' takes 2024 from the earlier 'Quý I/2024'. 'mỗi năm', 'như hiện nay' are no period.",
]

emit("p754-5", TEXT, COMMENTS, FIGS, published="2024-04-18")
