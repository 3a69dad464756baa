from lib import F, P, emit

TEXT = """Nam Trà My: Phát triển vùng sâm Ngọc Linh gắn với bảo vệ rừng
Ngày đăng: 05/08/2024 | Lượt xem: 842

Sau hơn 3 năm triển khai Đề án phát triển sâm Ngọc Linh theo Quyết định số 2728/QĐ-UBND của UBND tỉnh Quảng Nam, vùng trồng sâm dưới tán rừng của huyện Nam Trà My được mở rộng rõ nét.

Đến nay, toàn huyện có 1.650 ha sâm Ngọc Linh trồng dưới tán rừng, tăng 420 ha so với năm 2021, với hơn 1,2 triệu cây sâm các độ tuổi. Trong đó, vườn sâm của Nhà nước 310 ha, doanh nghiệp 520 ha, còn lại 820 ha do người dân và các hợp tác xã trồng. Riêng 6 tháng đầu năm 2024, huyện trồng mới 62 ha; các năm 2022 và 2023 lần lượt trồng mới 120 ha và 145 ha.

Giá sâm Ngọc Linh tươi hiện dao động từ 80 đến 120 triệu đồng/kg tùy loại; cây sâm từ 10 năm tuổi trở lên có giá trên 150 triệu đồng/kg.

Toàn huyện có 19 hợp tác xã trồng sâm, thu hút gần 2.300 hộ tham gia; 6 sản phẩm từ sâm Ngọc Linh đạt OCOP 4 sao và 1 sản phẩm đạt 5 sao. Tổng doanh thu từ sâm 6 tháng đầu năm ước đạt 215 tỷ đồng, bằng 61,4% kế hoạch năm.

Mục tiêu đến năm 2025, huyện phát triển 2.000 ha sâm Ngọc Linh, mỗi năm trồng mới từ 100-150 ha. Huyện tiếp tục hỗ trợ giống, xây dựng Trạm Dược liệu Trà Linh thành trung tâm nhân giống; người dân cần tư vấn kỹ thuật liên hệ Phòng Nông nghiệp và PTNT huyện, số 2 đường Hồ Chí Minh, thị trấn Tắc Pỏ (điện thoại 0235.3880.186).

Phòng Văn hóa - Thông tin huyện
"""

NOW = P("Đến nay", None, "2024-08-05")
NOW_I = P("Đến nay", None, "2024-08-05", inh=True)
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = P("6 tháng đầu năm", "2023-01-01", "2023-06-30")  # spec: year of the nearest earlier period ("các năm 2022 và 2023")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 1.650 ha", "1.650", 1650, "measure", "ha", "sâm Ngọc Linh trồng dưới tán rừng", NOW,
      change={"direction": "increase", "value": 420, "unit": "ha", "baseline": "năm 2021"}),
    F("hơn 1,2 triệu cây", "1,2", 1.2e6, "count", "cây", "cây sâm các độ tuổi", NOW, approx="over"),
    F("Nhà nước 310 ha", "310", 310, "measure", "ha", "vườn sâm của Nhà nước", NOW_I, total=1650),
    F("doanh nghiệp 520 ha", "520", 520, "measure", "ha", "vườn sâm của doanh nghiệp", NOW_I, total=1650),
    F("còn lại 820 ha", "820", 820, "measure", "ha", "sâm do người dân và các hợp tác xã trồng", NOW_I, total=1650),
    F("trồng mới 62 ha", "62", 62, "measure", "ha", "diện tích sâm trồng mới", H1),
    F("trồng mới 120 ha", "120", 120, "measure", "ha", "diện tích sâm trồng mới",
      P("năm 2022", "2022-01-01", "2022-12-31")),
    F("và 145 ha", "145", 145, "measure", "ha", "diện tích sâm trồng mới",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("từ 80 đến 120 triệu", "80", 80e6, "money", "đồng/kg", "giá sâm Ngọc Linh tươi", value_max=120e6),
    F("từ 10 năm tuổi", "10", 10, "measure", "năm tuổi", "tuổi cây sâm", approx="at_least", optional=True),
    F("trên 150 triệu", "150", 150e6, "money", "đồng/kg", "giá cây sâm từ 10 năm tuổi trở lên", approx="over"),
    F("có 19 hợp tác xã", "19", 19, "count", "hợp tác xã", "hợp tác xã trồng sâm"),
    F("gần 2.300 hộ", "2.300", 2300, "count", "hộ", "hộ tham gia", approx="nearly"),
    F("; 6 sản phẩm", "6", 6, "count", "sản phẩm", "sản phẩm từ sâm Ngọc Linh đạt OCOP 4 sao"),
    F("OCOP 4 sao", "4", 4, "measure", "sao", "hạng sao OCOP", optional=True),
    F("và 1 sản phẩm", "1", 1, "count", "sản phẩm", "sản phẩm đạt OCOP 5 sao"),
    F("đạt 5 sao", "5", 5, "measure", "sao", "hạng sao OCOP", optional=True),
    F("ước đạt 215 tỷ đồng", "215", 215e9, "money", "đồng", "tổng doanh thu từ sâm", H1b,
      percent=61.4, status="estimate"),
    F("phát triển 2.000 ha", "2.000", 2000, "measure", "ha", "sâm Ngọc Linh", T25, status="target"),
    F("từ 100-150 ha", "100", 100, "measure", "ha", "diện tích trồng mới mỗi năm", T25, value_max=150, status="target"),
]

HEADER = """District portal (Cổng TTĐT huyện Nam Trà My, Quảng Nam): sâm Ngọc Linh dưới tán rừng. 'Ngày đăng: 05/08/2024 | Lượt xem: 842' (no time).
Distractors: view counter 842, 'Quyết định số 2728/QĐ-UBND', 'hơn 3 năm' (a duration, not a figure), address 'số 2 đường Hồ Chí Minh', phone 0235.3880.186.
'Đến nay' is as-of the dateline (end 2024-08-05). 310 + 520 + 820 = 1.650 ha after 'Trong đó': total 1650.
'các năm 2022 và 2023 lần lượt ... 120 ha và 145 ha': each item takes its own year as period.
'từ 10 năm tuổi trở lên' (age criterion) and the OCOP star classes are optional. '215 tỷ ..., bằng 61,4% kế hoạch năm' → percent 61.4.
Location: the district (Quảng Nam is named only as the issuer of the decision). Targets 'đến năm 2025' → status target, end 2025-12-31.
revised: the year-less '6 tháng đầu năm' of the 215 tỷ revenue takes 2023, the year of the nearest earlier period ('các năm 2022 và 2023'), as FIGURES.md
says; the article surely means 2024, so this is a spec-letter vs meaning conflict (reported)."""

emit(2, HEADER, TEXT, FIGS, published="2024-08-05", location="Nam Trà My")
