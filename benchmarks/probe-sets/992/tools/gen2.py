"""p992-2: huyện Cô Tô (Quảng Ninh) district portal, after typhoon Yagi (bão số 3)."""
from lib import F, P, I, C, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÔ TÔ
Tin tức - Sự kiện | Kinh tế
20/09/2024 15:12

Cô Tô: Đảm bảo an toàn cho 487 tàu thuyền trong bão số 3

Trước khi cơn bão số 3 (Yagi) đổ bộ với gió giật trên cấp 15, huyện Cô Tô đã kêu gọi, hướng dẫn 487 tàu thuyền vào nơi neo đậu an toàn, trong đó 312 tàu cá của ngư dân địa phương và 175 phương tiện của các địa phương khác. Tính đến 17 giờ ngày 6/9, 100% phương tiện đã vào vị trí tránh trú.

Riêng khu neo đậu tránh trú bão Cô Tô tiếp nhận 356 phương tiện, trong khi sức chứa thiết kế chỉ 300 chiếc; số còn lại được bố trí tại vụng Bắc Vàng và đảo Cô Tô Con. Huyện huy động 215 cán bộ, chiến sĩ cùng 12 xuồng cứu hộ túc trực tại khu neo đậu.

Sau bão, qua kiểm đếm, toàn huyện có 14 tàu cá bị chìm, 37 tàu bị hư hỏng, tổng thiệt hại ước khoảng 9,8 tỷ đồng; không có tàu nào bị chìm trong khu neo đậu. Ông Trần Văn Bảy, Trưởng phòng Nông nghiệp và PTNT huyện, cho biết nhờ được sắp xếp đúng vị trí nên thiệt hại trong khu neo đậu chủ yếu là va quệt nhẹ.

Khu neo đậu tránh trú bão Cô Tô có tổng vốn đầu tư 157 tỷ đồng, diện tích vùng nước 12,5 ha, cho tàu có công suất đến 400 CV. Do bồi lắng, độ sâu vũng neo hiện chỉ còn 1,8-2,2 m, nhiều tàu lớn phải chờ nước lên mới vào được. Từ đầu năm đến nay, khu neo đậu đã đón 2.140 lượt tàu ra vào, giảm 6% so với cùng kỳ.

Huyện đã trình UBND tỉnh Quảng Ninh dự án nạo vét, dự kiến khối lượng khoảng 65.000 m3 bùn cát, kinh phí 28 tỷ đồng, đưa độ sâu vũng neo đạt 3 m. Công trình dự kiến khởi công trong quý I/2025.

Ban Biên tập - Điện thoại: 0203.3889.005
"""

FIGS = [
    F("cho 487 tàu thuyền", "487", 487, "count", "tàu thuyền", "tàu thuyền được đảm bảo an toàn trong bão"),
    F("trên cấp 15", "15", 15, "measure", "cấp", "gió giật của bão", approx="over", optional=True),
    F("hướng dẫn 487 tàu thuyền", "487", 487, "count", "tàu thuyền", "tàu thuyền vào nơi neo đậu an toàn"),
    F("trong đó 312 tàu cá", "312", 312, "count", "tàu cá", "tàu cá của ngư dân địa phương", total=487),
    F("và 175 phương tiện", "175", 175, "count", "phương tiện", "phương tiện của các địa phương khác", total=487),
    F("ngày 6/9, 100% phương tiện", "100", 100, "percent", "%", "phương tiện đã vào vị trí tránh trú",
      P("Tính đến 17 giờ ngày 6/9", end="2024-09-06")),
    F("tiếp nhận 356 phương tiện", "356", 356, "count", "phương tiện", "phương tiện khu neo đậu Cô Tô tiếp nhận"),
    F("chỉ 300 chiếc", "300", 300, "count", "chiếc", "sức chứa thiết kế khu neo đậu Cô Tô"),
    F("huy động 215 cán bộ", "215", 215, "count", "cán bộ, chiến sĩ", "cán bộ, chiến sĩ túc trực tại khu neo đậu"),
    F("cùng 12 xuồng cứu hộ", "12", 12, "count", "xuồng cứu hộ", "xuồng cứu hộ túc trực tại khu neo đậu"),
    F("có 14 tàu cá bị chìm", "14", 14, "count", "tàu cá", "tàu cá bị chìm"),
    F("37 tàu bị hư hỏng", "37", 37, "count", "tàu", "tàu bị hư hỏng"),
    F("khoảng 9,8 tỷ đồng", "9,8", 9800000000, "money", "đồng", "tổng thiệt hại", approx="about", status="estimate"),
    F("tư 157 tỷ đồng", "157", 157000000000, "money", "đồng", "tổng vốn đầu tư khu neo đậu tránh trú bão Cô Tô"),
    F("nước 12,5 ha", "12,5", 12.5, "measure", "ha", "diện tích vùng nước khu neo đậu"),
    F("đến 400 CV", "400", 400, "measure", "CV", "công suất tàu được neo đậu", approx="at_most", optional=True),
    F("còn 1,8-2,2 m", "1,8", 1.8, "measure", "m", "độ sâu vũng neo", value_max=2.2),
    F("đón 2.140 lượt tàu", "2.140", 2140, "count", "lượt tàu", "lượt tàu ra vào khu neo đậu",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-09-20"), change=C("decrease", 6, baseline="cùng kỳ")),
    F("khoảng 65.000 m3", "65.000", 65000, "measure", "m3", "khối lượng nạo vét bùn cát", approx="about",
      status="forecast"),
    F("kinh phí 28 tỷ đồng", "28", 28000000000, "money", "đồng", "kinh phí nạo vét", status="forecast"),
    F("đạt 3 m", "3", 3, "measure", "m", "độ sâu vũng neo sau nạo vét", status="forecast"),
]

build("p992-2", TEXT, FIGS, published="2024-09-20", location="Cô Tô", comments=[
    "Cô Tô district portal (Quảng Ninh): typhoon Yagi (bão số 3, 9/2024), boats sheltered, damage, shelter capacity and dredging plan.",
    "Headline 487 and body 487 are two mentions: both figures. 312 tàu cá and 175 phương tiện are parts after 'trong đó' (total 487).",
    "'bão số 3' is a storm name (identifier), 'quý I/2025' a schedule, 'Trần Văn Bảy' a name, phone 0203.3889.005: not figures.",
    "'gió giật trên cấp 15' is a wind-scale level describing the storm: optional; 'công suất đến 400 CV' is a design class: optional.",
    "'356 phương tiện' after 'Riêng' has no part-of cue: no total. '300 chiếc' after 'trong khi' is a figure of its own (capacity).",
    "The dredging proposal: 'dự kiến' governs 65.000 m3 and the clauses that continue it (28 tỷ, 3 m): forecast.",
    "Year-less 'ngày 6/9' and 'Từ đầu năm đến nay' take 2024 from the dateline; 'đến nay' ends at the dateline.",
])
