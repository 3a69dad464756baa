from lib import F, P, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LỤC NGẠN - TỈNH BẮC GIANG

Lục Ngạn kết thúc vụ vải thiều năm 2024: tổng sản lượng đạt gần 107 nghìn tấn
Ngày đăng: 22/07/2024 15:40

Theo Ban Chỉ đạo tiêu thụ vải thiều huyện, đến ngày 20/7/2024, vụ vải thiều năm 2024 trên địa bàn huyện Lục Ngạn cơ bản kết thúc. Tổng sản lượng vải thiều đạt 106.800 tấn, tăng 17,5% so với năm 2023; tổng doanh thu từ vải thiều và dịch vụ phụ trợ ước đạt 3.650 tỷ đồng.

Toàn huyện có 17.500 ha vải thiều, trong đó 11.320 ha sản xuất theo tiêu chuẩn VietGAP và 220 ha theo tiêu chuẩn GlobalGAP. Có 31 mã số vùng trồng với diện tích khoảng 2.600 ha được cấp để xuất khẩu sang Trung Quốc, Mỹ, Nhật Bản, Úc và EU; 39 cơ sở đóng gói được cấp mã số.

Về tiêu thụ, khoảng 55% sản lượng được tiêu thụ trong nước, 45% xuất khẩu; thị trường Trung Quốc chiếm trên 90% sản lượng xuất khẩu. Giá vải sớm tại vườn dao động từ 25.000 đến 40.000 đồng/kg; giá vải chính vụ bình quân 15.000 đồng/kg, cao hơn 3.000 đồng/kg so với năm 2023.

Trong vụ, huyện đã tổ chức hai hội nghị xúc tiến tiêu thụ, thu hút hơn một trăm doanh nghiệp, thương nhân tham gia; bố trí 6 điểm cân vải dọc Quốc lộ 31 và đường tỉnh 290. Đặc biệt, có gần 300 thương nhân Trung Quốc sang thu mua trực tiếp, tăng 20% so với vụ trước.

Năm 2025, huyện phấn đấu nâng diện tích vải thiều sản xuất theo tiêu chuẩn GlobalGAP lên 300 ha, doanh thu đạt trên 4.000 tỷ đồng. Thông tin hỗ trợ thương nhân: đường dây nóng 0204.3882.115.

Văn phòng HĐND và UBND huyện
"""

N24 = P("năm 2024", "2024-01-01", "2024-12-31")
N24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
N25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("gần 107 nghìn tấn", "107", 107000, "measure", "tấn", "tổng sản lượng vải thiều", N24, approx="nearly"),
    F("đạt 106.800 tấn", "106.800", 106800, "measure", "tấn", "tổng sản lượng vải thiều", N24i,
      change=CH("increase", 17.5, "%", "năm 2023")),
    F("ước đạt 3.650 tỷ đồng", "3.650", 3650000000000, "money", "đồng", "tổng doanh thu từ vải thiều và dịch vụ phụ trợ",
      N24i, status="estimate"),
    F("có 17.500 ha", "17.500", 17500, "measure", "ha", "diện tích vải thiều", N24i),
    F("11.320 ha", "11.320", 11320, "measure", "ha", "diện tích vải thiều sản xuất theo tiêu chuẩn VietGAP", N24i,
      total=17500),
    F("và 220 ha", "220", 220, "measure", "ha", "diện tích vải thiều sản xuất theo tiêu chuẩn GlobalGAP", N24i,
      total=17500),
    F("Có 31 mã", "31", 31, "count", "mã số vùng trồng", "mã số vùng trồng được cấp để xuất khẩu", N24i),
    F("khoảng 2.600 ha", "2.600", 2600, "measure", "ha", "diện tích mã số vùng trồng", N24i, approx="about"),
    F("39 cơ sở", "39", 39, "count", "cơ sở đóng gói", "cơ sở đóng gói được cấp mã số", N24i),
    F("khoảng 55%", "55", 55, "percent", "%", "tỷ lệ sản lượng tiêu thụ trong nước", N24i, approx="about"),
    F("45% xuất khẩu", "45", 45, "percent", "%", "tỷ lệ sản lượng xuất khẩu", N24i),
    F("trên 90%", "90", 90, "percent", "%", "tỷ trọng thị trường Trung Quốc trong sản lượng xuất khẩu", N24i,
      approx="over"),
    F("từ 25.000 đến 40.000", "25.000", 25000, "money", "đồng/kg", "giá vải sớm tại vườn", N24i, value_max=40000),
    F("bình quân 15.000 đồng/kg", "15.000", 15000, "money", "đồng/kg", "giá vải chính vụ bình quân", N24i,
      change=CH("increase", 3000, "đồng/kg", "năm 2023")),
    F("hai hội nghị", "hai", 2, "count", "hội nghị", "hội nghị xúc tiến tiêu thụ", N24i),
    F("hơn một trăm doanh nghiệp", "một trăm", 100, "count", "doanh nghiệp, thương nhân",
      "doanh nghiệp, thương nhân tham gia hội nghị", N24i, approx="over"),
    F("bố trí 6 điểm", "6", 6, "count", "điểm cân vải", "điểm cân vải", N24i),
    F("gần 300 thương nhân", "300", 300, "count", "thương nhân", "thương nhân Trung Quốc sang thu mua trực tiếp", N24i,
      approx="nearly", change=CH("increase", 20, "%", "vụ trước")),
    F("lên 300 ha", "300", 300, "measure", "ha", "diện tích vải thiều sản xuất theo tiêu chuẩn GlobalGAP", N25,
      status="target"),
    F("trên 4.000 tỷ đồng", "4.000", 4000000000000, "money", "đồng", "doanh thu", N25, approx="over", status="target"),
]

emit("p280-7", TEXT, [
    "Cổng TTĐT huyện Lục Ngạn (Bắc Giang, district portal): end of the 2024 lychee season — output, revenue, VietGAP/GlobalGAP area, codes, prices.",
    "Dateline 'Ngày đăng: 22/07/2024 15:40'. Location Lục Ngạn throughout (the district); trade partners are not places.",
    "Distractors: 'Quốc lộ 31', 'đường tỉnh 290' (road names), hotline 0204.3882.115, 'ngày 20/7/2024', 'vụ trước' (baseline).",
    "'vụ vải thiều năm 2024' stands in the first sentence only; all later body figures inherit it. Headline states 'năm 2024' itself.",
    "11.320 ha and 220 ha are parts of 17.500 ha ('trong đó'). 55% / 45% / 90% have no base amount: percent figures of their own.",
    "Number words: 'hai hội nghị' = 2, 'hơn một trăm' = 100 (over). 'tăng 20% so với vụ trước' is the change of 300 thương nhân.",
], FIGS, published="2024-07-22", location="Lục Ngạn")
