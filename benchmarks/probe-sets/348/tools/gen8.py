from lib import F, P, emit

TEXT = """NGÂN HÀNG NHÀ NƯỚC VIỆT NAM
Tin tức - Sự kiện > Hoạt động ngân hàng

Tài chính vi mô góp phần mở rộng tiếp cận tín dụng ở khu vực nông thôn

Tính đến 30/9/2024, cả nước có 4 tổ chức tài chính vi mô (TCTCVM) được Ngân hàng Nhà nước cấp phép hoạt động với 112 chi nhánh, phòng giao dịch tại 29 tỉnh, thành phố. Tổng dư nợ của các TCTCVM đạt 16.850 tỷ đồng, tăng 11,2% so với cuối năm 2023, với khoảng 512 nghìn khách hàng đang vay vốn, trong đó khách hàng nữ chiếm trên 95%.

Trong quý III/2024, các TCTCVM đã giải ngân 5.470 tỷ đồng, tăng 6,8% so với quý II/2024; dư nợ bình quân một khoản vay khoảng 32,9 triệu đồng. Tỷ lệ nợ xấu của khu vực tài chính vi mô ở mức 0,21%, thấp nhất trong các loại hình tổ chức tín dụng.

Bên cạnh các TCTCVM, hiện có khoảng 60 chương trình, dự án tài chính vi mô do các tổ chức chính trị - xã hội (chủ yếu là Hội Liên hiệp Phụ nữ) quản lý, phục vụ gần 200 nghìn khách hàng với dư nợ khoảng 2,4 nghìn tỷ đồng. Theo Quyết định số 20/2017/QĐ-TTg, các chương trình, dự án này phải đăng ký với Ủy ban nhân dân cấp tỉnh.

Dư nợ của khu vực QTDND và TCTCVM hiện chiếm khoảng 1,2% tổng dư nợ toàn hệ thống các tổ chức tín dụng, song có vai trò quan trọng trong cho vay hộ nghèo, hộ cận nghèo.

Theo Chiến lược tài chính toàn diện quốc gia, đến năm 2025 phấn đấu ít nhất 80% người trưởng thành có tài khoản giao dịch tại ngân hàng hoặc tổ chức được phép khác. Trong quý IV/2024, Ngân hàng Nhà nước dự kiến xem xét cấp phép cho 1 - 2 tổ chức tài chính vi mô mới.

Vụ Truyền thông - Ngân hàng Nhà nước, điện thoại: 024.3936.6306
"""

AS = P("Tính đến 30/9/2024", None, "2024-09-30")
ASi = P("Tính đến 30/9/2024", None, "2024-09-30", inh=True)
Q3 = P("Trong quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("Trong quý III/2024", "2024-07-01", "2024-09-30", inh=True)

FIGS = [
    F("có 4 tổ chức", "4", 4, "count", "tổ chức tài chính vi mô", "tổ chức tài chính vi mô (TCTCVM) được cấp phép hoạt động", AS),
    F("với 112 chi nhánh", "112", 112, "count", "chi nhánh, phòng giao dịch", "chi nhánh, phòng giao dịch của TCTCVM", AS),
    F("tại 29 tỉnh", "29", 29, "count", "tỉnh, thành phố", "tỉnh, thành phố có TCTCVM hoạt động", AS),
    F("đạt 16.850 tỷ đồng", "16.850", 16850e9, "money", "đồng", "Tổng dư nợ của các TCTCVM", ASi,
      change={"direction": "increase", "value": 11.2, "unit": "%", "baseline": "cuối năm 2023"}),
    F("khoảng 512 nghìn khách hàng", "512", 512000, "count", "khách hàng", "khách hàng đang vay vốn", ASi,
      approx="about"),
    F("chiếm trên 95%", "95", 95, "percent", "%", "khách hàng nữ", ASi, approx="over"),
    F("giải ngân 5.470 tỷ đồng", "5.470", 5470e9, "money", "đồng", "các TCTCVM giải ngân", Q3,
      change={"direction": "increase", "value": 6.8, "unit": "%", "baseline": "quý II/2024"}),
    F("khoảng 32,9 triệu đồng", "32,9", 32.9e6, "money", "đồng", "dư nợ bình quân một khoản vay", Q3, approx="about"),
    F("ở mức 0,21%", "0,21", 0.21, "percent", "%", "Tỷ lệ nợ xấu của khu vực tài chính vi mô", Q3i),
    F("khoảng 60 chương trình", "60", 60, "count", "chương trình, dự án", "chương trình, dự án tài chính vi mô",
      approx="about"),
    F("gần 200 nghìn khách hàng", "200", 200000, "count", "khách hàng", "khách hàng của chương trình, dự án tài chính vi mô",
      approx="nearly"),
    F("khoảng 2,4 nghìn tỷ đồng", "2,4", 2.4e12, "money", "đồng", "dư nợ của chương trình, dự án tài chính vi mô",
      approx="about"),
    F("khoảng 1,2%", "1,2", 1.2, "percent", "%", "Dư nợ của khu vực QTDND và TCTCVM trong tổng dư nợ toàn hệ thống",
      approx="about"),
    F("ít nhất 80%", "80", 80, "percent", "%", "người trưởng thành có tài khoản giao dịch",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
    F("cho 1 - 2 tổ chức", "1", 1, "count", "tổ chức tài chính vi mô", "tổ chức tài chính vi mô mới được cấp phép",
      P("Trong quý IV/2024", "2024-10-01", "2024-12-31"), value_max=2, status="forecast"),
]

COMMENTS = [
    "Ministry site (Ngân hàng Nhà nước Việt Nam): licensed microfinance institutions (TCTCVM) and microfinance programmes, Q3/2024; national targets.",
    "No dateline at all (published null); years come from the text ('Tính đến 30/9/2024', 'quý III/2024'). Default location Việt Nam.",
    "Distractors: 'Quyết định số 20/2017/QĐ-TTg', 'quý II/2024' as a baseline, phone 024.3936.6306, section path in the page head.",
    "'khách hàng nữ chiếm trên 95%': a share of a subgroup with no count of its own, so a percent figure (approx over), not 512 nghìn's attribute.",
    "'dư nợ bình quân một khoản vay khoảng 32,9 triệu đồng' is in the same sentence as 'Trong quý III/2024' (scored). '0,21%' next sentence: inherited.",
    "'khoảng 2,4 nghìn tỷ đồng' = 2,4·10^12 đồng. Programme figures ('hiện') have no period. 'dự kiến ... 1 - 2 tổ chức' is a forecast range.",
    "'đến năm 2025 phấn đấu ít nhất 80%' is a target (at_least), end 2025-12-31.",
]

emit("p348-8", TEXT, COMMENTS, FIGS, published=None, location="Việt Nam")
