from lib import F, P, I, CH, emit

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Tin hoạt động ngành

Đồng Nai: Hạ tầng kho bãi, logistics phát triển nhanh theo các khu công nghiệp
Ngày đăng: 15/07/2024 | Lượt xem: 1.209

Theo số liệu của Sở Công Thương, tính đến 30/6/2024, toàn tỉnh có 126 doanh nghiệp kinh doanh dịch vụ kho bãi, logistics với tổng diện tích kho khoảng 1,85 triệu m2 và 312 kho hàng, trong đó có 14 kho ngoại quan và 9 kho lạnh.

Các kho bãi tập trung chủ yếu tại huyện Nhơn Trạch (khoảng 620.000 m2), huyện Long Thành (410.000 m2), thành phố Biên Hòa (385.000 m2) và huyện Trảng Bom (190.000 m2). Diện tích mỗi kho phổ biến từ 5.000 đến 20.000 m2. Tỷ lệ lấp đầy của các kho hiện đạt trên 85%.

Giá thuê kho xây sẵn dao động 3,5-4,8 USD/m2/tháng, tăng khoảng 10% so với năm 2023. Nguyên nhân là nhu cầu thuê kho của các doanh nghiệp thương mại điện tử và doanh nghiệp FDI tăng mạnh sau khi cao tốc Phan Thiết - Dầu Giây được đưa vào khai thác.

Dự án Trung tâm logistics Long Thành (huyện Long Thành) có quy mô 200 ha, tổng vốn đầu tư dự kiến 7.000 tỷ đồng. Giai đoạn 1 của dự án dự kiến hoàn thành trong năm 2026.

Giai đoạn 2021-2025, tỉnh phấn đấu hình thành thêm 5-7 trung tâm logistics hạng I và hạng II gắn với Cảng hàng không quốc tế Long Thành và cảng Phước An. Đến năm 2030, chi phí logistics của doanh nghiệp trên địa bàn phấn đấu giảm xuống dưới 15% giá thành sản phẩm.

Mọi thông tin chi tiết xin liên hệ Phòng Quản lý thương mại, Sở Công Thương, số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa; ĐT: 0251.3822.536.
"""

AS = P("tính đến 30/6/2024", None, "2024-06-30")

FIGS = [
    F("có 126 doanh nghiệp", "126", 126, "count", "doanh nghiệp", "doanh nghiệp kinh doanh dịch vụ kho bãi, logistics", AS),
    F("khoảng 1,85 triệu m2", "1,85", 1850000, "measure", "m2", "tổng diện tích kho", AS, approx="about"),
    F("và 312 kho hàng", "312", 312, "count", "kho hàng", "kho hàng", AS),
    F("có 14 kho ngoại quan", "14", 14, "count", "kho ngoại quan", "kho ngoại quan", AS, total=312),
    F("và 9 kho lạnh", "9", 9, "count", "kho lạnh", "kho lạnh", AS, total=312),
    F("(khoảng 620.000 m2)", "620.000", 620000, "measure", "m2", "diện tích kho bãi", I(AS), approx="about",
      location="Nhơn Trạch"),
    F("(410.000 m2)", "410.000", 410000, "measure", "m2", "diện tích kho bãi", I(AS), location="Long Thành"),
    F("(385.000 m2)", "385.000", 385000, "measure", "m2", "diện tích kho bãi", I(AS), location="Biên Hòa"),
    F("(190.000 m2)", "190.000", 190000, "measure", "m2", "diện tích kho bãi", I(AS), location="Trảng Bom"),
    F("từ 5.000 đến 20.000 m2", "5.000", 5000, "measure", "m2", "diện tích mỗi kho", I(AS), value_max=20000),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ lấp đầy của các kho", I(AS), approx="over"),
    F("dao động 3,5-4,8 USD", "3,5", 3.5, "money", "USD/m2/tháng", "giá thuê kho xây sẵn", value_max=4.8,
      change=CH("increase", 10, baseline="năm 2023", approx="about")),
    F("quy mô 200 ha", "200", 200, "measure", "ha", "quy mô Trung tâm logistics Long Thành", location="Long Thành"),
    F("dự kiến 7.000 tỷ đồng", "7.000", 7000000000000, "money", "đồng", "tổng vốn đầu tư Trung tâm logistics Long Thành",
      status="forecast", location="Long Thành"),
    F("thêm 5-7 trung tâm", "5", 5, "count", "trung tâm logistics", "trung tâm logistics hình thành thêm",
      P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), value_max=7, status="target"),
    F("dưới 15% giá thành", "15", 15, "percent", "%", "chi phí logistics của doanh nghiệp so với giá thành sản phẩm",
      P("Đến năm 2030", None, "2030-12-31"), approx="under", status="target"),
]

emit("p384-4", TEXT, [
    "Department site (Sở Công Thương Đồng Nai): kho bãi, logistics. Dateline 'Ngày đăng: 15/07/2024 | Lượt xem: 1.209' (counter is furniture).",
    "Distractors: 'Lượt xem: 1.209', 'cao tốc Phan Thiết - Dầu Giây', 'Giai đoạn 1', 'hạng I và hạng II', address 'số 2 Nguyễn Văn Trị', phone 0251.3822.536.",
    "'trong đó có 14 kho ngoại quan và 9 kho lạnh' follows 1,85 triệu m2 but the whole counting the same thing is '312 kho hàng': total 312.",
    "District list: each district is the location, subject the list's indicator; the as-of date of the first paragraph is inherited (end only).",
    "'3,5-4,8 USD/m2/tháng' money range, unit with its denominators; the change 'tăng khoảng 10% so với năm 2023' attaches; no period ('năm 2023' is the baseline).",
    "'tổng vốn đầu tư dự kiến 7.000 tỷ đồng' forecast; the project's 200 ha and 7.000 tỷ take location Long Thành.",
], FIGS, published="2024-07-15", location="Đồng Nai")
