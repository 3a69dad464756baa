"""p808-7: department site without dateline (Sở NN&PTNT Bà Rịa - Vũng Tàu), sea cucumber + shrimp polyculture model,
one-cell-per-line table."""
from lib import F, P, I, C, T, build

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BÀ RỊA - VŨNG TÀU
Trang chủ / Tin hoạt động / Khuyến nông

Hiệu quả mô hình nuôi ghép hải sâm cát trong ao tôm ở Xuyên Mộc

Năm 2024, Trung tâm Khuyến nông tỉnh triển khai mô hình nuôi ghép hải sâm cát với tôm thẻ chân trắng tại xã Bình Châu, huyện Xuyên Mộc, quy mô 2 ha với 6 hộ tham gia. Hải sâm được thả với mật độ 1 con/m2, tôm thả 80 con/m2.

Hải sâm ăn chất hữu cơ lắng đọng ở đáy ao nên giúp ao sạch hơn, giảm dịch bệnh trên tôm. Kết quả so sánh giữa ao nuôi ghép và ao nuôi tôm đơn như sau:

Chỉ tiêu
Đơn vị tính
Ao nuôi ghép
Ao nuôi tôm đơn
Năng suất tôm
tấn/ha
12,6
13,2
Năng suất hải sâm
tấn/ha
2,1
-
Tỷ lệ sống của tôm
%
82
71
Lợi nhuận
triệu đồng/ha
485
397

Như vậy, dù năng suất tôm giảm nhẹ, lợi nhuận của ao nuôi ghép vẫn cao hơn khoảng 22% so với ao nuôi tôm đơn nhờ có thêm nguồn thu từ hải sâm.

Theo Chi cục Thủy sản, năm 2024 toàn tỉnh có 46 ha nuôi hải sâm, tập trung ở huyện Xuyên Mộc (28 ha) và huyện Long Điền (18 ha). Năm 2025, Trung tâm dự kiến nhân rộng mô hình ra các huyện ven biển của tỉnh với quy mô 10 ha, khoảng 20 hộ tham gia.

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BÀ RỊA - VŨNG TÀU
Địa chỉ: Số 17 đường 3 Tháng 2, phường 8, TP. Vũng Tàu
Điện thoại: 0254.3859.047 - Fax: 0254.3859.048
Lượt truy cập: 3.418.205
"""

Y2024 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y2024b = P("năm 2024", "2024-01-01", "2024-12-31")
Y2025 = P("Năm 2025", "2025-01-01", "2025-12-31")
XM = "Xuyên Mộc"

FIGS = [
    F("quy mô 2 ha", "2", 2, "measure", "ha", "quy mô mô hình nuôi ghép hải sâm cát với tôm thẻ chân trắng", Y2024,
      location=XM),
    F("với 6 hộ", "6", 6, "count", "hộ", "hộ tham gia mô hình", Y2024, location=XM),
    F("mật độ 1 con/m2", "1", 1, "measure", "con/m2", "mật độ thả hải sâm", I(Y2024), location=XM),
    F("tôm thả 80 con/m2", "80", 80, "measure", "con/m2", "mật độ thả tôm", I(Y2024), location=XM),
    F("tấn/ha\n12,6", "12,6", 12.6, "measure", "tấn/ha", "năng suất tôm ao nuôi ghép", I(Y2024), location=XM),
    F("12,6\n13,2", "13,2", 13.2, "measure", "tấn/ha", "năng suất tôm ao nuôi tôm đơn", I(Y2024), location=XM),
    F("tấn/ha\n2,1", "2,1", 2.1, "measure", "tấn/ha", "năng suất hải sâm ao nuôi ghép", I(Y2024), location=XM),
    F("%\n82", "82", 82, "percent", "%", "tỷ lệ sống của tôm ao nuôi ghép", I(Y2024), location=XM),
    F("82\n71", "71", 71, "percent", "%", "tỷ lệ sống của tôm ao nuôi tôm đơn", I(Y2024), location=XM),
    F("triệu đồng/ha\n485", "485", 485e6, "money", "đồng/ha", "lợi nhuận ao nuôi ghép", I(Y2024), location=XM),
    F("485\n397", "397", 397e6, "money", "đồng/ha", "lợi nhuận ao nuôi tôm đơn", I(Y2024), location=XM),
    F("cao hơn khoảng 22%", "22", 22, "percent", "%", "lợi nhuận của ao nuôi ghép so với ao nuôi tôm đơn",
      I(Y2024), approx="about", location=XM),
    F("có 46 ha", "46", 46, "measure", "ha", "diện tích nuôi hải sâm", Y2024b),
    F("Xuyên Mộc (28 ha)", "28", 28, "measure", "ha", "diện tích nuôi hải sâm", Y2024b, total=46, location=XM),
    F("Long Điền (18 ha)", "18", 18, "measure", "ha", "diện tích nuôi hải sâm", Y2024b, total=46, location="Long Điền"),
    F("quy mô 10 ha", "10", 10, "measure", "ha", "quy mô nhân rộng mô hình", Y2025, status="forecast"),
    F("khoảng 20 hộ", "20", 20, "count", "hộ", "hộ tham gia mô hình nhân rộng", Y2025, approx="about",
      status="forecast"),
]

COMMENTS = [
    "Sở NN&PTNT Bà Rịa - Vũng Tàu (department site, no dateline): mô hình nuôi ghép hải sâm cát trong ao tôm ở Xuyên Mộc (2024).",
    "Footer address ('Số 17 đường 3 Tháng 2, phường 8'), phone/fax and 'Lượt truy cập: 3.418.205' are not figures; no published.",
    "Table pasted one cell per line: header 'Chỉ tiêu / Đơn vị tính / Ao nuôi ghép / Ao nuôi tôm đơn', then 4 rows of 4 cells.",
    "Units from the 'Đơn vị tính' column ('triệu đồng/ha' makes 485 = 485 000 000 đồng/ha); the '-' cell is no figure. Subjects",
    "are row + column label; period 'Năm 2024' stands in the first paragraph (inherited). The model's figures are in Xuyên Mộc.",
    "'cao hơn khoảng 22% so với ao nuôi tôm đơn' has no base amount in its sentence: a percent figure. 28 + 18 = 46 ha (bracketed",
    "breakdown right after the whole). 'Năm 2025 ... dự kiến' gives forecasts located in the province.",
]

if __name__ == "__main__":
    build("p808-7", TEXT, COMMENTS, FIGS, published=None, location="Bà Rịa - Vũng Tàu")
