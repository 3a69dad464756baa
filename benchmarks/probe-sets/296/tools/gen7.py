from lib import F, P, C, T, emit

TEXT = """Kết quả hoạt động lưu trú du lịch tỉnh Bình Thuận năm 2024

Năm 2024, hoạt động lưu trú du lịch tại Bình Thuận tiếp tục phục hồi mạnh, nhất là tại khu vực Mũi Né và các bãi biển phía Nam. Một số chỉ tiêu chủ yếu như sau:

Chỉ tiêu
Đơn vị tính
Năm 2023
Năm 2024
Năm 2024 so với năm 2023 (%)
Lượt khách lưu trú
Nghìn lượt
6.012
6.890
114,6
Trong đó: Khách quốc tế
Nghìn lượt
612
798
130,4
Ngày khách lưu trú
Nghìn ngày khách
11.420
13.150
115,1
Doanh thu du lịch
Tỷ đồng
19.800
23.540
118,9
Công suất sử dụng phòng
%
52,1
58,7
-

Thời gian lưu trú bình quân năm 2024 đạt 1,91 ngày/lượt khách, tương đương năm trước. Toàn tỉnh hiện có 645 cơ sở lưu trú với 16.850 phòng, trong đó 76 cơ sở được xếp hạng từ 3 đến 5 sao. Số phòng tập trung chủ yếu ở thành phố Phan Thiết (62%), tiếp đến là huyện Hàm Thuận Nam (14%) và thị xã La Gi (8%).

Riêng huyện đảo Phú Quý đón 68.500 lượt khách, gấp 1,4 lần năm 2023; trên đảo có 54 cơ sở lưu trú với khoảng 690 phòng, chủ yếu là nhà nghỉ và homestay.

Năm 2025, tỉnh phấn đấu đón 7,5 triệu lượt khách lưu trú, doanh thu du lịch đạt 26.000 tỷ đồng. Sở Văn hóa, Thể thao và Du lịch đề nghị các cơ sở lưu trú cập nhật số liệu định kỳ trước ngày 25 hằng tháng qua phần mềm thống kê tại địa chỉ 19 Nguyễn Tất Thành, TP Phan Thiết.

Minh Châu (tổng hợp)
06/01/2025
"""

Y3 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y4 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y4i = P("Năm 2024", "2024-01-01", "2024-12-31", inherited=True)
Y5 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    # table: (anchor, number, value, kind, unit, subject, period)
    F("Nghìn lượt\n6.012", "6.012", 6012000, "count", "lượt", "Lượt khách lưu trú năm 2023", period=Y3),
    F("6.012\n6.890", "6.890", 6890000, "count", "lượt", "Lượt khách lưu trú năm 2024", period=Y4),
    F("114,6", "114,6", 114.6, "percent", "%", "Lượt khách lưu trú năm 2024 so với năm 2023", period=Y4i),
    F("Nghìn lượt\n612", "612", 612000, "count", "lượt", "Khách quốc tế năm 2023", total=6012000, period=Y3),
    F("612\n798", "798", 798000, "count", "lượt", "Khách quốc tế năm 2024", total=6890000, period=Y4),
    F("130,4", "130,4", 130.4, "percent", "%", "Khách quốc tế năm 2024 so với năm 2023", period=Y4i),
    F("Nghìn ngày khách\n11.420", "11.420", 11420000, "count", "ngày khách", "Ngày khách lưu trú năm 2023",
      period=Y3),
    F("11.420\n13.150", "13.150", 13150000, "count", "ngày khách", "Ngày khách lưu trú năm 2024", period=Y4),
    F("115,1", "115,1", 115.1, "percent", "%", "Ngày khách lưu trú năm 2024 so với năm 2023", period=Y4i),
    F("Tỷ đồng\n19.800", "19.800", 19800000000000, "money", "đồng", "Doanh thu du lịch năm 2023", period=Y3),
    F("19.800\n23.540", "23.540", 23540000000000, "money", "đồng", "Doanh thu du lịch năm 2024", period=Y4),
    F("118,9", "118,9", 118.9, "percent", "%", "Doanh thu du lịch năm 2024 so với năm 2023", period=Y4i),
    F("%\n52,1", "52,1", 52.1, "percent", "%", "Công suất sử dụng phòng năm 2023", period=Y3),
    F("52,1\n58,7", "58,7", 58.7, "percent", "%", "Công suất sử dụng phòng năm 2024", period=Y4),
    # text
    F("đạt 1,91 ngày/lượt khách", "1,91", 1.91, "measure", "ngày/lượt khách", "thời gian lưu trú bình quân",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("có 645 cơ sở lưu trú", "645", 645, "count", "cơ sở lưu trú", "cơ sở lưu trú"),
    F("với 16.850 phòng", "16.850", 16850, "count", "phòng", "phòng của cơ sở lưu trú"),
    F("trong đó 76 cơ sở", "76", 76, "count", "cơ sở", "cơ sở được xếp hạng từ 3 đến 5 sao", total=645),
    F("Phan Thiết (62%)", "62", 62, "percent", "%", "số phòng", location="Phan Thiết"),
    F("Hàm Thuận Nam (14%)", "14", 14, "percent", "%", "số phòng", location="Hàm Thuận Nam"),
    F("La Gi (8%)", "8", 8, "percent", "%", "số phòng", location="La Gi"),
    F("đón 68.500 lượt khách", "68.500", 68500, "count", "lượt khách", "lượt khách đón", location="Phú Quý",
      change=C("increase", 1.4, "lần", "năm 2023"), period=Y4i),
    F("có 54 cơ sở lưu trú", "54", 54, "count", "cơ sở lưu trú", "cơ sở lưu trú trên đảo", location="Phú Quý"),
    F("khoảng 690 phòng", "690", 690, "count", "phòng", "phòng của cơ sở lưu trú trên đảo", approx="about",
      location="Phú Quý"),
    F("đón 7,5 triệu lượt khách lưu trú", "7,5", 7500000, "count", "lượt khách lưu trú", "lượt khách lưu trú",
      status="target", period=Y5),
    F("đạt 26.000 tỷ đồng", "26.000", 26000000000000, "money", "đồng", "doanh thu du lịch", status="target",
      period=Y5),
]

COMMENTS = """
Province portal (Bình Thuận): kết quả lưu trú du lịch năm 2024; one-cell-per-line table (Chỉ tiêu / Đơn vị tính / Năm 2023 / Năm 2024 /
Năm 2024 so với năm 2023 (%)), the unit and multiplier per row from the "Đơn vị tính" column ("Nghìn lượt" = ×1000 lượt, "Tỷ đồng" = ×10^9 đồng).
No dateline at the top: the bare date "06/01/2025" under the byline at the end is the article's date.
Table cells: period from the column header (Năm 2023 / Năm 2024, as in shared h23); the comparison column's period is not a plain year
(marked inherited, unscored); "-" is no number; the "Trong đó: Khách quốc tế" row's count cells are parts of the
"Lượt khách lưu trú" cells of the same column (explicit "trong đó" cue, same unit and year): total 6.012 / 6.890 nghìn (revised after the
first run: first annotated without totals by analogy with p205; FIGURES.md's part-of rule has no table exception and the cue is explicit).
Text: "hiện có" figures carry no period. 76 cơ sở part of 645. Shares in brackets after places: list sharing "số phòng", place → location.
"gấp 1,4 lần năm 2023" is the change of 68.500 (lần). Distractors: "trước ngày 25 hằng tháng", address "19 Nguyễn Tất Thành", star classes.
"""

emit(7, COMMENTS, TEXT, FIGS, published="2025-01-06", location="Bình Thuận")
