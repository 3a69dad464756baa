from lib import F, P, build

TEXT = """Đắk Lắk: Kết quả thực hiện Chiến lược phát triển thanh niên năm 2023
Ngày cập nhật: 12/03/2024

Sở Nội vụ tỉnh Đắk Lắk vừa ban hành Báo cáo số 215/BC-SNV về kết quả thực hiện Chiến lược phát triển thanh niên tỉnh giai đoạn 2021-2030 trong năm 2023, theo Quyết định số 1331/QĐ-TTg của Thủ tướng Chính phủ. Theo đó, toàn tỉnh hiện có khoảng 512.000 thanh niên (từ 16 đến 30 tuổi), chiếm 27,4% dân số.

Một số chỉ tiêu chủ yếu (Đơn vị tính: %)
Chỉ tiêu
Năm 2022
Năm 2023
Mục tiêu đến năm 2025
Tỷ lệ thanh niên được phổ biến, giáo dục pháp luật
85,2
88,6
95
Tỷ lệ thanh niên trong độ tuổi lao động có việc làm
91,4
92,7
96
Tỷ lệ thanh niên được đào tạo nghề
48,3
51,9
60
Tỷ lệ thanh niên người dân tộc thiểu số tham gia tổ chức Đoàn, Hội
36,5
38,2
45

Năm 2023, các cấp bộ Đoàn trong tỉnh kết nạp 8.954 đoàn viên mới, đạt 111,9% chỉ tiêu; giới thiệu 1.526 đoàn viên ưu tú cho Đảng, trong đó 1.102 đoàn viên đã được kết nạp Đảng. Quỹ Hỗ trợ thanh niên lập nghiệp giải ngân 24,6 tỷ đồng cho 412 dự án.

Tuy nhiên, tỷ lệ thanh niên được đào tạo nghề ở một số huyện còn thấp, như Lắk (32,4%), Ea Súp (34,1%) và M'Drắk (35,7%).

Mọi ý kiến góp ý xin gửi về Phòng Công tác thanh niên, Sở Nội vụ, số 9 đường Lê Duẩn, TP Buôn Ma Thuột; điện thoại 0262.3852.506.
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("Mục tiêu đến năm 2025", None, "2025-12-31")

ROWS = [
    ("Tỷ lệ thanh niên được phổ biến, giáo dục pháp luật", "85,2", 85.2, "88,6", 88.6, "95", 95),
    ("Tỷ lệ thanh niên trong độ tuổi lao động có việc làm", "91,4", 91.4, "92,7", 92.7, "96", 96),
    ("Tỷ lệ thanh niên được đào tạo nghề", "48,3", 48.3, "51,9", 51.9, "60", 60),
    ("Tỷ lệ thanh niên người dân tộc thiểu số tham gia tổ chức Đoàn, Hội", "36,5", 36.5, "38,2", 38.2, "45", 45),
]

FIGS = [
    F("khoảng 512.000 thanh niên", "512.000", 512000, "count", "thanh niên", "thanh niên",
      P("năm 2023", "2023-01-01", "2023-12-31", inh=True), approx="about", percent=27.4),
    F("từ 16 đến 30 tuổi", "16", 16, "measure", "tuổi", "độ tuổi thanh niên", value_max=30, optional=True),
]
for label, a_s, a, b_s, b, c_s, c in ROWS:
    FIGS += [
        F(f"{label}\n{a_s}\n", a_s, a, "percent", "%", f"{label} năm 2022", Y22),
        F(f"{a_s}\n{b_s}\n", b_s, b, "percent", "%", f"{label} năm 2023", Y23),
        F(f"{b_s}\n{c_s}\n", c_s, c, "percent", "%", f"{label} mục tiêu đến năm 2025", T25, status="target"),
    ]
FIGS += [
    F("kết nạp 8.954 đoàn viên", "8.954", 8954, "count", "đoàn viên", "đoàn viên mới kết nạp", Y23, percent=111.9),
    F("giới thiệu 1.526 đoàn viên", "1.526", 1526, "count", "đoàn viên", "đoàn viên ưu tú giới thiệu cho Đảng", Y23),
    F("1.102 đoàn viên", "1.102", 1102, "count", "đoàn viên", "đoàn viên được kết nạp Đảng", Y23, total=1526),
    F("giải ngân 24,6 tỷ đồng", "24,6", 24600000000, "money", "đồng", "Quỹ Hỗ trợ thanh niên lập nghiệp giải ngân",
      P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)),
    F("cho 412 dự án", "412", 412, "count", "dự án", "dự án được giải ngân",
      P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)),
    F("Lắk (32,4%)", "32,4", 32.4, "percent", "%", "tỷ lệ thanh niên được đào tạo nghề", location="Lắk"),
    F("Ea Súp (34,1%)", "34,1", 34.1, "percent", "%", "tỷ lệ thanh niên được đào tạo nghề", location="Ea Súp"),
    F("M'Drắk (35,7%)", "35,7", 35.7, "percent", "%", "tỷ lệ thanh niên được đào tạo nghề", location="M'Drắk"),
]

COMMENTS = [
    "Department site (Sở Nội vụ Đắk Lắk): Chiến lược phát triển thanh niên, results 2023. Dateline 'Ngày cập nhật: 12/03/2024' (no time).",
    "One-cell-per-line table, '(Đơn vị tính: %)' in the caption; columns Năm 2022 | Năm 2023 | Mục tiêu đến năm 2025 (status target,",
    "as-of end 2025-12-31). Subject = row label + column label. Every numeric cell is a figure.",
    "Distractors: 'Báo cáo số 215/BC-SNV', 'Quyết định số 1331/QĐ-TTg', 'giai đoạn 2021-2030' (plan name), address, phone.",
    "Age bracket 'từ 16 đến 30 tuổi' is a definition: optional. '… chiếm 27,4% dân số' → percent of the 512.000 count; 'hiện có' in a",
    "sentence following 'trong năm 2023' → inherited period. 'đạt 111,9% chỉ tiêu' → percent; 'trong đó 1.102' total 1.526.",
    "District list 'Lắk (32,4%) …' → location per item; the sentence states no period, so none is annotated.",
]

build("p258-7", TEXT, COMMENTS, FIGS, published="2024-03-12", location="Đắk Lắk")
