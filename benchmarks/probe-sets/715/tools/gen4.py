from lib import F, P, I, CH, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Cục Du lịch Quốc gia Việt Nam
Trang chủ | Tin tức | Xúc tiến du lịch
Ngày đăng: 08/03/2024 | Lượt xem: 2.105

Việt Nam có 92 sân golf đang hoạt động, hấp dẫn du khách quốc tế

Theo số liệu tổng hợp của Cục Du lịch Quốc gia Việt Nam, tính đến hết năm 2023 cả nước có 92 sân golf đang hoạt động tại 37 tỉnh, thành phố, trong đó miền Bắc có 35 sân, miền Trung 21 sân và miền Nam 36 sân. Các địa phương có nhiều sân golf nhất là Hà Nội (11 sân), Khánh Hòa (8 sân), Bình Thuận (7 sân) và Quảng Ninh (6 sân).

Năm 2023, Việt Nam đón khoảng 350.000 lượt khách quốc tế đến chơi golf, tăng 1,8 lần so với năm 2022; khách Hàn Quốc chiếm gần 45%. Mức chi tiêu bình quân của khách golf quốc tế từ 250 đến 300 USD/ngày, cao hơn nhiều so với khách du lịch thông thường. Phí chơi golf (green fee) phổ biến từ 1,5 đến 4 triệu đồng/lượt.

Với số lượng sân golf hiện nay, Việt Nam xếp thứ 2 khu vực Đông Nam Á, sau Thái Lan. Năm 2023, Việt Nam tiếp tục được World Golf Awards vinh danh là "Điểm đến golf tốt nhất thế giới" năm thứ 5 liên tiếp.

Theo Quy hoạch hệ thống du lịch thời kỳ 2021-2030, tầm nhìn đến năm 2045, đến năm 2030 cả nước sẽ có khoảng 160 sân golf, với tỷ lệ sân đạt tiêu chuẩn quốc tế khoảng 40%. Cục Du lịch Quốc gia Việt Nam đặt mục tiêu đến năm 2025 đón 500.000 lượt khách golf quốc tế, doanh thu từ du lịch golf đạt khoảng 1 tỷ USD.

Thông tin liên hệ: Cục Du lịch Quốc gia Việt Nam, số 80 Quán Sứ, Hoàn Kiếm, Hà Nội. ĐT: 024.3942.3760
"""

END23 = P("tính đến hết năm 2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Việt Nam có 92 sân golf", "92", 92, "count", "sân golf", "sân golf đang hoạt động"),
    F("cả nước có 92 sân golf", "92", 92, "count", "sân golf", "sân golf đang hoạt động", END23),
    F("tại 37 tỉnh", "37", 37, "count", "tỉnh, thành phố", "tỉnh, thành phố có sân golf đang hoạt động", END23),
    F("có 35 sân", "35", 35, "count", "sân", "sân golf đang hoạt động tại miền Bắc", END23, total=92),
    F("miền Trung 21 sân", "21", 21, "count", "sân", "sân golf đang hoạt động tại miền Trung", END23, total=92),
    F("miền Nam 36 sân", "36", 36, "count", "sân", "sân golf đang hoạt động tại miền Nam", END23, total=92),
    F("Hà Nội (11 sân)", "11", 11, "count", "sân", "sân golf", I(END23), location="Hà Nội"),
    F("Khánh Hòa (8 sân)", "8", 8, "count", "sân", "sân golf", I(END23), location="Khánh Hòa"),
    F("Bình Thuận (7 sân)", "7", 7, "count", "sân", "sân golf", I(END23), location="Bình Thuận"),
    F("Quảng Ninh (6 sân)", "6", 6, "count", "sân", "sân golf", I(END23), location="Quảng Ninh"),
    F("khoảng 350.000 lượt khách", "350.000", 350000, "count", "lượt khách", "lượt khách quốc tế đến chơi golf",
      Y23, approx="about", change=CH("increase", 1.8, "lần", "năm 2022")),
    F("chiếm gần 45%", "45", 45, "percent", "%", "tỷ trọng khách Hàn Quốc trong khách quốc tế chơi golf", Y23,
      approx="nearly"),
    F("từ 250 đến 300 USD", "250", 250, "money", "USD/ngày", "mức chi tiêu bình quân của khách golf quốc tế",
      value_max=300),
    F("từ 1,5 đến 4 triệu", "1,5", 1500000, "money", "đồng/lượt", "phí chơi golf (green fee) phổ biến",
      value_max=4000000),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "số lượng sân golf khu vực Đông Nam Á"),
    F("năm thứ 5 liên tiếp", "5", 5, "count", "năm", "năm liên tiếp được vinh danh điểm đến golf tốt nhất thế giới",
      optional=True),
    F("khoảng 160 sân golf", "160", 160, "count", "sân golf", "sân golf cả nước", T30, approx="about", status="target"),
    F("khoảng 40%", "40", 40, "percent", "%", "tỷ lệ sân đạt tiêu chuẩn quốc tế", T30, approx="about", status="target"),
    F("đón 500.000 lượt", "500.000", 500000, "count", "lượt khách", "lượt khách golf quốc tế", T25, status="target"),
    F("khoảng 1 tỷ USD", "1", 1000000000, "money", "USD", "doanh thu từ du lịch golf", T25, approx="about",
      status="target"),
]

COMMENTS = [
    "Cục Du lịch Quốc gia Việt Nam (ministry site, Bộ VHTTDL): national golf courses and golf tourism; 'Ngày đăng: 08/03/2024 | Lượt xem: 2.105'.",
    "National figures -> location Việt Nam; regions (miền Bắc/Trung/Nam) are not provinces: they go to the subject, and they add up to 92",
    "after 'trong đó' (total 92). Province list items take the province as location, the list's indicator (sân golf) as subject; no total.",
    "'tăng 1,8 lần so với năm 2022' is the change of 350.000 (unit lần). 'khách Hàn Quốc chiếm gần 45%' has no base count of its own: a",
    "percent figure (Hàn Quốc is a market, not a place). Headline '92 sân golf' has no period. 'năm thứ 5 liên tiếp' optional (as shared h04).",
    "'đến năm 2030 cả nước sẽ có khoảng 160 sân golf' under a Quy hoạch -> target; 'đặt mục tiêu đến năm 2025' -> target.",
    "Distractors: 'thời kỳ 2021-2030, tầm nhìn đến năm 2045', 'World Golf Awards', 'Lượt xem: 2.105', 'số 80 Quán Sứ', phone 024.3942.3760.",
]

emit("p715-4", TEXT, COMMENTS, FIGS, published="2024-03-08", location="Việt Nam")
