from lib import F, P, I, C, T, build

TEXT = """
BÁO KHÁNH HÒA ĐIỆN TỬ
Kinh tế › Nông nghiệp

Xuất khẩu hơn 1,2 triệu con cá cảnh biển trong 9 tháng
Cập nhật lúc 10:12, Thứ năm, 16/10/2025

(BKH) - 9 tháng đầu năm 2025, các doanh nghiệp trên địa bàn tỉnh đã xuất khẩu 1,26 triệu con cá cảnh biển và sinh vật cảnh biển, đạt 78,8% kế hoạch năm; kim ngạch ước đạt 3,4 triệu USD, tăng 9,7% so với cùng kỳ năm 2024.

Hiện toàn tỉnh có 7 doanh nghiệp và 23 cơ sở thu gom, nuôi lưu giữ cá cảnh biển, tập trung tại TP Nha Trang, thị xã Ninh Hòa và huyện Vạn Ninh. Các loài xuất khẩu chủ yếu gồm cá khoang cổ (cá hề), cá bướm, cá thia và tôm, cua cảnh.

Đáng chú ý, Viện Nghiên cứu Nuôi trồng thủy sản III đã sản xuất thành công giống nhân tạo 12 loài cá cảnh biển. Năm 2024, Viện cung ứng khoảng 180.000 con cá khoang cổ giống, trong đó 65% được xuất khẩu. Đàn cá bố mẹ hiện có hơn 2.000 cặp, gồm 1.450 cặp cá khoang cổ và 580 cặp cá thia.

Giá xuất khẩu cá khoang cổ giống nhân tạo từ 2 đến 4 USD/con, trong khi cá khai thác tự nhiên chỉ 0,8-1,2 USD/con. Giá trị xuất khẩu bình quân đạt khoảng 2,7 USD/con. Mỗi doanh nghiệp sử dụng từ 15 đến 40 lao động, thu nhập 8-10 triệu đồng/người/tháng.

Theo Sở Nông nghiệp và Môi trường, năm 2025 tỉnh phấn đấu xuất khẩu 1,6 triệu con cá cảnh biển; đến năm 2030, tỷ lệ cá cảnh biển có nguồn gốc nhân tạo đạt ít nhất 50%. Tỉnh cũng siết chặt việc khai thác sinh vật cảnh theo Nghị định số 26/2019/NĐ-CP, không khai thác ở vùng rạn có độ sâu dưới 5 m trong Khu bảo tồn biển vịnh Nha Trang.

NGỌC THẢO
"""

M9H = P("9 tháng", "2025-01-01", "2025-09-30")
M9 = P("9 tháng đầu năm 2025", "2025-01-01", "2025-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 1,2 triệu con", "1,2", 1_200_000, "count", "con", "cá cảnh biển xuất khẩu", M9H, approx="over"),
    F("xuất khẩu 1,26 triệu con", "1,26", 1_260_000, "count", "con", "cá cảnh biển và sinh vật cảnh biển xuất khẩu", M9,
      percent=78.8),
    F("ước đạt 3,4 triệu USD", "3,4", 3_400_000, "money", "USD", "kim ngạch xuất khẩu cá cảnh biển", M9,
      change=C("increase", 9.7, "%", "cùng kỳ năm 2024"), status="estimate"),
    F("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", "doanh nghiệp thu gom, nuôi lưu giữ cá cảnh biển"),
    F("23 cơ sở", "23", 23, "count", "cơ sở", "cơ sở thu gom, nuôi lưu giữ cá cảnh biển"),
    F("nhân tạo 12 loài", "12", 12, "count", "loài", "loài cá cảnh biển sản xuất thành công giống nhân tạo"),
    F("khoảng 180.000 con", "180.000", 180_000, "count", "con", "cá khoang cổ giống Viện cung ứng", Y24, approx="about"),
    F("trong đó 65%", "65", 65, "percent", "%", "cá khoang cổ giống được xuất khẩu", Y24),
    F("hơn 2.000 cặp", "2.000", 2000, "count", "cặp", "đàn cá bố mẹ", approx="over"),
    F("1.450 cặp", "1.450", 1450, "count", "cặp", "cá khoang cổ bố mẹ", total=2000),
    F("580 cặp", "580", 580, "count", "cặp", "cá thia bố mẹ", total=2000),
    F("từ 2 đến 4 USD/con", "2", 2, "money", "USD/con", "giá xuất khẩu cá khoang cổ giống nhân tạo", value_max=4),
    F("0,8-1,2 USD/con", "0,8", 0.8, "money", "USD/con", "giá cá khai thác tự nhiên", value_max=1.2),
    F("khoảng 2,7 USD/con", "2,7", 2.7, "money", "USD/con", "giá trị xuất khẩu bình quân", approx="about"),
    F("từ 15 đến 40 lao động", "15", 15, "count", "lao động", "lao động mỗi doanh nghiệp", value_max=40),
    F("8-10 triệu đồng/người/tháng", "8", 8_000_000, "money", "đồng/người/tháng", "thu nhập của lao động",
      value_max=10_000_000),
    F("xuất khẩu 1,6 triệu con", "1,6", 1_600_000, "count", "con", "cá cảnh biển xuất khẩu",
      P("năm 2025", "2025-01-01", "2025-12-31"), status="target"),
    F("ít nhất 50%", "50", 50, "percent", "%", "tỷ lệ cá cảnh biển có nguồn gốc nhân tạo",
      P("đến năm 2030", None, "2030-12-31"), approx="at_least", status="target"),
    F("dưới 5 m", "5", 5, "measure", "m", "độ sâu vùng rạn không khai thác", approx="under", optional=True),
]

NOTES = [
    "Báo Khánh Hòa online style (invented): headline figure, 'Cập nhật lúc 10:12, Thứ năm, 16/10/2025', tag '(BKH) -'; marine",
    "ornamental fish (cá cảnh biển) export 9 months 2025, enterprises, hatchery-bred clownfish, breeding stock, prices, targets.",
    "Location Khánh Hòa throughout (the tag and the province's towns; the text says 'tỉnh'). Headline '9 tháng' (no year) takes 2025.",
    "Distractors: 'Viện Nghiên cứu Nuôi trồng thủy sản III', 'Nghị định số 26/2019/NĐ-CP', times/dates, '(BKH)'.",
    "'đạt 78,8% kế hoạch năm' -> percent of 1,26 triệu con. 'trong đó 65% được xuất khẩu': a percent has no whole in con: no total.",
    "'hơn 2.000 cặp, gồm 1.450 … và 580 …' -> both parts total 2000. 'độ sâu dưới 5 m' is a rule threshold: optional.",
    "'Mỗi doanh nghiệp sử dụng từ 15 đến 40 lao động': unit lao động (range over firms, not a rate).",
]

build("p1011-8", TEXT, NOTES, FIGS, published="2025-10-16", location="Khánh Hòa")
