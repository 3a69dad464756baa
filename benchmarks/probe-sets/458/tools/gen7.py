from lib import F, P, CH, TG, build

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Tin hoạt động | Chất lượng, an toàn thực phẩm

Giám sát an toàn thực phẩm nông lâm thủy sản: tỷ lệ mẫu vi phạm tiếp tục giảm

Theo Cục Quản lý chất lượng Nông lâm sản và Thủy sản, 9 tháng năm 2024, các cơ quan của Bộ và 63/63 tỉnh, thành phố đã lấy 11.462 mẫu nông lâm thủy sản để giám sát, phát hiện 117 mẫu vi phạm, chiếm 1,02%, giảm 0,35 điểm phần trăm so với cùng kỳ năm 2023. Tỷ lệ vi phạm ở nhóm thủy sản nuôi là 1,6%, rau quả 1,3%, thịt gia súc, gia cầm 0,7%; các chỉ tiêu vi phạm chủ yếu là dư lượng kháng sinh Enrofloxacin, vi sinh vật Salmonella và dư lượng thuốc bảo vệ thực vật.

Riêng quý III/2024, các cơ quan đã kiểm tra, đánh giá phân loại 2.136 cơ sở sản xuất, kinh doanh nông lâm thủy sản theo Thông tư số 38/2018/TT-BNNPTNT; trong đó 1.985 cơ sở xếp loại A, B (đạt 92,9%) và 151 cơ sở xếp loại C.

Về xử lý vi phạm, từ đầu năm đến nay lực lượng thanh tra chuyên ngành đã xử phạt 284 tổ chức, cá nhân với tổng số tiền 6,35 tỷ đồng, tăng 18% so với cùng kỳ; các địa phương có số tiền phạt lớn là Đồng Tháp (712 triệu đồng), Cà Mau (645 triệu đồng), Nghệ An (530 triệu đồng).

Ước cả năm 2024, số mẫu giám sát đạt khoảng 15.300 mẫu, bằng 102% kế hoạch. Giai đoạn 2021-2025, Bộ đặt mục tiêu tỷ lệ mẫu giám sát vi phạm dưới 1% và 100% cơ sở được kiểm tra, phân loại định kỳ; tính đến ngày 30/9/2024, mới có 89,6% cơ sở được phân loại.

Thời gian tới, Cục đề nghị các địa phương tăng cường giám sát sau phân loại đối với cơ sở loại C, kiên quyết xử lý cơ sở tái kiểm tra vẫn không đạt.

Trung tâm Tin học và Thống kê - Số 2 Ngọc Hà, Ba Đình, Hà Nội
10/10/2024
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9_I = dict(M9, inherited=True)
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-10")
GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

FIGS = [
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố lấy mẫu giám sát", total=63, period=M9),
    F("lấy 11.462 mẫu", "11.462", 11462, "count", "mẫu", "mẫu nông lâm thủy sản lấy để giám sát", period=M9),
    F("phát hiện 117 mẫu", "117", 117, "count", "mẫu", "mẫu vi phạm", percent=1.02,
      change=CH("-", 0.35, "điểm phần trăm", "cùng kỳ năm 2023"), period=M9),
    F("thủy sản nuôi là 1,6%", "1,6", 1.6, "percent", "%", "tỷ lệ vi phạm nhóm thủy sản nuôi", period=M9_I),
    F("rau quả 1,3%", "1,3", 1.3, "percent", "%", "tỷ lệ vi phạm rau quả", period=M9_I),
    F("gia cầm 0,7%", "0,7", 0.7, "percent", "%", "tỷ lệ vi phạm thịt gia súc, gia cầm", period=M9_I),
    F("phân loại 2.136 cơ sở", "2.136", 2136, "count", "cơ sở",
      "cơ sở sản xuất, kinh doanh nông lâm thủy sản được kiểm tra, đánh giá phân loại", period=Q3),
    F("đó 1.985 cơ sở", "1.985", 1985, "count", "cơ sở", "cơ sở xếp loại A, B", total=2136, percent=92.9, period=Q3),
    F("và 151 cơ sở", "151", 151, "count", "cơ sở", "cơ sở xếp loại C", total=2136, period=Q3),
    F("xử phạt 284 tổ chức", "284", 284, "count", "tổ chức, cá nhân", "tổ chức, cá nhân bị xử phạt", period=YTD),
    F("tiền 6,35 tỷ đồng", "6,35", 6350000000, "money", "đồng", "tổng số tiền xử phạt",
      change=CH("+", 18, "%", "cùng kỳ"), period=YTD),
    F("Đồng Tháp (712 triệu đồng)", "712", 712000000, "money", "đồng", "số tiền phạt", period=YTD, loc="Đồng Tháp"),
    F("Cà Mau (645 triệu đồng)", "645", 645000000, "money", "đồng", "số tiền phạt", period=YTD, loc="Cà Mau"),
    F("Nghệ An (530 triệu đồng)", "530", 530000000, "money", "đồng", "số tiền phạt", period=YTD, loc="Nghệ An"),
    F("khoảng 15.300 mẫu", "15.300", 15300, "count", "mẫu", "số mẫu giám sát", approx="about", percent=102,
      status="estimate", period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("vi phạm dưới 1%", "1", 1, "percent", "%", "tỷ lệ mẫu giám sát vi phạm", approx="under", status="target", period=GD),
    F("và 100% cơ sở", "100", 100, "percent", "%", "cơ sở được kiểm tra, phân loại định kỳ", status="target", period=GD),
    F("có 89,6% cơ sở", "89,6", 89.6, "percent", "%", "cơ sở được phân loại",
      period=P("tính đến ngày 30/9/2024", None, "2024-09-30")),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT, Cục Quản lý chất lượng Nông lâm sản và Thủy sản): monitoring of agro-food samples, 9 months 2024. No dateline;",
    "a bare date '10/10/2024' ends the article (taken as `published`). National figures: location Việt Nam.",
    "Distractors: 'Thông tư số 38/2018/TT-BNNPTNT', 'Số 2 Ngọc Hà' (address), 'loại A, B', 'loại C' (grades), 'Enrofloxacin'.",
    "'63/63 tỉnh, thành phố' count 63 of 63. '117 mẫu …, chiếm 1,02%, giảm 0,35 điểm phần trăm': the share and its change attach to 117.",
    "Group rates (thủy sản nuôi, rau quả, thịt) are percent figures; groups stay in the subject. 1.985 and 151 after 'trong đó' total 2.136.",
    "'từ đầu năm đến nay' ends at the article's date 2024-10-10 and governs the province list in the same sentence (after ';').",
    "'Ước cả năm 2024 … khoảng 15.300 mẫu, bằng 102% kế hoạch': estimate, about, percent 102.",
    "Targets of 'Giai đoạn 2021-2025': 'dưới 1%' under, '100%'. 'tính đến ngày 30/9/2024 … 89,6%' as-of.",
]

build(7, TEXT, FIGS, COMMENTS, published="2024-10-10", location="Việt Nam")
