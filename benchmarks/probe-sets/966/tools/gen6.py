from lib import F, P, I, C, T, write

TEXT = """Thời sự > Giao thông
Thứ năm, 16/1/2025, 14:30 (GMT+7)

TP HCM đặt mục tiêu có hơn 2.000 xe buýt điện đến năm 2030

Để đạt mục tiêu chuyển đổi xanh, TP HCM phải thay thế hơn 2.000 xe buýt chạy dầu diesel bằng xe điện đến năm 2030, với tổng vốn ước tính khoảng 12.000 tỷ đồng.

Theo Sở Giao thông vận tải TP HCM, thành phố hiện có 2.250 xe buýt hoạt động trên 118 tuyến; trong đó chỉ 215 xe chạy điện, chiếm 9,6%. Số xe điện này phục vụ 11 tuyến, chủ yếu đi qua Bến Thành, Bến xe Miền Tây và khu đô thị Vinhomes Grand Park.

Năm 2024, xe buýt điện chở khoảng 18,7 triệu lượt khách, tăng 42% so với năm 2023, trong khi toàn mạng lưới xe buýt đạt 198 triệu lượt. Hiện mỗi năm ngân sách thành phố chi khoảng 1.300 tỷ đồng trợ giá xe buýt.

Ông Nguyễn Văn Bảy, Phó giám đốc Trung tâm Quản lý giao thông công cộng, cho biết mỗi xe buýt điện 80 chỗ có giá 5-6 tỷ đồng. Mức giá này gấp 1,5 lần xe diesel cùng loại, nên cần cơ chế thuê xe theo km hoặc hỗ trợ lãi suất để doanh nghiệp đầu tư.

Theo đề án, giai đoạn 2025-2027 thành phố sẽ chuyển đổi 1.000 xe, giai đoạn 2028-2030 thêm 1.050 xe; đến năm 2030, 100% xe buýt sử dụng điện hoặc năng lượng xanh. Đồng thời, thành phố cần xây dựng khoảng 20 depot sạc tập trung, mỗi depot rộng 1-2 ha.

Tuyến số 36 và tuyến số 88 đang được đề xuất thí điểm chuyển đổi toàn bộ trong quý II/2025.

Gia Minh
"""

T30 = P("đến năm 2030", None, "2030-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có hơn 2.000 xe buýt điện", "2.000", 2000, "count", "xe buýt điện", "xe buýt điện", T30, approx="over", status="target"),
    F("thay thế hơn 2.000 xe buýt", "2.000", 2000, "count", "xe buýt", "xe buýt chạy dầu diesel thay thế bằng xe điện", T30,
      approx="over", status="target"),
    F("khoảng 12.000 tỷ đồng", "12.000", 12e12, "money", "đồng", "tổng vốn thay thế xe buýt bằng xe điện", T30,
      approx="about", status="estimate"),
    F("có 2.250 xe buýt", "2.250", 2250, "count", "xe buýt", "xe buýt hoạt động"),
    F("trên 118 tuyến", "118", 118, "count", "tuyến", "tuyến xe buýt"),
    F("chỉ 215 xe chạy điện", "215", 215, "count", "xe", "xe buýt chạy điện", total=2250, percent=9.6),
    F("phục vụ 11 tuyến", "11", 11, "count", "tuyến", "tuyến xe buýt điện"),
    F("khoảng 18,7 triệu lượt khách", "18,7", 18.7e6, "count", "lượt khách", "lượt khách xe buýt điện", Y24,
      approx="about", change=C("increase", 42, "%", "năm 2023")),
    F("đạt 198 triệu lượt", "198", 198e6, "count", "lượt", "lượt khách toàn mạng lưới xe buýt", Y24),
    F("khoảng 1.300 tỷ đồng", "1.300", 1.3e12, "money", "đồng/năm", "ngân sách thành phố trợ giá xe buýt", approx="about"),
    F("điện 80 chỗ", "80", 80, "measure", "chỗ", "số chỗ xe buýt điện", optional=True),
    F("giá 5-6 tỷ đồng", "5", 5e9, "money", "đồng", "giá mỗi xe buýt điện", value_max=6e9),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "giá xe buýt điện so với xe diesel cùng loại"),
    F("chuyển đổi 1.000 xe", "1.000", 1000, "count", "xe", "xe buýt chuyển đổi",
      P("giai đoạn 2025-2027", "2025-01-01", "2027-12-31"), status="target"),
    F("thêm 1.050 xe", "1.050", 1050, "count", "xe", "xe buýt chuyển đổi",
      P("giai đoạn 2028-2030", "2028-01-01", "2030-12-31"), status="target"),
    F("2030, 100% xe buýt", "100", 100, "percent", "%", "xe buýt sử dụng điện hoặc năng lượng xanh", T30, status="target"),
    F("khoảng 20 depot", "20", 20, "count", "depot", "depot sạc tập trung", I(T30), approx="about", status="target"),
    F("rộng 1-2 ha", "1", 1, "measure", "ha", "diện tích mỗi depot sạc", I(T30), value_max=2, status="target",
      optional=True),
]

NOTES = [
    "National newspaper (VnExpress style), 'Thứ năm, 16/1/2025, 14:30 (GMT+7)': TP HCM electric buses, fleet, ridership 2024, costs, 2030 plan.",
    "Headline and lead both state the 2030 target 'hơn 2.000' (two mentions, two figures). 12.000 tỷ carries its own cue 'ước tính': estimate.",
    "'trong đó chỉ 215 xe chạy điện, chiếm 9,6%' -> total 2.250, percent 9,6. 18,7 triệu stands before the network total 198 triệu",
    "with no part-of cue: no total. 'Hiện mỗi năm … 1.300 tỷ đồng' unit đồng/năm, no period. 'Mức giá này gấp 1,5 lần …' standalone multiple.",
    "'Theo đề án … sẽ' = target; 'thành phố cần xây dựng khoảng 20 depot' continues the plan (Đồng thời): target, 2030 inherited; '1-2 ha' per depot is a spec: optional.",
    "'80 chỗ' (bus spec) optional. Distractors: tuyến số 36, số 88, 'quý II/2025' (a schedule), Ông Nguyễn Văn Bảy, 14:30 (GMT+7).",
]

write("p966-6", TEXT, NOTES, FIGS, published="2025-01-16", location="TP Hồ Chí Minh")
