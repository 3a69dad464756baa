from lib import write, F, P, C, T
Y = P("Năm 2023", "2023-01-01", "2023-12-31")
YI = P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)
E = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
EI = P("Tính đến ngày 31/12/2023", None, "2023-12-31", inherited=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
text = """Cục Đường thủy nội địa Việt Nam tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024
12/01/2024 16:40

Ngày 12/01/2024, tại Hà Nội, Cục Đường thủy nội địa Việt Nam tổ chức Hội nghị tổng kết công tác năm 2023. Thứ trưởng Bộ Giao thông vận tải Nguyễn Xuân Sang dự và chỉ đạo hội nghị.

Năm 2023, sản lượng vận tải hàng hóa bằng đường thủy nội địa ước đạt 402,7 triệu tấn, tăng 7,8% so với năm 2022, chiếm 18,3% tổng khối lượng hàng hóa vận chuyển của toàn ngành; khối lượng luân chuyển ước đạt 66,4 tỷ tấn.km. Vận tải hành khách đạt khoảng 155 triệu lượt khách, tăng 4,6%.

Về an toàn giao thông, cả nước xảy ra 96 vụ tai nạn giao thông đường thủy nội địa, giảm 12 vụ so với năm 2022; làm chết và mất tích 71 người, giảm 9 người; bị thương 14 người.

Công tác quản lý bến tiếp tục được siết chặt. Tính đến ngày 31/12/2023, cả nước có 8.412 bến khách ngang sông, trong đó 6.951 bến đã được cấp phép (chiếm 82,6%). Các địa phương có nhiều bến khách ngang sông nhất là An Giang (1.153 bến), Đồng Tháp (982 bến), Cà Mau (874 bến) và Tiền Giang (611 bến).

Trong năm, Cục đã kiểm tra 2.845 phương tiện thủy, phát hiện 1.370 phương tiện vi phạm, xử phạt trên 4,6 tỷ đồng; phối hợp các địa phương cấp phát gần 120 nghìn áo phao cho người dân và học sinh.

Năm 2024, Cục đặt mục tiêu giảm từ 5 đến 10% số vụ tai nạn và số người chết so với năm 2023; phấn đấu sản lượng vận tải hàng hóa đạt 420 triệu tấn. Theo Quyết định số 1829/QĐ-TTg, giai đoạn 2021-2025 thị phần vận tải hàng hóa đường thủy nội địa phấn đấu đạt 20%.

Cổng thông tin điện tử Bộ Giao thông vận tải - 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội
"""
figs = [
    F("ước đạt 402,7 triệu tấn", "402,7", 402700000, "measure", "tấn", "sản lượng vận tải hàng hóa bằng đường thủy nội địa",
      change=C("increase", 7.8, "%", "năm 2022"), percent=18.3, status="estimate", period=Y),
    F("66,4 tỷ tấn.km", "66,4", 66400000000, "measure", "tấn.km", "khối lượng luân chuyển", status="estimate", period=Y),
    F("khoảng 155 triệu", "155", 155000000, "count", "lượt khách", "vận tải hành khách", approx="about",
      change=C("increase", 4.6, "%"), period=YI),
    F("xảy ra 96 vụ", "96", 96, "count", "vụ tai nạn", "vụ tai nạn giao thông đường thủy nội địa", change=C("decrease", 12, "vụ", "năm 2022"), period=YI),
    F("mất tích 71 người", "71", 71, "count", "người", "người chết và mất tích", change=C("decrease", 9, "người"), period=YI),
    F("bị thương 14 người", "14", 14, "count", "người", "người bị thương", period=YI),
    F("có 8.412 bến", "8.412", 8412, "count", "bến khách ngang sông", "bến khách ngang sông", period=E),
    F("trong đó 6.951 bến", "6.951", 6951, "count", "bến", "bến khách ngang sông đã được cấp phép", total=8412, percent=82.6, period=E),
    F("An Giang (1.153 bến)", "1.153", 1153, "count", "bến", "bến khách ngang sông", location="An Giang", period=EI),
    F("Đồng Tháp (982 bến)", "982", 982, "count", "bến", "bến khách ngang sông", location="Đồng Tháp", period=EI),
    F("Cà Mau (874 bến)", "874", 874, "count", "bến", "bến khách ngang sông", location="Cà Mau", period=EI),
    F("Tiền Giang (611 bến)", "611", 611, "count", "bến", "bến khách ngang sông", location="Tiền Giang", period=EI),
    F("kiểm tra 2.845 phương tiện", "2.845", 2845, "count", "phương tiện thủy", "phương tiện thủy được kiểm tra",
      period=P("Trong năm", "2023-01-01", "2023-12-31")),
    F("phát hiện 1.370 phương tiện", "1.370", 1370, "count", "phương tiện", "phương tiện vi phạm", period=P("Trong năm", "2023-01-01", "2023-12-31")),
    F("trên 4,6 tỷ đồng", "4,6", 4600000000, "money", "đồng", "tiền xử phạt", approx="over", period=P("Trong năm", "2023-01-01", "2023-12-31")),
    F("gần 120 nghìn áo phao", "120", 120000, "count", "áo phao", "áo phao cấp phát cho người dân và học sinh", approx="nearly",
      period=P("Trong năm", "2023-01-01", "2023-12-31")),
    F("giảm từ 5 đến 10%", "5", 5, "percent", "%", "mức giảm số vụ tai nạn và số người chết", value_max=10,
      status="target", period=Y24),
    F("đạt 420 triệu tấn", "420", 420000000, "measure", "tấn", "sản lượng vận tải hàng hóa", status="target", period=Y24),
    F("phấn đấu đạt 20%", "20", 20, "percent", "%", "thị phần vận tải hàng hóa đường thủy nội địa", status="target",
      period=P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
]
write("p400-5", text, figs, published="2024-01-12", location="Việt Nam", comments=[
    "Ministry site (Bộ GTVT portal): Cục Đường thủy nội địa Việt Nam year-end review 2023. Dateline '12/01/2024 16:40'.",
    "National figures: location Việt Nam; the venue 'tại Hà Nội' and the footer address do not localise them. Provinces in the list of wharf counts",
    "each carry their own figure, so they are the items' locations (as h01's list). '402,7 triệu tấn' carries change 7.8% and share 18.3%.",
    "'giảm 12 vụ so với năm 2022' / 'giảm 9 người' are changes of 96 vụ / 71 người. 'tăng 4,6%' with no baseline: change without baseline.",
    "'giảm từ 5 đến 10% số vụ tai nạn' is a target rate that is itself the claim: a percent figure, range 5-10, no change object.",
    "revised: the subject of 'giảm từ 5 đến 10%' no longer carries the baseline 'so với năm 2023' (a baseline is not the indicator).",
    "'Trong năm' in a year-end report on 2023 = 2023 (stated in its sentence). Distractors: Quyết định số 1829/QĐ-TTg, '80 Trần Hưng Đạo', dates.",
])
