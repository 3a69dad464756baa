from lib import F, P, I, CH, emit

TEXT = """Du lịch

Festival Huế 2024: hơn 185 nghìn lượt khách, doanh thu du lịch ước 410 tỷ đồng

12/06/2024 16:20

(TTH.VN) - Trong 6 ngày diễn ra Tuần lễ Festival Huế 2024 (từ ngày 6 đến 11/6), toàn tỉnh đón hơn 185.000 lượt khách, trong đó khách lưu trú đạt 92.400 lượt, tăng 26% so với cùng kỳ năm 2023; doanh thu từ du lịch ước đạt 410 tỷ đồng.

Các đêm biểu diễn, phố đi bộ Nguyễn Đình Chiểu và không gian bờ sông Hương thu hút bình quân hơn 30.000 lượt khách mỗi đêm. Chương trình "Đêm Hoàng cung" bán được 4.200 vé, thu gần 3,8 tỷ đồng; giá vé bình quân 900.000 đồng/người.

Không gian ẩm thực, chợ đêm Festival có 156 gian hàng của 11 tỉnh, thành phố tham gia, trong đó các doanh nghiệp, hộ kinh doanh của tỉnh chiếm 102 gian hàng. Theo khảo sát nhanh của Sở Du lịch, mức chi tiêu bình quân của du khách trong thời gian Festival đạt 2,35 triệu đồng/ngày, cao hơn 15% so với ngày thường.

Công an tỉnh huy động hơn 2.000 lượt cán bộ, chiến sĩ bảo đảm an ninh, trật tự; tiếp nhận 46 cuộc gọi qua đường dây nóng 0234.3823.228, xử lý 8 trường hợp chèo kéo, ép giá khách. Không xảy ra tai nạn giao thông nghiêm trọng.

Theo mô hình Festival bốn mùa, dự kiến cả năm 2024 tỉnh đón khoảng 4,2 triệu lượt khách, tăng 8% so với năm 2023.

HỒNG PHÚC
"""

FW = P("từ ngày 6 đến 11/6", "2024-06-06", "2024-06-11")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 185 nghìn", "185", 185000, "count", "lượt khách", "lượt khách Festival Huế 2024", approx="over"),
    F("ước 410 tỷ", "410", 410e9, "money", "đồng", "doanh thu du lịch", status="estimate"),
    F("đón hơn 185.000 lượt", "185.000", 185000, "count", "lượt khách",
      "lượt khách trong Tuần lễ Festival Huế 2024", FW, approx="over"),
    F("đạt 92.400 lượt", "92.400", 92400, "count", "lượt", "khách lưu trú", FW, total=185000,
      change=CH("increase", 26, baseline="cùng kỳ năm 2023")),
    F("ước đạt 410 tỷ", "410", 410e9, "money", "đồng", "doanh thu từ du lịch", FW, status="estimate"),
    F("hơn 30.000 lượt", "30.000", 30000, "count", "lượt khách",
      "lượt khách mỗi đêm tại các đêm biểu diễn, phố đi bộ Nguyễn Đình Chiểu và bờ sông Hương", I(FW),
      approx="over"),
    F("được 4.200 vé", "4.200", 4200, "count", "vé", "vé chương trình Đêm Hoàng cung bán được", I(FW)),
    F("gần 3,8 tỷ", "3,8", 3.8e9, "money", "đồng", "doanh thu chương trình Đêm Hoàng cung", I(FW),
      approx="nearly"),
    F("bình quân 900.000 đồng", "900.000", 900000, "money", "đồng/người", "giá vé bình quân", I(FW)),
    F("có 156 gian hàng", "156", 156, "count", "gian hàng", "gian hàng không gian ẩm thực, chợ đêm Festival", I(FW)),
    F("của 11 tỉnh", "11", 11, "count", "tỉnh, thành phố", "tỉnh, thành phố tham gia chợ đêm Festival", I(FW),
      location="Việt Nam"),
    F("chiếm 102 gian hàng", "102", 102, "count", "gian hàng", "gian hàng của doanh nghiệp, hộ kinh doanh của tỉnh",
      I(FW), total=156),
    F("đạt 2,35 triệu", "2,35", 2350000, "money", "đồng/ngày", "mức chi tiêu bình quân của du khách trong thời gian Festival",
      I(FW), change=CH("increase", 15, baseline="ngày thường")),
    F("hơn 2.000 lượt", "2.000", 2000, "count", "lượt cán bộ, chiến sĩ", "lượt cán bộ, chiến sĩ bảo đảm an ninh, trật tự",
      I(FW), approx="over"),
    F("tiếp nhận 46 cuộc gọi", "46", 46, "count", "cuộc gọi", "cuộc gọi qua đường dây nóng", I(FW)),
    F("xử lý 8 trường hợp", "8", 8, "count", "trường hợp", "trường hợp chèo kéo, ép giá khách", I(FW)),
    F("khoảng 4,2 triệu", "4,2", 4200000, "count", "lượt khách", "lượt khách", Y24, approx="about",
      change=CH("increase", 8, baseline="năm 2023"), status="forecast"),
]

COMMENTS = [
    "Báo Thừa Thiên Huế (tag '(TTH.VN)'): Tuần lễ Festival Huế 2024 — lượt khách, doanh thu, Đêm Hoàng cung, chợ đêm, chi tiêu, ANTT.",
    "Dateline '12/06/2024 16:20' gives published. The province is only 'tỉnh' in the text; the paper's tag TTH.VN implies Thừa Thiên Huế.",
    "'(từ ngày 6 đến 11/6)' is a stated period (year from the dateline): 2024-06-06..2024-06-11; 'Trong 6 ngày' is a duration that only",
    "locates the figures in time (not a figure). 'Festival Huế 2024' is a name; 'Festival bốn mùa' a name ('bốn' not a figure).",
    "'11 tỉnh, thành phố' is a count of provinces: location Việt Nam (FIGURES.md). 102 gian hàng follows 'trong đó': total 156.",
    "92.400 follows 'trong đó' after 185.000 (both lượt khách): total 185000; 'tăng 26%' belongs to 92.400 (the figure it follows).",
    "Distractors: hotline '0234.3823.228', dateline, 'cùng kỳ năm 2023', 'Festival Huế 2024'.",
]

emit("p592-8", TEXT, COMMENTS, FIGS, published="2024-06-12", location="Thừa Thiên Huế")
