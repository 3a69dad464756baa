from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Lâm Đồng: Tái canh, ghép cải tạo gần 9.700 ha cà phê già cỗi
Cập nhật: 08/01/2025 14:25 | Lượt xem: 2.316

Theo Sở Nông nghiệp và Phát triển nông thôn, năm 2024 toàn tỉnh Lâm Đồng đã tái canh, ghép cải tạo 9.684 ha cà phê, đạt 107,6% kế hoạch, tăng 12,4% so với năm 2023. Trong đó, trồng tái canh 6.215 ha và ghép cải tạo 3.469 ha. Các địa phương thực hiện nhiều là Di Linh (2.940 ha), Bảo Lâm (2.185 ha), Lâm Hà (1.760 ha) và Đức Trọng (1.120 ha).

Toàn tỉnh hiện có khoảng 176.500 ha cà phê, trong đó diện tích già cỗi, năng suất thấp trên 20 năm tuổi còn khoảng 18.300 ha. Các vườn tái canh bằng giống mới như TR4, TR9, TRS1 sau 3 năm cho năng suất bình quân 4,2 tấn nhân/ha, cao hơn 1,5 tấn/ha so với vườn cũ; nhiều vườn ở Di Linh đạt từ 5 đến 6 tấn/ha.

Để hỗ trợ người dân, năm 2024 các ngân hàng trên địa bàn đã giải ngân hơn 1.250 tỷ đồng cho vay tái canh theo Nghị định số 55/2015/NĐ-CP, với hơn 8.900 hộ vay. Ngành nông nghiệp cũng cung ứng trên 3,1 triệu cây giống ghép và 41.500 chồi ghép chất lượng cao.

Năm 2025, tỉnh phấn đấu tái canh, ghép cải tạo 8.500 ha; đến năm 2030 giảm diện tích cà phê già cỗi xuống dưới 5% tổng diện tích. Giá cà phê nhân xô ngày 7/1/2025 dao động từ 118.000 đến 121.000 đồng/kg. Mức giá này gấp gần 3 lần so với cách đây 3 năm.

Liên hệ: Văn phòng UBND tỉnh Lâm Đồng, số 04 Trần Hưng Đạo, phường 3, TP. Đà Lạt. Điện thoại: 0263.3822.185
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("gần 9.700 ha cà phê già cỗi", "9.700", 9700, "measure", "ha", "diện tích cà phê già cỗi tái canh, ghép cải tạo",
      approx="nearly"),
    F("ghép cải tạo 9.684 ha", "9.684", 9684, "measure", "ha", "diện tích cà phê tái canh, ghép cải tạo", Y24,
      percent=107.6, change=C("increase", 12.4, baseline="năm 2023")),
    F("trồng tái canh 6.215 ha", "6.215", 6215, "measure", "ha", "diện tích trồng tái canh", I(Y24), total=9684),
    F("ghép cải tạo 3.469 ha", "3.469", 3469, "measure", "ha", "diện tích ghép cải tạo", I(Y24), total=9684),
    F("Di Linh (2.940 ha)", "2.940", 2940, "measure", "ha", "diện tích tái canh, ghép cải tạo cà phê", I(Y24), location="Di Linh"),
    F("Bảo Lâm (2.185 ha)", "2.185", 2185, "measure", "ha", "diện tích tái canh, ghép cải tạo cà phê", I(Y24), location="Bảo Lâm"),
    F("Lâm Hà (1.760 ha)", "1.760", 1760, "measure", "ha", "diện tích tái canh, ghép cải tạo cà phê", I(Y24), location="Lâm Hà"),
    F("Đức Trọng (1.120 ha)", "1.120", 1120, "measure", "ha", "diện tích tái canh, ghép cải tạo cà phê", I(Y24), location="Đức Trọng"),
    F("khoảng 176.500 ha", "176.500", 176500, "measure", "ha", "diện tích cà phê toàn tỉnh", approx="about"),
    F("trên 20 năm tuổi", "20", 20, "measure", "năm", "tuổi vườn cà phê già cỗi", approx="over", optional=True),
    F("khoảng 18.300 ha", "18.300", 18300, "measure", "ha", "diện tích cà phê già cỗi, năng suất thấp", approx="about", total=176500),
    F("sau 3 năm cho", "3", 3, "measure", "năm", "thời gian sau tái canh", optional=True),
    F("bình quân 4,2 tấn nhân/ha", "4,2", 4.2, "measure", "tấn/ha", "năng suất bình quân vườn tái canh bằng giống mới",
      change=C("increase", 1.5, "tấn/ha", "vườn cũ")),
    F("từ 5 đến 6 tấn/ha", "5", 5, "measure", "tấn/ha", "năng suất nhiều vườn tái canh", value_max=6, location="Di Linh"),
    F("hơn 1.250 tỷ đồng", "1.250", 1250e9, "money", "đồng", "vốn cho vay tái canh các ngân hàng giải ngân", Y24, approx="over"),
    F("hơn 8.900 hộ", "8.900", 8900, "count", "hộ", "hộ vay tái canh", Y24, approx="over"),
    F("trên 3,1 triệu cây", "3,1", 3.1e6, "count", "cây giống ghép", "cây giống ghép cung ứng", I(Y24), approx="over"),
    F("41.500 chồi ghép", "41.500", 41500, "count", "chồi ghép", "chồi ghép chất lượng cao cung ứng", I(Y24)),
    F("ghép cải tạo 8.500 ha", "8.500", 8500, "measure", "ha", "diện tích tái canh, ghép cải tạo", P("Năm 2025", "2025-01-01", "2025-12-31"),
      status="target"),
    F("dưới 5% tổng diện tích", "5", 5, "percent", "%", "tỷ lệ diện tích cà phê già cỗi trong tổng diện tích",
      P("đến năm 2030", None, "2030-12-31"), approx="under", status="target"),
    F("từ 118.000 đến 121.000 đồng/kg", "118.000", 118000, "money", "đồng/kg", "giá cà phê nhân xô",
      P("ngày 7/1/2025", "2025-01-07", "2025-01-07"), value_max=121000),
    F("gấp gần 3 lần", "3", 3, "multiple", "lần", "giá cà phê nhân xô so với cách đây 3 năm", approx="nearly"),
]

NOTES = [
    "revised after the first run: unit 'tấn nhân/ha' -> 'tấn/ha' (shortest unit; the substance 'nhân' is not a unit, cf. '18 tấn nhân' -> 'tấn' in p973-6).",
    "Lâm Đồng provincial portal: 2024 coffee replanting (tái canh) and grafting (ghép cải tạo) results, loans, seedlings, 2025/2030 targets.",
    "Headline 'gần 9.700 ha' has no period phrase (null). 'Lượt xem: 2.316', 'Nghị định số 55/2015/NĐ-CP', 'TR4, TR9, TRS1', 'ngày 7/1/2025',",
    "'cách đây 3 năm' (baseline), address 'số 04 Trần Hưng Đạo, phường 3' and the phone are not figures.",
    "District list after the whole does not add up to 9.684 (a ranking, no part-of cue): no total. 'Mức giá này gấp gần 3 lần' stands as its own sentence: multiple.",
    "Age thresholds 'trên 20 năm tuổi' and 'sau 3 năm' describe categories: optional.",
]

write(1, TEXT, FIGS, NOTES, published="2025-01-08", location="Lâm Đồng")
