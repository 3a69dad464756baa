from lib import F, P, Y, ch, emit

TEXT = """Kinh doanh › Vĩ mô
Thứ tư, 4/9/2024, 14:30 (GMT+7)

Giải ngân đầu tư công 8 tháng thấp hơn cùng kỳ

Sau gần 4 năm thực hiện, vốn đầu tư công trung hạn mới giải ngân được khoảng 56,8% kế hoạch, trong khi nhiều bộ, địa phương vẫn ì ạch.

Kế hoạch đầu tư công trung hạn giai đoạn 2021-2025 được Quốc hội quyết định tại Nghị quyết 29/2021/QH15 là hơn 2,87 triệu tỷ đồng. Lũy kế từ năm 2021 đến nay, cả nước giải ngân khoảng 1,63 triệu tỷ đồng, tương đương 56,8% kế hoạch trung hạn.

Riêng 8 tháng năm 2024, cả nước giải ngân 258.200 tỷ đồng, đạt 38,9% kế hoạch Thủ tướng giao, thấp hơn cùng kỳ năm 2023 (42,4%). Trong số 47 bộ, cơ quan trung ương, có 6 đơn vị giải ngân dưới 20%, thấp nhất là Bộ Ngoại giao (3,1%), Bộ Thông tin và Truyền thông (8,7%) và Đài Truyền hình Việt Nam (11,2%).

Ở địa phương, 10 tỉnh, thành phố có tỷ lệ giải ngân trên 50%, dẫn đầu là Thái Bình (69,4%), Bắc Giang (68,3%) và Phú Thọ (61,8%). Ngược lại, TP Hồ Chí Minh mới đạt 21,5%, Hà Nội đạt 30,2%.

Đối với 36 dự án quan trọng quốc gia, dự án trọng điểm ngành giao thông, kế hoạch vốn năm 2024 khoảng 94.100 tỷ đồng; đến nay mới giải ngân khoảng 39.600 tỷ đồng, đạt 42%. Các dự án chậm gồm cao tốc Bắc - Nam phía Đông giai đoạn 2, đường Vành đai 4 - Vùng Thủ đô và Vành đai 3 TP Hồ Chí Minh.

Theo Bộ Kế hoạch và Đầu tư, hiện còn khoảng 15.300 tỷ đồng vốn năm 2024 chưa được phân bổ chi tiết, chiếm 2,1% tổng kế hoạch. Bộ này đề nghị các đơn vị phấn đấu giải ngân cả năm đạt trên 95% kế hoạch được giao.

Anh Minh
"""

PUB = "2024-09-04"
M8 = P("8 tháng năm 2024", "2024-01-01", "2024-08-31")
M8i = P("8 tháng năm 2024", "2024-01-01", "2024-08-31", inh=True)
RATE = "tỷ lệ giải ngân"

FIGS = [
    F("gần 4 năm", "4", 1, "measure", "năm", "thời gian thực hiện", approx="nearly", optional=True),
    F("khoảng 56,8% kế hoạch, trong", "56,8", 1, "percent", "%", "vốn đầu tư công trung hạn giải ngân",
      P("từ năm 2021 đến nay", "2021-01-01", PUB, inh=True), approx="about"),
    F("hơn 2,87 triệu tỷ đồng", "2,87", "triệu tỷ", "money", "đồng", "kế hoạch đầu tư công trung hạn",
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), approx="over", status="target"),
    F("khoảng 1,63 triệu tỷ đồng", "1,63", "triệu tỷ", "money", "đồng", "lũy kế giải ngân",
      P("từ năm 2021 đến nay", "2021-01-01", PUB), approx="about", percent=56.8),
    F("giải ngân 258.200 tỷ đồng", "258.200", "tỷ", "money", "đồng", "giải ngân", M8, percent=38.9),
    F("(42,4%)", "42,4", 1, "percent", "%", "tỷ lệ giải ngân cùng kỳ năm 2023",
      P("cùng kỳ năm 2023", "2023-01-01", "2023-08-31")),
    F("có 6 đơn vị", "6", 1, "count", "đơn vị", "đơn vị giải ngân dưới 20%", M8i, total=47),
    F("dưới 20%", "20", 1, "percent", "%", RATE, M8i, approx="under", optional=True),
    F("Bộ Ngoại giao (3,1%)", "3,1", 1, "percent", "%", RATE, M8i),
    F("Truyền thông (8,7%)", "8,7", 1, "percent", "%", RATE, M8i),
    F("Đài Truyền hình Việt Nam (11,2%)", "11,2", 1, "percent", "%", RATE, M8i),
    F("10 tỉnh, thành phố", "10", 1, "count", "tỉnh, thành phố", "tỉnh, thành phố có tỷ lệ giải ngân trên 50%", M8i),
    F("trên 50%", "50", 1, "percent", "%", RATE, M8i, approx="over", optional=True),
    F("Thái Bình (69,4%)", "69,4", 1, "percent", "%", RATE, M8i, location="Thái Bình"),
    F("Bắc Giang (68,3%)", "68,3", 1, "percent", "%", RATE, M8i, location="Bắc Giang"),
    F("Phú Thọ (61,8%)", "61,8", 1, "percent", "%", RATE, M8i, location="Phú Thọ"),
    F("mới đạt 21,5%", "21,5", 1, "percent", "%", RATE, M8i, location="Hồ Chí Minh"),
    F("Hà Nội đạt 30,2%", "30,2", 1, "percent", "%", RATE, M8i, location="Hà Nội"),
    F("với 36 dự án", "36", 1, "count", "dự án", "dự án quan trọng quốc gia, dự án trọng điểm ngành giao thông",
      Y(2024, inh=True)),
    F("khoảng 94.100 tỷ đồng", "94.100", "tỷ", "money", "đồng", "kế hoạch vốn", Y(2024), approx="about",
      status="target"),
    F("khoảng 39.600 tỷ đồng", "39.600", "tỷ", "money", "đồng", "giải ngân", P("đến nay", None, PUB),
      approx="about", percent=42),
    F("khoảng 15.300 tỷ đồng", "15.300", "tỷ", "money", "đồng", "vốn chưa được phân bổ chi tiết", Y(2024),
      approx="about", percent=2.1),
    F("đạt trên 95%", "95", 1, "percent", "%", "giải ngân cả năm", Y(2024, "cả năm"), approx="over",
      status="target"),
]

COMMENTS = [
    "National press (VnExpress style), 'Thứ tư, 4/9/2024, 14:30 (GMT+7)', byline at the end. Medium-term plan 2021-2025, 8 months 2024,",
    "ministries and provinces, key transport projects, unallocated capital. 'triệu tỷ' = ×10¹⁵. The sapo's 'khoảng 56,8%' is a figure of",
    "its own (period from the body, inherited); in the body '56,8%' after 'tương đương' is the percent of 1,63 triệu tỷ. '(42,4%)' after",
    "'thấp hơn cùng kỳ năm 2023' is last year's rate (own figure, Jan–Aug 2023), not a gap. 'Trong số 47 bộ…, có 6' → 47 is the total",
    "only. Ministries and the TV station are not places (location Việt Nam). 'gần 4 năm' duration and the thresholds are optional.",
    "Distractors: 'Nghị quyết 29/2021/QH15', '(GMT+7)', 'giai đoạn 2', 'Vành đai 4', 'Vành đai 3 TP Hồ Chí Minh' (project names).",
]

emit("p446-6", TEXT, COMMENTS, FIGS, published=PUB, location="Việt Nam")
