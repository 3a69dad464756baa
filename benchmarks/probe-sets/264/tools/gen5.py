from lib import *

TEXT = """Bình Định: Đóng điện 5 công trình lưới điện 110 kV trong quý III/2024
Ngày đăng: 03/10/2024 | Lượt xem: 1.047

Trong quý III/2024, Công ty TNHH MTV Điện lực Bình Định (PC Bình Định) và Ban Quản lý dự án lưới điện miền Trung đã hoàn thành, đóng điện 5 công trình lưới điện, gồm 3 trạm biến áp và 2 đường dây, với tổng vốn đầu tư khoảng 486 tỷ đồng. Các trạm mới nâng tổng dung lượng lưới 110 kV trên địa bàn thêm 166 MVA (TBA Phù Mỹ 2: 63 MVA; TBA Nhơn Hội 3: 63 MVA; TBA Tam Quan: 40 MVA); các đường dây có tổng chiều dài 42,7 km.

Lũy kế 9 tháng năm 2024, trên địa bàn tỉnh đã đóng điện 14 công trình lưới điện từ 22 kV đến 110 kV, đạt 70% kế hoạch năm; xây dựng mới 187,6 km đường dây trung áp, 203,4 km đường dây hạ áp và 312 trạm biến áp phân phối với tổng dung lượng 68.450 kVA.

Trong quý III, công suất phụ tải cực đại (Pmax) của tỉnh đạt 612 MW, tăng 9,8% so với cùng kỳ; sản lượng điện tiêu thụ bình quân khoảng 9,4 triệu kWh/ngày. Các huyện, thị xã có mức tăng phụ tải cao là Phù Cát (15,2%), An Nhơn (12,7%) và Hoài Nhơn (11,4%), chủ yếu do các khu, cụm công nghiệp mở rộng sản xuất.

Dự báo năm 2025, phụ tải toàn tỉnh tăng từ 11% đến 13%. Để đáp ứng, Sở Công Thương đề nghị bổ sung 4 trạm biến áp 110 kV vào danh mục thực hiện Quy hoạch điện VIII, dự kiến tổng vốn khoảng 620 tỷ đồng.

Thông tin chi tiết liên hệ Phòng Quản lý năng lượng, Sở Công Thương Bình Định, 122 Lê Lợi, TP Quy Nhơn; ĐT: 0256.3822.615.
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", True)
Q3b = P("Trong quý III", "2024-07-01", "2024-09-30")
Q3bi = P("Trong quý III", "2024-07-01", "2024-09-30", True)
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
FIGS = [
    F("Đóng điện 5 công trình", "5", 5, "count", "công trình", "công trình lưới điện 110 kV đóng điện", Q3),
    F("điện 110 kV trong quý", "110", 110, "measure", "kV", optional=True),
    F("đóng điện 5 công trình lưới điện, gồm", "5", 5, "count", "công trình", "công trình lưới điện hoàn thành, đóng điện", Q3),
    F("gồm 3 trạm", "3", 3, "count", "trạm biến áp", "trạm biến áp hoàn thành, đóng điện", Q3, total=5),
    F("và 2 đường dây", "2", 2, "count", "đường dây", "đường dây hoàn thành, đóng điện", Q3, total=5),
    F("khoảng 486 tỷ đồng", "486", 486000000000, "money", "đồng", "tổng vốn đầu tư", Q3, approx="about"),
    F("lưới 110 kV trên", "110", 110, "measure", "kV", optional=True),
    F("thêm 166 MVA", "166", 166, "measure", "MVA", "dung lượng lưới 110 kV tăng thêm", Q3i),
    F("Phù Mỹ 2: 63 MVA", "63", 63, "measure", "MVA", "dung lượng TBA Phù Mỹ 2", Q3i, total=166),
    F("Nhơn Hội 3: 63 MVA", "63", 63, "measure", "MVA", "dung lượng TBA Nhơn Hội 3", Q3i, total=166),
    F("Tam Quan: 40 MVA", "40", 40, "measure", "MVA", "dung lượng TBA Tam Quan", Q3i, total=166),
    F("dài 42,7 km", "42,7", 42.7, "measure", "km", "tổng chiều dài các đường dây", Q3i),
    F("đóng điện 14 công trình", "14", 14, "count", "công trình", "công trình lưới điện đóng điện lũy kế", N9, percent=70),
    F("từ 22 kV", "22", 22, "measure", "kV", value_max=110, optional=True),
    F("mới 187,6 km", "187,6", 187.6, "measure", "km", "đường dây trung áp xây dựng mới", N9),
    F("203,4 km", "203,4", 203.4, "measure", "km", "đường dây hạ áp xây dựng mới", N9),
    F("và 312 trạm", "312", 312, "count", "trạm biến áp", "trạm biến áp phân phối xây dựng mới", N9),
    F("dung lượng 68.450 kVA", "68.450", 68450, "measure", "kVA", "tổng dung lượng trạm biến áp phân phối", N9),
    F("đạt 612 MW", "612", 612, "measure", "MW", "công suất phụ tải cực đại (Pmax)", Q3b, change=CH("increase", 9.8, "%", "cùng kỳ")),
    F("khoảng 9,4 triệu kWh/ngày", "9,4", 9400000, "measure", "kWh/ngày", "sản lượng điện tiêu thụ bình quân", Q3b, approx="about"),
    F("Phù Cát (15,2%)", "15,2", 15.2, "percent", "%", "mức tăng phụ tải", Q3bi, location="Phù Cát"),
    F("An Nhơn (12,7%)", "12,7", 12.7, "percent", "%", "mức tăng phụ tải", Q3bi, location="An Nhơn"),
    F("Hoài Nhơn (11,4%)", "11,4", 11.4, "percent", "%", "mức tăng phụ tải", Q3bi, location="Hoài Nhơn"),
    F("từ 11% đến 13%", "11", 11, "percent", "%", "tăng trưởng phụ tải toàn tỉnh", Y25, status="forecast", value_max=13),
    F("bổ sung 4 trạm", "4", 4, "count", "trạm biến áp", "trạm biến áp 110 kV đề nghị bổ sung"),
    F("áp 110 kV vào", "110", 110, "measure", "kV", optional=True),
    F("khoảng 620 tỷ đồng", "620", 620000000000, "money", "đồng", "tổng vốn các trạm biến áp 110 kV đề nghị bổ sung", status="forecast", approx="about"),
]

build(5, TEXT, [
    "Department site (Sở Công Thương Bình Định): new substations and lines, Q3 and 9 months 2024, peak load, 2025 forecast.",
    "'Ngày đăng: 03/10/2024 | Lượt xem: 1.047' (counter is furniture). Distractors: substation names 'Phù Mỹ 2', 'Nhơn Hội 3' (numbers in names),",
    "'Quy hoạch điện VIII', '122 Lê Lợi', phone 0256.3822.615. Voltage classes ('110 kV' ×3, 'từ 22 kV đến 110 kV') are labels: optional.",
    "'5 công trình …, gồm 3 trạm biến áp và 2 đường dây' -> parts with total 5. Bracketed breakdown 63 + 63 + 40 = 166 MVA -> total 166.",
    "Substations named after places (TBA Phù Mỹ 2, TBA Tam Quan) are names, not locations: location stays Bình Định; the station is in the subject.",
    "14 công trình 'đạt 70% kế hoạch năm' -> percent 70. 612 MW 'tăng 9,8% so với cùng kỳ' -> change. District list of load growth: location = district.",
    "'Dự báo năm 2025 … tăng từ 11% đến 13%' -> growth rate as claim, range, forecast. '4 trạm biến áp' proposed (actual count of the proposal);",
    "'dự kiến tổng vốn khoảng 620 tỷ' -> forecast, no period stated.",
    "revised after the first run: 620 tỷ subject 'tổng vốn dự kiến' -> 'tổng vốn các trạm biến áp 110 kV đề nghị bổ sung' ('dự kiến' is the status cue, not the indicator).",
], FIGS, published="2024-10-03", location="Bình Định")
