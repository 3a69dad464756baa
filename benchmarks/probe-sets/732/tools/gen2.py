"""p732-2: huyện Cần Giờ district portal, clam and oyster output Q1/2024."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẦN GIỜ
Trang chủ | Tin tức | Kinh tế
Thứ Ba, 16/04/2024 - 09:10

Quý I/2024: sản lượng nghêu, hàu của huyện tăng 12%

Theo Phòng Kinh tế huyện, quý I/2024, tổng sản lượng nuôi trồng thủy sản trên địa bàn huyện đạt 9.860,5 tấn, tăng 5,4% so với cùng kỳ. Trong đó, sản lượng nghêu đạt 4.215 tấn, hàu đạt 1.730 tấn, sò huyết 96 tấn. Tính chung, sản lượng nghêu và hàu tăng 12% so với cùng kỳ năm 2023.

Nghề nuôi hàu tập trung tại 2 xã Long Hòa và Thạnh An với 215 hộ nuôi, diện tích khoảng 340 ha. Năng suất nuôi hàu treo giàn và hàu bám cọc lần lượt đạt 18 tấn/ha và 11 tấn/ha. Theo kế hoạch năm 2024, huyện sẽ hỗ trợ người nuôi chuyển đổi 50 ha hàu bám cọc sang treo giàn, mức hỗ trợ 30 triệu đồng/ha.

Đối với con nghêu, Hợp tác xã Nghêu Long Hòa với 1.038 xã viên đang quản lý 1.200 ha bãi nuôi ven biển dọc đường 30/4. Giá nghêu thương phẩm loại 40 con/kg hiện ở mức 38.000 đồng/kg, tăng 4.000 đồng/kg so với tháng 12/2023. Trong quý, hợp tác xã đã thả 85 tấn nghêu giống, tỷ lệ hao hụt dưới 15%.

Ông Lê Văn Tám, Trưởng phòng Kinh tế huyện cho biết, huyện phấn đấu đến năm 2025 nâng diện tích nuôi hàu treo giàn lên 200 ha và xây dựng 1 chuỗi liên kết tiêu thụ hàu đạt chứng nhận VietGAP.

Minh Trí

Địa chỉ: Đường Lương Văn Nho, khu phố Miễu Ba, thị trấn Cần Thạnh, huyện Cần Giờ | Điện thoại: (028) 3874.0112
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("của huyện tăng 12%", "12", 12, "percent", "%", "sản lượng nghêu, hàu của huyện",
      P("Quý I/2024", "2024-01-01", "2024-03-31")),
    F("đạt 9.860,5 tấn", "9.860,5", 9860.5, "measure", "tấn", "tổng sản lượng nuôi trồng thủy sản", Q1,
      change=CH("increase", 5.4, baseline="cùng kỳ")),
    F("nghêu đạt 4.215 tấn", "4.215", 4215, "measure", "tấn", "sản lượng nghêu", I(Q1), total=9860.5),
    F("hàu đạt 1.730 tấn", "1.730", 1730, "measure", "tấn", "sản lượng hàu", I(Q1), total=9860.5),
    F("sò huyết 96 tấn", "96", 96, "measure", "tấn", "sản lượng sò huyết", I(Q1), total=9860.5),
    F("hàu tăng 12% so với", "12", 12, "percent", "%", "sản lượng nghêu và hàu", I(Q1)),
    F("tại 2 xã", "2", 2, "count", "xã", "xã tập trung nghề nuôi hàu"),
    F("với 215 hộ nuôi", "215", 215, "count", "hộ", "hộ nuôi hàu"),
    F("khoảng 340 ha", "340", 340, "measure", "ha", "diện tích nuôi hàu", approx="about"),
    F("đạt 18 tấn/ha", "18", 18, "measure", "tấn/ha", "năng suất nuôi hàu treo giàn"),
    F("và 11 tấn/ha", "11", 11, "measure", "tấn/ha", "năng suất nuôi hàu bám cọc"),
    F("chuyển đổi 50 ha", "50", 50, "measure", "ha", "diện tích hàu bám cọc chuyển đổi sang treo giàn", Y24,
      status="target"),
    F("hỗ trợ 30 triệu đồng/ha", "30", 30000000, "money", "đồng/ha", "mức hỗ trợ chuyển đổi", Y24,
      status="target"),
    F("với 1.038 xã viên", "1.038", 1038, "count", "xã viên", "xã viên Hợp tác xã Nghêu Long Hòa"),
    F("quản lý 1.200 ha", "1.200", 1200, "measure", "ha", "bãi nuôi Hợp tác xã Nghêu Long Hòa quản lý"),
    F("loại 40 con/kg", "40", 40, "measure", "con/kg", "cỡ nghêu thương phẩm", optional=True),
    F("mức 38.000 đồng/kg", "38.000", 38000, "money", "đồng/kg", "giá nghêu thương phẩm",
      change=CH("increase", 4000, "đồng/kg", "tháng 12/2023")),
    F("thả 85 tấn", "85", 85, "measure", "tấn", "nghêu giống hợp tác xã thả",
      P("Trong quý", "2024-01-01", "2024-03-31")),
    F("dưới 15%", "15", 15, "percent", "%", "tỷ lệ hao hụt", P("Trong quý", "2024-01-01", "2024-03-31"),
      approx="under"),
    F("lên 200 ha", "200", 200, "measure", "ha", "diện tích nuôi hàu treo giàn", T25, status="target"),
    F("xây dựng 1 chuỗi", "1", 1, "count", "chuỗi liên kết", "chuỗi liên kết tiêu thụ hàu đạt chứng nhận VietGAP",
      T25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Cần Giờ (TP. HCM): sản lượng nuôi trồng thủy sản quý I/2024, nghêu, hàu, sò huyết; HTX Nghêu Long Hòa; mục tiêu 2025.",
    "District portal, weekday dateline, byline at the end. Distractors: đường 30/4, ông Lê Văn Tám (name), phone (028) 3874.0112, tháng 12/2023.",
    "Headline 'tăng 12%' and body 'tăng 12% so với cùng kỳ' are growth rates as the claim: percent figures with no change.",
    "'Trong quý' in a quarterly article = quý I/2024 (spec: 'trong tháng' in a monthly report). Communes (Long Hòa, Thạnh An) are not",
    "locations in the spec's sense (province, city, district): every figure is Cần Giờ. 'loại 40 con/kg' is a size grade: optional.",
    "'Theo kế hoạch năm 2024, huyện sẽ hỗ trợ …' -> status target for 50 ha and 30 triệu đồng/ha.",
]

emit("p732-2", TEXT, COMMENTS, FIGS, published="2024-04-16", location="Cần Giờ")
