from lib import F, P, CH, emit

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Thương mại biên giới

Thương mại biên giới 6 tháng đầu năm 2024: kim ngạch tăng trưởng khá, hạ tầng chợ biên giới được cải thiện
Ngày đăng: 22/08/2024

Theo Cục Xuất nhập khẩu, 6 tháng đầu năm 2024, tổng kim ngạch thương mại qua biên giới đất liền của Việt Nam với Trung Quốc, Lào và Campuchia ước đạt 23,7 tỷ USD, tăng 11,3% so với cùng kỳ năm 2023. Trong đó, kim ngạch với Trung Quốc đạt 19,4 tỷ USD, chiếm 81,9%; với Campuchia 2,9 tỷ USD; với Lào 1,4 tỷ USD.

Các địa phương có kim ngạch qua biên giới lớn nhất là Lạng Sơn (khoảng 3,1 tỷ USD), Quảng Ninh (1,98 tỷ USD), Lào Cai (1,62 tỷ USD) và Tây Ninh (1,15 tỷ USD).

Thực hiện Nghị định số 14/2018/NĐ-CP quy định chi tiết về hoạt động thương mại biên giới, tính đến 30/6/2024, cả nước có 89 chợ biên giới, 27 chợ cửa khẩu và 19 chợ trong khu kinh tế cửa khẩu. Giai đoạn 2021-2023, ngân sách trung ương và địa phương đã hỗ trợ khoảng 412 tỷ đồng để cải tạo, nâng cấp 36 chợ, trong đó 21 chợ tại các tỉnh miền núi phía Bắc.

Cũng trong 6 tháng, lực lượng quản lý thị trường tại 25 tỉnh biên giới đã kiểm tra 3.874 vụ việc, xử lý 3.106 vụ vi phạm, thu nộp ngân sách trên 64,5 tỷ đồng.

Theo Đề án phát triển thương mại biên giới, mục tiêu đến năm 2025, kim ngạch thương mại biên giới đạt 50 tỷ USD/năm, tỷ lệ chợ biên giới đạt chuẩn về hạ tầng từ 60-70%. Đến năm 2030, phấn đấu 100% cửa khẩu chính trở lên được số hóa thủ tục thông quan.

Tin, ảnh: Cục Xuất nhập khẩu - Bộ Công Thương
Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội. Điện thoại: 024.2220.2222
"""

H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
T30 = P("tính đến 30/6/2024", None, "2024-06-30")
G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
H6b = P("Cũng trong 6 tháng", "2024-01-01", "2024-06-30")
KN = "kim ngạch qua biên giới"

FIGS = [
    F("ước đạt 23,7 tỷ USD", "23,7", 23.7e9, "money", "USD", "tổng kim ngạch thương mại qua biên giới đất liền", H6,
      change=CH("increase", 11.3, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("đạt 19,4 tỷ USD", "19,4", 19.4e9, "money", "USD", "kim ngạch với Trung Quốc", H6i, total=23.7e9, percent=81.9, status="estimate"),
    F("Campuchia 2,9 tỷ USD", "2,9", 2.9e9, "money", "USD", "kim ngạch với Campuchia", H6i, total=23.7e9, status="estimate"),
    F("Lào 1,4 tỷ USD", "1,4", 1.4e9, "money", "USD", "kim ngạch với Lào", H6i, total=23.7e9, status="estimate"),
    F("Lạng Sơn (khoảng 3,1 tỷ USD)", "3,1", 3.1e9, "money", "USD", KN, H6i, approx="about", location="Lạng Sơn"),
    F("Quảng Ninh (1,98 tỷ USD)", "1,98", 1.98e9, "money", "USD", KN, H6i, location="Quảng Ninh"),
    F("Lào Cai (1,62 tỷ USD)", "1,62", 1.62e9, "money", "USD", KN, H6i, location="Lào Cai"),
    F("Tây Ninh (1,15 tỷ USD)", "1,15", 1.15e9, "money", "USD", KN, H6i, location="Tây Ninh"),
    F("có 89 chợ biên giới", "89", 89, "count", "chợ biên giới", "chợ biên giới", T30),
    F("27 chợ cửa khẩu", "27", 27, "count", "chợ cửa khẩu", "chợ cửa khẩu", T30),
    F("19 chợ trong khu", "19", 19, "count", "chợ", "chợ trong khu kinh tế cửa khẩu", T30),
    F("khoảng 412 tỷ đồng", "412", 412e9, "money", "đồng", "ngân sách trung ương và địa phương hỗ trợ cải tạo, nâng cấp chợ",
      G, approx="about"),
    F("nâng cấp 36 chợ", "36", 36, "count", "chợ", "chợ được cải tạo, nâng cấp", G),
    F("21 chợ tại", "21", 21, "count", "chợ", "chợ tại các tỉnh miền núi phía Bắc được cải tạo, nâng cấp", G, total=36),
    F("tại 25 tỉnh biên giới", "25", 25, "count", "tỉnh biên giới", "tỉnh biên giới", H6b),
    F("kiểm tra 3.874 vụ việc", "3.874", 3874, "count", "vụ việc", "vụ việc lực lượng quản lý thị trường kiểm tra", H6b),
    F("xử lý 3.106 vụ", "3.106", 3106, "count", "vụ vi phạm", "vụ vi phạm xử lý", H6b),
    F("trên 64,5 tỷ đồng", "64,5", 64.5e9, "money", "đồng", "thu nộp ngân sách", H6b, approx="over"),
    F("đạt 50 tỷ USD/năm", "50", 50e9, "money", "USD/năm", "kim ngạch thương mại biên giới",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("từ 60-70%", "60", 60, "percent", "%", "tỷ lệ chợ biên giới đạt chuẩn về hạ tầng",
      P("đến năm 2025", None, "2025-12-31"), value_max=70, status="target"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "cửa khẩu chính trở lên được số hóa thủ tục thông quan",
      P("Đến năm 2030", None, "2030-12-31"), status="target"),
]

COMMENTS = [
    "Bộ Công Thương (ministry site): thương mại biên giới 6 tháng đầu năm 2024 — national turnover, partners, provinces, markets, QLTT, targets.",
    "Dateline 'Ngày đăng: 22/08/2024' (no time). Default location Việt Nam; trade partners (Trung Quốc, Lào, Campuchia) are not places of the figures.",
    "Partner amounts after 'Trong đó' are parts of 23,7 tỷ (sum 23,7); 'chiếm 81,9%' is the share of 19,4 tỷ.",
    "revised: partner amounts after 'Trong đó' of the estimated 23,7 tỷ are status estimate (shared gold h14, h28).",
    "Province list items: location = the province, subject = the list indicator. '21 chợ' after 'trong đó' is part of 36 chợ.",
    "Distractors: 'Nghị định số 14/2018/NĐ-CP', address '54 Hai Bà Trưng', phone, 'Giai đoạn 2021-2023' / 'năm 2025' / 'năm 2030' (periods).",
    "'25 tỉnh biên giới' is the scope of the QLTT figures but a count of its own (required, location Việt Nam: a count of provinces).",
    "'50 tỷ USD/năm' is a target per year (unit USD/năm); 'từ 60-70%' a target range. 'Đến năm 2030' as-of end of 2030.",
]

emit("p372-6", TEXT, COMMENTS, FIGS, published="2024-08-22", location="Việt Nam")
