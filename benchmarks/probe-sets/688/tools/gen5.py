from lib import F, P, I, CH, T, emit

TEXT = """BÁO LONG AN ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LONG AN
Kinh tế > Tài nguyên - Môi trường

Long An: Giảm khai thác nước dưới đất, chuyển sang sử dụng nước mặt

Long An là một trong những địa phương khai thác nước dưới đất lớn ở hạ lưu sông Vàm Cỏ. Theo Sở Tài nguyên và Môi trường, toàn tỉnh hiện có hơn 37.000 giếng khoan với tổng lượng khai thác khoảng 180.000 m³/ngày đêm, trong đó các khu, cụm công nghiệp khai thác gần 62.000 m³/ngày đêm.

Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI, 5 tháng đầu năm 2024, tỉnh đã đưa vào vận hành ba nhà máy nước mặt với tổng công suất 85.000 m³/ngày đêm, tổng vốn đầu tư 1.250 tỷ đồng. Nhờ đó, lượng nước dưới đất khai thác tại các khu vực có nhà máy nước mặt giảm từ 30 đến 40%.

Theo đồng chí Nguyễn Minh Lâm, Phó Chủ tịch UBND tỉnh, tỉnh đặt mục tiêu đến năm 2025 có 95% hộ dân nông thôn sử dụng nước sạch, giảm ít nhất 25% lượng nước dưới đất khai thác so với năm 2020. Hiện tỷ lệ này mới đạt 89,6%.

Giá nước sạch bình quân trên địa bàn tỉnh là 7.800 đồng/m³, thấp hơn khoảng 1.200 đồng/m³ so với chi phí khai thác, xử lý nước từ giếng khoan của doanh nghiệp. Trong 9 tháng năm 2023, tỉnh đã xử phạt 14 trường hợp khai thác nước dưới đất không phép với tổng số tiền 615 triệu đồng.

Giai đoạn 2024-2025, tỉnh dự kiến kêu gọi đầu tư thêm 2 nhà máy nước mặt trên sông Vàm Cỏ Đông, công suất mỗi nhà máy 50.000 m³/ngày đêm.

THANH HẰNG
12/06/2024
"""

M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
T25 = P("đến năm 2025", None, "2025-12-31")
N9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
G25 = P("Giai đoạn 2024-2025", "2024-01-01", "2025-12-31")

FIGS = [
    F("hơn 37.000 giếng", "37.000", 37000, "count", "giếng khoan", "giếng khoan", approx="over"),
    F("khoảng 180.000 m³", "180.000", 180000, "measure", "m³/ngày đêm", "tổng lượng khai thác nước dưới đất",
      approx="about"),
    F("gần 62.000 m³", "62.000", 62000, "measure", "m³/ngày đêm",
      "lượng nước dưới đất các khu, cụm công nghiệp khai thác", approx="nearly", total=180000),
    F("hành ba nhà máy", "ba", 3, "count", "nhà máy nước mặt", "nhà máy nước mặt đưa vào vận hành", M5),
    F("suất 85.000 m³", "85.000", 85000, "measure", "m³/ngày đêm", "tổng công suất nhà máy nước mặt", M5),
    F("tư 1.250 tỷ", "1.250", 1250000000000, "money", "đồng", "tổng vốn đầu tư nhà máy nước mặt", M5),
    F("từ 30 đến 40%", "30", 30, "percent", "%",
      "lượng nước dưới đất khai thác tại các khu vực có nhà máy nước mặt giảm", I(M5), value_max=40),
    F("có 95% hộ", "95", 95, "percent", "%", "tỷ lệ hộ dân nông thôn sử dụng nước sạch", T25, status="target"),
    F("ít nhất 25%", "25", 25, "percent", "%", "giảm lượng nước dưới đất khai thác so với năm 2020", T25,
      approx="at_least", status="target"),
    F("đạt 89,6%", "89,6", 89.6, "percent", "%", "tỷ lệ hộ dân nông thôn sử dụng nước sạch"),
    F("là 7.800 đồng", "7.800", 7800, "money", "đồng/m³", "giá nước sạch bình quân",
      change=CH("decrease", 1200, "đồng/m³",
                "chi phí khai thác, xử lý nước từ giếng khoan của doanh nghiệp", approx="about")),
    F("phạt 14 trường hợp", "14", 14, "count", "trường hợp", "trường hợp khai thác nước dưới đất không phép bị xử phạt",
      N9),
    F("tiền 615 triệu", "615", 615000000, "money", "đồng", "tổng số tiền xử phạt", N9),
    F("thêm 2 nhà máy", "2", 2, "count", "nhà máy nước mặt", "nhà máy nước mặt kêu gọi đầu tư thêm", G25,
      status="forecast"),
    F("nhà máy 50.000 m³", "50.000", 50000, "measure", "m³/ngày đêm", "công suất mỗi nhà máy", G25,
      status="forecast"),
]

COMMENTS = [
    "Party newspaper (Báo Long An, 'cơ quan của Đảng bộ'), byline 'THANH HẰNG' and bare date '12/06/2024' at the end: groundwater -> surface water.",
    "'gần 62.000 m³/ngày đêm' after 'trong đó' is part of the 180.000 (total). 'ba nhà máy' is a number word (3).",
    "'giảm từ 30 đến 40%' in its own sentence (no base amount): a percent range figure, no change; period from the previous sentence (inherited).",
    "'đặt mục tiêu đến năm 2025 có 95% … , giảm ít nhất 25% … so với năm 2020': both target; 25% at_least. 'Hiện tỷ lệ này mới đạt 89,6%':",
    "actual, subject resolved from 'tỷ lệ này' (hộ dân nông thôn sử dụng nước sạch).",
    "'7.800 đồng/m³, thấp hơn khoảng 1.200 đồng/m³ so với …' -> change decrease 1.200 đồng/m³ (about) with that baseline.",
    "'Giai đoạn 2024-2025, tỉnh dự kiến …': forecast, period 2024-01-01..2025-12-31; 'mỗi nhà máy 50.000 m³/ngày đêm' is a figure too.",
    "Distractors: 'Đại hội Đảng bộ tỉnh lần thứ XI', 'sông Vàm Cỏ Đông', 'năm 2020' baseline, date at the end.",
]

emit("p688-5", TEXT, COMMENTS, FIGS, published="2024-06-12", location="Long An")
