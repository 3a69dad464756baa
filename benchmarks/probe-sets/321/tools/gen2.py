from lib import F, P, I, CH, TG, emit

TEXT = """BÁO LÂM ĐỒNG - Kinh tế

Cà phê được mùa, được giá
18/12/2023 10:25

(LĐ) - Những ngày này, nông dân các huyện Di Linh, Bảo Lâm, Lâm Hà đang tập trung thu hoạch cà phê niên vụ 2023-2024. Theo Sở Nông nghiệp và Phát triển nông thôn, đến ngày 15/12, toàn tỉnh đã thu hoạch khoảng 62% diện tích cà phê vối.

Toàn tỉnh hiện có 176.350 ha cà phê, trong đó cà phê vối (robusta) 155.200 ha, cà phê chè (arabica) 21.150 ha. Sản lượng niên vụ 2023-2024 ước đạt 525.000 tấn nhân, tăng 4,6% so với niên vụ trước; năng suất bình quân cà phê vối ước 35,2 tạ/ha, cao nhất khu vực Tây Nguyên.

Sáng 18/12, giá cà phê nhân xô tại các điểm thu mua dọc Quốc lộ 20 dao động từ 66.800 đến 67.300 đồng/kg, tăng khoảng 26.000 đồng/kg so với cùng kỳ năm 2022. Tại huyện Di Linh, thương lái thu mua ở mức 67.200 đồng/kg; cà phê chè Cầu Đất (TP Đà Lạt) dạng quả tươi được mua với giá 18.000-20.000 đồng/kg, cà phê chè nhân thóc khoảng 95.000 đồng/kg.

Theo ông Nguyễn Văn Châu, Phó Chủ tịch UBND huyện Bảo Lâm, huyện có 44.300 ha cà phê, sản lượng niên vụ này dự kiến đạt 126.000 tấn nhân; bình quân mỗi ha cà phê cho thu nhập 180-200 triệu đồng, nhiều hộ đạt trên 300 triệu đồng/ha.

Để giữ chất lượng, ngành nông nghiệp khuyến cáo chỉ thu hái khi tỷ lệ quả chín đạt trên 90%. Hiện toàn tỉnh có 65 cơ sở sơ chế, chế biến cà phê, trong đó 12 cơ sở chế biến sâu; 9 sản phẩm cà phê được công nhận OCOP 4 sao.

Người dân cần hỗ trợ kỹ thuật liên hệ Trung tâm Khuyến nông tỉnh, số 12 Hoàng Văn Thụ, TP Đà Lạt, điện thoại 0263.3822.196.

Ngọc Hà
"""

FIGS = [
    F("khoảng 62% diện tích", "62", 62, "percent", "%", "diện tích cà phê vối đã thu hoạch",
      P("đến ngày 15/12", None, "2023-12-15"), approx="about"),
    F("có 176.350 ha", "176.350", 176350, "measure", "ha", "diện tích cà phê"),
    F("(robusta) 155.200 ha", "155.200", 155200, "measure", "ha", "diện tích cà phê vối (robusta)", total=176350),
    F("(arabica) 21.150 ha", "21.150", 21150, "measure", "ha", "diện tích cà phê chè (arabica)", total=176350),
    F("ước đạt 525.000 tấn", "525.000", 525000, "measure", "tấn", "sản lượng cà phê", status="estimate",
      change=CH("increase", 4.6, "%", "niên vụ trước")),
    F("ước 35,2 tạ/ha", "35,2", 35.2, "measure", "tạ/ha", "năng suất bình quân cà phê vối", status="estimate"),
    F("từ 66.800 đến 67.300 đồng/kg", "66.800", 66800, "money", "đồng/kg", "giá cà phê nhân xô",
      value_max=67300, change=CH("increase", 26000, "đồng/kg", "cùng kỳ năm 2022", approx="about")),
    F("mức 67.200 đồng/kg", "67.200", 67200, "money", "đồng/kg", "giá cà phê nhân xô thương lái thu mua",
      location="Di Linh"),
    F("giá 18.000-20.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", "giá cà phê chè Cầu Đất dạng quả tươi",
      value_max=20000, location="Đà Lạt"),
    F("khoảng 95.000 đồng/kg", "95.000", 95000, "money", "đồng/kg", "giá cà phê chè nhân thóc",
      approx="about", location="Đà Lạt"),
    F("có 44.300 ha", "44.300", 44300, "measure", "ha", "diện tích cà phê", location="Bảo Lâm"),
    F("đạt 126.000 tấn", "126.000", 126000, "measure", "tấn", "sản lượng cà phê", status="forecast",
      location="Bảo Lâm"),
    F("thu nhập 180-200 triệu đồng", "180", 180000000, "money", "đồng", "thu nhập bình quân mỗi ha cà phê",
      value_max=200000000, location="Bảo Lâm"),
    F("trên 300 triệu đồng/ha", "300", 300000000, "money", "đồng/ha", "thu nhập", approx="over",
      location="Bảo Lâm"),
    F("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ quả chín", approx="over", optional=True),
    F("có 65 cơ sở", "65", 65, "count", "cơ sở", "cơ sở sơ chế, chế biến cà phê"),
    F("12 cơ sở chế biến sâu", "12", 12, "count", "cơ sở", "cơ sở chế biến sâu", total=65),
    F("9 sản phẩm", "9", 9, "count", "sản phẩm", "sản phẩm cà phê được công nhận OCOP 4 sao"),
]

COMMENTS = [
    "Báo Lâm Đồng (Party newspaper): coffee harvest niên vụ 2023-2024, area by type, output, yield, prices per kg, Bảo Lâm, processing. Bare dateline '18/12/2023 10:25', '(LĐ)' tag.",
    "Distractors: 'Quốc lộ 20', 'OCOP 4 sao' (a rating), 'số 12 Hoàng Văn Thụ', phone 0263.3822.196, 'Sáng 18/12', 'đến ngày 15/12' (as-of date).",
    "Crop years ('niên vụ 2023-2024', 'niên vụ này') have no rule in FIGURES.md: figures placed only by them carry no gold period (not scored).",
    "Prices on a single day ('Sáng 18/12') carry no gold period. 'đến ngày 15/12' takes 2023 from the dateline.",
    "Parts after 'trong đó' take the whole (176.350 ha, 65 cơ sở). 'dự kiến' → forecast; 'ước' → estimate.",
    "'tỷ lệ quả chín đạt trên 90%' is a harvesting threshold: optional. Cầu Đất prices take Đà Lạt (named in the bracket).",
]

emit("p321-2", TEXT, COMMENTS, FIGS, published="2023-12-18", location="Lâm Đồng")
