from lib import F, P, I, CH, T, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC THÚ Y
Trang chủ > Tin hoạt động

Năm 2023: Cả nước kiểm soát giết mổ được 62,5% số gia súc

Ngày đăng: 22/03/2024 | Lượt xem: 2.406

Tại Hội nghị sơ kết lần thứ 3 công tác quản lý giết mổ, Cục Thú y cho biết tính đến ngày 31/12/2023, cả nước có 1.325 cơ sở giết mổ tập trung và khoảng 24.800 điểm giết mổ nhỏ lẻ; 63/63 tỉnh, thành phố đã ban hành quy hoạch hoặc kế hoạch sắp xếp hoạt động giết mổ. Số cơ sở được chứng nhận áp dụng HACCP là 148 cơ sở, chiếm 11,2% tổng số cơ sở giết mổ tập trung.

Năm 2023, tỷ lệ gia súc được kiểm soát giết mổ bình quân cả nước đạt 62,5%, tăng 4,1% so với năm 2022; tỷ lệ này ở gia cầm chỉ khoảng 28%. Dẫn đầu là TP. Hồ Chí Minh (99,2%), Đà Nẵng (96,7%), Bình Dương (94,1%); trong khi đó vẫn còn 12 tỉnh đạt dưới 30%, chủ yếu ở miền núi phía Bắc và Tây Nguyên. Riêng Bình Dương lần đầu vươn lên đứng thứ 3 cả nước về chỉ tiêu này.

Lực lượng thú y các địa phương đã phát hiện 2.156 vụ vi phạm về giết mổ và vận chuyển động vật, xử phạt hơn 14,8 tỷ đồng; tiêu hủy gần 186 tấn thịt, sản phẩm động vật không rõ nguồn gốc, tăng 1,3 lần so với năm 2022. Ngân sách địa phương đã hỗ trợ di dời 87 điểm giết mổ ra khỏi khu dân cư, bình quân từ 300 đến 500 triệu đồng/điểm.

Theo Quyết định số 1520/QĐ-TTg phê duyệt Chiến lược phát triển chăn nuôi giai đoạn 2021-2030, tầm nhìn 2045, đến năm 2025 phấn đấu 70% gia súc và 50% gia cầm được giết mổ tập trung công nghiệp; đến năm 2030 các tỷ lệ này lần lượt là 80% và 70%.

Cục Thú y - Số 15, ngõ 78, đường Giải Phóng, quận Đống Đa, Hà Nội. ĐT: 024.3869.6788
"""

ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = I(Y23)
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
RATE = "tỷ lệ gia súc được kiểm soát giết mổ"

FIGS = [
    F("được 62,5% số gia súc", "62,5", 62.5, "percent", "%", RATE, P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("có 1.325 cơ sở", "1.325", 1325, "count", "cơ sở", "cơ sở giết mổ tập trung", ASOF),
    F("khoảng 24.800 điểm", "24.800", 24800, "count", "điểm giết mổ", "điểm giết mổ nhỏ lẻ", ASOF, approx="about"),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố đã ban hành quy hoạch hoặc kế hoạch sắp xếp hoạt động giết mổ", ASOF, total=63),
    F("là 148 cơ sở", "148", 148, "count", "cơ sở", "cơ sở được chứng nhận áp dụng HACCP", I(ASOF), percent=11.2),
    F("đạt 62,5%, tăng", "62,5", 62.5, "percent", "%", RATE, Y23, change=CH("increase", 4.1, "%", "năm 2022")),
    F("khoảng 28%", "28", 28, "percent", "%", "tỷ lệ gia cầm được kiểm soát giết mổ", Y23, approx="about"),
    F("Minh (99,2%)", "99,2", 99.2, "percent", "%", RATE, Y23i, location="TP. Hồ Chí Minh"),
    F("Đà Nẵng (96,7%)", "96,7", 96.7, "percent", "%", RATE, Y23i, location="Đà Nẵng"),
    F("Bình Dương (94,1%)", "94,1", 94.1, "percent", "%", RATE, Y23i, location="Bình Dương"),
    F("còn 12 tỉnh", "12", 12, "count", "tỉnh", "tỉnh có tỷ lệ gia súc được kiểm soát giết mổ dưới 30%", Y23i),
    F("dưới 30%", "30", 30, "percent", "%", RATE, Y23i, approx="under", optional=True),
    F("đứng thứ 3", "3", 3, "rank", "hạng", RATE, Y23i, location="Bình Dương"),
    F("phát hiện 2.156 vụ", "2.156", 2156, "count", "vụ", "vụ vi phạm về giết mổ và vận chuyển động vật", Y23i),
    F("hơn 14,8 tỷ đồng", "14,8", 14800000000, "money", "đồng", "tiền xử phạt", Y23i, approx="over"),
    F("gần 186 tấn", "186", 186, "measure", "tấn", "thịt, sản phẩm động vật không rõ nguồn gốc bị tiêu hủy", Y23i,
      approx="nearly", change=CH("increase", 1.3, "lần", "năm 2022")),
    F("di dời 87 điểm", "87", 87, "count", "điểm giết mổ", "điểm giết mổ được hỗ trợ di dời ra khỏi khu dân cư", Y23i),
    F("từ 300 đến 500 triệu", "300", 300000000, "money", "đồng/điểm", "mức hỗ trợ di dời bình quân", Y23i,
      value_max=500000000),
    F("phấn đấu 70% gia súc", "70", 70, "percent", "%", "gia súc được giết mổ tập trung công nghiệp", T25, status="target"),
    F("và 50% gia cầm", "50", 50, "percent", "%", "gia cầm được giết mổ tập trung công nghiệp", T25, status="target"),
    F("là 80% và", "80", 80, "percent", "%", "gia súc được giết mổ tập trung công nghiệp", T30, status="target"),
    F("và 70%.", "70", 70, "percent", "%", "gia cầm được giết mổ tập trung công nghiệp", T30, status="target"),
]

COMMENTS = [
    "Ministry site (Cục Thú y, Bộ NN&PTNT): national slaughter-control results 2023, leading provinces, violations, strategy targets 2025/2030. Published 22/03/2024.",
    "Headline 62,5% repeats the body figure; headline period 'Năm 2023' in the headline itself. Provinces in the list go to location; '12 tỉnh' is a national count (Việt Nam).",
    "'dưới 30%' is the threshold that defines the 12 provinces: optional. '148 cơ sở, chiếm 11,2%' -> percent 11,2. 'tăng 1,3 lần so với năm 2022' is the change of 186 tấn.",
    "'lần lượt là 80% và 70%' are the 2030 targets for gia súc and gia cầm. Rank 'đứng thứ 3 cả nước' -> location Bình Dương.",
    "Distractors: 'Hội nghị sơ kết lần thứ 3', Quyết định số 1520/QĐ-TTg, giai đoạn 2021-2030, tầm nhìn 2045, address Số 15 ngõ 78, phone, Lượt xem: 2.406.",
]

emit("p633-4", TEXT, COMMENTS, FIGS, published="2024-03-22", location="Việt Nam")
