"""p891-8: provincial newspaper online (Báo Ấp Bắc, Tiền Giang), headline figure, (ABO) tag; dưa hấu Tết."""
from lib import F, C, P, Y, write

TEXT = """BÁO ẤP BẮC ĐIỆN TỬ
Kinh tế > Nông nghiệp
Hơn 1.800 ha dưa hấu phục vụ thị trường Tết
Thứ Hai, 20/01/2025 08:45

(ABO) - Vụ dưa hấu Tết Ất Tỵ, toàn tỉnh Tiền Giang xuống giống khoảng 1.860 ha, giảm 7% so với cùng kỳ; trong đó huyện Gò Công Tây 720 ha, Tân Phú Đông 510 ha, Gò Công Đông 390 ha, còn lại ở các huyện Chợ Gạo, Châu Thành.

Hiện khoảng 65% diện tích dưa đã có đầu ra nhờ hợp đồng bao tiêu với thương lái và 3 hợp tác xã. Giá dưa hấu loại 1 tại ruộng đang ở mức 12.000-14.000 đồng/kg, cao hơn khoảng 2.000 đồng/kg so với Tết năm trước. Dưa hấu ruột vàng, dưa in chữ được ưa chuộng, giá từ 35.000 đến 50.000 đồng/trái.

Ông Trần Văn Sáu (ấp 4, xã Vĩnh Hựu, huyện Gò Công Tây) trồng 1,5 ha dưa, trong đó có 3.000 trái dưa in chữ "Phúc, Lộc, Thọ", dự kiến thu về trên 200 triệu đồng.

Năng suất bình quân đạt 25-30 tấn/ha; sản lượng toàn tỉnh dự kiến hơn 50.000 tấn. Thương lái từ TP Hồ Chí Minh, Long An tập trung thu mua dọc Quốc lộ 50 và đường tỉnh 862. Ngành nông nghiệp khuyến cáo nông dân thu hoạch rải vụ, tránh dồn vào 10 ngày trước Tết.

Cả năm 2024, diện tích dưa hấu toàn tỉnh đạt 4.250 ha, sản lượng 118.600 tấn, giá trị ước đạt 1.150 tỷ đồng, chiếm 3,1% giá trị sản xuất trồng trọt.

Hữu Chí
"""

Y24 = Y(2024, "Cả năm 2024")
DT = "diện tích dưa hấu Tết xuống giống"
GCT = "Gò Công Tây"
FIGS = [
    F("Hơn 1.800 ha", "1.800", 1800, "measure", "ha", "dưa hấu phục vụ thị trường Tết", approx="over"),
    F("khoảng 1.860 ha", "1.860", 1860, "measure", "ha", DT, approx="about",
      change=C("-", 7, "%", "cùng kỳ")),
    F("Gò Công Tây 720 ha", "720", 720, "measure", "ha", DT, total=1860, location=GCT),
    F("Tân Phú Đông 510 ha", "510", 510, "measure", "ha", DT, total=1860, location="Tân Phú Đông"),
    F("Gò Công Đông 390 ha", "390", 390, "measure", "ha", DT, total=1860, location="Gò Công Đông"),
    F("khoảng 65%", "65", 65, "percent", "%", "diện tích dưa đã có đầu ra nhờ hợp đồng bao tiêu", approx="about"),
    F("và 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã bao tiêu dưa hấu"),
    F("mức 12.000-14.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", "giá dưa hấu loại 1 tại ruộng",
      value_max=14000, change=C("+", 2000, "đồng/kg", "Tết năm trước", "about")),
    F("từ 35.000 đến 50.000 đồng/trái", "35.000", 35000, "money", "đồng/trái", "giá dưa hấu ruột vàng, dưa in chữ",
      value_max=50000),
    F("trồng 1,5 ha", "1,5", 1.5, "measure", "ha", "diện tích dưa của ông Trần Văn Sáu", location=GCT),
    F("có 3.000 trái", "3.000", 3000, "count", "trái", "dưa in chữ", location=GCT),
    F("trên 200 triệu đồng", "200", 200e6, "money", "đồng", "tiền thu về từ dưa", approx="over", status="forecast",
      location=GCT),
    F("đạt 25-30 tấn/ha", "25", 25, "measure", "tấn/ha", "năng suất dưa hấu bình quân", value_max=30),
    F("hơn 50.000 tấn", "50.000", 50000, "measure", "tấn", "sản lượng dưa hấu toàn tỉnh", approx="over",
      status="forecast"),
    F("đạt 4.250 ha", "4.250", 4250, "measure", "ha", "diện tích dưa hấu toàn tỉnh", Y24),
    F("sản lượng 118.600 tấn", "118.600", 118600, "measure", "tấn", "sản lượng dưa hấu", Y24),
    F("1.150 tỷ đồng", "1.150", 1150e9, "money", "đồng", "giá trị sản xuất dưa hấu", Y24, percent=3.1,
      status="estimate"),
]
NOTES = [
    "Báo Ấp Bắc (ABO), Tiền Giang, 20/01/2025: dưa hấu Tết Ất Tỵ; year-less headline figure, districts after 'trong đó', prices, 2024 totals.",
    "'Vụ dưa hấu Tết Ất Tỵ', 'cùng kỳ', 'Tết năm trước' are not datable as calendar periods: those figures carry no period.",
    "'trong đó có 3.000 trái' follows 1,5 ha (another unit): no total. '10 ngày trước Tết' only locates in time: not a figure.",
    "'chiếm 3,1% giá trị sản xuất trồng trọt' is the share of 1.150 tỷ đồng (estimate, 'ước đạt').",
    "Distractors: ấp 4, 'Trần Văn Sáu', Quốc lộ 50, đường tỉnh 862, time 08:45, 'Ất Tỵ'.",
]
write(8, TEXT, FIGS, NOTES, published="2025-01-20", location="Tiền Giang")
