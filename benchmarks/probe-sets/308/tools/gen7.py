from lib import F, P, write

TEXT = """BỘ TÀI CHÍNH - TỔNG CỤC HẢI QUAN
Trang chủ > Tin tức > Thu ngân sách

Thu ngân sách của ngành Hải quan năm 2024 ước đạt 416,1 nghìn tỷ đồng
THANH HÀ 09:41, 06/01/2025

(HQ Online) - Năm 2024, tổng thu ngân sách nhà nước do ngành Hải quan thực hiện ước đạt 416.100 tỷ đồng, bằng 110,1% dự toán (378.000 tỷ đồng), tăng 12,4% so với năm 2023. Trong đó, số thu từ hoạt động xuất nhập khẩu qua các cửa khẩu đường bộ, đường sắt biên giới ước đạt 48.600 tỷ đồng, chiếm 11,7% tổng thu.

Các cục hải quan có số thu lớn gồm: Cục Hải quan TP Hồ Chí Minh khoảng 125.300 tỷ đồng, Hải Phòng 75.800 tỷ đồng, Bà Rịa - Vũng Tàu 41.200 tỷ đồng và Quảng Ninh 16.450 tỷ đồng.

Riêng tại các cửa khẩu biên giới đất liền, kim ngạch xuất nhập khẩu năm 2024 đạt 61,35 tỷ USD, tăng 9,2%; số phương tiện được làm thủ tục đạt gần 1,9 triệu lượt, bình quân trên 5.200 lượt/ngày.

Toàn ngành đã tiếp nhận, xử lý khoảng 20,6 triệu tờ khai hải quan. Tỷ lệ tờ khai phân luồng xanh là 63,8%, luồng vàng 30,5%, luồng đỏ 5,7%, phù hợp với quy định tại Nghị định số 08/2015/NĐ-CP và Nghị định số 59/2018/NĐ-CP.

Tại Hội nghị tổng kết tổ chức ngày 3/1/2025 ở Hà Nội, Bộ trưởng Bộ Tài chính cho biết năm 2025, ngành Hải quan được giao dự toán thu 415.000 tỷ đồng; Tổng cục phấn đấu thu đạt từ 430.000 đến 440.000 tỷ đồng, tỷ lệ tờ khai luồng xanh trên 65%.

Tổng cục Hải quan, số 9 Dương Đình Nghệ, quận Cầu Giấy, Hà Nội. Tổng đài hỗ trợ: 1900 9299.
"""

Y = P("Năm 2024", "2024-01-01", "2024-12-31")
Yt = P("năm 2024", "2024-01-01", "2024-12-31")
Yi = P("Năm 2024", "2024-01-01", "2024-12-31", True)
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
ST = "số thu ngân sách"

FIGS = [
    F("ước đạt 416,1 nghìn tỷ đồng", "416,1", 416.1e12, "money", "đồng", "thu ngân sách của ngành Hải quan", Yt,
      status="estimate"),
    F("ước đạt 416.100 tỷ đồng", "416.100", 416.1e12, "money", "đồng", "tổng thu ngân sách nhà nước do ngành Hải quan thực hiện",
      Y, status="estimate", percent=110.1, target={"value": 378e12, "unit": "đồng"},
      change={"direction": "increase", "value": 12.4, "unit": "%", "baseline": "năm 2023"}),
    F("ước đạt 48.600 tỷ đồng", "48.600", 48.6e12, "money", "đồng",
      "số thu từ hoạt động xuất nhập khẩu qua các cửa khẩu đường bộ, đường sắt biên giới", Yi, status="estimate",
      total=416.1e12, percent=11.7),
    F("khoảng 125.300 tỷ đồng", "125.300", 125.3e12, "money", "đồng", ST, Yi, approx="about", location="Hồ Chí Minh"),
    F("Hải Phòng 75.800 tỷ đồng", "75.800", 75.8e12, "money", "đồng", ST, Yi, location="Hải Phòng"),
    F("Vũng Tàu 41.200 tỷ đồng", "41.200", 41.2e12, "money", "đồng", ST, Yi, location="Bà Rịa - Vũng Tàu"),
    F("Quảng Ninh 16.450 tỷ đồng", "16.450", 16.45e12, "money", "đồng", ST, Yi, location="Quảng Ninh"),
    F("đạt 61,35 tỷ USD", "61,35", 61.35e9, "money", "USD", "kim ngạch xuất nhập khẩu tại các cửa khẩu biên giới đất liền",
      Yt, change={"direction": "increase", "value": 9.2, "unit": "%"}),
    F("gần 1,9 triệu lượt", "1,9", 1.9e6, "count", "lượt", "phương tiện được làm thủ tục", Yt, approx="nearly"),
    F("trên 5.200 lượt/ngày", "5.200", 5200, "measure", "lượt/ngày", "phương tiện được làm thủ tục bình quân", Yt,
      approx="over"),
    F("khoảng 20,6 triệu tờ khai", "20,6", 20.6e6, "count", "tờ khai", "tờ khai hải quan tiếp nhận, xử lý", Yi,
      approx="about"),
    F("luồng xanh là 63,8%", "63,8", 63.8, "percent", "%", "tỷ lệ tờ khai phân luồng xanh", Yi),
    F("luồng vàng 30,5%", "30,5", 30.5, "percent", "%", "tỷ lệ tờ khai phân luồng vàng", Yi),
    F("luồng đỏ 5,7%", "5,7", 5.7, "percent", "%", "tỷ lệ tờ khai phân luồng đỏ", Yi),
    F("dự toán thu 415.000 tỷ đồng", "415.000", 415e12, "money", "đồng", "dự toán thu ngân sách ngành Hải quan", Y25,
      status="target"),
    F("từ 430.000 đến 440.000 tỷ đồng", "430.000", 430e12, "money", "đồng", "thu ngân sách", Y25, value_max=440e12,
      status="target"),
    F("trên 65%", "65", 65, "percent", "%", "tỷ lệ tờ khai luồng xanh", Y25, approx="over", status="target"),
]

COMMENTS = [
    "Ministry site (Bộ Tài chính - Tổng cục Hải quan, '(HQ Online)'): national customs revenue 2024, border-gate trade and traffic, declarations by channel, 2025 plan.",
    "Dateline with byline 'THANH HÀ 09:41, 06/01/2025'. Distractors: 'Nghị định số 08/2015/NĐ-CP', 'Nghị định số 59/2018/NĐ-CP', 'ngày 3/1/2025', the venue 'ở Hà Nội',",
    "the address 'số 9 Dương Đình Nghệ, quận Cầu Giấy, Hà Nội' and '1900 9299' (none makes a figure Hà Nội's). National figures: location Việt Nam.",
    "'416,1 nghìn tỷ' = 416,1·10¹². 416.100 tỷ: percent 110,1, target '(378.000 tỷ đồng)' after 'dự toán', change 12,4%. The part after 'Trong đó' (own 'ước đạt') takes total 416.100 tỷ.",
    "Customs departments of a province/city (Cục Hải quan TP Hồ Chí Minh, Hải Phòng, …) collect that locality's revenue: the place goes to location, subject = the list's indicator; 'gồm:' follows no figure: no total.",
    "Channel shares are percent figures of their own (in a sentence without a base amount). Plan sentence: 'được giao dự toán' and 'phấn đấu' make the 2025 figures targets; 'năm 2025' stands in the sentence.",
]

write(7, TEXT, COMMENTS, FIGS, published="2025-01-06", location="Việt Nam")
