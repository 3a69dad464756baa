from lib import F, P, I, CH, TG, emit

TEXT = """Cổng thông tin điện tử tỉnh Nghệ An
Trang chủ > Tin tức - Sự kiện > Giáo dục - Đào tạo
Cập nhật: 19/07/2024 09:42 | Lượt xem: 3.482

Tỷ lệ tốt nghiệp THPT của học viên giáo dục thường xuyên đạt 93,6%

Theo Sở Giáo dục và Đào tạo, kỳ thi tốt nghiệp THPT năm 2024 toàn tỉnh có 4.126 học viên giáo dục thường xuyên (GDTX) đăng ký dự thi, chiếm 10,2% tổng số thí sinh; trong đó 3.958 học viên đang học tại 20 trung tâm GDNN-GDTX cấp huyện và 168 thí sinh tự do.

Kết quả, có 3.862 học viên đỗ tốt nghiệp, tỷ lệ tốt nghiệp đạt 93,6%, tăng 2,15% so với năm 2023 và thấp hơn 5,3% so với tỷ lệ chung của toàn tỉnh (98,9%). Có 7/20 trung tâm đạt tỷ lệ tốt nghiệp 100%. Một số đơn vị miền núi có tỷ lệ tốt nghiệp còn thấp: Kỳ Sơn (78,4%), Tương Dương (81,25%), Quế Phong (84,7%).

Năm học 2023-2024, các trung tâm tuyển sinh 6.815 học viên lớp 10 chương trình GDTX cấp THPT, đạt 97,4% kế hoạch; tổng số học viên đang theo học là 18.240 người, tăng 1.106 người so với năm học trước.

Toàn tỉnh hiện có 21 trung tâm GDNN-GDTX (giảm 5 trung tâm sau sắp xếp theo Quyết định số 1125/QĐ-UBND) với 1.034 giáo viên, trong đó 612 giáo viên dạy văn hóa.

Phấn đấu đến năm 2025, tỷ lệ tốt nghiệp của học viên GDTX đạt trên 95%.

Mọi thông tin xin liên hệ Phòng Giáo dục thường xuyên, Sở GD&ĐT, số 83 Nguyễn Thị Minh Khai, TP Vinh; điện thoại 0238.3844.765.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
NH = P("Năm học 2023-2024", "2023-01-01", "2024-12-31")

FIGS = [
    F("thường xuyên đạt 93,6%", "93,6", 93.6, "percent", "%",
      "tỷ lệ tốt nghiệp THPT của học viên giáo dục thường xuyên", I(Y24)),
    F("có 4.126 học viên", "4.126", 4126, "count", "học viên",
      "học viên giáo dục thường xuyên đăng ký dự thi tốt nghiệp THPT", Y24, percent=10.2),
    F("trong đó 3.958 học viên", "3.958", 3958, "count", "học viên",
      "học viên đang học tại trung tâm GDNN-GDTX cấp huyện đăng ký dự thi", Y24, total=4126),
    F("tại 20 trung tâm", "20", 20, "count", "trung tâm",
      "trung tâm GDNN-GDTX cấp huyện", Y24),
    F("và 168 thí sinh", "168", 168, "count", "thí sinh",
      "thí sinh tự do đăng ký dự thi", Y24, total=4126),
    F("có 3.862 học viên", "3.862", 3862, "count", "học viên",
      "học viên đỗ tốt nghiệp", I(Y24)),
    F("tỷ lệ tốt nghiệp đạt 93,6%", "93,6", 93.6, "percent", "%",
      "tỷ lệ tốt nghiệp của học viên GDTX", I(Y24),
      change=CH("increase", 2.15, "%", "năm 2023")),
    F("thấp hơn 5,3%", "5,3", 5.3, "percent", "%",
      "tỷ lệ tốt nghiệp của học viên GDTX thấp hơn tỷ lệ chung của toàn tỉnh", I(Y24), optional=True),
    F("(98,9%)", "98,9", 98.9, "percent", "%",
      "tỷ lệ tốt nghiệp chung của toàn tỉnh", I(Y24)),
    F("Có 7/20 trung tâm", "7", 7, "count", "trung tâm",
      "trung tâm đạt tỷ lệ tốt nghiệp 100%", I(Y24), total=20),
    F("tốt nghiệp 100%", "100", 100, "percent", "%",
      "tỷ lệ tốt nghiệp", I(Y24), optional=True),
    F("Kỳ Sơn (78,4%)", "78,4", 78.4, "percent", "%",
      "tỷ lệ tốt nghiệp", I(Y24), location="Kỳ Sơn"),
    F("Tương Dương (81,25%)", "81,25", 81.25, "percent", "%",
      "tỷ lệ tốt nghiệp", I(Y24), location="Tương Dương"),
    F("Quế Phong (84,7%)", "84,7", 84.7, "percent", "%",
      "tỷ lệ tốt nghiệp", I(Y24), location="Quế Phong"),
    F("tuyển sinh 6.815 học viên", "6.815", 6815, "count", "học viên",
      "học viên lớp 10 chương trình GDTX cấp THPT tuyển sinh", NH, percent=97.4),
    F("là 18.240 người", "18.240", 18240, "count", "người",
      "tổng số học viên đang theo học", NH,
      change=CH("increase", 1106, "người", "năm học trước")),
    F("có 21 trung tâm", "21", 21, "count", "trung tâm",
      "trung tâm GDNN-GDTX",
      change=CH("decrease", 5, "trung tâm")),
    F("với 1.034 giáo viên", "1.034", 1034, "count", "giáo viên", "giáo viên"),
    F("trong đó 612 giáo viên", "612", 612, "count", "giáo viên",
      "giáo viên dạy văn hóa", total=1034),
    F("trên 95%", "95", 95, "percent", "%",
      "tỷ lệ tốt nghiệp của học viên GDTX", P("đến năm 2025", None, "2025-12-31"),
      approx="over", status="target"),
]

COMMENTS = [
    "Province portal (Nghệ An): kết quả thi tốt nghiệp THPT 2024 của học viên GDTX, tuyển sinh năm học 2023-2024, trung tâm, giáo viên.",
    "Breadcrumb, 'Cập nhật: 19/07/2024 09:42 | Lượt xem: 3.482' (counter is furniture). Address, phone, QĐ number are not figures.",
    "'chiếm 10,2% tổng số thí sinh' is the share of 4.126; '3.958 ... và 168' after 'trong đó' add up to 4.126.",
    "'tỷ lệ tốt nghiệp đạt 93,6%' is its own figure (so 3.862 has no percent); it carries the first change (tăng 2,15%);",
    "the second change 'thấp hơn 5,3%' is an optional percent figure; '(98,9%)' is the province-wide rate, a figure of its own.",
    "'năm học 2023-2024' (no rule in FIGURES.md) read like a year range (giai đoạn): 2023-01-01..2024-12-31.",
    "'lớp 10' is a grade, not a figure; '100%' in 'đạt tỷ lệ tốt nghiệp 100%' names the group of centres: optional.",
]

emit("p668-1", TEXT, COMMENTS, FIGS, published="2024-07-19", location="Nghệ An")
