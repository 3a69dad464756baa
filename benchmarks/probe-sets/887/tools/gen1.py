"""p887-1: province portal (Quảng Bình), photo contest on tourism, results and prizes."""
from lib import F, P, I, C, T, write

TEXT = """
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Cuộc thi ảnh “Quảng Bình – Điểm đến hấp dẫn” nhận gần 2.900 tác phẩm

Cập nhật: 18/10/2024 09:45 | Lượt xem: 2.315

Chiều 17/10, tại Trung tâm Văn hóa - Điện ảnh tỉnh (số 2 Quang Trung, TP Đồng Hới), Sở Văn hóa, Thể thao và Du lịch Quảng Bình tổ chức lễ tổng kết, trao giải Cuộc thi ảnh “Quảng Bình – Điểm đến hấp dẫn” lần thứ 3 năm 2024.

Cuộc thi được tổ chức theo Quyết định số 1265/QĐ-UBND ngày 20/5/2024 của UBND tỉnh. Sau 4 tháng phát động, Ban tổ chức nhận được 2.874 tác phẩm của 416 tác giả đến từ 42 tỉnh, thành phố, tăng 27,5% về số tác phẩm so với cuộc thi năm 2023. Trong đó, ảnh đơn có 2.198 tác phẩm, ảnh bộ có 676 tác phẩm (169 bộ). Tác giả trong tỉnh có 138 người, chiếm 33,2%.

Hội đồng nghệ thuật đã chọn 65 tác phẩm vào vòng chung khảo và trao 16 giải (1 giải Nhất, 2 giải Nhì, 3 giải Ba và 10 giải Khuyến khích). Giải Nhất thuộc về tác phẩm “Bình minh trên sông Son” của tác giả Nguyễn Văn Tám (Quảng Trị), trị giá 30 triệu đồng; mỗi giải Nhì trị giá 20 triệu đồng, giải Ba 10 triệu đồng và giải Khuyến khích 3 triệu đồng/giải. Tổng giá trị giải thưởng là 130 triệu đồng, gấp 1,3 lần năm trước.

Dịp này, Ban tổ chức trưng bày 80 tác phẩm tiêu biểu tại Quảng trường Hồ Chí Minh, dự kiến đón khoảng 15.000 lượt khách tham quan từ ngày 18/10 đến ngày 27/10. Theo Sở VH,TT&DL, 9 tháng đầu năm 2024, Quảng Bình đón gần 4,2 triệu lượt khách du lịch, tăng 12% so với cùng kỳ, trong đó khách quốc tế đạt 118.000 lượt. Năm 2025, tỉnh phấn đấu bổ sung ít nhất 500 ảnh chất lượng cao vào kho ảnh quảng bá du lịch.
"""

Q9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")

FIGS = [
    F("nhận gần 2.900 tác phẩm", "2.900", 2900, "count", "tác phẩm", "tác phẩm dự thi", approx="nearly"),
    F("nhận được 2.874 tác phẩm", "2.874", 2874, "count", "tác phẩm", "tác phẩm dự thi nhận được",
      change=C("increase", 27.5, "%", "cuộc thi năm 2023")),
    F("của 416 tác giả", "416", 416, "count", "tác giả", "tác giả dự thi"),
    F("đến từ 42 tỉnh, thành phố", "42", 42, "count", "tỉnh, thành phố", "tỉnh, thành phố có tác giả dự thi", location="Việt Nam"),
    F("ảnh đơn có 2.198 tác phẩm", "2.198", 2198, "count", "tác phẩm", "ảnh đơn", total=2874),
    F("ảnh bộ có 676 tác phẩm", "676", 676, "count", "tác phẩm", "ảnh bộ", total=2874),
    F("(169 bộ)", "169", 169, "count", "bộ", "ảnh bộ"),
    F("có 138 người", "138", 138, "count", "người", "tác giả trong tỉnh", percent=33.2),
    F("chọn 65 tác phẩm", "65", 65, "count", "tác phẩm", "tác phẩm vào vòng chung khảo"),
    F("trao 16 giải", "16", 16, "count", "giải", "giải thưởng được trao"),
    F("(1 giải Nhất", "1", 1, "count", "giải", "giải Nhất", total=16),
    F("2 giải Nhì", "2", 2, "count", "giải", "giải Nhì", total=16),
    F("3 giải Ba", "3", 3, "count", "giải", "giải Ba", total=16),
    F("10 giải Khuyến khích", "10", 10, "count", "giải", "giải Khuyến khích", total=16),
    F("trị giá 30 triệu đồng", "30", 30e6, "money", "đồng", "giá trị giải Nhất"),
    F("trị giá 20 triệu đồng", "20", 20e6, "money", "đồng/giải", "giá trị mỗi giải Nhì"),
    F("giải Ba 10 triệu đồng", "10", 10e6, "money", "đồng/giải", "giá trị giải Ba"),
    F("Khuyến khích 3 triệu đồng/giải", "3", 3e6, "money", "đồng/giải", "giá trị giải Khuyến khích"),
    F("là 130 triệu đồng", "130", 130e6, "money", "đồng", "tổng giá trị giải thưởng",
      change=C("increase", 1.3, "lần", "năm trước")),
    F("trưng bày 80 tác phẩm", "80", 80, "count", "tác phẩm", "tác phẩm tiêu biểu trưng bày"),
    F("khoảng 15.000 lượt khách", "15.000", 15000, "count", "lượt khách", "lượt khách tham quan triển lãm",
      P("từ ngày 18/10 đến ngày 27/10", "2024-10-18", "2024-10-27"), approx="about", status="forecast"),
    F("gần 4,2 triệu lượt khách", "4,2", 4.2e6, "count", "lượt khách", "lượt khách du lịch", Q9,
      approx="nearly", change=C("increase", 12, "%", "cùng kỳ")),
    F("đạt 118.000 lượt", "118.000", 118000, "count", "lượt", "khách quốc tế", Q9, total=4.2e6),
    F("ít nhất 500 ảnh", "500", 500, "count", "ảnh", "ảnh chất lượng cao bổ sung vào kho ảnh quảng bá du lịch",
      P("Năm 2025", "2025-01-01", "2025-12-31"), approx="at_least", status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Quảng Bình: results of a tourism photo contest (lần thứ 3, 2024), prizes, exhibition, tourism figures.",
    "Not figures: Lượt xem 2.315, số 2 Quang Trung, lần thứ 3, Quyết định số 1265/QĐ-UBND, 'Sau 4 tháng phát động' (a duration",
    "that only locates the receipt in time), dates 17/10, 18/10-27/10, author name Nguyễn Văn Tám.",
    "'Trong đó' after a sentence break: parts of 2.874 tác phẩm (the figure counting the same thing). 16 giải = 1+2+3+10.",
    "'chiếm 33,2%' gives the share of 138; no total (the whole 416 is not named by a cue). 'gấp 1,3 lần năm trước' after the",
    "prize fund is its change (unit lần). The author's province (Quảng Trị) is not the figure's place.",
    "revised after the first run: 42 tỉnh, thành phố gets location Việt Nam (FIGURES.md: a count of provinces is national).",
]

write(1, TEXT, FIGS, NOTES, published="2024-10-18", location="Quảng Bình")
