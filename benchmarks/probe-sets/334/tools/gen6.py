from lib import F, P, Y, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN SÔNG MÃ
Kinh tế - Xã hội

Sông Mã: Nhãn chính vụ được mùa, được giá

Những ngày này, trên các tuyến đường dọc bờ sông Mã, không khí thu hoạch nhãn diễn ra khẩn trương. Năm 2024, toàn huyện có 8.650 ha nhãn, chiếm khoảng 39% diện tích nhãn của tỉnh Sơn La; diện tích cho sản phẩm 7.900 ha, sản lượng ước đạt 86.000 tấn, tăng 7,5% so với năm 2023.

Huyện hiện có 2.120 ha nhãn đạt chứng nhận VietGAP, 56 ha đạt chứng nhận GlobalGAP và 34 mã số vùng trồng với tổng diện tích 1.460 ha. Nhãn được trồng tập trung tại các xã Chiềng Khương, Mường Hung, Nà Nghịu, Chiềng Cang.

Trong quý III/2024, giá nhãn tươi tại vườn dao động từ 8.000 đến 14.000 đồng/kg, nhãn đạt tiêu chuẩn xuất khẩu đạt 18.000-20.000 đồng/kg. Tính đến ngày 15/9, huyện đã tiêu thụ 61.300 tấn nhãn, đạt 71,3% sản lượng; trong đó nhãn tươi 38.500 tấn, nhãn sấy khô (quy đổi quả tươi) 22.800 tấn. Xuất khẩu sang Trung Quốc, Thái Lan 4.200 tấn.

Toàn huyện có 47 hợp tác xã, 312 lò sấy nhãn, trong đó 38 lò sấy sử dụng công nghệ sấy bằng hơi nóng gián tiếp. Giá trị sản xuất từ cây nhãn ước đạt gần 1.200 tỷ đồng, bình quân 139 triệu đồng/ha.

Để mở rộng thị trường, huyện phối hợp tổ chức Tuần lễ nhãn và nông sản Sơn La tại thị trấn Sông Mã (dọc Quốc lộ 4G), dự kiến thu hút khoảng 10.000 lượt khách.

Bài, ảnh: Lò Văn Hải - Trung tâm Văn hóa, Thể thao và Truyền thông huyện

26/9/2024
"""

N24 = Y(2024, "Năm 2024")
N24i = Y(2024, "Năm 2024", inh=True)
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
TD = P("Tính đến ngày 15/9", None, "2024-09-15")
TDi = P("Tính đến ngày 15/9", None, "2024-09-15", inh=True)

FIGS = [
    F("có 8.650 ha", "8.650", 8650, "measure", "ha", "diện tích nhãn", N24, percent=39),
    F("sản phẩm 7.900 ha", "7.900", 7900, "measure", "ha", "diện tích cho sản phẩm", N24),
    F("ước đạt 86.000 tấn", "86.000", 86000, "measure", "tấn", "sản lượng nhãn", N24, status="estimate",
      change=CH("increase", 7.5, baseline="năm 2023")),
    F("có 2.120 ha", "2.120", 2120, "measure", "ha", "diện tích nhãn đạt chứng nhận VietGAP"),
    F("56 ha", "56", 56, "measure", "ha", "diện tích nhãn đạt chứng nhận GlobalGAP"),
    F("34 mã số", "34", 34, "count", "mã số vùng trồng", "mã số vùng trồng"),
    F("diện tích 1.460 ha", "1.460", 1460, "measure", "ha", "tổng diện tích mã số vùng trồng"),
    F("từ 8.000 đến 14.000", "8.000", 8000, "money", "đồng/kg", "giá nhãn tươi tại vườn", Q3, value_max=14000),
    F("đạt 18.000-20.000", "18.000", 18000, "money", "đồng/kg", "giá nhãn đạt tiêu chuẩn xuất khẩu", Q3,
      value_max=20000),
    F("tiêu thụ 61.300 tấn", "61.300", 61300, "measure", "tấn", "nhãn tiêu thụ", TD, percent=71.3),
    F("tươi 38.500 tấn", "38.500", 38500, "measure", "tấn", "nhãn tươi tiêu thụ", TD, total=61300),
    F("tươi) 22.800 tấn", "22.800", 22800, "measure", "tấn", "nhãn sấy khô (quy đổi quả tươi)", TD, total=61300),
    F("Thái Lan 4.200 tấn", "4.200", 4200, "measure", "tấn", "nhãn xuất khẩu sang Trung Quốc, Thái Lan", TDi),
    F("có 47 hợp tác xã", "47", 47, "count", "hợp tác xã", "hợp tác xã"),
    F("312 lò sấy", "312", 312, "count", "lò sấy nhãn", "lò sấy nhãn"),
    F("38 lò sấy", "38", 38, "count", "lò sấy", "lò sấy sử dụng công nghệ sấy bằng hơi nóng gián tiếp", total=312),
    F("gần 1.200 tỷ đồng", "1.200", 1.2e12, "money", "đồng", "giá trị sản xuất từ cây nhãn", approx="nearly",
      status="estimate"),
    F("bình quân 139 triệu đồng/ha", "139", 139e6, "money", "đồng/ha", "giá trị sản xuất bình quân", status="estimate"),
    F("khoảng 10.000 lượt khách", "10.000", 10000, "count", "lượt khách", "lượt khách Tuần lễ nhãn và nông sản Sơn La",
      approx="about", status="forecast"),
]

COMMENTS = [
    "District portal (huyện Sông Mã, Sơn La); the only date is the bare '26/9/2024' at the end, taken as published. Default location Sông Mã.",
    "'chiếm khoảng 39% diện tích nhãn của tỉnh Sơn La' is the share of 8.650 ha (the province is the whole, not the place).",
    "'diện tích cho sản phẩm 7.900 ha' follows the area without a part-of cue: no total. 'Tính đến ngày 15/9' = as-of 2024-09-15;",
    "'trong đó nhãn tươi ..., nhãn sấy khô ...' totals 61.300 (38.500+22.800). '312 lò sấy ..., trong đó 38 lò sấy' total 312.",
    "'Huyện hiện có ...' and '47 hợp tác xã' carry no period. 'ước đạt gần 1.200 tỷ đồng, bình quân 139 triệu đồng/ha' both estimate.",
    "Distractors: 'quý III/2024', 'ngày 15/9', 'Quốc lộ 4G', commune names, 'sông Mã' (river), byline.",
]

emit("p334-6", TEXT, COMMENTS, FIGS, published="2024-09-26", location="Sông Mã")
