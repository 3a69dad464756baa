from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHÂU THÀNH - TỈNH BẾN TRE
Trang chủ / Kinh tế / Nông nghiệp
Thứ Năm, 22/08/2024 - 15:20

Ca cao xen dừa: 6 tháng thu về gần 24,5 tỷ đồng

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, 6 tháng đầu năm 2024, toàn huyện thu hoạch 128 tấn hạt ca cao khô, tăng 11,3% so với cùng kỳ; giá trị ước đạt gần 24,5 tỷ đồng. Tổng diện tích ca cao trồng xen dưới tán dừa là 412 ha, trong đó 338 ha đang cho trái. Ca cao tập trung ở các xã Tân Thạch (86 ha), Quới Sơn (71 ha), An Khánh (64 ha) và Phú An Hòa (52 ha).

Tỷ lệ hạt ca cao được lên men đạt 68%, tăng 12 điểm phần trăm so với cùng kỳ. Giá hạt lên men được các doanh nghiệp sô-cô-la thu mua bình quân 195.000 đồng/kg, cao hơn hạt thường khoảng 30.000 đồng/kg.

Toàn huyện có 615 hộ trồng ca cao. Hợp tác xã Ca cao Tân Thạch có 96 thành viên, trong 6 tháng đã cung ứng 41,5 tấn hạt lên men cho Công ty TNHH Sô-cô-la 3D Bến Tre, đạt 83% hợp đồng năm. Mô hình ca cao xen dừa cho thu nhập tăng thêm 35-40 triệu đồng/ha/năm so với trồng dừa thuần.

Năm 2024, huyện đặt kế hoạch trồng mới và cải tạo 40 ha ca cao; tính đến ngày 15/8/2024 đã thực hiện 28 ha, đạt 70% kế hoạch. Tổng kinh phí hỗ trợ là 1,25 tỷ đồng, trong đó ngân sách tỉnh 850 triệu đồng, người dân đối ứng 400 triệu đồng. Dự kiến cả năm 2024, sản lượng hạt khô đạt khoảng 270 tấn.

Đây là lần thứ hai huyện phối hợp với Trung tâm Khuyến nông tỉnh tổ chức hội thi "Nông dân lên men ca cao giỏi", thực hiện theo Kế hoạch số 112/KH-UBND.

Chi tiết liên hệ: Phòng NN&PTNT huyện Châu Thành, ấp 3, xã Tân Thạch; điện thoại 0275.3860.112.
Minh Thư
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("thu về gần 24,5", "24,5", 24500000000, "money", "đồng", "giá trị ca cao thu hoạch", P("6 tháng", "2024-01-01", "2024-06-30"),
      approx="nearly"),
    F("hoạch 128 tấn", "128", 128, "measure", "tấn", "sản lượng hạt ca cao khô thu hoạch", H1,
      change=CH("increase", 11.3, "%", "cùng kỳ")),
    F("ước đạt gần 24,5", "24,5", 24500000000, "money", "đồng", "giá trị ca cao thu hoạch", H1, approx="nearly",
      status="estimate"),
    F("là 412 ha", "412", 412, "measure", "ha", "tổng diện tích ca cao trồng xen dưới tán dừa"),
    F("đó 338 ha", "338", 338, "measure", "ha", "diện tích ca cao đang cho trái", total=412),
    F("Thạch (86 ha)", "86", 86, "measure", "ha", "diện tích ca cao"),
    F("Sơn (71 ha)", "71", 71, "measure", "ha", "diện tích ca cao"),
    F("Khánh (64 ha)", "64", 64, "measure", "ha", "diện tích ca cao"),
    F("Hòa (52 ha)", "52", 52, "measure", "ha", "diện tích ca cao"),
    F("đạt 68%", "68", 68, "percent", "%", "tỷ lệ hạt ca cao được lên men",
      change=CH("increase", 12, "điểm phần trăm", "cùng kỳ")),
    F("quân 195.000", "195.000", 195000, "money", "đồng/kg", "giá hạt ca cao lên men thu mua bình quân",
      change=CH("increase", 30000, "đồng/kg", "hạt thường", approx="about")),
    F("có 615 hộ", "615", 615, "count", "hộ", "hộ trồng ca cao"),
    F("có 96 thành viên", "96", 96, "count", "thành viên", "thành viên Hợp tác xã Ca cao Tân Thạch"),
    F("ứng 41,5 tấn", "41,5", 41.5, "measure", "tấn", "hạt ca cao lên men Hợp tác xã Ca cao Tân Thạch cung ứng",
      P("trong 6 tháng", "2024-01-01", "2024-06-30"), percent=83),
    F("thêm 35-40", "35", 35000000, "money", "đồng/ha/năm", "thu nhập tăng thêm của mô hình ca cao xen dừa",
      value_max=40000000),
    F("cải tạo 40 ha", "40", 40, "measure", "ha", "diện tích ca cao trồng mới và cải tạo",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("thực hiện 28 ha", "28", 28, "measure", "ha", "diện tích ca cao trồng mới và cải tạo đã thực hiện",
      P("tính đến ngày 15/8/2024", None, "2024-08-15"), percent=70),
    F("là 1,25 tỷ", "1,25", 1250000000, "money", "đồng", "tổng kinh phí hỗ trợ"),
    F("tỉnh 850 triệu", "850", 850000000, "money", "đồng", "kinh phí hỗ trợ từ ngân sách tỉnh", total=1250000000),
    F("ứng 400 triệu", "400", 400000000, "money", "đồng", "kinh phí người dân đối ứng", total=1250000000),
    F("khoảng 270 tấn", "270", 270, "measure", "tấn", "sản lượng hạt ca cao khô",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "p754-2: district portal of huyện Châu Thành (Bến Tre), weekday dateline: cocoa intercropped under coconut, H1/2024.",
    "Distractors: 'lần thứ hai' (ordinal), Kế hoạch số 112/KH-UBND, 'Sô-cô-la 3D' (company name), 'ấp 3', phone, byline.",
    "Location: the district portal's district, Châu Thành, for every figure (communes are below district level).",
    "Commune list is its own sentence after the 412/338 ha sentence, not a cue and not adding up to either: no total.",
    "'tăng 12 điểm phần trăm so với cùng kỳ' is the change of the 68% level; 'cao hơn hạt thường khoảng 30.000 đồng/kg' the change of the price.",
    "'thu nhập tăng thêm 35-40 triệu đồng/ha/năm so với trồng dừa thuần' is a money figure with no base figure: no change.",
    "'đạt 83% hợp đồng năm' and 'đạt 70% kế hoạch' are percent attributes. '6 tháng' in the headline and 'trong 6 tháng' take the year 2024 from the dateline / lead: scored.",
]

emit("p754-2", TEXT, COMMENTS, FIGS, published="2024-08-22", location="Châu Thành")
