from lib import F, P, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÁI BÈ
Tin tức - Sự kiện » Kinh tế
08/10/2024 | 15:42

Hỗ trợ khẩn cấp các hộ dân bị ảnh hưởng do sạt lở

Quý III/2024, trên địa bàn huyện xảy ra 14 điểm sạt lở bờ sông, kênh, rạch với tổng chiều dài 486 m, tập trung tại các xã An Cư, Hậu Thành, Thiện Trung và Mỹ Lương. Tính chung 9 tháng, toàn huyện có 31 điểm sạt lở, dài 1.105 m, làm 9 căn nhà bị sập và 23 căn nhà bị hư hỏng.

Ngay sau khi sự cố xảy ra, UBND huyện đã trích 2,35 tỷ đồng từ nguồn dự phòng ngân sách huyện để hỗ trợ người dân khắc phục; trong đó nhà bị sập được hỗ trợ 40 triệu đồng/căn, nhà bị hư hỏng từ 10-20 triệu đồng/căn. Tính đến 30/9, huyện đã di dời 27 hộ (gồm 19 hộ di dời khẩn cấp và 8 hộ di dời chủ động) vào cụm dân cư Mỹ Lương và cụm dân cư Đông Hòa Hiệp; các hộ còn lại được bố trí tạm cư tại nhà người thân.

Đối với công trình, tỉnh Tiền Giang đã đầu tư kè chống sạt lở sông Tiền khu vực thị trấn Cái Bè dài 1.250 m, vốn 185 tỷ đồng; đến nay khối lượng thi công đạt khoảng 75%. Dọc Quốc lộ 30 và Đường tỉnh 875, huyện đã cắm 46 biển cảnh báo tại các đoạn bờ sông xung yếu.

Năm 2025, huyện đăng ký kế hoạch vốn 12 tỷ đồng để gia cố 5 tuyến kênh với chiều dài 3,6 km, phấn đấu giảm trên 30% số điểm sạt lở so với năm 2024.

Đường dây nóng tiếp nhận thông tin sạt lở: 0273.3824.116 hoặc 1900 9095 (Phòng Nông nghiệp và PTNT huyện).

Minh Thư
"""

PQ3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
P9 = P("9 tháng", "2024-01-01", "2024-09-30")
P9i = P("9 tháng", "2024-01-01", "2024-09-30", inh=True)
P309 = P("Tính đến 30/9", None, "2024-09-30")
PDN = P("đến nay", None, "2024-10-08")
P25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("xảy ra 14 điểm", "14", 14, "count", "điểm sạt lở", "điểm sạt lở bờ sông, kênh, rạch", period=PQ3),
    F("chiều dài 486 m", "486", 486, "measure", "m", "tổng chiều dài sạt lở", period=PQ3),
    F("có 31 điểm", "31", 31, "count", "điểm sạt lở", "điểm sạt lở", period=P9),
    F("dài 1.105 m", "1.105", 1105, "measure", "m", "chiều dài sạt lở", period=P9),
    F("làm 9 căn nhà", "9", 9, "count", "căn nhà", "căn nhà bị sập", period=P9),
    F("23 căn nhà", "23", 23, "count", "căn nhà", "căn nhà bị hư hỏng", period=P9),
    F("trích 2,35 tỷ đồng", "2,35", 2.35e9, "money", "đồng", "kinh phí dự phòng ngân sách huyện hỗ trợ người dân khắc phục", period=P9i),
    F("hỗ trợ 40 triệu đồng/căn", "40", 40e6, "money", "đồng/căn", "mức hỗ trợ nhà bị sập"),
    F("từ 10-20 triệu đồng/căn", "10", 10e6, "money", "đồng/căn", "mức hỗ trợ nhà bị hư hỏng", value_max=20e6),
    F("di dời 27 hộ", "27", 27, "count", "hộ", "hộ đã di dời", period=P309),
    F("gồm 19 hộ", "19", 19, "count", "hộ", "hộ di dời khẩn cấp", total=27, period=P309),
    F("và 8 hộ", "8", 8, "count", "hộ", "hộ di dời chủ động", total=27, period=P309),
    F("dài 1.250 m", "1.250", 1250, "measure", "m", "kè chống sạt lở sông Tiền khu vực thị trấn Cái Bè"),
    F("vốn 185 tỷ đồng", "185", 185e9, "money", "đồng", "vốn đầu tư kè chống sạt lở sông Tiền"),
    F("khoảng 75%", "75", 75, "percent", "%", "khối lượng thi công", approx="about", period=PDN),
    F("cắm 46 biển", "46", 46, "count", "biển cảnh báo", "biển cảnh báo tại các đoạn bờ sông xung yếu"),
    F("kế hoạch vốn 12 tỷ đồng", "12", 12e9, "money", "đồng", "kế hoạch vốn gia cố tuyến kênh", status="target", period=P25),
    F("gia cố 5 tuyến", "5", 5, "count", "tuyến kênh", "tuyến kênh gia cố", status="target", period=P25),
    F("dài 3,6 km", "3,6", 3.6, "measure", "km", "chiều dài tuyến kênh gia cố", status="target", period=P25),
    F("trên 30%", "30", 30, "percent", "%", "giảm số điểm sạt lở so với năm 2024", approx="over", status="target", period=P25),
]

COMMENTS = [
    "District portal (huyện Cái Bè, Tiền Giang): erosion Q3 and 9 months 2024, emergency support, relocation, 2025 plan. Dateline '08/10/2024 | 15:42', byline at end.",
    "'9 tháng' takes 2024 from 'Quý III/2024'; 'Tính đến 30/9' likewise. Commune names in a list: the district is the location (default).",
    "'trong đó … 40 triệu đồng/căn, … 10-20 triệu đồng/căn' are support rates (unit đồng/căn), not parts of 2,35 tỷ: no total.",
    "'27 hộ (gồm 19 … và 8 …)' bracketed breakdown adding up: totals 27.",
    "1.250 m / 185 tỷ: the embankment at thị trấn Cái Bè (in the district). 'khối lượng thi công đạt khoảng 75%' a percent of its own; 'đến nay' ends at the dateline.",
    "'Năm 2025 … đăng ký kế hoạch vốn …, phấn đấu …': targets (kế hoạch, phấn đấu); 'giảm trên 30% … so với năm 2024' a target rate as the claim.",
    "Distractors: Quốc lộ 30, Đường tỉnh 875, phone 0273.3824.116, hotline 1900 9095, dates, names of residential clusters.",
]

emit(7, TEXT, FIGS, COMMENTS, published="2024-10-08", location="Cái Bè")
