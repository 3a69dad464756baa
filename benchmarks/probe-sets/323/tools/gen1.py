from lib import F, P, CH, TG, emit

TEXT = """Trang chủ › Tin tức - Sự kiện › Kinh tế

Làng nghề Bắc Ninh: giá trị sản xuất 6 tháng đầu năm 2024 ước đạt 9.850 tỷ đồng
Cập nhật: 12/08/2024 09:30 | Lượt xem: 1.247

Theo Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh Bắc Ninh hiện có 62 làng nghề, trong đó 31 làng nghề truyền thống và 24 làng nghề đã được UBND tỉnh công nhận theo Nghị định số 52/2018/NĐ-CP. Các làng nghề tập trung chủ yếu ở thành phố Từ Sơn (18 làng nghề), huyện Yên Phong (11 làng nghề), Gia Bình (9 làng nghề) và Thuận Thành (7 làng nghề), thu hút khoảng 72.500 lao động, chiếm 8,6% lực lượng lao động nông thôn của tỉnh.

Sáu tháng đầu năm 2024, giá trị sản xuất của các làng nghề ước đạt 9.850 tỷ đồng, tăng 7,4% so với cùng kỳ năm 2023. Trong đó, nhóm làng nghề đồ gỗ mỹ nghệ ước đạt 5.420 tỷ đồng; tiếp đến là làng nghề sản xuất giấy 1.730 tỷ đồng, làng nghề tái chế kim loại 1.180 tỷ đồng. Riêng làng nghề gỗ Đồng Kỵ (thành phố Từ Sơn) có gần 1.900 hộ sản xuất, kinh doanh. Thu nhập bình quân của lao động làng nghề đạt từ 6,5 đến 9 triệu đồng/người/tháng, cao gấp 1,5 lần so với lao động thuần nông.

Về môi trường, đến nay mới có 5/24 làng nghề được công nhận có hệ thống xử lý nước thải tập trung. Dự án xử lý nước thải làng nghề giấy Phong Khê với công suất 5.000 m³/ngày đêm, tổng vốn đầu tư 230 tỷ đồng đang vận hành thử nghiệm. Tỷ lệ chất thải rắn làng nghề được thu gom trong 6 tháng đầu năm đạt 82,5%.

Tỉnh phấn đấu đến năm 2025 công nhận thêm 10 làng nghề và 100% làng nghề có phương án bảo vệ môi trường được phê duyệt; giá trị sản xuất làng nghề cả năm 2024 đạt 20.500 tỷ đồng.

Mọi thông tin xin liên hệ: Chi cục Phát triển nông thôn, số 10 đường Phù Đổng Thiên Vương, TP Bắc Ninh. Điện thoại: 0222.3822.468.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
S6 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
S6i = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
NOW = P("đến nay", None, "2024-08-12")
NOWi = P("đến nay", None, "2024-08-12", inh=True)
VS = "giá trị sản xuất của các làng nghề"
CK = CH("increase", 7.4, "%", "cùng kỳ năm 2023")

FIGS = [
    F("ước đạt 9.850 tỷ đồng\n", "9.850", 9850e9, "money", "đồng", "giá trị sản xuất làng nghề", H1, status="estimate"),
    F("hiện có 62 làng nghề", "62", 62, "count", "làng nghề", "làng nghề"),
    F("31 làng nghề truyền thống", "31", 31, "count", "làng nghề", "làng nghề truyền thống", total=62),
    F("24 làng nghề đã được", "24", 24, "count", "làng nghề", "làng nghề được UBND tỉnh công nhận", total=62),
    F("Từ Sơn (18 làng nghề)", "18", 18, "count", "làng nghề", "làng nghề", location="Từ Sơn"),
    F("Yên Phong (11 làng nghề)", "11", 11, "count", "làng nghề", "làng nghề", location="Yên Phong"),
    F("Gia Bình (9 làng nghề)", "9", 9, "count", "làng nghề", "làng nghề", location="Gia Bình"),
    F("Thuận Thành (7 làng nghề)", "7", 7, "count", "làng nghề", "làng nghề", location="Thuận Thành"),
    F("khoảng 72.500 lao động", "72.500", 72500, "count", "lao động", "lao động làng nghề", approx="about", percent=8.6),
    F("ước đạt 9.850 tỷ đồng, tăng", "9.850", 9850e9, "money", "đồng", VS, S6, status="estimate", change=CK),
    F("ước đạt 5.420 tỷ đồng", "5.420", 5420e9, "money", "đồng", "giá trị sản xuất nhóm làng nghề đồ gỗ mỹ nghệ", S6i,
      status="estimate", total=9850e9),
    F("giấy 1.730 tỷ đồng", "1.730", 1730e9, "money", "đồng", "giá trị sản xuất làng nghề sản xuất giấy", S6i,
      status="estimate", total=9850e9),
    F("kim loại 1.180 tỷ đồng", "1.180", 1180e9, "money", "đồng", "giá trị sản xuất làng nghề tái chế kim loại", S6i,
      status="estimate", total=9850e9),
    F("gần 1.900 hộ", "1.900", 1900, "count", "hộ", "hộ sản xuất, kinh doanh làng nghề gỗ Đồng Kỵ", approx="nearly",
      location="Từ Sơn"),
    F("từ 6,5 đến 9 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động làng nghề", S6i,
      value_max=9e6, change=CH("increase", 1.5, "lần", "lao động thuần nông")),
    F("mới có 5/24 làng nghề", "5", 5, "count", "làng nghề", "làng nghề được công nhận có hệ thống xử lý nước thải tập trung",
      NOW, total=24),
    F("công suất 5.000 m³/ngày đêm", "5.000", 5000, "measure", "m³/ngày đêm",
      "công suất dự án xử lý nước thải làng nghề giấy Phong Khê"),
    F("tư 230 tỷ đồng", "230", 230e9, "money", "đồng", "tổng vốn đầu tư dự án xử lý nước thải làng nghề giấy Phong Khê"),
    F("đạt 82,5%", "82,5", 82.5, "percent", "%", "tỷ lệ chất thải rắn làng nghề được thu gom",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("thêm 10 làng nghề", "10", 10, "count", "làng nghề", "làng nghề được công nhận thêm",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("100% làng nghề có", "100", 100, "percent", "%", "làng nghề có phương án bảo vệ môi trường được phê duyệt",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("đạt 20.500 tỷ đồng", "20.500", 20500e9, "money", "đồng", "giá trị sản xuất làng nghề",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bắc Ninh: làng nghề 6 tháng đầu năm 2024 (số làng nghề, lao động, giá trị sản xuất, thu nhập, xử lý nước thải).",
    "Dateline 'Cập nhật: 12/08/2024 09:30 | Lượt xem: 1.247' (view counter is furniture). Nghị định 52/2018/NĐ-CP, address, phone: not figures.",
    "Headline figure counted. 'trong đó 31 … và 24 …' parts of 62. District list in brackets: location = district, subject = the list's 'làng nghề'.",
    "'Trong đó' after 9.850 tỷ: the three group values are parts (total) and share the estimate ('ước đạt' repeated; list continues the clause).",
    "'cao gấp 1,5 lần so với lao động thuần nông' is the income's change (cao hơn … so với, unit lần). 'đến nay' ends at the dateline.",
    "'hiện có' gives no period. Phong Khê is a ward: figure stays provincial (Bắc Ninh). Year-less '6 tháng đầu năm' takes 2024.",
]

emit("p323-1", TEXT, COMMENTS, FIGS, published="2024-08-12", location="Bắc Ninh")
