from lib import F, P, build

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Tin tức > Lâm nghiệp

Năm 2023: Tỷ lệ che phủ rừng toàn quốc đạt 42,02%
Thứ Năm, 18/01/2024 - 15:20

Ngày 17/1, Bộ Nông nghiệp và Phát triển nông thôn ban hành Quyết định số 173/QĐ-BNN-KL công bố hiện trạng rừng toàn quốc năm 2023. Theo đó, tính đến ngày 31/12/2023, tổng diện tích rừng toàn quốc là 14.860.309 ha, trong đó rừng tự nhiên 10.129.751 ha, rừng trồng 4.730.558 ha; tỷ lệ che phủ rừng đạt 42,02%, đạt chỉ tiêu Quốc hội giao (42%).

Về công tác phòng cháy, chữa cháy rừng, năm 2023 cả nước xảy ra 266 vụ cháy rừng, diện tích rừng bị thiệt hại 1.384 ha, tăng 2,1 lần so với năm 2022. Các địa phương có diện tích rừng bị cháy lớn là Lào Cai (248,6 ha), Sơn La (173,2 ha), Điện Biên (121 ha) và Lai Châu (96,4 ha).

Lực lượng kiểm lâm cả nước đã phát hiện 9.871 vụ vi phạm pháp luật về lâm nghiệp, giảm 7,5% so với năm 2022; tịch thu trên 6.230 m3 gỗ các loại; thu nộp ngân sách nhà nước khoảng 168 tỷ đồng. Có 12 địa phương có số vụ vi phạm tăng so với năm trước, gồm Quảng Nam, Kon Tum, Đắk Lắk, Lâm Đồng…

Sau 3 năm thực hiện Đề án "Trồng một tỷ cây xanh giai đoạn 2021-2025", đến hết năm 2023 cả nước đã trồng được 690 triệu cây, đạt 69% mục tiêu.

Năm 2024, Bộ đặt kế hoạch trồng rừng tập trung 240.000 ha, trong đó rừng phòng hộ, đặc dụng khoảng 8.500 ha; giữ ổn định tỷ lệ che phủ rừng ở mức 42%. Theo dự báo của Trung tâm Dự báo khí tượng thủy văn quốc gia, mùa khô năm nay nhiệt độ trung bình ở Tây Nguyên và Nam Bộ có thể cao hơn trung bình nhiều năm từ 0,5 đến 1 độ C, nguy cơ cháy rừng ở mức cao.

Cục Kiểm lâm - Số 2 Ngọc Hà, Ba Đình, Hà Nội
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
AS = P("tính đến ngày 31/12/2023", None, "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("toàn quốc đạt 42,02%", "42,02", 42.02, "percent", "%", "tỷ lệ che phủ rừng toàn quốc",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("là 14.860.309 ha", "14.860.309", 14860309, "measure", "ha", "tổng diện tích rừng toàn quốc", period=AS),
    F("rừng tự nhiên 10.129.751 ha", "10.129.751", 10129751, "measure", "ha", "diện tích rừng tự nhiên",
      total=14860309, period=AS),
    F("rừng trồng 4.730.558 ha", "4.730.558", 4730558, "measure", "ha", "diện tích rừng trồng", total=14860309, period=AS),
    F("rừng đạt 42,02%, đạt", "42,02", 42.02, "percent", "%", "tỷ lệ che phủ rừng",
      target=dict(value=42, unit="%", met=True), period=AS),
    F("xảy ra 266 vụ", "266", 266, "count", "vụ", "vụ cháy rừng", period=Y23),
    F("thiệt hại 1.384 ha", "1.384", 1384, "measure", "ha", "diện tích rừng bị thiệt hại",
      change=dict(direction="increase", value=2.1, unit="lần", baseline="năm 2022"), period=Y23),
    F("Lào Cai (248,6 ha)", "248,6", 248.6, "measure", "ha", "diện tích rừng bị cháy", period=Y23i, location="Lào Cai"),
    F("Sơn La (173,2 ha)", "173,2", 173.2, "measure", "ha", "diện tích rừng bị cháy", period=Y23i, location="Sơn La"),
    F("Điện Biên (121 ha)", "121", 121, "measure", "ha", "diện tích rừng bị cháy", period=Y23i, location="Điện Biên"),
    F("Lai Châu (96,4 ha)", "96,4", 96.4, "measure", "ha", "diện tích rừng bị cháy", period=Y23i, location="Lai Châu"),
    F("phát hiện 9.871 vụ", "9.871", 9871, "count", "vụ", "vụ vi phạm pháp luật về lâm nghiệp",
      change=dict(direction="decrease", value=7.5, unit="%", baseline="năm 2022"), period=Y23i),
    F("trên 6.230 m3", "6.230", 6230, "measure", "m3", "gỗ các loại bị tịch thu", approx="over", period=Y23i),
    F("khoảng 168 tỷ đồng", "168", 168e9, "money", "đồng", "thu nộp ngân sách nhà nước", approx="about", period=Y23i),
    F("Có 12 địa phương", "12", 12, "count", "địa phương", "địa phương có số vụ vi phạm tăng so với năm trước",
      period=Y23i),
    F("Sau 3 năm", "3", 3, "measure", "năm", optional=True),
    F("Trồng một tỷ cây xanh", "một", 1e9, "count", "cây xanh", optional=True),
    F("được 690 triệu cây", "690", 690e6, "count", "cây", "cây xanh trồng được theo Đề án", percent=69,
      period=P("đến hết năm 2023", None, "2023-12-31")),
    F("tập trung 240.000 ha", "240.000", 240000, "measure", "ha", "diện tích trồng rừng tập trung", status="target", period=Y24),
    F("khoảng 8.500 ha", "8.500", 8500, "measure", "ha", "diện tích trồng rừng phòng hộ, đặc dụng", approx="about",
      total=240000, status="target", period=Y24),
    F("ở mức 42%", "42", 42, "percent", "%", "tỷ lệ che phủ rừng", status="target", period=Y24),
    F("từ 0,5 đến 1 độ C", "0,5", 0.5, "measure", "độ C", "nhiệt độ trung bình mùa khô cao hơn trung bình nhiều năm",
      value_max=1, status="forecast"),
]

build("p292-5", TEXT, FIGS, [
    "Ministry site (Bộ NN&PTNT), 'Thứ Năm, dd/mm/yyyy - hh:mm' dateline; national figures, location Việt Nam; office address at the end.",
    "Headline 42,02% (period 'Năm 2023' in the headline). '(42%)' after 'đạt chỉ tiêu Quốc hội giao' is the target (met) of the body 42,02%.",
    "'tăng 2,1 lần so với năm 2022' is the change of 1.384 ha (nearest figure in the same clause chain). Provinces in the list → location.",
    "'Có 12 địa phương …, gồm Quảng Nam, …' is a national count: location Việt Nam.",
    "'Sau 3 năm' (duration) and 'một tỷ' inside the programme's name are optional. 'đạt 69% mục tiêu' is the share of 690 triệu cây.",
    "Plan 2024 ('kế hoạch'): 240.000 ha with part 'trong đó … khoảng 8.500 ha', 42% — status target. '0,5 đến 1 độ C' after 'Theo dự báo' → forecast; 'mùa khô năm nay' gives no datable period (none annotated).",
    "Distractors: Quyết định số 173/QĐ-BNN-KL, 'Ngày 17/1', dateline, 'giai đoạn 2021-2025' in a name, address 'Số 2 Ngọc Hà'.",
], published="2024-01-18", location="Việt Nam")
