from lib import emit, F, P, ch
TEXT = """UBND HUYỆN ĐÀ BẮC - TỈNH HÒA BÌNH
TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản chỉ đạo

Đà Bắc: Gần 36 tấn cá lồng chết do thời tiết thay đổi đột ngột

Những ngày cuối tháng 5/2024, thời tiết trên địa bàn huyện diễn biến bất thường, nắng nóng gay gắt với nhiệt độ ngoài trời có lúc trên 39°C, sau đó xuất hiện mưa dông làm nhiệt độ nước hồ giảm đột ngột, khiến cá nuôi lồng trên lòng hồ thủy điện Hòa Bình bị chết hàng loạt.

Theo thống kê của Phòng Nông nghiệp và PTNT huyện, từ ngày 25/5 đến ngày 02/6/2024, toàn huyện có 143 lồng cá của 57 hộ bị thiệt hại, gồm: xã Tiền Phong 68 lồng, xã Vầy Nưa 41 lồng, xã Hiền Lương 22 lồng và xã Tu Lý 12 lồng. Tổng khối lượng cá chết gần 36 tấn, trong đó cá trắm cỏ 21,4 tấn, cá rô phi, cá diêu hồng 9,8 tấn, cá lăng và các loại cá khác 4,6 tấn. Ước tính giá trị thiệt hại khoảng 1,9 tỷ đồng.

Ngay sau khi xảy ra sự việc, UBND huyện đã chỉ đạo các xã hướng dẫn người dân vớt cá chết, tiêu hủy đúng quy định; cấp 350 kg vôi bột và 120 lít hóa chất xử lý môi trường nước cho các hộ bị ảnh hưởng. Các hộ có mức thiệt hại trên 70% được hỗ trợ theo Nghị định số 02/2017/NĐ-CP, mức hỗ trợ từ 8 đến 10 triệu đồng/100 m³ lồng.

Năm 2023, toàn huyện có 1.286 lồng nuôi với sản lượng đạt 1.450 tấn, bằng 37% sản lượng nuôi cá lồng của tỉnh. Kế hoạch năm 2024, huyện phấn đấu đạt 1.600 tấn, tăng 10,3% so với năm 2023.

Cơ quan chuyên môn khuyến cáo người nuôi giảm mật độ thả, không để lồng ở độ sâu dưới 3 m khi nắng nóng, thường xuyên theo dõi bản tin thời tiết; khi phát hiện cá có dấu hiệu bất thường báo ngay về đường dây nóng 0218.3827.236 để được hướng dẫn kịp thời.

Hà Phương - Trung tâm VH, TT&TT huyện
04/06/2024
"""
dmg = P("từ ngày 25/5 đến ngày 02/6/2024", "2024-05-25", "2024-06-02")
dmg_i = P("từ ngày 25/5 đến ngày 02/6/2024", "2024-05-25", "2024-06-02", inherited=True)
y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    F("Gần 36 tấn cá lồng chết", "36", 36, "measure", "tấn", "cá lồng chết", approx="nearly"),
    F("có lúc trên 39°C", "39", 39, "measure", "°C", "nhiệt độ ngoài trời", approx="over",
      period=P("cuối tháng 5/2024", "2024-05-01", "2024-05-31")),
    F("có 143 lồng cá", "143", 143, "count", "lồng", "lồng cá bị thiệt hại", period=dmg),
    F("của 57 hộ", "57", 57, "count", "hộ", "hộ bị thiệt hại", period=dmg),
    F("Tiền Phong 68 lồng", "68", 68, "count", "lồng", "lồng cá bị thiệt hại", total=143, period=dmg),
    F("Vầy Nưa 41 lồng", "41", 41, "count", "lồng", "lồng cá bị thiệt hại", total=143, period=dmg),
    F("Hiền Lương 22 lồng", "22", 22, "count", "lồng", "lồng cá bị thiệt hại", total=143, period=dmg),
    F("Tu Lý 12 lồng", "12", 12, "count", "lồng", "lồng cá bị thiệt hại", total=143, period=dmg),
    F("chết gần 36 tấn", "36", 36, "measure", "tấn", "tổng khối lượng cá chết", approx="nearly", period=dmg_i),
    F("cỏ 21,4 tấn", "21,4", 21.4, "measure", "tấn", "khối lượng cá trắm cỏ chết", total=36, period=dmg_i),
    F("diêu hồng 9,8 tấn", "9,8", 9.8, "measure", "tấn", "khối lượng cá rô phi, cá diêu hồng chết", total=36, period=dmg_i),
    F("khác 4,6 tấn", "4,6", 4.6, "measure", "tấn", "khối lượng cá lăng và các loại cá khác chết", total=36, period=dmg_i),
    F("khoảng 1,9 tỷ đồng", "1,9", 1900000000, "money", "đồng", "giá trị thiệt hại", approx="about",
      status="estimate", period=dmg_i),
    F("cấp 350 kg", "350", 350, "measure", "kg", "vôi bột cấp cho các hộ"),
    F("120 lít", "120", 120, "measure", "lít", "hóa chất xử lý môi trường nước"),
    F("trên 70%", "70", 70, "percent", "%", "mức thiệt hại được hỗ trợ", approx="over", optional=True),
    F("từ 8 đến 10 triệu đồng/100 m³ lồng", "8", 8000000, "money", "đồng/100 m³ lồng", "mức hỗ trợ",
      value_max=10000000),
    F("có 1.286 lồng", "1.286", 1286, "count", "lồng", "lồng nuôi", period=y23),
    F("đạt 1.450 tấn", "1.450", 1450, "measure", "tấn", "sản lượng cá lồng", percent=37, period=y23),
    F("đạt 1.600 tấn", "1.600", 1600, "measure", "tấn", "sản lượng cá lồng", status="target",
      change=ch("increase", 10.3, "%", "năm 2023"), period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("dưới 3 m", "3", 3, "measure", "m", "độ sâu đặt lồng", approx="under", optional=True),
]
COMMENTS = [
    "Trang TTĐT huyện Đà Bắc (district portal, Hòa Bình): fish deaths in cages on the Hòa Bình reservoir after heat and storms, late May 2024.",
    "Bare date at the end '04/06/2024' under the byline gives `published`. The district portal implies the place: location Đà Bắc.",
    "Distractors: Nghị định số 02/2017/NĐ-CP, hotline 0218.3827.236, dates 25/5 and 02/6/2024, 'thủy điện Hòa Bình' (a name).",
    "Commune items after 'gồm:' are parts of 143 lồng (they add up); communes are not provinces or districts, so location stays Đà Bắc and",
    "the subject is the list's indicator. Fish species after 'trong đó' are parts of 'gần 36 tấn' (21,4+9,8+4,6 = 35,8 ≈ 36): total 36.",
    "The date range 'từ ngày 25/5 đến ngày 02/6/2024' is the period of the damage figures. The headline restates 36 tấn (no period).",
    "'trên 70%' (eligibility threshold) and 'dưới 3 m' (advice) are optional. '8 đến 10 triệu đồng/100 m³ lồng' is a rate: the",
    "denominator stays in the unit. '1.450 tấn, bằng 37% …' gives percent 37; the 2024 target carries its growth against năm 2023.",
]
emit(2, TEXT, COMMENTS, FIGS, published="2024-06-04", location="Đà Bắc")
