from lib import F, P, Y, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THÁI BÌNH
Trang chủ > Tin tức > Kinh tế

Thái Bình: Sản xuất lúa giống vụ Xuân 2024 tăng cả diện tích và năng suất
Cập nhật: 14/05/2024 09:15 | Lượt xem: 1.236

Theo báo cáo của Sở Nông nghiệp và Phát triển nông thôn, vụ Xuân năm 2024 toàn tỉnh gieo cấy 1.250 ha lúa sản xuất giống, tăng 8,5% so với cùng kỳ. Trong đó, diện tích sản xuất giống lúa cấp xác nhận là 1.020 ha, giống nguyên chủng 165 ha, còn lại là giống siêu nguyên chủng.

Các huyện có diện tích sản xuất giống lớn là Vũ Thư (320 ha), Kiến Xương (280 ha), Đông Hưng (215 ha) và Quỳnh Phụ (hơn 150 ha). Công ty Cổ phần Giống cây trồng Thái Bình (số 1 đường Lý Bôn, TP Thái Bình) tiếp tục là đơn vị chủ lực, liên kết với 42 hợp tác xã sản xuất giống theo Quyết định số 1315/QĐ-UBND của UBND tỉnh.

Năng suất lúa giống bình quân vụ Xuân năm 2024 ước đạt 64,2 tạ/ha, cao hơn 1,8 tạ/ha so với vụ Xuân năm 2023; sản lượng ước đạt khoảng 7.900 tấn. Lượng giống này đáp ứng gần 70% nhu cầu giống lúa của tỉnh cho vụ Mùa.

Đến nay, 100% lô giống trước khi đưa ra thị trường đã được lấy mẫu kiểm định. Tỷ lệ sử dụng giống lúa xác nhận trong sản xuất đại trà năm 2024 đạt 92,5% (chỉ tiêu năm 2024 là 95%). Giá lúa giống thương phẩm dao động từ 28.000 đến 35.000 đồng/kg tùy loại, giống lúa chất lượng cao như BC15, TBR225 có giá cao hơn.

Giai đoạn 2021-2025, tỉnh phấn đấu mỗi năm sản xuất trên 15.000 tấn lúa giống các cấp, đưa diện tích gieo cấy giống chất lượng cao chiếm trên 80% tổng diện tích lúa. Người dân cần tư vấn về giống xin liên hệ Trung tâm Khuyến nông tỉnh, điện thoại 0227.3831.456.

Thu Hà - Văn phòng UBND tỉnh
"""

FIGS = [
    F("gieo cấy 1.250 ha", "1.250", 1250, "measure", "ha", "lúa sản xuất giống",
      change={"direction": "increase", "value": 8.5, "unit": "%", "baseline": "cùng kỳ"}),
    F("cấp xác nhận là 1.020 ha", "1.020", 1020, "measure", "ha", "diện tích sản xuất giống lúa cấp xác nhận",
      total=1250),
    F("giống nguyên chủng 165 ha", "165", 165, "measure", "ha", "diện tích sản xuất giống nguyên chủng",
      total=1250),
    F("Vũ Thư (320 ha)", "320", 320, "measure", "ha", "diện tích sản xuất giống", location="Vũ Thư"),
    F("Kiến Xương (280 ha)", "280", 280, "measure", "ha", "diện tích sản xuất giống", location="Kiến Xương"),
    F("Đông Hưng (215 ha)", "215", 215, "measure", "ha", "diện tích sản xuất giống", location="Đông Hưng"),
    F("Quỳnh Phụ (hơn 150 ha)", "150", 150, "measure", "ha", "diện tích sản xuất giống", approx="over",
      location="Quỳnh Phụ"),
    F("liên kết với 42 hợp tác xã", "42", 42, "count", "hợp tác xã", "hợp tác xã sản xuất giống liên kết"),
    F("ước đạt 64,2 tạ/ha", "64,2", 64.2, "measure", "tạ/ha", "Năng suất lúa giống bình quân",
      change={"direction": "increase", "value": 1.8, "unit": "tạ/ha", "baseline": "vụ Xuân năm 2023"},
      status="estimate"),
    F("khoảng 7.900 tấn", "7.900", 7900, "measure", "tấn", "sản lượng lúa giống", approx="about",
      status="estimate"),
    F("gần 70% nhu cầu", "70", 70, "percent", "%", "nhu cầu giống lúa của tỉnh cho vụ Mùa được đáp ứng",
      approx="nearly"),
    F("100% lô giống", "100", 100, "percent", "%", "lô giống được lấy mẫu kiểm định trước khi đưa ra thị trường",
      period=P("Đến nay", None, "2024-05-14")),
    F("đạt 92,5%", "92,5", 92.5, "percent", "%", "Tỷ lệ sử dụng giống lúa xác nhận trong sản xuất đại trà",
      target={"value": 95, "unit": "%"}, period=Y(2024)),
    F("từ 28.000 đến 35.000 đồng/kg", "28.000", 28000, "money", "đồng/kg", "Giá lúa giống thương phẩm",
      value_max=35000),
    F("trên 15.000 tấn", "15.000", 15000, "measure", "tấn", "lúa giống các cấp sản xuất mỗi năm",
      approx="over", status="target", period=P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("chiếm trên 80%", "80", 80, "percent", "%", "diện tích gieo cấy giống chất lượng cao trong tổng diện tích lúa",
      approx="over", status="target", period=P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thái Bình: lúa giống vụ Xuân 2024 (diện tích, cấp giống, huyện, năng suất, sản lượng, tỷ lệ dùng giống xác nhận).",
    "Distractors: 'Lượt xem: 1.236', 'Quyết định số 1315/QĐ-UBND', address 'số 1 đường Lý Bôn', phone 0227.3831.456, variety names BC15, TBR225.",
    "'vụ Xuân năm 2024' (a crop season) has no calendar span in FIGURES.md: figures whose only period is the season get no period in the gold",
    "(unscored), except where the sentence also names the year. 'cao hơn 1,8 tạ/ha so với vụ Xuân năm 2023' is the change of the yield.",
    "'trong đó' parts (1.020 ha, 165 ha) take the 1.250 ha as total. 'đáp ứng gần 70%' stands in its own sentence: a percent figure.",
    "'Giai đoạn 2021-2025, tỉnh phấn đấu' governs both targets. '(chỉ tiêu năm 2024 là 95%)' is the target of 92,5%.",
]
build("p281-1", TEXT, FIGS, COMMENTS, published="2024-05-14", location="Thái Bình")
