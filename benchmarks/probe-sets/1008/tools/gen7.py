from lib import F, P, I, C, T, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH BÌNH THUẬN
Trang chủ / Tin tức / Du lịch

Nâng cao chất lượng dịch vụ cứu hộ tại các bãi tắm du lịch

Năm 2024, toàn tỉnh Bình Thuận có 31 bãi tắm du lịch được cấp phép khai thác với 57 chòi cứu hộ và 198 nhân viên cứu hộ. Lực lượng cứu hộ đã cứu thành công 146 người, tăng 21 người so với năm 2023, trong đó có 52 khách quốc tế.

Số người được cứu hộ thành công tại một số địa bàn trọng điểm
Đơn vị tính: người
Địa bàn
Năm 2023
Năm 2024
TP Phan Thiết
71
83
Huyện Hàm Thuận Nam
28
35
Thị xã La Gi
18
22
Tổng số
117
140

Kinh phí hoạt động cứu hộ năm 2024 đạt 6,2 tỷ đồng, bình quân gần 200 triệu đồng/bãi tắm. Các doanh nghiệp, khu nghỉ dưỡng ven biển đóng góp khoảng 45% tổng kinh phí.

Theo Quyết định số 3012/QĐ-UBND của UBND tỉnh, năm 2025 Sở phấn đấu 100% nhân viên cứu hộ được tập huấn lại kỹ năng sơ cấp cứu; các bãi tắm có lượng khách trên 1.000 lượt/ngày phải bố trí tối thiểu 4 nhân viên cứu hộ mỗi ca. Dự kiến năm 2025, tỉnh sẽ đầu tư thêm 12 chòi cứu hộ tại khu vực Mũi Né, Tiến Thành và Kê Gà với kinh phí khoảng 1,8 tỷ đồng.

Các cơ sở lưu trú ven biển cần thông báo cho khách về giờ có cứu hộ trực (từ 6 giờ đến 18 giờ) và các khu vực cấm tắm.

SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH BÌNH THUẬN
Địa chỉ: số 111 Trần Hưng Đạo, TP Phan Thiết, tỉnh Bình Thuận
Điện thoại: 0252.3822.745 - Fax: 0252.3833.109
Tổng lượt truy cập: 1.284.903
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

SUBJ = "người được cứu hộ thành công"

FIGS = [
    F("có 31 bãi tắm", "31", 31, "count", "bãi tắm", "bãi tắm du lịch được cấp phép khai thác", Y24),
    F("với 57 chòi", "57", 57, "count", "chòi cứu hộ", "chòi cứu hộ", Y24),
    F("và 198 nhân viên", "198", 198, "count", "nhân viên cứu hộ", "nhân viên cứu hộ", Y24),
    F("cứu thành công 146 người", "146", 146, "count", "người", "người được lực lượng cứu hộ cứu thành công",
      I(Y24), change=C("increase", 21, "người", "năm 2023")),
    F("có 52 khách", "52", 52, "count", "khách quốc tế", "khách quốc tế được cứu", I(Y24), total=146),
    # one cell per line table
    F("Phan Thiết\n71", "71", 71, "count", "người", SUBJ, C23, location="Phan Thiết"),
    F("71\n83", "83", 83, "count", "người", SUBJ, C24, location="Phan Thiết"),
    F("Nam\n28", "28", 28, "count", "người", SUBJ, C23, location="Hàm Thuận Nam"),
    F("28\n35", "35", 35, "count", "người", SUBJ, C24, location="Hàm Thuận Nam"),
    F("La Gi\n18", "18", 18, "count", "người", SUBJ, C23, location="La Gi"),
    F("18\n22", "22", 22, "count", "người", SUBJ, C24, location="La Gi"),
    F("Tổng số\n117", "117", 117, "count", "người", SUBJ + " tổng số", C23),
    F("117\n140", "140", 140, "count", "người", SUBJ + " tổng số", C24),
    F("đạt 6,2 tỷ", "6,2", 6.2e9, "money", "đồng", "kinh phí hoạt động cứu hộ", Y24b),
    F("gần 200 triệu", "200", 200e6, "money", "đồng/bãi tắm", "kinh phí hoạt động cứu hộ bình quân mỗi bãi tắm",
      Y24b, approx="nearly"),
    F("khoảng 45%", "45", 45, "percent", "%", "phần đóng góp của doanh nghiệp, khu nghỉ dưỡng trong tổng kinh phí",
      I(Y24b), approx="about"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "nhân viên cứu hộ được tập huấn lại kỹ năng sơ cấp cứu",
      Y25, status="target"),
    F("trên 1.000 lượt/ngày", "1.000", 1000, "count", "lượt/ngày", "lượng khách của bãi tắm",
      approx="over", optional=True),
    F("tối thiểu 4 nhân viên", "4", 4, "count", "nhân viên cứu hộ", "nhân viên cứu hộ mỗi ca tại bãi tắm đông khách",
      Y25, approx="at_least", status="target"),
    F("thêm 12 chòi", "12", 12, "count", "chòi cứu hộ", "chòi cứu hộ đầu tư thêm",
      P("năm 2025", "2025-01-01", "2025-12-31"), status="forecast"),
    F("khoảng 1,8 tỷ", "1,8", 1.8e9, "money", "đồng", "kinh phí đầu tư chòi cứu hộ",
      P("năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Department site (Sở VHTTDL Bình Thuận), no dateline, footer with address, phone, fax and visit counter: beach lifeguard services in 2024, plans for 2025.",
    "One-cell-per-line table (Đơn vị tính: người; columns Năm 2023 / Năm 2024; rows are places → location; Tổng số row is Bình Thuận). Cells: no totals.",
    "146 người is in the sentence after 'Năm 2024, ...' (inherited); 52 after 'trong đó' gets total 146. '45% tổng kinh phí' is a share stated as the figure: percent of its own.",
    "'trên 1.000 lượt/ngày' is the threshold of a class of beaches (optional); 'tối thiểu 4 nhân viên ... mỗi ca' is a requirement under 'phấn đấu ... năm 2025': target.",
    "'Dự kiến năm 2025 ... 12 chòi ... khoảng 1,8 tỷ đồng' → forecast. No published date.",
    "Distractors: Quyết định số 3012/QĐ-UBND, 6 giờ / 18 giờ, số 111 Trần Hưng Đạo, phone and fax, Tổng lượt truy cập 1.284.903.",
]

write(7, TEXT, FIGS, NOTES, published=None, location="Bình Thuận")
