"""p983-4: ministry site (Bộ TT&TT, Cục Thông tin cơ sở), national results 2023 of commune radio using ICT."""
from lib import F, period, change, write

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ » Tin tức » Thông tin cơ sở
Ngày đăng: 27/02/2024 | Lượt xem: 1.128

Cả nước có gần 6.000 đài truyền thanh cấp xã ứng dụng công nghệ thông tin - viễn thông

Theo Cục Thông tin cơ sở, tính đến hết năm 2023, cả nước có 9.826 xã, phường, thị trấn có đài truyền thanh, trong đó 5.948 đài ứng dụng công nghệ thông tin - viễn thông (CNTT-VT), chiếm 60,5%, tăng 14,2 điểm phần trăm so với năm 2021. Số đài vô tuyến FM còn 3.365 đài, đài hữu tuyến còn 513 đài.

Hệ thống truyền thanh ứng dụng CNTT-VT hiện có khoảng 68.500 cụm loa, phủ sóng tới trên 52.000 thôn, bản, tổ dân phố. Các địa phương có tỷ lệ đài ứng dụng CNTT-VT cao là Hà Nam (100%), Bắc Ninh (99,1%), Quảng Ninh (98,6%) và Đồng Nai (95,2%); trong khi 12 tỉnh còn dưới 30%.

Năm 2023, các đài truyền thanh cấp xã trên cả nước đã phát trên 1,2 triệu tin, bài, trong đó khoảng 35% do địa phương tự sản xuất. Bộ đã hướng dẫn 63/63 tỉnh, thành phố triển khai Hệ thống thông tin nguồn trung ương theo Thông tư số 39/2020/TT-BTTTT; đến nay 45 tỉnh đã kết nối với hệ thống, với 2.137 tài khoản quản trị.

Theo mục tiêu của Quyết định số 135/QĐ-TTg, đến năm 2025 có 70% đài truyền thanh cấp xã ứng dụng CNTT-VT. Cục Thông tin cơ sở dự báo tỷ lệ này sẽ đạt khoảng 67% vào cuối năm 2024, khi các địa phương dự kiến đầu tư thêm khoảng 640 đài, tổng kinh phí khoảng 1.850 tỷ đồng.

Cục Thông tin cơ sở - Tầng 5, số 115 Trần Duy Hưng, Cầu Giấy, Hà Nội. ĐT: 024.3943.7155
"""

END23 = period("tính đến hết năm 2023", end="2023-12-31")
END23_INH = period("tính đến hết năm 2023", end="2023-12-31", inherited=True)
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
NOW = period("đến nay", end="2024-02-27")
SHARE = "tỷ lệ đài truyền thanh cấp xã ứng dụng CNTT-VT"

FIGS = [
    F("gần 6.000 đài", "6.000", 6000, "count", "đài", "đài truyền thanh cấp xã ứng dụng công nghệ thông tin - viễn thông", approx="nearly"),
    F("có 9.826 xã", "9.826", 9826, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có đài truyền thanh", period=END23),
    F("trong đó 5.948 đài", "5.948", 5948, "count", "đài", "đài ứng dụng công nghệ thông tin - viễn thông", total=9826, percent=60.5,
      change=change("increase", 14.2, "điểm phần trăm", "năm 2021"), period=END23),
    F("còn 3.365 đài", "3.365", 3365, "count", "đài", "đài vô tuyến FM", period=END23_INH),
    F("còn 513 đài", "513", 513, "count", "đài", "đài hữu tuyến", period=END23_INH),
    F("khoảng 68.500 cụm loa", "68.500", 68500, "count", "cụm loa", "cụm loa của hệ thống truyền thanh ứng dụng CNTT-VT", approx="about"),
    F("trên 52.000 thôn", "52.000", 52000, "count", "thôn, bản, tổ dân phố", "thôn, bản, tổ dân phố được phủ sóng", approx="over"),
    F("Hà Nam (100%)", "100", 100, "percent", "%", SHARE, location="Hà Nam"),
    F("Bắc Ninh (99,1%)", "99,1", 99.1, "percent", "%", SHARE, location="Bắc Ninh"),
    F("Quảng Ninh (98,6%)", "98,6", 98.6, "percent", "%", SHARE, location="Quảng Ninh"),
    F("Đồng Nai (95,2%)", "95,2", 95.2, "percent", "%", SHARE, location="Đồng Nai"),
    F("12 tỉnh còn", "12", 12, "count", "tỉnh", "tỉnh có tỷ lệ đài ứng dụng CNTT-VT dưới 30%"),
    F("dưới 30%", "30", 30, "percent", "%", SHARE, approx="under", optional=True),
    F("trên 1,2 triệu tin, bài", "1,2", 1.2e6, "count", "tin, bài", "tin, bài các đài truyền thanh cấp xã phát", approx="over", period=Y23),
    F("khoảng 35%", "35", 35, "percent", "%", "tin, bài do địa phương tự sản xuất", approx="about", period=Y23),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố được hướng dẫn triển khai Hệ thống thông tin nguồn trung ương", total=63),
    F("nay 45 tỉnh", "45", 45, "count", "tỉnh", "tỉnh đã kết nối với Hệ thống thông tin nguồn trung ương", period=NOW),
    F("với 2.137 tài khoản", "2.137", 2137, "count", "tài khoản", "tài khoản quản trị", period=NOW),
    F("có 70% đài", "70", 70, "percent", "%", SHARE, status="target", period=period("đến năm 2025", end="2025-12-31")),
    F("khoảng 67%", "67", 67, "percent", "%", SHARE, approx="about", status="forecast", period=period("cuối năm 2024", end="2024-12-31")),
    F("khoảng 640 đài", "640", 640, "count", "đài", "đài các địa phương đầu tư thêm", approx="about", status="forecast"),
    F("khoảng 1.850 tỷ đồng", "1.850", 1.85e12, "money", "đồng", "tổng kinh phí đầu tư thêm đài", approx="about", status="forecast"),
]

NOTES = [
    "Ministry site (Bộ TT&TT): national count of commune radio stations by technology at end-2023, loudspeaker clusters, top provinces,",
    "news items 2023, central source information system, 2025 target and end-2024 forecast. All figures Việt Nam except the province list.",
    "Headline 'gần 6.000 đài' is its own figure. 'tăng 14,2 điểm phần trăm' is the change of 5.948 (the figure the share belongs to).",
    "3.365 / 513 stand in a new sentence without a part-of cue: no total. 'dưới 30%' is a category threshold (optional).",
    "63/63 tỉnh is a count of provinces (Việt Nam); 'đến nay' ends at the dateline. 640 đài / 1.850 tỷ are governed by 'dự kiến' (forecast);",
    "their period 'vào cuối năm 2024' belongs to the 67% clause, so no period is given to them.",
    "Distractors: Lượt xem: 1.128, Thông tư số 39/2020/TT-BTTTT, Quyết định số 135/QĐ-TTg, Tầng 5, số 115 Trần Duy Hưng, phone.",
]

write("p983-4", TEXT, FIGS, NOTES, published="2024-02-27", location="Việt Nam")
