from lib import F, P, I, C, T, write

TEXT = """
Xã hội

Sân bóng đá mini "nhường chỗ" cho pickleball

Chỉ trong khoảng 3 năm trở lại đây, số sân bóng đá mini trên địa bàn TP Huế đã tăng từ 46 sân lên 73 sân. Theo Phòng Văn hóa và Thông tin thành phố, tổng vốn đầu tư của các chủ sân ước khoảng 95 tỷ đồng, bình quân mỗi sân từ 1 đến 1,5 tỷ đồng.

Anh Trần Văn Bảy, chủ một cụm 3 sân trên đường Tố Hữu, cho biết giá thuê khung giờ tối là 400.000 đồng/giờ, ban ngày chỉ 250.000 đồng/giờ. "Trước đây tối nào cũng kín lịch, doanh thu khoảng 70 triệu đồng/tháng, giờ chỉ còn khoảng 35 triệu", anh Bảy nói.

Nguyên nhân là từ đầu năm 2024 đến nay, cơn sốt pickleball khiến ít nhất 9 sân bóng đá mini ở TP Huế được chủ đầu tư chuyển đổi thành 36 sân pickleball; mỗi sân bóng 7 người chia được 4 sân pickleball. Giá thuê sân pickleball dao động 120.000-200.000 đồng/giờ, nhưng doanh thu trên mỗi mét vuông cao gấp khoảng 1,8 lần so với sân bóng.

Trong khi đó, quỹ đất dành cho thể thao công cộng vẫn thiếu. Hiện thành phố mới có 21/36 phường, xã có sân thể thao công cộng; nhiều khu dân cư mới chưa bố trí đất cho thể thao. Theo kế hoạch của UBND thành phố, đến năm 2025 sẽ có 30 phường, xã có sân thể thao công cộng, trong đó ưu tiên các phường ven đô như Hương Sơ, Thủy Vân.

Ông Lê Văn Tư, Trưởng phòng Văn hóa và Thông tin thành phố, cho rằng việc chuyển đổi sân là quyền kinh doanh của chủ đầu tư, nhưng thành phố cần sớm có quy hoạch sân thể thao công cộng ổn định, lâu dài để người dân, nhất là thanh thiếu niên, có nơi rèn luyện.

HOÀI THƯƠNG
15/11/2024
"""

Y24 = P("từ đầu năm 2024 đến nay", "2024-01-01", "2024-11-15")

FIGS = [
    F("từ 46 sân", "46", 46, "count", "sân", "sân bóng đá mini"),
    F("lên 73 sân", "73", 73, "count", "sân", "sân bóng đá mini"),
    F("ước khoảng 95 tỷ đồng", "95", 95e9, "money", "đồng", "tổng vốn đầu tư của các chủ sân", approx="about",
      status="estimate"),
    F("từ 1 đến 1,5 tỷ đồng", "1", 1e9, "money", "đồng/sân", "vốn đầu tư bình quân mỗi sân", value_max=1.5e9,
      status="estimate"),
    F("cụm 3 sân", "3", 3, "count", "sân", "sân của cụm sân trên đường Tố Hữu"),
    F("là 400.000 đồng/giờ", "400.000", 400000, "money", "đồng/giờ", "giá thuê sân khung giờ tối"),
    F("chỉ 250.000 đồng/giờ", "250.000", 250000, "money", "đồng/giờ", "giá thuê sân ban ngày"),
    F("khoảng 70 triệu đồng/tháng", "70", 70e6, "money", "đồng/tháng", "doanh thu cụm sân trước đây", approx="about"),
    F("khoảng 35 triệu", "35", 35e6, "money", "đồng/tháng", "doanh thu cụm sân hiện nay", approx="about"),
    F("ít nhất 9 sân", "9", 9, "count", "sân", "sân bóng đá mini chuyển đổi thành sân pickleball", Y24,
      approx="at_least"),
    F("thành 36 sân pickleball", "36", 36, "count", "sân pickleball", "sân pickleball chuyển đổi từ sân bóng đá mini",
      Y24),
    F("bóng 7 người", "7", 7, "count", "người", "sân bóng 7 người", optional=True),
    F("chia được 4 sân", "4", 4, "count", "sân pickleball", "sân pickleball chia từ mỗi sân bóng"),
    F("120.000-200.000 đồng/giờ", "120.000", 120000, "money", "đồng/giờ", "giá thuê sân pickleball",
      value_max=200000),
    F("gấp khoảng 1,8 lần", "1,8", 1.8, "multiple", "lần", "doanh thu trên mỗi mét vuông sân pickleball so với sân bóng",
      approx="about"),
    F("có 21/36 phường", "21", 21, "count", "phường, xã", "phường, xã có sân thể thao công cộng", total=36),
    F("có 30 phường", "30", 30, "count", "phường, xã", "phường, xã có sân thể thao công cộng",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

NOTES = [
    "Party newspaper (Báo Thừa Thiên Huế style), byline HOÀI THƯƠNG and bare date 15/11/2024 at the end: mini pitches in",
    "TP Huế converted into pickleball courts; investment, prices, revenue of one owner, public grounds per ward, 2025 plan.",
    "Not figures: '3 năm trở lại đây' (duration that locates), names Trần Văn Bảy / Lê Văn Tư, đường Tố Hữu.",
    "'tăng từ 46 sân lên 73 sân': two counts, no change value (the difference is not written).",
    "'ước khoảng 95 tỷ' -> approx about and status estimate. 'sân bóng 7 người' (pitch type) optional.",
    "'gấp khoảng 1,8 lần so với sân bóng' has no base amount -> a multiple of its own.",
    "'Theo kế hoạch …, đến năm 2025 sẽ có 30 phường, xã' -> target. Location: the city Huế throughout.",
    "revised: 'bình quân mỗi sân từ 1 đến 1,5 tỷ đồng' continues the 'ước khoảng 95 tỷ' clause (no verb of its own) -> estimate.",
]

write("p1001-5", TEXT, FIGS, NOTES, published="2024-11-15", location="Huế")
