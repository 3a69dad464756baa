"""p1055-1: Lâm Đồng province portal, orchid area/output/revenue 2024 and targets."""
from lib import F, P, I, CH, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
LÂM ĐỒNG: PHÁT TRIỂN NGHỀ TRỒNG HOA LAN THEO HƯỚNG CÔNG NGHỆ CAO
Cập nhật: 16/12/2024 09:45 | Lượt xem: 2.318

Năm 2024, diện tích trồng hoa lan trên địa bàn tỉnh Lâm Đồng đạt 215 ha, tăng 18 ha so với năm 2023, chiếm khoảng 4,9% tổng diện tích trồng hoa của tỉnh; trong đó lan hồ điệp 62 ha, lan địa 85 ha, lan kiếm và các loại lan rừng 68 ha.

Sản lượng hoa lan cả năm ước đạt 14,5 triệu cành và 2,3 triệu chậu, doanh thu ước đạt 1.450 tỷ đồng, tăng 12,6% so với năm trước. Bình quân 1 ha lan hồ điệp cho thu nhập từ 4 đến 6 tỷ đồng/năm. Mức thu nhập này gấp khoảng 2,5 lần so với trồng hoa cúc.

Toàn tỉnh hiện có 1.240 hộ và 36 doanh nghiệp, hợp tác xã trồng lan, tập trung tại TP Đà Lạt (780 hộ), huyện Lạc Dương (215 hộ) và huyện Đơn Dương (146 hộ). Diện tích nhà màng, nhà kính phục vụ trồng lan đạt hơn 150 ha, trong đó 42 ha được trang bị hệ thống tưới và điều khiển nhiệt độ tự động.

Giá lan hồ điệp bán tại vườn dao động từ 180.000 đến 250.000 đồng/cành, lan kiếm có giá 350.000 - 500.000 đồng/chậu. Trong dịp Festival Hoa lần thứ 10 diễn ra vào tháng 12/2024, các nhà vườn dự kiến bán ra khoảng 120.000 chậu lan các loại.

Theo Đề án phát triển hoa lan gắn với du lịch ban hành kèm Quyết định số 1520/QĐ-UBND ngày 15/8/2022 của UBND tỉnh, mục tiêu đến năm 2025 diện tích trồng lan của tỉnh đạt 250 ha, giá trị sản xuất bình quân trên 1,2 tỷ đồng/ha/năm; đến năm 2030 có ít nhất 50% diện tích lan ứng dụng công nghệ cao.
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
CN = P("cả năm", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("đạt 215 ha", "215", 215, "measure", "ha", "diện tích trồng hoa lan", Y24,
      percent=4.9, change=CH("increase", 18, "ha", "năm 2023")),
    F("lan hồ điệp 62 ha", "62", 62, "measure", "ha", "diện tích lan hồ điệp", Y24, total=215),
    F("lan địa 85 ha", "85", 85, "measure", "ha", "diện tích lan địa", Y24, total=215),
    F("lan rừng 68 ha", "68", 68, "measure", "ha", "diện tích lan kiếm và các loại lan rừng", Y24, total=215),
    F("14,5 triệu cành", "14,5", 14_500_000, "count", "cành", "sản lượng hoa lan", CN, status="estimate"),
    F("2,3 triệu chậu", "2,3", 2_300_000, "count", "chậu", "sản lượng hoa lan", CN, status="estimate"),
    F("1.450 tỷ đồng", "1.450", 1_450_000_000_000, "money", "đồng", "doanh thu hoa lan", CN, status="estimate",
      change=CH("increase", 12.6, "%", "năm trước")),
    F("từ 4 đến 6 tỷ đồng/năm", "4", 4_000_000_000, "money", "đồng/năm", "thu nhập bình quân 1 ha lan hồ điệp",
      value_max=6_000_000_000),
    F("gấp khoảng 2,5 lần", "2,5", 2.5, "multiple", "lần", "thu nhập lan hồ điệp so với trồng hoa cúc", approx="about"),
    F("1.240 hộ", "1.240", 1240, "count", "hộ", "hộ trồng lan"),
    F("36 doanh nghiệp", "36", 36, "count", "doanh nghiệp, hợp tác xã", "doanh nghiệp, hợp tác xã trồng lan"),
    F("(780 hộ)", "780", 780, "count", "hộ", "hộ trồng lan", location="Đà Lạt"),
    F("(215 hộ)", "215", 215, "count", "hộ", "hộ trồng lan", location="Lạc Dương"),
    F("(146 hộ)", "146", 146, "count", "hộ", "hộ trồng lan", location="Đơn Dương"),
    F("hơn 150 ha", "150", 150, "measure", "ha", "diện tích nhà màng, nhà kính phục vụ trồng lan", approx="over"),
    F("42 ha", "42", 42, "measure", "ha", "diện tích nhà màng được trang bị hệ thống tưới và điều khiển nhiệt độ tự động",
      total=150),
    F("từ 180.000 đến 250.000 đồng/cành", "180.000", 180000, "money", "đồng/cành", "giá lan hồ điệp bán tại vườn",
      value_max=250000),
    F("350.000 - 500.000 đồng/chậu", "350.000", 350000, "money", "đồng/chậu", "giá lan kiếm", value_max=500000),
    F("khoảng 120.000 chậu", "120.000", 120000, "count", "chậu", "chậu lan bán ra dịp Festival Hoa",
      P("tháng 12/2024", "2024-12-01", "2024-12-31"), approx="about", status="forecast"),
    F("đạt 250 ha", "250", 250, "measure", "ha", "diện tích trồng lan", T25, status="target"),
    F("trên 1,2 tỷ đồng/ha/năm", "1,2", 1_200_000_000, "money", "đồng/ha/năm", "giá trị sản xuất bình quân", T25,
      approx="over", status="target"),
    F("ít nhất 50%", "50", 50, "percent", "%", "diện tích lan ứng dụng công nghệ cao", T30,
      approx="at_least", status="target"),
]

write("p1055-1", TEXT, FIGS, published="2024-12-16", location="Lâm Đồng", comments=[
    "Cổng TTĐT tỉnh Lâm Đồng: diện tích, sản lượng, doanh thu hoa lan năm 2024; hộ/doanh nghiệp; giá; mục tiêu 2025/2030.",
    "Distractors: 'Lượt xem: 2.318', '09:45', 'Festival Hoa lần thứ 10', 'Quyết định số 1520/QĐ-UBND ngày 15/8/2022'; '1 ha' is a rate denominator.",
    "'cả năm' takes 2024 from 'Năm 2024'. District list (780+215+146 != 1.240, no part-of cue): no total.",
])
